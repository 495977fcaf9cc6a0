// SPDX-License-Identifier: GPL-2.0-only
// The change list as JSON, every change itemised (docs/snapshot-format.md, "Diff").
#include "base/Format.h"
#include "export/Diff.h"

namespace vmviz::exports {

namespace {

using Json = nlohmann::ordered_json;

std::string_view ownerToken(FrameOwner owner)
{
    switch (owner) {
    case FrameOwner::Reserved:
        return "reserved";
    case FrameOwner::Free:
        return "free";
    case FrameOwner::PerCpuList:
        return "pcp";
    case FrameOwner::VmallocData:
        return "vmalloc_data";
    case FrameOwner::VmallocPageArray:
        return "vmalloc_page_array";
    case FrameOwner::PageTable:
        return "page_table";
    case FrameOwner::Slab:
        return "slab";
    case FrameOwner::KernelStack:
        return "kernel_stack";
    case FrameOwner::Count:
        break;
    }
    return "?";
}

Json frameJson(const FrameFields& f)
{
    return Json{{"owner", ownerToken(f.owner)}, {"aux", f.aux}, {"ref", f.ref}, {"index", f.index}};
}

std::string_view areaKindToken(AreaChangeKind kind)
{
    switch (kind) {
    case AreaChangeKind::Added:
        return "added";
    case AreaChangeKind::Removed:
        return "removed";
    case AreaChangeKind::LazilyFreed:
        return "lazily_freed";
    case AreaChangeKind::Changed:
        break;
    }
    return "changed";
}

Json areaJson(const AreaInfo* a)
{
    if (!a)
        return nullptr;
    return Json{{"va_start", fmt::address(a->vaStart)},
                {"va_end", fmt::address(a->vaEnd)},
                {"va_flags", a->vaFlags},
                {"vm_struct", a->vmAlive},
                {"on_vmlist", a->onVmlist},
                {"addr", fmt::address(a->addr)},
                {"size", a->size},
                {"flags", a->flags},
                {"nr_pages", a->nrPages}};
}

std::string_view leakKindToken(KmemleakChangeKind kind)
{
    switch (kind) {
    case KmemleakChangeKind::Added:
        return "added";
    case KmemleakChangeKind::Removed:
        return "removed";
    case KmemleakChangeKind::Recoloured:
        return "recoloured";
    case KmemleakChangeKind::Changed:
        break;
    }
    return "changed";
}

Json leakJson(const std::optional<KmemleakObject>& o)
{
    if (!o)
        return nullptr;
    return Json{{"size", o->size},         {"min_count", o->minCount},
                {"count", o->count},       {"flags", o->flags},
                {"checksum", o->checksum}, {"kind", o->kind == TrackedKind::Vmalloc ? "vmalloc" : "kmalloc"}};
}

Json endJson(const DiffEnd& end)
{
    return Json{{"step", end.position}, {"narration", end.narration}};
}

Json pair(std::uint64_t before, std::uint64_t after)
{
    return Json::array({before, after});
}

} // namespace

nlohmann::ordered_json diffJson(const Comparison& comparison)
{
    const ChangeSet& c = comparison.changes;
    Json out;
    out["format"] = "vmviz-diff";
    out["version"] = 1;
    out["from"] = endJson(comparison.before);
    out["to"] = endJson(comparison.after);

    Json lines = Json::array();
    for (const DiffLine& line : diffLines(comparison))
        lines.push_back(Json{{"section", diffSectionName(line.section)}, {"text", line.text}});
    out["summary"] = std::move(lines);

    Json frames = Json::array();
    for (const FrameChange& f : c.frames)
        frames.push_back(Json{{"pfn", fmt::hex(f.pfn.value())},
                              {"before", frameJson(f.before)},
                              {"after", frameJson(f.after)}});
    out["frames"] = std::move(frames);

    Json entries = Json::array();
    for (const EntryChange& e : c.entries)
        entries.push_back(Json{{"table_pfn", fmt::hex(e.table.value())},
                               {"level", e.level},
                               {"index", e.index},
                               {"vaddr", fmt::address(e.vaddr.value())},
                               {"before", fmt::address(e.before)},
                               {"after", fmt::address(e.after)}});
    out["entries"] = std::move(entries);

    Json areas = Json::array();
    for (const AreaChange& a : c.areas)
        areas.push_back(Json{{"id", a.id.value()},
                             {"change", areaKindToken(a.kind)},
                             {"before", areaJson(comparison.before.area(a.id))},
                             {"after", areaJson(comparison.after.area(a.id))}});
    out["areas"] = std::move(areas);

    Json leaks = Json::array();
    for (const KmemleakChange& k : c.kmemleak)
        leaks.push_back(Json{{"pointer", fmt::address(k.pointer)},
                             {"change", leakKindToken(k.kind)},
                             {"colour", Json::array({colourName(k.colourBefore), colourName(k.colourAfter)})},
                             {"before", leakJson(k.before)},
                             {"after", leakJson(k.after)}});
    out["kmemleak"] = std::move(leaks);

    Json objects = Json::array();
    for (const SlabObjectChange& s : c.slabObjects)
        objects.push_back(Json{{"slot", s.slot}, {"allocated", s.allocatedAfter}});
    out["slab_objects"] = std::move(objects);

    Json counters = Json::object();
    Json zones = Json::array();
    for (const unsigned z : c.zones) {
        Json nrFree = Json::array();
        for (unsigned o = 0; o < k::MAX_ORDER; ++o)
            nrFree.push_back(pair(comparison.before.nrFree[z][o], comparison.after.nrFree[z][o]));
        zones.push_back(
            Json{{"zone", zoneName(z)},
                 {"nr_free_pages", pair(comparison.before.freePages[z], comparison.after.freePages[z])},
                 {"pcp_count", pair(comparison.before.pcpCount[z], comparison.after.pcpCount[z])},
                 {"nr_free", std::move(nrFree)}});
    }
    counters["zones"] = std::move(zones);
    if (c.vmapLazyNr)
        counters["vmap_lazy_nr"] = pair(comparison.before.vmapLazyNr, comparison.after.vmapLazyNr);
    if (c.jiffies)
        counters["jiffies"] = pair(comparison.before.jiffies, comparison.after.jiffies);
    out["counters"] = std::move(counters);
    return out;
}

} // namespace vmviz::exports
