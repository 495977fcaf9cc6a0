// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/ImportSnapshot.h"

#include <algorithm>

namespace vmviz::ui {

namespace {

/// The VM_* bits behind the flag words (include/linux/vmalloc.h): what the ribbon and the
/// area descriptions already know how to show.
std::uint64_t vmFlagsOf(const import::ImportedArea& a)
{
    std::uint64_t flags = 0;
    if (a.flags & import::FLAG_IOREMAP)
        flags |= k::VM_IOREMAP;
    if (a.flags & import::FLAG_VMALLOC)
        flags |= k::VM_ALLOC;
    if (a.flags & import::FLAG_VMAP)
        flags |= k::VM_MAP;
    if (a.flags & import::FLAG_USER)
        flags |= k::VM_USERMAP;
    if (a.flags & import::FLAG_VPAGES)
        flags |= k::VM_VPAGES;
    return flags;
}

} // namespace

SnapshotPtr snapshotOfImport(const import::VmallocInfo& info)
{
    auto areas = std::make_shared<AreasSnapshot>();
    areas->areas.reserve(info.areas.size());
    std::uint32_t id = 0;
    for (const import::ImportedArea& a : info.areas) {
        AreaInfo out;
        out.id = AreaId{id++};
        out.vaAlive = true;
        out.vaStart = a.layoutStart;
        out.vaEnd = a.layoutStart + a.size;
        out.vaFlags = a.kind == import::AreaKind::Unpurged ? k::VM_LAZY_FREE : k::VM_VM_AREA;
        out.vmAlive = a.kind == import::AreaKind::Area;
        out.onVmlist = out.vmAlive;
        out.addr = out.vaStart;
        out.size = a.size;
        out.flags = vmFlagsOf(a);
        out.nrPages = static_cast<std::uint32_t>(std::min<std::uint64_t>(a.pages.value_or(0), UINT32_MAX));
        areas->areas.push_back(std::move(out));
    }
    std::stable_sort(areas->areas.begin(), areas->areas.end(),
                     [](const AreaInfo& x, const AreaInfo& y) { return x.vaStart < y.vaStart; });
    areas->vmallocStart = info.rangeStart;
    areas->vmallocEnd = info.rangeEnd - 1;
    areas->indexById();
    auto snapshot = std::make_shared<MachineSnapshot>();
    snapshot->areas = std::move(areas);
    return snapshot;
}

} // namespace vmviz::ui
