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
    unsigned index = 0; ///< zone_idx(): 0 DMA, 1 DMA32, 2 Normal
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
    /// Per slab cache with objects, in slab_caches order: what 6.x's dump_unreclaimable_slab()
    /// prints when the OOM killer finds more unreclaimable slab than LRU pages.
    struct SlabCacheUse
    {
        std::string name;
        std::uint64_t activeObjects = 0, objects = 0;
        std::uint32_t objectSize = 0;
    };
    std::vector<SlabCacheUse> slabCaches;
};

/// "Mem-Info:" through "N pages non-shared", one string per printk line.
std::vector<std::string> showMemLines(const ShowMem& mem);
/// __show_mem(filter, nodemask, maxZone) of 6.18 (mm/show_mem.c): "Mem-Info:", show_free_areas()
/// with a node line, each zone up to `maxZone` (gfp_zone() of the failed request) with its
/// watermarks, managed pages and pcp pages, the buddy lists with their migratetype letters, the
/// node's hugetlb line, then the swap and RAM summary. The configuration is x86_64_defconfig's:
/// CONFIG_NUMA=y, CONFIG_HUGETLB_PAGE=y (one 2 MiB hstate), no THP, no CMA, no
/// CONFIG_MEMORY_FAILURE, no CONFIG_MEMORY_ISOLATION, no memory-allocation profiling.
std::vector<std::string> showMemLines6(const ShowMem& mem, unsigned maxZone = 2);
/// dump_unreclaimable_slab() (mm/slab_common.c, 6.18): "Unreclaimable slab info:", a header and
/// one "%-17s %10luKB %10luKB" line per cache with objects.
std::vector<std::string> unreclaimableSlabLines(const ShowMem& mem);

} // namespace vmviz
