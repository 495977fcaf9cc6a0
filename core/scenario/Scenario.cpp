// SPDX-License-Identifier: GPL-2.0-only
#include "scenario/Scenario.h"

#include <array>
#include <utility>

namespace vmviz::scenario {

namespace {

// The spellings are the kernel's own (mm/vmalloc.c function names, the fault-injection points the
// engine exposes), so a scenario reads like the code it drives.
constexpr std::array<std::pair<FaultSite, std::string_view>, 6> kFaultSites = {{
    {FaultSite::AllocPage, "alloc_page"},
    {FaultSite::Kmalloc, "kmalloc"},
    {FaultSite::VmapArea, "vmap_area"},
    {FaultSite::PteAlloc, "pte_alloc"},
    {FaultSite::PmdAlloc, "pmd_alloc"},
    {FaultSite::PudAlloc, "pud_alloc"},
}};

constexpr std::array<std::pair<AllocApi, std::string_view>, 6> kAllocApis = {{
    {AllocApi::Vmalloc, "vmalloc"},
    {AllocApi::Vmalloc32, "vmalloc_32"},
    {AllocApi::VmallocUser, "vmalloc_user"},
    {AllocApi::Vmalloc_, "__vmalloc"},
    {AllocApi::VmallocHuge, "vmalloc_huge"},
    {AllocApi::Kvmalloc, "kvmalloc"},
}};

} // namespace

std::string ParseError::toString() const
{
    return where.file + ":" + std::to_string(where.line) + ": " + message;
}

std::string_view faultSiteName(FaultSite site)
{
    for (const auto& [value, name] : kFaultSites) {
        if (value == site)
            return name;
    }
    return "?";
}

std::optional<FaultSite> faultSiteFromName(std::string_view name)
{
    for (const auto& [value, spelling] : kFaultSites) {
        if (spelling == name)
            return value;
    }
    return std::nullopt;
}

std::string_view allocApiName(AllocApi api)
{
    for (const auto& [value, name] : kAllocApis) {
        if (value == api)
            return name;
    }
    return "?";
}

std::optional<AllocApi> allocApiFromName(std::string_view name)
{
    for (const auto& [value, spelling] : kAllocApis) {
        if (spelling == name)
            return value;
    }
    return std::nullopt;
}

} // namespace vmviz::scenario
