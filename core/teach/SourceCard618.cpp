// SPDX-License-Identifier: GPL-2.0-only
// Source cards for the 6.18 profile's functions: the v6.18 declaration, the line of the
// definition in the v6.18 tree (checked in mm/vmalloc.c, mm/kmemleak.c, mm/slub.c,
// mm/mempolicy.c and include/linux/mm.h of 6.18.2), and vmviz's own outline of what each does.
// No kernel code is copied; the outlines follow what the model runs (Vmalloc618.cpp).
#include "teach/SourceCard.h"

namespace vmviz::teach {

namespace {

// clang-format off
using L = OutlineLine;
constexpr L kVmallocNoprof[] = {
    {"return __vmalloc_node_noprof(size, 1, GFP_KERNEL, NUMA_NO_NODE, caller)", Fn::__vmalloc_node_noprof},
};
constexpr L kVmalloc32Noprof[] = {
    {"return __vmalloc_node_noprof(size, 1, GFP_VMALLOC32, NUMA_NO_NODE, caller): pages below 4 GiB",
     Fn::__vmalloc_node_range_noprof},
};
constexpr L kVmallocUserNoprof[] = {
    {"return __vmalloc_node_range_noprof(size, SHMLBA, VMALLOC_START, VMALLOC_END,", Fn::__vmalloc_node_range_noprof},
    {"    GFP_KERNEL | __GFP_ZERO, PAGE_KERNEL, VM_USERMAP, NUMA_NO_NODE, caller)"},
};
constexpr L kVmallocNoprofGeneric[] = {
    {"no prot argument any more: the pages are always mapped PAGE_KERNEL", Fn::Count, {Ev::Note}},
    {"return __vmalloc_node_noprof(size, 1, gfp_mask, NUMA_NO_NODE, caller)", Fn::__vmalloc_node_noprof},
};
constexpr L kVmallocNodeNoprof[] = {
    {"return __vmalloc_node_range_noprof(size, align, VMALLOC_START, VMALLOC_END,", Fn::__vmalloc_node_range_noprof},
    {"    gfp_mask, PAGE_KERNEL, 0, node, caller)"},
};
constexpr L kVmallocNodeRangeNoprof[] = {
    {"size 0? WARN_ON_ONCE and return NULL", Fn::Count, {Ev::Note}},
    {"more pages than RAM? warn_alloc(\"… exceeds total pages\") and return NULL", Fn::Count, {Ev::LogLine}},
    {"VM_ALLOW_HUGE_VMAP and size >= PMD_SIZE? shift = PMD_SHIFT (plain vmalloc never is)"},
    {"area = __get_vm_area_node(size, align, shift, VM_ALLOC | VM_UNINITIALIZED | vm_flags, …)",
     Fn::get_vm_area_node_618},
    {"no area? warn_alloc(\"… vm_struct allocation failed\") and return NULL", Fn::Count, {Ev::LogLine}},
    {"ret = __vmalloc_area_node(area, gfp_mask, prot, shift, node): pages and mapping",
     Fn::vmalloc_area_node_618},
    {"clear_vm_uninitialized_flag(area): now /proc/vmallocinfo shows it", Fn::clear_vm_uninitialized_flag},
    {"kmemleak_vmalloc(area, PAGE_ALIGN(size), gfp_mask)", Fn::kmemleak_vmalloc},
    {"return area->addr"},
};
constexpr L kGetVmAreaNode618[] = {
    {"size = ALIGN(size, 1 << shift)", Fn::Count, {Ev::PageAlign}},
    {"area = kzalloc_node(sizeof(*area), gfp_mask & GFP_RECLAIM_MASK, node): 72 bytes, kmalloc-96",
     Fn::kzalloc_node},
    {"no VM_NO_GUARD? size += PAGE_SIZE: the guard page", Fn::Count, {Ev::GuardPage618}},
    {"area->flags, ->caller, ->requested_size", Fn::Count, {Ev::VmInit618}},
    {"va = alloc_vmap_area(size, align, start, end, node, gfp_mask, 0, area)", Fn::alloc_vmap_area_618},
    {"IS_ERR(va)? kfree(area) and return NULL", Fn::kfree},
    {"return area"},
};
constexpr L kAllocVmapArea618[] = {
    {"bad size or align? -EINVAL; gfp_mask &= GFP_RECLAIM_MASK"},
    {"several vmap nodes? node_alloc(): an exact-size pool may hand out a ready area", Fn::node_alloc, {Ev::Note}},
    {"else va = kmem_cache_alloc_node(vmap_area_cachep, …)", Fn::kmem_cache_alloc_node},
    {"kmemleak_scan_area(&va->rb_node, SIZE_MAX): va_start and va_end are no references", Fn::Count,
     {Ev::ScanArea618}},
    {"retry: preload_this_cpu_lock(): one spare vmap_area for an NE fit", Fn::preload_this_cpu_lock},
    {"__alloc_vmap_area(): find_vmap_lowest_match() in the free tree", Fn::Count, {Ev::LowestMatch}},
    {"  va_clip(): FL, LE, RE or NE fit trims the free block", Fn::kmem_cache_free,
     {Ev::ClipFl, Ev::ClipLe, Ev::ClipRe}},
    {"  (an NE fit keeps the left part in the preloaded spare)", Fn::Count, {Ev::ClipNe}},
    {"found: va->va_start, va_end, vm, flags | vn_id; into the busy tree of its vmap node", Fn::Count,
     {Ev::VmapReserve, Ev::BusyInsert, Ev::VnId}},
    {"overflow: reclaim_and_purge_vmap_areas() once, then retry", Fn::purge_vmap_area_lazy_618,
     {Ev::VmapOverflow}},
    {"still none: pr_warn(\"… Address range restricted …\"), free va, ERR_PTR(-EBUSY)", Fn::Count,
     {Ev::LogLine}},
};
constexpr L kKmemCacheAllocNode[] = {
    {"slab_alloc_node(): this CPU's slab has a free object? take it", Fn::Count, {Ev::SlabObjectAlloc}},
    {"else ___slab_alloc(): a partial slab, or new_slab()", Fn::new_slab, {Ev::SlabCpuSlab, Ev::SlabDeactivate}},
    {"kmemleak_alloc(object, size, 1, gfp) in the post-alloc hook", Fn::kmemleak_alloc},
    {"return object"},
};
constexpr L kKmemCacheFree[] = {
    {"s = cache_from_obj(s, x)"},
    {"slab_free(): kmemleak_free(x), then x goes onto its slab's freelist", Fn::kmemleak_free,
     {Ev::SlabObjectFree}},
    {"a slab that was full goes onto the partial list", Fn::Count, {Ev::SlabPartial}},
    {"an empty slab may be discarded", Fn::discard_slab},
};
constexpr L kPreloadThisCpuLock[] = {
    {"this CPU's ne_fit_preload_node empty? allocate one vmap_area", Fn::kmem_cache_alloc_node,
     {Ev::PreloadSpare}},
    {"spin_lock(lock); another task filled the slot meanwhile? free the new one"},
};
constexpr L kVmallocAreaNode618[] = {
    {"nr_small_pages = get_vm_area_size(area) >> PAGE_SHIFT; array_size = nr * sizeof(page *)",
     Fn::Count, {Ev::NrPages}},
    {"array over a page? __vmalloc_node_noprof(array_size, 1, nested_gfp, node, caller)",
     Fn::__vmalloc_node_noprof},
    {"else area->pages = kmalloc_node_noprof(array_size, nested_gfp, node)", Fn::kmalloc_node,
     {Ev::PagesArray}},
    {"no array? warn_alloc(\"… failed to allocated page array size …\"), free_vm_area()", Fn::remove_vm_area_618,
     {Ev::LogLine}},
    {"area->nr_pages = vm_area_alloc_pages(gfp | __GFP_NOWARN, node, order, nr_small_pages, pages)",
     Fn::vm_area_alloc_pages},
    {"short? warn_alloc(\"… failed to allocate pages\") and goto fail", Fn::Count, {Ev::NrPagesCut}},
    {"vmap_pages_range(addr, addr + size, prot, pages, page_shift)", Fn::vmap_pages_range},
    {"mapping failed? warn_alloc(\"… failed to map pages\") and goto fail"},
    {"return area->addr"},
    {"fail: vfree(area->addr) frees what was allocated; return NULL", Fn::vfree_618, {Ev::Note}},
};
constexpr L kVmAreaAllocPages[] = {
    {"order 0: in chunks of at most 100 pages, alloc_pages_bulk_{mempolicy,node}_noprof()",
     Fn::alloc_pages_bulk_mempolicy_noprof},
    {"  a short chunk stops the bulk loop"},
    {"the rest (or order > 0): alloc_pages() one at a time, split_page() for order > 0", Fn::alloc_pages,
     {Ev::FaultInjected}},
    {"  a NULL page stops the loop"},
    {"return nr_allocated"},
};
constexpr L kAllocPagesBulkMempolicy[] = {
    {"pick the node(s) from the task's mempolicy, then alloc_pages_bulk_noprof():"},
    {"  one page wanted? the single-page path", Fn::Count, {Ev::Note}},
    {"  this CPU's pcp list for order 0: __rmqueue_pcplist(), refilled by nr_pcp_alloc() pages",
     Fn::rmqueue_bulk, {Ev::PcpTake, Ev::PcpRefillNeeded, Ev::PcpAllocBatch618}},
    {"  page_array[nr_populated++] = page", Fn::Count, {Ev::PageStore}},
    {"return nr_populated", Fn::Count, {Ev::FaultInjected}},
};
constexpr L kVmapPagesRange[] = {
    {"err = vmap_pages_range_noflush(addr, end, prot, pages, page_shift)",
     Fn::vmap_small_pages_range_noflush},
    {"flush_cache_vmap(addr, end)"},
    {"return err"},
};
constexpr L kVmapSmallPagesRangeNoflush[] = {
    {"for each PGD entry: vmap_pages_p4d_range()", Fn::p4d_alloc},
    {"  p4d_alloc_track, then pud_alloc_track (both present when preallocated at boot)", Fn::pud_alloc},
    {"  pmd_alloc_track: a PMD table on demand", Fn::pmd_alloc},
    {"  pte_alloc_kernel_track: a PTE table on demand", Fn::pte_alloc_kernel},
    {"  vmap_pages_pte_range: pte not none? WARN, -EBUSY", Fn::Count, {Ev::EntryBusy}},
    {"    else set_pte_at(…, mk_pte(page, prot))", Fn::Count, {Ev::EntryWrite}},
    {"arch_sync_kernel_mappings() if a top-level entry changed; return 0"},
};
constexpr L kClearVmUninitializedFlag[] = {
    {"smp_wmb(): the set-up area is visible before the flag goes"},
    {"vm->flags &= ~VM_UNINITIALIZED", Fn::Count, {Ev::ClearUninitialized}},
};
constexpr L kKmemleakVmalloc[] = {
    {"create_object(area->addr, size, 2, gfp): min_count 2, page-aligned size", Fn::Count,
     {Ev::KmemleakCreate}},
    {"object_set_excess_ref(area, area->addr): a reference to the vm_struct counts for the block",
     Fn::Count, {Ev::ExcessRef}},
};
constexpr L kVfree618[] = {
    {"in_interrupt()? vfree_atomic(): defer to a work item"},
    {"kmemleak_free(addr); addr NULL? return", Fn::kmemleak_free, {Ev::VfreeNull}},
    {"vm = remove_vm_area(addr)", Fn::remove_vm_area_618},
    {"no vm? WARN(1, \"Trying to vfree() nonexistent vm area (%p)\") and return", Fn::Count,
     {Ev::Warn, Ev::Note}},
    {"for each page: __free_page(page): the pages go back before any TLB flush", Fn::__free_page},
    {"kvfree(vm->pages): vfree for a vmalloc'ed array, else kfree", Fn::kvfree},
    {"kfree(vm)", Fn::kfree},
};
constexpr L kRemoveVmArea618[] = {
    {"not page aligned? WARN(\"Trying to vfree() bad address (%p)\"), return NULL", Fn::Count, {Ev::Warn}},
    {"va = find_unlink_vmap_area(addr): out of its node's busy tree", Fn::Count, {Ev::BusyUnlink}},
    {"kasan poison; free_unmap_vmap_area(va)", Fn::free_unmap_vmap_area},
    {"return vm"},
};
constexpr L kFreeUnmapVmapArea[] = {
    {"flush_cache_vunmap(va_start, va_end)"},
    {"vunmap_range_noflush(va_start, va_end): the PTEs go now", Fn::vunmap_range_noflush},
    {"free_vmap_area_noflush(va): the flush waits for the lazy purge", Fn::free_vmap_area_noflush},
};
constexpr L kVunmapRangeNoflush[] = {
    {"walk PGD to PTE over [start, end) and clear every entry; tables stay", Fn::Count, {Ev::PtesCleared}},
};
constexpr L kFreeVmapAreaNoflush[] = {
    {"nr_lazy = atomic_long_add_return(pages, &vmap_lazy_nr)", Fn::Count, {Ev::LazyFree618}},
    {"va onto this CPU's vmap node's lazy tree"},
    {"nr_lazy > lazy_max_pages()? schedule_work(&drain_vmap_work)", Fn::Count, {Ev::DrainScheduled}},
};
constexpr L kKvfree[] = {
    {"is_vmalloc_addr(addr)? vfree(addr)", Fn::vfree_618},
    {"else kfree(addr)", Fn::kfree},
};
constexpr L kKvmallocNode[] = {
    {"ret = __do_kmalloc_node(size, b, kmalloc_gfp_adjust(flags, size), node, _RET_IP_)", Fn::__do_kmalloc_node,
     {Ev::KmallocGfpAdjust}},
    {"ret or size <= PAGE_SIZE? return ret: no vmalloc for sub-page requests", Fn::Count, {Ev::KvmallocNoFallback}},
    {"!gfpflags_allow_blocking(flags)? return NULL"},
    {"size > INT_MAX? WARN_ON_ONCE(!(flags & __GFP_NOWARN)), return NULL", Fn::Count, {Ev::KvmallocTooBig}},
    {"return __vmalloc_node_range_noprof(size, align, VMALLOC_START, VMALLOC_END, flags,",
     Fn::__vmalloc_node_range_noprof, {Ev::KvmallocFallback}},
    {"    PAGE_KERNEL, VM_ALLOW_HUGE_VMAP, node, __builtin_return_address(0))"},
};
constexpr L kDoKmallocNode[] = {
    {"size > KMALLOC_MAX_CACHE_SIZE? return __kmalloc_large_node_noprof(size, flags, node)",
     Fn::__kmalloc_large_node_noprof},
    {"size 0? return ZERO_SIZE_PTR", Fn::Count, {Ev::Note}},
    {"s = kmalloc_slab(size, b, flags, caller): the kmalloc-N cache for size"},
    {"return slab_alloc_node(s, NULL, flags, node, caller, size)", Fn::Count, {Ev::SlabObjectAlloc}},
};
constexpr L kKmallocLargeNode[] = {
    {"order = get_order(size); flags |= __GFP_COMP"},
    {"folio = __alloc_frozen_pages_noprof(flags, order, node, NULL)", Fn::Count,
     {Ev::KmallocOrderTooBig, Ev::PageAllocFailure}},
    {"folio? ptr = folio_address(folio); NR_SLAB_UNRECLAIMABLE_B += PAGE_SIZE << order;",
     Fn::Count, {Ev::KmallocLarge}},
    {"    __folio_set_large_kmalloc(folio)"},
    {"kmemleak_alloc(ptr, size, 1, flags): the requested size", Fn::kmemleak_alloc},
    {"return ptr"},
};
constexpr L kFreeLargeKmalloc[] = {
    {"order = folio_order(folio)"},
    {"not a large kmalloc? WARN_ON_ONCE, dump_page(\"Not a kmalloc allocation\"), return"},
    {"kmemleak_free(object)", Fn::kmemleak_free},
    {"NR_SLAB_UNRECLAIMABLE_B -= PAGE_SIZE << order; __folio_clear_large_kmalloc(folio)"},
    {"free_frozen_pages(&folio->page, order)", Fn::Count, {Ev::KmallocLargeFree}},
};
constexpr L kKvfreeAddr[] = {
    {"is_vmalloc_addr(addr)? vfree(addr)", Fn::vfree_618, {Ev::IsVmallocAddr}},
    {"else kfree(addr): a slab object, or a large kmalloc's pages", Fn::kfree},
};
constexpr L kDrainVmapAreaWork[] = {
    {"mutex_lock(&vmap_purge_lock)"},
    {"__purge_vmap_area_lazy(ULONG_MAX, 0, false)", Fn::purge_vmap_area_lazy_618},
    {"mutex_unlock(&vmap_purge_lock)"},
};
constexpr L kPurgeVmapAreaLazy618[] = {
    {"for each vmap node: decay its pools, move its lazy list to its purge list", Fn::Count,
     {Ev::PurgeTake}},
    {"nothing to purge? return false", Fn::Count, {Ev::PurgeNothing}},
    {"flush_tlb_kernel_range(start, end): one flush for every range", Fn::Count, {Ev::TlbFlush}},
    {"purge_vmap_node() for each node with work (a worker each when there is much)", Fn::purge_vmap_node},
    {"return true"},
};
constexpr L kPurgeVmapNode[] = {
    {"vmap_lazy_nr -= the node's pages", Fn::Count, {Ev::LazyNrSub}},
    {"each va: back to a pool, or merge_or_add_vmap_area_augment() into free space", Fn::kmem_cache_free,
     {Ev::FreeMerge}},
};
constexpr L kP4dAlloc[] = {
    {"pgd_none(*pgd) and __p4d_alloc() fails? return NULL (folded: the PGD entry itself)", Fn::alloc_pages,
     {Ev::TableAlloc, Ev::EntryWrite}},
    {"return p4d_offset(pgd, address)"},
};

constexpr L kNodeAlloc[] = {
    {"only for align == PAGE_SIZE over the whole VMALLOC_START..VMALLOC_END range"},
    {"vn = addr_to_node(…) of this CPU: vn_id = raw_smp_processor_id() % nr_vmap_nodes"},
    {"va = node_pool_del_va(vn, size, …): the head of the pool for size >> PAGE_SHIFT pages",
     Fn::Count, {Ev::PoolTake}},
    {"empty pool? return NULL; the caller searches the free tree as usual", Fn::Count, {Ev::PoolEmpty}},
    {"*vn_id = encode_vn_id(vn_id): the area will go back to this node's pool"},
    {"return va"},
};
constexpr L kNodePoolAddVa[] = {
    {"size in pages above MAX_VA_SIZE_PAGES (256)? return false: it goes back to the free tree"},
    {"vp = size_to_va_pool(n, size); list_add(&va->list, &vp->head), vp->len++", Fn::Count, {Ev::PoolAdd}},
    {"return true"},
};
constexpr L kDecayVaPoolNode[] = {
    {"for each pool of the node: n_decay = full_decay ? len : len >> 2"},
    {"move n_decay areas off the pool onto a local list, then back into the free tree",
     Fn::Count, {Ev::PoolDecay}},
    {"reclaim_list_global(&decay_list): merge_or_add_vmap_area() for each"},
};
constexpr L kVmallocHugeNodeNoprof[] = {
    {"return __vmalloc_node_range_noprof(size, 1, VMALLOC_START, VMALLOC_END, gfp_mask,",
     Fn::__vmalloc_node_range_noprof},
    {"    PAGE_KERNEL, VM_ALLOW_HUGE_VMAP, node, __builtin_return_address(0))"},
};
constexpr L kGetVmAreaNodeHuge[] = {
    {"size = ALIGN(size, 1 << PMD_SHIFT): whole 2 MiB", Fn::Count, {Ev::PageAlign}},
    {"area = kzalloc_node(sizeof(*area), …)", Fn::kzalloc_node},
    {"no VM_NO_GUARD? size += PAGE_SIZE: the guard page", Fn::Count, {Ev::GuardPage618}},
    {"area->flags, ->caller, ->requested_size", Fn::Count, {Ev::VmInit618}},
    {"va = alloc_vmap_area(size, align = 2 MiB, start, end, node, gfp_mask, 0, area)",
     Fn::alloc_vmap_area_618},
    {"return area"},
};
constexpr L kVmallocAreaNodeHuge[] = {
    {"page_order = vm_area_page_order(area) = 9: each allocation is a 2 MiB block"},
    {"area->pages = kvmalloc_node(nr_small_pages * sizeof(page *))"},
    {"vm_area_alloc_pages(gfp, node, page_order, nr_small_pages, area->pages)",
     Fn::vm_area_alloc_pages},
    {"short of pages? return NULL: the caller tries again with shift = PAGE_SHIFT", Fn::Count,
     {Ev::HugeFallback}},
    {"vmap_pages_range(addr, addr + size, prot, area->pages, page_shift)", Fn::vmap_pages_range_huge},
    {"return area->addr"},
};
constexpr L kVmapPagesRangeHuge[] = {
    {"for each 1 << page_shift piece: vmap_range_noflush(addr, addr + 2 MiB, page_to_phys(pages[i]), …)",
     Fn::vmap_range_noflush},
    {"flush_cache_vmap(addr, end); return 0"},
};
constexpr L kVmapRangeNoflush[] = {
    {"pgd = pgd_offset_k(addr); walk p4d, pud, pmd down from it"},
    {"vmap_pmd_range(): pte_alloc_kernel or a huge PMD", Fn::vmap_try_huge_pmd},
    {"arch_sync_kernel_mappings() if a top-level entry changed; return 0"},
};
constexpr L kVmapTryHugePmd[] = {
    {"max_page_shift < PMD_SHIFT, or end - addr != PMD_SIZE, or addr or phys not 2 MiB aligned? return 0"},
    {"pmd_present(*pmd) and !pmd_free_pte_page(pmd, addr)? return 0", Fn::Count, {Ev::PmdFreePteTable}},
    {"return pmd_set_huge(pmd, phys_addr, prot): one leaf entry with _PAGE_PSE maps 2 MiB", Fn::Count,
     {Ev::EntryWrite}},
};

constexpr SourceCard k618Cards[] = {
    {Fn::vmalloc_noprof, "void *vmalloc_noprof(unsigned long size)", "mm/vmalloc.c", 3991, kVmallocNoprof},
    {Fn::vmalloc_32_noprof, "void *vmalloc_32_noprof(unsigned long size)", "mm/vmalloc.c", 4225, kVmalloc32Noprof},
    {Fn::vmalloc_user_noprof, "void *vmalloc_user_noprof(unsigned long size)", "mm/vmalloc.c", 4048,
     kVmallocUserNoprof},
    {Fn::__vmalloc_noprof, "void *__vmalloc_noprof(unsigned long size, gfp_t gfp_mask)", "mm/vmalloc.c", 3972,
     kVmallocNoprofGeneric},
    {Fn::__vmalloc_node_noprof,
     "void *__vmalloc_node_noprof(unsigned long size, unsigned long align, gfp_t gfp_mask, int node, const void *caller)",
     "mm/vmalloc.c", 3957, kVmallocNodeNoprof},
    {Fn::__vmalloc_node_range_noprof,
     "void *__vmalloc_node_range_noprof(unsigned long size, unsigned long align, unsigned long start, "
     "unsigned long end, gfp_t gfp_mask, pgprot_t prot, unsigned long vm_flags, int node, const void *caller)",
     "mm/vmalloc.c", 3819, kVmallocNodeRangeNoprof},
    {Fn::get_vm_area_node_618,
     "struct vm_struct *__get_vm_area_node(unsigned long size, unsigned long align, unsigned long shift, "
     "unsigned long flags, unsigned long start, unsigned long end, int node, gfp_t gfp_mask, const void *caller)",
     "mm/vmalloc.c", 3164, kGetVmAreaNode618},
    {Fn::alloc_vmap_area_618,
     "static struct vmap_area *alloc_vmap_area(unsigned long size, unsigned long align, unsigned long vstart, "
     "unsigned long vend, int node, gfp_t gfp_mask, unsigned long va_flags, struct vm_struct *vm)",
     "mm/vmalloc.c", 2009, kAllocVmapArea618},
    {Fn::kmem_cache_alloc_node,
     "void *kmem_cache_alloc_node_noprof(struct kmem_cache *s, gfp_t gfpflags, int node)  /* kmem_cache_alloc_node() */",
     "mm/slub.c", 5338, kKmemCacheAllocNode},
    {Fn::kmem_cache_free, "void kmem_cache_free(struct kmem_cache *s, void *x)", "mm/slub.c", 6746, kKmemCacheFree},
    {Fn::preload_this_cpu_lock, "static inline void preload_this_cpu_lock(spinlock_t *lock, gfp_t gfp_mask, int node)",
     "mm/vmalloc.c", 1874, kPreloadThisCpuLock},
    {Fn::vmalloc_area_node_618,
     "static void *__vmalloc_area_node(struct vm_struct *area, gfp_t gfp_mask, pgprot_t prot, unsigned int "
     "page_shift, int node)",
     "mm/vmalloc.c", 3678, kVmallocAreaNode618},
    {Fn::vm_area_alloc_pages,
     "static inline unsigned int vm_area_alloc_pages(gfp_t gfp, int nid, unsigned int order, unsigned int "
     "nr_pages, struct page **pages)",
     "mm/vmalloc.c", 3591, kVmAreaAllocPages},
    {Fn::alloc_pages_bulk_mempolicy_noprof,
     "unsigned long alloc_pages_bulk_mempolicy_noprof(gfp_t gfp, unsigned long nr_pages, struct page **page_array)",
     "mm/mempolicy.c", 2700, kAllocPagesBulkMempolicy},
    {Fn::vmap_pages_range,
     "int vmap_pages_range(unsigned long addr, unsigned long end, pgprot_t prot, struct page **pages, unsigned int "
     "page_shift)",
     "mm/vmalloc.c", 696, kVmapPagesRange},
    {Fn::vmap_small_pages_range_noflush,
     "static int vmap_small_pages_range_noflush(unsigned long addr, unsigned long end, pgprot_t prot, struct page "
     "**pages)",
     "mm/vmalloc.c", 611, kVmapSmallPagesRangeNoflush},
    {Fn::clear_vm_uninitialized_flag, "static void clear_vm_uninitialized_flag(struct vm_struct *vm)", "mm/vmalloc.c",
     3153, kClearVmUninitializedFlag},
    {Fn::kmemleak_vmalloc, "void __ref kmemleak_vmalloc(const struct vm_struct *area, size_t size, gfp_t gfp)",
     "mm/kmemleak.c", 1130, kKmemleakVmalloc},
    {Fn::vfree_618, "void vfree(const void *addr)", "mm/vmalloc.c", 3403, kVfree618},
    {Fn::remove_vm_area_618, "struct vm_struct *remove_vm_area(const void *addr)", "mm/vmalloc.c", 3280,
     kRemoveVmArea618},
    {Fn::free_unmap_vmap_area, "static void free_unmap_vmap_area(struct vmap_area *va)", "mm/vmalloc.c", 2440,
     kFreeUnmapVmapArea},
    {Fn::vunmap_range_noflush, "void vunmap_range_noflush(unsigned long start, unsigned long end)", "mm/vmalloc.c",
     491, kVunmapRangeNoflush},
    {Fn::free_vmap_area_noflush, "static void free_vmap_area_noflush(struct vmap_area *va)", "mm/vmalloc.c", 2405,
     kFreeVmapAreaNoflush},
    {Fn::kvfree, "void kvfree(const void *addr)", "mm/slub.c", 7150, kKvfree},
    {Fn::drain_vmap_area_work, "static void drain_vmap_area_work(struct work_struct *work)", "mm/vmalloc.c", 2393,
     kDrainVmapAreaWork},
    {Fn::purge_vmap_area_lazy_618,
     "static bool __purge_vmap_area_lazy(unsigned long start, unsigned long end, bool full_pool_decay)",
     "mm/vmalloc.c", 2301, kPurgeVmapAreaLazy618},
    {Fn::purge_vmap_node, "static void purge_vmap_node(struct work_struct *work)", "mm/vmalloc.c", 2263,
     kPurgeVmapNode},
    {Fn::p4d_alloc, "static inline p4d_t *p4d_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long address)",
     "include/linux/mm.h", 2928, kP4dAlloc},
    {Fn::node_alloc, "static struct vmap_area *node_alloc(unsigned long size, unsigned long align, …)",
     "mm/vmalloc.c", 1968, kNodeAlloc},
    {Fn::node_pool_add_va, "static bool node_pool_add_va(struct vmap_node *n, struct vmap_area *va)",
     "mm/vmalloc.c", 1909, kNodePoolAddVa},
    {Fn::decay_va_pool_node, "static void decay_va_pool_node(struct vmap_node *vn, bool full_decay)",
     "mm/vmalloc.c", 2192, kDecayVaPoolNode},
    {Fn::vmalloc_huge_node_noprof, "void *vmalloc_huge_node_noprof(unsigned long size, gfp_t gfp_mask, int node)",
     "mm/vmalloc.c", 4011, kVmallocHugeNodeNoprof},
    {Fn::get_vm_area_node_huge, "struct vm_struct *__get_vm_area_node(unsigned long size, unsigned long align, "
     "unsigned long shift, …)", "mm/vmalloc.c", 3164, kGetVmAreaNodeHuge},
    {Fn::vmalloc_area_node_huge, "static void *__vmalloc_area_node(struct vm_struct *area, gfp_t gfp_mask, "
     "pgprot_t prot, unsigned int page_shift, int node)", "mm/vmalloc.c", 3678, kVmallocAreaNodeHuge},
    {Fn::vmap_pages_range_huge, "int vmap_pages_range(unsigned long addr, unsigned long end, pgprot_t prot, "
     "struct page **pages, unsigned int page_shift)", "mm/vmalloc.c", 696, kVmapPagesRangeHuge},
    {Fn::vmap_range_noflush, "static int vmap_range_noflush(unsigned long addr, unsigned long end, "
     "phys_addr_t phys_addr, pgprot_t prot, unsigned int max_page_shift)", "mm/vmalloc.c", 291,
     kVmapRangeNoflush},
    {Fn::vmap_try_huge_pmd, "static int vmap_try_huge_pmd(pmd_t *pmd, unsigned long addr, unsigned long end, "
     "phys_addr_t phys_addr, pgprot_t prot, unsigned int max_page_shift)", "mm/vmalloc.c", 139,
     kVmapTryHugePmd},
    {Fn::__kvmalloc_node_noprof, "void *__kvmalloc_node_noprof(DECL_BUCKET_PARAMS(size, b), unsigned long align, "
     "gfp_t flags, int node)", "mm/slub.c", 7103, kKvmallocNode},
    {Fn::__do_kmalloc_node, "static __always_inline void *__do_kmalloc_node(size_t size, kmem_buckets *b, "
     "gfp_t flags, int node, unsigned long caller)", "mm/slub.c", 5631, kDoKmallocNode},
    {Fn::__kmalloc_large_node_noprof, "void *__kmalloc_large_node_noprof(size_t size, gfp_t flags, int node)",
     "mm/slub.c", 5620, kKmallocLargeNode},
    {Fn::free_large_kmalloc, "static void free_large_kmalloc(struct folio *folio, void *object)", "mm/slub.c",
     6756, kFreeLargeKmalloc},
    {Fn::kvfree_addr, "void kvfree(const void *addr)", "mm/slub.c", 7150, kKvfreeAddr},
};
// clang-format on

} // namespace

std::span<const SourceCard> linux618Cards()
{
    return k618Cards;
}

} // namespace vmviz::teach
