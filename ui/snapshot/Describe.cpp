// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/Describe.h"

#include "base/Format.h"
#include "paging/PageTables.h"
#include "slab/Slab.h"
#include "steps/Narration.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <map>

namespace vmviz::ui {

namespace {

// The descriptions are tooltips of the window, so they speak its language; kernel names (zones,
// migratetypes, caches, fields) stay as the kernel spells them.
std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString className(FrameClass c)
{
    return QCoreApplication::translate("vmviz::ui::FrameClass", std::string(frameClassName(c)).c_str());
}

} // namespace

std::string describeFrame(const PhysSnapshot& phys, const AreasSnapshot* areas, std::uint64_t pfn)
{
    if (pfn >= phys.frameCount)
        return {};
    const FrameState& f = phys.frame(pfn);
    std::string out = "pfn " + fmt::hex(pfn) + " · " + std::string(zoneName(phys.zoneOf(pfn))) + " · " +
                      utf8(className(phys.frameClass(pfn)));
    const auto areaText = [&](std::uint32_t ref) -> std::string {
        if (!areas)
            return {};
        if (const AreaInfo* a = areas->find(AreaId{ref}))
            return utf8(QCoreApplication::translate("vmviz::ui::Describe", " of the area at %1")
                            .arg(q(fmt::address(a->vaStart))));
        return {};
    };
    switch (f.owner) {
    case FrameOwner::Free:
        if (f.aux != kFreeTail)
            out += utf8(QCoreApplication::translate("vmviz::ui::Describe",
                                                    "\nhead of a free order-%1 block on free_area[%1]")
                            .arg(f.aux));
        else
            out += utf8(QCoreApplication::translate("vmviz::ui::Describe", "\ninside a free buddy block"));
        break;
    case FrameOwner::PerCpuList:
        out += utf8(QCoreApplication::translate("vmviz::ui::Describe", "\non CPU 0's per-CPU list (%1)")
                        .arg(q(std::string(migratetypeName(f.aux)))));
        break;
    case FrameOwner::VmallocData:
        out += "\narea->pages[" + std::to_string(f.index) + "]" + areaText(f.ref);
        break;
    case FrameOwner::VmallocPageArray:
        out += utf8(QCoreApplication::translate("vmviz::ui::Describe", "\nholds the page array")) +
               areaText(f.ref);
        break;
    case FrameOwner::PageTable:
        out += utf8(QCoreApplication::translate("vmviz::ui::Describe", "\n%1 table page")
                        .arg(q(std::string(tableLevelName(f.aux)))));
        break;
    case FrameOwner::Slab:
        out += utf8(QCoreApplication::translate("vmviz::ui::Describe", "\nslab page of %1")
                        .arg(q(std::string(kmallocCacheName(f.aux)))));
        break;
    case FrameOwner::Reserved:
        out +=
            utf8(QCoreApplication::translate("vmviz::ui::Describe", "\nnever given to the buddy allocator"));
        break;
    case FrameOwner::KernelStack:
        out +=
            f.index == 0 ? "\nthe task's kernel stack: thread_info at its base" : "\nthe task's kernel stack";
        break;
    case FrameOwner::Count:
        break;
    }
    out += utf8(QCoreApplication::translate("vmviz::ui::Describe", "\ndirect map: %1")
                    .arg(q(fmt::address(k::directMapAddress(pfn << k::PAGE_SHIFT)))));
    return out;
}

std::string describeFrames(const PhysSnapshot& phys, std::uint64_t first, std::uint64_t end)
{
    if (end <= first + 1)
        return first < phys.frameCount ? describeFrame(phys, nullptr, first) : std::string();
    std::map<QString, std::uint64_t> counts;
    for (std::uint64_t pfn = first; pfn < end && pfn < phys.frameCount; ++pfn) {
        const FrameClass c = phys.frameClass(pfn);
        counts[c <= FrameClass::Free10 ? QCoreApplication::translate("vmviz::ui::Describe", "free")
                                       : className(c)]++;
    }
    std::string out = utf8(QCoreApplication::translate("vmviz::ui::Describe", "pfns %1–%2 (%3 frames, %4)")
                               .arg(q(fmt::hex(first)), q(fmt::hex(end - 1)))
                               .arg(end - first)
                               .arg(q(std::string(zoneName(phys.zoneOf(first))))));
    for (const auto& [name, n] : counts)
        out += "\n" + std::to_string(n) + " × " + utf8(name);
    return out;
}

std::string describeArea(const AreaInfo& a)
{
    std::string out = "[" + fmt::address(a.vaStart) + ", " + fmt::address(a.vaEnd) + ")";
    const std::uint64_t pages = (a.vaEnd - a.vaStart) / k::PAGE_SIZE;
    out += "  " +
           utf8(pages == 2
                    ? QCoreApplication::translate("vmviz::ui::Describe", "1 page + guard")
                    : QCoreApplication::translate("vmviz::ui::Describe", "%1 pages + guard").arg(pages - 1));
    if (a.vaFlags & k::VM_LAZY_FREE)
        out += "  · " + utf8(QCoreApplication::translate(
                            "vmviz::ui::Describe", "lazily freed (VM_LAZY_FREE), waiting for the purge"));
    else if (a.vmAlive)
        out += "  · " + vmFlagsName(a.flags) + ", nr_pages " + std::to_string(a.nrPages);
    if (a.arrayOf)
        out +=
            "  · " + utf8(QCoreApplication::translate("vmviz::ui::Describe", "page array of another area"));
    return out;
}

} // namespace vmviz::ui
