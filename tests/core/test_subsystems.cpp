// SPDX-License-Identifier: GPL-2.0-only
// Unit tests per subsystem, as tables of cases against the kernel's own numbers.
#include "base/Constants.h"
#include "export/Exports.h"
#include "kernel/FaultInjector.h"
#include "kernel/KernelProfile.h"
#include "kmemleak/Kmemleak.h"
#include "machine/Machine.h"
#include "scenario/ScenarioRunner.h"
#include "steps/Narration.h"

#include <gtest/gtest.h>

using namespace vmviz;

namespace {

MachineConfig withRam(std::uint64_t ram, unsigned cpus = 4)
{
    MachineConfig c;
    c.ramBytes = ram;
    c.cpus = cpus;
    return c;
}

// zone_batchsize()/setup_pageset(): "a zone ≥ 512 MiB gets batch = 31" (kernel-facts §5.1).
TEST(PhysicalMemory, PerCpuBatchAndHighFollowZoneBatchsize)
{
    const struct
    {
        std::uint64_t ram;
        unsigned zone;
        std::uint32_t batch, high;
    } cases[] = {
        {128ull << 20, ZONE_DMA, 1, 0},
        {128ull << 20, ZONE_DMA32, 7, 42},
        {1ull << 30, ZONE_DMA32, 31, 186},
        {8ull << 30, ZONE_NORMAL, 31, 186},
    };
    for (const auto& c : cases) {
        Machine m(withRam(c.ram));
        EXPECT_EQ(m.phys.zone(c.zone).batch, c.batch) << c.ram << " " << zoneName(c.zone);
        EXPECT_EQ(m.phys.zone(c.zone).high, c.high) << c.ram << " " << zoneName(c.zone);
    }
}

TEST(PhysicalMemory, ZonesAndBootReservations)
{
    Machine m(withRam(6ull << 30));
    EXPECT_EQ(m.phys.zone(ZONE_DMA).endPfn, 4096u);
    EXPECT_EQ(m.phys.zone(ZONE_DMA32).endPfn, 0x100000u);
    EXPECT_EQ(m.phys.zone(ZONE_NORMAL).endPfn, (6ull << 30) >> 12);
    EXPECT_EQ(m.phys.owner(Pfn{0}), FrameOwner::Reserved);
    EXPECT_EQ(m.phys.owner(Pfn{0x1000}), FrameOwner::Reserved);   // kernel image
    EXPECT_EQ(m.phys.owner(Pfn{kPgdPfn}), FrameOwner::PageTable); // init_level4_pgt
    EXPECT_EQ(m.phys.owner(Pfn{0x2000}), FrameOwner::Free);
    // Boot frees merge into whole order-10 blocks wherever nothing is reserved.
    EXPECT_GT(m.phys.nrFree(ZONE_NORMAL, 10), 0u);
    std::uint64_t free = 0;
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
        free += m.phys.freePagesCounter(z);
    // Everything boot freed is free, but for insmod's kernel stack (THREAD_SIZE, order 1), taken
    // after the boot frees as fork does.
    std::uint64_t stack = 0;
    for (std::uint64_t pfn = 0; pfn < m.phys.frameCount(); ++pfn)
        stack += m.phys.owner(Pfn{pfn}) == FrameOwner::KernelStack;
    EXPECT_EQ(stack, 2u);
    EXPECT_EQ(free + stack, m.phys.totalramPages());
}

// A split yields ascending PFNs; a freed page is the next one handed out (LIFO); freeing merges.
TEST(PhysicalMemory, SplitIsAscendingReuseIsLifoAndFreesMerge)
{
    Machine m(withRam(128ull << 20));
    std::vector<std::uint64_t> got;
    for (int i = 0; i < 5; ++i)
        got.push_back(
            m.phys.allocPages(k::GFP_KERNEL, 0, OwnerTag{FrameOwner::VmallocData, 0, 0, 0})->value());
    for (std::size_t i = 1; i < got.size(); ++i)
        EXPECT_EQ(got[i], got[i - 1] + 1) << "pages of one split come out in ascending order";
    m.phys.freePages(Pfn{got[2]}, 0);
    EXPECT_EQ(m.phys.allocPages(k::GFP_KERNEL, 0, OwnerTag{FrameOwner::VmallocData, 0, 0, 0})->value(),
              got[2]);
    // An order-1 block comes straight from the buddy allocator and merges back when freed.
    const auto block = m.phys.allocPages(k::GFP_KERNEL, 1, OwnerTag{FrameOwner::Slab, 0, 0, 0});
    ASSERT_TRUE(block);
    EXPECT_EQ(block->value() % 2, 0u);
    const std::uint64_t order10Before = m.phys.nrFree(ZONE_DMA32, 10);
    m.phys.freePages(*block, 1);
    EXPECT_EQ(m.phys.owner(*block), FrameOwner::Free);
    EXPECT_GE(m.phys.nrFree(ZONE_DMA32, 10), order10Before);
}

// calculate_order() of mm/slub.c with nr_cpu_ids = 4 (min_objects 16).
TEST(Slab, KmallocCacheOrdersAndObjectCounts)
{
    Machine m(withRam(128ull << 20));
    const struct
    {
        std::uint64_t request;
        const char* cache;
        unsigned order;
        std::uint32_t objects;
    } cases[] = {
        {8, "kmalloc-8", 0, 512},      {64, "kmalloc-64", 0, 64},    {65, "kmalloc-96", 0, 42},
        {104, "kmalloc-128", 0, 32},   {129, "kmalloc-192", 0, 21},  {512, "kmalloc-512", 1, 16},
        {2048, "kmalloc-2048", 3, 16}, {4096, "kmalloc-4096", 3, 8}, {4097, "kmalloc-8192", 3, 4},
    };
    for (const auto& c : cases) {
        const auto index = Slab::cacheFor(c.request);
        ASSERT_TRUE(index) << c.request;
        const KmallocCache& cache = m.slab.cache(*index);
        EXPECT_EQ(cache.name, c.cache) << c.request;
        EXPECT_EQ(cache.order, c.order) << c.cache;
        EXPECT_EQ(cache.objects, c.objects) << c.cache;
    }
    EXPECT_FALSE(Slab::cacheFor(8193));
}

TEST(PageTables, EntryValuesAreTheKernels)
{
    auto run = scenario::runScenarioText("a = vmalloc 100\n", "t.vmviz");
    ASSERT_TRUE(run.machine) << run.error;
    const Walk walk = run.machine->tables.translate(VirtAddr{k::VMALLOC_START + 0x123});
    ASSERT_EQ(walk.steps.size(), 4u);
    EXPECT_EQ(walk.steps[0].index, 402u); // VMALLOC_START is pgd 402
    for (int level = 0; level < 3; ++level)
        EXPECT_EQ(walk.steps[level].entry & 0xfff, 0x067u) << "upper levels are __pa(table) | _PAGE_TABLE";
    EXPECT_EQ(walk.steps[3].entry & ~k::PTE_PFN_MASK, 0x8000000000000163ull) << "leaf: PAGE_KERNEL";
    const AreaInfo a = run.machine->vmalloc.area(run.machine->vmalloc.vmlist().front());
    EXPECT_EQ(*walk.physAddr, (a.pagePfns[0] << 12) + 0x123);
    // The guard page is not mapped.
    EXPECT_FALSE(run.machine->tables.translate(VirtAddr{k::VMALLOC_START + 0x1000}).physAddr);
    EXPECT_EQ(entryFlags(0x8000000000000163ull, LEVEL_PTE), "P RW A D G NX");
    EXPECT_EQ(entryFlags(0x67, LEVEL_PMD), "P RW US A D");
}

TEST(FaultInjector, AfterFailsOnceAndEveryFailsPeriodically)
{
    FaultInjector f;
    f.arm(FaultSite::AllocPage, FaultInjector::Mode::After, 2);
    EXPECT_EQ((std::vector<bool>{f.shouldFail(FaultSite::AllocPage), f.shouldFail(FaultSite::AllocPage),
                                 f.shouldFail(FaultSite::AllocPage), f.shouldFail(FaultSite::AllocPage)}),
              (std::vector<bool>{false, false, true, false}));
    f.arm(FaultSite::Kmalloc, FaultInjector::Mode::Every, 2);
    EXPECT_EQ((std::vector<bool>{f.shouldFail(FaultSite::Kmalloc), f.shouldFail(FaultSite::Kmalloc),
                                 f.shouldFail(FaultSite::Kmalloc), f.shouldFail(FaultSite::Kmalloc)}),
              (std::vector<bool>{false, true, false, true}));
    EXPECT_FALSE(f.shouldFail(FaultSite::PteAlloc));
}

TEST(KernelProfile, LazyMaxPagesIsFlsCpusTimes32MiB)
{
    const auto profile = makeKernelProfile("2.6.36");
    ASSERT_TRUE(profile);
    const std::pair<unsigned, std::uint64_t> cases[] = {{1, 8192},  {2, 16384}, {3, 16384}, {4, 24576},
                                                        {7, 24576}, {8, 32768}, {16, 40960}};
    for (const auto& [cpus, pages] : cases)
        EXPECT_EQ(profile->lazyMaxPages(cpus), pages) << cpus;
    EXPECT_FALSE(makeKernelProfile("6.6"));
}

TEST(Kmemleak, Crc32IsTheKernelsWithoutInversion)
{
    const std::string text = "123456789";
    EXPECT_EQ(kernelCrc32(0, reinterpret_cast<const std::uint8_t*>(text.data()), text.size()), 0x2dfd2d88u);
    const std::vector<std::uint8_t> zeros(100, 0);
    EXPECT_EQ(kernelCrc32(0, zeros.data(), zeros.size()), 0u) << "all-zero blocks keep the initial checksum";
}

TEST(Narration, GfpAndVmFlagsAreSpelledAsInTheKernel)
{
    EXPECT_EQ(gfpName(0xd2), "GFP_KERNEL|__GFP_HIGHMEM");
    EXPECT_EQ(gfpName(0x80d2), "GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO");
    EXPECT_EQ(gfpName(0xd4), "GFP_KERNEL|__GFP_DMA32");
    EXPECT_EQ(gfpName(0), "0");
    EXPECT_EQ(vmFlagsName(k::VM_ALLOC | k::VM_VPAGES), "VM_ALLOC|VM_VPAGES");
}

// Same inputs, same trace, byte for byte (the seed only feeds what the kernel randomises).
TEST(Determinism, TheSameScenarioGivesTheSameTrace)
{
    const std::string text = "config ram=64M seed=7\na = vmalloc 3M\nvfree a\nvfree a\nb = vmalloc_32 5K\n";
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Operations; // the random-scenario tests check every step
    auto first = scenario::runScenarioText(text, "d.vmviz", options);
    auto second = scenario::runScenarioText(text, "d.vmviz", options);
    ASSERT_TRUE(first.machine && second.machine);
    EXPECT_EQ(exports::traceJsonl(*first.machine, 1, first.machine->stepCount()),
              exports::traceJsonl(*second.machine, 1, second.machine->stepCount()));
    EXPECT_EQ(exports::dmesg(*first.machine), exports::dmesg(*second.machine));
    EXPECT_EQ(first.machine->stateHash(), second.machine->stateHash());
    // A different seed changes only what the kernel would randomise (the oops id).
    std::string reseededText = text;
    reseededText.replace(reseededText.find("seed=7"), 6, "seed=8");
    auto reseeded = scenario::runScenarioText(reseededText, "d.vmviz", options);
    ASSERT_TRUE(reseeded.machine);
    EXPECT_EQ(exports::vmallocinfo(*reseeded.machine), exports::vmallocinfo(*first.machine));
    EXPECT_NE(exports::dmesg(*reseeded.machine), exports::dmesg(*first.machine));
}

} // namespace
