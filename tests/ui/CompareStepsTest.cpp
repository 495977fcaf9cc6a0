// SPDX-License-Identifier: GPL-2.0-only
// Compare mode: pin step A, move to step B, and the window shows Machine::changesBetween(A, B):
// the change list holds exactly exports::diffLines of that comparison (the lines vmviz-cli diff
// prints), and the physical view marks exactly its frames. Unpinning goes back to each step's own
// changes; a new run unpins.
#include "TestSupport.h"

#include "MainWindow.h"
#include "export/Diff.h"
#include "scenario/ScenarioRunner.h"
#include "views/ChangeListPanel.h"
#include "views/PhysicalMemoryView.h"

#include <QAction>

#include <algorithm>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

QStringList expectedLines(const QString& scenario, std::uint64_t a, std::uint64_t b)
{
    auto run = scenario::runScenarioText(scenario.toStdString(), "test.vmviz");
    QStringList out;
    for (const exports::DiffLine& line :
         exports::diffLines(exports::compareSteps(*run.machine, StepIndex{a}, StepIndex{b})))
        out.push_back(QString::fromStdString(line.text));
    return out;
}

std::vector<std::uint64_t> expectedFrames(const QString& scenario, std::uint64_t a, std::uint64_t b)
{
    auto run = scenario::runScenarioText(scenario.toStdString(), "test.vmviz");
    std::vector<std::uint64_t> out;
    for (const FrameChange& f : run.machine->changesBetween(StepIndex{a}, StepIndex{b}).frames)
        out.push_back(f.pfn.value());
    return out;
}

std::vector<std::uint64_t> sorted(std::vector<std::uint64_t> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

struct Case
{
    std::uint64_t a;
    std::uint64_t b;
    const char* what;
};

TEST(CompareSteps, PinnedStepAgainstCurrentShowsChangesBetween)
{
    MainWindow window(MainWindow::Options{false});
    window.resize(1400, 900);
    SessionController& session = window.session();
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    // The seed: vmalloc runs from step 2 to 120, vfree from 124 to 152.
    for (const Case& c :
         {Case{1, 120, "the whole vmalloc"}, Case{123, 152, "the whole vfree"},
          Case{152, 1, "backwards, undoing both"}, Case{95, 96, "one step: PGD[402] written"}}) {
        SCOPED_TRACE(c.what);
        session.seek(c.a);
        window.pinAction()->trigger();
        ASSERT_EQ(session.pinnedStep().value_or(~std::uint64_t{0}), c.a);
        session.seek(c.b);
        ASSERT_TRUE(session.snapshot()->comparison);
        EXPECT_EQ(session.snapshot()->comparison->changes.from.value(), c.a);
        const QStringList lines = expectedLines(test::kSeed, c.a, c.b);
        EXPECT_FALSE(lines.isEmpty());
        EXPECT_EQ(window.changeListPanel()->changeLines(), lines);
        EXPECT_EQ(sorted(window.physicalView()->changedFrames()), expectedFrames(test::kSeed, c.a, c.b));
        window.pinAction()->trigger(); // unpin
        EXPECT_FALSE(session.pinnedStep());
        EXPECT_FALSE(session.snapshot()->comparison);
        EXPECT_TRUE(window.changeListPanel()->changeLines().isEmpty());
    }
}

TEST(CompareSteps, PinnedAtTheCurrentStepListsNothingAndANewRunUnpins)
{
    MainWindow window(MainWindow::Options{false});
    SessionController& session = window.session();
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    session.seek(40);
    session.pinStep();
    ASSERT_TRUE(session.snapshot()->comparison);
    EXPECT_TRUE(session.snapshot()->comparison->changes.empty());
    EXPECT_TRUE(window.changeListPanel()->changeLines().isEmpty());
    EXPECT_TRUE(window.physicalView()->changedFrames().empty());
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    EXPECT_FALSE(session.pinnedStep());
    EXPECT_FALSE(session.snapshot()->comparison);
    EXPECT_FALSE(window.pinAction()->isChecked());
}

} // namespace
