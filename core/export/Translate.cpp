// SPDX-License-Identifier: GPL-2.0-only
#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"
#include "paging/DirectMap.h"

namespace vmviz::exports {

std::string classifyAddress(const Machine& machine, VirtAddr at)
{
    const std::uint64_t vaddr = at.value();
    const AddressLayout& layout = machine.tables.layout();
    if (vaddr >= layout.pageOffset && vaddr <= layout.directMapEnd) {
        const std::uint64_t pfn = (vaddr - layout.pageOffset) >> k::PAGE_SHIFT;
        if (pfn >= machine.phys.frameCount())
            return "direct map, beyond the end of RAM";
        const bool large =
            machine.phys.owner(Pfn{pfn}) == FrameOwner::Slab && machine.phys.aux(Pfn{pfn}) == kLargeKmalloc;
        std::string out = "direct map of pfn " + fmt::hex(pfn) + " (" +
                          (large ? std::string("a large kmalloc's page")
                                 : std::string(frameOwnerName(machine.phys.owner(Pfn{pfn})))) +
                          ")";
        if (auto object = machine.slab.objectAt(vaddr); object && object->allocated)
            out += ", inside " + std::string(kmallocCacheName(object->cache)) + " object " +
                   fmt::address(object->address);
        for (const LargeKmallocInfo& whole : machine.slab.largeKmallocs())
            if (large && pfn >= whole.pfn && pfn < whole.pfn + (1ull << whole.order))
                out += ", inside the large kmalloc " + fmt::address(whole.address) + " (an order-" +
                       std::to_string(whole.order) + " compound page of its own, no slab)";
        return out;
    }
    if (vaddr >= layout.vmallocStart && vaddr <= machine.vmalloc.vmallocEnd()) {
        if (auto id = machine.vmalloc.areaContaining(vaddr)) {
            const AreaInfo a = machine.vmalloc.area(*id);
            const std::uint64_t page = (vaddr - a.vaStart) >> k::PAGE_SHIFT;
            const std::uint64_t span = (a.vaEnd - a.vaStart) >> k::PAGE_SHIFT;
            std::string what = "vmalloc area " + fmt::address(a.vaStart) + "-" + fmt::address(a.vaEnd);
            if (a.vaFlags & k::VM_LAZY_FREE)
                return what + ", lazily freed (waiting for the purge)";
            if (page + 1 == span)
                return what + ", its guard page (never mapped)";
            return what + ", page " + std::to_string(page) + " of " + std::to_string(a.nrPages);
        }
        return "vmalloc range, not part of any area (free, or a 2.6.36 gap page between areas)";
    }
    if (vaddr >= layout.vmemmapStart && vaddr < layout.vmemmapStart + (1ull << 40))
        return "vmemmap (struct page array)";
    if (vaddr >= k::MODULES_VADDR && vaddr < k::MODULES_END)
        return "module mapping space";
    if (vaddr >= k::KERNEL_TEXT_START)
        return "kernel text mapping";
    if (vaddr < (1ull << (layout.virtualBits - 1)))
        return "user space (not part of init_mm's kernel mappings)";
    return "kernel address space hole";
}

namespace {
// The MMU's walk: the direct map through the boot-time tables, everything else through init_mm's
// tables the engine keeps.
Walk walkOf(const Machine& machine, VirtAddr at)
{
    if (at.value() >= k::PAGE_OFFSET && at.value() <= k::DIRECT_MAP_END)
        return directMapWalk(at, Pfn{kPgdPfn}, machine.phys.frameCount());
    return machine.tables.translate(at);
}
} // namespace

std::string formatTranslation(const Walk& walk, const std::string& what)
{
    std::string out = "VIRTUAL           PHYSICAL\n";
    out += fmt::printf("%016llx  %s\n\n", static_cast<unsigned long long>(walk.vaddr),
                       walk.physAddr
                           ? fmt::printf("%llx", static_cast<unsigned long long>(*walk.physAddr)).c_str()
                           : "(not mapped)");
    for (const WalkStep& s : walk.steps) {
        const std::uint64_t entryPhys = (s.tablePfn << k::PAGE_SHIFT) + s.index * 8;
        out += fmt::printf("%6s[%3u]: %9llx => %016llx  %s\n", std::string(tableLevelName(s.level)).c_str(),
                           s.index, static_cast<unsigned long long>(entryPhys),
                           static_cast<unsigned long long>(s.entry), entryFlags(s.entry, s.level).c_str());
    }
    if (walk.physAddr)
        out += fmt::printf("  PAGE: %llx (pfn %s)\n",
                           static_cast<unsigned long long>(*walk.physAddr & k::PAGE_MASK),
                           fmt::hex(*walk.physAddr >> k::PAGE_SHIFT).c_str());
    return out + "\n" + what + "\n";
}

std::string translateText(const Machine& machine, VirtAddr at)
{
    return formatTranslation(walkOf(machine, at), classifyAddress(machine, at));
}

nlohmann::ordered_json translateJson(const Machine& machine, VirtAddr at)
{
    const std::uint64_t vaddr = at.value();
    const Walk walk = walkOf(machine, at);
    nlohmann::ordered_json j;
    j["vaddr"] = fmt::address(vaddr);
    auto& levels = j["levels"] = nlohmann::ordered_json::array();
    for (const WalkStep& s : walk.steps)
        levels.push_back({{"level", tableLevelName(s.level)},
                          {"table_pfn", s.tablePfn},
                          {"index", s.index},
                          {"entry", fmt::address(s.entry)},
                          {"flags", entryFlags(s.entry, s.level)}});
    if (walk.physAddr) {
        j["phys"] = fmt::address(*walk.physAddr);
        j["pfn"] = *walk.physAddr >> k::PAGE_SHIFT;
    } else {
        j["phys"] = nullptr;
    }
    j["what"] = classifyAddress(machine, at);
    return j;
}

} // namespace vmviz::exports
