#pragma once
// show_mem() (lib/show_mem.c) and show_free_areas() (mm/page_alloc.c), 2.6.36: the memory report
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
};

struct ShowMem
{
    std::vector<ShowMemZone> zones; ///< the populated ones, lowest first
    std::uint64_t ramPages = 0;
    std::uint64_t reservedPages = 0;
    std::uint64_t nonsharedPages = 0; ///< page_count() == 1: every allocated frame
};

/// "Mem-Info:" through "N pages non-shared", one string per printk line.
std::vector<std::string> showMemLines(const ShowMem& mem);

} // namespace vmviz
