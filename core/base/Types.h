// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Strong id and address types used throughout the engine.
#include "base/StrongType.h"

#include <cstdint>
#include <limits>

namespace vmviz {

/// Physical page frame number.
using Pfn = StrongType<struct PfnTag, std::uint64_t>;
/// Physical byte address.
using PhysAddr = StrongType<struct PhysAddrTag, std::uint64_t>;
/// Kernel virtual byte address (x86-64, sign-extended).
using VirtAddr = StrongType<struct VirtAddrTag, std::uint64_t>;
/// 1-based index of a recorded step; 0 names the booted machine before any step.
using StepIndex = StrongType<struct StepIndexTag, std::uint64_t>;
/// Identity of one vm_struct/vmap_area pair for its whole life (never reused in a trace).
using AreaId = StrongType<struct AreaIdTag, std::uint32_t>;

inline constexpr std::uint32_t kNone32 = std::numeric_limits<std::uint32_t>::max();

} // namespace vmviz
