// SPDX-License-Identifier: GPL-2.0-only
// vmviz: the classroom window. Parses the command line, falls back to the headless walkthrough
// when there is no display, and otherwise hands everything to ui::MainWindow.
#include "ImportWindow.h"
#include "MainWindow.h"

#include "animation/StepAnimator.h"
#include "compare/CompareWindow.h"
#include "controller/Playback.h"
#include "controller/SelectionController.h"
#include "controller/SessionController.h"
#include "style/Typography.h"

#include "export/Exports.h"
#include "export/HandoutPdf.h"
#include "i18n/CoreText.h"
#include "i18n/Language.h"
#include "i18n/LessonText.h"
#include "panels/PanelTable.h"
#include "quiz/Quiz.h"
#include "scenario/Lesson.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioRunner.h"
#include "scenario/Session.h"
#include "views/CallStackPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

using namespace vmviz;

namespace {

bool hasDisplay()
{
    const auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v;
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("QT_QPA_PLATFORM");
}

/// `vmviz-cli trace seed`: the seed walkthrough's trace on stdout.
int headlessWalkthrough()
{
    const scenario::CatalogueEntry* seed = scenario::findInCatalogue("seed");
    if (!seed) {
        std::cerr << "vmviz: the seed walkthrough is missing from this build\n";
        return 1;
    }
    const auto result = scenario::runScenarioText(seed->text, seed->fileName());
    if (!result.machine) {
        std::cerr << result.error << '\n';
        return 1;
    }
    std::cout << exports::traceText(*result.machine, 1, result.machine->stepCount());
    return 0;
}

/// `vmviz-cli quiz … -o X.pdf` and `vmviz-cli handout`: the PDF, written with no window.
int writePdf(const std::string& nameOrPath, const QCommandLineParser& parser,
             const QCommandLineOption& quizOpt, const QCommandLineOption& handoutOpt,
             const QCommandLineOption& seedOpt, const QCommandLineOption& countOpt,
             const QCommandLineOption& answersOpt)
{
    const scenario::ScenarioSourceLoad opened = scenario::openScenarioSource(nameOrPath);
    if (!opened.source) {
        std::cerr << "vmviz: " << opened.error << '\n';
        return 2;
    }
    auto result = scenario::runScenarioText(opened.source->text, opened.source->fileName);
    if (!result.machine) {
        std::cerr << result.error << '\n';
        return 2;
    }
    const scenario::ScenarioHeader header = scenario::readScenarioHeader(opened.source->text);
    const QString title =
        header.title.empty() ? QString::fromStdString(opened.source->fileName) : ui::lessonText(header.title);
    bool ok = false;
    if (parser.isSet(quizOpt)) {
        const std::uint64_t seed = parser.value(seedOpt).toULongLong();
        const std::uint64_t count = parser.isSet(countOpt) ? parser.value(countOpt).toULongLong() : 5;
        const auto questions = quiz::makeQuiz(*result.machine, {seed, count, &ui::coreTextTranslator()});
        ok = ui::writeQuizPdf(parser.value(quizOpt), title, seed, questions, parser.isSet(answersOpt));
    } else {
        ok = ui::writeHandoutPdf(
            parser.value(handoutOpt), title, ui::lessonText(header.about), *result.machine,
            ui::handoutChapters(*result.machine, opened.source->text, opened.source->fileName));
    }
    if (!ok) {
        std::cerr << "vmviz: could not write "
                  << (parser.isSet(quizOpt) ? parser.value(quizOpt) : parser.value(handoutOpt)).toStdString()
                  << '\n';
        return 1;
    }
    return 0;
}

/// `vmviz --compare MACHINES`: the scenario on every machine, side by side, in the compare window.
int compareMain(const QString& machines, const std::string& nameOrPath, const QString& lineText,
                const QString& screenshot, const QSize& size, bool dark)
{
    std::string why;
    auto variants = compare::parseMachineList(machines.toStdString(), &why);
    if (!variants || variants->size() < 2) {
        std::cerr << "vmviz: --compare " << machines.toStdString() << ": "
                  << (variants ? std::string("needs two machines or more (2.6.36,6.18 or cpus=1|cpus=4)")
                               : why)
                  << '\n';
        return 2;
    }
    std::optional<std::size_t> line;
    if (!lineText.isEmpty()) {
        bool ok = false;
        const qulonglong n = lineText.toULongLong(&ok);
        if (!ok || n == 0) {
            std::cerr << "vmviz: --at " << lineText.toStdString()
                      << ": with --compare, the scenario line to show, from 1 (the first operation)\n";
            return 2;
        }
        line = static_cast<std::size_t>(n - 1);
    }
    const scenario::ScenarioSourceLoad opened = scenario::openScenarioSource(nameOrPath);
    if (!opened.source) {
        std::cerr << "vmviz: " << opened.error << '\n';
        return 2;
    }
    ui::CompareWindow window;
    window.resize(size.isValid() ? size : QSize(1400, 860));
    if (dark)
        window.setViewPalette(ui::ViewPalette::make(ui::Theme::Dark, ui::Scheme::Standard));
    const QString fileName = QFileInfo(QFile::decodeName(opened.source->fileName.c_str())).fileName();
    if (!screenshot.isEmpty()) {
        window.screenshotWhenReady(screenshot);
        QObject::connect(
            &window, &ui::CompareWindow::screenshotDone, [fileName](bool ok, const QString& problem) {
                // The scenario's errors come as "FILE:LINE: …" lines, printed as they are (as the main window
                // does).
                if (!ok)
                    std::cerr << (problem.startsWith(fileName + QLatin1Char(':')) ? "" : "vmviz: ")
                              << problem.toStdString() << '\n';
                QApplication::exit(ok ? 0 : (problem.startsWith(QStringLiteral("could not write")) ? 1 : 2));
            });
    }
    window.show();
    window.compare(QString::fromStdString(opened.source->text),
                   QFileInfo(QFile::decodeName(opened.source->fileName.c_str())).fileName(),
                   std::move(*variants), line);
    return QApplication::exec();
}

/// `--import FILE`: the ribbon of a real kernel's vmalloc range; a screenshot when `shot` is set.
int showImport(const QString& path, const QString& shot, const QString& size, bool dark)
{
    const std::string file = QFile::encodeName(path).toStdString();
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "vmviz: " << file << ": cannot open\n";
        return 2;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const import::VmallocInfo info = import::importVmallocInfo(text, file);
    for (const import::ImportWarning& w : info.warnings)
        std::cerr << file << ":" << w.line << ": " << w.message << '\n';
    if (info.areas.empty()) {
        std::cerr << "vmviz: " << file << ": no /proc/vmallocinfo line in it\n";
        return 1;
    }
    ui::ImportWindow window(
        info, ui::ViewPalette::make(dark ? ui::Theme::Dark : ui::Theme::Light, ui::Scheme::Standard));
    const QStringList wh = size.split(QLatin1Char('x'));
    if (wh.size() == 2 && wh[0].toInt() >= 320 && wh[1].toInt() >= 240)
        window.resize(wh[0].toInt(), wh[1].toInt());
    window.show();
    if (shot.isEmpty())
        return QApplication::exec();
    QApplication::processEvents();
    if (!window.grab().save(shot)) {
        std::cerr << "vmviz: cannot write " << shot.toStdString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    bool screenshot = false;
    bool helpOrVersion = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        screenshot = screenshot || arg == "--screenshot" || arg == "--quiz-pdf" || arg == "--handout-pdf";
        helpOrVersion = helpOrVersion || arg == "--help" || arg == "-h" || arg == "-?" ||
                        arg == "--help-all" || arg == "--version" || arg == "-v";
    }
    // QGuiApplication takes "-session ID" / "--session ID" out of argv for X11 session management
    // before our parser sees it, so the session file is picked out here, before QApplication.
    std::optional<std::string> sessionFile;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if ((arg == "--session" || arg == "-session") && i + 1 < argc) {
            sessionFile = argv[i + 1];
            std::copy(argv + i + 2, argv + argc, argv + i);
            argc -= 2;
            argv[argc] = nullptr;
            --i;
        } else if (arg.starts_with("--session=")) {
            sessionFile = std::string(arg.substr(10));
            std::copy(argv + i + 1, argv + argc, argv + i);
            argc -= 1;
            argv[argc] = nullptr;
            --i;
        }
    }
    if (!hasDisplay()) {
        // --help and --version answer what was asked, display or not.
        if (!screenshot && !helpOrVersion) {
            std::cerr
                << "vmviz: no display (DISPLAY and WAYLAND_DISPLAY are unset, QT_QPA_PLATFORM is not set); "
                   "running the headless walkthrough instead (vmviz-cli trace seed)\n";
            return headlessWalkthrough();
        }
        // A screenshot, the help and the version need no screen.
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vmviz"));
    QApplication::setOrganizationName(QStringLiteral("vmviz"));
    QApplication::setApplicationVersion(QStringLiteral(VMVIZ_VERSION));
    QApplication::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Linux 2.6.36 vmalloc()/vfree() step by step on a model x86-64 machine"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"),
                                         QStringLiteral("Scenario file or built-in name."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption lessonOpt(
        QStringLiteral("lesson"),
        QStringLiteral("A lesson (vmviz-cli list shows them), opened at its first chapter."),
        QStringLiteral("NAME"));
    const QCommandLineOption atOpt(QStringLiteral("at"),
                                   QStringLiteral("Step to show (default: 0, or the end for screenshots)."),
                                   QStringLiteral("STEP"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QStringLiteral("Write a PNG or SVG and exit."), QStringLiteral("OUT"));
    const QCommandLineOption panelOpt(
        QStringLiteral("panel"),
        QStringLiteral("With --screenshot: one panel instead of the window: %1.")
            .arg(QString::fromStdString(panels::renderableNameList())),
        QStringLiteral("NAME"),
        QString::fromUtf8(panels::kWholeWindow.data(), static_cast<qsizetype>(panels::kWholeWindow.size())));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Window size, e.g. 1600x1000."),
                                     QStringLiteral("WxH"));
    const QCommandLineOption darkOpt(QStringLiteral("dark"), QStringLiteral("Dark theme."));
    const QCommandLineOption cbOpt(QStringLiteral("colour-blind-safe"),
                                   QStringLiteral("High-contrast colour-blind-safe palette."));
    const QCommandLineOption presentOpt(
        QStringLiteral("presentation"),
        QStringLiteral("Presentation mode: every text and cell larger, the Lecture layout, 2 steps/s."));
    const QCommandLineOption presentScaleOpt(
        QStringLiteral("presentation-scale"),
        QStringLiteral(
            "Presentation mode with text and cells F times their size, F from %1 to %2 (default %3).")
            .arg(ui::typography::kMinPresentationScale)
            .arg(ui::typography::kMaxPresentationScale)
            .arg(ui::typography::kDefaultPresentationScale),
        QStringLiteral("F"));
    const QCommandLineOption layoutOpt(
        QStringLiteral("layout"),
        QStringLiteral("lecture (the narration and the step's panels, large) or explore (every panel)."),
        QStringLiteral("NAME"));
    const QCommandLineOption selectOpt(QStringLiteral("select"),
                                       QStringLiteral("Select the area containing ADDRESS."),
                                       QStringLiteral("ADDRESS"));
    const QCommandLineOption sessionOpt(
        QStringLiteral("session"),
        QStringLiteral("Open a session file (.vmvizsession): its scenario, step and "
                       "breakpoints. Replaces --scenario and --at."),
        QStringLiteral("FILE"));
    const QCommandLineOption animationMsOpt(
        QStringLiteral("animation-ms"), QStringLiteral("Step animation length in ms, 0 to 300 (0 = off)."),
        QStringLiteral("MS"));
    const QCommandLineOption motionOpt(
        QStringLiteral("animation-progress"),
        QStringLiteral("With --screenshot: show step --at happening, frozen at P "
                       "(0 = before it, 1 = after it)."),
        QStringLiteral("P"));
    // The PDFs vmviz-cli hands over (quiz -o X.pdf, handout): written headless, then exit.
    const QCommandLineOption quizPdfOpt(QStringLiteral("quiz-pdf"),
                                        QStringLiteral("Write a quiz sheet PDF and exit."),
                                        QStringLiteral("OUT"));
    const QCommandLineOption quizSeedOpt(QStringLiteral("quiz-seed"),
                                         QStringLiteral("With --quiz-pdf: the seed."), QStringLiteral("N"),
                                         QStringLiteral("1"));
    const QCommandLineOption quizCountOpt(QStringLiteral("quiz-count"),
                                          QStringLiteral("With --quiz-pdf: the number of questions."),
                                          QStringLiteral("K"));
    const QCommandLineOption quizAnswersOpt(QStringLiteral("quiz-answers"),
                                            QStringLiteral("With --quiz-pdf: add the answers."));
    const QCommandLineOption handoutPdfOpt(QStringLiteral("handout-pdf"),
                                           QStringLiteral("Write a handout PDF of the scenario and exit."),
                                           QStringLiteral("OUT"));
    const QCommandLineOption kernelSourceOpt(
        QStringLiteral("kernel-source"),
        QStringLiteral(
            "A local kernel tree (e.g. a v2.6.36 checkout): the source view shows its real files."),
        QStringLiteral("DIR"));
    const QCommandLineOption compareOpt(
        QStringLiteral("compare"),
        QStringLiteral("Run the scenario on several machines side by side: kernel names (2.6.36,6.18) or "
                       "variants separated by | ('cpus=1|cpus=4'). --at is then the scenario line to show "
                       "(1 = the first; default: the first line where they differ)."),
        QStringLiteral("MACHINES"));
    const QCommandLineOption levelOpt(QStringLiteral("level"),
                                      QStringLiteral("Detail level: overview, standard or full (default)."),
                                      QStringLiteral("LEVEL"));
    const QCommandLineOption importOpt(
        QStringLiteral("import"),
        QStringLiteral("Open a /proc/vmallocinfo saved from a real machine: its vmalloc range as a ribbon."),
        QStringLiteral("FILE"));
    const QCommandLineOption languageOpt(
        QStringLiteral("language"),
        QStringLiteral("Language of the window: en, zh_CN or system (default: View > Language, else the "
                       "system locale)."),
        QStringLiteral("LANG"));
    parser.addOption(languageOpt);
    parser.addOptions({scenarioOpt,     lessonOpt,   atOpt,        shotOpt,        panelOpt,
                       sizeOpt,         darkOpt,     cbOpt,        presentOpt,     presentScaleOpt,
                       layoutOpt,       selectOpt,   sessionOpt,   animationMsOpt, motionOpt,
                       quizPdfOpt,      quizSeedOpt, quizCountOpt, quizAnswersOpt, handoutPdfOpt,
                       kernelSourceOpt, compareOpt,  levelOpt,     importOpt});
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QStringLiteral("A scenario (.vmviz) or a session (.vmvizsession) to open, as a file manager does."),
        QStringLiteral("[FILE]"));
    parser.process(app);
    const QString languageChoice =
        parser.isSet(languageOpt) ? parser.value(languageOpt) : ui::savedLanguage();
    if (languageChoice != QLatin1String(ui::kSystemLanguage) &&
        !ui::availableLanguages().contains(languageChoice)) {
        std::cerr << "vmviz: unknown language '" << languageChoice.toStdString()
                  << "' (known: " << ui::availableLanguages().join(QStringLiteral(", ")).toStdString()
                  << ", system)\n";
        return 2;
    }
    ui::installLanguage(app, ui::resolveLanguage(languageChoice));
    // `vmviz FILE` (the desktop file's Exec line): a session by its extension, anything else as
    // a scenario, so opening either kind from a file manager starts vmviz on it.
    QString fileArg = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() > 1 ||
        (!fileArg.isEmpty() && (parser.isSet(scenarioOpt) || parser.isSet(lessonOpt) || sessionFile))) {
        std::cerr << "vmviz: give one FILE, --scenario, --lesson or --session to open\n";
        return 2;
    }
    if (fileArg.endsWith(QStringLiteral(".vmvizsession"))) {
        sessionFile = QFile::encodeName(fileArg).toStdString();
        fileArg.clear();
    }
    if (parser.isSet(importOpt))
        return showImport(parser.value(importOpt), parser.isSet(shotOpt) ? parser.value(shotOpt) : QString(),
                          parser.value(sizeOpt), parser.isSet(darkOpt));
    if (parser.isSet(quizPdfOpt) || parser.isSet(handoutPdfOpt))
        return writePdf(
            QFile::encodeName(parser.isSet(scenarioOpt) ? parser.value(scenarioOpt) : QStringLiteral("seed"))
                .toStdString(),
            parser, quizPdfOpt, handoutPdfOpt, quizSeedOpt, quizCountOpt, quizAnswersOpt);
    if (parser.isSet(compareOpt)) {
        QSize size;
        if (parser.isSet(sizeOpt)) {
            const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
            size = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
            if (size.width() < 320 || size.height() < 320 || size.width() > 8192 || size.height() > 8192) {
                std::cerr << "vmviz: --size " << parser.value(sizeOpt).toStdString()
                          << ": needs WIDTHxHEIGHT, each from 320 to 8192 pixels (e.g. 1280x720)\n";
                return 2;
            }
        }
        const QString what = parser.isSet(lessonOpt)     ? parser.value(lessonOpt)
                             : parser.isSet(scenarioOpt) ? parser.value(scenarioOpt)
                                                         : QStringLiteral("seed");
        return compareMain(parser.value(compareOpt), QFile::encodeName(what).toStdString(),
                           parser.value(atOpt), parser.value(shotOpt), size, parser.isSet(darkOpt));
    }
    const std::string panelName = parser.value(panelOpt).toStdString();
    if (!panels::isRenderableName(panelName)) {
        std::cerr << "vmviz: " << panels::unknownPanelMessage(panelName) << '\n';
        return 2;
    }

    ui::MainWindow::Options options;
    options.restoreSettings = !parser.isSet(shotOpt);
    ui::MainWindow window(options);
    if (parser.isSet(kernelSourceOpt)) {
        const QString dir = parser.value(kernelSourceOpt);
        if (!QFileInfo(dir).isDir()) {
            std::cerr << "vmviz: --kernel-source " << dir.toStdString() << ": not a directory\n";
            return 2;
        }
        window.callStackPanel()->setKernelSourceDir(dir);
    }
    if (parser.isSet(sizeOpt)) {
        // Bounded so that a typo cannot ask for a 100 000-pixel window (and its framebuffer).
        constexpr int kMinSide = 320;
        constexpr int kMaxSide = 8192;
        const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
        bool okW = false;
        bool okH = false;
        const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
        const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
        if (!okW || !okH || w < kMinSide || h < kMinSide || w > kMaxSide || h > kMaxSide) {
            std::cerr << "vmviz: --size " << parser.value(sizeOpt).toStdString()
                      << ": needs WIDTHxHEIGHT, each from " << kMinSide << " to " << kMaxSide
                      << " pixels (e.g. 1280x720)\n";
            return 2;
        }
        window.resize(w, h);
    }
    if (parser.isSet(levelOpt)) {
        const auto level = detailLevelByName(parser.value(levelOpt).toStdString());
        if (!level) {
            std::cerr << "vmviz: --level " << parser.value(levelOpt).toStdString()
                      << ": one of overview, standard, full\n";
            return 2;
        }
        window.playback().setDetailLevel(*level);
    }
    if (parser.isSet(darkOpt) || parser.isSet(cbOpt))
        window.setTheme(parser.isSet(darkOpt) ? ui::Theme::Dark : ui::Theme::Light,
                        parser.isSet(cbOpt) ? ui::Scheme::ColourBlindSafe : ui::Scheme::Standard);
    if (parser.isSet(animationMsOpt)) {
        bool ok = false;
        const int ms = parser.value(animationMsOpt).toInt(&ok);
        if (!ok || ms < 0 || ms > ui::StepAnimator::kMaxDurationMs) {
            std::cerr << "vmviz: --animation-ms needs a number of milliseconds from 0 to "
                      << ui::StepAnimator::kMaxDurationMs << '\n';
            return 2;
        }
        window.setAnimationDuration(ms);
    }
    std::optional<double> motion;
    if (parser.isSet(motionOpt)) {
        bool ok = false;
        const double p = parser.value(motionOpt).toDouble(&ok);
        if (!ok || !std::isfinite(p) || p < 0 || p > 1 || !parser.isSet(shotOpt)) {
            std::cerr << "vmviz: --animation-progress needs --screenshot and a number from 0 to 1\n";
            return 2;
        }
        // Panel exports paint the state (a step series must not catch a step half-done); motion
        // is drawn over the live window only.
        if (panelName != panels::kWholeWindow) {
            std::cerr << "vmviz: --animation-progress draws the whole window; leave out --panel\n";
            return 2;
        }
        motion = p;
    }
    std::optional<ui::MainWindow::LayoutPreset> preset;
    if (parser.isSet(layoutOpt)) {
        const QString layout = parser.value(layoutOpt);
        if (layout == QLatin1String("lecture"))
            preset = ui::MainWindow::LayoutPreset::Lecture;
        else if (layout == QLatin1String("explore"))
            preset = ui::MainWindow::LayoutPreset::Explore;
        else {
            std::cerr << "vmviz: --layout " << layout.toStdString() << ": one of lecture, explore\n";
            return 2;
        }
    }
    if (parser.isSet(presentScaleOpt)) {
        bool ok = false;
        const double factor = parser.value(presentScaleOpt).toDouble(&ok);
        if (!ok || !(factor >= ui::typography::kMinPresentationScale &&
                     factor <= ui::typography::kMaxPresentationScale)) {
            std::cerr << "vmviz: --presentation-scale needs a factor from "
                      << ui::typography::kMinPresentationScale << " to "
                      << ui::typography::kMaxPresentationScale << '\n';
            return 2;
        }
        window.setPresentationScale(factor);
    }
    window.show();
    if (parser.isSet(presentOpt) || parser.isSet(presentScaleOpt))
        window.setPresentationMode(true);
    if (preset)
        window.setLayoutPreset(*preset);

    if (sessionFile && !parser.isSet(shotOpt)) {
        const QString error = window.openSessionFile(QString::fromStdString(*sessionFile));
        if (!error.isEmpty()) {
            std::cerr << "vmviz: " << error.toStdString() << '\n';
            QMessageBox::critical(&window, QStringLiteral("vmviz"), error);
            return 2;
        }
        return QApplication::exec();
    }

    if (parser.isSet(lessonOpt) && parser.isSet(scenarioOpt)) {
        std::cerr << "vmviz: --lesson and --scenario both name what to open; give one\n";
        return 2;
    }
    const QString nameOrPath = parser.isSet(lessonOpt)     ? parser.value(lessonOpt)
                               : parser.isSet(scenarioOpt) ? parser.value(scenarioOpt)
                               : !fileArg.isEmpty()        ? fileArg
                                                           : QStringLiteral("seed");
    const scenario::ScenarioSourceLoad opened =
        scenario::openScenarioSource(QFile::encodeName(nameOrPath).toStdString());
    if (!opened.source) {
        std::cerr << "vmviz: " << opened.error << '\n';
        return 2;
    }
    QString text = QString::fromStdString(opened.source->text);
    QString name = QFileInfo(QFile::decodeName(opened.source->fileName.c_str())).fileName();
    std::uint64_t at = parser.isSet(shotOpt) ? ui::SessionController::kEnd : 0;
    if (opened.source->position)
        at = *opened.source->position; // a session file given as the scenario opens at its step
    else if (parser.isSet(lessonOpt))
        at = scenario::lessonStartStep(opened.source->text, opened.source->fileName);
    if (parser.isSet(atOpt)) {
        bool ok = false;
        const QString atText = parser.value(atOpt);
        const bool digitsOnly = !atText.isEmpty() && std::all_of(atText.begin(), atText.end(),
                                                                 [](QChar c) { return c.isDigit(); });
        at = digitsOnly ? atText.toULongLong(&ok) : 0;
        if (!ok) {
            std::cerr << "vmviz: --at " << atText.toStdString()
                      << ": a step number is a plain decimal integer (0 is the booted machine)\n";
            return 2;
        }
    }

    if (parser.isSet(selectOpt)) {
        const QString address = parser.value(selectOpt);
        QObject::connect(&window.session(), &ui::SessionController::runFinished, &window,
                         [&window, address]() {
                             bool ok = false;
                             const std::uint64_t vaddr = address.startsWith(QStringLiteral("0x"))
                                                             ? address.mid(2).toULongLong(&ok, 16)
                                                             : address.toULongLong(&ok, 0);
                             if (ok)
                                 window.selection().selectAddress(vaddr);
                         });
    }

    if (sessionFile) { // with --screenshot: the session's scenario at its step
        // One loader for both front-ends: the same checks, the same FILE:LINE errors as vmviz-cli.
        const scenario::ScenarioSourceLoad session = scenario::openScenarioSource(*sessionFile);
        if (!session.source) {
            std::cerr << "vmviz: " << session.error << '\n';
            return 2;
        }
        std::ifstream in(*sessionFile, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto load = scenario::loadSession(bytes);
        if (!load.session) {
            std::cerr << "vmviz: " << *sessionFile << ": not a session file\n";
            return 2;
        }
        text = QString::fromStdString(session.source->text);
        name = QString::fromStdString(session.source->fileName);
        at = session.source->position.value_or(0);
        window.playback().setBreakpoints(load.session->breakpoints); // the timeline marks them
    }

    if (parser.isSet(shotOpt)) {
        const QString out = parser.value(shotOpt);
        QObject::connect(&window, &ui::MainWindow::screenshotDone, &app, [](bool ok, const QString& problem) {
            if (ok) {
                QApplication::exit(0);
                return;
            }
            // The scenario's errors come as "FILE:LINE: …" lines and are printed as they are; the
            // window's own problems (the file, a step past the end) get the program's name.
            const bool cannotWrite = problem.startsWith(QStringLiteral("could not write"));
            const bool ownProblem = cannotWrite || problem.startsWith(QStringLiteral("--at"));
            std::cerr << (ownProblem ? "vmviz: " : "") << problem.toStdString() << '\n';
            QApplication::exit(cannotWrite ? 1 : 2);
        });
        window.screenshotWhenReady(text, name, at, out, parser.value(panelOpt), motion);
        return QApplication::exec();
    }
    window.loadScenario(text, name, at);
    return QApplication::exec();
}
