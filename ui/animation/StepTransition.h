// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What one step did, in the terms the step animation shows it: frames leaving or joining a free
// list (or changing owner), page-table entries being written, a virtual page getting its frame,
// kmemleak objects changing colour. What changed is the step's change set (the core's answer, which
// the later snapshot carries), so no event can be forgotten; the step's event only says which list a frame
// leaves or joins (colours lag behind list moves: a block __rmqueue takes stays free-coloured until it lands)
// and which arrow, if any, tells the story. Plain C++, table-tested.
#include "snapshot/LeakColour.h"
#include "snapshot/MachineSnapshot.h"
#include "steps/StepFocus.h" // FreeList

#include <cstdint>
#include <optional>
#include <vector>

namespace vmviz::ui {

struct FrameMotion
{
    std::uint64_t pfn = 0;
    FrameClass before = FrameClass::LowMemory;
    FrameClass after = FrameClass::LowMemory;
    FreeList leaves = FreeList::None; ///< the step takes the frame off this list
    FreeList joins = FreeList::None;  ///< the step puts the frame on this list
    bool operator==(const FrameMotion&) const = default;
};

struct EntryMotion
{
    EntryRef entry;
    unsigned level = 0;
    std::uint64_t before = 0;
    std::uint64_t after = 0;
    std::uint64_t vaddr = 0; ///< the first address the entry maps
    bool operator==(const EntryMotion&) const = default;
};

/// An arrow between a virtual page and a frame.
struct MappingArrow
{
    enum class Direction : std::uint8_t
    {
        VirtualToFrame, ///< a PTE now maps the page to the frame
        FrameToVirtual, ///< area->pages[i] = the frame: it goes into the area
    };
    std::uint64_t vaddr = 0;
    std::uint64_t pfn = 0;
    Direction direction = Direction::VirtualToFrame;
    bool operator==(const MappingArrow&) const = default;
};

struct LeakMotion
{
    std::uint64_t pointer = 0;
    LeakColour before = LeakColour::White;
    LeakColour after = LeakColour::White;
    bool operator==(const LeakMotion&) const = default;
};

struct StepTransition
{
    /// A step that rewrites more frames than this (a per-CPU drain, a large free) animates the first
    /// ones only; the rest change at once, as they do without animation.
    static constexpr std::size_t kMaxFrames = 256;

    std::uint64_t step = 0; ///< the step shown happening (1-based)
    bool backward = false;  ///< stepping back: the step is shown un-happening
    std::uint64_t generation = 0;
    std::vector<FrameMotion> frames;
    std::vector<EntryMotion> entries;
    std::optional<MappingArrow> arrow;
    std::vector<LeakMotion> leaks;

    bool empty() const { return frames.empty() && entries.empty() && !arrow && leaks.empty(); }

    /// The transition from `from` to `to` when they are one step apart in the same run; nothing
    /// for a jump, a different run, or a step that changed nothing the animation shows.
    static std::optional<StepTransition> between(const MachineSnapshot& from, const MachineSnapshot& to);
};

/// Progress → eased progress (smoothstep), so motion starts and lands softly.
double easeInOut(double t);

} // namespace vmviz::ui
