// SPDX-License-Identifier: GPL-2.0-only
// Detail levels in the window: stepping and playing follow the level, PageUp/PageDown walk the
// chapters, the timeline snaps a click to a visible step, and the Program panel marks the running
// line and shows the variables' values — NULL before the assignment, the address after — with a
// click on a variable selecting its area.
#include "TestSupport.h"

#include "MainWindow.h"
#include "controller/Playback.h"
#include "controller/SelectionController.h"
#include "models/VariablesModel.h"
#include "views/ChapterOutline.h"
#include "views/ProgramPanel.h"
#include "views/TimelineWidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>
#include <QTest>

namespace vmviz::ui {
namespace {

TEST(DetailLevelsWindow, OverviewStepsThroughTheSeedInAtMostThirtySteps)
{
    MainWindow window(MainWindow::Options{false});
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed, 0));
    window.playback().setDetailLevel(DetailLevel::Overview);
    EXPECT_EQ(window.detailLevelBox()->currentData().toInt(), static_cast<int>(DetailLevel::Overview));
    const DetailIndex& detail = window.session().runIndex()->detail();
    std::vector<std::uint64_t> visited;
    for (int guard = 0; guard < 200 && window.session().position() < window.session().stepCount(); ++guard) {
        window.playback().stepForward();
        visited.push_back(window.session().position());
    }
    ASSERT_LE(visited.size(), 30u);
    ASSERT_EQ(visited.size(), detail.unitCount(DetailLevel::Overview));
    for (std::size_t i = 0; i < visited.size(); ++i)
        EXPECT_EQ(visited[i], detail.unit(DetailLevel::Overview, i).range.last);
    // And back, one visible step at a time, to the booted machine.
    for (std::size_t i = visited.size(); i-- > 1;) {
        window.playback().stepBackward();
        EXPECT_EQ(window.session().position(), visited[i - 1]);
    }
    window.playback().stepBackward();
    EXPECT_EQ(window.session().position(), 0u);
}

TEST(DetailLevelsWindow, TheSnapshotCarriesEachLevelsStepAndSentence)
{
    MainWindow window(MainWindow::Options{false});
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed, 88));
    const StepState& s = window.session().snapshot()->step;
    const LevelPlace& overview = s.levels[static_cast<std::size_t>(DetailLevel::Overview)];
    EXPECT_EQ(overview.range, (StepRange{85, 88}));
    EXPECT_EQ(overview.phase, Phase::AllocPages);
    EXPECT_EQ(overview.summary, "allocate pages: area->pages[0] = page of pfn 0x7803");
    const LevelPlace& full = s.levels[static_cast<std::size_t>(DetailLevel::Full)];
    EXPECT_EQ(full.range, (StepRange{88, 88}));
    EXPECT_EQ(full.summary, s.narration);
    EXPECT_EQ(s.operation, std::optional<std::uint64_t>{0});
}

TEST(DetailLevelsWindow, PageKeysJumpBetweenScenarioLines)
{
    MainWindow window(MainWindow::Options{false});
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed, 0));
    for (const std::uint64_t expected : {1u, 123u, 153u}) {
        QTest::keyClick(&window, Qt::Key_PageDown);
        EXPECT_EQ(window.session().position(), expected);
        EXPECT_EQ(window.chapterOutline()->currentChapterRow(), expected == 1 ? 0 : 1);
    }
    QTest::keyClick(&window, Qt::Key_PageUp);
    EXPECT_EQ(window.session().position(), 123u);
    QTest::keyClick(&window, Qt::Key_PageUp);
    EXPECT_EQ(window.session().position(), 1u);
}

TEST(DetailLevelsWindow, ATimelineClickAtOverviewLandsOnTheEndOfAVisibleStep)
{
    MainWindow window(MainWindow::Options{false});
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed, 0));
    window.playback().setDetailLevel(DetailLevel::Overview);
    TimelineWidget* timeline = window.timeline();
    QSignalSpy requested(timeline, &TimelineWidget::positionRequested);
    const DetailIndex& detail = window.session().runIndex()->detail();
    for (const double fraction : {0.1, 0.3, 0.5, 0.7, 0.9}) {
        QTest::mouseClick(timeline, Qt::LeftButton, {},
                          QPoint(static_cast<int>(timeline->width() * fraction), timeline->height() / 2));
        ASSERT_FALSE(requested.isEmpty());
        const auto position = requested.takeLast().at(0).toULongLong();
        const LevelUnit unit =
            detail.unit(DetailLevel::Overview, detail.unitAt(DetailLevel::Overview, position));
        EXPECT_EQ(position, unit.range.last) << "clicked at " << fraction;
    }
}

TEST(ProgramPanel, MarksTheRunningLineAndShowsTheVariables)
{
    MainWindow window(MainWindow::Options{false});
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed, 0));
    ProgramPanel* program = window.programPanel();
    QAbstractItemModelTester tester(program->variablesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    struct Case
    {
        std::uint64_t position;
        int line;
        QStringList variables;
    };
    // kSeed: line 1 config, line 2 `buf = vmalloc 100`, line 3 `vfree buf`.
    const Case cases[] = {
        {0, 0, {QStringLiteral("buf = NULL")}},
        {88, 2, {QStringLiteral("buf = NULL")}},
        {121, 2, {QStringLiteral("buf = 0xffffc90000000000")}},
        {130, 3, {QStringLiteral("buf = 0xffffc90000000000")}},
        {50, 2, {QStringLiteral("buf = NULL")}},
    };
    for (const Case& c : cases) {
        window.session().seek(c.position);
        EXPECT_EQ(program->currentLine(), c.line) << "at " << c.position;
        EXPECT_EQ(program->variableTexts(), c.variables) << "at " << c.position;
    }
    // The step that assigns buf marks it.
    window.session().seek(121);
    EXPECT_TRUE(program->variablesModel()->index(0, 0).data(VariablesModel::ChangedRole).toBool());
    window.session().seek(122);
    EXPECT_FALSE(program->variablesModel()->index(0, 0).data(VariablesModel::ChangedRole).toBool());

    // Clicking the variable selects its area everywhere.
    auto* table = program->findChild<QTableView*>();
    ASSERT_NE(table, nullptr);
    const QRect cell = table->visualRect(program->variablesModel()->index(0, VariablesModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_TRUE(window.selection().linked());
    EXPECT_TRUE(window.selection().linked()->valid);
    EXPECT_EQ(window.selection().linked()->vaStart, 0xffffc90000000000ull);
}

} // namespace
} // namespace vmviz::ui
