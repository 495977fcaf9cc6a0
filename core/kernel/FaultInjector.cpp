// SPDX-License-Identifier: GPL-2.0-only
#include "kernel/FaultInjector.h"

namespace vmviz {

std::string_view faultSiteName(FaultSite site)
{
    switch (site) {
    case FaultSite::AllocPage:
        return "alloc_page";
    case FaultSite::Kmalloc:
        return "kmalloc";
    case FaultSite::VmapArea:
        return "vmap_area";
    case FaultSite::PteAlloc:
        return "pte_alloc";
    case FaultSite::PmdAlloc:
        return "pmd_alloc";
    case FaultSite::PudAlloc:
        return "pud_alloc";
    case FaultSite::Count:
        break;
    }
    return "?";
}

} // namespace vmviz
