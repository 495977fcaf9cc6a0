// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The buddy allocator's free lists and CPU 0's per-CPU lists as a reader sees them
// (mm/page_alloc.c, 2.6.36: zone->free_area[order].free_list[migratetype], zone->pageset->pcp),
// read from PhysicalMemory, and which of those lists the step standing here took a block off or
// put one on, read from the step's own arguments by their roles (trace/StepRoles.h) and the lists after it.
// The core says what a step did to the lists, so the free-lists panel and the animation draw it
// without decoding step arguments themselves.
#include "base/Constants.h"
#include "machine/ChangeSet.h"
#include "phys/PhysicalMemory.h"
#include "trace/Trace.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace vmviz {

/// One list: how many blocks it holds and the first of them, head first.
struct FreeListContents
{
    /// Enough chips for a short list; the count says how many there are in all.
    static constexpr std::size_t kShownBlocks = 12;
    std::uint64_t blocks = 0;
    std::vector<std::uint64_t> firstPfns; ///< at most kShownBlocks, head first

    bool operator==(const FreeListContents&) const = default;
};

struct ZoneFreeLists
{
    std::array<std::array<FreeListContents, MIGRATE_TYPES>, k::MAX_ORDER> buddy{}; ///< [order][migratetype]
    std::array<FreeListContents, MIGRATE_PCPTYPES> perCpu{};                       ///< [migratetype]
    std::uint64_t pcpCount = 0; ///< pcp->count: every per-CPU list of the zone together
    std::uint32_t high = 0;     ///< pcp->high: past it, free_hot_cold_page drains `batch` pages
    std::uint32_t batch = 0;    ///< pcp->batch: pages moved at once (refill and drain)

    /// /proc/buddyinfo's number for `order`: blocks on the order's lists of every migratetype.
    std::uint64_t blocksOfOrder(unsigned order) const;
};

struct FreeListsSnapshot
{
    std::array<ZoneFreeLists, MAX_NR_ZONES> zones{};
    /// The block __rmqueue took and has not handed out yet.
    struct Held
    {
        std::uint64_t pfn = 0;
        unsigned takenOrder = 0; ///< the order of the block it took off a list
        unsigned heldOrder = 0;  ///< what is left of it after expand() split off upper halves
        bool operator==(const Held&) const = default;
    };
    std::optional<Held> inFlight;
};

/// Every list of every populated zone, as they stand now.
FreeListsSnapshot readFreeLists(const PhysicalMemory& phys);

/// A list a step moved a block off or onto.
struct FreeListRef
{
    /// A list of `order` whose migratetype the step does not say (a buddy a merge absorbed).
    static constexpr unsigned kAnyMigratetype = 0xff;
    unsigned zone = 0;
    bool perCpu = false;
    unsigned order = 0; ///< 0 on a per-CPU list
    unsigned migratetype = 0;
    bool operator==(const FreeListRef&) const = default;
};

/// What the step standing at a position did to the lists: the block it moved, where it came from
/// and where it went. A split (expand) joins a list and leaves none: its block came from the
/// block __rmqueue holds.
struct FreeListMoves
{
    std::optional<std::uint64_t> block; ///< first pfn of the block the step moved
    unsigned blockOrder = 0;
    std::vector<FreeListRef> left;
    std::vector<FreeListRef> joined;
    bool fromInFlight = false; ///< the block came out of the one __rmqueue holds (a split half)
    bool toInFlight = false;   ///< the block went into __rmqueue's hands (taken off its list)
    bool operator==(const FreeListMoves&) const = default;
    bool empty() const { return left.empty() && joined.empty(); }
};

/// The moves of `step`, given the machine's lists after it and the frames it changed.
FreeListMoves freeListMovesOf(const Step& step, const PhysicalMemory& phys, const ChangeSet& stepChanges);

} // namespace vmviz
