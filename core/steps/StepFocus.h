// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What a step is about, read from its arguments' roles (trace/StepRoles.h): the frame, the
// virtual address, the page-table entry, the kmemleak object, the page of an area. Views show
// the step's subject without knowing which argument holds it.
#include "base/Types.h"
#include "trace/Trace.h"

#include <cstdint>
#include <optional>

namespace vmviz {

/// A page-table entry: the table's frame, its level, the entry's index.
struct EntryFocus
{
    Pfn table{};
    unsigned level = 0;
    std::uint64_t index = 0;
    bool operator==(const EntryFocus&) const = default;
};

/// Each field is empty when the step is not about that kind of thing.
struct StepFocus
{
    /// The frame the step takes, frees, moves between free lists, gives an owner or stores in an
    /// area; for an entry write, the frame the new entry points to (a table or the mapped page).
    std::optional<Pfn> frame{};
    /// The vmalloc address the step is about (an area's or a range's start).
    std::optional<VirtAddr> address{};
    /// The entry the step writes, or finds busy.
    std::optional<EntryFocus> entry{};
    /// The page table the step works in: an entry's table, or the PTE table it clears.
    std::optional<Pfn> table{};
    /// The kmemleak object the step creates, deletes, scans, references or reports: its pointer
    /// or, for a reference, the address inside it the scan found.
    std::optional<VirtAddr> kmemleakObject{};
    /// i in area->pages[i].
    std::optional<std::uint64_t> pageIndex{};

    bool operator==(const StepFocus&) const = default;
};

/// What `step` is about. Only effects have a subject: a call or a return is about its function,
/// and what it does to the machine happens in the effects around it.
StepFocus focusOf(const Step& step);

/// The free list a frame leaves or joins: the buddy allocator's free_area[] or CPU 0's per-CPU list.
enum class FreeList : std::uint8_t
{
    None,
    Buddy,
    PerCpu
};

/// A frame moving between free lists, as the step says it (a frame's colour lags behind: a block
/// __rmqueue takes is still free until it lands somewhere).
struct FrameListMove
{
    /// Empty when the step moves frames it does not name one by one (free_pcppages_bulk: every
    /// frame that left the per-CPU list joined the buddy allocator).
    std::optional<Pfn> frame{};
    FreeList leaves = FreeList::None;
    FreeList joins = FreeList::None;
    bool operator==(const FrameListMove&) const = default;
};

/// The list move `step` makes, if it moves a frame between free lists.
std::optional<FrameListMove> frameListMoveOf(const Step& step);

} // namespace vmviz
