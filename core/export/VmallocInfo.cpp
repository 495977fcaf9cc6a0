// SPDX-License-Identifier: GPL-2.0-only
#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"

#include <algorithm>
#include <map>

namespace vmviz::exports {

namespace {
// mm/vmalloc.c: vmalloc_info_show and show_purge_info, 6.18 (l.5034-5127): the busy list of each
// vmap node in turn, areas still VM_UNINITIALIZED skipped, then every lazily freed area.
std::string vmallocinfo618(const Machine& machine)
{
    constexpr std::uint64_t kVmUninitialized = 0x20;
    constexpr std::uint64_t kVmapZoneSize = 16 * k::PAGE_SIZE;
    const unsigned nodes = std::clamp(machine.config().cpus, 1u, 128u);
    std::string out;
    const auto range = [](std::uint64_t start, std::uint64_t end) {
        return fmt::printf("0x%s-0x%s %7lld", fmt::pointer(start).c_str(), fmt::pointer(end).c_str(),
                           static_cast<long long>(end - start));
    };
    const auto live = machine.vmalloc.vmlist();
    for (unsigned node = 0; node < nodes; ++node) {
        for (const AreaId id : live) {
            const AreaInfo a = machine.vmalloc.area(id, false);
            if ((a.addr / kVmapZoneSize) % nodes != node || (a.flags & kVmUninitialized))
                continue;
            out += range(a.addr, a.addr + a.size) + ' ' + machine.trace.string(a.caller);
            if (a.nrPages)
                out += fmt::printf(" pages=%u", a.nrPages);
            if (a.flags & k::VM_IOREMAP)
                out += " ioremap";
            if (a.flags & k::VM_ALLOC)
                out += " vmalloc";
            if (a.flags & k::VM_MAP)
                out += " vmap";
            if (a.flags & k::VM_USERMAP)
                out += " user";
            if (a.pagesArea) // is_vmalloc_addr(v->pages)
                out += " vpages";
            if (a.nrPages)
                out += fmt::printf(" N0=%u", a.nrPages);
            out += '\n';
        }
    }
    // Every lazily freed area sits on node 0's lazy tree: it was allocated on CPU 0.
    for (const AreaId id : machine.vmalloc.busyAreas()) {
        const AreaInfo a = machine.vmalloc.area(id, false);
        if (a.vaFlags & k::VM_LAZY_FREE)
            out += range(a.vaStart, a.vaEnd) + " unpurged vm_area\n";
    }
    return out;
}
} // namespace

std::string vmallocinfo(const Machine& machine)
{
    if (machine.profile->vmallocPath() == VmallocPath::Linux618)
        return vmallocinfo618(machine);
    std::string out;
    for (const AreaId id : machine.vmalloc.vmlist()) {
        const AreaInfo a = machine.vmalloc.area(id);
        out += fmt::printf("0x%s-0x%s %7lld", fmt::pointer(a.addr).c_str(),
                           fmt::pointer(a.addr + a.size).c_str(), static_cast<long long>(a.size));
        out += ' ';
        out += machine.trace.string(a.caller);
        if (a.nrPages)
            out += fmt::printf(" pages=%u", a.nrPages);
        if (a.flags & k::VM_IOREMAP)
            out += " ioremap";
        if (a.flags & k::VM_ALLOC)
            out += " vmalloc";
        if (a.flags & k::VM_MAP)
            out += " vmap";
        if (a.flags & k::VM_USERMAP)
            out += " user";
        if (a.flags & k::VM_VPAGES)
            out += " vpages";
        // show_numa_info(): the model is one node, N0.
        if (a.nrPages)
            out += fmt::printf(" N0=%u", a.nrPages);
        out += '\n';
    }
    return out;
}

} // namespace vmviz::exports
