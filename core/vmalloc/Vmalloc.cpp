// SPDX-License-Identifier: GPL-2.0-only
#include "vmalloc/Vmalloc.h"

#include "base/Constants.h"
#include "base/Format.h"

#include <algorithm>
#include <cassert>

namespace vmviz {

namespace {
constexpr std::uint32_t kNoArea = 0; // id + 1 encoding in m_vmPagesArea / m_vmArrayOf

Fn apiFunction(VmallocApi api)
{
    switch (api) {
    case VmallocApi::Vmalloc:
        return Fn::vmalloc;
    case VmallocApi::Vmalloc32:
        return Fn::vmalloc_32;
    case VmallocApi::VmallocUser:
        return Fn::vmalloc_user;
    case VmallocApi::Vmalloc_:
        return Fn::__vmalloc;
    case VmallocApi::VmallocHuge: // 6.x only: the scenario parser refuses it on 2.6.36
        return Fn::vmalloc;
    }
    return Fn::vmalloc;
}
} // namespace

Vmalloc::Vmalloc(Journal& journal, Recorder& recorder, PhysicalMemory& phys, Slab& slab, PageTables& tables,
                 Kmemleak& kmemleak, const KernelProfile& profile, FaultInjector& faults, KernelText& text,
                 unsigned cpus, std::uint64_t vmallocEnd)
    : m_recorder(recorder), m_phys(phys), m_slab(slab), m_tables(tables), m_kmemleak(kmemleak),
      m_profile(profile), m_faults(faults), m_text(text), m_cpus(cpus), m_vmallocEnd(vmallocEnd),
      m_vaAlive(journal, MachinePart::VmapAreas, "vmap_area.alive"),
      m_vaStart(journal, MachinePart::VmapAreas, "vmap_area.va_start"),
      m_vaEnd(journal, MachinePart::VmapAreas, "vmap_area.va_end"),
      m_vaFlags(journal, MachinePart::VmapAreas, "vmap_area.flags"),
      m_vaObject(journal, MachinePart::VmapAreas, "vmap_area.object"),
      m_vmAlive(journal, MachinePart::VmStructs, "vm_struct.alive"),
      m_vmLinked(journal, MachinePart::VmStructs, "vm_struct.on_vmlist"),
      m_vmObject(journal, MachinePart::VmStructs, "vm_struct.object"),
      m_vmAddr(journal, MachinePart::VmStructs, "vm_struct.addr"),
      m_vmSize(journal, MachinePart::VmStructs, "vm_struct.size"),
      m_vmFlags(journal, MachinePart::VmStructs, "vm_struct.flags"),
      m_vmNrPages(journal, MachinePart::VmStructs, "vm_struct.nr_pages"),
      m_vmPages(journal, MachinePart::VmStructs, "vm_struct.pages"),
      m_vmPagesArea(journal, MachinePart::VmStructs, "vm_struct.pages_area"),
      m_vmArrayOf(journal, MachinePart::VmStructs, "vm_struct.array_of"),
      m_vmCaller(journal, MachinePart::VmStructs, "vm_struct.caller"),
      m_vmPagesBase(journal, MachinePart::VmStructs, "vm_struct.pages_base"),
      m_vmPageOrder(journal, MachinePart::VmStructs, "vm_struct.page_order"),
      m_vaNode(journal, MachinePart::VmapAreas, "vmap_area.vn_id"),
      m_pagePfns(journal, MachinePart::VmPageArrays, "vm_struct.pages[]"),
      m_lazyNr(journal, MachinePart::VmapLazyNr, "vmap_lazy_nr"),
      m_fbAlive(journal, MachinePart::VmapAreas, "free_vmap_area.alive"),
      m_fbStart(journal, MachinePart::VmapAreas, "free_vmap_area.va_start"),
      m_fbEnd(journal, MachinePart::VmapAreas, "free_vmap_area.va_end"),
      m_fbObject(journal, MachinePart::VmapAreas, "free_vmap_area.object"),
      m_preload(journal, MachinePart::VmapAreas, "ne_fit_preload_node"),
      m_drainScheduled(journal, MachinePart::VmapLazyNr, "drain_vmap_work")
{
    m_lazyNr.resize(1);
    m_preload.resize(1);
    m_drainScheduled.resize(1);
    if (m_profile.vmallocPath() == VmallocPath::Linux618) {
        // mm/vmalloc.c: vmap_init_free_space, 6.18: with no early vmlist areas the free tree is one
        // block [1, ULONG_MAX).
        for (auto* c : {&m_fbStart, &m_fbEnd, &m_fbObject})
            c->resize(1);
        m_fbAlive.resize(1);
        m_fbAlive.initialize(0, 1);
        m_fbStart.initialize(0, 1);
        m_fbEnd.initialize(0, ~0ull);
    }
    // The search structures follow the columns, forwards and backwards alike.
    m_vaAlive.setObserver([this](std::uint32_t id, std::uint64_t was, std::uint64_t now) {
        if (!was && now) {
            m_index.insert(m_vaStart[id], m_vaEnd[id]);
            m_busy.emplace(m_vaStart[id], id);
        } else if (was && !now) {
            m_index.erase(m_vaStart[id]);
            m_busy.erase(m_vaStart[id]);
        }
    });
    m_vmLinked.setObserver([this](std::uint32_t id, std::uint64_t was, std::uint64_t now) {
        if (!was && now)
            m_vmlist.emplace(m_vmAddr[id], id);
        else if (was && !now)
            m_vmlist.erase(m_vmAddr[id]);
    });
    m_vaFlags.setObserver([this](std::uint32_t id, std::uint64_t was, std::uint64_t now) {
        const bool lazyBefore = was & k::VM_LAZY_FREE;
        const bool lazyAfter = now & k::VM_LAZY_FREE;
        if (!lazyBefore && lazyAfter)
            m_lazy.emplace(m_vaStart[id], id);
        else if (lazyBefore && !lazyAfter)
            m_lazy.erase({m_vaStart[id], id});
        const bool rcuBefore = was & kRcuPending;
        const bool rcuAfter = now & kRcuPending;
        if (!rcuBefore && rcuAfter)
            m_rcuQueue.push_back(id);
        else if (rcuBefore && !rcuAfter)
            m_rcuQueue.erase(std::find(m_rcuQueue.begin(), m_rcuQueue.end(), id));
        // A vmap_area leaves its pool from the head (the back here), so stepping back puts it
        // where it was.
        const bool poolBefore = was & kInPool;
        const bool poolAfter = now & kInPool;
        if (poolBefore != poolAfter) {
            auto& list = m_pools[{m_vaNode[id] - 1u, (m_vaEnd[id] - m_vaStart[id]) >> k::PAGE_SHIFT}];
            if (poolAfter)
                list.push_back(id);
            else
                list.erase(std::find(list.begin(), list.end(), id));
        }
    });
}

std::uint32_t Vmalloc::newAreaId()
{
    const auto id = static_cast<std::uint32_t>(m_vaAlive.size());
    for (auto* c : {&m_vaAlive, &m_vaFlags, &m_vmAlive, &m_vmLinked, &m_vmPageOrder, &m_vaNode})
        c->append();
    for (auto* c :
         {&m_vaStart, &m_vaEnd, &m_vaObject, &m_vmObject, &m_vmAddr, &m_vmSize, &m_vmFlags, &m_vmPages})
        c->append();
    for (auto* c : {&m_vmNrPages, &m_vmPagesArea, &m_vmArrayOf, &m_vmCaller, &m_vmPagesBase})
        c->append();
    return id;
}

// Models vmalloc(), vmalloc_32(), vmalloc_user() and __vmalloc(): each picks its gfp and prot and
// calls __vmalloc_node().
std::uint64_t Vmalloc::allocate(VmallocApi api, std::uint64_t size, std::uint32_t gfp, std::uint64_t prot)
{
    if (m_profile.vmallocPath() == VmallocPath::Linux618)
        return allocate618(api, size, gfp);
    const Fn fn = apiFunction(api);
    std::uint64_t align = 1;
    switch (api) {
    case VmallocApi::Vmalloc:
    case VmallocApi::VmallocHuge:
        gfp = k::GFP_KERNEL | k::__GFP_HIGHMEM;
        prot = k::PAGE_KERNEL;
        break;
    case VmallocApi::Vmalloc32:
        gfp = k::GFP_VMALLOC32;
        prot = k::PAGE_KERNEL;
        break;
    case VmallocApi::VmallocUser:
        gfp = k::GFP_KERNEL | k::__GFP_HIGHMEM | k::__GFP_ZERO;
        prot = k::PAGE_KERNEL;
        align = k::PAGE_SIZE; // SHMLBA on x86
        break;
    case VmallocApi::Vmalloc_:
        break;
    }
    if (api == VmallocApi::Vmalloc_)
        m_recorder.call(fn, size, gfp, prot);
    else
        m_recorder.call(fn, size);
    const std::uint64_t addr = vmallocNode(size, align, gfp, prot, kNone32);
    if (api == VmallocApi::VmallocUser && addr) {
        // find_vm_area(ret)->flags |= VM_USERMAP
        const std::uint32_t id = m_busy.at(addr);
        m_vmFlags.set(id, m_vmFlags[id] | k::VM_USERMAP);
        m_recorder.note(Ev::Note,
                        "find_vm_area(ret)->flags |= VM_USERMAP: the pages may be mapped to user space");
    }
    m_recorder.ret(fn, addr);
    return addr;
}

std::uint64_t Vmalloc::vmallocNode(std::uint64_t size, std::uint64_t align, std::uint32_t gfp,
                                   std::uint64_t prot, std::uint32_t arrayOf)
{
    // __vmalloc_node() (mm/vmalloc.c:1562)
    m_recorder.call(Fn::__vmalloc_node, size, align, gfp);
    const std::uint64_t realSize = size;
    size = k::pageAlign(size);
    m_recorder.effect(Ev::PageAlign, realSize, size);
    // mm/vmalloc.c __vmalloc_node, 2.6.36: if (!size || (size >> PAGE_SHIFT) > totalram_pages) return NULL;
    if (!size || (size >> k::PAGE_SHIFT) > m_phys.totalramPages()) {
        if (!size)
            m_recorder.effect(Ev::SizeZero, realSize);
        else
            m_recorder.effect(Ev::TooBig, realSize, m_phys.totalramPages(), size >> k::PAGE_SHIFT);
        m_recorder.ret(Fn::__vmalloc_node, 0);
        return 0;
    }
    const std::uint32_t id = getVmAreaNode(size, align, k::VM_ALLOC, gfp, arrayOf);
    if (id == kNone32) {
        m_recorder.ret(Fn::__vmalloc_node, 0);
        return 0;
    }
    const std::uint64_t addr = vmallocAreaNode(id, gfp, prot);
    // "A ref_count = 3 is needed because the vm_struct and vmap_area structures allocated in the
    // __get_vm_area_node() function contain references to the virtual address of the vmalloc'ed block."
    if (addr) {
        m_kmemleak.alloc(addr, m_profile.kmemleakVmallocSize(realSize, size),
                         m_profile.kmemleakVmallocMinCount(), TrackedKind::Vmalloc, m_callerOffset);
    } else {
        m_recorder.call(Fn::kmemleak_alloc, 0, realSize,
                        static_cast<std::uint64_t>(m_profile.kmemleakVmallocMinCount()));
        m_recorder.note(Ev::Note, "kmemleak_alloc(NULL, …) records nothing");
        m_recorder.ret(Fn::kmemleak_alloc);
    }
    m_recorder.ret(Fn::__vmalloc_node, addr);
    return addr;
}

std::uint32_t Vmalloc::getVmAreaNode(std::uint64_t size, std::uint64_t align, std::uint64_t flags,
                                     std::uint32_t gfp, std::uint32_t arrayOf)
{
    // __get_vm_area_node() (mm/vmalloc.c:1232)
    m_recorder.call(Fn::__get_vm_area_node, size, align, flags);
    const std::uint32_t id = newAreaId();
    const std::uint64_t vm =
        m_slab.kmalloc(Fn::kzalloc_node, k::SIZEOF_VM_STRUCT, gfp & k::GFP_RECLAIM_MASK, ObjectRole::VmStruct,
                       id, m_callerOffset, m_faults.shouldFail(FaultSite::Kmalloc));
    if (!vm) {
        m_recorder.ret(Fn::__get_vm_area_node, 0);
        return kNone32;
    }
    m_vmObject.set(id, vm);
    m_vmArrayOf.set(id, arrayOf == kNone32 ? kNoArea : arrayOf + 1);
    m_vmAlive.set(id, 1);
    m_recorder.effect(Ev::GuardPage, size, size + k::PAGE_SIZE);
    size += k::PAGE_SIZE;
    if (!allocVmapArea(id, size, align, gfp)) {
        m_slab.kfree(vm);
        m_vmAlive.set(id, 0);
        m_recorder.ret(Fn::__get_vm_area_node, 0);
        return kNone32;
    }
    insertVmallocVm(id, flags);
    m_recorder.ret(Fn::__get_vm_area_node, vm);
    return id;
}

std::uint64_t Vmalloc::allocVmapArea(std::uint32_t id, std::uint64_t size, std::uint64_t align,
                                     std::uint32_t gfp)
{
    // alloc_vmap_area() (mm/vmalloc.c:327)
    m_recorder.call(Fn::alloc_vmap_area, size, align);
    // Both sites count this call, so both are asked (no short-circuit).
    const bool vmapAreaFails = m_faults.shouldFail(FaultSite::VmapArea);
    const bool kmallocFails = m_faults.shouldFail(FaultSite::Kmalloc);
    const bool inject = vmapAreaFails || kmallocFails;
    const std::uint64_t va = m_slab.kmalloc(Fn::kmalloc_node, k::SIZEOF_VMAP_AREA, gfp & k::GFP_RECLAIM_MASK,
                                            ObjectRole::VmapArea, id, m_callerOffset, inject);
    if (!va) {
        m_recorder.note(Ev::Note, "kmalloc_node failed: return ERR_PTR(-ENOMEM)");
        m_recorder.ret(Fn::alloc_vmap_area, 0);
        return 0;
    }
    bool purged = false;
    std::optional<std::uint64_t> addr;
    for (;;) {
        addr = m_index.firstFit(size, align, vmallocStart(), m_vmallocEnd, m_profile.vmapGapBytes());
        if (addr || purged)
            break;
        m_recorder.effect(Ev::VmapOverflow, size);
        m_recorder.call(Fn::purge_vmap_area_lazy);
        purgeLazy(true, false);
        m_recorder.ret(Fn::purge_vmap_area_lazy);
        purged = true;
    }
    if (!addr) {
        const std::string line =
            fmt::printf("vmap allocation for size %llu failed: use vmalloc=<size> to increase size.",
                        static_cast<unsigned long long>(size));
        m_recorder.printk(Ev::LogLine, line, {line});
        m_slab.kfree(va);
        m_recorder.ret(Fn::alloc_vmap_area, 0);
        return 0;
    }
    m_vaStart.set(id, *addr);
    m_vaEnd.set(id, *addr + size);
    m_vaObject.set(id, va);
    m_vaFlags.set(id, 0);
    m_vaAlive.set(id, 1); // last: the search index keys on va_start/va_end
    m_recorder.effect(Ev::VmapReserve, *addr, *addr + size, size);
    m_recorder.ret(Fn::alloc_vmap_area, va);
    return va;
}

void Vmalloc::insertVmallocVm(std::uint32_t id, std::uint64_t flags)
{
    // insert_vmalloc_vm() (mm/vmalloc.c:1210)
    m_recorder.call(Fn::insert_vmalloc_vm, m_vmObject[id], m_vaObject[id], flags);
    m_vmFlags.set(id, flags);
    m_vmAddr.set(id, m_vaStart[id]);
    m_vmSize.set(id, m_vaEnd[id] - m_vaStart[id]);
    m_vmCaller.set(id, m_caller);
    m_vaFlags.set(id, m_vaFlags[id] | k::VM_VM_AREA);
    m_recorder.effect(Ev::VmapFill, m_vmAddr[id], m_vmSize[id], flags);
    m_vmLinked.set(id, 1);
    m_recorder.effect(Ev::VmlistInsert, m_vmlist.size());
    m_recorder.ret(Fn::insert_vmalloc_vm);
}

std::uint64_t Vmalloc::vmallocAreaNode(std::uint32_t id, std::uint32_t gfp, std::uint64_t prot)
{
    // __vmalloc_area_node() (mm/vmalloc.c:1482)
    m_recorder.call(Fn::__vmalloc_area_node, m_vmObject[id], gfp, prot);
    const std::uint32_t nestedGfp = (gfp & k::GFP_RECLAIM_MASK) | k::__GFP_ZERO;
    const std::uint64_t nrPages = (m_vmSize[id] - k::PAGE_SIZE) >> k::PAGE_SHIFT;
    const std::uint64_t arraySize = nrPages * k::SIZEOF_POINTER;
    m_vmNrPages.set(id, static_cast<std::uint32_t>(nrPages));
    m_vmPagesBase.set(id, static_cast<std::uint32_t>(m_pagePfns.append(nrPages)));
    const bool nested = arraySize > k::PAGE_SIZE;
    m_recorder.effect(
        Ev::NrPages, nrPages, arraySize,
        m_recorder.intern(nested ? "more than a page, so it is vmalloc'ed (the recursion is strictly bounded)"
                                 : "kmalloc_node it"));
    std::uint64_t pages = 0;
    if (nested) {
        pages = vmallocNode(arraySize, 1, nestedGfp | k::__GFP_HIGHMEM, k::PAGE_KERNEL, id);
        m_vmFlags.set(id, m_vmFlags[id] | k::VM_VPAGES);
        if (pages)
            m_vmPagesArea.set(id, m_busy.at(pages) + 1);
        m_recorder.effect(Ev::SetVpages);
    } else {
        pages = m_slab.kmalloc(Fn::kmalloc_node, arraySize, nestedGfp, ObjectRole::PageArray, id,
                               m_callerOffset, m_faults.shouldFail(FaultSite::Kmalloc));
    }
    m_vmPages.set(id, pages);
    m_recorder.effect(Ev::PagesArray, pages);
    if (!pages) {
        m_recorder.note(Ev::Note, "no page array: remove_vm_area() and kfree(area), return NULL");
        removeVmArea(m_vmAddr[id]);
        m_slab.kfree(m_vmObject[id]);
        m_vmAlive.set(id, 0);
        m_recorder.ret(Fn::__vmalloc_area_node, 0);
        return 0;
    }
    const std::uint32_t arrayOf = m_vmArrayOf[id];
    const OwnerTag baseTag = arrayOf == kNoArea ? OwnerTag{FrameOwner::VmallocData, 0, id, 0}
                                                : OwnerTag{FrameOwner::VmallocPageArray, 0, arrayOf - 1, 0};
    bool failed = false;
    for (std::uint64_t i = 0; i < nrPages; ++i) {
        m_recorder.call(Fn::alloc_page, gfp);
        std::optional<Pfn> page;
        if (m_faults.shouldFail(FaultSite::AllocPage)) {
            m_recorder.note(Ev::FaultInjected, "alloc_page");
            if (AllocFailureReporter* report = m_phys.failureReporter())
                report->failureInjected(FailurePoint::PageAlloc);
        } else {
            OwnerTag tag = baseTag;
            tag.index = static_cast<std::uint32_t>(i);
            page = m_phys.allocPages(gfp, 0, tag);
        }
        m_recorder.ret(Fn::alloc_page, page ? page->value() : 0);
        if (!page) {
            // "Successfully allocated i pages, free them in __vunmap()"
            m_vmNrPages.set(id, static_cast<std::uint32_t>(i));
            m_recorder.effect(Ev::NrPagesCut, i);
            failed = true;
            break;
        }
        storePage(id, i, *page);
    }
    if (!failed && mapVmArea(id, prot) != 0)
        failed = true;
    if (failed) {
        const std::uint64_t addr = m_vmAddr[id];
        m_recorder.note(Ev::Note, "fail: vfree(area->addr) frees what was allocated, then return NULL");
        vfree(addr);
        m_recorder.ret(Fn::__vmalloc_area_node, 0);
        return 0;
    }
    m_recorder.ret(Fn::__vmalloc_area_node, m_vmAddr[id]);
    return m_vmAddr[id];
}

void Vmalloc::storePage(std::uint32_t id, std::uint64_t index, Pfn page)
{
    m_pagePfns.set(m_vmPagesBase[id] + index, static_cast<std::uint32_t>(page.value()));
    m_recorder.effect(Ev::PageStore, index, page.value());
}

int Vmalloc::mapVmArea(std::uint32_t id, std::uint64_t prot)
{
    // map_vm_area() (mm/vmalloc.c:1190): the guard page is never mapped.
    m_recorder.call(Fn::map_vm_area, m_vmObject[id], prot);
    const std::uint64_t addr = m_vmAddr[id];
    const std::uint64_t end = addr + m_vmSize[id] - k::PAGE_SIZE;
    const std::uint32_t base = m_vmPagesBase[id];
    const long err = m_tables.vmapPageRange(
        addr, end, prot, [&](std::size_t i) { return std::uint64_t{m_pagePfns[base + i]}; },
        [this](unsigned level) {
            const FaultSite site = level == LEVEL_PTE   ? FaultSite::PteAlloc
                                   : level == LEVEL_PMD ? FaultSite::PmdAlloc
                                                        : FaultSite::PudAlloc;
            return m_faults.shouldFail(site);
        });
    const int result = err < 0 ? static_cast<int>(err) : 0;
    m_recorder.ret(Fn::map_vm_area, static_cast<std::uint64_t>(static_cast<std::int64_t>(result)));
    return result;
}

void Vmalloc::vfree(std::uint64_t addr)
{
    if (m_profile.vmallocPath() == VmallocPath::Linux618) {
        vfree618(addr);
        return;
    }
    // vfree() (mm/vmalloc.c:1418)
    m_recorder.call(Fn::vfree, addr);
    if (addr) {
        m_kmemleak.free(addr);
    } else {
        m_recorder.call(Fn::kmemleak_free, 0);
        m_recorder.ret(Fn::kmemleak_free);
    }
    vunmap(addr, true);
    m_recorder.ret(Fn::vfree);
}

void Vmalloc::warn(int line, const std::string& message, Fn where)
{
    auto lines = m_text.warn("mm/vmalloc.c", line, where, message, m_recorder.openCalls(), m_callerOffset);
    m_recorder.printk(Ev::Warn, message, lines);
}

void Vmalloc::oopsNullDeref(const char* what, std::uint64_t vm, std::uint64_t addr)
{
    auto lines = m_text.oopsNullDeref(Fn::remove_vm_area, m_recorder.openCalls(), m_callerOffset, vm, addr);
    lines.push_back(std::string("vmviz: ") + what);
    m_recorder.printk(Ev::Oops, lines.front(), lines);
    throw TaskKilled{};
}

void Vmalloc::vunmap(std::uint64_t addr, bool deallocatePages)
{
    // __vunmap() (mm/vmalloc.c:1366)
    m_recorder.call(Fn::__vunmap, addr, deallocatePages);
    if (!addr) {
        m_recorder.effect(Ev::VfreeNull);
        m_recorder.ret(Fn::__vunmap);
        return;
    }
    if ((k::PAGE_SIZE - 1) & addr) {
        warn(1374, "Trying to vfree() bad address (" + fmt::pointer(addr) + ")");
        m_recorder.ret(Fn::__vunmap);
        return;
    }
    const auto found = removeVmArea(addr);
    if (!found) {
        warn(1380, "Trying to vfree() nonexistent vm area (" + fmt::pointer(addr) + ")");
        m_recorder.ret(Fn::__vunmap);
        return;
    }
    const std::uint32_t id = *found;
    if (deallocatePages) {
        const std::uint32_t base = m_vmPagesBase[id];
        for (std::uint32_t i = 0; i < m_vmNrPages[id]; ++i) {
            const std::uint64_t pfn = m_pagePfns[base + i];
            m_recorder.call(Fn::__free_page, pfn);
            m_phys.freePages(Pfn{pfn}, 0);
            m_recorder.ret(Fn::__free_page);
        }
        if (m_vmFlags[id] & k::VM_VPAGES)
            vfree(m_vmPages[id]);
        else
            m_slab.kfree(m_vmPages[id]);
    }
    m_slab.kfree(m_vmObject[id]);
    m_vmAlive.set(id, 0);
    if (m_vaAlive[id] && !(m_vaFlags[id] & k::VM_LAZY_FREE)) {
        // remove_vm_area() took this vm_struct through another area's stale vmap_area: this
        // area's own vmap_area was never freed.
        m_recorder.note(Ev::Note,
                        "the area at " + fmt::address(m_vmAddr[id]) +
                            " was just freed through the stale vmap_area of " + fmt::address(addr) +
                            ": its pages, page array and vm_struct are gone, but its vmap_area stays busy "
                            "with VM_VM_AREA (no purge will release the range), its PTEs still map the "
                            "freed pages, and vmap_lazy_nr counted the area at " +
                            fmt::address(addr) + " twice");
    }
    m_recorder.ret(Fn::__vunmap);
}

std::optional<std::uint32_t> Vmalloc::removeVmArea(std::uint64_t addr)
{
    // remove_vm_area() (mm/vmalloc.c:1338)
    m_recorder.call(Fn::remove_vm_area, addr);
    const auto it = m_busy.find(addr); // find_vmap_area(): exact va_start
    if (it == m_busy.end() || !(m_vaFlags[it->second] & k::VM_VM_AREA)) {
        m_recorder.ret(Fn::remove_vm_area, 0);
        return std::nullopt;
    }
    const std::uint32_t vaId = it->second;
    // vm = va->private: the vm_struct object this vmap_area was given. The model keeps one id per
    // vm_struct/vmap_area pair, so a stale va->private is found by the object's address.
    std::uint32_t vmId = vaId;
    if (!m_vmLinked[vaId]) {
        const auto reuser = std::find_if(m_vmlist.begin(), m_vmlist.end(), [&](const auto& entry) {
            return m_vmObject[entry.second] == m_vmObject[vaId];
        });
        if (reuser == m_vmlist.end()) {
            // A second vfree before the purge: va->flags still has VM_VM_AREA and va->private
            // points at the vm_struct already kfree'd. remove_vm_area() walks vmlist looking for
            // it, runs off the end and dereferences NULL.
            oopsNullDeref("the vm_struct was already freed (double vfree before the lazy purge). "
                          "The real kernel dies here holding vmlist_lock; the model releases it so the "
                          "session goes on.",
                          m_vmObject[vaId], addr);
        }
        // The freed kmalloc-64 object is another area's vm_struct now: the walk
        // `for (p = &vmlist; (tmp = *p) != vm; p = &tmp->next)` stops at it and remove_vm_area()
        // goes on with that area, silently (mm/vmalloc.c: remove_vm_area, 2.6.36).
        vmId = reuser->second;
        m_recorder.note(Ev::Note,
                        "va->private = " + fmt::address(m_vmObject[vaId]) +
                            ": the vm_struct kfree'd by the first vfree, since reused by kmalloc-64 "
                            "for the area at " +
                            fmt::address(m_vmAddr[vmId]) +
                            "; the vmlist walk finds it, so that area is the one removed");
    }
    m_vmLinked.set(vmId, 0);
    m_recorder.effect(Ev::VmlistRemove, m_vmAddr[vmId]);
    freeUnmapVmapAreaNoflush(vaId);
    m_vmSize.set(vmId, m_vmSize[vmId] - k::PAGE_SIZE);
    m_recorder.effect(Ev::VmSizeShrink, m_vmSize[vmId]);
    m_recorder.ret(Fn::remove_vm_area, m_vmObject[vmId]);
    return vmId;
}

void Vmalloc::freeUnmapVmapAreaNoflush(std::uint32_t id)
{
    m_recorder.call(Fn::free_unmap_vmap_area_noflush, m_vaObject[id]);
    if (m_profile.clearsPtesAtFree())
        m_tables.vunmapPageRange(m_vaStart[id], m_vaEnd[id]);
    m_vaFlags.set(id, m_vaFlags[id] | k::VM_LAZY_FREE);
    const std::uint64_t pages = (m_vaEnd[id] - m_vaStart[id]) >> k::PAGE_SHIFT;
    m_lazyNr.set(0, m_lazyNr[0] + pages);
    m_recorder.effect(Ev::LazyFree, pages, m_lazyNr[0], lazyMaxPages());
    if (m_lazyNr[0] > lazyMaxPages()) {
        m_recorder.effect(Ev::LazyPurgeNeeded, m_lazyNr[0], lazyMaxPages());
        m_recorder.call(Fn::try_purge_vmap_area_lazy);
        purgeLazy(false, false);
        m_recorder.ret(Fn::try_purge_vmap_area_lazy);
    }
    m_recorder.ret(Fn::free_unmap_vmap_area_noflush);
}

void Vmalloc::purge()
{
    if (m_profile.vmallocPath() == VmallocPath::Linux618) {
        // 6.18 has no synchronous purge for a module to call: the model runs the kworker's
        // drain_vmap_area_work() now, as if the work had been queued.
        m_recorder.call(Fn::drain_vmap_area_work);
        m_drainScheduled.set(0, 0);
        purge618(false);
        m_recorder.ret(Fn::drain_vmap_area_work);
        return;
    }
    m_recorder.call(Fn::purge_vmap_area_lazy);
    purgeLazy(true, false);
    m_recorder.ret(Fn::purge_vmap_area_lazy);
}

void Vmalloc::purgeLazy(bool sync, bool forceFlush)
{
    // __purge_vmap_area_lazy() (mm/vmalloc.c:538)
    m_recorder.call(Fn::__purge_vmap_area_lazy, sync, forceFlush);
    const std::vector<std::pair<std::uint64_t, std::uint32_t>> lazy(m_lazy.begin(), m_lazy.end());
    std::uint64_t start = ~0ull;
    std::uint64_t end = 0;
    std::uint64_t nr = 0;
    for (const auto& [vaStart, id] : lazy) {
        start = std::min(start, m_vaStart[id]);
        end = std::max(end, m_vaEnd[id]);
        nr += (m_vaEnd[id] - m_vaStart[id]) >> k::PAGE_SHIFT;
        if (!m_profile.clearsPtesAtFree())
            m_tables.vunmapPageRange(m_vaStart[id], m_vaEnd[id]);
        m_vaFlags.set(id, static_cast<std::uint8_t>((m_vaFlags[id] | k::VM_LAZY_FREEING) & ~k::VM_LAZY_FREE));
        m_recorder.effect(Ev::PurgeMark, m_vaStart[id], m_vaEnd[id]);
    }
    if (nr) {
        m_lazyNr.set(0, m_lazyNr[0] - nr);
        m_recorder.effect(Ev::LazyNrSub, nr, m_lazyNr[0]);
    }
    if (nr || forceFlush)
        m_recorder.effect(Ev::TlbFlush, start, end);
    else
        m_recorder.effect(Ev::PurgeNothing);
    for (const auto& [vaStart, id] : lazy) {
        const std::uint64_t s = m_vaStart[id];
        const std::uint64_t e = m_vaEnd[id];
        m_vaAlive.set(id, 0); // __free_vmap_area(): rb_erase + list_del_rcu
        m_recorder.effect(Ev::PurgeRelease, s, e);
        // mm/vmalloc.c: __free_vmap_area, 2.6.36: call_rcu(&va->rcu_head, rcu_free_va). The
        // object stays allocated until a grace period ends, so the next alloc_vmap_area()
        // cannot get it back.
        m_vaFlags.set(id, m_vaFlags[id] | kRcuPending);
        m_recorder.effect(Ev::RcuFreeQueued, m_vaObject[id]);
    }
    m_recorder.ret(Fn::__purge_vmap_area_lazy);
}

void Vmalloc::rcuGracePeriod()
{
    if (m_profile.vmallocPath() == VmallocPath::Linux618) {
        // 6.18 frees purged vmap_areas at once; what waits for the task to sleep is the
        // drain_vmap_work the free path queued, which a kworker runs.
        if (m_drainScheduled[0])
            purge();
        return;
    }
    if (m_rcuQueue.empty())
        return;
    m_recorder.effect(Ev::RcuGracePeriod, m_rcuQueue.size());
    const std::vector<std::uint32_t> queued = m_rcuQueue;
    for (const std::uint32_t id : queued) {
        // mm/vmalloc.c: rcu_free_va, 2.6.36: kfree(va).
        m_recorder.call(Fn::rcu_free_va, m_vaObject[id]);
        m_vaFlags.set(id, m_vaFlags[id] & ~kRcuPending);
        m_slab.kfree(m_vaObject[id]);
        m_recorder.ret(Fn::rcu_free_va);
    }
}

AreaInfo Vmalloc::area(AreaId areaId, bool withPages) const
{
    const std::uint32_t id = areaId.value();
    AreaInfo a;
    a.id = areaId;
    a.vaAlive = m_vaAlive[id];
    a.vaStart = m_vaStart[id];
    a.vaEnd = m_vaEnd[id];
    a.vaFlags = m_vaFlags[id];
    a.vaObject = m_vaObject[id];
    a.vmAlive = m_vmAlive[id];
    a.onVmlist = m_vmLinked[id];
    a.vmObject = m_vmObject[id];
    a.addr = m_vmAddr[id];
    a.size = m_vmSize[id];
    a.flags = m_vmFlags[id];
    a.nrPages = m_vmNrPages[id];
    a.pagesAddr = m_vmPages[id];
    if (m_vmPagesArea[id] != kNoArea)
        a.pagesArea = AreaId{m_vmPagesArea[id] - 1};
    if (m_vmArrayOf[id] != kNoArea)
        a.arrayOf = AreaId{m_vmArrayOf[id] - 1};
    a.caller = m_vmCaller[id];
    a.pageOrder = m_vmPageOrder[id];
    a.pooled = (m_vaFlags[id] & kInPool) != 0;
    if (!withPages)
        return a;
    a.pagePfns.reserve(a.nrPages);
    for (std::uint32_t i = 0; i < a.nrPages; ++i)
        a.pagePfns.push_back(m_pagePfns[m_vmPagesBase[id] + i]);
    return a;
}

std::vector<AreaId> Vmalloc::vmlist() const
{
    std::vector<AreaId> out;
    out.reserve(m_vmlist.size());
    for (const auto& [addr, id] : m_vmlist)
        out.push_back(AreaId{id});
    return out;
}

std::vector<AreaId> Vmalloc::busyAreas() const
{
    std::vector<AreaId> out;
    out.reserve(m_busy.size());
    for (const auto& [start, id] : m_busy)
        out.push_back(AreaId{id});
    return out;
}

std::optional<AreaId> Vmalloc::areaContaining(std::uint64_t addr) const
{
    auto it = m_busy.upper_bound(addr);
    if (it == m_busy.begin())
        return std::nullopt;
    --it;
    if (addr < m_vaEnd[it->second])
        return AreaId{it->second};
    return std::nullopt;
}

} // namespace vmviz
