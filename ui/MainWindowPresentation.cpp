// SPDX-License-Identifier: GPL-2.0-only
// How the window faces a room: presentation mode (one factor for every text and cell), the
// Lecture and Explore layouts, the big step counter, the playback icons, and what a keyboard or a
// screen reader user needs (panel focus, names, the step announced).
#include "MainWindow.h"

#include "controller/Playback.h"
#include "controller/SessionController.h"
#include "steps/StepFocus.h"
#include "style/PanelFocusFrame.h"
#include "style/PlaybackIcons.h"
#include "style/Typography.h"
#include "views/CallStackPanel.h"
#include "views/LessonPanel.h"
#include "views/PhysicalMemoryView.h"
#include "views/StepTextBox.h"
#include "views/StepView.h"
#include "views/TimelineWidget.h"
#include "views/VmallocRibbonView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QResizeEvent>
#include <QScreen>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace vmviz::ui {

namespace {

/// What Lecture does with a panel: always shown, shown in the subject tab group (raised when the
/// step is about it), or hidden until the user picks it from the View menu. In a short window the
/// timeline steps aside and the ribbon joins the step's panels.
enum class LectureRole
{
    Always,
    Subject,
    Hidden
};

LectureRole lectureRole(panels::PanelId id, bool compact)
{
    using panels::PanelId;
    switch (id) {
    case PanelId::Timeline:
        // The band names the scenario line and the step counter the place; a short window keeps
        // the scrubber's room for the step's panels (F7 or the View menu bring it back).
        return compact ? LectureRole::Hidden : LectureRole::Always;
    case PanelId::Vmalloc:
        // Its page-array strip makes it tall: a short window shows it as one of the step's panels.
        return compact ? LectureRole::Subject : LectureRole::Always;
    case PanelId::Physical:
    case PanelId::CallStack:
        return LectureRole::Always;
    case PanelId::PageTables:
    case PanelId::FreeLists:
    case PanelId::Kmemleak:
    case PanelId::KmemleakGraph:
        return LectureRole::Subject;
    default:
        return LectureRole::Hidden;
    }
}

/// Below this height (in the window's pixels) Lecture hides the timeline and the call stack's rows
/// and tabs the ribbon with the step's panels: a 720p projector then still shows the band, the
/// source and the step's panel at a readable size.
constexpr int kCompactLectureHeight = 900;

/// What a screen reader says a panel is for, beside its title.
QString panelDescription(panels::PanelId id)
{
    using panels::PanelId;
    switch (id) {
    case PanelId::Physical:
        return MainWindow::tr("Every physical page frame as a cell coloured by its owner; the frames the "
                              "current step changes are outlined.");
    case PanelId::Vmalloc:
        return MainWindow::tr("The vmalloc address range with its areas, guard pages and free space.");
    case PanelId::CallStack:
        return MainWindow::tr("The current step in words, the kernel call stack and the source line.");
    case PanelId::Scenario:
        return MainWindow::tr("The scenario being run, editable.");
    case PanelId::PageTables:
        return MainWindow::tr("init_mm's page tables, level by level, and a walk of one address.");
    case PanelId::Kmemleak:
        return MainWindow::tr("The objects kmemleak tracks, with their colour and reference count.");
    case PanelId::Timeline:
        return MainWindow::tr("Every recorded step; click or use the arrow keys to move.");
    default:
        return MainWindow::panelTitle(id);
    }
}

/// Where keyboard focus lands in a panel: its first widget that takes Tab focus.
QWidget* focusTarget(QWidget* panel)
{
    if (!panel)
        return nullptr;
    if (panel->focusPolicy() & Qt::TabFocus)
        return panel;
    for (QWidget* child : panel->findChildren<QWidget*>()) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isVisibleTo(panel) && child->isEnabled())
            return child;
    }
    return panel;
}

} // namespace

QSize MainWindow::initialSize() const
{
    const QSize wanted(1600, 1000);
    // The offscreen platform's 800×600 screen is a placeholder: pictures take their size from --size.
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen || QGuiApplication::platformName() == QLatin1String("offscreen"))
        return wanted;
    return wanted.boundedTo(screen->availableGeometry().size());
}

void MainWindow::setPresentationScale(double factor)
{
    m_presentationFactor =
        std::clamp(factor, typography::kMinPresentationScale, typography::kMaxPresentationScale);
    if (m_presentation)
        setPresentationMode(true);
}

void MainWindow::setPresentationMode(bool on)
{
    const bool changed = on != m_presentation;
    m_presentation = on;
    {
        const QSignalBlocker block(m_actPresentation);
        m_actPresentation->setChecked(on);
    }
    const double scale = on ? m_presentationFactor : 1.0;
    typography::setScale(scale);
    for (StepView* view : m_views)
        view->setPresentationScale(scale);
    const int icon = static_cast<int>(std::lround(style()->pixelMetric(QStyle::PM_ToolBarIconSize) * scale));
    m_playbackBar->setIconSize(QSize(icon, icon));
    // Enlarged, the buttons' words would push the step counter off a 1280-pixel toolbar; their
    // names stay in the tooltips, the menus and the accessible names.
    m_playbackBar->setToolButtonStyle(on ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    // The ribbon's height follows its scale; the dock would otherwise cut it off.
    resizeDocks({dockOf(panels::PanelId::Vmalloc)}, {m_ribbon->sizeHint().height()}, Qt::Vertical);
    updateBreakpointRow();
    if (m_preset == LayoutPreset::Explore && m_exploreCompact)
        fitTimelineDock();
    if (m_preset == LayoutPreset::Lecture) {
        if (!m_lectureCompact)
            fitTimelineDock();
        fitLectureBands();
    }
    if (!changed)
        return;
    if (on) {
        m_speedBeforePresentation = m_speed->currentIndex();
        m_speed->setCurrentIndex(m_speed->findData(Playback::kPresentationSpeed));
        m_presetBeforePresentation = m_preset;
        setLayoutPreset(LayoutPreset::Lecture);
    } else {
        if (m_speedBeforePresentation >= 0)
            m_speed->setCurrentIndex(m_speedBeforePresentation);
        setLayoutPreset(m_presetBeforePresentation);
        m_phys->zoomToFit();
    }
}

void MainWindow::setLayoutPreset(LayoutPreset preset)
{
    {
        const QSignalBlocker block(m_actLecture);
        m_actLecture->setChecked(preset == LayoutPreset::Lecture);
    }
    if (preset == m_preset)
        return;
    if (preset == LayoutPreset::Lecture) {
        m_exploreState = saveState();
        m_preset = preset;
        applyLecturePreset();
    } else {
        m_preset = preset;
        m_bandDock->hide();
        m_callStack->setStepTextShown(true);
        m_callStack->setStackShown(true);
        if (!m_exploreState.isEmpty())
            restoreState(m_exploreState);
        // Resized while in Lecture: the saved arrangement was for the other height.
        if (lectureIsCompact() != m_exploreCompact)
            arrangeExplore(lectureIsCompact());
        // The lesson dock is for lessons, whatever the saved state says.
        dockOf(panels::PanelId::Lesson)->setVisible(m_lesson->hasChapters());
    }
    updateBreakpointRow();
    presentStep(m_shown);
}

void MainWindow::updateBreakpointRow()
{
    // Breakpoints are a desk tool: a lecture's timeline keeps its room for the steps, and an
    // enlarged timeline must leave a 720-pixel window room for the panels.
    m_breakpointRow->setVisible(m_preset == LayoutPreset::Explore && !m_presentation);
}

bool MainWindow::lectureIsCompact() const
{
    return height() < kCompactLectureHeight;
}

void MainWindow::applyLecturePreset()
{
    using panels::PanelId;
    m_lectureCompact = lectureIsCompact();
    QDockWidget* ribbon = dockOf(PanelId::Vmalloc);
    QDockWidget* stack = dockOf(PanelId::CallStack);
    QDockWidget* subjects = dockOf(PanelId::PageTables);
    // The band says the step; the call-stack panel keeps its room for the stack and the source.
    m_callStack->setStepTextShown(false);
    m_callStack->setStackShown(!m_lectureCompact);
    m_bandDock->show();
    if (!m_lectureCompact) {
        // Back from a compact layout's tab group, under the band.
        addDockWidget(Qt::TopDockWidgetArea, ribbon);
        splitDockWidget(m_bandDock, ribbon, Qt::Vertical);
    }
    for (const Panel& p : m_panels) {
        if (!p.dock)
            continue;
        const LectureRole role = lectureRole(p.id, m_lectureCompact);
        p.dock->setVisible(role != LectureRole::Hidden);
        if (role == LectureRole::Subject && p.dock != subjects)
            tabifyDockWidget(subjects, p.dock);
    }
    // A lesson's chapter text is one tab behind the source: the band already says the step.
    if (m_lesson->hasChapters()) {
        QDockWidget* lesson = dockOf(PanelId::Lesson);
        lesson->show();
        tabifyDockWidget(stack, lesson);
        stack->raise();
    }
    // Source and the step's panel get the room the hidden panels gave back; the physical view
    // keeps the middle.
    // A short window's subject group holds the ribbon, whose labels want the width.
    resizeDocks({stack, subjects},
                {width() * (m_lectureCompact ? 34 : 38) / 100, width() * (m_lectureCompact ? 44 : 36) / 100},
                Qt::Horizontal);
    // The step's own panel, else the page tables: the last tab added would be on top.
    subjects->raise();
    if (const auto subject = lecturePanelOf(m_shown))
        dockOf(*subject)->raise();
    if (!m_lectureCompact)
        fitTimelineDock();
    fitLectureBands();
}

void MainWindow::fitTimelineDock()
{
    // The scrubber has a fixed height (its phase names and caption); its dock scrolls below it,
    // and a lecture must not lose the caption to a scroll bar. The breakpoint row is Explore's.
    QDockWidget* dock = dockOf(panels::PanelId::Timeline);
    const int chrome = dock->titleBarWidget() ? 0 : style()->pixelMetric(QStyle::PM_TitleBarHeight);
    const int breakpoints = m_breakpointRow->isVisibleTo(dock) ? m_breakpointRow->sizeHint().height() : 0;
    resizeDocks({dock}, {m_timeline->sizeHint().height() + breakpoints + chrome + 16}, Qt::Vertical);
}

void MainWindow::fitLectureBands()
{
    if (m_preset != LayoutPreset::Lecture || !m_bandDock->isVisible())
        return;
    // The ribbon under the band grows a row of page-array entries while area->pages[] fills; the
    // dock follows it, or the strip the step is about would be cut off.
    if (!m_lectureCompact) {
        QDockWidget* ribbon = dockOf(panels::PanelId::Vmalloc);
        const int ribbonChrome = ribbon->height() - m_ribbon->height();
        const int wantedRibbon = m_ribbon->sizeHint().height() + ribbonChrome;
        if (std::abs(ribbon->height() - wantedRibbon) > 2)
            resizeDocks({ribbon}, {wantedRibbon}, Qt::Vertical);
    }
    // Tall enough for the words at the band's width, and never less than the step line, a line of
    // narration and two of the plain line, so most steps do not make the panels jump.
    const int width = std::max(200, m_bandDock->width() - 24);
    const int wanted = m_band->heightForWidth(width);
    const QFontMetrics narration(m_band->findChild<QLabel*>(QStringLiteral("narration"))->font());
    const QFontMetrics plain(m_band->findChild<QLabel*>(QStringLiteral("plainLine"))->font());
    const int floor = fontMetrics().height() + narration.lineSpacing() + 2 * plain.lineSpacing() + 16;
    // Never more than a third of the window: the step's panels are what the words are about.
    const int height = std::min(std::max(wanted + 4, floor), this->height() / 3);
    if (std::abs(m_bandDock->height() - height) > 2)
        resizeDocks({m_bandDock}, {height}, Qt::Vertical);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (m_preset == LayoutPreset::Explore) {
        if (lectureIsCompact() != m_exploreCompact)
            arrangeExplore(lectureIsCompact());
        return;
    }
    if (m_preset != LayoutPreset::Lecture)
        return;
    if (lectureIsCompact() != m_lectureCompact)
        applyLecturePreset();
    else
        fitLectureBands();
}

std::optional<panels::PanelId> MainWindow::lecturePanelOf(const SnapshotPtr& snapshot)
{
    if (!snapshot || !snapshot->step.step)
        return std::nullopt;
    const Step& step = *snapshot->step.step;
    const StepFocus focus = focusOf(step);
    if (focus.entry || focus.table)
        return panels::PanelId::PageTables;
    if (focus.kmemleakObject)
        return panels::PanelId::Kmemleak;
    // A frame moving between free lists: a split, a merge, a take from the per-CPU list; or no
    // frame at all: a failed alloc_page is about the lists it found nothing on.
    if (frameListMoveOf(step) || (snapshot->step.failed && step.function == Fn::alloc_page))
        return panels::PanelId::FreeLists;
    // area->pages[i] = page, an area reserved or freed: the ribbon draws it.
    if (focus.pageIndex || focus.address)
        return panels::PanelId::Vmalloc;
    return std::nullopt;
}

void MainWindow::presentStep(const SnapshotPtr& snapshot)
{
    const std::uint64_t position = snapshot ? snapshot->step.position : 0;
    const std::uint64_t count = m_session->hasMachine() ? m_session->stepCount() : 0;
    m_stepCounter->setText(tr("Step %1 / %2").arg(position).arg(count));
    m_stepCounter->setAccessibleName(tr("Step %1 of %2").arg(position).arg(count));
    m_stepCounter->setAccessibleDescription(m_callStack->narration());
    // A screen reader reads the new step and its narration, wherever the focus is.
    QAccessibleEvent named(m_stepCounter, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    QAccessibleEvent described(m_stepCounter, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&described);
    if (m_preset == LayoutPreset::Lecture) {
        if (const auto subject = lecturePanelOf(snapshot))
            if (QDockWidget* dock = dockOf(*subject); dock && dock->isVisible())
                dock->raise();
        fitLectureBands();
    }
}

void MainWindow::addPresentationControls(QToolBar* bar)
{
    m_actLecture = new QAction(tr("Lecture layout"), this);
    m_actLecture->setCheckable(true);
    m_actLecture->setShortcut(QKeySequence(Qt::Key_F7));
    m_actLecture->setToolTip(tr("Lecture: the narration and the panels the step is about, large; "
                                "off: every panel (F7)"));
    connect(m_actLecture, &QAction::toggled, this,
            [this](bool on) { setLayoutPreset(on ? LayoutPreset::Lecture : LayoutPreset::Explore); });
    addAction(m_actLecture);
    bar->addAction(m_actLecture);

    for (const auto& [key, direction] :
         {std::pair{QKeySequence(Qt::Key_F6), 1}, std::pair{QKeySequence(Qt::SHIFT | Qt::Key_F6), -1}}) {
        auto* next = new QAction(direction > 0 ? tr("Next panel") : tr("Previous panel"), this);
        next->setShortcut(key);
        connect(next, &QAction::triggered, this, [this, d = direction]() { focusNextPanel(d); });
        addAction(next);
    }

    // At the status bar's right end: always in sight, and never pushed off a full toolbar.
    m_stepCounter = new QLabel(this);
    m_stepCounter->setObjectName(QStringLiteral("stepCounter"));
    QFont big = m_stepCounter->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_stepCounter->setFont(big);
    m_stepCounter->setContentsMargins(8, 0, 8, 0);
    m_stepCounter->setFocusPolicy(Qt::TabFocus);
    statusBar()->addPermanentWidget(m_stepCounter);
}

void MainWindow::applyPlaybackIcons()
{
    const QColor ink = m_palette.text;
    m_actHome->setIcon(playbackIcon(PlaybackGlyph::Start, ink));
    m_actStepBack->setIcon(playbackIcon(PlaybackGlyph::Back, ink));
    m_actPlay->setIcon(
        playbackIcon(m_playback->isPlaying() ? PlaybackGlyph::Pause : PlaybackGlyph::Play, ink));
    m_actStepInto->setIcon(playbackIcon(PlaybackGlyph::StepInto, ink));
    m_actStepOver->setIcon(playbackIcon(PlaybackGlyph::StepOver, ink));
    m_actStepOut->setIcon(playbackIcon(PlaybackGlyph::StepOut, ink));
    m_actEnd->setIcon(playbackIcon(PlaybackGlyph::End, ink));
    m_actContinue->setIcon(playbackIcon(PlaybackGlyph::Continue, ink));
}

void MainWindow::setUpAccessibility()
{
    for (const Panel& p : m_panels) {
        const QString title = panelTitle(p.id);
        p.widget->setAccessibleName(title); // the panel's title, whatever the view called itself
        p.widget->setAccessibleDescription(panelDescription(p.id));
        // Painted views take the focus too, so arrow keys and F6 reach them.
        if (p.widget->focusPolicy() == Qt::NoFocus && p.id != panels::PanelId::Timeline)
            p.widget->setFocusPolicy(Qt::StrongFocus);
    }
    m_timeline->setFocusPolicy(Qt::StrongFocus);
    m_speed->setAccessibleName(tr("Playback speed"));
    m_stepBox->setAccessibleName(tr("Go to step"));
    m_breakpointInput->setAccessibleName(tr("Break on function"));
    m_stepCounter->setAccessibleName(tr("Step"));

    auto* frame = new PanelFocusFrame(this);
    connect(qApp, &QApplication::focusChanged, frame, [this, frame](QWidget*, QWidget* now) {
        QWidget* panelBox = nullptr;
        for (QWidget* w = now; w && w != this; w = w->parentWidget()) {
            if (qobject_cast<QDockWidget*>(w) || w == centralWidget()) {
                panelBox = w;
                break;
            }
        }
        frame->setColour(QApplication::palette().color(QPalette::Highlight));
        frame->setPanel(panelBox);
    });
}

void MainWindow::focusNextPanel(int direction)
{
    std::vector<QWidget*> shown;
    int current = -1;
    for (const Panel& p : m_panels) {
        if (!p.widget->isVisible() || (p.dock && p.dock->visibleRegion().isEmpty()))
            continue;
        if (p.widget->isAncestorOf(QApplication::focusWidget()) || p.widget == QApplication::focusWidget())
            current = static_cast<int>(shown.size());
        shown.push_back(p.widget);
    }
    if (shown.empty())
        return;
    const int n = static_cast<int>(shown.size());
    const int next = current < 0 ? 0 : ((current + direction) % n + n) % n;
    if (QWidget* target = focusTarget(shown[static_cast<std::size_t>(next)]))
        target->setFocus(Qt::TabFocusReason);
}

} // namespace vmviz::ui
