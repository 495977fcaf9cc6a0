// SPDX-License-Identifier: GPL-2.0-only
// The window itself: the constructor that builds it, and the wiring between the session, the
// playback, the selection and the panels (what happens at each step, run and click).
#include "MainWindow.h"

#include "animation/MappingArrowOverlay.h"
#include "animation/StepAnimator.h"
#include "base/Constants.h"
#include "controller/Playback.h"
#include "controller/SelectionController.h"
#include "controller/SessionController.h"
#include "export/ExportablePanel.h"
#include "i18n/LiveRetranslation.h"
#include "scenario/Lesson.h"
#include "scenario/Session.h"
#include "trace/KernelFunction.h"
#include "views/AddressInspector.h"
#include "views/KernelTextPanel.h"
#include "views/KmemleakPanel.h"
#include "views/LessonPanel.h"
#include "views/PageTablePanel.h"
#include "views/PhysicalMemoryView.h"
#include "views/ScenarioEditor.h"
#include "views/StepView.h"
#include "views/TimelineWidget.h"
#include "views/VmallocRibbonView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>
#include <climits>

namespace vmviz::ui {

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
        if (m_preset == LayoutPreset::Lecture)
            applyLecturePreset(); // the lesson dock has its Lecture place only now
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

} // namespace vmviz::ui
