// SPDX-License-Identifier: GPL-2.0-only
// Linux 6.18's kvmalloc/kvfree (mm/slub.c: __kvmalloc_node_noprof, kvfree) and the kmalloc_large
// path under it: which allocator serves each size, when vmalloc steps in, and that kvfree gives
// everything back. Each run is checked at every step and must play back exactly.
#include "base/Constants.h"
#include "machine/Invariants.h"
#include "machine/Machine.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

#include <string>

using namespace vmviz;

namespace {

constexpr std::uint64_t kVmAllowHugeVmap = 0x400;

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

bool traceHas(const Machine& m, Ev event)
{
    for (std::uint64_t i = 1; i <= m.stepCount(); ++i)
        if (m.trace.step(StepIndex{i}).kind == StepKind::Effect && m.trace.step(StepIndex{i}).event == event)
            return true;
    return false;
}

enum class Served
{
    Slab,
    LargeKmalloc,
    Vmalloc,
    VmallocHuge,
    Null,
    ZeroSizePtr,
};

struct Case
{
    const char* name;
    const char* before; ///< lines before `p = kvmalloc SIZE`
    const char* size;
    Served served;
    unsigned order = 0; ///< the large kmalloc's compound order
};

const Case kCases[] = {
    {"SmallIsASlabObject", "", "100", Served::Slab},
    {"OnePageIsASlabObject", "", "4K", Served::Slab},
    {"LargestCacheIsStillSlab", "", "8K", Served::Slab},
    {"OverKmallocMaxCacheSizeIsALargeKmalloc", "", "8K+1", Served::LargeKmalloc, 2},
    {"SixtyFourKIsAnOrder4Page", "", "64K", Served::LargeKmalloc, 4},
    {"FourMIsTheLargestLargeKmalloc", "", "4M", Served::LargeKmalloc, 10},
    {"OrderElevenFallsToHugeVmalloc", "", "6M", Served::VmallocHuge},
    {"FailedPageAllocationFallsToVmalloc", "fail alloc_page after 0\n", "64K", Served::Vmalloc},
    {"FailedSlabOverAPageFallsToVmalloc", "fail kmalloc after 0\n", "6K", Served::Vmalloc},
    {"FailedSlabForAPageOrLessIsNull", "fail kmalloc after 0\n", "4K", Served::Null},
    {"OverIntMaxIsNull", "", "2G", Served::Null},
    {"ZeroIsZeroSizePtr", "", "0", Served::ZeroSizePtr},
};

class Kvmalloc : public ::testing::TestWithParam<Case>
{
};

TEST_P(Kvmalloc, TheRightAllocatorServesItAndKvfreeGivesItBack)
{
    const Case& c = GetParam();
    const std::string text = std::string("config kernel=6.18 cpus=1 ram=128M\n") + c.before +
                             "p = kvmalloc " + c.size + "\nkvfree p\n";
    auto m = run(text);
    ASSERT_TRUE(m);
    // The state right after the kvmalloc line: before the kvfree line's first step.
    std::uint64_t kvfreeStep = 0;
    for (std::uint64_t i = 1; i <= m->stepCount() && !kvfreeStep; ++i)
        if (m->trace.step(StepIndex{i}).kind == StepKind::Call &&
            m->trace.step(StepIndex{i}).function == Fn::kvfree_addr)
            kvfreeStep = i;
    ASSERT_NE(kvfreeStep, 0u);
    m->seek(StepIndex{kvfreeStep - 2});
    const std::uint64_t p = variable(*m, "p");
    const bool vmallocRange = p >= m->vmalloc.vmallocStart() && p < m->vmalloc.vmallocEnd();
    switch (c.served) {
    case Served::Slab: {
        const auto object = m->slab.objectAt(p);
        ASSERT_TRUE(object && object->allocated && object->address == p) << std::hex << p;
        EXPECT_TRUE(m->slab.largeKmallocs().empty());
        break;
    }
    case Served::LargeKmalloc: {
        ASSERT_EQ(m->slab.largeKmallocs().size(), 1u);
        const LargeKmallocInfo large = m->slab.largeKmallocs().front();
        EXPECT_EQ(large.address, p);
        EXPECT_EQ(large.order, c.order);
        EXPECT_FALSE(m->slab.objectAt(p));
        EXPECT_EQ(m->phys.aux(Pfn{large.pfn}), kLargeKmalloc);
        EXPECT_TRUE(m->kmemleak.find(VirtAddr{p})) << "kmemleak_alloc(ptr, size, 1, flags)";
        break;
    }
    case Served::Vmalloc:
    case Served::VmallocHuge: {
        ASSERT_TRUE(vmallocRange) << std::hex << p;
        const auto id = m->vmalloc.areaContaining(p);
        ASSERT_TRUE(id);
        const AreaInfo area = m->vmalloc.area(*id, false);
        EXPECT_TRUE(area.flags & kVmAllowHugeVmap);
        EXPECT_EQ(area.pageOrder, c.served == Served::VmallocHuge ? 9u : 0u);
        EXPECT_TRUE(traceHas(*m, Ev::KvmallocFallback));
        break;
    }
    case Served::Null:
        EXPECT_EQ(p, 0u);
        EXPECT_FALSE(traceHas(*m, Ev::KvmallocFallback));
        break;
    case Served::ZeroSizePtr:
        EXPECT_EQ(p, 16u);
        break;
    }
    // kvfree: nothing kmalloc'ed is left, and a vmalloc'ed area waits lazily for the purge.
    m->seek(StepIndex{m->stepCount()});
    EXPECT_TRUE(m->slab.largeKmallocs().empty());
    EXPECT_FALSE(m->kmemleak.find(VirtAddr{p}));
    if (c.served == Served::Slab) {
        EXPECT_FALSE(m->slab.objectAt(p)->allocated);
    }
    if (vmallocRange) {
        EXPECT_FALSE(m->vmalloc.area(*m->vmalloc.areaContaining(p), false).vmAlive);
    }
    EXPECT_TRUE(checkInvariants(*m, InvariantScope::Quiescent).empty());
    const std::uint64_t endHash = m->stateHash();
    m->seek(StepIndex{0});
    EXPECT_EQ(m->stateHash(), Machine(m->config()).stateHash());
    m->seek(StepIndex{m->stepCount()});
    EXPECT_EQ(m->stateHash(), endHash);
}

INSTANTIATE_TEST_SUITE_P(Sizes, Kvmalloc, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param) {
                             return std::string(param.param.name);
                         });

TEST(Kvmalloc, KvfreeOfAFreedSlabObjectFreesNothingTwice)
{
    auto m = run("config kernel=6.18 cpus=1\np = kvmalloc 100\nq = kvmalloc 100\nkvfree p\nkvfree p\n");
    ASSERT_TRUE(m);
    const auto q = m->slab.objectAt(variable(*m, "q"));
    ASSERT_TRUE(q);
    EXPECT_TRUE(q->allocated);
}

TEST(Kvmalloc, TwoSixThirtySixRefusesBothVerbsAndSaysWhenTheyCame)
{
    const auto result = scenario::parseScenario("p = kvmalloc 100\nkvfree p\nkvfree NULL\n", "old.vmviz");
    ASSERT_EQ(result.errors.size(), 3u);
    EXPECT_EQ(result.errors[0].toString(),
              "old.vmviz:1: kvmalloc does not exist in Linux 2.6.36 (added in 4.12); use config kernel=6.18");
    EXPECT_EQ(result.errors[1].toString(),
              "old.vmviz:2: kvfree does not exist in Linux 2.6.36 (added in 3.15); use config kernel=6.18");
    EXPECT_EQ(result.errors[2].where.line, 3);
}

TEST(Kvmalloc, TheVerbsParseAndFormatBack)
{
    const auto result = scenario::parseScenario(
        "config kernel=6.18\np = kvmalloc 64K\nkvfree p\nkvfree NULL\nkvfree 0xffff880000001000\n",
        "t.vmviz");
    ASSERT_TRUE(result.ok());
    const auto& ops = result.scenario->operations;
    ASSERT_EQ(ops.size(), 4u);
    EXPECT_EQ(scenario::formatOperation(ops[0]), "p = kvmalloc 64K");
    EXPECT_EQ(scenario::formatOperation(ops[1]), "kvfree p");
    EXPECT_EQ(scenario::formatOperation(ops[2]), "kvfree NULL");
    EXPECT_EQ(scenario::formatOperation(ops[3]), "kvfree 0xffff880000001000");
    EXPECT_TRUE(std::get<scenario::FreeOp>(ops[1].op).kvfree);
}

} // namespace
