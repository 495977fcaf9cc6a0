// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What changed between two playback positions of a Machine, in the terms of what the changes mean:
// frames, page-table entries, areas, kmemleak objects, slab objects and counters. Only net changes
// count: a slot that changed and changed back between the two positions did not change.
// Machine::changesBetween(a, b) answers it for any two positions without moving the cursor;
// "before" is always position a and "after" position b, in either order.
#include "base/Types.h"
#include "kmemleak/KmemleakObject.h"
#include "phys/FrameTypes.h"
#include "trace/MachinePart.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace vmviz {

/// One frame's struct page fields, as PhysicalMemory's owner(), aux(), ref() and index() read them.
struct FrameFields
{
    FrameOwner owner = FrameOwner::Reserved;
    std::uint8_t aux = 0;
    std::uint32_t ref = 0;
    std::uint32_t index = 0;
    bool operator==(const FrameFields&) const = default;
};

struct FrameChange
{
    Pfn pfn;
    FrameFields before;
    FrameFields after;
    bool operator==(const FrameChange&) const = default;
};

/// A page-table entry written (after != 0) or cleared (after == 0).
struct EntryChange
{
    Pfn table;          ///< the table's frame
    unsigned level = 0; ///< the table's level: 4 PGD … 1 PTE
    unsigned index = 0;
    VirtAddr vaddr; ///< the first (canonical) address the entry maps
    std::uint64_t before = 0;
    std::uint64_t after = 0;
    bool operator==(const EntryChange&) const = default;
};

enum class AreaChangeKind : std::uint8_t
{
    Added,       ///< no vmap_area or vm_struct before, one after
    Removed,     ///< the other way round
    LazilyFreed, ///< the vmap_area gained VM_LAZY_FREE (vfree left it for the lazy purge)
    Changed,     ///< alive at both ends, some field or area->pages[] slot differs
};

struct AreaChange
{
    AreaId id;
    AreaChangeKind kind = AreaChangeKind::Changed;
    bool operator==(const AreaChange&) const = default;
};

enum class KmemleakChangeKind : std::uint8_t
{
    Added,      ///< kmemleak_alloc()
    Removed,    ///< kmemleak_free()
    Recoloured, ///< colourOf() differs (a scan found or lost its references, kmemleak clear)
    Changed,    ///< same colour, other fields differ (checksum, flags…)
};

struct KmemleakChange
{
    std::uint64_t pointer = 0;
    KmemleakChangeKind kind = KmemleakChangeKind::Changed;
    std::optional<KmemleakObject> before; ///< empty where the object did not exist
    std::optional<KmemleakObject> after;
    /// colourOf() of before / after; White where the object did not exist.
    KmemleakColour colourBefore = KmemleakColour::White;
    KmemleakColour colourAfter = KmemleakColour::White;
};

/// A slab object slot allocated (kmalloc) or freed (kfree).
struct SlabObjectChange
{
    std::uint32_t slot = 0;
    bool allocatedAfter = false;
    bool operator==(const SlabObjectChange&) const = default;
};

struct ChangeSet
{
    StepIndex from;                            ///< position a ("before")
    StepIndex to;                              ///< position b ("after")
    std::vector<FrameChange> frames;           ///< by pfn
    std::vector<EntryChange> entries;          ///< by table (creation order), then index
    std::vector<AreaChange> areas;             ///< by id
    std::vector<KmemleakChange> kmemleak;      ///< by object (allocation order)
    std::vector<SlabObjectChange> slabObjects; ///< by slot
    std::vector<unsigned> zones; ///< zones whose nr_free (any order), per-CPU count or NR_FREE_PAGES changed
    bool vmapLazyNr = false;
    bool jiffies = false;
    /// Bit (1 << part) for every part with at least one net change, itemised above or not.
    std::uint32_t parts = 0;

    bool touches(MachinePart part) const { return (parts >> static_cast<unsigned>(part)) & 1u; }
    bool empty() const { return parts == 0; }
};

static_assert(static_cast<unsigned>(MachinePart::Count) <= 32, "ChangeSet::parts holds one bit per part");

} // namespace vmviz
