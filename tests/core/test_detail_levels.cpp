// SPDX-License-Identifier: GPL-2.0-only
// Detail levels (steps/DetailLevel.h): at every level the visible steps tile the trace, playback
// moves from the end of one to the end of the next, failures always stand alone, and the Overview
// of the seed walkthrough is short enough for a lecture.
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioRunner.h"
#include "steps/DetailLevel.h"
#include "support/Golden.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace vmviz;

namespace {

constexpr DetailLevel kLevels[] = {DetailLevel::Overview, DetailLevel::Standard, DetailLevel::Full};

scenario::RunResult runGolden(const std::string& name)
{
    const auto path = std::filesystem::path(VMVIZ_GOLDEN_DIR) / name / "scenario.vmviz";
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off;
    return scenario::runScenarioText(golden::readFile(path), name + "/scenario.vmviz", options);
}

class DetailLevels : public ::testing::TestWithParam<std::string>
{
};

TEST_P(DetailLevels, UnitsTileTheTraceAndPlaybackVisitsEachEnd)
{
    const auto run = runGolden(GetParam());
    ASSERT_TRUE(run.machine) << run.error;
    const Trace& trace = run.machine->trace;
    const DetailIndex index(trace);
    const std::uint64_t n = trace.size();
    ASSERT_GT(n, 0u);
    for (const DetailLevel level : kLevels) {
        SCOPED_TRACE(std::string(detailLevelName(level)));
        const std::uint64_t count = index.unitCount(level);
        ASSERT_GT(count, 0u);
        std::uint64_t expectedFirst = 1;
        std::uint64_t position = 0;
        for (std::uint64_t i = 0; i < count; ++i) {
            const LevelUnit unit = index.unit(level, i);
            ASSERT_EQ(unit.range.first, expectedFirst) << "unit " << i << " leaves a gap or overlaps";
            ASSERT_LE(unit.range.first, unit.range.last);
            EXPECT_EQ(index.unitAt(level, unit.range.first), i);
            EXPECT_EQ(index.unitAt(level, unit.range.last), i);
            // Stepping forward lands on each unit's last step, and back again.
            position = index.next(level, position);
            ASSERT_EQ(position, unit.range.last);
            EXPECT_EQ(index.previous(level, position), unit.range.first - 1);
            EXPECT_FALSE(summarizeUnit(trace, unit).empty());
            expectedFirst = unit.range.last + 1;
        }
        EXPECT_EQ(expectedFirst, n + 1) << "the last unit does not end at the last step";
        EXPECT_EQ(index.next(level, n), n);
        EXPECT_EQ(index.previous(level, 0), 0u);
    }
    // Overview shows no more than Standard, Standard no more than Full.
    EXPECT_LE(index.unitCount(DetailLevel::Overview), index.unitCount(DetailLevel::Standard));
    EXPECT_LE(index.unitCount(DetailLevel::Standard), index.unitCount(DetailLevel::Full));
    // A failure, WARN or oops is never folded into a summary.
    for (const std::uint64_t alarm : index.alarms()) {
        for (const DetailLevel level : kLevels) {
            const LevelUnit unit = index.unit(level, index.unitAt(level, alarm));
            EXPECT_EQ(unit.range, (StepRange{alarm, alarm}))
                << detailLevelName(level) << " hides step " << alarm;
            EXPECT_TRUE(unit.alarm);
        }
    }
    // Phase bands tile the trace too.
    std::uint64_t bandFirst = 1;
    for (const PhaseBand& band : index.phaseBands()) {
        EXPECT_EQ(band.range.first, bandFirst);
        bandFirst = band.range.last + 1;
    }
    EXPECT_EQ(bandFirst, n + 1);
}

INSTANTIATE_TEST_SUITE_P(Golden, DetailLevels,
                         ::testing::Values("seed-walkthrough", "recursion-513-pages", "fail-alloc-page",
                                           "fail-page-array", "lazy-purge", "leak-second-scan",
                                           "warn-bad-address", "va-exhaustion", "oops-taint-and-walk",
                                           "double-vfree", "rcu-free-va", "lesson-02-guard-and-gap"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

TEST(DetailLevelsSeed, OverviewFitsALectureAndNamesThePhases)
{
    const auto run = runGolden("seed-walkthrough");
    ASSERT_TRUE(run.machine) << run.error;
    const DetailIndex index(run.machine->trace);
    EXPECT_LE(index.unitCount(DetailLevel::Overview), 30u);
    std::vector<Phase> phases;
    for (std::uint64_t i = 0; i < index.unitCount(DetailLevel::Overview); ++i)
        phases.push_back(index.unit(DetailLevel::Overview, i).phase);
    const std::vector<Phase> expected = {Phase::Line,       Phase::Reserve, Phase::PageArray,
                                         Phase::AllocPages, Phase::Map,     Phase::Kmemleak,
                                         Phase::Line,       Phase::Line,    Phase::Free};
    EXPECT_EQ(phases, expected);
}

TEST(DetailLevelsSeed, StandardFoldsTheSlabAllocationIntoOneSentence)
{
    const auto run = runGolden("seed-walkthrough");
    ASSERT_TRUE(run.machine) << run.error;
    const DetailIndex index(run.machine->trace);
    // Step 6 calls kzalloc_node for the vm_struct; it returns at step 48.
    const LevelUnit unit = index.unit(DetailLevel::Standard, index.unitAt(DetailLevel::Standard, 6));
    EXPECT_EQ(unit.range, (StepRange{6, 48}));
    EXPECT_EQ(unit.kind, LevelUnit::Kind::Call);
    EXPECT_EQ(summarizeUnit(run.machine->trace, unit),
              "kzalloc_node got 64 bytes at 0xffff880007800000 from a new kmalloc-64 slab page (pfn 0x7800)");
}

TEST(DetailLevelsChapters, EachScenarioLineIsAChapterAndPageKeysJumpBetweenThem)
{
    const auto run = runGolden("seed-walkthrough");
    ASSERT_TRUE(run.machine) << run.error;
    const DetailIndex index(run.machine->trace);
    ASSERT_EQ(index.chapters().size(), 2u);
    EXPECT_EQ(index.chapters()[0].step, 1u);
    EXPECT_EQ(index.chapters()[0].label, "line 7: buf = vmalloc 100");
    EXPECT_EQ(index.chapters()[1].step, 123u);
    EXPECT_EQ(index.chapters()[1].operation, 1u);
    struct Case
    {
        std::uint64_t position, next, previous;
        std::optional<std::uint64_t> operation;
    };
    for (const Case& c : {Case{0, 1, 0, std::nullopt}, Case{1, 123, 0, 0}, Case{50, 123, 1, 0},
                          Case{123, 153, 1, 1}, Case{153, 153, 123, 1}}) {
        EXPECT_EQ(index.nextChapter(c.position), c.next) << "from " << c.position;
        EXPECT_EQ(index.previousChapter(c.position), c.previous) << "from " << c.position;
        EXPECT_EQ(index.operationAt(c.position), c.operation) << "at " << c.position;
    }
}

TEST(DetailLevelsRecursion, TheNestedVmallocIsMarked)
{
    const auto run = runGolden("recursion-513-pages");
    ASSERT_TRUE(run.machine) << run.error;
    const DetailIndex index(run.machine->trace);
    // The page array's own __vmalloc_node: called at step 72, returns at 173 (the trace's golden).
    ASSERT_EQ(index.nestedCalls().size(), 1u);
    EXPECT_EQ(index.nestedCalls()[0], (StepRange{72, 173}));
    EXPECT_EQ(index.phaseOf(100), Phase::PageArray);
    EXPECT_LE(index.unitCount(DetailLevel::Overview), 10u);
}

TEST(DetailLevelsNames, RoundTrip)
{
    for (const DetailLevel level : kLevels)
        EXPECT_EQ(detailLevelByName(detailLevelName(level)), level);
    EXPECT_EQ(detailLevelByName("verbose"), std::nullopt);
}

} // namespace
