// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// show_mem() (lib/show_mem.c) and show_free_areas() (mm/page_alloc.c), 2.6.36, and 6.18's
// __show_mem() (mm/show_mem.c): the memory report
// the page allocator prints with "page allocation failure" and the OOM killer with its header.
// The numbers come from the machine; this file only lays them out.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace vmviz {

struct ShowMemZone
{
    std::string name;
    std::uint64_t presentPages = 0;
    std::uint64_t freePages = 0; ///< NR_FREE_PAGES: the buddy lists, not the per-CPU lists
    std::uint64_t minPages = 0, lowPages = 0, highPages = 0;
    std::uint64_t slabPages = 0;
    std::uint64_t kernelStacks = 0; ///< NR_KERNEL_STACK: tasks whose stack is in this zone
    /// lowmem_reserve[] for DMA, DMA32, Normal and Movable (x86-64's MAX_NR_ZONES is 4).
    std::array<std::uint64_t, 4> lowmemReserve{};
    std::array<std::uint64_t, 11> nrFree{}; ///< free_area[order].nr_free
    std::uint32_t pcpHigh = 0, pcpBatch = 0;
    std::vector<std::uint64_t> pcpCount; ///< per online CPU
    // Read only by the 6.x layout:
    std::uint64_t managedPages = 0;
    /// Per order, which free lists are not empty, as 6.x's letters: 'U' Unmovable, 'M' Movable, 'E'
    /// Reclaimable (in that order).
    std::array<std::string, 11> freeTypes{};
};

struct ShowMem
{
    std::vector<ShowMemZone> zones; ///< the populated ones, lowest first
    std::uint64_t ramPages = 0;
    std::uint64_t reservedPages = 0;
    std::uint64_t nonsharedPages = 0; ///< page_count() == 1: every allocated frame
    std::uint64_t pageTablePages = 0; ///< NR_PAGETABLE: init_mm's vmalloc tables (6.x counts them)
};

/// "Mem-Info:" through "N pages non-shared", one string per printk line.
std::vector<std::string> showMemLines(const ShowMem& mem);
/// __show_mem() of 6.18 (mm/show_mem.c): "Mem-Info:", show_free_areas() with a node line, each
/// zone's watermarks, managed pages and pcp pages, the buddy lists with their migratetype letters,
/// then the swap and RAM summary; CONFIG_NUMA=y, no THP, no CMA, CONFIG_MEMORY_FAILURE=y, no
/// memory-allocation profiling report.
std::vector<std::string> showMemLines6(const ShowMem& mem);

} // namespace vmviz
