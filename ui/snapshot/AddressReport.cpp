// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/AddressReport.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"
#include "paging/DirectMap.h"
#include "paging/PageTables.h"
#include "slab/Slab.h"
#include "snapshot/PageWalk.h"

#include <QCoreApplication>
#include <QString>

namespace vmviz::ui {

namespace {

/// The kmalloc'ed object holding `vaddr`, by its kmemleak record (size is the cache's object size).
const KmemleakObject* slabObjectAt(const MachineSnapshot& snapshot, std::uint64_t vaddr)
{
    if (!snapshot.kmemleak)
        return nullptr;
    for (const KmemleakObject& o : snapshot.kmemleak->objects) {
        if (o.kind == TrackedKind::Kmalloc && vaddr >= o.pointer && vaddr - o.pointer < o.size)
            return &o;
    }
    return nullptr;
}

// The answer is the window's (What is this address?), so it speaks the window's language; kernel
// names and addresses stay as the kernel prints them.
std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

std::string classifyAddress(const MachineSnapshot& snapshot, std::uint64_t vaddr)
{
    if (vaddr >= k::PAGE_OFFSET && vaddr <= k::DIRECT_MAP_END) {
        const std::uint64_t pfn = (vaddr - k::PAGE_OFFSET) >> k::PAGE_SHIFT;
        if (!snapshot.phys || pfn >= snapshot.phys->frameCount)
            return utf8(
                QCoreApplication::translate("vmviz::ui::AddressReport", "direct map, beyond the end of RAM"));
        const FrameState& frame = snapshot.phys->frame(pfn);
        std::string out =
            utf8(QCoreApplication::translate("vmviz::ui::AddressReport", "direct map of pfn %1 (%2)")
                     .arg(q(fmt::hex(pfn)), q(std::string(frameOwnerName(frame.owner)))));
        if (frame.owner == FrameOwner::Slab) {
            // A slab frame's aux byte is its cache (phys/PhysicalMemory.h).
            if (const KmemleakObject* object = slabObjectAt(snapshot, vaddr))
                out += utf8(
                    QCoreApplication::translate("vmviz::ui::AddressReport", ", inside %1 object %2")
                        .arg(q(std::string(kmallocCacheName(frame.aux))), q(fmt::address(object->pointer))));
        }
        return out;
    }
    const std::uint64_t vmallocEnd = snapshot.areas ? snapshot.areas->vmallocEnd : k::VMALLOC_END;
    if (vaddr >= k::VMALLOC_START && vaddr <= vmallocEnd) {
        if (const AreaInfo* a = snapshot.areas ? snapshot.areas->containing(vaddr) : nullptr) {
            const std::uint64_t page = (vaddr - a->vaStart) >> k::PAGE_SHIFT;
            const std::uint64_t span = (a->vaEnd - a->vaStart) >> k::PAGE_SHIFT;
            const QString what = QCoreApplication::translate("vmviz::ui::AddressReport", "vmalloc area %1-%2")
                                     .arg(q(fmt::address(a->vaStart)), q(fmt::address(a->vaEnd)));
            if (a->vaFlags & k::VM_LAZY_FREE)
                return utf8(what + QCoreApplication::translate("vmviz::ui::AddressReport",
                                                               ", lazily freed (waiting for the purge)"));
            if (page + 1 == span)
                return utf8(what + QCoreApplication::translate("vmviz::ui::AddressReport",
                                                               ", its guard page (never mapped)"));
            return utf8(what + QCoreApplication::translate("vmviz::ui::AddressReport", ", page %1 of %2")
                                   .arg(page)
                                   .arg(a->nrPages));
        }
        return utf8(QCoreApplication::translate(
            "vmviz::ui::AddressReport",
            "vmalloc range, not part of any area (free, or a 2.6.36 gap page between areas)"));
    }
    if (vaddr >= k::VMEMMAP_START && vaddr < k::VMEMMAP_START + (1ull << 40))
        return utf8(QCoreApplication::translate("vmviz::ui::AddressReport", "vmemmap (struct page array)"));
    if (vaddr >= k::MODULES_VADDR && vaddr < k::MODULES_END)
        return utf8(QCoreApplication::translate("vmviz::ui::AddressReport", "module mapping space"));
    if (vaddr >= k::KERNEL_TEXT_START)
        return utf8(QCoreApplication::translate("vmviz::ui::AddressReport", "kernel text mapping"));
    if (vaddr < 0x0000800000000000ull)
        return utf8(QCoreApplication::translate("vmviz::ui::AddressReport",
                                                "user space (not part of init_mm's kernel mappings)"));
    return utf8(QCoreApplication::translate("vmviz::ui::AddressReport", "kernel address space hole"));
}

std::string describeAddress(const MachineSnapshot& snapshot, std::uint64_t vaddr)
{
    Walk walk;
    walk.vaddr = vaddr;
    if (vaddr >= k::PAGE_OFFSET && vaddr <= k::DIRECT_MAP_END && snapshot.tables && snapshot.phys) {
        walk = directMapWalk(VirtAddr{vaddr}, Pfn{snapshot.tables->pgdPfn}, snapshot.phys->frameCount);
    } else if (snapshot.tables) {
        PageWalk pageWalk = PageWalk::of(*snapshot.tables, vaddr, 1);
        for (const WalkLevel& l : pageWalk.levels)
            walk.steps.push_back({l.level, l.tablePfn, l.index, l.entry});
        if (pageWalk.frame)
            walk.physAddr = (*pageWalk.frame << k::PAGE_SHIFT) | (vaddr & ~k::PAGE_MASK);
    }
    return exports::formatTranslation(walk, classifyAddress(snapshot, vaddr));
}

} // namespace vmviz::ui
