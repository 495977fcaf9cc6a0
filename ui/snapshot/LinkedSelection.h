// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Everything that belongs to one vmalloc area, found in a snapshot: its data frames, the frames
// of its page array, the page-table entries that map it, and its kmemleak objects. Every view
// highlights its own share of this, so a click anywhere shows the whole area everywhere.
#include "snapshot/MachineSnapshot.h"

#include <cstdint>
#include <vector>

namespace vmviz::ui {

struct LinkedSelection
{
    bool valid = false; ///< false when the area is not in the busy tree at this position
    AreaId area{0};
    std::uint64_t vaStart = 0;
    std::uint64_t vaEnd = 0;
    std::vector<std::uint64_t> dataPfns;     ///< area->pages[i]
    std::vector<std::uint64_t> arrayPfns;    ///< frames holding area->pages (slab page or nested area)
    std::vector<std::uint64_t> metadataPfns; ///< slab pages holding the vm_struct and vmap_area
    std::vector<EntryRef> ptes;              ///< leaf entries mapping the area's pages
    std::vector<EntryRef> upperEntries;      ///< PGD/PUD/PMD entries on the way to those PTEs
    std::vector<std::uint64_t>
        kmemleakPointers; ///< objects: the area itself, vm_struct, vmap_area, kmalloc'ed array

    bool containsPfn(std::uint64_t pfn) const;
    bool containsEntry(const EntryRef& entry) const;
};

/// The linked set of `area` in `snapshot`, or an empty selection (not valid, no members) if the area
/// is not in the busy tree at this position.
LinkedSelection linkSelection(const MachineSnapshot& snapshot, AreaId area);

/// The walk of the snapshot's tables for vaddr: the entry location at each level, PGD first,
/// stopping at the first non-present entry.
std::vector<EntryRef> walkEntries(const TablesSnapshot& tables, std::uint64_t vaddr);

} // namespace vmviz::ui
