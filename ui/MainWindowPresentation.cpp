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
#include <QScreen>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace vmviz::ui {

namespace {

/// What Lecture does with a panel: always shown, shown in the subject tab group (raised when the
/// step is about it), or hidden until the user picks it from the View menu.
enum class LectureRole
{
    Always,
    Subject,
    Hidden
};

LectureRole lectureRole(panels::PanelId id)
{
    using panels::PanelId;
    switch (id) {
    case PanelId::Physical:
    case PanelId::Vmalloc:
    case PanelId::CallStack:
    case PanelId::Timeline:
        return LectureRole::Always;
    case PanelId::PageTables:
    case PanelId::Kmemleak:
        return LectureRole::Subject;
    default:
        return LectureRole::Hidden;
    }
}

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
        if (!m_exploreState.isEmpty())
            restoreState(m_exploreState);
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

void MainWindow::applyLecturePreset()
{
    QDockWidget* subjectGroup = nullptr;
    for (const Panel& p : m_panels) {
        if (!p.dock)
            continue;
        const LectureRole role = lectureRole(p.id);
        if (p.id == panels::PanelId::Lesson)
            p.dock->setVisible(m_lesson->hasChapters());
        else
            p.dock->setVisible(role != LectureRole::Hidden);
        if (role == LectureRole::Subject) {
            if (subjectGroup)
                tabifyDockWidget(subjectGroup, p.dock);
            else
                subjectGroup = p.dock;
        }
    }
    // Narration and source get the room the hidden panels gave back.
    resizeDocks({dockOf(panels::PanelId::CallStack), dockOf(panels::PanelId::PageTables)},
                {width() * 34 / 100, width() * 28 / 100}, Qt::Horizontal);
}

std::optional<panels::PanelId> MainWindow::lecturePanelOf(const SnapshotPtr& snapshot)
{
    if (!snapshot || !snapshot->step.step)
        return std::nullopt;
    const StepFocus focus = focusOf(*snapshot->step.step);
    if (focus.entry || focus.table)
        return panels::PanelId::PageTables;
    if (focus.kmemleakObject)
        return panels::PanelId::Kmemleak;
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
