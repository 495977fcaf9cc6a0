// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Which part of the machine a journaled column holds. Every column is tagged with its part when it
// is created, so readers of the journal (change sets, snapshot builders) never match column names.
// Columns of one part share an index space: slot i of every Frames or FrameLinks column is frame i,
// slot i of every VmapAreas or VmStructs column is area i, and so on.
#include <cstdint>

namespace vmviz {

enum class MachinePart : std::uint8_t
{
    Frames,           ///< struct page: owner kind and aux byte, per frame
    FrameLinks,       ///< per frame: free-list links, or owner ref and index; list heads after the last frame
    Pageblocks,       ///< pageblock migratetypes
    ZoneCounters,     ///< per zone: nr_free per order, the per-CPU count, NR_FREE_PAGES
    BuddyInFlight,    ///< the block __rmqueue() holds between the lists
    PageTables,       ///< per table: its frame and level
    PageTableEntries, ///< 512 entries per table
    VmapAreas,        ///< struct vmap_area, per area id
    VmStructs,        ///< struct vm_struct, per area id
    VmPageArrays,     ///< area->pages[] slots
    VmapLazyNr,       ///< vmap_lazy_nr
    KmemleakObjects,  ///< struct kmemleak_object, per object id
    KmemleakScan,     ///< jiffies_last_scan
    SlubCaches,       ///< kmem_cache_cpu and nr_partial, per cache
    Slabs,            ///< per slab page
    SlabObjects,      ///< per object slot
    Clock,            ///< jiffies
    CallerVariables,  ///< the scenario's own pointer variables
    MemoryContents,   ///< what the scenario wrote into memory
    Task,             ///< the scenario's task: TIF_MEMDIE once the OOM killer chose it
    Count
};

} // namespace vmviz
