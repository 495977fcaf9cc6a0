// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Effect steps: what changed, in one plain sentence, and what each of the step's three arguments
// means (its ArgRole, StepRoles.h), so no reader has to guess from a position. Placeholders as in
// KernelFunction.h, plus {N:Z} zone name, {N:M} migratetype and {N:F} fallback migratetype of a
// ZoneMigratetype argument, {N:lo}/{N:hi} the taken/requested order of a BlockOrders argument,
// {N:L} table level name and {N:I} entry index of a TableEntry argument, {N:e} a page-table entry
// value with decoded flags (read at the level of the TableEntry in argument N+1), {N:o} frame owner name,
// {N:q} "count/min_count" of a CountMinCount argument.
#include "base/Translatable.h"
#include "trace/StepRoles.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace vmviz {

/// What an effect touches, so playback can run to "the next effect on frames", "the next PTE write"…
enum EventCategory : std::uint16_t
{
    CatNone = 0,
    CatFrames = 1 << 0,
    CatSlab = 1 << 1,
    CatVmap = 1 << 2,
    CatPageTable = 1 << 3,
    CatPteWrite = 1 << 4,
    CatKmemleak = 1 << 5,
    CatWarn = 1 << 6,
    CatLog = 1 << 7,
    CatScenario = 1 << 8,
};

// X(event, categories, role of {0}, role of {1}, role of {2}, sentence). Every event states all
// three roles; a slot the event does not use is Unused and always 0. Every sentence is marked for
// translation (context "Narration"), even one that is all code, so the window can show each step
// in its language and a test can check that the catalogue has every sentence the core says.
// clang-format off
#define VMVIZ_EVENTS(X)                                                                                                 \
    X(Note,                CatNone,                     Text,                Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:s}")) \
    X(PageAlign,           CatNone,                     SizeBytes,           SizeBytes,          Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "size = PAGE_ALIGN({0}) = {1}")) \
    X(TooBig,              CatNone,                     SizeBytes,           PageCount,          PageCount,             \
      VMVIZ_TRANSLATE_NOOP("Narration", "size {0} is {2} pages, more than totalram_pages ({1}): return NULL, silently")) \
    X(SizeZero,            CatNone,                     SizeBytes,           Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "size {0} is 0 pages: return NULL, silently")) \
    X(GuardPage,           CatNone,                     SizeBytes,           SizeBytes,          Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "\"We always allocate a guard page\": size = {0} + PAGE_SIZE = {1}")) \
    X(PcpRefillNeeded,     CatNone,                     ZoneMigratetype,     PageCount,          Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "the {0:Z} per-CPU {0:M} list is empty: refill it with {1} pages from the buddy allocator")) \
    X(PcpTake,             CatFrames,                   Frame,               ZoneMigratetype,    PageCount,             \
      VMVIZ_TRANSLATE_NOOP("Narration", "take pfn {0:x} from the head of the {1:Z} per-CPU {1:M} list ({2} left on it)")) \
    X(Rmqueue,             CatFrames,                   Frame,               BlockOrders,        ZoneMigratetype,       \
      VMVIZ_TRANSLATE_NOOP("Narration", "__rmqueue: take the order-{1:lo} block at pfn {0:x} from {2:Z} free_area[{1:lo}] ({2:M})")) \
    X(RmqueueFallback,     CatFrames,                   Frame,               BlockOrders,        ZoneMigratetype,       \
      VMVIZ_TRANSLATE_NOOP("Narration", "__rmqueue_fallback: no {2:M} block is free; steal the order-{1:lo} block at pfn {0:x} from the {2:F} list")) \
    X(Expand,              CatFrames,                   Frame,               Order,              Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "expand: split off the upper half, pfn {0:x}, as an order-{1} block onto free_area[{1}]")) \
    X(PcpAdd,              CatFrames,                   Frame,               ZoneMigratetype,    PageCount,             \
      VMVIZ_TRANSLATE_NOOP("Narration", "put pfn {0:x} at the head of the {1:Z} per-CPU {1:M} list ({2} on it)")) \
    X(PcpBulkAdd,          CatFrames,                   Frame,               ZoneMigratetype,    PageCount,             \
      VMVIZ_TRANSLATE_NOOP("Narration", "list_add: pfn {0:x} goes onto the {1:Z} per-CPU {1:M} list, after the page before it ({2} on it)")) \
    X(PcpDrain,            CatFrames,                   PageCount,           PageCount,          Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "the per-CPU list reached high={0}: hand {1} pages back to the buddy allocator")) \
    X(PcpAllocBatch618,    CatNone,                     PageCount,           Number,             PageCount,             \
      VMVIZ_TRANSLATE_NOOP("Narration", "nr_pcp_alloc: refill {0} pages (pcp->batch doubled once per refill with no free between, kept under " \
      "pcp->high); alloc_factor is now {1}, pcp->high {2}")) \
    X(BuddyFree,           CatFrames,                   Frame,               Order,              BlockPfn,              \
      VMVIZ_TRANSLATE_NOOP("Narration", "__free_one_page: pfn {0:x} goes back to the buddy allocator as part of an order-{1} block at pfn {2:x}")) \
    X(FrameOwner,          CatFrames,                   Frame,               Owner,              Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "pfn {0:x} is now {1:o}")) \
    X(PageAllocFailure,    CatFrames | CatLog,          Order,               GfpMask,            Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "no free page of order {0} in any allowed zone (gfp {1:g}): the allocation fails")) \
    X(FaultInjected,       CatScenario,                 Text,                Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "fault injection: {0:s} is made to fail here")) \
    X(SlabPage,            CatSlab | CatFrames,         Frame,               Order,              KmallocCacheIndex,     \
      VMVIZ_TRANSLATE_NOOP("Narration", "the slab page at pfn {0:x} (order {1}) now belongs to {2:c}")) \
    X(SlabFreelist,        CatSlab,                     SlabPfn,             KmallocCacheIndex,  ObjectCount,           \
      VMVIZ_TRANSLATE_NOOP("Narration", "{1:c}: the new slab at pfn {0:x} holds {2} free objects, linked in address order")) \
    X(SlabCpuSlab,         CatSlab,                     SlabPfn,             KmallocCacheIndex,  ObjectCount,           \
      VMVIZ_TRANSLATE_NOOP("Narration", "{1:c}: the slab at pfn {0:x} becomes this CPU's slab ({2} free objects)")) \
    X(SlabDeactivate,      CatSlab,                     SlabPfn,             KmallocCacheIndex,  ObjectCount,           \
      VMVIZ_TRANSLATE_NOOP("Narration", "{1:c}: the full slab at pfn {0:x} leaves this CPU ({2} objects in use)")) \
    X(SlabPartial,         CatSlab,                     SlabPfn,             KmallocCacheIndex,  ObjectCount,           \
      VMVIZ_TRANSLATE_NOOP("Narration", "{1:c}: the slab at pfn {0:x} goes onto the partial list ({2} objects in use)")) \
    X(SlabObjectAlloc,     CatSlab,                     SlabObject,          KmallocCacheIndex,  SlabPfn,               \
      VMVIZ_TRANSLATE_NOOP("Narration", "take object {0:a} from {1:c} (slab at pfn {2:x})")) \
    X(SlabObjectFree,      CatSlab,                     SlabObject,          KmallocCacheIndex,  SlabPfn,               \
      VMVIZ_TRANSLATE_NOOP("Narration", "object {0:a} goes back on the freelist of {1:c} (slab at pfn {2:x})")) \
    X(SlabObjectRole,      CatSlab,                     SlabObject,          Text,               Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "object {0:a} is {1:s}")) \
    X(SlabPageFreed,       CatSlab | CatFrames,         Frame,               KmallocCacheIndex,  Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "the empty slab at pfn {0:x} of {1:c} goes back to the page allocator")) \
    X(KmemleakCreate,      CatKmemleak,                 KmemleakObject,      SizeBytes,          MinCount,              \
      VMVIZ_TRANSLATE_NOOP("Narration", "create kmemleak object {0:a}: size {1}, min_count {2:i} (white, count 0)")) \
    X(KmemleakDelete,      CatKmemleak,                 KmemleakObject,      Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "delete kmemleak object {0:a}")) \
    X(KmemleakUnknown,     CatKmemleak,                 Pointer,             Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "no kmemleak object starts at {0:a}: nothing to delete")) \
    X(KmlScanStart,        CatKmemleak,                 Jiffies,             ObjectCount,        ObjectCount,           \
      VMVIZ_TRANSLATE_NOOP("Narration", "jiffies_last_scan = {0}; every object's count = 0 ({1} objects; {2} with min_count 0 start gray)")) \
    X(KmlRootRef,          CatKmemleak,                 Text,                KmemleakObject,     CountMinCount,         \
      VMVIZ_TRANSLATE_NOOP("Narration", "root {0:s} points into {1:a}: count {2:q}")) \
    X(KmlRootRefGray,      CatKmemleak,                 Text,                KmemleakObject,     CountMinCount,         \
      VMVIZ_TRANSLATE_NOOP("Narration", "root {0:s} points into {1:a}: count {2:q}, it turns gray")) \
    X(KmlObjectRef,        CatKmemleak,                 ScannedObject,       KmemleakObject,     CountMinCount,         \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:a} points into {1:a}: count {2:q}")) \
    X(KmlObjectRefGray,    CatKmemleak,                 ScannedObject,       KmemleakObject,     CountMinCount,         \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:a} points into {1:a}: count {2:q}, it turns gray")) \
    X(KmlScanObject,       CatKmemleak,                 KmemleakObject,      SizeBytes,          Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "scan gray object {0:a} ({1} bytes) for pointers")) \
    X(KmlChecksumChanged,  CatKmemleak,                 KmemleakObject,      Checksum,           Checksum,              \
      VMVIZ_TRANSLATE_NOOP("Narration", "white {0:a} changed since the last scan (crc {1:x}, was {2:x}): gray for this scan, not reported")) \
    X(KmlReported,         CatKmemleak,                 KmemleakObject,      CountMinCount,      Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:a} is white ({1:q}) and at least 5 s old: a new suspected leak")) \
    X(KmlTooYoung,         CatKmemleak,                 KmemleakObject,      CountMinCount,      Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:a} is white ({1:q}) but younger than 5 s at the scan's start: not reported")) \
    X(KmlClear,            CatKmemleak,                 KmemleakObject,      Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "clear: reported {0:a} turns gray for good (min_count = 0)")) \
    X(VmapOverflow,        CatVmap,                     SizeBytes,           Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "no hole of {0} bytes between VMALLOC_START and VMALLOC_END: purge lazily freed areas and retry once")) \
    X(VmapReserve,         CatVmap,                     Address,             AddressEnd,         SizeBytes,             \
      VMVIZ_TRANSLATE_NOOP("Narration", "reserve [{0:a}, {1:a}): the lowest hole that fits {2} bytes")) \
    X(VmapFill,            CatVmap,                     Address,             SizeBytes,          VmFlags,               \
      VMVIZ_TRANSLATE_NOOP("Narration", "vm->addr = {0:a}, vm->size = {1}, vm->flags = {2:v}; va->private = vm; va->flags |= VM_VM_AREA")) \
    X(VmlistInsert,        CatVmap,                     Number,              Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "link the vm_struct into vmlist, which is sorted by address (areas on vmlist: {0})")) \
    X(VmlistRemove,        CatVmap,                     Address,             Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "unlink the vm_struct of {0:a} from vmlist: it leaves /proc/vmallocinfo")) \
    X(NrPages,             CatVmap,                     PageCount,           SizeBytes,          Text,                  \
      VMVIZ_TRANSLATE_NOOP("Narration", "area->nr_pages = {0}; the page array needs {1} bytes: {2:s}")) \
    X(SetVpages,           CatVmap,                     Unused,              Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "area->flags |= VM_VPAGES (the page array was vmalloc'ed)")) \
    X(PagesArray,          CatVmap,                     PageArray,           Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "area->pages = {0:a}")) \
    X(PageStore,           CatVmap,                     PageIndex,           Frame,              Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "area->pages[{0}] = page of pfn {1:x}")) \
    X(NrPagesCut,          CatVmap,                     PageIndex,           Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "page {0} could not be allocated: area->nr_pages = {0}, free the partial area")) \
    X(TableAlloc,          CatPageTable | CatFrames,    Frame,               PageTableLevel,     Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "take zeroed pfn {0:x} as the new {1:L} table")) \
    X(EntryWrite,          CatPageTable | CatPteWrite,  EntryValue,          TableEntry,         TablePfn,              \
      VMVIZ_TRANSLATE_NOOP("Narration", "{1:L}[{1:I}] = {0:e}")) \
    X(EntryBusy,           CatPageTable | CatWarn,      ExistingEntryValue,  TableEntry,         TablePfn,              \
      VMVIZ_TRANSLATE_NOOP("Narration", "WARN_ON(!pte_none(*pte)): {1:L}[{1:I}] already holds {0:e}")) \
    X(PtesCleared,         CatPageTable | CatPteWrite,  EntryCount,          TablePfn,           Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "vunmap_pte_range: clear {0} PTEs in the PTE table at pfn {1:x}")) \
    X(TlbFlush,            CatNone,                     Address,             AddressEnd,         Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "flush_tlb_kernel_range({0:a}, {1:a}): one flush for the whole purge")) \
    X(VmSizeShrink,        CatVmap,                     SizeBytes,           Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "vm->size -= PAGE_SIZE: {0} (the guard page no longer counts)")) \
    X(LazyFree,            CatVmap,                     PageCount,           PageCount,          PageCount,             \
      VMVIZ_TRANSLATE_NOOP("Narration", "va->flags |= VM_LAZY_FREE; vmap_lazy_nr += {0} = {1} (lazy_max_pages = {2}); PTEs stay until the purge")) \
    X(LazyPurgeNeeded,     CatVmap,                     PageCount,           PageCount,          Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_lazy_nr {0} > lazy_max_pages {1}: try to purge now")) \
    X(PurgeMark,           CatVmap,                     Address,             AddressEnd,         Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "purge: [{0:a}, {1:a}) is VM_LAZY_FREEING; unmap it")) \
    X(PurgeRelease,        CatVmap,                     Address,             AddressEnd,         Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "__free_vmap_area: [{0:a}, {1:a}) leaves vmap_area_root; the address range is free again")) \
    X(RcuFreeQueued,       CatVmap,                     VmapArea,            Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "call_rcu(&va->rcu_head, rcu_free_va): the vmap_area {0:a} is kfree'd after an RCU grace period, not now")) \
    X(RcuGracePeriod,      CatVmap,                     ObjectCount,         Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "the task sleeps, so an RCU grace period ends: {0} queued rcu_free_va callbacks run")) \
    X(LazyNrSub,           CatVmap,                     PageCount,           PageCount,          Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_lazy_nr -= {0} = {1}")) \
    X(PurgeNothing,        CatNone,                     Unused,              Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "no lazily freed areas: nothing to purge")) \
    X(VfreeNull,           CatNone,                     Unused,              Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "vfree(NULL): nothing to do")) \
    X(LogLine,             CatLog,                      Text,                Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "printk: {0:s}")) \
    X(Warn,                CatWarn | CatLog,            Text,                Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "WARNING: {0:s}")) \
    X(Oops,                CatWarn | CatLog,            Text,                Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "Oops: {0:s}")) \
    X(OomKill,             CatWarn | CatLog,            Text,                Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "no page anywhere and nothing to reclaim: the OOM killer picks the only task there is. {0:s}")) \
    X(TaskKilled,          CatWarn,                     Number,              Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "the oops kills the task: its {0} open calls never return (vmviz goes on with the next line)")) \
    X(VarAssign,           CatScenario,                 Text,                Pointer,            Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:s} = {1:a}")) \
    X(VarLeak,             CatScenario | CatKmemleak,   Text,                Pointer,            Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:s}: the caller drops its pointer {1:a} (a leak, if nothing else points there)")) \
    X(Sleep,               CatScenario,                 Milliseconds,        Jiffies,            Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "time passes: {0} ms; jiffies = {1}")) \
    X(FaultArmed,          CatScenario,                 Text,                Unused,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "fault injection: {0:s}")) \
    X(Write,               CatScenario,                 Pointer,             SizeBytes,          Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "write {1} bytes at {0:a}")) \
    X(KmemleakAlias,       CatKmemleak,                 Pointer,             KmemleakObject,     Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:a} is inside kmemleak object {1:a}, not at its start: lookup_object() finds " \
      "it only by alias and returns NULL, so nothing is deleted and the object stays tracked")) \
    X(Chapter,             CatScenario,                 Text,                Number,             Unused,                \
      VMVIZ_TRANSLATE_NOOP("Narration", "chapter {1}: {0:s}")) \
    X(GuardPage618,       CatNone,                     SizeBytes,           SizeBytes,          Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "no VM_NO_GUARD in flags: size = {0} + PAGE_SIZE = {1} (the guard page, never mapped)")) \
    X(VmInit618,          CatVmap,                     VmFlags,             SizeBytes,          Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "area->flags = {0:v}, area->caller = the caller, area->requested_size = {1}")) \
    X(ScanArea618,        CatKmemleak,                 VmapArea,            Unused,             Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmemleak_scan_area(&va->rb_node, SIZE_MAX): kmemleak scans {0:a} from rb_node on, so va_start and va_end are no references")) \
    X(PreloadSpare,       CatSlab,                     VmapArea,            Unused,             Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "this CPU's ne_fit_preload_node was empty: {0:a} waits there as the spare for an NE fit")) \
    X(LowestMatch,        CatVmap,                     Address,             AddressEnd,         SizeBytes,              \
      VMVIZ_TRANSLATE_NOOP("Narration", "find_vmap_lowest_match: [{0:a}, {1:a}) is the lowest free block that fits {2} bytes")) \
    X(ClipFl,             CatVmap,                     Address,             AddressEnd,         Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "va_clip: FL fit, [{0:a}, {1:a}) is used up: unlink it from free_vmap_area_root and kmem_cache_free it")) \
    X(ClipLe,             CatVmap,                     Address,             AddressEnd,         Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "va_clip: LE fit, the area takes the block's left edge: the free block is now [{0:a}, {1:a})")) \
    X(ClipRe,             CatVmap,                     Address,             AddressEnd,         Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "va_clip: RE fit, the area takes the block's right edge: the free block is now [{0:a}, {1:a})")) \
    X(ClipNe,             CatVmap,                     Address,             AddressEnd,         VmapArea,               \
      VMVIZ_TRANSLATE_NOOP("Narration", "va_clip: NE fit, the block splits: the preloaded spare {2:a} becomes the left remainder [{0:a}, {1:a}), the block keeps the right one")) \
    X(BusyInsert,         CatVmap,                     Address,             SizeBytes,          Number,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "vm->addr = {0:a}, vm->size = {1}, va->vm = vm; the vmap_area goes into vmap node {2}'s busy tree")) \
    X(ClearUninitialized, CatVmap,                     VmFlags,             Unused,             Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "area->flags &= ~VM_UNINITIALIZED = {0:v}: the area is set up and shows in /proc/vmallocinfo")) \
    X(ExcessRef,          CatKmemleak,                 VmStruct,            Address,            Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "object_set_excess_ref({0:a}, {1:a}): a reference to the vm_struct beyond its own counts for the block at {1:a}")) \
    X(BusyUnlink,         CatVmap,                     Address,             AddressEnd,         Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "find_unlink_vmap_area: [{0:a}, {1:a}) leaves the busy tree, and /proc/vmallocinfo with it")) \
    X(LazyFree618,        CatVmap,                     PageCount,           PageCount,          PageCount,              \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_lazy_nr += {0} = {1} (lazy_max_pages = {2}); the vmap_area goes onto the lazy tree; its address range waits for the purge")) \
    X(DrainScheduled,     CatVmap,                     PageCount,           PageCount,          Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_lazy_nr {0} > lazy_max_pages {1}: schedule_work(&drain_vmap_work); a kworker purges later, not this task")) \
    X(PurgeTake,          CatVmap,                     Address,             AddressEnd,         Number,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap node {2}: [{0:a}, {1:a}) moves from the lazy tree to the purge list")) \
    X(FreeMerge,          CatVmap,                     Address,             AddressEnd,         Text,                   \
      VMVIZ_TRANSLATE_NOOP("Narration", "merge_or_add_vmap_area: [{0:a}, {1:a}) returns to free space: {2:s}")) \
    X(KmlExcessRef,      CatKmemleak,                 VmStruct,            KmemleakObject,     CountMinCount,         \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:a} is gray already: its excess_ref passes the reference on to {1:a} ({2:q})")) \
    X(PoolEmpty,          CatVmap,                     SizeBytes,           Number,             Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap node {1}'s pool of {0}-byte vmap_areas is empty: take one from the cache and search the free tree"))         \
    X(PoolTake,           CatVmap,                     Address,             AddressEnd,         Number,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "node_pool_del_va: [{0:a}, {1:a}) comes off the head of vmap node {2}'s pool (last in, first out), ready to use: no search, no new vmap_area"))\
    X(VnId,               CatVmap,                     Number,             Number,             Unused,                  \
      VMVIZ_TRANSLATE_NOOP("Narration", "va->flags = encode_vn_id({0}) = {1:x}: when this area is purged, its vmap_area goes back to vmap node {0}'s pool"))\
    X(PoolAdd,            CatVmap,                     Address,             AddressEnd,         Number,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "[{0:a}, {1:a}) goes to the head of vmap node {2}'s pool for its size, not back to the free tree"))                \
    X(PoolDecay,          CatVmap,                     Number,              Number,             Number,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap node {0}: {1} pooled vmap_areas of one size go back to the free tree, {2} stay in the pool"))                \
    X(HugeShift,          CatVmap,                     SizeBytes,           Alignment,          Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "VM_ALLOW_HUGE_VMAP and size {0} >= PMD_SIZE: shift = PMD_SHIFT, align = {1}: the area is mapped with 2 MiB PMD entries"))\
    X(HugeFallback,       CatVmap,                     Alignment,           Unused,             Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "the huge attempt failed: shift = PAGE_SHIFT, align = {0}, and everything is tried again with 4 KiB pages"))     \
    X(PmdFreePteTable,    CatPageTable | CatFrames,    Frame,               TableEntry,         TablePfn,               \
      VMVIZ_TRANSLATE_NOOP("Narration", "pmd_free_pte_page: {1:L}[{1:I}] pointed to an empty PTE table at pfn {0:x}: clear the entry and free the table"))\
    X(HugePmdCleared,     CatPageTable | CatPteWrite,  Address,             TableEntry,         TablePfn,               \
      VMVIZ_TRANSLATE_NOOP("Narration", "pmd_clear_huge: the 2 MiB leaf {1:L}[{1:I}] for {0:a} is cleared"))\
    X(KmallocGfpAdjust,   CatSlab,                     SizeBytes,           GfpMask,            Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmalloc_gfp_adjust: {0} > PAGE_SIZE, so kmalloc is tried with {1:g}: __GFP_NOWARN added, direct reclaim and __GFP_NOFAIL taken away (vmalloc is the fallback)"))\
    X(KmallocLarge,       CatSlab | CatFrames,         Frame,               Order,              SizeBytes,              \
      VMVIZ_TRANSLATE_NOOP("Narration", "___kmalloc_large_node: {2} > KMALLOC_MAX_CACHE_SIZE (8192), so the order-{1} compound page at pfn {0:x} is the object itself, marked large_kmalloc (no slab, no cache)"))\
    X(KmallocOrderTooBig, CatFrames,                   Order,               GfpMask,            Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "get_order(size) = {0} > MAX_PAGE_ORDER (10): __alloc_frozen_pages_noprof returns NULL at once, and its WARN_ON_ONCE_GFP stays quiet because {1:g} has __GFP_NOWARN"))\
    X(KmallocLargeFree,   CatSlab | CatFrames,         Frame,               Order,              Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "the folio at pfn {0:x} is not a slab: its order-{1} compound page goes back to the page allocator"))\
    X(KvmallocFallback,   CatVmap,                     SizeBytes,           Unused,             Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmalloc failed and {0} > PAGE_SIZE: fall back to vmalloc, with VM_ALLOW_HUGE_VMAP"))\
    X(KvmallocNoFallback, CatSlab,                     SizeBytes,           Unused,             Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmalloc failed, but {0} <= PAGE_SIZE: kvmalloc never falls back to vmalloc for a sub-page request, so it returns NULL"))\
    X(KvmallocTooBig,     CatNone,                     SizeBytes,           Unused,             Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0} > INT_MAX: kvmalloc refuses the size, WARN_ON_ONCE(!(flags & __GFP_NOWARN)), and returns NULL"))\
    X(IsVmallocAddr,      CatNone,                     Address,             Flag,               Unused,                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "is_vmalloc_addr({0:a}) = {1}: VMALLOC_START <= addr < VMALLOC_END decides between vfree (1) and kfree (0)"))

// clang-format on

enum class Ev : std::uint16_t
{
#define VMVIZ_ENUM(e, category, role0, role1, role2, format) e,
    VMVIZ_EVENTS(VMVIZ_ENUM)
#undef VMVIZ_ENUM
        Count
};

struct EventInfo
{
    std::string_view name;
    std::uint16_t categories;
    std::array<ArgRole, 3> roles;
    std::string_view format;
};

const EventInfo& eventInfo(Ev ev);

} // namespace vmviz
