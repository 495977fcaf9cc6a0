// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Where the kernel's regions start under 4-level and 5-level (LA57) paging on x86-64. The 4-level
// values are 2.6.36's (Documentation/x86/x86_64/mm.txt); the 5-level ones are what
// __startup_64() sets when pgtable_l5_enabled() (arch/x86/kernel/head64.c: page_offset_base =
// __PAGE_OFFSET_BASE_L5, vmalloc_base = __VMALLOC_BASE_L5, vmemmap_base = __VMEMMAP_BASE_L5) and
// Documentation/arch/x86/x86_64/mm.rst lists, 6.18, KASLR off.
#include "base/Constants.h"

#include <cstdint>

namespace vmviz {

struct AddressLayout
{
    unsigned pagingLevels = 4;
    unsigned pgdirShift = k::PGDIR_SHIFT;      ///< 39, or 48 under LA57 (the `pgdir_shift` variable)
    unsigned virtualBits = 48;                 ///< __VIRTUAL_MASK_SHIFT + 1: 48, or 57 under LA57
    std::uint64_t pageOffset = k::PAGE_OFFSET; ///< page_offset_base: the direct map
    std::uint64_t directMapEnd = k::DIRECT_MAP_END;
    std::uint64_t vmallocStart = k::VMALLOC_START; ///< vmalloc_base
    std::uint64_t vmallocEnd = k::VMALLOC_END;     ///< VMALLOC_START + (VMALLOC_SIZE_TB << 40) - 1
    std::uint64_t vmemmapStart = k::VMEMMAP_START; ///< vmemmap_base

    /// Sign-extends from the top implemented bit (bit 47, or bit 56 under LA57), as the
    /// hardware does and dump_pagetables.c's normalize_addr() does.
    constexpr std::uint64_t canonical(std::uint64_t address) const
    {
        const unsigned shift = 64 - virtualBits;
        return static_cast<std::uint64_t>(static_cast<std::int64_t>(address << shift) >> shift);
    }
};

/// The layout for 4 or 5 paging levels (anything else gives the 4-level one).
constexpr AddressLayout addressLayoutFor(unsigned pagingLevels)
{
    if (pagingLevels != 5)
        return AddressLayout{};
    AddressLayout l;
    l.pagingLevels = 5;
    l.pgdirShift = k::PGDIR_SHIFT_L5;
    l.virtualBits = 57;
    l.pageOffset = k::PAGE_OFFSET_L5;
    l.directMapEnd = k::DIRECT_MAP_END_L5;
    l.vmallocStart = k::VMALLOC_START_L5;
    l.vmallocEnd = k::VMALLOC_END_L5;
    l.vmemmapStart = k::VMEMMAP_START_L5;
    return l;
}

} // namespace vmviz
