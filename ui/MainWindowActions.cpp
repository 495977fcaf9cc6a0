// SPDX-License-Identifier: GPL-2.0-only
// The window's actions, toolbar and menus: what each command does is MainWindow's or a
// controller's; this file only builds and labels them.
#include "MainWindow.h"

#include "animation/MappingArrowOverlay.h"
#include "animation/StepAnimator.h"
#include "base/Constants.h"
#include "compare/CompareWindow.h"

#include "controller/Playback.h"
#include "controller/SelectionController.h"
#include "controller/SessionController.h"
#include "export/ExportablePanel.h"
#include "export/HandoutPdf.h"
#include "i18n/LessonText.h"
#include "i18n/LiveRetranslation.h"
#include "quiz/QuizPanel.h"
#include "scenario/Lesson.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioRunner.h"
#include "scenario/Session.h"
#include "views/AddressInspector.h"
#include "views/CallStackPanel.h"
#include "views/GlossaryWindow.h"
#include "views/KernelTextPanel.h"
#include "views/KmemleakPanel.h"
#include "views/PageTablePanel.h"
#include "views/PhysicalMemoryView.h"
#include "views/ScenarioEditor.h"
#include "views/ShortcutSheet.h"
#include "views/TimelineWidget.h"
#include "views/TourDialog.h"
#include "views/VmallocRibbonView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
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
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace vmviz::ui {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

void MainWindow::createActions()
{
    const auto make = [this](const QString& text, const QKeySequence& key, auto slot, const QString& tip) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_actHome = make(
        tr("Start"), QKeySequence(Qt::Key_Home),
        [this]() {
            m_playback->pause();
            m_session->goToStart();
        },
        tr("Go to the booted machine"));
    m_actStepBack = make(
        tr("Back"), QKeySequence(Qt::Key_Left),
        [this]() {
            m_playback->stepBackward(); // one visible step at the detail level
        },
        tr("One step back"));
    m_actPlay = make(
        tr("Play"), QKeySequence(Qt::Key_Space), [this]() { m_playback->togglePlay(); }, tr("Play or pause"));
    m_actStepInto = make(
        tr("Step into"), QKeySequence(Qt::Key_Right), [this]() { m_playback->stepForward(); },
        tr("Next step"));
    m_actStepOver = make(
        tr("Step over"), QKeySequence(Qt::Key_Down),
        [this]() {
            m_playback->pause();
            m_session->stepOver();
        },
        tr("Past the next call"));
    m_actStepOut = make(
        tr("Step out"), QKeySequence(Qt::Key_Up),
        [this]() {
            m_playback->pause();
            m_session->stepOut();
        },
        tr("To the return of the current function"));
    m_actEnd = make(
        tr("End"), QKeySequence(Qt::Key_End),
        [this]() {
            m_playback->pause();
            m_session->goToEnd();
        },
        tr("Go to the last step"));
    m_actContinue = make(
        tr("Continue"), QKeySequence(Qt::Key_F8), [this]() { m_playback->continueToBreakpoint(); },
        tr("Run to the next breakpoint"));
    for (QAction* a :
         {m_actHome, m_actStepBack, m_actPlay, m_actStepInto, m_actStepOver, m_actStepOut, m_actEnd})
        a->setShortcutContext(Qt::WindowShortcut);
    applyPlaybackIcons();

    // Compare mode: pin this step as A, move to B, and every view shows what changed in between.
    m_actPin = new QAction(tr("&Compare with this step"), this);
    m_actPin->setCheckable(true);
    m_actPin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_actPin->setShortcutContext(Qt::WindowShortcut);
    m_actPin->setToolTip(tr("Pin the current step as step A; the views then highlight what changed "
                            "between it and the step you move to"));
    connect(m_actPin, &QAction::triggered, this, [this](bool on) {
        if (on)
            m_session->pinStep();
        else
            m_session->unpin();
    });

    m_actPresentation = new QAction(tr("Presentation mode"), this);
    m_actPresentation->setCheckable(true);
    m_actPresentation->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_actPresentation, &QAction::toggled, this, &MainWindow::setPresentationMode);
    m_actDark = new QAction(tr("Dark theme"), this);
    m_actDark->setCheckable(true);
    connect(m_actDark, &QAction::toggled, this,
            [this](bool on) { setTheme(on ? Theme::Dark : Theme::Light, m_palette.scheme); });
    m_actColourBlind = new QAction(tr("High contrast, colour-blind-safe palette"), this);
    m_actColourBlind->setCheckable(true);
    connect(m_actColourBlind, &QAction::toggled, this,
            [this](bool on) { setTheme(m_palette.theme, on ? Scheme::ColourBlindSafe : Scheme::Standard); });

    auto* bar = addToolBar(tr("Playback"));
    m_playbackBar = bar;
    bar->setObjectName(QStringLiteral("playbackToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_actHome, m_actStepBack, m_actPlay, m_actStepInto, m_actStepOver, m_actStepOut,
                     m_actEnd, m_actContinue});
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Speed "), bar));
    m_speed = new QComboBox(bar);
    for (const int s : {1, 2, 5, 20, 100, 500, 2000})
        m_speed->addItem(tr("%1 steps/s").arg(s), s);
    m_speed->setCurrentIndex(m_speed->findData(Playback::kDefaultSpeed));
    m_playback->setSpeed(Playback::kDefaultSpeed);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int) {
        m_playback->setSpeed(m_speed->currentData().toInt());
        updatePlaybackInterval();
    });
    bar->addWidget(m_speed);
    bar->addWidget(new QLabel(tr("  Step "), bar));
    m_stepBox = new QSpinBox(bar);
    m_stepBox->setRange(0, 0);
    m_stepBox->setKeyboardTracking(false);
    connect(m_stepBox, &QSpinBox::valueChanged, this,
            [this](int v) { m_session->seek(static_cast<std::uint64_t>(v)); });
    bar->addWidget(m_stepBox);
    bar->addSeparator();
    auto* zoomIn = bar->addAction(tr("Zoom +"), this, [this]() { m_phys->zoomIn(); });
    zoomIn->setToolTip(tr("Larger frame cells"));
    bar->addAction(tr("Zoom −"), this, [this]() { m_phys->zoomOut(); });
    bar->addAction(tr("Fit"), this, [this]() {
        m_phys->zoomToFit();
        m_ribbon->zoomToFit();
    });
    bar->addSeparator();
    bar->addAction(m_actPresentation);
    addPresentationControls(bar);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open scenario…"), QKeySequence::Open, this, &MainWindow::openScenario);
    file->addAction(tr("&Save scenario as…"), QKeySequence::SaveAs, this, &MainWindow::saveScenario);
    file->addSeparator();
    file->addAction(tr("Open S&ession…"), this, &MainWindow::openSession);
    file->addAction(tr("Save Sess&ion…"), this, &MainWindow::saveSession);
    file->addSeparator();
    // The same catalogue `vmviz-cli list` prints: built-in scenarios and examples, by title.
    QMenu* examplesMenu = file->addMenu(tr("&Examples"));
    // Lessons open at their first chapter, with the Lesson panel raised (views/LessonPanel.h).
    QMenu* lessonsMenu = file->addMenu(tr("&Lessons"));
    for (const scenario::CatalogueEntry& entry : scenario::scenarioCatalogue()) {
        const bool lesson = entry.header.kind == scenario::ScenarioKind::Lesson;
        QAction* action =
            (lesson ? lessonsMenu : examplesMenu)
                ->addAction(lessonText(entry.displayTitle()), this, [this, &entry, lesson]() {
                    loadScenario(qs(entry.text), qs(entry.fileName()),
                                 lesson ? scenario::lessonStartStep(entry.text, entry.fileName()) : 0);
                });
        action->setStatusTip(lessonText(entry.header.about));
        action->setToolTip(lessonText(entry.header.about));
    }
    // The scenario on other machines too, side by side (compare/CompareWindow.h; vmviz --compare).
    file->addAction(tr("&Compare machines…"), this, [this]() {
        bool ok = false;
        const QString machines = QInputDialog::getText(
            this, tr("Compare machines"),
            tr("Run this scenario on: kernel names (2.6.36,6.18) or variants separated by | (cpus=1|cpus=4)"),
            QLineEdit::Normal, QStringLiteral("cpus=1|cpus=4"), &ok);
        if (!ok)
            return;
        std::string why;
        auto variants = compare::parseMachineList(machines.toStdString(), &why);
        if (!variants || variants->size() < 2) {
            QMessageBox::warning(this, tr("Compare machines"),
                                 variants ? tr("Give two machines or more.") : QString::fromStdString(why));
            return;
        }
        auto* window = new CompareWindow(this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(1400, 860);
        window->show();
        window->compare(m_session->scenarioText(), m_session->scenarioName(), std::move(*variants));
    });
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    for (const QString& format : {QStringLiteral("png"), QStringLiteral("svg")}) {
        QAction* whole = exportMenu->addAction(
            QString(), this, [this, format]() { exportInteractive(QStringLiteral("window"), format); });
        setComposedText(whole, [format]() { return tr("Whole window as %1…").arg(format.toUpper()); });
    }
    exportMenu->addSeparator();
    // Text panels are left out (PanelInfo::exportsAlone): the kernel text saves itself as .txt
    // ("Save as…"), which says more than a picture.
    for (const panels::PanelInfo& info : panels::kPanels) {
        if (!info.exportsAlone)
            continue;
        for (const QString& format : {QStringLiteral("png"), QStringLiteral("svg")}) {
            const QString id = QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size()));
            QAction* one = exportMenu->addAction(QString(), this,
                                                 [this, id, format]() { exportInteractive(id, format); });
            setComposedText(one, [panel = info.id, format]() {
                return tr("%1 as %2…").arg(panelTitle(panel), format.toUpper());
            });
        }
    }
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Machine state as JSON…"), this, &MainWindow::exportStateInteractive);
    exportMenu->addAction(tr("Steps A..B as numbered PNGs…"), this, &MainWindow::exportSeriesInteractive);
    // The handout runs the scenario again on a worker (the window's machine stays where it is),
    // then paints the pages here: the views are widgets and belong to this thread.
    exportMenu->addAction(tr("Handout (PDF)…"), this, [this]() {
        const QString text = m_session->scenarioText();
        const QString name = m_session->scenarioName();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export handout"), QFileInfo(name).completeBaseName() + QStringLiteral(".pdf"),
            tr("PDF (*.pdf)"));
        if (path.isEmpty() || text.isEmpty())
            return;
        m_status->setText(tr("Writing the handout…"));
        auto* watcher = new QFutureWatcher<std::shared_ptr<scenario::RunResult>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, text, name, path]() {
            watcher->deleteLater();
            const auto result = watcher->result();
            if (!result || !result->machine) {
                m_status->setText(tr("Could not write %1").arg(path));
                return;
            }
            const scenario::ScenarioHeader header = scenario::readScenarioHeader(text.toStdString());
            const QString title = header.title.empty() ? name : lessonText(header.title);
            const bool ok =
                writeHandoutPdf(path, title, lessonText(header.about), *result->machine,
                                handoutChapters(*result->machine, text.toStdString(), name.toStdString()));
            m_status->setText(ok ? tr("Wrote %1").arg(path) : tr("Could not write %1").arg(path));
        });
        watcher->setFuture(QtConcurrent::run([text, name]() {
            return std::make_shared<scenario::RunResult>(
                scenario::runScenarioText(text.toStdString(), name.toStdString()));
        }));
    });
    // Esc stops a step-series export after the image being written.
    auto* cancelSeries = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancelSeries, &QShortcut::activated, this, [this]() {
        if (m_series.active)
            m_series.last = m_series.next - 1;
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actPin);
    view->addSeparator();
    m_timeline->addAction(m_actPin); // the timeline's context menu offers it too
    m_timeline->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_actPresentation);
    view->addAction(m_actLecture);
    view->addAction(m_actDark);
    view->addAction(m_actColourBlind);
    QMenu* animation = view->addMenu(tr("Step &animation"));
    auto* animationGroup = new QActionGroup(this);
    for (const auto& [ms, label] : {std::pair{0, tr("Off")}, std::pair{120, tr("Quick (120 ms)")},
                                    std::pair{StepAnimator::kDefaultDurationMs, tr("Normal (200 ms)")},
                                    std::pair{StepAnimator::kMaxDurationMs, tr("Slow (300 ms)")}}) {
        QAction* a = animation->addAction(label);
        a->setCheckable(true);
        a->setData(ms);
        a->setChecked(ms == m_animator->durationMs());
        animationGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, ms = ms]() { setAnimationDuration(ms); });
        m_animationActions.push_back(a);
    }
    animation->addSeparator();
    animation->addAction(tr("Animations stay off while playing faster than about 12 steps/s"))
        ->setEnabled(false);
    m_actLens = view->addAction(tr("&Magnify the step's frames"));
    m_actLens->setCheckable(true);
    m_actLens->setChecked(m_phys->lensEnabled());
    m_actLens->setToolTip(
        tr("While frames are too small to read, show the frames the step works on in a magnifier"));
    connect(m_actLens, &QAction::toggled, m_phys, &PhysicalMemoryView::setLensEnabled);
    addLanguageMenu(view);
    view->addSeparator();
    for (const Panel& p : m_panels) {
        if (p.dock)
            view->addAction(p.dock->toggleViewAction());
    }

    QMenu* play = menuBar()->addMenu(tr("&Playback"));
    play->addActions({m_actPlay, m_actStepInto, m_actStepOver, m_actStepOut, m_actStepBack, m_actHome,
                      m_actEnd, m_actContinue});
    play->addSeparator();
    // Predict-then-reveal: a dock that stops before each quiz step and keeps the score.
    play->addAction(tr("&Quiz mode…"), this, [this]() {
        auto* dock = findChild<QDockWidget*>(QStringLiteral("quizDock"));
        if (!dock) {
            dock = new QDockWidget(tr("Quiz"), this);
            dock->setObjectName(QStringLiteral("quizDock"));
            dock->setWidget(new QuizPanel(*m_session, dock));
            addDockWidget(Qt::RightDockWidgetArea, dock);
        }
        dock->show();
        dock->raise();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    addHelpActions(help);
    help->addSeparator();
    help->addAction(tr("&About vmviz"), this, [this]() {
        QMessageBox::about(
            this, tr("About vmviz"),
            tr("<b>vmviz</b> shows Linux 2.6.36 vmalloc() and vfree() step by step on a model of an "
               "x86-64 machine.<br><br>Keys: → step into, ↓ step over, ↑ step out, ← back, Space "
               "play/pause, Home/End, F8 continue to a breakpoint, F5 presentation mode, F7 Lecture or "
               "Explore layout, F6 / Shift+F6 next / previous panel, Ctrl+P compare with this step."));
    });
}

// Help: the glossary, the keyboard cheat-sheet (from the actions above, so it never drifts), the
// tour (shown once on a first run, never for screenshots or tests) and the kernel tree the source
// view reads real files from.
void MainWindow::addHelpActions(QMenu* help)
{
    help->addAction(tr("&Glossary…"), this, [this]() {
        auto* glossary = findChild<GlossaryWindow*>();
        if (!glossary)
            glossary = new GlossaryWindow(this);
        glossary->show();
        glossary->raise();
    });
    auto* keys = new QAction(tr("&Keyboard shortcuts…"), this);
    keys->setShortcut(QKeySequence(QStringLiteral("?")));
    connect(keys, &QAction::triggered, this, [this]() {
        ShortcutSheet sheet(*this, this);
        sheet.exec();
    });
    addAction(keys);
    help->addAction(keys);
    help->addAction(tr("&Tour…"), this, [this]() {
        TourDialog tour(this);
        tour.exec();
    });
    help->addAction(tr("Kernel source &tree…"), this, [this]() {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("A Linux kernel tree (e.g. a v2.6.36 checkout)"), m_callStack->kernelSourceDir());
        if (dir.isEmpty())
            return;
        m_callStack->setKernelSourceDir(dir);
        QSettings().setValue(QStringLiteral("source/kernelTree"), dir);
    });
    if (!m_options.restoreSettings)
        return;
    const QString tree = QSettings().value(QStringLiteral("source/kernelTree")).toString();
    if (!tree.isEmpty() && m_callStack->kernelSourceDir().isEmpty())
        m_callStack->setKernelSourceDir(tree);
    if (!QSettings().value(TourDialog::seenKey()).toBool()) {
        QTimer::singleShot(0, this, [this]() {
            QSettings().setValue(TourDialog::seenKey(), true);
            auto* tour = new TourDialog(this);
            tour->setAttribute(Qt::WA_DeleteOnClose);
            tour->open();
        });
    }
}

} // namespace vmviz::ui
