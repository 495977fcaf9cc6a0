// SPDX-License-Identifier: GPL-2.0-only
#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"
#include "export/SnapshotState.h"
#include "machine/Invariants.h"
#include "steps/Narration.h"

#include <array>

namespace vmviz::exports {

namespace {
nlohmann::ordered_json flagList(std::uint64_t flags)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    const std::string names = vmFlagsName(flags);
    std::size_t start = 0;
    while (flags && start < names.size()) {
        const std::size_t bar = names.find('|', start);
        list.push_back(names.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (bar == std::string::npos)
            break;
        start = bar + 1;
    }
    return list;
}
} // namespace

nlohmann::ordered_json snapshotJson(const Machine& machine)
{
    nlohmann::ordered_json j;
    j["format"] = "vmviz-snapshot";
    j["version"] = 1;
    j["profile"] = machine.profile->name();
    const KernelIdentity& who = machine.config().identity;
    j["config"] = {{"ram", machine.config().ramBytes},
                   {"cpus", machine.config().cpus},
                   {"seed", machine.config().seed},
                   {"comm", who.comm},
                   {"pid", who.pid},
                   {"module", who.module},
                   {"module_init_size", who.initSize},
                   {"vmalloc", machine.config().vmallocBytes},
                   {"uptime_us", machine.config().uptimeMicros}};
    if (machine.config().pagingLevels != 4) // a 4-level snapshot stays as it always was
        j["config"]["paging"] = machine.config().pagingLevels;
    j["position"] = machine.position().value();
    // A snapshot taken inside a kernel call holds transient states (a block in flight, a table not
    // yet linked) that only the per-step invariants allow.
    j["between_operations"] = isQuiescent(machine, machine.position().value());
    j["steps"] = machine.stepCount();
    j["jiffies"] = machine.jiffies();

    auto& areas = j["areas"] = nlohmann::ordered_json::array();
    for (const AreaId id : machine.vmalloc.vmlist()) {
        const AreaInfo a = machine.vmalloc.area(id);
        nlohmann::ordered_json area;
        area["addr"] = fmt::address(a.addr);
        area["size"] = a.size;
        area["nr_pages"] = a.nrPages;
        area["flags"] = flagList(a.flags);
        area["caller"] = machine.trace.string(a.caller);
        area["vm_struct"] = fmt::address(a.vmObject);
        area["vmap_area"] = fmt::address(a.vaObject);
        area["va_start"] = fmt::address(a.vaStart);
        area["va_end"] = fmt::address(a.vaEnd);
        area["pages"] = a.pagePfns;
        nlohmann::ordered_json array;
        array["addr"] = fmt::address(a.pagesAddr);
        array["bytes"] = std::uint64_t{a.nrPages} * k::SIZEOF_POINTER;
        if (a.pagesArea) {
            array["allocated_by"] = "__vmalloc_node";
        } else {
            array["allocated_by"] = "kmalloc_node";
            if (auto object = machine.slab.objectAt(a.pagesAddr))
                array["cache"] = kmallocCacheName(object->cache);
        }
        area["page_array"] = array;
        if (a.arrayOf)
            area["page_array_of"] = fmt::address(machine.vmalloc.area(*a.arrayOf).addr);
        areas.push_back(area);
    }

    auto& lazy = j["lazily_freed"] = nlohmann::ordered_json::array();
    for (const AreaId id : machine.vmalloc.busyAreas()) {
        const AreaInfo a = machine.vmalloc.area(id);
        if (a.vaFlags & k::VM_LAZY_FREE)
            lazy.push_back({{"va_start", fmt::address(a.vaStart)}, {"va_end", fmt::address(a.vaEnd)}});
    }
    // A vmap_area still busy whose vm_struct a vfree of another address freed through a stale
    // vmap_area (mm/vmalloc.c: remove_vm_area, 2.6.36): no vmlist entry, no purge will release it.
    nlohmann::ordered_json orphans = nlohmann::ordered_json::array();
    for (const AreaId id : machine.vmalloc.busyAreas()) {
        const AreaInfo a = machine.vmalloc.area(id, false);
        if (!a.onVmlist && (a.vaFlags & k::VM_VM_AREA) && !(a.vaFlags & k::VM_LAZY_FREE))
            orphans.push_back({{"va_start", fmt::address(a.vaStart)},
                               {"va_end", fmt::address(a.vaEnd)},
                               {"vmap_area", fmt::address(a.vaObject)},
                               {"freed_vm_struct", fmt::address(a.vmObject)}});
    }
    if (!orphans.empty())
        j["busy_without_vm_struct"] = orphans;
    j["vmap_lazy_nr"] = machine.vmalloc.lazyNr();
    j["lazy_max_pages"] = machine.vmalloc.lazyMaxPages();

    constexpr auto ownerCount = static_cast<std::size_t>(FrameOwner::Count);
    std::array<std::array<std::uint64_t, ownerCount>, MAX_NR_ZONES> counts{};
    for (std::uint64_t p = 0; p < machine.phys.frameCount(); ++p)
        ++counts[machine.phys.zoneOf(Pfn{p})][static_cast<std::size_t>(machine.phys.owner(Pfn{p}))];
    static constexpr const char* ownerKeys[] = {
        "reserved",           "free",       "per_cpu_list", "vmalloc_data",
        "vmalloc_page_array", "page_table", "slab",         "kernel_stack"};
    nlohmann::ordered_json frames;
    frames["total"] = machine.phys.frameCount();
    nlohmann::ordered_json totals;
    for (std::size_t o = 0; o < ownerCount; ++o) {
        std::uint64_t sum = 0;
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
            sum += counts[z][o];
        totals[ownerKeys[o]] = sum;
    }
    frames["by_owner"] = totals;
    auto& zones = frames["zones"] = nlohmann::ordered_json::array();
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        const ZoneLayout& layout = machine.phys.zone(z);
        if (!layout.populated())
            continue;
        nlohmann::ordered_json zone;
        zone["name"] = zoneName(z);
        zone["start_pfn"] = layout.startPfn;
        zone["end_pfn"] = layout.endPfn;
        zone["nr_free_pages"] = machine.phys.freePagesCounter(z);
        zone["pcp_count"] = machine.phys.pcpCount(z);
        nlohmann::ordered_json byOwner;
        for (std::size_t o = 0; o < ownerCount; ++o)
            byOwner[ownerKeys[o]] = counts[z][o];
        zone["by_owner"] = byOwner;
        nlohmann::ordered_json buddy = nlohmann::ordered_json::array();
        for (unsigned order = 0; order < k::MAX_ORDER; ++order)
            buddy.push_back(machine.phys.nrFree(z, order));
        zone["nr_free"] = buddy;
        zones.push_back(zone);
    }
    // Every frame's owner, as runs of equal owners.
    auto& owners = frames["owners"] = nlohmann::ordered_json::array();
    const auto& bytes = machine.phys.owners();
    for (std::size_t i = 0; i < bytes.size();) {
        std::size_t end = i + 1;
        while (end < bytes.size() && bytes[end] == bytes[i])
            ++end;
        owners.push_back({{"pfn", i}, {"count", end - i}, {"owner", ownerKeys[bytes[i]]}});
        i = end;
    }
    j["frames"] = frames;

    auto& tables = j["page_tables"] = nlohmann::ordered_json::array();
    for (std::uint32_t t = 0; t < machine.tables.tableCount(); ++t) {
        if (!machine.tables.tableAlive(t))
            continue;
        nlohmann::ordered_json entries = nlohmann::ordered_json::array();
        for (unsigned i = 0; i < 512; ++i)
            if (const std::uint64_t e = machine.tables.entry(t, i))
                entries.push_back({{"index", i}, {"value", fmt::address(e)}});
        tables.push_back({{"pfn", machine.tables.tablePfn(t)},
                          {"level", tableLevelName(machine.tables.tableLevel(t))},
                          {"entries", entries}});
    }

    auto& leaks = j["kmemleak"] = nlohmann::ordered_json::array();
    for (const KmemleakObject& o : machine.kmemleak.objects())
        leaks.push_back({{"pointer", fmt::address(o.pointer)},
                         {"size", o.size},
                         {"min_count", o.minCount},
                         {"count", o.count},
                         {"colour", colourName(colourOf(o))},
                         {"flags", o.flags},
                         {"checksum", o.checksum},
                         {"jiffies", o.jiffies},
                         {"kind", o.kind == TrackedKind::Vmalloc ? "vmalloc" : "kmalloc"}});
    j["state"] = stateJson(machine);
    return j;
}

} // namespace vmviz::exports
