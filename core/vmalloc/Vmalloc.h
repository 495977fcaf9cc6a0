// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// mm/vmalloc.c run step by step: vmalloc / vmalloc_32 / vmalloc_user / __vmalloc, vfree, and the
// lazy purge, as Linux 2.6.36 does them (Vmalloc.cpp) or as Linux 6.18 does (Vmalloc618.cpp, when
// the KernelProfile says so; both share the page array, mapping and page freeing code). Each vm_struct and
// its vmap_area share an AreaId for life; the areas' search index answers alloc_vmap_area's first fit in
// O(log n) with the kernel's exact addresses.
#include "base/Types.h"
#include "kernel/FaultInjector.h"
#include "kernel/KernelProfile.h"
#include "klog/KernelText.h"
#include "kmemleak/Kmemleak.h"
#include "paging/PageTables.h"
#include "phys/PhysicalMemory.h"
#include "slab/Slab.h"
#include "vmalloc/AreaInfo.h"
#include "vmalloc/VmapAreaIndex.h"

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace vmviz {

/// Thrown when the modelled kernel oopses: the task dies and its open calls never return.
struct TaskKilled
{
};

class Vmalloc
{
public:
    Vmalloc(Journal& journal, Recorder& recorder, PhysicalMemory& phys, Slab& slab, PageTables& tables,
            Kmemleak& kmemleak, const KernelProfile& profile, FaultInjector& faults, KernelText& text,
            unsigned cpus, std::uint64_t vmallocEnd);

    /// Where the next API calls come from: the interned caller symbol ("mymod_init+0x1c/0x40
    /// [mymod]") and its offset inside <module>_init, for vm->caller and call traces.
    void setCallSite(std::uint32_t callerSymbol, std::uint32_t callerOffset)
    {
        m_caller = callerSymbol;
        m_callerOffset = callerOffset;
    }
    std::uint32_t callerOffset() const { return m_callerOffset; }
    /// The API entry `api`. Returns the address or 0.
    std::uint64_t allocate(VmallocApi api, std::uint64_t size, std::uint32_t gfp, std::uint64_t prot);
    /// vfree(addr).
    void vfree(std::uint64_t addr);
    /// 6.x: kvmalloc(size, GFP_KERNEL): kmalloc first (a slab object, or a compound page over
    /// 8192 bytes), vmalloc with VM_ALLOW_HUGE_VMAP if that fails and size > PAGE_SIZE (Kvmalloc618.cpp).
    std::uint64_t kvmalloc(std::uint64_t size);
    /// 6.x: kvfree(addr): vfree for a vmalloc address, else kfree.
    void kvfree(std::uint64_t addr);
    /// purge_vmap_area_lazy(): the synchronous purge.
    void purge();
    /// An RCU grace period ends (the task scheduled): the rcu_free_va callbacks the purges queued
    /// run, in call_rcu order, and kfree their vmap_areas.
    void rcuGracePeriod();
    /// vmap_areas released by a purge whose kfree waits for the grace period.
    std::size_t rcuPending() const { return m_rcuQueue.size(); }

    /// 6.x: the drain_vmap_work the free path scheduled, not yet run by its kworker.
    bool drainScheduled() const { return m_drainScheduled[0] != 0; }
    /// 6.x: free_vmap_area_root's blocks, by address (half-open ranges).
    std::vector<VmapAreaIndex::Range> freeBlocks() const;
    /// 6.x: the vmap_area objects describing free blocks (those the model allocated).
    std::vector<std::uint64_t> freeBlockObjects() const;
    /// 6.x: clamp(num_possible_cpus(), 1, 128), as vmap_init_nodes() sets nr_vmap_nodes.
    unsigned vmapNodes() const;
    /// 6.x: the vmap_areas in vmap node `node`'s pool of `pages`-page areas, head (next taken) first.
    std::vector<AreaId> pool(unsigned node, std::uint64_t pages) const;
    /// 6.x: how many vmap_areas wait in all pools.
    std::size_t pooledCount() const;
    /// 6.x: CPU 0's ne_fit_preload_node, 0 when empty.
    std::uint64_t preloadSpare() const { return m_preload[0]; }

    std::uint64_t lazyNr() const { return m_lazyNr[0]; }
    /// VMALLOC_END as this machine has it (inclusive, as the kernel passes it to alloc_vmap_area).
    std::uint64_t vmallocEnd() const { return m_vmallocEnd; }
    /// VMALLOC_START as this machine has it (vmalloc_base: higher under 5-level paging).
    std::uint64_t vmallocStart() const { return m_tables.layout().vmallocStart; }
    std::uint64_t lazyMaxPages() const { return m_profile.lazyMaxPages(m_cpus); }

    std::size_t areaSlots() const { return m_vaAlive.size(); }
    /// The area's fields; `withPages` copies area->pages too (nr_pages entries).
    AreaInfo area(AreaId id, bool withPages = true) const;
    /// area->pages[index] as a PFN.
    std::uint64_t pagePfn(AreaId id, std::uint32_t index) const
    {
        return m_pagePfns[m_vmPagesBase[id.value()] + index];
    }
    /// vmlist order: live vm_structs by address.
    std::vector<AreaId> vmlist() const;
    /// Every vmap_area in the busy tree (live and lazily freed), by address.
    std::vector<AreaId> busyAreas() const;
    std::optional<AreaId> areaContaining(std::uint64_t addr) const;
    const VmapAreaIndex& index() const { return m_index; }

private:
    std::uint64_t vmallocNode(std::uint64_t size, std::uint64_t align, std::uint32_t gfp, std::uint64_t prot,
                              std::uint32_t arrayOf);
    std::uint32_t getVmAreaNode(std::uint64_t size, std::uint64_t align, std::uint64_t flags,
                                std::uint32_t gfp, std::uint32_t arrayOf);
    std::uint64_t allocVmapArea(std::uint32_t id, std::uint64_t size, std::uint64_t align, std::uint32_t gfp);
    void insertVmallocVm(std::uint32_t id, std::uint64_t flags);
    std::uint64_t vmallocAreaNode(std::uint32_t id, std::uint32_t gfp, std::uint64_t prot);
    int mapVmArea(std::uint32_t id, std::uint64_t prot);
    void vunmap(std::uint64_t addr, bool deallocatePages);
    std::optional<std::uint32_t> removeVmArea(std::uint64_t addr);
    void freeUnmapVmapAreaNoflush(std::uint32_t id);
    void purgeLazy(bool sync, bool forceFlush);
    void warn(int line, const std::string& message, Fn where = Fn::__vunmap);
    [[noreturn]] void oopsNullDeref(const char* what, std::uint64_t vm, std::uint64_t addr);
    std::uint32_t newAreaId();
    void storePage(std::uint32_t id, std::uint64_t index, Pfn page);

    // Linux 6.18 (Vmalloc618.cpp).
    std::uint64_t allocate618(VmallocApi api, std::uint64_t size, std::uint32_t gfp);
    std::uint64_t vmallocNode618(std::uint64_t size, std::uint64_t align, std::uint32_t gfp,
                                 std::uint64_t vmFlags, std::uint32_t arrayOf);
    std::uint32_t getVmAreaNode618(std::uint64_t size, std::uint64_t align, unsigned shift,
                                   std::uint64_t flags, std::uint32_t gfp, std::uint32_t arrayOf);
    bool allocVmapArea618(std::uint32_t id, std::uint64_t size, std::uint64_t align, std::uint32_t gfp);
    std::optional<std::uint32_t> nodeAlloc(std::uint64_t size, std::uint64_t align);
    void takeFromPool(std::uint32_t pooled, std::uint32_t id);
    void decayPoolNode(unsigned node, bool fullDecay);
    unsigned lazyNodeOf(std::uint32_t id) const;
    void clipFreeBlock(std::uint64_t addr, std::uint64_t size);
    std::uint64_t vmallocAreaNode618(std::uint32_t id, std::uint32_t gfp, unsigned shift);
    std::uint32_t allocPages618(std::uint32_t id, std::uint32_t gfp, unsigned order, std::uint32_t nrPages);
    long mapPages618(std::uint32_t id, unsigned shift);
    void warnAlloc618(const std::string& message, std::uint32_t gfp);
    void vfree618(std::uint64_t addr);
    std::optional<std::uint32_t> removeVmArea618(std::uint64_t addr);
    void purge618(bool fullPoolDecay);
    void mergeOrAddFree(std::uint32_t id);
    std::optional<std::uint32_t> freeBlockAt(std::uint64_t start, std::uint64_t end) const;
    std::uint32_t newFreeBlock(std::uint64_t start, std::uint64_t end, std::uint64_t object);

    Recorder& m_recorder;
    PhysicalMemory& m_phys;
    Slab& m_slab;
    PageTables& m_tables;
    Kmemleak& m_kmemleak;
    const KernelProfile& m_profile;
    FaultInjector& m_faults;
    KernelText& m_text;
    unsigned m_cpus;
    std::uint64_t m_vmallocEnd;
    std::uint32_t m_caller = 0;
    std::uint32_t m_callerOffset = 0;

    // struct vmap_area
    Column<std::uint8_t> m_vaAlive;
    Column<std::uint64_t> m_vaStart;
    Column<std::uint64_t> m_vaEnd;
    Column<std::uint8_t> m_vaFlags;
    Column<std::uint64_t> m_vaObject;
    // struct vm_struct
    Column<std::uint8_t> m_vmAlive;
    Column<std::uint8_t> m_vmLinked;
    Column<std::uint64_t> m_vmObject;
    Column<std::uint64_t> m_vmAddr;
    Column<std::uint64_t> m_vmSize;
    Column<std::uint64_t> m_vmFlags;
    Column<std::uint32_t> m_vmNrPages;
    Column<std::uint64_t> m_vmPages;
    Column<std::uint32_t> m_vmPagesArea; ///< nested area id + 1, 0 for none
    Column<std::uint32_t> m_vmArrayOf;   ///< area id + 1 whose page array this is, 0 for none
    Column<std::uint32_t> m_vmCaller;
    Column<std::uint32_t> m_vmPagesBase; ///< first slot in m_pagePfns
    Column<std::uint8_t> m_vmPageOrder;  ///< 6.x: vm->page_order
    Column<std::uint8_t> m_vaNode;       ///< 6.x: the vn_id in va->flags: vmap node + 1, 0 for none
    Column<std::uint32_t> m_pagePfns;
    Column<std::uint64_t> m_lazyNr;
    // 6.x: free_vmap_area_root, one slot per free block ever made; the object is the vmap_area
    // describing it (0 for the boot block [1, ULONG_MAX), allocated before the model starts).
    Column<std::uint8_t> m_fbAlive;
    Column<std::uint64_t> m_fbStart;
    Column<std::uint64_t> m_fbEnd;
    Column<std::uint64_t> m_fbObject;
    Column<std::uint64_t> m_preload;       ///< [0] = CPU 0's ne_fit_preload_node
    Column<std::uint8_t> m_drainScheduled; ///< [0] = drain_vmap_work is queued
    /// Model-only bit in vmap_area.flags: released by the purge, call_rcu(rcu_free_va) pending.
    static constexpr std::uint8_t kRcuPending = 0x80;
    /// Model-only bit in vmap_area.flags (6.x): the vmap_area waits in its vmap node's pool.
    static constexpr std::uint8_t kInPool = 0x40;
    std::vector<std::uint32_t> m_rcuQueue; ///< ids with kRcuPending, in call_rcu order (follows m_vaFlags)

    // Derived from the columns by observers, so they follow stepping back and forth.
    VmapAreaIndex m_index;                         ///< vmap_area_root
    std::map<std::uint64_t, std::uint32_t> m_busy; ///< va_start → id
    std::map<std::uint64_t, std::uint32_t> m_vmlist;
    std::set<std::pair<std::uint64_t, std::uint32_t>> m_lazy; ///< VM_LAZY_FREE areas by address
    /// 6.x: vmap_node.pool[pages - 1] per (node, pages), oldest first (the kernel's list head is the back).
    std::map<std::pair<unsigned, std::uint64_t>, std::vector<std::uint32_t>> m_pools;
};

} // namespace vmviz
