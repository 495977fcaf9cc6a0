// SPDX-License-Identifier: GPL-2.0-only
// Every step is a reversible delta: running a long scenario and stepping back must land on the
// exact booted state, and any position reached by seeking must equal a straight replay.
#include "machine/Machine.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

#include <random>

using namespace vmviz;

namespace {

// Invariants are the random-scenario tests' job; here each step's check would only slow the replay.
scenario::RunResult runLong(const char* text)
{
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Operations;
    return scenario::runScenarioText(text, "long.vmviz", options);
}

const char* const kLongScenario = R"(config ram=64M cpus=2
a = vmalloc 100
b = vmalloc 2101248
c = vmalloc_32 64K
d = vmalloc_user 12K
vfree a
e = vmalloc 3M
fail alloc_page after 5
f = vmalloc 40K
vfree c
vfree 0xffffc90000000010
vfree 0xffffc90000001000
purge
g = vmalloc 8K
leak g
sleep 6s
vfree b
fail pte_alloc after 0
h = vmalloc 4M
vfree d
vfree e
vfree d
purge
vfree NULL
)";

TEST(Reversibility, SteppingBackToZeroRestoresTheBootedMachine)
{
    auto run = runLong(kLongScenario);
    ASSERT_TRUE(run.machine) << run.error;
    Machine& m = *run.machine;
    ASSERT_GT(m.stepCount(), 5000u);

    Machine fresh(m.config());
    const std::uint64_t endHash = m.stateHash();
    EXPECT_NE(endHash, fresh.stateHash());

    m.seek(StepIndex{0});
    EXPECT_EQ(m.stateHash(), fresh.stateHash());
    EXPECT_TRUE(m.vmalloc.vmlist().empty());
    EXPECT_TRUE(m.vmalloc.busyAreas().empty());
    EXPECT_EQ(m.kmemleak.liveCount(), 0u);
    EXPECT_EQ(m.vmalloc.lazyNr(), 0u);

    m.seek(StepIndex{m.stepCount()});
    EXPECT_EQ(m.stateHash(), endHash);
}

TEST(Reversibility, RandomSeeksMatchAStraightReplay)
{
    auto run = runLong(kLongScenario);
    ASSERT_TRUE(run.machine) << run.error;
    Machine& m = *run.machine;
    const std::uint64_t n = m.stepCount();

    // Straight replay, one step at a time, sampling every 97th position.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> samples;
    m.seek(StepIndex{0});
    for (std::uint64_t p = 0; p <= n; ++p) {
        m.seek(StepIndex{p});
        if (p % 97 == 0 || p == n)
            samples.emplace_back(p, m.stateHash());
    }
    ASSERT_GT(samples.size(), 20u);

    std::mt19937_64 rng(12345);
    for (int i = 0; i < 200; ++i) {
        const auto& [position, hash] = samples[rng() % samples.size()];
        m.seek(StepIndex{position});
        ASSERT_EQ(m.stateHash(), hash) << "seek to " << position;
    }
}

TEST(Reversibility, DerivedIndicesFollowPlayback)
{
    auto run = scenario::runScenarioText("a = vmalloc 8K\nb = vmalloc 8K\nvfree a\npurge\nc = vmalloc 4K\n",
                                         "t.vmviz");
    ASSERT_TRUE(run.machine) << run.error;
    Machine& m = *run.machine;
    const auto atEnd = m.vmalloc.busyAreas().size();
    EXPECT_EQ(atEnd, 2u); // b and c; a was purged
    // Find the step where a's range was released and check the index on both sides of it.
    std::uint64_t release = 0;
    for (std::uint64_t s = 1; s <= m.stepCount(); ++s)
        if (m.trace.step(StepIndex{s}).kind == StepKind::Effect &&
            m.trace.step(StepIndex{s}).event == Ev::PurgeRelease)
            release = s;
    ASSERT_NE(release, 0u);
    m.seek(StepIndex{release - 1});
    EXPECT_TRUE(m.vmalloc.areaContaining(0xffffc90000000000).has_value());
    m.seek(StepIndex{release});
    EXPECT_FALSE(m.vmalloc.areaContaining(0xffffc90000000000).has_value());
    m.seek(StepIndex{m.stepCount()});
    EXPECT_TRUE(m.vmalloc.areaContaining(0xffffc90000000000).has_value()); // c reused it
}

} // namespace
