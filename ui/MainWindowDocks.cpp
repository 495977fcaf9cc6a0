// SPDX-License-Identifier: GPL-2.0-only
// The window's panels and where they sit: each panel of panels::kPanels made and put in its dock
// (or the centre), the tab groups, the timeline box with its breakpoint row, the status bar, and
// the first layout's dock sizes.
#include "MainWindow.h"

#include "export/ExportablePanel.h"
#include "style/PanelScroller.h"
#include "trace/KernelFunction.h"
#include "views/AddressInspector.h"
#include "views/CallStackPanel.h"
#include "views/ChangeListPanel.h"
#include "views/FreeListsPanel.h"
#include "views/KernelTextPanel.h"
#include "views/KmemleakGraphView.h"
#include "views/KmemleakPanel.h"
#include "views/LessonPanel.h"
#include "views/PageTablePanel.h"
#include "views/PageWalkView.h"
#include "views/PhysicalMemoryView.h"
#include "views/ProgramPanel.h"
#include "views/ScenarioEditor.h"
#include "views/StepTextBox.h"
#include "views/StepView.h"
#include "views/TimelineWidget.h"
#include "views/VmallocRibbonView.h"

#include "controller/Playback.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vmviz::ui {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

QString MainWindow::panelTitle(panels::PanelId id)
{
    return QCoreApplication::translate("vmviz::panels", panels::panelInfo(id).title);
}

const MainWindow::Panel& MainWindow::panel(panels::PanelId id) const
{
    return *std::find_if(m_panels.begin(), m_panels.end(), [id](const Panel& p) { return p.id == id; });
}

QDockWidget* MainWindow::dockOf(panels::PanelId id) const
{
    return panel(id).dock;
}

/// The timeline dock holds the scrubber and, below it, the breakpoint row.
QWidget* MainWindow::createTimelineBox()
{
    auto* timelineBox = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(4, 2, 4, 4);
    timelineLayout->setSpacing(2);
    auto* timelineRow = new QHBoxLayout;
    timelineRow->addWidget(m_timeline, 1);
    timelineRow->addWidget(createLevelColumn(timelineBox));
    timelineLayout->addLayout(timelineRow);
    m_breakpointRow = new QWidget(timelineBox);
    auto* bpRow = new QHBoxLayout(m_breakpointRow);
    bpRow->setContentsMargins(0, 0, 0, 0);
    bpRow->addWidget(new QLabel(tr("Break on function:"), timelineBox));
    m_breakpointInput = new QComboBox(timelineBox);
    m_breakpointInput->setEditable(true);
    m_breakpointInput->setInsertPolicy(QComboBox::NoInsert);
    for (int i = 0; i < static_cast<int>(Fn::Count); ++i) {
        const Fn fn = static_cast<Fn>(i);
        if (fn != Fn::Caller)
            m_breakpointInput->addItem(qs(functionInfo(fn).name));
    }
    m_breakpointInput->setCurrentText(QString());
    m_breakpointInput->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_breakpointInput->setMinimumContentsLength(22);
    bpRow->addWidget(m_breakpointInput);
    auto* add = new QPushButton(tr("Add"), timelineBox);
    auto* clear = new QPushButton(tr("Clear"), timelineBox);
    bpRow->addWidget(add);
    bpRow->addWidget(clear);
    m_breakpointList = new QLabel(timelineBox);
    bpRow->addWidget(m_breakpointList, 1);
    timelineLayout->addWidget(m_breakpointRow);
    connect(add, &QPushButton::clicked, this, &MainWindow::addBreakpointFromUi);
    connect(m_breakpointInput->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::addBreakpointFromUi);
    connect(clear, &QPushButton::clicked, this, [this]() {
        for (const QString& name : m_playback->breakpoints())
            m_playback->removeBreakpoint(name);
    });
    return timelineBox;
}

void MainWindow::createPanels()
{
    m_phys = new PhysicalMemoryView(this);
    m_ribbon = new VmallocRibbonView(this);
    m_tables = new PageTablePanel(this);
    m_kmemleak = new KmemleakPanel(this);
    m_callStack = new CallStackPanel(this);
    m_editor = new ScenarioEditor(this);
    m_address = new AddressInspector(this);
    m_timeline = new TimelineWidget(this);
    m_kernelText = new KernelTextPanel(this);
    m_changes = new ChangeListPanel(this);
    m_lesson = new LessonPanel(this);
    m_freeLists = new FreeListsPanel(this);
    m_kmemleakGraph = new KmemleakGraphView(this);
    m_program = new ProgramPanel(this);

    using panels::PanelId;
    struct Parts
    {
        QWidget* widget = nullptr;             ///< what the dock holds and a widget export grabs
        StepView* view = nullptr;              ///< null when another panel passes the changes on
        ExportablePanel* exportable = nullptr; ///< its own paint routine, if it has one
    };
    const auto partsOf = [this](PanelId id) -> Parts {
        switch (id) {
        case PanelId::Physical:
            return {m_phys, m_phys, m_phys};
        case PanelId::Vmalloc:
            return {m_ribbon, m_ribbon, m_ribbon};
        case PanelId::CallStack:
            return {m_callStack, m_callStack, nullptr};
        case PanelId::Scenario:
            return {m_editor, m_editor, nullptr};
        case PanelId::PageTables:
            return {m_tables, m_tables, nullptr};
        case PanelId::PageWalk:
            return {m_tables->walkView(), nullptr, m_tables->walkView()}; // the page tables' tab
        case PanelId::Kmemleak:
            return {m_kmemleak, m_kmemleak, nullptr};
        case PanelId::Address:
            return {m_address, m_address, nullptr};
        case PanelId::KernelText:
            return {m_kernelText, m_kernelText, nullptr};
        case PanelId::Timeline:
            return {createTimelineBox(), m_timeline, m_timeline};
        case PanelId::Changes:
            return {m_changes, m_changes, nullptr};
        case PanelId::Lesson:
            return {m_lesson, m_lesson, nullptr};
        case PanelId::FreeLists:
            return {m_freeLists, m_freeLists, m_freeLists};
        case PanelId::KmemleakGraph:
            return {m_kmemleakGraph, m_kmemleakGraph, m_kmemleakGraph};
        case PanelId::Program:
            return {m_program, m_program, nullptr};
        }
        return {};
    };
    const auto area = [](panels::PanelDock dock) {
        switch (dock) {
        case panels::PanelDock::Top:
            return Qt::TopDockWidgetArea;
        case panels::PanelDock::Left:
            return Qt::LeftDockWidgetArea;
        case panels::PanelDock::Right:
            return Qt::RightDockWidgetArea;
        case panels::PanelDock::Bottom:
            return Qt::BottomDockWidgetArea;
        case panels::PanelDock::Centre:
        case panels::PanelDock::InPageTables:
            break;
        }
        return Qt::NoDockWidgetArea;
    };
    for (const panels::PanelInfo& info : panels::kPanels) {
        const Parts parts = partsOf(info.id);
        Panel p{info.id, nullptr, parts.widget, parts.exportable};
        if (info.dock == panels::PanelDock::Centre) {
            // The physical memory grid is the centre; the rest are docks around it.
            auto* centre = new QWidget(this);
            auto* centreLayout = new QVBoxLayout(centre);
            centreLayout->setContentsMargins(0, 0, 0, 0);
            centreLayout->addWidget(parts.widget);
            setCentralWidget(centre);
        } else if (info.dock != panels::PanelDock::InPageTables) {
            p.dock = new QDockWidget(panelTitle(info.id), this);
            p.dock->setObjectName(
                QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size())) +
                QStringLiteral("Dock"));
            // Side panels and the timeline (its chapter outline and level box are taller than the
            // scrubber) scroll rather than push the window past a 720p projector.
            const bool scrolls = info.dock == panels::PanelDock::Left ||
                                 info.dock == panels::PanelDock::Right ||
                                 info.id == panels::PanelId::Timeline;
            p.dock->setWidget(scrolls ? scrollablePanel(parts.widget) : parts.widget);
            p.dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                                QDockWidget::DockWidgetClosable);
            addDockWidget(area(info.dock), p.dock);
        }
        m_panels.push_back(p);
        if (parts.view)
            m_views.push_back(parts.view);
    }

    // Lecture's narration band: the step in words across the top, large. Not a panel of its own:
    // the call-stack panel says the same in Explore, so the band is hidden there.
    m_band = new StepTextBox(StepTextBox::Size::Band, this);
    m_views.push_back(m_band);
    m_bandDock = new QDockWidget(tr("Narration"), this);
    m_bandDock->setObjectName(QStringLiteral("narrationDock"));
    m_bandDock->setTitleBarWidget(new QWidget(m_bandDock)); // its words need every line it has
    m_bandDock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_bandDock->setWidget(scrollablePanel(m_band));
    addDockWidget(Qt::TopDockWidgetArea, m_bandDock);
    m_bandDock->hide();

    QDockWidget* stack = dockOf(PanelId::CallStack);
    QDockWidget* editor = dockOf(PanelId::Scenario);
    QDockWidget* tables = dockOf(PanelId::PageTables);
    QDockWidget* leaks = dockOf(PanelId::Kmemleak);
    QDockWidget* address = dockOf(PanelId::Address);
    QDockWidget* kernelText = dockOf(PanelId::KernelText);
    tabifyDockWidget(stack, editor);
    tabifyDockWidget(editor, dockOf(PanelId::Changes));
    stack->raise();
    tabifyDockWidget(leaks, address);
    tabifyDockWidget(address, kernelText);
    leaks->raise();
    // The split takes kmemleak out of the tab group again: it sits under the page tables, and the
    // address panel and the kernel text share the tabs below it, the address panel on top.
    splitDockWidget(tables, leaks, Qt::Vertical);
    // After the split, which would otherwise carry a tab group along: the free lists behind the
    // page tables, the scan graph behind the kmemleak table.
    tabifyDockWidget(tables, dockOf(PanelId::FreeLists));
    tabifyDockWidget(leaks, dockOf(PanelId::KmemleakGraph));
    tables->raise();
    leaks->raise();
    // Behind its tab the panel is still isVisible(); only the dock knows it cannot be seen, and
    // the panel must not render vmallocinfo or ptdump at every step for nobody.
    connect(kernelText, &QDockWidget::visibilityChanged, m_kernelText, &KernelTextPanel::setExposed);
    // Floated straight from behind its tab (the --panel screenshot does), the dock reports itself
    // invisible from its old off-screen geometry; a floating dock is its own window and is seen.
    connect(kernelText, &QDockWidget::topLevelChanged, m_kernelText, [this](bool floating) {
        if (floating)
            m_kernelText->setExposed(true);
    });

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    // Compare mode's indicator: which step is pinned, and the way out.
    m_pinIndicator = new QLabel(this);
    m_unpin = new QToolButton(this);
    m_unpin->setText(tr("Unpin"));
    m_unpin->setToolTip(tr("Stop comparing: highlight each step's own changes again"));
    statusBar()->addPermanentWidget(m_pinIndicator);
    statusBar()->addPermanentWidget(m_unpin);
    m_pinIndicator->hide();
    m_unpin->hide();
}

void MainWindow::defaultLayout()
{
    using panels::PanelId;
    resizeDocks({dockOf(PanelId::CallStack), dockOf(PanelId::PageTables)},
                {width() * 27 / 100, width() * 30 / 100}, Qt::Horizontal);
    resizeDocks({dockOf(PanelId::Vmalloc)}, {m_ribbon->sizeHint().height()}, Qt::Vertical);
    // The timeline dock scrolls below its content's minimum; give it the scrubber and the
    // breakpoint row in full (the chapter outline beside them scrolls).
    resizeDocks({dockOf(PanelId::Timeline)},
                {m_timeline->sizeHint().height() + m_breakpointRow->sizeHint().height() + 40}, Qt::Vertical);
    // The right column: page tables, kmemleak, then the address / kernel text tabs. Qt sizes a
    // column holding a tab group only once the window is laid out, so this waits a turn.
    QTimer::singleShot(0, this, [this]() {
        resizeDocks({dockOf(PanelId::PageTables), dockOf(PanelId::Kmemleak), dockOf(PanelId::Address)},
                    {height() * 36 / 100, height() * 26 / 100, height() * 14 / 100}, Qt::Vertical);
    });
}

void MainWindow::arrangeExplore(bool compact)
{
    using panels::PanelId;
    m_exploreCompact = compact;
    QDockWidget* stack = dockOf(PanelId::CallStack);
    QDockWidget* program = dockOf(PanelId::Program);
    QDockWidget* tables = dockOf(PanelId::PageTables);
    QDockWidget* leaks = dockOf(PanelId::Kmemleak);
    QDockWidget* graph = dockOf(PanelId::KmemleakGraph);
    QDockWidget* address = dockOf(PanelId::Address);
    QDockWidget* kernelText = dockOf(PanelId::KernelText);
    if (compact) {
        // Three groups stacked in the right column were a hundred pixels each at 720 lines: a
        // table's header and no rows. One group each side, the rest a tab away.
        tabifyDockWidget(stack, program);
        for (QDockWidget* dock : {leaks, graph, address, kernelText})
            tabifyDockWidget(tables, dock);
        resizeDocks({stack, tables}, {width() * 30 / 100, width() * 34 / 100}, Qt::Horizontal);
    } else {
        // As createPanels() arranged them: the program under the call stack; kmemleak (its scan
        // graph behind it) under the page tables, the address and kernel text tabs under that.
        addDockWidget(Qt::LeftDockWidgetArea, program);
        splitDockWidget(tables, leaks, Qt::Vertical);
        tabifyDockWidget(leaks, graph);
        splitDockWidget(leaks, address, Qt::Vertical);
        tabifyDockWidget(address, kernelText);
        leaks->raise();
        address->raise();
        resizeDocks({tables, leaks, address}, {height() * 36 / 100, height() * 26 / 100, height() * 14 / 100},
                    Qt::Vertical);
    }
    stack->raise();
    tables->raise();
    resizeDocks({dockOf(PanelId::Vmalloc)}, {m_ribbon->sizeHint().height()}, Qt::Vertical);
    if (compact)
        fitTimelineDock(); // the scrubber and its caption, and the middle row keeps the rest
}

} // namespace vmviz::ui
