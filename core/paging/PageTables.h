// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The kernel's x86-64 page tables for the vmalloc range (init_mm), 4-level or 5-level (LA57).
// Table pages are real frames from the buddy allocator; entries hold the kernel's bit values:
// upper levels __pa(table) | _PAGE_TABLE (0x67), leaves pfn << 12 | PAGE_KERNEL
// (0x8000000000000163), or a 2 MiB PMD leaf pfn << 12 | PAGE_KERNEL | _PAGE_PSE (6.x huge vmalloc).
// Unmapping clears entries but never frees table pages, as in 2.6.36; only a huge mapping over an
// empty PTE table frees that table (pmd_free_pte_page).
#include "base/AddressLayout.h"
#include "base/Types.h"
#include "phys/PhysicalMemory.h"

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace vmviz {

// A level names a kind of table without knowing the machine: the 4-level PGD (index bits 47:39)
// keeps the number 4 that every 4-level trace stores, and the two kinds only 5-level paging has
// come after it, so "PGD" and "P4D" read the same whichever machine a step came from.
enum TableLevel : std::uint8_t
{
    LEVEL_PTE = 1,
    LEVEL_PMD = 2,
    LEVEL_PUD = 3,
    LEVEL_PGD = 4,    ///< the top of a 4-level tree (the P4D folded into it): bits 47:39
    LEVEL_P4D = 5,    ///< 5-level only: bits 47:39, under a LEVEL_PGD_L5 entry
    LEVEL_PGD_L5 = 6, ///< the top of a 5-level tree: bits 56:48
};
std::string_view tableLevelName(unsigned level);
/// The lowest address bit the index of a `level` table covers (12, 21, 30, 39, 39, 48).
unsigned tableLevelShift(unsigned level);
/// The level of the tables a `level` table's entries point to (LEVEL_PTE for a PTE table).
unsigned childTableLevel(unsigned level);
/// The top level of a tree of `pagingLevels` levels (4 or 5).
unsigned topTableLevel(unsigned pagingLevels);
/// Index into the table of `level` for a virtual address.
unsigned tableIndex(std::uint64_t vaddr, unsigned level);
/// A present entry that maps memory rather than a table: every PTE, and a PMD with _PAGE_PSE set
/// (a 2 MiB page, as 6.x's huge vmalloc writes with pmd_set_huge()).
bool isLeafEntry(std::uint64_t entry, unsigned level);
/// "P RW A D G NX" style flag words of an entry.
std::string entryFlags(std::uint64_t entry, unsigned level);

struct WalkStep
{
    unsigned level = 0;
    std::uint64_t tablePfn = 0;
    unsigned index = 0;
    std::uint64_t entry = 0;
};

struct Walk
{
    std::uint64_t vaddr = 0;
    std::vector<WalkStep> steps; ///< PGD first (then P4D under LA57); stops at the first empty entry
    std::optional<std::uint64_t> physAddr;
};

class PageTables
{
public:
    /// Asked before each table allocation: returns true to make it fail (fault injection).
    using FailHook = std::function<bool(unsigned level)>;

    PageTables(Journal& journal, Recorder& recorder, PhysicalMemory& phys);

    /// init_mm.pgd (init_level4_pgt, init_top_pgt in 6.x) lives in the kernel image at `pgdPfn`.
    /// With `preallocate` (and always under 5-level paging), the tables the top level points to
    /// are allocated for every PGD slot of the vmalloc range up to `vmallocEnd`, as
    /// preallocate_vmalloc_pages() does (arch/x86/mm/init_64.c, 6.18): a P4D page each under
    /// LA57, a PUD page each with 4 levels (the P4D folded), so no PGD entry changes later.
    void boot(Pfn pgdPfn, const AddressLayout& layout = AddressLayout{},
              std::uint64_t vmallocEnd = k::VMALLOC_END, bool preallocate = false);

    /// 4, or 5 under LA57.
    unsigned pagingLevels() const { return m_layout.pagingLevels; }
    unsigned topLevel() const { return topTableLevel(m_layout.pagingLevels); }
    const AddressLayout& layout() const { return m_layout; }

    /// vmap_page_range(start, end, prot, pages): maps pages[0..] at start..end. Returns the number
    /// of pages mapped, or -ENOMEM / -EBUSY (with the kernel's WARN for a busy PTE).
    /// `walk` names the walk in the trace: 6.x runs it as vmap_small_pages_range_noflush, which
    /// returns 0 rather than the count.
    long vmapPageRange(std::uint64_t start, std::uint64_t end, std::uint64_t prot,
                       const std::function<std::uint64_t(std::size_t)>& pageAt, const FailHook& fail,
                       Fn walk = Fn::vmap_page_range);
    /// 6.x __vmap_pages_range_noflush() with page_shift = PMD_SHIFT: one vmap_range_noflush() per
    /// 2 MiB of [start, end), each mapped by one PMD leaf (vmap_try_huge_pmd → pmd_set_huge).
    /// pageAt(i) is pages[i]; each 512-page run must be physically contiguous and 2 MiB aligned.
    /// Returns 0 or -ENOMEM.
    long vmapHugePmdRange(std::uint64_t start, std::uint64_t end, std::uint64_t prot,
                          const std::function<std::uint64_t(std::size_t)>& pageAt, const FailHook& fail);
    /// vunmap_page_range(start, end): clears every PTE in the range, and every PMD leaf
    /// (pmd_clear_huge); returns how many PTEs were present.
    std::uint64_t vunmapPageRange(std::uint64_t start, std::uint64_t end);

    Walk translate(VirtAddr at) const;

    std::size_t tableCount() const { return m_pfn.size(); }
    std::uint64_t tablePfn(std::uint32_t table) const { return m_pfn[table]; }
    unsigned tableLevel(std::uint32_t table) const { return m_level[table]; }
    bool tableAlive(std::uint32_t table) const { return m_level[table] != 0; }
    std::uint64_t entry(std::uint32_t table, unsigned index) const
    {
        return m_entries[std::size_t{table} * 512 + index];
    }
    /// The table a present upper-level entry points to.
    std::optional<std::uint32_t> tableOfEntry(std::uint64_t entry) const;
    Pfn pgdPfn() const { return Pfn{m_pfn[0]}; }

private:
    long mapUnder(std::uint32_t table, unsigned level, std::uint64_t& addr, std::uint64_t end, long& nr,
                  std::uint64_t prot, const std::function<std::uint64_t(std::size_t)>& pageAt,
                  const FailHook& fail);
    std::optional<std::uint32_t> ensureTable(std::uint32_t parent, unsigned index, unsigned childLevel,
                                             std::uint64_t vaddr, const FailHook& fail);
    void setEntry(std::uint32_t table, unsigned index, std::uint64_t value);

    Recorder& m_recorder;
    PhysicalMemory& m_phys;
    AddressLayout m_layout;
    Column<std::uint32_t> m_pfn;
    Column<std::uint8_t> m_level;
    Column<std::uint64_t> m_entries; ///< 512 per table
};

} // namespace vmviz
