// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What colour a frame gets: its owner, refined by buddy order (free), table level, reserved kind.
// When several frames share one cell (zoomed out) the cell shows the class of highest priority, so
// a single vmalloc page is not lost among a thousand free ones.
#include "phys/PhysicalMemory.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace vmviz::ui {

enum class FrameClass : std::uint8_t
{
    Free0, // Free0 + order, up to order 10
    Free10 = Free0 + 10,
    PerCpu,
    LowMemory,
    KernelImage,
    MemMap,
    Slab,
    PgdTable,
    PudTable,
    PmdTable,
    PteTable,
    VmallocData,
    PageArray,
    KernelStack,
    /// Off every free list and not yet handed out: the block __rmqueue holds, or the frame the
    /// per-CPU list just gave up. Its colour must not say "free" or "per-CPU" any more.
    Taken,
    Count
};

inline constexpr std::size_t kFrameClassCount = static_cast<std::size_t>(FrameClass::Count);

/// English, marked for translation in the context "vmviz::ui::FrameClass" (snapshot/Describe.cpp
/// shows it translated).
std::string_view frameClassName(FrameClass c);
/// Higher wins when frames are aggregated into one cell.
int frameClassPriority(FrameClass c);

/// Classes for a run of frames that starts on a MAX_ORDER-aligned boundary (so every free block's
/// head is inside the run): tail frames of a free block take their head's order.
/// A free frame outside every free block is part of the block __rmqueue holds: Taken.
void classifyFrames(std::span<const FrameOwner> owners, std::span<const std::uint8_t> aux,
                    std::span<FrameClass> out);

} // namespace vmviz::ui
