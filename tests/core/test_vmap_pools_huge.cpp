// SPDX-License-Identifier: GPL-2.0-only
// Linux 6.18's per-CPU vmap nodes with their exact-size pools (mm/vmalloc.c: node_alloc,
// purge_vmap_node, decay_va_pool_node) and its huge vmalloc (vmalloc_huge: order-9 pages, one
// PMD leaf per 2 MiB). Each run is checked at every step and must play back exactly.
#include "base/Constants.h"
#include "machine/Invariants.h"
#include "machine/Machine.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

#include <string>

using namespace vmviz;

namespace {

constexpr std::uint64_t kStart = 0xffffc90000000000ull;

std::unique_ptr<Machine> run(const std::string& text)
{
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::EveryStep;
    auto result = scenario::runScenarioText(text, "t.vmviz", options);
    EXPECT_EQ(result.error, "") << text;
    return std::move(result.machine);
}

std::uint64_t variable(const Machine& m, const std::string& name)
{
    const CallerVariables& vars = m.variables;
    for (std::size_t i = 0; i < vars.names.size(); ++i)
        if (vars.names[i] == name)
            return vars.value[i];
    ADD_FAILURE() << "no variable " << name;
    return 0;
}

/// Back to the booted machine and forward to the end state, sound at both ends.
void expectExactPlayback(Machine& m)
{
    const std::uint64_t endHash = m.stateHash();
    const std::size_t endPooled = m.vmalloc.pooledCount();
    m.seek(StepIndex{0});
    EXPECT_EQ(m.stateHash(), Machine(m.config()).stateHash());
    EXPECT_EQ(m.vmalloc.pooledCount(), 0u);
    m.seek(StepIndex{m.stepCount()});
    EXPECT_EQ(m.stateHash(), endHash);
    EXPECT_EQ(m.vmalloc.pooledCount(), endPooled);
    EXPECT_TRUE(checkInvariants(m, InvariantScope::Quiescent).empty());
}

const char* const kReuse = R"(
a = vmalloc 8K
b = vmalloc 4K
c = vmalloc 8K
vfree a
vfree c
purge
d = vmalloc 8K
e = vmalloc 4K
)";

} // namespace

TEST(VmapPools, ReuseAfterPurgeDependsOnTheNumberOfVmapNodes)
{
    struct Case
    {
        unsigned cpus;
        unsigned nodes;
        std::uint64_t d; // c's range from the pool (LIFO), or a's by lowest fit
        std::uint64_t e; // above c while a waits in the pool, or right after b
        std::size_t pooledAtEnd;
    };
    const Case cases[] = {
        {1, 1, kStart, kStart + 0x5000, 0},
        {2, 2, kStart + 0x5000, kStart + 0x8000, 1},
        {4, 4, kStart + 0x5000, kStart + 0x8000, 1},
        {200, 128, kStart + 0x5000, kStart + 0x8000, 1},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE("cpus=" + std::to_string(c.cpus));
        auto m = run("config kernel=6.18 ram=64M cpus=" + std::to_string(c.cpus) + kReuse);
        ASSERT_TRUE(m);
        EXPECT_EQ(m->vmalloc.vmapNodes(), c.nodes);
        EXPECT_EQ(variable(*m, "d"), c.d);
        EXPECT_EQ(variable(*m, "e"), c.e);
        EXPECT_EQ(m->vmalloc.pooledCount(), c.pooledAtEnd);
        if (c.pooledAtEnd) {
            const auto left = m->vmalloc.pool(0, 3);
            ASSERT_EQ(left.size(), 1u);
            EXPECT_EQ(m->vmalloc.area(left.front(), false).vaStart, kStart);
            EXPECT_TRUE(m->vmalloc.area(left.front(), false).pooled);
        }
        expectExactPlayback(*m);
    }
}

TEST(VmapPools, SteppingBackPutsTheTakenAreaBackAtThePoolHead)
{
    auto m = run(std::string("config kernel=6.18 ram=64M cpus=4") + kReuse);
    ASSERT_TRUE(m);
    std::uint64_t take = 0;
    for (std::uint64_t s = 1; s <= m->stepCount() && !take; ++s)
        if (m->trace.step(StepIndex{s}).event == Ev::PoolTake)
            take = s;
    ASSERT_NE(take, 0u);
    m->seek(StepIndex{take - 1});
    auto pool = m->vmalloc.pool(0, 3);
    ASSERT_EQ(pool.size(), 2u);
    EXPECT_EQ(m->vmalloc.area(pool[0], false).vaStart, kStart + 0x5000); // the head: pooled last
    EXPECT_EQ(m->vmalloc.area(pool[1], false).vaStart, kStart);
    m->seek(StepIndex{m->stepCount()});
    m->seek(StepIndex{take - 1});
    pool = m->vmalloc.pool(0, 3);
    ASSERT_EQ(pool.size(), 2u);
    EXPECT_EQ(m->vmalloc.area(pool[0], false).vaStart, kStart + 0x5000);
}

TEST(VmapPools, ADrainDecaysAQuarterAndAnOverflowEmptiesThePools)
{
    // Four 3-page areas pooled by one purge; the next purge gives back 4 >> 2 = 1 of them.
    auto m = run(R"(config kernel=6.18 ram=64M cpus=4
a = vmalloc 8K
x = vmalloc 4K
b = vmalloc 8K
y = vmalloc 4K
c = vmalloc 8K
z = vmalloc 4K
d = vmalloc 8K
vfree a
vfree b
vfree c
vfree d
purge
purge
)");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->vmalloc.pooledCount(), 3u);
    expectExactPlayback(*m);

    // A 1 MiB range: the pooled 129 pages leave 127 free, too few for 151, so alloc_vmap_area's
    // overflow purge (full_pool_decay) returns the pooled range and the retry fits at the start.
    auto full = run(R"(config kernel=6.18 ram=64M cpus=4 vmalloc=1M
a = vmalloc 512K
vfree a
purge
b = vmalloc 600K
)");
    ASSERT_TRUE(full);
    EXPECT_EQ(variable(*full, "b"), kStart);
    EXPECT_EQ(full->vmalloc.pooledCount(), 0u);
    expectExactPlayback(*full);
}

TEST(HugeVmalloc, MapsEach2MiBWithOnePmdLeafAndClearsItAtVfree)
{
    auto m = run(R"(config kernel=6.18 ram=128M cpus=1
x = vmalloc 100
a = vmalloc_huge 4M
vfree a
)");
    ASSERT_TRUE(m);
    const std::uint64_t a = variable(*m, "a");
    EXPECT_EQ(a % (2ull << 20), 0u) << "the area is PMD_SIZE aligned";
    EXPECT_EQ(a, kStart + (2ull << 20)); // x took the start; the next 2 MiB boundary follows it
    std::uint64_t allocated = 0;
    for (std::uint64_t s = 1; s <= m->stepCount() && !allocated; ++s) {
        const Step& step = m->trace.step(StepIndex{s});
        if (step.kind == StepKind::Return && step.function == Fn::vmalloc_huge_node_noprof)
            allocated = s;
    }
    ASSERT_NE(allocated, 0u);
    m->seek(StepIndex{allocated});
    const auto id = m->vmalloc.areaContaining(a);
    ASSERT_TRUE(id);
    const AreaInfo area = m->vmalloc.area(*id);
    EXPECT_EQ(area.pageOrder, 9u);
    EXPECT_EQ(area.nrPages, 1024u);
    for (const std::uint64_t offset : {0ull, 0x1234ull, (2ull << 20) + 0x5678, (4ull << 20) - 1}) {
        const Walk walk = m->tables.translate(VirtAddr{a + offset});
        ASSERT_TRUE(walk.physAddr) << offset;
        ASSERT_FALSE(walk.steps.empty());
        EXPECT_EQ(walk.steps.back().level, LEVEL_PMD) << "no PTE table under a huge mapping";
        EXPECT_TRUE(walk.steps.back().entry & k::_PAGE_PSE);
        EXPECT_EQ(*walk.physAddr >> k::PAGE_SHIFT, area.pagePfns[offset >> k::PAGE_SHIFT]) << offset;
    }
    EXPECT_EQ(area.pagePfns[0] % 512, 0u) << "an order-9 block starts 2 MiB aligned";
    m->seek(StepIndex{m->stepCount()});
    for (const std::uint64_t offset : {0ull, 2ull << 20}) {
        const Walk walk = m->tables.translate(VirtAddr{a + offset});
        EXPECT_FALSE(walk.physAddr) << "vfree clears the PMD leaf at once";
        EXPECT_EQ(walk.steps.back().entry, 0u);
    }
    expectExactPlayback(*m);
}

TEST(HugeVmalloc, BelowPmdSizeItIsAnOrdinaryVmalloc)
{
    auto m = run(R"(config kernel=6.18 ram=64M cpus=1
a = vmalloc_huge 1M
)");
    ASSERT_TRUE(m);
    const auto id = m->vmalloc.areaContaining(variable(*m, "a"));
    ASSERT_TRUE(id);
    EXPECT_EQ(m->vmalloc.area(*id, false).pageOrder, 0u);
    EXPECT_EQ(m->tables.translate(VirtAddr{variable(*m, "a")}).steps.back().level, LEVEL_PTE);
}

TEST(HugeVmalloc, WithoutOrder9BlocksItFallsBackToSmallPages)
{
    // 32 MiB of RAM holds eight free order-9 blocks and a few smaller ones: an 18 MiB area needs
    // nine, so the huge attempt fails (quietly: __GFP_NOWARN, no warn_alloc for an order > 0
    // shortfall), frees what it got, and the retry maps 4 KiB pages.
    auto m = run(R"(config kernel=6.18 ram=32M cpus=1
a = vmalloc_huge 18M
)");
    ASSERT_TRUE(m);
    bool fellBack = false;
    for (std::uint64_t s = 1; s <= m->stepCount(); ++s)
        fellBack = fellBack || m->trace.step(StepIndex{s}).event == Ev::HugeFallback;
    const std::uint64_t a = variable(*m, "a");
    EXPECT_TRUE(fellBack) << "32 MiB of RAM has too few free order-9 blocks for 18 MiB";
    ASSERT_NE(a, 0u);
    EXPECT_EQ(m->vmalloc.area(*m->vmalloc.areaContaining(a), false).pageOrder, 0u);
    EXPECT_EQ(m->tables.translate(VirtAddr{a}).steps.back().level, LEVEL_PTE);
    expectExactPlayback(*m);
}
