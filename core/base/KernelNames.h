// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Kernel flag names, spelled as in include/linux/gfp.h, for scenario files and narration alike.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace vmviz {

struct NamedValue
{
    std::string_view name;
    std::uint64_t value;
};

/// Every GFP name the model knows; the composite masks (GFP_KERNEL …) come first.
const std::array<NamedValue, 21>& gfpNames();
/// Index of the first single-bit entry of gfpNames() (__GFP_DMA).
inline constexpr std::size_t kFirstSingleGfpBit = 4;

/// "GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO"; bits with no name follow as one hex number; 0 reads as
/// `zeroName` ("GFP_NOWAIT" in a scenario, "0" in narration).
std::string gfpFlagsName(std::uint64_t gfp, std::string_view zeroName);

} // namespace vmviz
