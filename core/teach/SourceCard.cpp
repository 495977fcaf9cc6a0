// SPDX-License-Identifier: GPL-2.0-only
#include "teach/SourceCard.h"

#include <string>
#include <vector>

namespace vmviz::teach {

namespace {

// Lines checked against the v2.6.36 tree (mm/, include/linux/, kernel/panic.c). Outlines are
// vmviz's summaries of what each function does in 2.6.36, not kernel code.
// clang-format off
using L = OutlineLine;
constexpr L kCaller[] = {
    {"run the scenario's current line: one kernel call per line"},
    {"keep what it returns in the line's variable", Fn::Count, {Ev::VarAssign, Ev::VarLeak, Ev::Write}},
    {"return 0: the line is done"},
};
constexpr L kVmalloc32[] = {
    {"gfp = GFP_VMALLOC32 (GFP_DMA32 | GFP_KERNEL on x86-64): pages below 4 GiB"},
    {"return __vmalloc_node(size, 1, gfp, PAGE_KERNEL, -1, caller)", Fn::__vmalloc_node},
};
constexpr L kVmallocUser[] = {
    {"ret = __vmalloc_node(size, SHMLBA, GFP_KERNEL | __GFP_HIGHMEM | __GFP_ZERO, PAGE_KERNEL, -1, caller)", Fn::__vmalloc_node},
    {"if (ret) find_vm_area(ret)->flags |= VM_USERMAP", Fn::Count, {Ev::Note}},
    {"return ret"},
};
constexpr L kVmallocGeneric[] = {
    {"return __vmalloc_node(size, 1, gfp_mask, prot, -1, caller)", Fn::__vmalloc_node},
};
constexpr L kKzallocNode[] = {
    {"return kmalloc_node(size, flags | __GFP_ZERO, node): kmalloc, zeroed (inlined)", Fn::kmalloc_node,
     {Ev::SlabObjectAlloc, Ev::SlabCpuSlab, Ev::SlabDeactivate}},
    {"  the slab is empty: new_slab()", Fn::new_slab},
    {"  kmemleak_alloc(object, size, 1, flags)", Fn::kmemleak_alloc},
};
constexpr L kKmallocNode[] = {
    {"size > a page? hand it to the page allocator (not in vmviz's runs)"},
    {"pick the kmalloc cache for size (kmalloc-8 … kmalloc-4096)"},
    {"slab_alloc: the CPU slab's freelist has an object? take it", Fn::Count, {Ev::SlabObjectAlloc}},
    {"else __slab_alloc: a partial slab, or new_slab()", Fn::new_slab, {Ev::SlabCpuSlab, Ev::SlabDeactivate}},
    {"kmemleak_alloc(object, size, 1, flags)", Fn::kmemleak_alloc},
    {"return object"},
};
constexpr L kKfree[] = {
    {"if (ZERO_OR_NULL_PTR(x)) return"},
    {"page = virt_to_head_page(x): the slab the object is in"},
    {"slab_free: kmemleak_free(x), then put x on the slab's freelist", Fn::kmemleak_free, {Ev::SlabObjectFree}},
    {"a slab that was full goes onto the partial list", Fn::Count, {Ev::SlabPartial}},
    {"an empty slab is discarded", Fn::discard_slab},
};
constexpr L kNewSlab[] = {
    {"page = allocate_slab(): alloc_pages for the cache's order", Fn::alloc_pages, {Ev::PcpTake, Ev::PcpRefillNeeded, Ev::Rmqueue}},
    {"split off what the block does not need", Fn::Count, {Ev::Expand}},
    {"  (Linux 6.18: nr_pcp_alloc() sizes the per-CPU refill)", Fn::Count, {Ev::PcpAllocBatch618}},
    {"page->slab = s; mark it PageSlab", Fn::Count, {Ev::SlabPage}},
    {"for each object: set_freepointer(s, last, p): chain the free objects", Fn::Count, {Ev::SlabFreelist}},
    {"return page"},
};
constexpr L kDiscardSlab[] = {
    {"__free_slab: clear PageSlab, give the pages back", Fn::Count, {Ev::SlabPageFreed}},
    {"__free_pages(page, order)", Fn::__free_pages, {Ev::PcpAdd}},
};
constexpr L kAllocVmapArea[] = {
    {"va = kmalloc_node(sizeof(struct vmap_area), …)", Fn::kmalloc_node},
    {"retry: addr = ALIGN(vstart, align)"},
    {"walk vmap_area_root for the first area at or after addr"},
    {"while the next area overlaps: addr = ALIGN(first->va_end + PAGE_SIZE, align)  (the gap page)"},
    {"no hole before vend: purge_vmap_area_lazy() once and retry", Fn::purge_vmap_area_lazy, {Ev::VmapOverflow}},
    {"still none: printk \"vmap allocation … failed\", kfree(va), return ERR_PTR(-EBUSY)", Fn::kfree, {Ev::LogLine}},
    {"va->va_start = addr; va->va_end = addr + size; __insert_vmap_area(va)", Fn::Count, {Ev::VmapReserve}},
    {"return va"},
};
constexpr L kInsertVmallocVm[] = {
    {"vm->flags = flags; vm->addr = va->va_start; vm->size = va->va_end - va->va_start", Fn::Count, {Ev::VmapFill}},
    {"va->private = vm; va->flags |= VM_VM_AREA"},
    {"link vm into vmlist, sorted by address (under vmlist_lock)", Fn::Count, {Ev::VmlistInsert}},
};
constexpr L kAllocPage[] = {
    {"alloc_page(gfp) is alloc_pages(gfp, 0), a macro"},
    {"__alloc_pages_nodemask: try the zones gfp allows, in order", Fn::Count, {Ev::FaultInjected}},
    {"buffered_rmqueue: order 0 comes from the per-CPU list", Fn::Count, {Ev::PcpTake, Ev::PcpRefillNeeded}},
    {"the list is empty: rmqueue_bulk(pcp->batch pages) refills it", Fn::rmqueue_bulk},
    {"nothing anywhere: warn_alloc_failed prints \"page allocation failure\"", Fn::Count, {Ev::PageAllocFailure, Ev::LogLine}},
    {"return the page, or NULL"},
};
constexpr L kAllocPages[] = {
    {"alloc_pages_current(gfp, order) (CONFIG_NUMA) → __alloc_pages_nodemask", Fn::Count, {Ev::FaultInjected}},
    {"order 0: from the per-CPU list, refilled by rmqueue_bulk", Fn::rmqueue_bulk, {Ev::PcpTake, Ev::PcpRefillNeeded}},
    {"  (Linux 6.18: nr_pcp_alloc() sizes the refill)", Fn::Count, {Ev::PcpAllocBatch618}},
    {"order > 0: __rmqueue from the zone's free_area, splitting with expand", Fn::Count, {Ev::Rmqueue, Ev::Expand}},
    {"nothing anywhere: \"page allocation failure\"", Fn::Count, {Ev::PageAllocFailure, Ev::LogLine}},
    {"return the first page, or NULL", Fn::Count, {Ev::PageStore}}, // 6.18's vm_area_alloc_pages stores it
};
constexpr L kRmqueueBulk[] = {
    {"spin_lock(&zone->lock)"},
    {"for i < count: page = __rmqueue(zone, order, migratetype)", Fn::Count, {Ev::Rmqueue, Ev::RmqueueFallback}},
    {"  __rmqueue_smallest splits a bigger block with expand()", Fn::Count, {Ev::Expand}},
    {"  list_add(&page->lru, list): onto the per-CPU list, in order", Fn::Count, {Ev::PcpBulkAdd}},
    {"spin_unlock; return i (pages added)"},
};
constexpr L kMapVmArea[] = {
    {"addr = area->addr; end = addr + area->size - PAGE_SIZE (not the guard page)"},
    {"err = vmap_page_range(addr, end, prot, *pages)", Fn::vmap_page_range},
    {"err > 0 (pages mapped): *pages += err; err = 0"},
    {"return err: 0, or -ENOMEM"},
};
constexpr L kVmapPageRange[] = {
    {"vmap_page_range_noflush: for each PGD entry in [start, end)"},
    {"  vmap_pud_range: pud_alloc(&init_mm, pgd, addr)", Fn::pud_alloc},
    {"  vmap_pmd_range: pmd_alloc(&init_mm, pud, addr)", Fn::pmd_alloc},
    {"  vmap_pte_range: pte_alloc_kernel(pmd, addr)", Fn::pte_alloc_kernel},
    {"    WARN_ON(!pte_none(*pte)) if the entry is already used", Fn::Count, {Ev::EntryBusy, Ev::Warn}},
    {"    set_pte_at(&init_mm, addr, pte, mk_pte(page, prot)) for each page", Fn::Count, {Ev::EntryWrite}},
    {"flush_cache_vmap(start, end); return the pages mapped, or -ENOMEM"},
};
constexpr L kPudAlloc[] = {
    {"pgd_none(*pgd)? __pud_alloc: a zeroed page for a new PUD table", Fn::alloc_pages, {Ev::TableAlloc}},
    {"  pgd_populate: the PGD entry points to it", Fn::Count, {Ev::EntryWrite}},
    {"return pud_offset(pgd, address), or NULL if no page"},
};
constexpr L kPmdAlloc[] = {
    {"pud_none(*pud)? __pmd_alloc: a zeroed page for a new PMD table", Fn::alloc_pages, {Ev::TableAlloc}},
    {"  pud_populate: the PUD entry points to it", Fn::Count, {Ev::EntryWrite}},
    {"return pmd_offset(pud, address), or NULL if no page"},
};
constexpr L kPteAllocKernel[] = {
    {"!pmd_present(*pmd)? __pte_alloc_kernel: a zeroed page for a new PTE table", Fn::alloc_pages, {Ev::TableAlloc}},
    {"  pmd_populate_kernel: the PMD entry points to it", Fn::Count, {Ev::EntryWrite}},
    {"return pte_offset_kernel(pmd, address), or NULL if no page"},
};
constexpr L kKmemleakFree[] = {
    {"if kmemleak is on and ptr is not NULL: delete_object_full(ptr)"},
    {"find_and_get_object(ptr, 0): no object starts at ptr? warn, nothing to delete", Fn::Count, {Ev::KmemleakUnknown, Ev::KmemleakAlias, Ev::LogLine}},
    {"__delete_object: unlink it from object_list and the search tree", Fn::Count, {Ev::KmemleakDelete}},
};
constexpr L kVfree[] = {
    {"BUG_ON(in_interrupt())"},
    {"kmemleak_free(addr)", Fn::kmemleak_free},
    {"__vunmap(addr, 1)", Fn::__vunmap},
};
constexpr L kVunmap[] = {
    {"if (!addr) return", Fn::Count, {Ev::VfreeNull}},
    {"not page aligned? WARN(\"Trying to vfree() bad address\"); return", Fn::warn_slowpath_fmt, {Ev::Warn}},
    {"area = remove_vm_area(addr)", Fn::remove_vm_area},
    {"no area? WARN(\"Trying to vfree() nonexistent vm area\"); return"},
    {"for i < area->nr_pages: __free_page(area->pages[i])", Fn::__free_page},
    {"free the page array: vfree if VM_VPAGES, else kfree", Fn::kfree},
    {"kfree(area): the vm_struct itself"},
};
constexpr L kRemoveVmArea[] = {
    {"va = find_vmap_area(addr); no VM_VM_AREA? return NULL"},
    {"vm = va->private; unlink vm from vmlist", Fn::Count, {Ev::VmlistRemove}},
    {"free_unmap_vmap_area(va): freed lazily", Fn::free_unmap_vmap_area_noflush},
    {"vm->size -= PAGE_SIZE: the guard page no longer counts", Fn::Count, {Ev::VmSizeShrink}},
    {"return vm"},
};
constexpr L kFreeUnmapNoflush[] = {
    {"va->flags |= VM_LAZY_FREE", Fn::Count, {Ev::LazyFree}},
    {"atomic_add(its pages, &vmap_lazy_nr)"},
    {"vmap_lazy_nr > lazy_max_pages()? try_purge_vmap_area_lazy()", Fn::try_purge_vmap_area_lazy, {Ev::LazyPurgeNeeded}},
};
constexpr L kTryPurge[] = {
    {"start = ULONG_MAX, end = 0"},
    {"__purge_vmap_area_lazy(&start, &end, 0, 0): give up if another purge runs", Fn::__purge_vmap_area_lazy},
};
constexpr L kPurge[] = {
    {"start = ULONG_MAX, end = 0"},
    {"__purge_vmap_area_lazy(&start, &end, 1, 0): wait for the purge lock", Fn::__purge_vmap_area_lazy},
};
constexpr L kPurgeInner[] = {
    {"take purge_lock (trylock unless sync)"},
    {"for each va on vmap_area_list with VM_LAZY_FREE:", Fn::Count, {Ev::PurgeNothing}},
    {"  widen [start, end); nr += its pages; VM_LAZY_FREE → VM_LAZY_FREEING", Fn::Count, {Ev::PurgeMark}},
    {"  unmap_vmap_area(va): clear its PTEs", Fn::Count, {Ev::PtesCleared}},
    {"atomic_sub(nr, &vmap_lazy_nr)", Fn::Count, {Ev::LazyNrSub}},
    {"flush_tlb_kernel_range(start, end): one flush for all", Fn::Count, {Ev::TlbFlush}},
    {"__free_vmap_area(va) each: rb_erase, list_del_rcu, call_rcu(rcu_free_va)", Fn::Count, {Ev::PurgeRelease, Ev::RcuFreeQueued}},
};
constexpr L kRcuFreeVa[] = {
    {"va = container_of(head, struct vmap_area, rcu_head)"},
    {"kfree(va)", Fn::kfree},
};
constexpr L kFreePage[] = {
    {"__free_page(page) is __free_pages(page, 0), a macro"},
    {"put_page_testzero: the last reference is gone"},
    {"free_hot_cold_page: onto the per-CPU list", Fn::Count, {Ev::PcpAdd}},
    {"pcp->count >= pcp->high: free_pcppages_bulk(batch)", Fn::free_pcppages_bulk, {Ev::PcpDrain}},
};
constexpr L kFreePages[] = {
    {"put_page_testzero(page): the last reference is gone"},
    {"order 0: free_hot_cold_page, onto the per-CPU list", Fn::Count, {Ev::PcpAdd}},
    {"list too long: free_pcppages_bulk", Fn::free_pcppages_bulk, {Ev::PcpDrain}},
    {"order > 0: __free_pages_ok → __free_one_page, merging buddies", Fn::Count, {Ev::BuddyFree}},
};
constexpr L kFreePcppagesBulk[] = {
    {"spin_lock(&zone->lock)"},
    {"while count--: take a page from the per-CPU lists, round robin by migratetype"},
    {"  __free_one_page: merge with free buddies, onto free_area[order]", Fn::Count, {Ev::BuddyFree}},
    {"spin_unlock(&zone->lock)"},
};
constexpr L kKmemleakScan[] = {
    {"jiffies_last_scan = jiffies; every object: count = 0; min_count 0 starts gray", Fn::Count, {Ev::KmlScanStart}},
    {"scan the roots (.data, .bss, per-CPU areas, task stacks) for pointers", Fn::Count, {Ev::KmlRootRef, Ev::KmlRootRefGray}},
    {"scan_gray_list: scan each gray object's words in turn", Fn::Count, {Ev::KmlScanObject}},
    {"  a pointer into an object: count++; count >= min_count turns it gray", Fn::Count, {Ev::KmlObjectRef, Ev::KmlObjectRefGray}},
    {"white objects whose checksum changed: gray for this scan", Fn::Count, {Ev::KmlChecksumChanged}},
    {"white, older than 5 s, not yet reported: a new suspected leak", Fn::Count, {Ev::KmlReported, Ev::KmlTooYoung}},
    {"pr_info(\"kmemleak: %d new suspected memory leaks\")", Fn::Count, {Ev::LogLine}},
};
constexpr L kKmemleakClear[] = {
    {"for each object on object_list:"},
    {"  reported and still unreferenced: paint it gray (min_count 0) for good", Fn::Count, {Ev::KmlClear}},
};
constexpr L kWarnSlowpath[] = {
    {"printk(\"------------[ cut here ]------------\")"},
    {"printk(\"WARNING: at FILE:LINE FUNCTION()\") and the message", Fn::Count, {Ev::Warn, Ev::LogLine}},
    {"print_modules(); dump_stack(); add_taint(TAINT_WARN)"},
};

constexpr SourceCard kCards[] = {
    {Fn::Caller, "static int __init mymod_init(void)  /* your module: the scenario */", "", 0, kCaller},
    {Fn::vmalloc_32, "void *vmalloc_32(unsigned long size)", "mm/vmalloc.c", 1693, kVmalloc32},
    {Fn::vmalloc_user, "void *vmalloc_user(unsigned long size)", "mm/vmalloc.c", 1622, kVmallocUser},
    {Fn::__vmalloc, "void *__vmalloc(unsigned long size, gfp_t gfp_mask, pgprot_t prot)", "mm/vmalloc.c", 1592, kVmallocGeneric},
    {Fn::kzalloc_node, "static inline void *kzalloc_node(size_t size, gfp_t flags, int node)", "include/linux/slab.h", 332, kKzallocNode},
    {Fn::kmalloc_node, "static __always_inline void *kmalloc_node(size_t size, gfp_t flags, int node)", "include/linux/slub_def.h", 288, kKmallocNode},
    {Fn::kfree, "void kfree(const void *x)", "mm/slub.c", 2821, kKfree},
    {Fn::new_slab, "static struct page *new_slab(struct kmem_cache *s, gfp_t flags, int node)", "mm/slub.c", 1148, kNewSlab},
    {Fn::discard_slab, "static void discard_slab(struct kmem_cache *s, struct page *page)", "mm/slub.c", 1235, kDiscardSlab},
    {Fn::alloc_vmap_area, "static struct vmap_area *alloc_vmap_area(unsigned long size, unsigned long align, unsigned long vstart, unsigned long vend, int node, gfp_t gfp_mask)", "mm/vmalloc.c", 327, kAllocVmapArea},
    {Fn::insert_vmalloc_vm, "static void insert_vmalloc_vm(struct vm_struct *vm, struct vmap_area *va, unsigned long flags, void *caller)", "mm/vmalloc.c", 1210, kInsertVmallocVm},
    {Fn::alloc_page, "#define alloc_page(gfp_mask) alloc_pages(gfp_mask, 0)", "include/linux/gfp.h", 314, kAllocPage},
    {Fn::alloc_pages, "static inline struct page *alloc_pages(gfp_t gfp_mask, unsigned int order)", "include/linux/gfp.h", 303, kAllocPages},
    {Fn::rmqueue_bulk, "static int rmqueue_bulk(struct zone *zone, unsigned int order, unsigned long count, struct list_head *list, int migratetype, int cold)", "mm/page_alloc.c", 1019, kRmqueueBulk},
    {Fn::map_vm_area, "int map_vm_area(struct vm_struct *area, pgprot_t prot, struct page ***pages)", "mm/vmalloc.c", 1190, kMapVmArea},
    {Fn::vmap_page_range, "static int vmap_page_range(unsigned long start, unsigned long end, pgprot_t prot, struct page **pages)", "mm/vmalloc.c", 179, kVmapPageRange},
    {Fn::pud_alloc, "static inline pud_t *pud_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long address)", "include/linux/mm.h", 1056, kPudAlloc},
    {Fn::pmd_alloc, "static inline pmd_t *pmd_alloc(struct mm_struct *mm, pud_t *pud, unsigned long address)", "include/linux/mm.h", 1062, kPmdAlloc},
    {Fn::pte_alloc_kernel, "#define pte_alloc_kernel(pmd, address)", "include/linux/mm.h", 1125, kPteAllocKernel},
    {Fn::kmemleak_free, "void __ref kmemleak_free(const void *ptr)", "mm/kmemleak.c", 879, kKmemleakFree},
    {Fn::vfree, "void vfree(const void *addr)", "mm/vmalloc.c", 1418, kVfree},
    {Fn::__vunmap, "static void __vunmap(const void *addr, int deallocate_pages)", "mm/vmalloc.c", 1366, kVunmap},
    {Fn::remove_vm_area, "struct vm_struct *remove_vm_area(const void *addr)", "mm/vmalloc.c", 1338, kRemoveVmArea},
    {Fn::free_unmap_vmap_area_noflush, "static void free_unmap_vmap_area_noflush(struct vmap_area *va)", "mm/vmalloc.c", 617, kFreeUnmapNoflush},
    {Fn::try_purge_vmap_area_lazy, "static void try_purge_vmap_area_lazy(void)", "mm/vmalloc.c", 596, kTryPurge},
    {Fn::purge_vmap_area_lazy, "static void purge_vmap_area_lazy(void)", "mm/vmalloc.c", 606, kPurge},
    {Fn::__purge_vmap_area_lazy, "static void __purge_vmap_area_lazy(unsigned long *start, unsigned long *end, int sync, int force_flush)", "mm/vmalloc.c", 538, kPurgeInner},
    {Fn::rcu_free_va, "static void rcu_free_va(struct rcu_head *head)", "mm/vmalloc.c", 421, kRcuFreeVa},
    {Fn::__free_page, "#define __free_page(page) __free_pages((page), 0)", "include/linux/gfp.h", 332, kFreePage},
    {Fn::__free_pages, "void __free_pages(struct page *page, unsigned int order)", "mm/page_alloc.c", 2210, kFreePages},
    {Fn::free_pcppages_bulk, "static void free_pcppages_bulk(struct zone *zone, int count, struct per_cpu_pages *pcp)", "mm/page_alloc.c", 591, kFreePcppagesBulk},
    {Fn::kmemleak_scan, "static void kmemleak_scan(void)", "mm/kmemleak.c", 1175, kKmemleakScan},
    {Fn::kmemleak_clear, "static void kmemleak_clear(void)", "mm/kmemleak.c", 1502, kKmemleakClear},
    {Fn::warn_slowpath_fmt, "void warn_slowpath_fmt(const char *file, int line, const char *fmt, ...)", "kernel/panic.c", 385, kWarnSlowpath},
};
// clang-format on

// The functions the 2010 walkthrough quotes get a card too, so a student who turns the
// walkthrough off still sees an outline.
constexpr L kVmalloc[] = {
    {"return __vmalloc_node(size, 1, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL, -1, caller)",
     Fn::__vmalloc_node},
};
constexpr L kVmallocNode[] = {
    {"size = PAGE_ALIGN(size); 0 or more than totalram_pages? return NULL",
     Fn::Count,
     {Ev::PageAlign, Ev::TooBig, Ev::SizeZero}},
    {"area = __get_vm_area_node(size, align, VM_ALLOC, VMALLOC_START, VMALLOC_END, …)",
     Fn::__get_vm_area_node},
    {"addr = __vmalloc_area_node(area, gfp_mask, prot, node, caller)", Fn::__vmalloc_area_node},
    {"kmemleak_alloc(addr, real_size, 3, gfp_mask)", Fn::kmemleak_alloc},
    {"return addr"},
};
constexpr L kGetVmAreaNode[] = {
    {"size = PAGE_ALIGN(size)"},
    {"area = kzalloc_node(sizeof(*area), …): the vm_struct", Fn::kzalloc_node},
    {"size += PAGE_SIZE: the guard page", Fn::Count, {Ev::GuardPage}},
    {"va = alloc_vmap_area(size, align, start, end, node, gfp_mask)", Fn::alloc_vmap_area},
    {"IS_ERR(va)? kfree(area); return NULL", Fn::kfree},
    {"insert_vmalloc_vm(area, va, flags, caller)", Fn::insert_vmalloc_vm},
    {"return area"},
};
constexpr L kVmallocAreaNode[] = {
    {"nr_pages = (area->size - PAGE_SIZE) >> PAGE_SHIFT; array_size = nr_pages * sizeof(struct page *)",
     Fn::Count,
     {Ev::NrPages}},
    {"array over a page? __vmalloc_node(array_size, …) and VM_VPAGES", Fn::__vmalloc_node, {Ev::SetVpages}},
    {"else pages = kmalloc_node(array_size, …)", Fn::kmalloc_node, {Ev::PagesArray}},
    {"for i < nr_pages: page = alloc_page(gfp_mask)", Fn::alloc_page},
    {"  NULL? area->nr_pages = i; goto fail", Fn::Count, {Ev::NrPagesCut}},
    {"  area->pages[i] = page", Fn::Count, {Ev::PageStore}},
    {"map_vm_area(area, prot, &pages)", Fn::map_vm_area},
    {"return area->addr"},
    {"fail: vfree(area->addr); return NULL", Fn::vfree, {Ev::Note}},
};
constexpr L kKmemleakAlloc[] = {
    {"if kmemleak is on and ptr is not an error: create_object(ptr, size, min_count, gfp)",
     Fn::Count,
     {Ev::KmemleakCreate, Ev::Note}},
};
constexpr SourceCard kQuotedCards[] = {
    {Fn::vmalloc, "void *vmalloc(unsigned long size)", "mm/vmalloc.c", 1608, kVmalloc},
    {Fn::__vmalloc_node,
     "static void *__vmalloc_node(unsigned long size, unsigned long align, gfp_t gfp_mask, pgprot_t prot, "
     "int node, "
     "void *caller)",
     "mm/vmalloc.c", 1562, kVmallocNode},
    {Fn::__get_vm_area_node,
     "static struct vm_struct *__get_vm_area_node(unsigned long size, unsigned long align, unsigned long "
     "flags, "
     "unsigned long start, unsigned long end, int node, gfp_t gfp_mask, void *caller)",
     "mm/vmalloc.c", 1232, kGetVmAreaNode},
    {Fn::__vmalloc_area_node,
     "static void *__vmalloc_area_node(struct vm_struct *area, gfp_t gfp_mask, pgprot_t prot, int node, void "
     "*caller)",
     "mm/vmalloc.c", 1482, kVmallocAreaNode},
    {Fn::kmemleak_alloc, "void __ref kmemleak_alloc(const void *ptr, size_t size, int min_count, gfp_t gfp)",
     "mm/kmemleak.c", 860, kKmemleakAlloc},
};

bool records(const OutlineLine& line, Ev ev)
{
    for (const Ev e : line.effects)
        if (e == ev)
            return true;
    return false;
}

} // namespace

const SourceCard* sourceCard(Fn fn)
{
    for (const SourceCard& card : kCards)
        if (card.function == fn)
            return &card;
    for (const SourceCard& card : kQuotedCards)
        if (card.function == fn)
            return &card;
    for (const SourceCard& card : linux618Cards())
        if (card.function == fn)
            return &card;
    return nullptr;
}

std::size_t sourceCardLine(const SourceCard& card, const Step* step, Fn callee)
{
    const std::size_t last = card.outline.empty() ? 0 : card.outline.size() - 1;
    if (callee != Fn::Count) {
        for (std::size_t i = 0; i < card.outline.size(); ++i)
            if (card.outline[i].calls == callee)
                return i;
        return 0;
    }
    if (!step || step->kind == StepKind::Call)
        return 0;
    if (step->kind == StepKind::Return)
        return last;
    for (std::size_t i = 0; i < card.outline.size(); ++i)
        if (records(card.outline[i], step->event))
            return i;
    return 0;
}

std::string sourceCardLocation(const SourceCard& card)
{
    if (card.file.empty())
        return "the scenario";
    return std::string(card.file) + ":" + std::to_string(card.line);
}

} // namespace vmviz::teach
