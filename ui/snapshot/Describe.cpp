#include "snapshot/Describe.h"

#include "base/Format.h"
#include "paging/PageTables.h"
#include "slab/Slab.h"
#include "steps/Narration.h"

#include <array>
#include <map>

namespace vmviz::ui {

std::string describeFrame(const PhysSnapshot& phys, const AreasSnapshot* areas, std::uint64_t pfn)
{
    if (pfn >= phys.frameCount)
        return {};
    const FrameState& f = phys.frame(pfn);
    std::string out = "pfn " + fmt::hex(pfn) + " · " + std::string(zoneName(phys.zoneOf(pfn))) + " · " +
                      std::string(frameClassName(phys.frameClass(pfn)));
    const auto areaText = [&](std::uint32_t ref) -> std::string {
        if (!areas)
            return {};
        if (const AreaInfo* a = areas->find(AreaId{ref}))
            return " of the area at " + fmt::address(a->vaStart);
        return {};
    };
    switch (f.owner) {
    case FrameOwner::Free:
        if (f.aux != kFreeTail)
            out += "\nhead of a free order-" + std::to_string(f.aux) + " block on free_area[" +
                   std::to_string(f.aux) + "]";
        else
            out += "\ninside a free buddy block";
        break;
    case FrameOwner::PerCpuList:
        out += "\non CPU 0's per-CPU list (" + std::string(migratetypeName(f.aux)) + ")";
        break;
    case FrameOwner::VmallocData:
        out += "\narea->pages[" + std::to_string(f.index) + "]" + areaText(f.ref);
        break;
    case FrameOwner::VmallocPageArray:
        out += "\nholds the page array" + areaText(f.ref);
        break;
    case FrameOwner::PageTable:
        out += "\n" + std::string(tableLevelName(f.aux)) + " table page";
        break;
    case FrameOwner::Slab:
        out += "\nslab page of " + std::string(kmallocCacheName(f.aux));
        break;
    case FrameOwner::Reserved:
        out += "\nnever given to the buddy allocator";
        break;
    case FrameOwner::KernelStack:
        out +=
            f.index == 0 ? "\nthe task's kernel stack: thread_info at its base" : "\nthe task's kernel stack";
        break;
    case FrameOwner::Count:
        break;
    }
    out += "\ndirect map: " + fmt::address(k::directMapAddress(pfn << k::PAGE_SHIFT));
    return out;
}

std::string describeFrames(const PhysSnapshot& phys, std::uint64_t first, std::uint64_t end)
{
    if (end <= first + 1)
        return first < phys.frameCount ? describeFrame(phys, nullptr, first) : std::string();
    std::map<std::string_view, std::uint64_t> counts;
    for (std::uint64_t pfn = first; pfn < end && pfn < phys.frameCount; ++pfn) {
        const FrameClass c = phys.frameClass(pfn);
        counts[c <= FrameClass::Free10 ? std::string_view("free") : frameClassName(c)]++;
    }
    std::string out = "pfns " + fmt::hex(first) + "–" + fmt::hex(end - 1) + " (" +
                      std::to_string(end - first) + " frames, " + std::string(zoneName(phys.zoneOf(first))) +
                      ")";
    for (const auto& [name, n] : counts)
        out += "\n" + std::to_string(n) + " × " + std::string(name);
    return out;
}

std::string describeArea(const AreaInfo& a)
{
    std::string out = "[" + fmt::address(a.vaStart) + ", " + fmt::address(a.vaEnd) + ")";
    const std::uint64_t pages = (a.vaEnd - a.vaStart) / k::PAGE_SIZE;
    out += "  " + std::to_string(pages - 1) + " page" + (pages == 2 ? "" : "s") + " + guard";
    if (a.vaFlags & k::VM_LAZY_FREE)
        out += "  · lazily freed (VM_LAZY_FREE), waiting for the purge";
    else if (a.vmAlive)
        out += "  · " + vmFlagsName(a.flags) + ", nr_pages " + std::to_string(a.nrPages);
    if (a.arrayOf)
        out += "  · page array of another area";
    return out;
}

} // namespace vmviz::ui
