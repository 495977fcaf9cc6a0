// SPDX-License-Identifier: GPL-2.0-only
// Playback checkpoints: seeking through a restored checkpoint must land on exactly the state (and
// the derived search structures) that replaying the deltas one step at a time gives.
#include "machine/Machine.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace vmviz;

namespace {

const char* const kScenario = R"(config ram=64M cpus=2
a = vmalloc 100
b = vmalloc 2101248
c = vmalloc_32 64K
d = vmalloc_user 12K
vfree a
e = vmalloc 3M
f = vmalloc 40K
vfree c
purge
g = vmalloc 8K
leak g
sleep 6s
vfree b
h = vmalloc 4M
vfree d
vfree e
purge
i = vmalloc 1M
vfree f
)";

struct Observed
{
    std::uint64_t hash;
    std::vector<AreaId> busy;
    std::vector<AreaId> vmlist;
    std::size_t indexSize;
    std::size_t kmemleakLive;
    bool operator==(const Observed&) const = default;
};

Observed observe(const Machine& m)
{
    return Observed{m.stateHash(), m.vmalloc.busyAreas(), m.vmalloc.vmlist(), m.vmalloc.index().size(),
                    m.kmemleak.liveCount()};
}

} // namespace

TEST(Checkpoints, SeeksThroughCheckpointsMatchAStraightReplay)
{
    auto run = scenario::runScenarioText(kScenario, "checkpoints.vmviz");
    ASSERT_TRUE(run.machine) << run.error;
    Machine& m = *run.machine;
    const std::uint64_t n = m.stepCount();
    ASSERT_EQ(m.checkpointCount(), 0u) << "a short trace needs no checkpoints";

    std::vector<std::pair<std::uint64_t, Observed>> samples;
    m.seek(StepIndex{0});
    for (std::uint64_t p = 0; p <= n; ++p) {
        m.seek(StepIndex{p});
        if (p % 61 == 0 || p == n)
            samples.emplace_back(p, observe(m));
    }
    ASSERT_GT(samples.size(), 20u);

    m.seek(StepIndex{n / 3});
    m.buildCheckpoints(m.journal.size() / 9, 1);
    EXPECT_GE(m.checkpointCount(), 9u);
    EXPECT_EQ(m.position().value(), n / 3);

    std::mt19937_64 rng(777);
    for (int i = 0; i < 300; ++i) {
        const auto& [position, expected] = samples[rng() % samples.size()];
        m.seek(StepIndex{position});
        ASSERT_TRUE(observe(m) == expected) << "seek to " << position;
    }
    EXPECT_GT(m.checkpointRestores(), 100u);
    m.seek(StepIndex{0});
    EXPECT_EQ(m.stateHash(), Machine(m.config()).stateHash());
    EXPECT_TRUE(m.vmalloc.busyAreas().empty());
}
