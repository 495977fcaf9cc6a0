// SPDX-License-Identifier: GPL-2.0-only
#include "base/KernelNames.h"

#include "base/Constants.h"
#include "base/Format.h"

namespace vmviz {

const std::array<NamedValue, 21>& gfpNames()
{
    static constexpr std::array<NamedValue, 21> names = {{
        {"GFP_KERNEL", k::GFP_KERNEL},
        {"GFP_ATOMIC", k::__GFP_HIGH},
        {"GFP_NOWAIT", 0},
        {"GFP_DMA32", k::__GFP_DMA32},
        {"__GFP_DMA", k::__GFP_DMA},
        {"__GFP_HIGHMEM", k::__GFP_HIGHMEM},
        {"__GFP_DMA32", k::__GFP_DMA32},
        {"__GFP_MOVABLE", k::__GFP_MOVABLE},
        {"__GFP_WAIT", k::__GFP_WAIT},
        {"__GFP_HIGH", k::__GFP_HIGH},
        {"__GFP_IO", k::__GFP_IO},
        {"__GFP_FS", k::__GFP_FS},
        {"__GFP_COLD", k::__GFP_COLD},
        {"__GFP_NOWARN", k::__GFP_NOWARN},
        {"__GFP_REPEAT", k::__GFP_REPEAT},
        {"__GFP_NOFAIL", k::__GFP_NOFAIL},
        {"__GFP_NORETRY", k::__GFP_NORETRY},
        {"__GFP_COMP", k::__GFP_COMP},
        {"__GFP_ZERO", k::__GFP_ZERO},
        {"__GFP_NOMEMALLOC", k::__GFP_NOMEMALLOC},
        {"__GFP_NOTRACK", k::__GFP_NOTRACK},
    }};
    return names;
}

std::string gfpFlagsName(std::uint64_t gfp, std::string_view zeroName)
{
    if (gfp == 0)
        return std::string(zeroName);
    std::string out;
    std::uint64_t rest = gfp;
    if ((rest & k::GFP_KERNEL) == k::GFP_KERNEL) {
        out = "GFP_KERNEL";
        rest &= ~std::uint64_t{k::GFP_KERNEL};
    }
    for (std::size_t i = kFirstSingleGfpBit; i < gfpNames().size(); ++i) {
        const std::uint64_t bit = gfpNames()[i].value;
        if ((rest & bit) == 0)
            continue;
        if (!out.empty())
            out += '|';
        out += gfpNames()[i].name;
        rest &= ~bit;
    }
    if (rest != 0) {
        if (!out.empty())
            out += '|';
        out += fmt::hex(rest);
    }
    return out;
}

} // namespace vmviz
