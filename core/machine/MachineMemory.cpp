// SPDX-License-Identifier: GPL-2.0-only
#include "machine/MachineMemory.h"

#include "base/Constants.h"

namespace vmviz {

namespace {
constexpr std::uint64_t kVmapAreaRbNode = 24;    // offsetof(struct vmap_area, rb_node)
constexpr std::uint64_t kVmapAreaList = 48;      // offsetof(struct vmap_area, list)
constexpr std::uint64_t kVmapAreaRbNode618 = 16; // offsetof(struct vmap_area, rb_node), 6.18
} // namespace

std::vector<KmemleakMemory::Root> MachineMemory::roots() const
{
    const Vmalloc& v = m_machine.vmalloc;
    std::vector<Root> out;
    if (m_machine.profile->vmallocPath() == VmallocPath::Linux618) {
        // 6.18: the vmap nodes' busy and lazy trees, free_vmap_area_root and the per-CPU spare.
        // The trees' shapes are not modelled: each vmap_area is counted as reached from its tree.
        Root trees{"vmap_nodes[].busy/lazy", {}};
        for (const AreaId id : v.busyAreas())
            trees.words.push_back(v.area(id, false).vaObject + kVmapAreaRbNode618);
        out.push_back(std::move(trees));
        Root freeTree{"free_vmap_area_root", {}};
        for (const std::uint64_t object : v.freeBlockObjects())
            freeTree.words.push_back(object);
        out.push_back(std::move(freeTree));
        out.push_back({"ne_fit_preload_node", {v.preloadSpare()}});
        appendCallerVariables(out);
        return out;
    }
    const auto vmlist = v.vmlist();
    out.push_back({"vmlist", {vmlist.empty() ? 0 : v.area(vmlist.front()).vmObject}});
    const auto busy = v.busyAreas();
    // The rbtree's shape is not modelled; its root is one vmap_area's rb_node, and every other
    // vmap_area is reachable through vmap_area_list anyway.
    out.push_back(
        {"vmap_area_root", {busy.empty() ? 0 : v.area(busy[busy.size() / 2]).vaObject + kVmapAreaRbNode}});
    out.push_back({"vmap_area_list",
                   {busy.empty() ? 0 : v.area(busy.front()).vaObject + kVmapAreaList,
                    busy.empty() ? 0 : v.area(busy.back()).vaObject + kVmapAreaList}});
    appendCallerVariables(out);
    return out;
}

void MachineMemory::appendCallerVariables(std::vector<Root>& out) const
{
    const CallerVariables& vars = m_machine.variables;
    for (std::size_t i = 0; i < vars.names.size(); ++i)
        if (vars.held[i])
            out.push_back({m_machine.config().identity.module + ": " + vars.names[i], {vars.value[i]}});
}

std::vector<std::uint64_t> MachineMemory::structWords(std::uint64_t address) const
{
    const auto object = m_machine.slab.objectAt(address);
    if (!object || !object->allocated)
        return {};
    const Vmalloc& v = m_machine.vmalloc;
    const bool linux618 = m_machine.profile->vmallocPath() == VmallocPath::Linux618;
    if (object->role == ObjectRole::FreeVmapArea)
        return {}; // va_start/va_end are not scanned; the tree links are not modelled
    const AreaInfo a = v.area(AreaId{object->ref});
    if (linux618 && object->role == ObjectRole::VmStruct) {
        // next (NULL after boot), addr, size, flags, pages, page_order|nr_pages, phys_addr, caller,
        // requested_size
        const KernelSymbol init = moduleInitSymbol(m_machine.config().identity);
        return {0, a.addr, a.size, a.flags, a.pagesAddr, std::uint64_t{a.nrPages} << 32, 0, init.address, 0};
    }
    if (linux618 && object->role == ObjectRole::VmapArea) {
        // va_start and va_end lie outside kmemleak_scan_area(&va->rb_node, SIZE_MAX): zeros here.
        // rb_node (3), list (2), vm, flags.
        return {0, 0, 0, 0, 0, 0, 0, a.vmAlive && !(a.vaFlags & k::VM_LAZY_FREE) ? a.vmObject : 0, 0};
    }
    switch (object->role) {
    case ObjectRole::VmStruct: {
        // next, addr, size, flags, pages, nr_pages, phys_addr, caller
        std::uint64_t next = 0;
        const auto list = v.vmlist();
        for (std::size_t i = 0; i + 1 < list.size(); ++i)
            if (list[i] == a.id)
                next = v.area(list[i + 1]).vmObject;
        const KernelSymbol init = moduleInitSymbol(m_machine.config().identity);
        return {next, a.addr, a.size, a.flags, a.pagesAddr, a.nrPages, 0, init.address};
    }
    case ObjectRole::VmapArea: {
        // va_start, va_end, flags, rb_node (3 words), list (next, prev), purge_list (2), private, rcu_head
        const auto busy = v.busyAreas();
        std::uint64_t next = 0;
        std::uint64_t prev = 0;
        for (std::size_t i = 0; i < busy.size(); ++i) {
            if (busy[i] != a.id)
                continue;
            if (i + 1 < busy.size())
                next = v.area(busy[i + 1]).vaObject + kVmapAreaList;
            if (i > 0)
                prev = v.area(busy[i - 1]).vaObject + kVmapAreaList;
        }
        const std::uint64_t priv = (a.vaFlags & k::VM_VM_AREA) ? a.vmObject : 0;
        return {a.vaStart, a.vaEnd, a.vaFlags, 0, 0, 0, next, prev, 0, 0, priv, 0, 0};
    }
    case ObjectRole::PageArray: {
        std::vector<std::uint64_t> words;
        words.reserve(a.pagePfns.size());
        for (const std::uint64_t pfn : a.pagePfns)
            words.push_back(k::pageStructAddress(pfn));
        return words;
    }
    case ObjectRole::None:
    case ObjectRole::FreeVmapArea:
        break;
    }
    return {};
}

std::vector<std::uint64_t> MachineMemory::objectWords(const KmemleakObject& object) const
{
    std::vector<std::uint64_t> words;
    if (object.kind == TrackedKind::Kmalloc) {
        words = structWords(object.pointer);
    } else if (auto id = m_machine.vmalloc.areaContaining(object.pointer)) {
        const AreaInfo a = m_machine.vmalloc.area(*id);
        if (a.arrayOf) {
            // A vmalloc'ed page array holds struct page pointers.
            for (const std::uint64_t pfn : m_machine.vmalloc.area(*a.arrayOf).pagePfns)
                words.push_back(k::pageStructAddress(pfn));
        }
    }
    // What scenarios wrote: scan_block() rounds the start up to 8 bytes.
    if (m_machine.contents.touched(object.pointer, object.size)) {
        const auto bytes = m_machine.contents.read(object.pointer, object.size);
        for (std::size_t i = 0; i + 8 <= bytes.size(); i += 8) {
            std::uint64_t w = 0;
            for (int b = 7; b >= 0; --b)
                w = (w << 8) | bytes[i + static_cast<std::size_t>(b)];
            if (w)
                words.push_back(w);
        }
    }
    std::erase(words, 0ull);
    return words;
}

std::uint32_t MachineMemory::checksum(const KmemleakObject& object) const
{
    if (object.kind == TrackedKind::Kmalloc) {
        const auto words = structWords(object.pointer);
        std::vector<std::uint8_t> bytes(object.size, 0);
        for (std::size_t i = 0; i < words.size() && (i + 1) * 8 <= bytes.size(); ++i)
            for (int b = 0; b < 8; ++b)
                bytes[i * 8 + static_cast<std::size_t>(b)] = static_cast<std::uint8_t>(words[i] >> (8 * b));
        return kernelCrc32(0, bytes.data(), bytes.size());
    }
    // Untouched memory reads as zeros, whose crc32 with seed 0 is 0.
    if (!m_machine.contents.touched(object.pointer, object.size))
        return 0;
    const auto bytes = m_machine.contents.read(object.pointer, object.size);
    return kernelCrc32(0, bytes.data(), bytes.size());
}

std::vector<std::uint8_t> MachineMemory::bytes(const KmemleakObject& object, std::size_t count) const
{
    const std::uint64_t n = std::min<std::uint64_t>(count, object.size);
    if (object.kind == TrackedKind::Kmalloc) {
        const auto words = structWords(object.pointer);
        std::vector<std::uint8_t> out(n, 0);
        for (std::size_t i = 0; i < n; ++i)
            if (i / 8 < words.size())
                out[i] = static_cast<std::uint8_t>(words[i / 8] >> (8 * (i % 8)));
        return out;
    }
    return m_machine.contents.read(object.pointer, n);
}

} // namespace vmviz
