// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// "What changed between step A and step B", in the words a kernel developer reads: frames taken
// or freed with their owners, page-table entries written or cleared with their old and new values,
// areas added, lazily freed or purged, kmemleak objects added, removed or recoloured, counters.
// vmviz-cli diff prints it; the window's change list shows the same lines.
#include "base/Constants.h"
#include "machine/ChangeSet.h"
#include "phys/FrameTypes.h"
#include "vmalloc/AreaInfo.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace vmviz {
class Machine;
}

namespace vmviz::exports {

/// One end of a comparison: what the ChangeSet does not carry but its sentences name.
struct DiffEnd
{
    std::uint64_t position = 0;
    std::string narration;       ///< the step standing there; "" at 0, the booted machine
    std::vector<AreaInfo> areas; ///< the changed areas alive at this end, by id
    std::array<std::uint64_t, MAX_NR_ZONES> freePages{};                        ///< NR_FREE_PAGES per zone
    std::array<std::array<std::uint64_t, k::MAX_ORDER>, MAX_NR_ZONES> nrFree{}; ///< free blocks per order
    std::array<std::uint64_t, MAX_NR_ZONES> pcpCount{}; ///< pages on the per-CPU lists per zone
    std::uint64_t vmapLazyNr = 0;
    std::uint64_t jiffies = 0;

    const AreaInfo* area(AreaId id) const;
};

/// Machine::changesBetween(a, b) with both ends described.
struct Comparison
{
    ChangeSet changes;
    DiffEnd before; ///< position a
    DiffEnd after;  ///< position b
};

/// The machine at its current position as one end of `changes`.
DiffEnd diffEnd(const Machine& machine, const ChangeSet& changes);
/// Compares positions a and b (clamped to the trace); the cursor ends where it was.
Comparison compareSteps(Machine& machine, StepIndex a, StepIndex b);

/// One line of a change list; large groups (2048 frames of one area) are folded into one line.
struct DiffLine
{
    enum class Section : std::uint8_t
    {
        Frames,
        Entries,
        Areas,
        Kmemleak,
        SlabObjects,
        Counters,
    };
    Section section = Section::Frames;
    std::string text;
};
std::string_view diffSectionName(DiffLine::Section section);

/// The change list, section by section (frames, entries, areas, kmemleak, slab objects, counters).
std::vector<DiffLine> diffLines(const Comparison& comparison);
/// The text vmviz-cli diff prints: a header naming both steps, then diffLines() under headings.
std::string diffText(const Comparison& comparison);
/// Every change itemised ("format": "vmviz-diff", "version": 1; docs/snapshot-format.md).
nlohmann::ordered_json diffJson(const Comparison& comparison);

} // namespace vmviz::exports
