// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// One vmalloc area as readers see it (views, exports, snapshots): its struct vmap_area and
// struct vm_struct, without the engine that keeps them.
#include "base/Types.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace vmviz {

enum class VmallocApi : std::uint8_t
{
    Vmalloc,
    Vmalloc32,
    VmallocUser,
    Vmalloc_,
    VmallocHuge, ///< vmalloc_huge(): 6.x only, may map with 2 MiB PMD entries
};

/// One area as the views and exports see it.
struct AreaInfo
{
    AreaId id;
    // struct vmap_area
    bool vaAlive = false;
    std::uint64_t vaStart = 0;
    std::uint64_t vaEnd = 0;
    std::uint64_t vaFlags = 0;
    std::uint64_t vaObject = 0; ///< the kmalloc-128 object holding it
    // struct vm_struct
    bool vmAlive = false;
    bool onVmlist = false;
    std::uint64_t vmObject = 0; ///< the kmalloc-64 object holding it
    std::uint64_t addr = 0;
    std::uint64_t size = 0;
    std::uint64_t flags = 0;
    std::uint32_t nrPages = 0;
    std::uint64_t pagesAddr = 0;     ///< area->pages
    std::optional<AreaId> pagesArea; ///< the nested area holding the page array (VM_VPAGES)
    std::optional<AreaId> arrayOf;   ///< this area is the page array of that area
    std::uint32_t caller = 0;        ///< interned caller symbol
    unsigned pageOrder = 0;          ///< vm->page_order (6.x): 9 for a huge vmalloc's 2 MiB pages
    bool pooled = false; ///< 6.x: a purged vmap_area waiting in its vmap node's pool, not in any tree
    std::vector<std::uint64_t> pagePfns; ///< area->pages[i] as PFNs
};

} // namespace vmviz
