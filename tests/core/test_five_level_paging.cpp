// SPDX-License-Identifier: GPL-2.0-only
// 5-level paging (LA57): the P4D level, the layout it moves, and what the exports print for it.
// No shipped profile allows `paging=5` yet, so these tests register one that runs 2.6.36's rules
// on 5-level tables; what they check is the page-table machinery, not any kernel's vmalloc.
#include "base/Format.h"
#include "export/Exports.h"
#include "machine/Invariants.h"
#include "machine/Machine.h"
#include "support/Golden.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace vmviz;

namespace {

class La57TestProfile final : public KernelProfile
{
public:
    std::string_view name() const override { return "test-la57"; }
    std::string_view release() const override { return m_base->release(); }
    VmallocPath vmallocPath() const override { return m_base->vmallocPath(); }
    std::uint64_t sizeofVmStruct() const override { return m_base->sizeofVmStruct(); }
    std::uint64_t sizeofVmapArea() const override { return m_base->sizeofVmapArea(); }
    bool vmapAreaCache() const override { return m_base->vmapAreaCache(); }
    std::uint64_t vmapGapBytes() const override { return m_base->vmapGapBytes(); }
    bool clearsPtesAtFree() const override { return m_base->clearsPtesAtFree(); }
    int kmemleakVmallocMinCount() const override { return m_base->kmemleakVmallocMinCount(); }
    std::uint64_t kmemleakVmallocSize(std::uint64_t requested, std::uint64_t pageAligned) const override
    {
        return m_base->kmemleakVmallocSize(requested, pageAligned);
    }
    bool supportsFiveLevelPaging() const override { return true; }

private:
    std::unique_ptr<KernelProfile> m_base = makeKernelProfile("2.6.36");
};

MachineConfig la57Config()
{
    registerKernelProfile("test-la57", [] { return std::make_unique<La57TestProfile>(); });
    MachineConfig config;
    config.profile = "test-la57";
    config.pagingLevels = 5;
    config.vmallocBytes = k::VMALLOC_END_L5 - k::VMALLOC_START_L5 + 1;
    return config;
}

// Beside the other golden files but not in tests/golden, whose every case is a scenario file.
const std::filesystem::path kGoldenDir =
    std::filesystem::path(VMVIZ_SOURCE_DIR) / "tests/data/five-level-paging";

} // namespace

TEST(FiveLevelPaging, EntryIndicesAtEveryLevel)
{
    struct Case
    {
        std::uint64_t vaddr;
        unsigned pgd5, p4d, pud, pmd, pte, pgd4;
    };
    const Case cases[] = {
        // VMALLOC_START under LA57: pgd 416, every lower index 0 (kernel-facts, §3).
        {0xffa0000000000000ull, 416, 0, 0, 0, 0, 0},
        {0xffd1ffffffffffffull, 465, 511, 511, 511, 511, 511},
        // 4-level VMALLOC_START, read as a 5-level address: the top slot, P4D 402.
        {0xffffc90000000000ull, 511, 402, 0, 0, 0, 402},
        {0xffa0008040201000ull, 416, 1, 1, 1, 1, 1},
        {0xff11000000000000ull, 273, 0, 0, 0, 0, 0}, // page_offset_base, LA57
        {0xffd4000000000000ull, 468, 0, 0, 0, 0, 0}, // vmemmap_base, LA57
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(fmt::address(c.vaddr));
        EXPECT_EQ(tableIndex(c.vaddr, LEVEL_PGD_L5), c.pgd5);
        EXPECT_EQ(tableIndex(c.vaddr, LEVEL_P4D), c.p4d);
        EXPECT_EQ(tableIndex(c.vaddr, LEVEL_PUD), c.pud);
        EXPECT_EQ(tableIndex(c.vaddr, LEVEL_PMD), c.pmd);
        EXPECT_EQ(tableIndex(c.vaddr, LEVEL_PTE), c.pte);
        EXPECT_EQ(tableIndex(c.vaddr, LEVEL_PGD), c.pgd4) << "the 4-level PGD indexes the P4D's bits";
    }
}

TEST(FiveLevelPaging, LevelsChainAndNameThemselves)
{
    struct Case
    {
        unsigned level;
        const char* name;
        unsigned shift;
        unsigned child;
    };
    const Case cases[] = {
        {LEVEL_PGD_L5, "PGD", 48, LEVEL_P4D}, {LEVEL_P4D, "P4D", 39, LEVEL_PUD},
        {LEVEL_PGD, "PGD", 39, LEVEL_PUD},    {LEVEL_PUD, "PUD", 30, LEVEL_PMD},
        {LEVEL_PMD, "PMD", 21, LEVEL_PTE},    {LEVEL_PTE, "PTE", 12, LEVEL_PTE},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(tableLevelName(c.level), c.name);
        EXPECT_EQ(tableLevelShift(c.level), c.shift);
        EXPECT_EQ(childTableLevel(c.level), c.child);
    }
    EXPECT_EQ(topTableLevel(4), LEVEL_PGD);
    EXPECT_EQ(topTableLevel(5), LEVEL_PGD_L5);
}

TEST(FiveLevelPaging, LayoutMovesTheRegions)
{
    const AddressLayout l5 = addressLayoutFor(5);
    EXPECT_EQ(l5.vmallocStart, 0xffa0000000000000ull);
    EXPECT_EQ(l5.vmallocEnd, 0xffd1ffffffffffffull);
    EXPECT_EQ(l5.vmallocEnd - l5.vmallocStart + 1, 12800ull << 40) << "VMALLOC_SIZE_TB 12800";
    EXPECT_EQ(l5.pageOffset, 0xff11000000000000ull);
    EXPECT_EQ(l5.canonical(0x01a0000000000000ull), 0xffa0000000000000ull) << "bit 56 is the sign";
    const AddressLayout l4 = addressLayoutFor(4);
    EXPECT_EQ(l4.vmallocStart, k::VMALLOC_START);
    EXPECT_EQ(l4.canonical(0x0000c90000000000ull), 0xffffc90000000000ull) << "bit 47 is the sign";
}

TEST(FiveLevelPaging, The2636ProfileRefusesIt)
{
    MachineConfig config;
    config.pagingLevels = 5;
    EXPECT_EQ(validateConfig(config), "paging=5 needs kernel=6.18 (Linux 2.6.36 has 4-level page tables "
                                      "only; 5-level paging came in 4.14)");
    config.pagingLevels = 3;
    EXPECT_EQ(validateConfig(config), "paging must be 4 or 5 (levels of page tables)");
}

TEST(FiveLevelPaging, BootPreallocatesOneP4dPerVmallocSlot)
{
    Machine machine(la57Config());
    EXPECT_EQ(machine.tables.pagingLevels(), 5u);
    EXPECT_EQ(machine.tables.tableLevel(0), LEVEL_PGD_L5);
    // preallocate_vmalloc_pages(): PGD slots 416..465, a P4D page each, nothing below yet.
    ASSERT_EQ(machine.tables.tableCount(), 1u + 50u);
    for (unsigned slot = 0; slot < 512; ++slot) {
        const auto child = machine.tables.tableOfEntry(machine.tables.entry(0, slot));
        EXPECT_EQ(child.has_value(), slot >= 416 && slot <= 465) << "slot " << slot;
        if (child) {
            EXPECT_EQ(machine.tables.tableLevel(*child), LEVEL_P4D);
        }
    }
    EXPECT_EQ(machine.vmalloc.vmallocStart(), k::VMALLOC_START_L5);
    EXPECT_EQ(machine.vmalloc.vmallocEnd(), k::VMALLOC_END_L5);
}

TEST(FiveLevelPaging, VmallocMapsThroughFiveLevels)
{
    Machine machine(la57Config());
    machine.startRecording();
    const std::uint64_t a = machine.vmalloc.allocate(VmallocApi::Vmalloc, 3 * k::PAGE_SIZE,
                                                     k::GFP_KERNEL | k::__GFP_HIGHMEM, k::PAGE_KERNEL);
    const std::uint64_t b =
        machine.vmalloc.allocate(VmallocApi::Vmalloc, 100, k::GFP_KERNEL | k::__GFP_HIGHMEM, k::PAGE_KERNEL);
    machine.finishRecording();
    EXPECT_EQ(a, k::VMALLOC_START_L5);
    EXPECT_EQ(b, k::VMALLOC_START_L5 + 5 * k::PAGE_SIZE) << "3 pages, the guard page, 2.6.36's gap page";
    const Walk walk = machine.tables.translate(VirtAddr{a + 0x10});
    ASSERT_EQ(walk.steps.size(), 5u);
    const unsigned levels[] = {LEVEL_PGD_L5, LEVEL_P4D, LEVEL_PUD, LEVEL_PMD, LEVEL_PTE};
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_EQ(walk.steps[i].level, levels[i]);
    EXPECT_EQ(walk.steps[0].index, 416u);
    ASSERT_TRUE(walk.physAddr.has_value());
    EXPECT_EQ(*walk.physAddr & 0xfff, 0x10u);
    // Only PUD, PMD and PTE pages came on demand (the P4D was there from boot).
    EXPECT_EQ(machine.tables.tableCount(), 1u + 50u + 3u);
    EXPECT_TRUE(checkInvariants(machine, InvariantScope::Quiescent).empty());

    EXPECT_EQ(golden::compareWithGolden(kGoldenDir / "ptdump.expected", exports::ptdump(machine)), "");
    EXPECT_EQ(golden::compareWithGolden(kGoldenDir / "translate-ffa0000000000010.expected",
                                        exports::translateText(machine, VirtAddr{a + 0x10})),
              "");
    EXPECT_EQ(golden::compareWithGolden(kGoldenDir / "trace.expected",
                                        exports::traceText(machine, 1, machine.stepCount())),
              "");
    EXPECT_EQ(golden::compareWithGolden(kGoldenDir / "meminfo.expected", exports::meminfo(machine)), "");

    // Stepping back to the boot leaves only the boot tables' entries.
    machine.seek(StepIndex{0});
    EXPECT_FALSE(machine.tables.translate(VirtAddr{a}).physAddr.has_value());
}

TEST(FiveLevelPaging, VunmapSkipsEmptyP4dSpans)
{
    Machine machine(la57Config());
    machine.startRecording();
    const std::uint64_t a = machine.vmalloc.allocate(VmallocApi::Vmalloc, 2 * k::PAGE_SIZE,
                                                     k::GFP_KERNEL | k::__GFP_HIGHMEM, k::PAGE_KERNEL);
    machine.vmalloc.vfree(a);
    machine.vmalloc.purge();
    machine.finishRecording();
    EXPECT_FALSE(machine.tables.translate(VirtAddr{a}).physAddr.has_value());
    EXPECT_TRUE(checkInvariants(machine, InvariantScope::Quiescent).empty());
}
