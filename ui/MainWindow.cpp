#include "MainWindow.h"

#include "UiResources.h"
#include "animation/MappingArrowOverlay.h"
#include "animation/StepAnimator.h"
#include "base/Constants.h"

#include "controller/Playback.h"
#include "controller/SelectionController.h"
#include "controller/SessionController.h"
#include "export/ExportablePanel.h"
#include "i18n/LiveRetranslation.h"
#include "scenario/Lesson.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/Session.h"
#include "style/PanelScroller.h"
#include "views/AddressInspector.h"
#include "views/CallStackPanel.h"
#include "views/ChangeListPanel.h"
#include "views/ChapterOutline.h"
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
#include "views/StepView.h"
#include "views/TimelineWidget.h"
#include "views/VmallocRibbonView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace vmviz::ui {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent), m_options(options), m_session(new SessionController(this)),
      m_selection(new SelectionController(*m_session, this)), m_playback(new Playback(*m_session, this)),
      m_animator(new StepAnimator(this))
{
    // Before the first tr(): a language switched later finds the texts given now.
    ensureTextRecorder(*QCoreApplication::instance());
    setObjectName(QStringLiteral("vmvizMainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);
    createPanels();
    m_arrow = new MappingArrowOverlay(this, *m_ribbon, *m_phys);
    m_views.push_back(m_arrow);
    createActions();
    createLevelActions();
    createMenus();
    setUpAccessibility();
    wire();
    wireLevels();
    resize(initialSize());
    defaultLayout();
    if (m_options.restoreSettings)
        restoreSettings();
    applyPalette();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::wire()
{
    SessionController* s = m_session;
    connect(s, &SessionController::snapshotChanged, this, [this](const SnapshotPtr& snapshot) {
        const SnapshotPtr previous = std::exchange(m_shown, snapshot);
        // Playing into a lesson chapter stops at its start, like a breakpoint.
        if (const std::uint64_t from = previous ? previous->step.position : 0;
            m_playback->isPlaying() && snapshot)
            if (const auto stop = m_lesson->chapterStartIn(from, snapshot->step.position)) {
                m_playback->pause();
                if (*stop != snapshot->step.position) {
                    m_session->seek(*stop);
                    return;
                }
            }
        for (StepView* view : m_views)
            view->setSnapshot(snapshot);
        const QSignalBlocker block(m_stepBox);
        m_stepBox->setValue(snapshot ? static_cast<int>(snapshot->step.position) : 0);
        updateTitle();
        updateActions();
        presentStep(snapshot);
        // After the views hold the new state: the animation is drawn over it.
        m_animator->showStep(previous, snapshot);
    });
    connect(m_animator, &StepAnimator::frameChanged, this, [this](const AnimationFrame& frame) {
        for (StepView* view : m_views)
            view->setAnimationFrame(frame);
    });
    // Only a kernel-text panel in sight makes snapshots carry a kernel file; asked at a step whose
    // snapshot lacks it, the controller adds it and hands that snapshot back.
    connect(m_kernelText, &KernelTextPanel::formatWanted, s, &SessionController::setKernelTextFormat);
    connect(s, &SessionController::kernelTextAdded, m_kernelText, &KernelTextPanel::setSnapshot);
    connect(s, &SessionController::pinChanged, this, [this](std::optional<std::uint64_t> step) {
        m_pinIndicator->setVisible(step.has_value());
        m_unpin->setVisible(step.has_value());
        m_actPin->setChecked(step.has_value());
        if (step) {
            m_pinIndicator->setText(tr("Compare with step %1").arg(*step));
            dockOf(panels::PanelId::Changes)->raise();
        }
    });
    connect(m_unpin, &QToolButton::clicked, s, &SessionController::unpin);
    connect(s, &SessionController::runStarted, this, [this](const QString& name) {
        m_editor->setRunning(true);
        m_status->setText(tr("Running %1…").arg(name));
    });
    connect(s, &SessionController::runProgress, m_editor, &ScenarioEditor::setProgress);
    connect(s, &SessionController::runFailed, this, [this](const QString& errors) {
        m_editor->setRunning(false);
        m_editor->showErrors(errors);
        m_status->setText(tr("The scenario has errors; see the Scenario panel."));
        dockOf(panels::PanelId::Scenario)->raise();
    });
    connect(s, &SessionController::runCancelled, this, [this]() {
        m_editor->setRunning(false);
        m_status->setText(tr("Run cancelled."));
    });
    connect(s, &SessionController::runFinished, this, [this]() {
        m_editor->setRunning(false);
        m_timeline->setRun(m_session->runIndex());
        m_lesson->setLesson(scenario::chaptersOfText(m_session->scenarioText().toStdString(),
                                                     m_session->scenarioName().toStdString()),
                            m_session->chapterStarts());
        // The lesson dock is for lessons: a plain scenario gives its room back to the other panels.
        QDockWidget* lessonDock = dockOf(panels::PanelId::Lesson);
        lessonDock->setVisible(m_lesson->hasChapters());
        if (m_lesson->hasChapters())
            lessonDock->raise();
        refreshBreakpoints();
        {
            const QSignalBlocker block(m_stepBox);
            m_stepBox->setRange(0,
                                static_cast<int>(std::min<std::uint64_t>(m_session->stepCount(), INT32_MAX)));
            m_stepBox->setValue(static_cast<int>(m_session->position()));
        }
        m_status->setText(
            tr("%1: %2 steps recorded.").arg(m_session->scenarioName()).arg(m_session->stepCount()));
        updateTitle();
        updateActions();
    });
    connect(m_editor, &ScenarioEditor::runRequested, this,
            [this](const QString& text, const QString& name) { m_session->runScenario(text, name); });
    connect(m_editor, &ScenarioEditor::cancelRequested, s, &SessionController::cancelRun);
    connect(m_timeline, &TimelineWidget::positionRequested, this, [this](std::uint64_t p) {
        m_playback->pause();
        m_session->seek(p);
    });

    connect(m_selection, &SelectionController::selectionChanged, this,
            [this](const std::shared_ptr<const LinkedSelection>& linked) {
                for (StepView* view : m_views)
                    view->setLinkedSelection(linked);
                if (linked && !linked->dataPfns.empty())
                    m_phys->ensureFrameVisible(linked->dataPfns.front());
            });
    const auto select = [this](AreaId id) {
        if (m_selection->selectedArea() && *m_selection->selectedArea() == id)
            m_selection->selectArea(std::nullopt);
        else
            m_selection->selectArea(id);
    };
    connect(m_ribbon, &VmallocRibbonView::areaClicked, this, select);
    connect(m_phys, &PhysicalMemoryView::areaClicked, this, select);
    // Picking an object, an entry or a frame finds its owner: the address panel explains it and
    // the area it belongs to, if any, is selected everywhere (a frame's area is selected by
    // areaClicked, which toggles).
    const auto explain = [this](std::uint64_t vaddr, bool selectArea) {
        m_address->inspect(vaddr, selectArea);
        dockOf(panels::PanelId::Address)->raise();
    };
    connect(m_address, &AddressInspector::selectAreaRequested, m_selection,
            &SelectionController::selectAddress);
    connect(m_kmemleak, &KmemleakPanel::pointerActivated, this,
            [explain](std::uint64_t pointer) { explain(pointer, true); });
    connect(m_tables, &PageTablePanel::entryActivated, this,
            [explain](std::uint64_t vaddr) { explain(vaddr, true); });
    connect(m_phys, &PhysicalMemoryView::frameClicked, this,
            [explain](std::uint64_t pfn) { explain(k::directMapAddress(pfn << k::PAGE_SHIFT), false); });

    connect(m_playback, &Playback::playingChanged, this, &MainWindow::updatePlaybackInterval);
    connect(m_playback, &Playback::playingChanged, this, [this](bool playing) {
        m_actPlay->setText(playing ? tr("Pause") : tr("Play"));
        applyPlaybackIcons();
    });
    connect(m_playback, &Playback::breakpointsChanged, this, &MainWindow::refreshBreakpoints);
    connect(m_playback, &Playback::breakpointHit, this, [this](std::uint64_t step, const QString& fn) {
        m_status->setText(tr("Breakpoint: %1 called at step %2").arg(fn).arg(step));
    });
}

void MainWindow::addBreakpointFromUi()
{
    const QString name = m_breakpointInput->currentText().trimmed();
    if (name.isEmpty())
        return;
    // The check `vmviz-cli session --break` makes: a function the model runs, or FILE:LINE where one starts.
    std::string why;
    const auto breakpoint = scenario::parseBreakpoint(name.toStdString(), &why);
    const Fn fn = breakpoint ? scenario::breakpointFunction(*breakpoint) : Fn::Count;
    const std::string_view fnName = functionInfo(fn == Fn::Count ? Fn::Caller : fn).name;
    if (!breakpoint ||
        !m_playback->addBreakpoint(QString::fromUtf8(fnName.data(), static_cast<qsizetype>(fnName.size()))))
        m_status->setText(tr("Breakpoint %1: %2").arg(name, QString::fromStdString(why)));
    m_breakpointInput->setCurrentText(QString());
}

void MainWindow::refreshBreakpoints()
{
    const QStringList names = m_playback->breakpoints();
    m_breakpointList->setText(
        names.isEmpty() ? tr("<i>no breakpoints</i>")
                        : tr("Breakpoints: <b>%1</b> · F8 continues").arg(names.join(QStringLiteral(", "))));
    std::vector<Fn> fns;
    for (const QString& n : names)
        fns.push_back(functionByName(n.toStdString()));
    m_timeline->setBreakpoints(fns);
}

void MainWindow::loadScenario(const QString& text, const QString& name, std::uint64_t position)
{
    m_editor->setText(text, name);
    m_session->runScenario(text, name, position);
}

void MainWindow::updateTitle()
{
    if (!m_session->hasMachine()) {
        setWindowTitle(tr("vmviz"));
        return;
    }
    setWindowTitle(tr("vmviz — %1 — step %2 of %3")
                       .arg(m_session->scenarioName())
                       .arg(m_session->position())
                       .arg(m_session->stepCount()));
}

void MainWindow::updateActions()
{
    const bool has = m_session->hasMachine();
    const bool atStart = m_session->position() == 0;
    const bool atEnd = m_session->position() >= m_session->stepCount();
    m_actHome->setEnabled(has && !atStart);
    m_actStepBack->setEnabled(has && !atStart);
    m_actStepInto->setEnabled(has && !atEnd);
    m_actStepOver->setEnabled(has && !atEnd);
    m_actStepOut->setEnabled(has && !atEnd);
    m_actEnd->setEnabled(has && !atEnd);
    m_actContinue->setEnabled(has && !atEnd);
    m_actPlay->setEnabled(has);
}

void MainWindow::setTheme(Theme theme, Scheme scheme)
{
    m_palette = ViewPalette::make(theme, scheme);
    {
        const QSignalBlocker a(m_actDark);
        const QSignalBlocker b(m_actColourBlind);
        m_actDark->setChecked(theme == Theme::Dark);
        m_actColourBlind->setChecked(scheme == Scheme::ColourBlindSafe);
    }
    applyPalette();
}

void MainWindow::applyPalette()
{
    QApplication::setPalette(m_palette.applicationPalette());
    for (StepView* view : m_views)
        view->setViewPalette(m_palette);
    applyPlaybackIcons();
}

void MainWindow::setAnimationDuration(int ms)
{
    m_animator->setDurationMs(ms);
    for (QAction* a : m_animationActions)
        a->setChecked(a->data().toInt() == m_animator->durationMs());
}

void MainWindow::updatePlaybackInterval()
{
    const int speed = std::max(1, m_playback->speed());
    m_animator->setPlaybackInterval(m_playback->isPlaying() ? std::optional<int>(1000 / speed)
                                                            : std::nullopt);
}

void MainWindow::openScenario()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(),
                                                      tr("Scenarios (*.vmviz);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1").arg(path));
        return;
    }
    const QByteArray bytes = f.readAll();
    // The loader both command lines use: invalid UTF-8 is refused with FILE:LINE, not shown as U+FFFD.
    const scenario::ScenarioSourceLoad opened = scenario::openScenarioText(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        QFileInfo(path).fileName().toStdString());
    if (!opened.source) {
        QMessageBox::warning(this, tr("Open scenario"), QString::fromStdString(opened.error));
        return;
    }
    loadScenario(QString::fromStdString(opened.source->text), QString::fromStdString(opened.source->fileName),
                 opened.source->position.value_or(0));
}

void MainWindow::saveScenario()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save scenario"), m_editor->name(), tr("Scenarios (*.vmviz)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_editor->text().toUtf8()) < 0)
        m_status->setText(tr("Cannot write %1").arg(path));
}

namespace {
const char* const kSessionFilter =
    QT_TRANSLATE_NOOP("vmviz::ui::MainWindow", "vmviz sessions (*.vmvizsession);;All files (*)");
const QLatin1String kSessionSuffix(".vmvizsession");
} // namespace

QString MainWindow::saveSessionFile(const QString& path) const
{
    scenario::Session session;
    session.scenarioName = m_editor->name().toStdString();
    session.scenarioText = m_editor->text().toStdString();
    session.position = m_session->position();
    session.breakpoints = m_playback->breakpointList();
    QFile f(path);
    const std::string json = scenario::saveSession(session);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(json.data(), static_cast<qint64>(json.size())) != static_cast<qint64>(json.size()))
        return tr("Cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString MainWindow::openSessionFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, f.errorString());
    const QByteArray bytes = f.readAll();
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    // The loader vmviz-cli uses: the same checks, errors naming the session file.
    const scenario::ScenarioSourceLoad source =
        scenario::openScenarioText(text, QFileInfo(path).fileName().toStdString());
    const scenario::SessionLoad load = scenario::loadSession(text);
    if (!source.source || !source.source->position || !load.session)
        return source.source ? tr("%1: not a session file").arg(QFileInfo(path).fileName())
                             : QString::fromStdString(source.error);
    const scenario::Session& session = *load.session;
    const std::vector<Breakpoint> unmatched = m_playback->setBreakpoints(session.breakpoints);
    // The scenario keeps its own name: a session saved from this window must not nest the file's.
    loadScenario(QString::fromStdString(source.source->text), QString::fromStdString(session.scenarioName),
                 session.position);
    if (!unmatched.empty()) {
        QStringList names;
        for (const Breakpoint& b : unmatched)
            names << QString::fromStdString(scenario::formatBreakpoint(b));
        m_status->setText(tr("Breakpoints not restored (no kernel function there): %1")
                              .arg(names.join(QStringLiteral(", "))));
    }
    return {};
}

void MainWindow::openSession()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open session"), QString(), tr(kSessionFilter));
    if (path.isEmpty())
        return;
    const QString error = openSessionFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Open session"), error);
}

void MainWindow::saveSession()
{
    QString suggested = QFileInfo(m_editor->name()).completeBaseName();
    if (suggested.isEmpty())
        suggested = QStringLiteral("session");
    QString path = QFileDialog::getSaveFileName(this, tr("Save session"), suggested + kSessionSuffix,
                                                tr(kSessionFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(kSessionSuffix))
        path += kSessionSuffix;
    const QString error = saveSessionFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save session"), error);
    else
        m_status->setText(
            tr("Session saved to %1 (step %2).").arg(QFileInfo(path).fileName()).arg(m_session->position()));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // Lecture is a preset over the user's own layout: the next start gets the layout it covered.
    settings.setValue(QStringLiteral("window/state"),
                      m_preset == LayoutPreset::Lecture && !m_exploreState.isEmpty() ? m_exploreState
                                                                                     : saveState());
    settings.setValue(QStringLiteral("view/dark"), m_palette.theme == Theme::Dark);
    settings.setValue(QStringLiteral("view/colourBlindSafe"), m_palette.scheme == Scheme::ColourBlindSafe);
    settings.setValue(QStringLiteral("view/animationMs"), m_animator->durationMs());
    settings.setValue(QStringLiteral("view/lens"), m_phys->lensEnabled());
    settings.setValue(QStringLiteral("scenario/name"), m_editor->name());
    settings.setValue(QStringLiteral("scenario/text"), m_editor->text());
    settings.setValue(QStringLiteral("playback/breakpoints"), m_playback->breakpoints());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setTheme(settings.value(QStringLiteral("view/dark"), false).toBool() ? Theme::Dark : Theme::Light,
             settings.value(QStringLiteral("view/colourBlindSafe"), false).toBool() ? Scheme::ColourBlindSafe
                                                                                    : Scheme::Standard);
    setAnimationDuration(
        settings.value(QStringLiteral("view/animationMs"), StepAnimator::kDefaultDurationMs).toInt());
    m_actLens->setChecked(settings.value(QStringLiteral("view/lens"), true).toBool());
    for (const QString& bp : settings.value(QStringLiteral("playback/breakpoints")).toStringList())
        m_playback->addBreakpoint(bp);
    const QString name = settings.value(QStringLiteral("scenario/name")).toString();
    const QString text = settings.value(QStringLiteral("scenario/text")).toString();
    if (!text.isEmpty())
        m_editor->setText(text, name.isEmpty() ? QStringLiteral("untitled.vmviz") : name);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_options.restoreSettings)
        saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace vmviz::ui
