// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Plain-words descriptions of what the views show, for tooltips and status text.
#include "snapshot/MachineSnapshot.h"

#include <string>

namespace vmviz::ui {

/// "pfn 0x7803 · DMA32 · vmalloc data: page 0 of the area at 0xffffc90000000000".
std::string describeFrame(const PhysSnapshot& phys, const AreasSnapshot* areas, std::uint64_t pfn);
/// A summary of several frames shown in one cell: "pfns 0x7800–0x781f: 30 free, 2 vmalloc data".
std::string describeFrames(const PhysSnapshot& phys, std::uint64_t first, std::uint64_t end);
/// "[0xffffc90000000000, 0xffffc90000002000) 4 KiB + guard, vmalloc_node, VM_ALLOC".
std::string describeArea(const AreaInfo& area);

} // namespace vmviz::ui
