// SPDX-License-Identifier: GPL-2.0-only
#include "paging/DirectMap.h"

#include "base/Constants.h"

namespace vmviz {

namespace {
constexpr std::uint64_t kEarlyTablePfn = 0x8000 >> k::PAGE_SHIFT; // find_early_table_space(): from 0x8000
constexpr std::uint64_t kLargePage = 2ull << 20;
// _KERNPG_TABLE: head_64.S links its tables with it (no _PAGE_USER).
constexpr std::uint64_t kKernpgTable = k::_PAGE_PRESENT | k::_PAGE_RW | k::_PAGE_ACCESSED | k::_PAGE_DIRTY;
constexpr std::uint64_t kLargeExec = k::__PAGE_KERNEL_EXEC | k::_PAGE_PSE; // __PAGE_KERNEL_LARGE_EXEC
constexpr std::uint64_t kLarge = k::PAGE_KERNEL | k::_PAGE_PSE;            // PAGE_KERNEL_LARGE
} // namespace

DirectMapTables directMapTables(Pfn pgdPfn)
{
    // init_level4_pgt, level3_ident_pgt, level3_kernel_pgt, level2_fixmap_pgt, level1_fixmap_pgt,
    // level2_ident_pgt: one page each.
    return {pgdPfn.value() + 1, pgdPfn.value() + 5};
}

Walk directMapWalk(VirtAddr at, Pfn pgdPfn, std::uint64_t ramFrames)
{
    const std::uint64_t vaddr = at.value();
    const std::uint64_t phys = vaddr - k::PAGE_OFFSET;
    const DirectMapTables tables = directMapTables(pgdPfn);
    Walk walk;
    walk.vaddr = vaddr;
    const auto index = [vaddr](unsigned shift) { return static_cast<unsigned>((vaddr >> shift) & 511); };
    const std::uint64_t ramBytes = ramFrames << k::PAGE_SHIFT;
    // init_memory_mapping() maps whole 2 MiB pages up to the end of RAM, rounded up.
    const std::uint64_t mappedEnd = (ramBytes + kLargePage - 1) & ~(kLargePage - 1);
    const std::uint64_t gib = phys >> 30;
    const std::uint64_t gibsMapped = (mappedEnd + (1ull << 30) - 1) >> 30;

    const bool firstSlot = index(39) == ((k::PAGE_OFFSET >> 39) & 511);
    // Only the first PGD slot of the direct map has a table: the model's RAM ends below 512 GiB.
    walk.steps.push_back({LEVEL_PGD, pgdPfn.value(), index(39),
                          firstSlot ? (tables.level3IdentPfn << k::PAGE_SHIFT) | kKernpgTable : 0});
    if (!firstSlot)
        return walk;
    if (gib >= gibsMapped) {
        walk.steps.push_back({LEVEL_PUD, tables.level3IdentPfn, index(30), 0});
        return walk;
    }
    // The first GiB's PMD table is head_64.S's; every other comes from the early table space, in
    // the order phys_pud_init() allocates them.
    const std::uint64_t pmdPfn = gib == 0 ? tables.level2IdentPfn : kEarlyTablePfn + (gib - 1);
    const std::uint64_t pudEntry = (pmdPfn << k::PAGE_SHIFT) | (gib == 0 ? kKernpgTable : k::_PAGE_TABLE);
    walk.steps.push_back({LEVEL_PUD, tables.level3IdentPfn, index(30), pudEntry});
    const std::uint64_t largeBase = phys & ~(kLargePage - 1);
    // phys_pmd_init() clears the identity map's entries past the end of RAM.
    const std::uint64_t pmdEntry = largeBase >= mappedEnd ? 0 : largeBase | (gib == 0 ? kLargeExec : kLarge);
    walk.steps.push_back({LEVEL_PMD, pmdPfn, index(21), pmdEntry});
    if (pmdEntry)
        walk.physAddr = phys;
    return walk;
}

} // namespace vmviz
