// SPDX-License-Identifier: GPL-2.0-only
// Random valid scenarios (tests/support/RandomScenario.h) run with the invariants checked after
// every step; each run must then step back to the booted machine and forward to its end state.
// This is the short slice for every test run; tests/long/ runs the same generator for a million
// operations (see docs/reliability.md).
#include "machine/Invariants.h"
#include "machine/Machine.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"
#include "support/RandomScenario.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace vmviz;
using vmviz::testsupport::randomScenario;
using vmviz::testsupport::RandomScenarioOptions;

namespace {

std::string describe(const std::vector<InvariantViolation>& found)
{
    std::string out;
    for (const auto& v : found)
        out += "  " + v.toString() + "\n";
    return out;
}

constexpr int kSeeds = 20;
constexpr std::size_t kOperations = 200;

/// Small machines and allocations of at most 32K and no bursts, so checking every step stays
/// within the test budget (the check is linear in the machine size: ~70 us a step at 32 MiB).
RandomScenarioOptions sliceOptions(std::uint64_t seed)
{
    RandomScenarioOptions o;
    o.seed = seed;
    o.operations = kOperations;
    o.minRamBytes = 32ull << 20;
    o.maxRamBytes = 48ull << 20;
    o.maxAllocBytes = 32ull << 10;
    o.pressureBursts = false;
    return o;
}

struct EventCounts
{
    std::uint64_t pageAllocFailures = 0;
    std::uint64_t lazyPurges = 0;
    std::uint64_t warnings = 0;
    std::uint64_t oopses = 0;
    std::uint64_t faultsInjected = 0;
};

EventCounts countEvents(const Machine& m)
{
    EventCounts c;
    for (std::uint64_t s = 1; s <= m.stepCount(); ++s) {
        const Step& step = m.trace.step(StepIndex{s});
        if (step.kind != StepKind::Effect)
            continue;
        c.pageAllocFailures += step.event == Ev::PageAllocFailure;
        c.lazyPurges += step.event == Ev::LazyPurgeNeeded;
        c.warnings += step.event == Ev::Warn;
        c.oopses += step.event == Ev::Oops;
        c.faultsInjected += step.event == Ev::FaultInjected;
    }
    return c;
}

/// Stepping back to 0 gives the booted machine, and forward again the end state, both sound.
void expectExactPlayback(Machine& m)
{
    const std::uint64_t endHash = m.stateHash();
    const Machine booted(m.config());
    m.seek(StepIndex{0});
    EXPECT_EQ(m.stateHash(), booted.stateHash()) << "stepping back to 0 did not restore the booted machine";
    EXPECT_EQ(describe(checkInvariants(m, InvariantScope::Quiescent)), "");
    m.seek(StepIndex{m.stepCount()});
    EXPECT_EQ(m.stateHash(), endHash) << "stepping forward again did not reach the end state";
    EXPECT_EQ(describe(checkInvariants(m, InvariantScope::Quiescent)), "");
}

class RandomScenario : public ::testing::TestWithParam<int>
{
};

TEST_P(RandomScenario, InvariantsHoldAtEveryStepAndPlaybackIsExact)
{
    const std::string text = randomScenario(sliceOptions(static_cast<std::uint64_t>(GetParam())));
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::EveryStep;
    auto run = scenario::runScenarioText(text, "random-" + std::to_string(GetParam()) + ".vmviz", options);
    ASSERT_TRUE(run.machine) << run.error << "\nscenario:\n" << text;
    ASSERT_EQ(run.error, "") << "scenario:\n" << text;
    Machine& m = *run.machine;
    EXPECT_TRUE(isQuiescent(m, m.stepCount()));
    EXPECT_GT(m.stepCount(), kOperations * 2);
    expectExactPlayback(m);
}

INSTANTIATE_TEST_SUITE_P(Slice, RandomScenario, ::testing::Range(1, kSeeds + 1));

/// 6.18's free tree and the areas holding address space (busy or lazily freed) tile [1, ULONG_MAX).
void expectFreeTreeTilesTheSpace(const Machine& m)
{
    std::vector<VmapAreaIndex::Range> pieces = m.vmalloc.freeBlocks();
    for (const AreaId id : m.vmalloc.busyAreas()) {
        const AreaInfo a = m.vmalloc.area(id, false);
        pieces.push_back({a.vaStart, a.vaEnd});
    }
    std::sort(pieces.begin(), pieces.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    std::uint64_t next = 1;
    for (const auto& p : pieces) {
        EXPECT_EQ(p.start, next) << "a hole or an overlap in the address space before " << std::hex
                                 << p.start;
        next = p.end;
    }
    EXPECT_EQ(next, ~0ull);
}

/// The same random scenarios on the Linux 6.18 profile: its free tree, lazy tree and drain work
/// keep the invariants at every step and play back exactly.
class RandomScenario618 : public ::testing::TestWithParam<int>
{
};

TEST_P(RandomScenario618, InvariantsHoldAtEveryStepAndPlaybackIsExact)
{
    std::string text = randomScenario(sliceOptions(static_cast<std::uint64_t>(GetParam())));
    const auto config = text.find("config ");
    ASSERT_NE(config, std::string::npos) << text;
    text.insert(config + 7, "kernel=6.18 ");
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::EveryStep;
    auto run =
        scenario::runScenarioText(text, "random-618-" + std::to_string(GetParam()) + ".vmviz", options);
    ASSERT_TRUE(run.machine) << run.error << "\nscenario:\n" << text;
    ASSERT_EQ(run.error, "") << "scenario:\n" << text;
    Machine& m = *run.machine;
    EXPECT_EQ(m.profile->name(), "6.18");
    EXPECT_TRUE(isQuiescent(m, m.stepCount()));
    // Between scenario lines: inside alloc_vmap_area the range is neither free nor busy for a step.
    for (std::uint64_t at : {m.stepCount() / 3, m.stepCount() / 2, m.stepCount()}) {
        while (!isQuiescent(m, at))
            ++at;
        m.seek(StepIndex{at});
        expectFreeTreeTilesTheSpace(m);
        if (HasFailure())
            FAIL() << "at step " << at << " of scenario:\n" << text;
    }
    expectExactPlayback(m);
}

INSTANTIATE_TEST_SUITE_P(Slice, RandomScenario618, ::testing::Range(1, 11));

TEST(RandomScenarioPressure, ReachesOutOfMemoryAndLazyPurgeWithSoundState)
{
    // With bursts a seed records close to a million steps: the runner checks between operations,
    // and afterStep samples the per-step invariants every 8192nd step.
    EventCounts total;
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        RandomScenarioOptions o;
        o.seed = seed;
        o.operations = 300;
        o.minRamBytes = 32ull << 20;
        o.maxRamBytes = 48ull << 20;
        o.maxAllocBytes = 8ull << 20;
        const std::string text = randomScenario(o);
        scenario::RunOptions options;
        options.invariants = scenario::InvariantChecks::Operations;
        std::string sampled;
        options.afterStep = [&sampled](const Machine& m, std::uint64_t step) {
            if (step % 8192 != 0 || !sampled.empty())
                return;
            const auto found = checkInvariants(m, isQuiescent(m, step) ? InvariantScope::Quiescent
                                                                       : InvariantScope::EveryStep);
            if (!found.empty())
                sampled = "step " + std::to_string(step) + ":\n" + describe(found);
        };
        auto run = scenario::runScenarioText(text, "pressure-" + std::to_string(seed) + ".vmviz", options);
        ASSERT_TRUE(run.machine) << run.error;
        EXPECT_EQ(run.error, "") << "seed " << seed;
        EXPECT_EQ(sampled, "") << "seed " << seed;
        const EventCounts c = countEvents(*run.machine);
        total.pageAllocFailures += c.pageAllocFailures;
        total.lazyPurges += c.lazyPurges;
        total.warnings += c.warnings;
        total.oopses += c.oopses;
        total.faultsInjected += c.faultsInjected;
        expectExactPlayback(*run.machine);
    }
    EXPECT_GT(total.pageAllocFailures, 0u) << "no seed ran the machine out of memory";
    EXPECT_GT(total.lazyPurges, 0u) << "no seed pushed vmap_lazy_nr past lazy_max_pages";
    EXPECT_GT(total.warnings, 0u) << "no bad or unknown vfree";
    EXPECT_GT(total.oopses, 0u) << "no double vfree of a lazily freed area";
    EXPECT_GT(total.faultsInjected, 0u);
}

TEST(RandomScenarioGenerator, IsDeterministicPerSeed)
{
    RandomScenarioOptions o;
    o.seed = 7;
    EXPECT_EQ(randomScenario(o), randomScenario(o));
    std::set<std::string> distinct;
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        o.seed = seed;
        distinct.insert(randomScenario(o));
    }
    EXPECT_EQ(distinct.size(), 50u);
}

TEST(RandomScenarioGenerator, TextAlwaysParsesAndCoversTheLanguage)
{
    // Every keyword the generator should reach, over the full option range (parsing only: cheap).
    const std::vector<std::string> wanted = {
        "vmalloc ",        "vmalloc_32 ",   "vmalloc_user ",  "__vmalloc ",     "vfree NULL",
        "vfree 0x",        "leak ",         "write ",         " bytes ",        " fill ",
        "sleep ",          "kmemleak scan", "kmemleak clear", "kmemleak dump=", "purge",
        "fail alloc_page", "fail kmalloc",  "fail vmap_area", "fail pte_alloc", "fail pmd_alloc",
        "fail pud_alloc",  " after ",       " every ",        " off",           "2M+4K"};
    std::set<std::string> seen;
    std::uint64_t operations = 0;
    std::uint64_t smallest = ~0ull;
    std::uint64_t largest = 0;
    std::uint64_t smallestRam = ~0ull;
    std::uint64_t largestRam = 0;
    for (std::uint64_t seed = 0; seed < 400; ++seed) {
        RandomScenarioOptions o;
        o.seed = seed;
        const std::string text = randomScenario(o);
        const auto parsed = scenario::parseScenario(text, "gen.vmviz");
        ASSERT_TRUE(parsed.ok()) << "seed " << seed << ": " << parsed.errors.front().toString() << "\n"
                                 << text;
        operations += parsed.scenario->operations.size();
        smallestRam = std::min(smallestRam, *parsed.scenario->config.ramBytes);
        largestRam = std::max(largestRam, *parsed.scenario->config.ramBytes);
        for (const auto& op : parsed.scenario->operations)
            if (const auto* alloc = std::get_if<scenario::AllocOp>(&op.op); alloc && alloc->size) {
                smallest = std::min(smallest, alloc->size);
                largest = std::max(largest, alloc->size);
            }
        // The canonical form parses to the same scenario.
        const auto again = scenario::parseScenario(scenario::formatScenario(*parsed.scenario), "gen.vmviz");
        ASSERT_TRUE(again.ok()) << "seed " << seed;
        EXPECT_EQ(again.scenario->operations.size(), parsed.scenario->operations.size());
        for (const std::string& w : wanted)
            if (text.find(w) != std::string::npos)
                seen.insert(w);
    }
    EXPECT_EQ(operations, 400u * RandomScenarioOptions{}.operations);
    EXPECT_EQ(smallest, 1u);
    EXPECT_GE(largest, 64ull << 20); // bursts go up to half the RAM
    EXPECT_EQ(smallestRam, 32ull << 20);
    EXPECT_GT(largestRam, 3ull << 30);
    for (const std::string& w : wanted)
        EXPECT_TRUE(seen.count(w)) << "never generated: " << w;
}

} // namespace

namespace {

// Found while writing the generator's `write VAR+OFF fill BYTE COUNT` lines: addr + length used to
// wrap past 2^64 when COUNT is huge, so the page walk never ran and the write "succeeded" on the
// unmapped guard page. The same write with a small COUNT oopses as it should.
TEST(EngineBugs, WriteWhoseEndWrapsPastTheAddressSpaceMustStillFault)
{
    auto sane = scenario::runScenarioText("a = vmalloc 8K\nwrite a+8K \"x\"\n", "guard.vmviz");
    ASSERT_TRUE(sane.machine) << sane.error;
    ASSERT_EQ(countEvents(*sane.machine).oopses, 1u) << "a write on the guard page must oops";

    auto run =
        scenario::runScenarioText("a = vmalloc 8K\nwrite a+8K fill aa 0xffffffffffffe000\n", "wrap.vmviz");
    ASSERT_TRUE(run.machine) << run.error;
    ASSERT_EQ(run.error, "");
    EXPECT_EQ(countEvents(*run.machine).oopses, 1u);
}

} // namespace
