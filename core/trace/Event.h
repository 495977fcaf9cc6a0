#pragma once
// Effect steps: what changed, in one plain sentence. Placeholders as in KernelFunction.h, plus
// {N:Z} zone name and {N:M} migratetype of a packed zone|mt<<8 argument, {N:F} the fallback
// migratetype in byte 2, {N:lo}/{N:hi} low/second byte, {N:L} table level name and {N:I} entry index
// of a packed level|index<<8 argument, {N:e} a page-table entry value with decoded flags,
// {N:o} frame owner name, {N:q} "count/min_count" of a packed count | min_count << 32 argument.
#include <cstdint>
#include <string_view>

namespace vmviz {

/// What an effect touches, so playback can run to "the next effect on frames", "the next PTE write"…
enum EventCategory : std::uint16_t {
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

#define VMVIZ_EVENTS(X)                                                                                           \
    X(Note, CatNone, "{0:s}")                                                                                     \
    X(PageAlign, CatNone, "size = PAGE_ALIGN({0}) = {1}")                                                          \
    X(TooBig, CatNone, "size {0} is 0 or more pages than totalram_pages ({1}): return NULL, silently")            \
    X(GuardPage, CatNone, "\"We always allocate a guard page\": size = {0} + PAGE_SIZE = {1}")                    \
    X(PcpRefillNeeded, CatNone, "the {0:Z} per-CPU {0:M} list is empty: refill it with {1} pages from the buddy allocator") \
    X(PcpTake, CatFrames, "take pfn {0:x} from the head of the {1:Z} per-CPU {1:M} list ({2} left on it)")         \
    X(Rmqueue, CatFrames, "__rmqueue: take the order-{1:lo} block at pfn {0:x} from {2:Z} free_area[{1:lo}] ({2:M})") \
    X(RmqueueFallback, CatFrames,                                                                                  \
      "__rmqueue_fallback: no {2:M} block is free; steal the order-{1:lo} block at pfn {0:x} from the {2:F} list")  \
    X(Expand, CatFrames, "expand: split off the upper half, pfn {0:x}, as an order-{1} block onto free_area[{1}]") \
    X(PcpAdd, CatFrames, "put pfn {0:x} at the head of the {1:Z} per-CPU {1:M} list ({2} on it)")                  \
    X(PcpBulkAdd, CatFrames, "list_add: pfn {0:x} goes onto the {1:Z} per-CPU {1:M} list, after the page before it ({2} on it)") \
    X(PcpDrain, CatFrames, "the per-CPU list reached high={0}: hand {1} pages back to the buddy allocator")         \
    X(BuddyFree, CatFrames, "__free_one_page: pfn {0:x} goes back to the buddy allocator as part of an order-{1} block at pfn {2:x}") \
    X(FrameOwner, CatFrames, "pfn {0:x} is now {1:o}")                                                             \
    X(PageAllocFailure, CatFrames | CatLog, "no free page of order {0} in any allowed zone (gfp {1:g}): the allocation fails") \
    X(FaultInjected, CatScenario, "fault injection: {0:s} is made to fail here")                                    \
    X(SlabPage, CatSlab | CatFrames, "the slab page at pfn {0:x} (order {1}) now belongs to {2:c}")                 \
    X(SlabFreelist, CatSlab, "{1:c}: the new slab at pfn {0:x} holds {2} free objects, linked in address order")  \
    X(SlabCpuSlab, CatSlab, "{1:c}: the slab at pfn {0:x} becomes this CPU's slab ({2} free objects)")           \
    X(SlabDeactivate, CatSlab, "{1:c}: the full slab at pfn {0:x} leaves this CPU ({2} objects in use)")          \
    X(SlabPartial, CatSlab, "{1:c}: the slab at pfn {0:x} goes onto the partial list ({2} objects in use)")       \
    X(SlabObjectAlloc, CatSlab, "take object {0:a} from {1:c} (slab at pfn {2:x})")                               \
    X(SlabObjectFree, CatSlab, "object {0:a} goes back on the freelist of {1:c} (slab at pfn {2:x})")              \
    X(SlabObjectRole, CatSlab, "object {0:a} is {1:s}")                                                            \
    X(SlabPageFreed, CatSlab | CatFrames, "the empty slab at pfn {0:x} of {1:c} goes back to the page allocator")  \
    X(KmemleakCreate, CatKmemleak, "create kmemleak object {0:a}: size {1}, min_count {2:i} (white, count 0)")    \
    X(KmemleakDelete, CatKmemleak, "delete kmemleak object {0:a}")                                                 \
    X(KmemleakUnknown, CatKmemleak, "no kmemleak object starts at {0:a}: nothing to delete")                      \
    X(KmlScanStart, CatKmemleak, "jiffies_last_scan = {0}; every object's count = 0 ({1} objects; {2} with min_count 0 start gray)") \
    X(KmlRootRef, CatKmemleak, "root {0:s} points into {1:a}: count {2:q}")                                        \
    X(KmlRootRefGray, CatKmemleak, "root {0:s} points into {1:a}: count {2:q}, it turns gray")                     \
    X(KmlObjectRef, CatKmemleak, "{0:a} points into {1:a}: count {2:q}")                                           \
    X(KmlObjectRefGray, CatKmemleak, "{0:a} points into {1:a}: count {2:q}, it turns gray")                        \
    X(KmlScanObject, CatKmemleak, "scan gray object {0:a} ({1} bytes) for pointers")                               \
    X(KmlChecksumChanged, CatKmemleak, "white {0:a} changed since the last scan (crc {1:x}, was {2:x}): gray for this scan, not reported") \
    X(KmlReported, CatKmemleak, "{0:a} is white ({1:q}) and at least 5 s old: a new suspected leak")               \
    X(KmlTooYoung, CatKmemleak, "{0:a} is white ({1:q}) but younger than 5 s at the scan's start: not reported")   \
    X(KmlClear, CatKmemleak, "clear: reported {0:a} turns gray for good (min_count = 0)")                         \
    X(VmapOverflow, CatVmap, "no hole of {0} bytes between VMALLOC_START and VMALLOC_END: purge lazily freed areas and retry once") \
    X(VmapReserve, CatVmap, "reserve [{0:a}, {1:a}): the lowest hole that fits {2} bytes")                          \
    X(VmapFill, CatVmap, "vm->addr = {0:a}, vm->size = {1}, vm->flags = {2:v}; va->private = vm; va->flags |= VM_VM_AREA") \
    X(VmlistInsert, CatVmap, "link the vm_struct into vmlist, which is sorted by address (areas on vmlist: {0})")                \
    X(VmlistRemove, CatVmap, "unlink the vm_struct of {0:a} from vmlist: it leaves /proc/vmallocinfo")              \
    X(NrPages, CatVmap, "area->nr_pages = {0}; the page array needs {1} bytes: {2:s}")                              \
    X(SetVpages, CatVmap, "area->flags |= VM_VPAGES (the page array was vmalloc'ed)")                               \
    X(PagesArray, CatVmap, "area->pages = {0:a}")                                                                   \
    X(PageStore, CatVmap, "area->pages[{0}] = page of pfn {1:x}")                                                   \
    X(NrPagesCut, CatVmap, "page {0} could not be allocated: area->nr_pages = {0}, free the partial area")         \
    X(TableAlloc, CatPageTable | CatFrames, "take zeroed pfn {0:x} as the new {1:L} table")                        \
    X(EntryWrite, CatPageTable | CatPteWrite, "{1:L}[{1:I}] = {0:e}")                                             \
    X(EntryBusy, CatPageTable | CatWarn, "WARN_ON(!pte_none(*pte)): {1:L}[{1:I}] already holds {0:e}")             \
    X(PtesCleared, CatPageTable | CatPteWrite, "vunmap_pte_range: clear {0} PTEs in the PTE table at pfn {1:x}")   \
    X(TlbFlush, CatNone, "flush_tlb_kernel_range({0:a}, {1:a}): one flush for the whole purge")                    \
    X(VmSizeShrink, CatVmap, "vm->size -= PAGE_SIZE: {0} (the guard page no longer counts)")                       \
    X(LazyFree, CatVmap, "va->flags |= VM_LAZY_FREE; vmap_lazy_nr += {0} = {1} (lazy_max_pages = {2}); PTEs stay until the purge") \
    X(LazyPurgeNeeded, CatVmap, "vmap_lazy_nr {0} > lazy_max_pages {1}: try to purge now")                         \
    X(PurgeMark, CatVmap, "purge: [{0:a}, {1:a}) is VM_LAZY_FREEING; unmap it")                                    \
    X(PurgeRelease, CatVmap, "__free_vmap_area: [{0:a}, {1:a}) leaves vmap_area_root; the address range is free again") \
    X(LazyNrSub, CatVmap, "vmap_lazy_nr -= {0} = {1}")                                                             \
    X(PurgeNothing, CatNone, "no lazily freed areas: nothing to purge")                                            \
    X(VfreeNull, CatNone, "vfree(NULL): nothing to do")                                                            \
    X(LogLine, CatLog, "printk: {0:s}")                                                                             \
    X(Warn, CatWarn | CatLog, "WARNING: {0:s}")                                                                     \
    X(Oops, CatWarn | CatLog, "Oops: {0:s}")                                                                        \
    X(TaskKilled, CatWarn, "the oops kills the task: its {0} open calls never return (vmviz goes on with the next line)")                                                                     \
    X(VarAssign, CatScenario, "{0:s} = {1:a}")                                                                      \
    X(VarLeak, CatScenario | CatKmemleak, "{0:s}: the caller drops its pointer {1:a} (a leak, if nothing else points there)") \
    X(Sleep, CatScenario, "time passes: {0} ms; jiffies = {1}")                                                    \
    X(FaultArmed, CatScenario, "fault injection: {0:s}")                                                           \
    X(Write, CatScenario, "write {1} bytes at {0:a}")                                                               \
    X(KmemleakAlias, CatKmemleak, "{0:a} is inside kmemleak object {1:a}, not at its start: lookup_object() finds it only by alias and returns NULL, so nothing is deleted and the object stays tracked")

enum class Ev : std::uint16_t {
#define VMVIZ_ENUM(e, category, format) e,
    VMVIZ_EVENTS(VMVIZ_ENUM)
#undef VMVIZ_ENUM
        Count
};

struct EventInfo
{
    std::string_view name;
    std::uint16_t categories;
    std::string_view format;
};

const EventInfo& eventInfo(Ev ev);

} // namespace vmviz
