// SPDX-License-Identifier: GPL-2.0-only
// File → Save Session… / Open Session…: a session saved at some step with breakpoints reopens in a
// fresh window at the same step, with the same scenario and breakpoints.
#include "TestSupport.h"

#include "MainWindow.h"
#include "controller/Playback.h"
#include "scenario/Session.h"
#include "views/ScenarioEditor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace vmviz::ui {
namespace {

TEST(SessionFileTest, SaveAtStepWithBreakpointsThenOpenInAFreshWindow)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("walkthrough.vmvizsession"));
    constexpr std::uint64_t kStep = 42;
    {
        MainWindow window(MainWindow::Options{false});
        window.loadScenario(test::kSeed, QStringLiteral("seed.vmviz"), kStep);
        ASSERT_TRUE(test::waitForRun(window.session()));
        ASSERT_EQ(window.session().position(), kStep);
        ASSERT_TRUE(window.playback().addBreakpoint(QStringLiteral("map_vm_area")));
        ASSERT_TRUE(window.playback().addBreakpoint(QStringLiteral("__get_vm_area_node")));
        EXPECT_EQ(window.saveSessionFile(path), QString());
    }
    MainWindow reopened(MainWindow::Options{false});
    EXPECT_TRUE(reopened.playback().breakpoints().isEmpty());
    ASSERT_EQ(reopened.openSessionFile(path), QString());
    ASSERT_TRUE(test::waitForRun(reopened.session()));
    EXPECT_EQ(reopened.session().position(), kStep);
    EXPECT_EQ(reopened.session().scenarioName(), QStringLiteral("seed.vmviz"));
    EXPECT_EQ(reopened.session().scenarioText(), test::kSeed);
    EXPECT_EQ(reopened.scenarioEditor()->text(), test::kSeed);
    EXPECT_EQ(reopened.playback().breakpoints(),
              (QStringList{QStringLiteral("map_vm_area"), QStringLiteral("__get_vm_area_node")}));

    // The restored breakpoints work: continuing stops at the next call of one of them.
    reopened.session().goToStart();
    reopened.playback().continueToBreakpoint();
    const auto index = reopened.session().runIndex();
    ASSERT_TRUE(index);
    ASSERT_GT(reopened.session().position(), 0u);
    const Fn hit = index->function(StepIndex{reopened.session().position()});
    EXPECT_TRUE(hit == functionByName("map_vm_area") || hit == functionByName("__get_vm_area_node"));
}

TEST(SessionFileTest, FileLineBreakpointBecomesTheFunctionDefinedThere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("line.vmvizsession"));
    const auto& info = functionInfo(functionByName("kmemleak_scan"));
    ASSERT_GT(info.line, 0);
    scenario::Session s;
    s.scenarioName = "seed.vmviz";
    s.scenarioText = test::kSeed.toStdString();
    s.position = 3;
    s.breakpoints.push_back(Breakpoint{Fn::Count, std::string(info.file), info.line});
    s.breakpoints.push_back(Breakpoint{Fn::Count, "mm/nowhere.c", 1});
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(scenario::saveSession(s)));
    f.close();

    MainWindow window(MainWindow::Options{false});
    ASSERT_EQ(window.openSessionFile(path), QString());
    ASSERT_TRUE(test::waitForRun(window.session()));
    EXPECT_EQ(window.session().position(), 3u);
    EXPECT_EQ(window.playback().breakpoints(), QStringList{QStringLiteral("kmemleak_scan")});
}

TEST(SessionFileTest, BrokenFilesReportLoadSessionsMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.vmvizsession"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "vmviz-session", "version": 1, "scenario": {"name": "x.vmviz"}})");
    f.close();
    const std::string expected =
        scenario::loadSession(R"({"format": "vmviz-session", "version": 1, "scenario": {"name": "x.vmviz"}})")
            .error;
    ASSERT_FALSE(expected.empty());

    MainWindow window(MainWindow::Options{false});
    const QString error = window.openSessionFile(path);
    EXPECT_TRUE(error.contains(QString::fromStdString(expected))) << error.toStdString();
    EXPECT_FALSE(window.openSessionFile(dir.filePath(QStringLiteral("missing.vmvizsession"))).isEmpty());
    EXPECT_FALSE(window.session().isRunning());
}

} // namespace
} // namespace vmviz::ui
