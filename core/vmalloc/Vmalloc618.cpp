// SPDX-License-Identifier: GPL-2.0-only
// mm/vmalloc.c of Linux 6.18.2, run when the kernel profile's vmallocPath() is Linux618 (the vmap
// nodes and their pools: VmapNodes618.cpp). Line numbers in the comments are 6.18.2's. What did not change
// since 2.6.36 (the guard page, the page array threshold and its recursion, the page-table walk,
// lazy_max_pages) is shared with Vmalloc.cpp.
#include "vmalloc/Vmalloc.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "base/KernelNames.h"

#include <algorithm>
#include <cassert>

namespace vmviz {

namespace {
constexpr std::uint32_t kNoArea = 0;             // id + 1 encoding in m_vmPagesArea / m_vmArrayOf
constexpr std::uint64_t kVmUninitialized = 0x20; // include/linux/vmalloc.h, 6.18: VM_UNINITIALIZED
constexpr std::uint64_t kBulkChunk = 100;        // vm_area_alloc_pages: "hard-coded and is 100 pages"
constexpr std::uint64_t kVmapZoneSize = 16 * k::PAGE_SIZE; // vmap_init_nodes: vmap_zone_size
constexpr std::uint64_t kVmAllowHugeVmap = 0x400;          // include/linux/vmalloc.h, 6.18
constexpr std::uint64_t kPmdSize = 1ull << k::PMD_SHIFT;

Fn apiFunction618(VmallocApi api)
{
    switch (api) {
    case VmallocApi::Vmalloc:
        return Fn::vmalloc_noprof;
    case VmallocApi::Vmalloc32:
        return Fn::vmalloc_32_noprof;
    case VmallocApi::VmallocUser:
        return Fn::vmalloc_user_noprof;
    case VmallocApi::Vmalloc_:
        return Fn::__vmalloc_noprof;
    case VmallocApi::VmallocHuge:
        return Fn::vmalloc_huge_node_noprof;
    }
    return Fn::vmalloc_noprof;
}

/// "%p" in 6.x prints a hash of the pointer (lib/vsprintf.c: ptr_to_id, siphash with a boot-time
/// key), zero-padded to 16 digits; the model hashes with a fixed mix instead.
std::string hashedPointer(std::uint64_t addr)
{
    std::uint64_t x = addr ^ 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    x ^= x >> 31;
    return fmt::printf("%016llx", static_cast<unsigned long long>(x & 0xffffffffull));
}
} // namespace

// vmalloc_noprof(), vmalloc_32_noprof(), vmalloc_user_noprof() and __vmalloc_noprof() (l.3991,
// l.4225, l.4048, l.3972): each picks its gfp and calls into __vmalloc_node_range_noprof().
std::uint64_t Vmalloc::allocate618(VmallocApi api, std::uint64_t size, std::uint32_t gfp)
{
    const Fn fn = apiFunction618(api);
    std::uint64_t align = 1;
    std::uint64_t vmFlags = 0;
    switch (api) {
    case VmallocApi::Vmalloc:
    case VmallocApi::VmallocHuge: // vmalloc_huge(size, GFP_KERNEL)
        gfp = k::GFP_KERNEL;
        break;
    case VmallocApi::Vmalloc32:
        gfp = k::GFP_VMALLOC32;
        break;
    case VmallocApi::VmallocUser:
        gfp = k::GFP_KERNEL | k::__GFP_ZERO;
        align = k::PAGE_SIZE; // SHMLBA on x86
        vmFlags = k::VM_USERMAP;
        break;
    case VmallocApi::Vmalloc_:
        break;
    }
    if (api == VmallocApi::VmallocHuge) {
        m_recorder.call(fn, size, gfp);
    } else if (api == VmallocApi::Vmalloc_) {
        m_recorder.call(fn, size, gfp);
        m_recorder.note(Ev::Note, "6.18's __vmalloc() takes no prot: the pages are mapped PAGE_KERNEL");
    } else {
        m_recorder.call(fn, size);
    }
    std::uint64_t addr = 0;
    if (api == VmallocApi::VmallocUser || api == VmallocApi::VmallocHuge) {
        // vmalloc_user_noprof and vmalloc_huge_node_noprof (l.4011) call __vmalloc_node_range_noprof
        // directly, with VM_USERMAP or VM_ALLOW_HUGE_VMAP.
        if (api == VmallocApi::VmallocHuge)
            vmFlags = kVmAllowHugeVmap;
        addr = vmallocNode618(size, align, gfp, vmFlags, kNone32);
    } else {
        m_recorder.call(Fn::__vmalloc_node_noprof, size, align, gfp);
        addr = vmallocNode618(size, align, gfp, 0, kNone32);
        m_recorder.ret(Fn::__vmalloc_node_noprof, addr);
    }
    m_recorder.ret(fn, addr);
    return addr;
}

void Vmalloc::warnAlloc618(const std::string& message, std::uint32_t gfp)
{
    // warn_alloc(): "%s: %pV, mode:%#x(%pGg), nodemask=%*pbl", the cpuset, dump_stack() and
    // show_mem(), laid out by the machine's KernelText.
    if (AllocFailureReporter* report = m_phys.failureReporter()) {
        report->warnAlloc(gfp, message);
        return;
    }
    const auto lines = m_text.warnAlloc(message, gfp, {}, {}, 0, ShowMem{});
    m_recorder.printk(Ev::LogLine, lines.front(), {lines.front()});
}

std::uint64_t Vmalloc::vmallocNode618(std::uint64_t size, std::uint64_t align, std::uint32_t gfp,
                                      std::uint64_t vmFlags, std::uint32_t arrayOf)
{
    // __vmalloc_node_range_noprof() (l.3819)
    m_recorder.call(Fn::__vmalloc_node_range_noprof, size, align, gfp);
    if (!size) {
        m_recorder.note(Ev::Note, "WARN_ON_ONCE(!size): return NULL");
        m_recorder.ret(Fn::__vmalloc_node_range_noprof, 0);
        return 0;
    }
    if ((size >> k::PAGE_SHIFT) > m_phys.totalramPages()) {
        warnAlloc618(fmt::printf("vmalloc error: size %llu, exceeds total pages",
                                 static_cast<unsigned long long>(size)),
                     gfp);
        m_recorder.ret(Fn::__vmalloc_node_range_noprof, 0);
        return 0;
    }
    // VM_ALLOW_HUGE_VMAP: arch_vmap_pmd_supported(PAGE_KERNEL) holds on x86-64, so a request of
    // PMD_SIZE or more maps 2 MiB pages (arch_vmap_pte_supported_shift() is PAGE_SHIFT there).
    const std::uint64_t originalAlign = align;
    unsigned shift = k::PAGE_SHIFT;
    if ((vmFlags & kVmAllowHugeVmap) && size >= kPmdSize) {
        shift = k::PMD_SHIFT;
        align = std::max(originalAlign, kPmdSize);
        m_recorder.effect(Ev::HugeShift, size, align);
    } else if (vmFlags & kVmAllowHugeVmap) {
        // shift = arch_vmap_pte_supported_shift(size), PAGE_SHIFT on x86-64, and align follows it.
        align = std::max(originalAlign, k::PAGE_SIZE);
        m_recorder.note(Ev::Note,
                        "size < PMD_SIZE: shift stays PAGE_SHIFT and align = max(align, PAGE_SIZE), "
                        "so this is an ordinary vmalloc");
    }
    std::uint32_t id = kNone32;
    std::uint64_t addr = 0;
    for (;;) {
        // again:
        id = getVmAreaNode618(size, align, shift, k::VM_ALLOC | kVmUninitialized | vmFlags, gfp, arrayOf);
        if (id == kNone32)
            warnAlloc618(fmt::printf("vmalloc error: size %llu, vm_struct allocation failed",
                                     static_cast<unsigned long long>(size)),
                         gfp);
        else
            addr = vmallocAreaNode618(id, gfp, shift);
        if (addr || shift == k::PAGE_SHIFT)
            break;
        // fail: a huge attempt goes round again with small pages and the caller's alignment.
        shift = k::PAGE_SHIFT;
        align = originalAlign;
        m_recorder.effect(Ev::HugeFallback, align);
    }
    if (!addr) {
        m_recorder.ret(Fn::__vmalloc_node_range_noprof, 0);
        return 0;
    }
    // clear_vm_uninitialized_flag() (l.3153): smp_wmb(), then the flag goes.
    m_recorder.call(Fn::clear_vm_uninitialized_flag, m_vmObject[id]);
    m_vmFlags.set(id, m_vmFlags[id] & ~kVmUninitialized);
    m_recorder.effect(Ev::ClearUninitialized, m_vmFlags[id]);
    m_recorder.ret(Fn::clear_vm_uninitialized_flag);
    // kmemleak_vmalloc(area, PAGE_ALIGN(size), gfp_mask) (l.3924; mm/kmemleak.c:1130)
    const std::uint64_t pageAligned = k::pageAlign(size);
    m_recorder.call(Fn::kmemleak_vmalloc, m_vmObject[id], pageAligned);
    m_kmemleak.create(addr, m_profile.kmemleakVmallocSize(size, pageAligned),
                      m_profile.kmemleakVmallocMinCount(), TrackedKind::Vmalloc, m_callerOffset);
    m_kmemleak.setExcessRef(m_vmObject[id], addr);
    m_recorder.effect(Ev::ExcessRef, m_vmObject[id], addr);
    m_recorder.ret(Fn::kmemleak_vmalloc);
    m_recorder.ret(Fn::__vmalloc_node_range_noprof, addr);
    return addr;
}

std::uint32_t Vmalloc::getVmAreaNode618(std::uint64_t size, std::uint64_t align, unsigned shift,
                                        std::uint64_t flags, std::uint32_t gfp, std::uint32_t arrayOf)
{
    // __get_vm_area_node() (l.3164)
    const Fn fn = shift == k::PAGE_SHIFT ? Fn::get_vm_area_node_618 : Fn::get_vm_area_node_huge;
    m_recorder.call(fn, size, align, flags);
    const std::uint64_t requested = size;
    const std::uint64_t unit = 1ull << shift;
    size = (size + unit - 1) & ~(unit - 1); // ALIGN(size, 1ul << shift)
    if (shift == k::PAGE_SHIFT)
        m_recorder.effect(Ev::PageAlign, requested, size);
    else
        m_recorder.note(Ev::Note, fmt::printf("size = ALIGN(%llu, 1 << PMD_SHIFT) = %llu",
                                              static_cast<unsigned long long>(requested),
                                              static_cast<unsigned long long>(size)));
    const std::uint32_t id = newAreaId();
    const std::uint64_t vm =
        m_slab.kmalloc(Fn::kzalloc_node, m_profile.sizeofVmStruct(), gfp & k::GFP_RECLAIM_MASK,
                       ObjectRole::VmStruct, id, m_callerOffset, m_faults.shouldFail(FaultSite::Kmalloc));
    if (!vm) {
        m_recorder.ret(fn, 0);
        return kNone32;
    }
    m_vmObject.set(id, vm);
    m_vmArrayOf.set(id, arrayOf == kNone32 ? kNoArea : arrayOf + 1);
    m_vmAlive.set(id, 1);
    m_recorder.effect(Ev::GuardPage618, size, size + k::PAGE_SIZE);
    size += k::PAGE_SIZE;
    m_vmFlags.set(id, flags);
    m_vmCaller.set(id, m_caller);
    m_recorder.effect(Ev::VmInit618, flags, requested);
    if (!allocVmapArea618(id, size, align, gfp)) {
        m_slab.kfree(vm);
        m_vmAlive.set(id, 0);
        m_recorder.ret(fn, 0);
        return kNone32;
    }
    m_recorder.ret(fn, vm);
    return id;
}

bool Vmalloc::allocVmapArea618(std::uint32_t id, std::uint64_t size, std::uint64_t align, std::uint32_t gfp)
{
    // alloc_vmap_area() (l.2009)
    m_recorder.call(Fn::alloc_vmap_area_618, size, align, m_vmObject[id]);
    gfp &= k::GFP_RECLAIM_MASK;
    // node_alloc() returns at once with one vmap node (vn_id 0, no pool); the model shows it only
    // when there are several.
    if (vmapNodes() > 1) {
        if (const auto pooled = nodeAlloc(size, align)) {
            takeFromPool(*pooled, id);
            m_recorder.ret(Fn::alloc_vmap_area_618, m_vaObject[id]);
            return true;
        }
    }
    const bool vmapAreaFails = m_faults.shouldFail(FaultSite::VmapArea);
    const bool kmallocFails = m_faults.shouldFail(FaultSite::Kmalloc);
    const std::uint64_t va =
        m_slab.cacheAlloc(Fn::kmem_cache_alloc_node, kVmapAreaCache, gfp, ObjectRole::VmapArea, id,
                          m_callerOffset, vmapAreaFails || kmallocFails);
    if (!va) {
        m_recorder.note(Ev::Note, "kmem_cache_alloc_node failed: return ERR_PTR(-ENOMEM)");
        m_recorder.ret(Fn::alloc_vmap_area_618, 0);
        return false;
    }
    m_recorder.effect(Ev::ScanArea618, va);
    bool purged = false;
    std::optional<std::uint64_t> addr;
    for (;;) {
        // retry: preload_this_cpu_lock() (l.1874) keeps one spare vmap_area for an NE fit.
        m_recorder.call(Fn::preload_this_cpu_lock);
        if (!m_preload[0]) {
            const std::uint64_t spare =
                m_slab.cacheAlloc(Fn::kmem_cache_alloc_node, kVmapAreaCache, gfp, ObjectRole::FreeVmapArea,
                                  kNone32, m_callerOffset, false);
            if (spare) {
                m_preload.set(0, spare);
                m_recorder.effect(Ev::PreloadSpare, spare);
            }
        }
        m_recorder.ret(Fn::preload_this_cpu_lock);
        // __alloc_vmap_area(): find_vmap_lowest_match() answers what a first fit over the areas
        // holding address space (busy, lazy and pooled) with no gap answers (VmapAreaIndex, gap 0);
        // va_clip() then trims the free block.
        addr = m_index.firstFit(size, align, vmallocStart(), m_vmallocEnd, m_profile.vmapGapBytes());
        if (addr || purged)
            break;
        m_recorder.effect(Ev::VmapOverflow, size);
        m_recorder.note(Ev::Note, "overflow: reclaim_and_purge_vmap_areas(), then retry");
        purge618(true);
        purged = true;
    }
    if (!addr) {
        // "Address range restricted" (l.2122): the size printed includes the guard page.
        const std::string line = fmt::printf(
            "vmalloc_node_range for size %llu failed: Address range restricted to %#llx - %#llx",
            static_cast<unsigned long long>(size), static_cast<unsigned long long>(vmallocStart()),
            static_cast<unsigned long long>(m_vmallocEnd));
        m_recorder.printk(Ev::LogLine, line, {line});
        m_slab.kfree(va, Fn::kmem_cache_free);
        m_recorder.ret(Fn::alloc_vmap_area_618, 0);
        return false;
    }
    clipFreeBlock(*addr, size);
    m_vaStart.set(id, *addr);
    m_vaEnd.set(id, *addr + size);
    m_vaObject.set(id, va);
    if (vmapNodes() > 1) {
        // va->flags = va_flags | vn_id: node_alloc() chose the node even though its pool was empty.
        m_vaNode.set(id, 1);
        m_recorder.effect(Ev::VnId, 0, 1u << 8);
    }
    m_vaFlags.set(id, k::VM_VM_AREA); // the model's "va->vm is set"
    m_vaAlive.set(id, 1);             // last: the search index keys on va_start/va_end
    m_recorder.effect(Ev::VmapReserve, *addr, *addr + size, size);
    m_vmAddr.set(id, *addr);
    m_vmSize.set(id, size);
    m_vmLinked.set(id, 1); // reachable from a busy tree through va->vm (there is no vmlist after boot)
    m_recorder.effect(Ev::BusyInsert, *addr, size, (*addr / kVmapZoneSize) % vmapNodes());
    m_recorder.ret(Fn::alloc_vmap_area_618, va);
    return true;
}

std::optional<std::uint32_t> Vmalloc::freeBlockAt(std::uint64_t start, std::uint64_t end) const
{
    // The block holding [start, end).
    for (std::uint32_t b = 0; b < m_fbAlive.size(); ++b)
        if (m_fbAlive[b] && m_fbStart[b] <= start && end <= m_fbEnd[b])
            return b;
    return std::nullopt;
}

std::uint32_t Vmalloc::newFreeBlock(std::uint64_t start, std::uint64_t end, std::uint64_t object)
{
    const auto b = static_cast<std::uint32_t>(m_fbAlive.size());
    for (auto* c : {&m_fbStart, &m_fbEnd, &m_fbObject})
        c->append();
    m_fbAlive.append();
    m_fbStart.set(b, start);
    m_fbEnd.set(b, end);
    m_fbObject.set(b, object);
    m_fbAlive.set(b, 1);
    if (object)
        m_slab.setObjectRole(object, ObjectRole::FreeVmapArea, b);
    return b;
}

void Vmalloc::clipFreeBlock(std::uint64_t addr, std::uint64_t size)
{
    // va_clip() (l.1687) on the block find_vmap_lowest_match() returned.
    const auto found = freeBlockAt(addr, addr + size);
    assert(found && "the first fit and the free tree disagree");
    if (!found)
        return;
    const std::uint32_t b = *found;
    const std::uint64_t start = m_fbStart[b];
    const std::uint64_t end = m_fbEnd[b];
    m_recorder.effect(Ev::LowestMatch, start, end, size);
    if (start == addr && end == addr + size) {
        m_recorder.effect(Ev::ClipFl, start, end);
        m_fbAlive.set(b, 0);
        if (m_fbObject[b])
            m_slab.kfree(m_fbObject[b], Fn::kmem_cache_free);
        else
            m_recorder.note(Ev::Note, "(the boot-time block's vmap_area predates the model's slab)");
    } else if (start == addr) {
        m_fbStart.set(b, addr + size);
        m_recorder.effect(Ev::ClipLe, addr + size, end);
    } else if (end == addr + size) {
        m_fbEnd.set(b, addr);
        m_recorder.effect(Ev::ClipRe, start, addr);
    } else {
        // NE: __this_cpu_xchg(ne_fit_preload_node, NULL) becomes the left remainder.
        const std::uint64_t spare = m_preload[0];
        m_preload.set(0, 0);
        m_fbStart.set(b, addr + size);
        m_recorder.effect(Ev::ClipNe, start, addr, spare);
        newFreeBlock(start, addr, spare);
    }
}

std::uint64_t Vmalloc::vmallocAreaNode618(std::uint32_t id, std::uint32_t gfp, unsigned shift)
{
    // __vmalloc_area_node() (l.3678)
    const Fn fn = shift == k::PAGE_SHIFT ? Fn::vmalloc_area_node_618 : Fn::vmalloc_area_node_huge;
    m_recorder.call(fn, m_vmObject[id], gfp, k::PAGE_KERNEL);
    const std::uint32_t nestedGfp = (gfp & k::GFP_RECLAIM_MASK) | k::__GFP_ZERO;
    const std::uint64_t nrPages = (m_vmSize[id] - k::PAGE_SIZE) >> k::PAGE_SHIFT;
    const std::uint64_t arraySize = nrPages * k::SIZEOF_POINTER;
    if (!(gfp & (k::__GFP_DMA | k::__GFP_DMA32)))
        gfp |= k::__GFP_HIGHMEM;
    m_vmPagesBase.set(id, static_cast<std::uint32_t>(m_pagePfns.append(nrPages)));
    const bool nested = arraySize > k::PAGE_SIZE;
    m_recorder.effect(
        Ev::NrPages, nrPages, arraySize,
        m_recorder.intern(nested ? "more than a page, so __vmalloc_node_noprof it (the recursion is strictly "
                                   "bounded)"
                                 : "kmalloc_node it"));
    std::uint64_t pages = 0;
    if (nested) {
        m_recorder.call(Fn::__vmalloc_node_noprof, arraySize, 1, nestedGfp);
        pages = vmallocNode618(arraySize, 1, nestedGfp, 0, id);
        m_recorder.ret(Fn::__vmalloc_node_noprof, pages);
        if (pages)
            m_vmPagesArea.set(id, m_busy.at(pages) + 1);
    } else {
        pages = m_slab.kmalloc(Fn::kmalloc_node, arraySize, nestedGfp, ObjectRole::PageArray, id,
                               m_callerOffset, m_faults.shouldFail(FaultSite::Kmalloc));
    }
    m_vmPages.set(id, pages);
    m_recorder.effect(Ev::PagesArray, pages);
    if (!pages) {
        warnAlloc618(fmt::printf("vmalloc error: size %llu, failed to allocated page array size %llu",
                                 static_cast<unsigned long long>(nrPages) * k::PAGE_SIZE,
                                 static_cast<unsigned long long>(arraySize)),
                     gfp);
        m_recorder.note(Ev::Note, "free_vm_area(area): remove_vm_area() and kfree(area), return NULL");
        removeVmArea618(m_vmAddr[id]);
        m_slab.kfree(m_vmObject[id]);
        m_vmAlive.set(id, 0);
        m_recorder.ret(fn, 0);
        return 0;
    }
    // set_vm_area_page_order(area, shift - PAGE_SHIFT); a huge attempt drops __GFP_NOFAIL.
    const unsigned order = shift - k::PAGE_SHIFT;
    m_vmPageOrder.set(id, static_cast<std::uint8_t>(order));
    const std::uint32_t pageGfp = (order ? gfp & ~k::__GFP_NOFAIL : gfp) | k::__GFP_NOWARN;
    const std::uint32_t got = allocPages618(id, pageGfp, order, static_cast<std::uint32_t>(nrPages));
    m_vmNrPages.set(id, got);
    bool failed = got != nrPages;
    if (failed) {
        m_recorder.effect(Ev::NrPagesCut, got);
        // Only an order-0 shortfall warns (a huge one is retried with small pages), and not for a
        // task with a fatal signal pending: the OOM killer has already told why.
        const bool dying = m_phys.failureReporter() && m_phys.failureReporter()->taskIsDying();
        if (order == 0 && !dying)
            warnAlloc618(fmt::printf("vmalloc error: size %llu, failed to allocate pages",
                                     static_cast<unsigned long long>(got) * k::PAGE_SIZE),
                         gfp);
    } else if (mapPages618(id, shift) < 0) {
        failed = true;
        warnAlloc618(fmt::printf("vmalloc error: size %llu, failed to map pages",
                                 static_cast<unsigned long long>(got) * k::PAGE_SIZE),
                     gfp);
    }
    if (failed) {
        const std::uint64_t addr = m_vmAddr[id];
        m_recorder.note(Ev::Note, "fail: vfree(area->addr) frees what was allocated, then return NULL");
        vfree618(addr);
        m_recorder.ret(fn, 0);
        return 0;
    }
    m_recorder.ret(fn, m_vmAddr[id]);
    return m_vmAddr[id];
}

long Vmalloc::mapPages618(std::uint32_t id, unsigned shift)
{
    // vmap_pages_range() (l.696) → vmap_pages_range_noflush → __vmap_pages_range_noflush: with
    // PAGE_SHIFT vmap_small_pages_range_noflush, with PMD_SHIFT one vmap_range_noflush per 2 MiB.
    const std::uint64_t addr = m_vmAddr[id];
    const std::uint64_t end = addr + m_vmSize[id] - k::PAGE_SIZE;
    const Fn fn = shift == k::PAGE_SHIFT ? Fn::vmap_pages_range : Fn::vmap_pages_range_huge;
    m_recorder.call(fn, addr, end);
    const std::uint32_t base = m_vmPagesBase[id];
    const auto pageAt = [&](std::size_t i) { return std::uint64_t{m_pagePfns[base + i]}; };
    const auto fail = [this](unsigned level) {
        const FaultSite site = level == LEVEL_PTE   ? FaultSite::PteAlloc
                               : level == LEVEL_PMD ? FaultSite::PmdAlloc
                                                    : FaultSite::PudAlloc;
        return m_faults.shouldFail(site);
    };
    const long err = shift == k::PAGE_SHIFT
                         ? m_tables.vmapPageRange(addr, end, k::PAGE_KERNEL, pageAt, fail,
                                                  Fn::vmap_small_pages_range_noflush)
                         : m_tables.vmapHugePmdRange(addr, end, k::PAGE_KERNEL, pageAt, fail);
    const std::int64_t result = err < 0 ? err : 0;
    m_recorder.ret(fn, static_cast<std::uint64_t>(result));
    return result;
}

std::uint32_t Vmalloc::allocPages618(std::uint32_t id, std::uint32_t gfp, unsigned order,
                                     std::uint32_t nrPages)
{
    // vm_area_alloc_pages() (l.3591): order 0 uses the bulk allocator in chunks of at most 100
    // pages, a short chunk falling back to one alloc_pages() at a time; a higher order takes
    // alloc_pages(order) blocks and split_page()s each, so pages[] still holds 4 KiB pages.
    m_recorder.call(Fn::vm_area_alloc_pages, gfp, order, nrPages);
    const std::uint32_t arrayOf = m_vmArrayOf[id];
    const OwnerTag baseTag = arrayOf == kNoArea ? OwnerTag{FrameOwner::VmallocData, 0, id, 0}
                                                : OwnerTag{FrameOwner::VmallocPageArray, 0, arrayOf - 1, 0};
    const auto takeBlock = [&](std::uint32_t index) -> bool {
        if (m_faults.shouldFail(FaultSite::AllocPage)) {
            m_recorder.note(Ev::FaultInjected, "alloc_page");
            return false;
        }
        OwnerTag tag = baseTag;
        tag.index = index;
        const auto page = m_phys.allocPages(gfp, order, tag);
        if (!page)
            return false;
        for (std::uint32_t i = 0; i < (1u << order); ++i) {
            if (order) { // split_page(): each 4 KiB page is a page of its own, area->pages[index + i]
                tag.index = index + i;
                m_phys.setOwner(Pfn{page->value() + i}, tag);
            }
            storePage(id, index + i, Pfn{page->value() + i});
        }
        return true;
    };
    std::uint32_t allocated = 0;
    bool shortChunk = false;
    while (order == 0 && allocated < nrPages && !shortChunk) {
        const auto request =
            static_cast<std::uint32_t>(std::min<std::uint64_t>(kBulkChunk, nrPages - allocated));
        m_recorder.call(Fn::alloc_pages_bulk_mempolicy_noprof, gfp, request, allocated);
        if (request == 1)
            m_recorder.note(Ev::Note, "one page: alloc_pages_bulk_noprof takes the single-page path");
        std::uint32_t got = 0;
        while (got < request && takeBlock(allocated + got))
            ++got;
        m_recorder.ret(Fn::alloc_pages_bulk_mempolicy_noprof, got);
        allocated += got;
        shortChunk = got != request;
    }
    while (allocated < nrPages) {
        // fatal_signal_pending(current): the OOM killer chose this task; it stops asking.
        if (!(gfp & k::__GFP_NOFAIL) && m_phys.failureReporter() && m_phys.failureReporter()->taskIsDying()) {
            m_recorder.note(Ev::Note, "fatal_signal_pending(current): the OOM killer chose this task, stop");
            break;
        }
        m_recorder.call(Fn::alloc_pages, gfp, order);
        const bool ok = takeBlock(allocated);
        m_recorder.ret(Fn::alloc_pages, ok ? m_pagePfns[m_vmPagesBase[id] + allocated] : 0);
        if (!ok)
            break;
        allocated += 1u << order;
    }
    m_recorder.ret(Fn::vm_area_alloc_pages, allocated);
    return allocated;
}

void Vmalloc::vfree618(std::uint64_t addr)
{
    // vfree() (l.3403)
    m_recorder.call(Fn::vfree_618, addr);
    if (addr) {
        m_kmemleak.free(addr);
    } else {
        m_recorder.call(Fn::kmemleak_free, 0);
        m_recorder.ret(Fn::kmemleak_free);
        m_recorder.effect(Ev::VfreeNull);
        m_recorder.ret(Fn::vfree_618);
        return;
    }
    const auto found = removeVmArea618(addr);
    if (!found) {
        if ((k::PAGE_SIZE - 1) & addr)
            m_recorder.note(Ev::Note, "remove_vm_area warned and returned NULL, so vfree warns as well");
        warn(3422, "Trying to vfree() nonexistent vm area (" + hashedPointer(addr) + ")", Fn::vfree_618);
        m_recorder.ret(Fn::vfree_618);
        return;
    }
    const std::uint32_t id = *found;
    // The PTEs are gone already; the pages go back before any TLB flush (that waits for the purge).
    const std::uint32_t base = m_vmPagesBase[id];
    for (std::uint32_t i = 0; i < m_vmNrPages[id]; ++i) {
        const std::uint64_t pfn = m_pagePfns[base + i];
        m_recorder.call(Fn::__free_page, pfn);
        m_phys.freePages(Pfn{pfn}, 0);
        m_recorder.ret(Fn::__free_page);
    }
    // kvfree(vm->pages): vfree for a vmalloc'ed array, kfree otherwise.
    m_recorder.call(Fn::kvfree, m_vmPages[id]);
    if (m_vmPagesArea[id] != kNoArea)
        vfree618(m_vmPages[id]);
    else
        m_slab.kfree(m_vmPages[id]);
    m_recorder.ret(Fn::kvfree);
    m_slab.kfree(m_vmObject[id]);
    m_vmAlive.set(id, 0);
    m_recorder.ret(Fn::vfree_618);
}

std::optional<std::uint32_t> Vmalloc::removeVmArea618(std::uint64_t addr)
{
    // remove_vm_area() (l.3280)
    m_recorder.call(Fn::remove_vm_area_618, addr);
    if ((k::PAGE_SIZE - 1) & addr) {
        warn(3287, "Trying to vfree() bad address (" + hashedPointer(addr) + ")", Fn::remove_vm_area_618);
        m_recorder.ret(Fn::remove_vm_area_618, 0);
        return std::nullopt;
    }
    // find_unlink_vmap_area(): the busy trees only; a lazily freed area is on a lazy tree.
    const auto it = m_busy.find(addr);
    if (it == m_busy.end() || (m_vaFlags[it->second] & k::VM_LAZY_FREE) || !m_vmAlive[it->second]) {
        m_recorder.ret(Fn::remove_vm_area_618, 0);
        return std::nullopt;
    }
    const std::uint32_t id = it->second;
    m_vmLinked.set(id, 0);
    m_recorder.effect(Ev::BusyUnlink, m_vaStart[id], m_vaEnd[id]);
    // free_unmap_vmap_area() (l.2440)
    m_recorder.call(Fn::free_unmap_vmap_area, m_vaObject[id]);
    m_recorder.call(Fn::vunmap_range_noflush, m_vaStart[id], m_vaEnd[id]);
    m_tables.vunmapPageRange(m_vaStart[id], m_vaEnd[id]);
    m_recorder.ret(Fn::vunmap_range_noflush);
    // free_vmap_area_noflush() (l.2405)
    m_recorder.call(Fn::free_vmap_area_noflush, m_vaObject[id]);
    const std::uint64_t pages = (m_vaEnd[id] - m_vaStart[id]) >> k::PAGE_SHIFT;
    m_lazyNr.set(0, m_lazyNr[0] + pages);
    m_vaFlags.set(id, m_vaFlags[id] | k::VM_LAZY_FREE);
    m_recorder.effect(Ev::LazyFree618, pages, m_lazyNr[0], lazyMaxPages());
    if (m_lazyNr[0] > lazyMaxPages() && !m_drainScheduled[0]) {
        m_drainScheduled.set(0, 1);
        m_recorder.effect(Ev::DrainScheduled, m_lazyNr[0], lazyMaxPages());
    }
    m_recorder.ret(Fn::free_vmap_area_noflush);
    m_recorder.ret(Fn::free_unmap_vmap_area);
    m_recorder.ret(Fn::remove_vm_area_618, m_vmObject[id]);
    return id;
}

void Vmalloc::mergeOrAddFree(std::uint32_t id)
{
    // __merge_or_add_vmap_area() (l.1513 region): the right neighbour absorbs the area first, then
    // the left one absorbs the result; each absorbed vmap_area is kmem_cache_free'd.
    const std::uint64_t s = m_vaStart[id];
    const std::uint64_t e = m_vaEnd[id];
    const std::uint64_t va = m_vaObject[id];
    m_vaFlags.set(id, m_vaFlags[id] & ~k::VM_LAZY_FREE);
    m_vaAlive.set(id, 0);
    std::optional<std::uint32_t> right;
    std::optional<std::uint32_t> left;
    for (std::uint32_t b = 0; b < m_fbAlive.size(); ++b) {
        if (!m_fbAlive[b])
            continue;
        if (m_fbStart[b] == e)
            right = b;
        if (m_fbEnd[b] == s)
            left = b;
    }
    std::string how;
    if (right && left) {
        m_fbStart.set(*right, s);
        m_slab.kfree(va, Fn::kmem_cache_free);
        m_fbEnd.set(*left, m_fbEnd[*right]);
        m_fbAlive.set(*right, 0);
        if (m_fbObject[*right])
            m_slab.kfree(m_fbObject[*right], Fn::kmem_cache_free);
        how = "it joins the free block on its right, which then joins the one on its left: [" +
              fmt::address(m_fbStart[*left]) + ", " + fmt::address(m_fbEnd[*left]) + ")";
    } else if (right) {
        m_fbStart.set(*right, s);
        m_slab.kfree(va, Fn::kmem_cache_free);
        how = "it joins the free block on its right: [" + fmt::address(s) + ", " +
              fmt::address(m_fbEnd[*right]) + ")";
    } else if (left) {
        m_fbEnd.set(*left, e);
        m_slab.kfree(va, Fn::kmem_cache_free);
        how = "it joins the free block on its left: [" + fmt::address(m_fbStart[*left]) + ", " +
              fmt::address(e) + ")";
    } else {
        newFreeBlock(s, e, va);
        how = "no free neighbour, so its own vmap_area becomes a free block";
    }
    m_recorder.effect(Ev::FreeMerge, s, e, m_recorder.intern(how));
}

std::vector<std::uint64_t> Vmalloc::freeBlockObjects() const
{
    std::vector<std::uint64_t> out;
    for (std::uint32_t b = 0; b < m_fbAlive.size(); ++b)
        if (m_fbAlive[b] && m_fbObject[b])
            out.push_back(m_fbObject[b]);
    return out;
}

std::vector<VmapAreaIndex::Range> Vmalloc::freeBlocks() const
{
    std::vector<VmapAreaIndex::Range> out;
    for (std::uint32_t b = 0; b < m_fbAlive.size(); ++b)
        if (m_fbAlive[b])
            out.push_back({m_fbStart[b], m_fbEnd[b]});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    return out;
}

} // namespace vmviz
