// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/ChangedFrames.h"

#include "base/Constants.h"

#include <algorithm>

namespace vmviz::ui {

std::vector<std::uint64_t> changedFrames(const ChangeSet& changes, const PhysSnapshot& before,
                                         const PhysSnapshot& after)
{
    // A frame's colour class also depends on the head of the free block it lies in, and free blocks
    // never cross a MAX_ORDER-aligned boundary: so a changed frame can recolour only frames from it
    // to the end of its aligned MAX_ORDER block.
    constexpr std::uint64_t kAligned = std::uint64_t{1} << (k::MAX_ORDER - 1);
    const std::uint64_t frames = std::min(before.frameCount, after.frameCount);
    std::vector<std::uint64_t> out;
    std::uint64_t scanned = 0; // frames below this were looked at already
    for (const FrameChange& change : changes.frames) {
        const std::uint64_t first = std::max(change.pfn.value(), scanned);
        const std::uint64_t end = std::min(frames, (change.pfn.value() | (kAligned - 1)) + 1);
        for (std::uint64_t pfn = first; pfn < end; ++pfn) {
            if (!(before.frame(pfn) == after.frame(pfn)) || before.frameClass(pfn) != after.frameClass(pfn))
                out.push_back(pfn);
        }
        scanned = std::max(scanned, end);
    }
    return out;
}

} // namespace vmviz::ui
