// SPDX-License-Identifier: GPL-2.0-only
// The "Kernel text" panel shows what the kernel would print at the current step (dmesg, the /proc
// and debugfs files), exactly as the core renders them for the live machine, from the snapshot it
// was given; highlights the dmesg lines the step printed; and nothing is rendered for it while it
// cannot be seen.
#include "TestSupport.h"

#include "MainWindow.h"
#include "controller/SessionController.h"
#include "views/KernelTextPanel.h"

#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>

#include <algorithm>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

/// vfree of a page-aligned address no area starts at: __vunmap WARNs (mm/vmalloc.c:1380).
const QString kWarn = QStringLiteral("config ram=128M\na = vmalloc 100\nvfree 0xffffc90000003000\n");
/// Three such WARNs: a log longer than a small panel.
const QString kThreeWarns = QStringLiteral("config ram=128M\na = vmalloc 100\nvfree 0xffffc90000003000\n"
                                           "vfree 0xffffc90000004000\nvfree 0xffffc90000005000\n");
/// A leak the kmemleak thread reports at its first scan, 60 s after boot.
const QString kLeak = QStringLiteral("a = vmalloc 4K\nleak a\nsleep 61s\n");

/// A panel on its own, fed by a controller the way MainWindow feeds it; `renders` counts the
/// kernel files the controller rendered into snapshots for it.
struct PanelRig
{
    PanelRig()
    {
        QObject::connect(&session, &SessionController::snapshotChanged, &panel,
                         &KernelTextPanel::setSnapshot);
        QObject::connect(&panel, &KernelTextPanel::formatWanted, &session,
                         &SessionController::setKernelTextFormat);
        QObject::connect(&session, &SessionController::kernelTextAdded, &panel,
                         &KernelTextPanel::setSnapshot);
        panel.resize(600, 300);
    }

    SessionController session;
    KernelTextPanel panel;
    int renders() const { return session.kernelTextRenderCount(); }
};

/// The first step at which `function` has returned.
std::uint64_t returnOf(const SessionController& session, Fn function)
{
    const auto index = session.runIndex();
    for (std::uint64_t s = 1; s <= index->stepCount(); ++s) {
        if (index->kind(StepIndex{s}) == StepKind::Return && index->function(StepIndex{s}) == function)
            return s;
    }
    return 0;
}

QStringList highlightedLines(const KernelTextPanel& panel)
{
    QStringList out;
    const auto* editor = panel.findChild<QPlainTextEdit*>();
    for (int line = panel.firstNewLine(); line >= 0 && line < panel.firstNewLine() + panel.newLineCount();
         ++line)
        out << editor->document()->findBlockByNumber(line).text();
    return out;
}

TEST(KernelTextPanel, DmesgShowsTheWarnAtTheEndButNotAtTheStart)
{
    PanelRig rig;
    rig.panel.show();
    ASSERT_TRUE(test::runAndWait(rig.session, kWarn, SessionController::kEnd));
    // The default: the log is what a teacher shows first.
    EXPECT_EQ(rig.panel.format(), QStringLiteral("dmesg"));
    EXPECT_TRUE(rig.panel.text().contains(QStringLiteral("WARNING: at mm/vmalloc.c:1380")));
    EXPECT_TRUE(rig.panel.text().contains(
        QStringLiteral("Trying to vfree() nonexistent vm area (ffffc90000003000)")));
    EXPECT_EQ(rig.panel.text(), rig.session.kernelText(QStringLiteral("dmesg")));

    rig.session.seek(0);
    EXPECT_FALSE(rig.panel.text().contains(QStringLiteral("WARNING:")));
    EXPECT_EQ(rig.panel.text(), rig.session.kernelText(QStringLiteral("dmesg")));
}

struct FileCase
{
    const char* name;
    QString scenario;
    Fn after; ///< shown at the step this function returns; Fn::Caller = the end of the run
    QString format;
    QString expected;     ///< a line of the text starts with this
    QString alsoContains; ///< … and contains this
};

TEST(KernelTextPanel, EachFileIsWhatKernelTextRenders)
{
    const std::vector<FileCase> cases = {
        {"vmallocinfo", test::kSeed, Fn::vmalloc, QStringLiteral("vmallocinfo"),
         QStringLiteral("0xffffc90000000000-0xffffc90000002000"), QStringLiteral(" vmalloc")},
        {"vmallocinfo after vfree", test::kSeed, Fn::Caller, QStringLiteral("vmallocinfo"), QString(),
         QString()},
        {"ptdump", test::kSeed, Fn::vmalloc, QStringLiteral("ptdump"),
         QStringLiteral("0xffffc90000000000-0xffffc90000001000"), QStringLiteral("RW")},
        {"meminfo", test::kSeed, Fn::vmalloc, QStringLiteral("meminfo"), QStringLiteral("VmallocUsed:"),
         QStringLiteral(" 8 kB")},
        {"buddyinfo", test::kSeed, Fn::vmalloc, QStringLiteral("buddyinfo"),
         QStringLiteral("Node 0, zone    DMA32"), QStringLiteral("Node 0")},
        {"kmemleak", kLeak, Fn::Caller, QStringLiteral("kmemleak"),
         QStringLiteral("unreferenced object 0xffffc90000000000 (size 4096):"),
         QStringLiteral("(size 4096)")},
        {"dmesg kmemleak", kLeak, Fn::Caller, QStringLiteral("dmesg"),
         QStringLiteral("[   60.000000] kmemleak:"), QStringLiteral("1 new suspected memory leaks")},
    };
    for (const FileCase& c : cases) {
        SCOPED_TRACE(c.name);
        PanelRig rig;
        rig.panel.show();
        ASSERT_TRUE(test::runAndWait(rig.session, c.scenario, SessionController::kEnd));
        if (c.after != Fn::Caller) {
            const std::uint64_t step = returnOf(rig.session, c.after);
            ASSERT_NE(step, 0u);
            rig.session.seek(step);
        }
        rig.panel.setFormat(c.format);
        ASSERT_EQ(rig.panel.format(), c.format);
        EXPECT_EQ(rig.panel.text(), rig.session.kernelText(c.format));
        if (c.expected.isEmpty()) {
            EXPECT_TRUE(rig.panel.text().isEmpty()) << rig.panel.text().toStdString();
            continue;
        }
        const QStringList lines = rig.panel.text().split(QLatin1Char('\n'));
        const auto line = std::find_if(lines.begin(), lines.end(),
                                       [&](const QString& l) { return l.startsWith(c.expected); });
        ASSERT_NE(line, lines.end()) << rig.panel.text().toStdString();
        EXPECT_TRUE(line->contains(c.alsoContains)) << line->toStdString();
    }
}

TEST(KernelTextPanel, OffersEveryKernelFileTheCoreRenders)
{
    PanelRig rig;
    EXPECT_EQ(rig.panel.formats(), (QStringList{QStringLiteral("dmesg"), QStringLiteral("vmallocinfo"),
                                                QStringLiteral("kmemleak"), QStringLiteral("ptdump"),
                                                QStringLiteral("meminfo"), QStringLiteral("buddyinfo")}));
    // And the controller knows each of them (an unknown name renders as empty): after the leak
    // is reported every file has something to say.
    ASSERT_TRUE(test::runAndWait(rig.session, kLeak, SessionController::kEnd));
    for (const QString& format : rig.panel.formats()) {
        EXPECT_FALSE(rig.session.kernelText(format).isEmpty()) << format.toStdString();
    }
    EXPECT_TRUE(rig.session.kernelText(QStringLiteral("no-such-file")).isEmpty());
    EXPECT_EQ(rig.session.vmallocinfo(), rig.session.kernelText(QStringLiteral("vmallocinfo")));
    SessionController empty;
    EXPECT_TRUE(empty.kernelText(QStringLiteral("meminfo")).isEmpty());
}

TEST(KernelTextPanel, HighlightsTheDmesgLinesTheStepPrinted)
{
    PanelRig rig;
    rig.panel.show();
    ASSERT_TRUE(test::runAndWait(rig.session, kWarn));
    const auto* editor = rig.panel.findChild<QPlainTextEdit*>();

    // Step by step up to the step that prints the WARN.
    std::uint64_t warned = 0;
    while (rig.session.position() < rig.session.stepCount()) {
        rig.session.stepInto();
        if (rig.panel.text().contains(QStringLiteral("WARNING:"))) {
            warned = rig.session.position();
            break;
        }
        EXPECT_EQ(rig.panel.newLineCount(), 0) << "step " << rig.session.position();
    }
    ASSERT_NE(warned, 0u);
    const QStringList lines = highlightedLines(rig.panel);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("WARNING: at mm/vmalloc.c:1380")));
    EXPECT_TRUE(lines.front().contains(QStringLiteral("cut here")));
    EXPECT_TRUE(lines.back().contains(QStringLiteral("end trace")));
    // One full-width band per new line, in the "written by this step" colour.
    const QList<QTextEdit::ExtraSelection> bands = editor->extraSelections();
    ASSERT_EQ(bands.size(), lines.size());
    EXPECT_EQ(bands.front().format.background().color(),
              ViewPalette::make(Theme::Light, Scheme::Standard).changedFill);
    EXPECT_TRUE(bands.front().format.boolProperty(QTextFormat::FullWidthSelection));

    // The dark theme recolours the bands in place.
    rig.panel.setViewPalette(ViewPalette::make(Theme::Dark, Scheme::Standard));
    EXPECT_EQ(editor->extraSelections().front().format.background().color(),
              ViewPalette::make(Theme::Dark, Scheme::Standard).changedFill);

    // Stepping back prints nothing; stepping forward again prints the WARN again.
    rig.session.stepBack();
    EXPECT_EQ(rig.panel.newLineCount(), 0);
    EXPECT_TRUE(editor->extraSelections().isEmpty());
    rig.session.stepInto();
    EXPECT_EQ(highlightedLines(rig.panel), lines);

    // A step that prints nothing clears the highlight even though the text stays.
    if (warned < rig.session.stepCount()) {
        rig.session.stepInto();
        EXPECT_EQ(rig.panel.newLineCount(), 0);
    }

    // Stepping over the whole vfree() highlights what the call printed.
    const auto index = rig.session.runIndex();
    std::uint64_t vfreeCall = 0;
    for (std::uint64_t s = warned; s >= 1 && !vfreeCall; --s) {
        if (index->kind(StepIndex{s}) == StepKind::Call && index->function(StepIndex{s}) == Fn::vfree)
            vfreeCall = s;
    }
    ASSERT_NE(vfreeCall, 0u);
    rig.session.seek(vfreeCall - 1);
    EXPECT_FALSE(rig.panel.text().contains(QStringLiteral("WARNING:")));
    rig.session.stepOver();
    EXPECT_EQ(index->kind(StepIndex{rig.session.position()}), StepKind::Return);
    EXPECT_EQ(index->function(StepIndex{rig.session.position()}), Fn::vfree);
    EXPECT_GT(rig.session.position(), warned);
    EXPECT_EQ(highlightedLines(rig.panel), lines);

    // A forward jump (a timeline click) highlights what was printed since the step it left.
    rig.session.seek(0);
    rig.session.seek(rig.session.stepCount());
    EXPECT_EQ(highlightedLines(rig.panel), lines);
    rig.panel.setFormat(QStringLiteral("meminfo"));
    EXPECT_EQ(rig.panel.firstNewLine(), -1);
    EXPECT_TRUE(editor->extraSelections().isEmpty());
}

TEST(KernelTextPanel, RendersNothingWhileHidden)
{
    PanelRig rig;
    ASSERT_TRUE(test::runAndWait(rig.session, kWarn));
    EXPECT_EQ(rig.renders(), 0);
    rig.session.goToEnd();
    rig.panel.setFormat(QStringLiteral("vmallocinfo"));
    EXPECT_EQ(rig.renders(), 0);
    EXPECT_TRUE(rig.panel.text().isEmpty());

    rig.panel.show();
    EXPECT_EQ(rig.renders(), 1);
    EXPECT_EQ(rig.panel.text(), rig.session.kernelText(QStringLiteral("vmallocinfo")));

    rig.panel.hide();
    const QString before = rig.panel.text();
    rig.session.goToStart();
    rig.session.stepInto();
    rig.panel.setFormat(QStringLiteral("dmesg"));
    EXPECT_EQ(rig.renders(), 1);
    EXPECT_EQ(rig.panel.text(), before);

    rig.panel.show();
    EXPECT_EQ(rig.renders(), 2);
    EXPECT_EQ(rig.panel.text(), rig.session.kernelText(QStringLiteral("dmesg")));
    // Showing again at the same step with the same file renders nothing new.
    rig.panel.hide();
    rig.panel.show();
    EXPECT_EQ(rig.renders(), 2);
}

TEST(KernelTextPanel, DmesgFollowsTheEndUnlessTheUserScrolledUp)
{
    PanelRig rig;
    rig.panel.resize(500, 160);
    rig.panel.show();
    ASSERT_TRUE(test::runAndWait(rig.session, kThreeWarns));
    QScrollBar* bar = rig.panel.findChild<QPlainTextEdit*>()->verticalScrollBar();

    // Up to the second WARN: the view stays on the newest lines.
    int warnings = 0;
    while (warnings < 2 && rig.session.position() < rig.session.stepCount()) {
        rig.session.stepInto();
        warnings = static_cast<int>(rig.panel.text().count(QStringLiteral("WARNING:")));
    }
    ASSERT_EQ(warnings, 2);
    ASSERT_GT(bar->maximum(), 0) << "the log must be longer than the panel";
    EXPECT_EQ(bar->value(), bar->maximum());

    // The user scrolls up to read the first WARN: the third one does not yank the view away.
    bar->setValue(0);
    while (warnings < 3 && rig.session.position() < rig.session.stepCount()) {
        rig.session.stepInto();
        warnings = static_cast<int>(rig.panel.text().count(QStringLiteral("WARNING:")));
    }
    ASSERT_EQ(warnings, 3);
    EXPECT_EQ(bar->value(), 0);

    // Another file starts at the top; coming back to dmesg goes to its end.
    rig.panel.setFormat(QStringLiteral("buddyinfo"));
    EXPECT_EQ(bar->value(), 0);
    rig.panel.setFormat(QStringLiteral("dmesg"));
    EXPECT_EQ(bar->value(), bar->maximum());
}

TEST(KernelTextPanel, SavesTheTextOnScreen)
{
    PanelRig rig;
    rig.panel.show();
    ASSERT_TRUE(test::runAndWait(rig.session, kWarn, SessionController::kEnd));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dmesg.txt"));
    ASSERT_TRUE(rig.panel.saveText(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), rig.session.kernelText(QStringLiteral("dmesg")));
    EXPECT_FALSE(rig.panel.saveText(dir.filePath(QStringLiteral("no/such/dir/x.txt"))));
}

TEST(KernelTextPanel, RendersNothingWhileNotExposed)
{
    PanelRig rig;
    rig.panel.show();
    ASSERT_TRUE(test::runAndWait(rig.session, kWarn));
    const int renders = rig.renders();
    rig.panel.setExposed(false);
    rig.session.goToEnd();
    rig.panel.setFormat(QStringLiteral("ptdump"));
    EXPECT_EQ(rig.renders(), renders);
    rig.panel.setExposed(true);
    EXPECT_EQ(rig.renders(), renders + 1);
    EXPECT_EQ(rig.panel.text(), rig.session.kernelText(QStringLiteral("ptdump")));
}

TEST(KernelTextPanel, WindowTabsItWithTheAddressPanelAndRendersWhenRaised)
{
    MainWindow window(MainWindow::Options{false});
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), kWarn, SessionController::kEnd));
    KernelTextPanel* panel = window.kernelTextPanel();
    ASSERT_NE(panel, nullptr);
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("kerneltextDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Kernel text"));
    auto* address = window.findChild<QDockWidget*>(QStringLiteral("addressDock"));
    EXPECT_TRUE(window.tabifiedDockWidgets(address).contains(dock));
    // View menu: the dock's own show/hide toggle, like every other panel.
    bool inViewMenu = false;
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu() && top->text() == QStringLiteral("&View"))
            inViewMenu = top->menu()->actions().contains(dock->toggleViewAction());
    }
    EXPECT_TRUE(inViewMenu);
    // The address panel keeps the raised tab, so nothing is rendered behind it.
    EXPECT_FALSE(panel->isExposed());
    EXPECT_EQ(window.session().kernelTextRenderCount(), 0);
    EXPECT_FALSE(window.panelIds().contains(QStringLiteral("kerneltext")));

    QSignalSpy shown(dock, &QDockWidget::visibilityChanged);
    dock->raise();
    for (int i = 0; i < 20 && !panel->isExposed(); ++i)
        shown.wait(50);
    ASSERT_TRUE(panel->isExposed());
    EXPECT_EQ(window.session().kernelTextRenderCount(), 1);
    EXPECT_EQ(panel->text(), window.session().kernelText(QStringLiteral("dmesg")));
    EXPECT_TRUE(panel->text().contains(QStringLiteral("Trying to vfree() nonexistent vm area")));
    window.session().goToStart();
    EXPECT_TRUE(panel->text().isEmpty());

    address->raise();
    for (int i = 0; i < 20 && panel->isExposed(); ++i)
        shown.wait(50);
    ASSERT_FALSE(panel->isExposed());
    const int renders = window.session().kernelTextRenderCount();
    window.session().goToEnd();
    EXPECT_EQ(window.session().kernelTextRenderCount(), renders);

    // Floated from behind its tab, it is its own window and shows the current step.
    dock->setFloating(true);
    EXPECT_TRUE(panel->isExposed());
    EXPECT_EQ(panel->text(), window.session().kernelText(QStringLiteral("dmesg")));
}

} // namespace
