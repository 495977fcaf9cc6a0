#include "steps/PlainLanguage.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "paging/PageTables.h"
#include "steps/Narration.h"
#include "trace/StepRoles.h"

namespace vmviz {

// Every switch below names every enumerator and has no default: a new function or event does not
// compile (-Wswitch, -Werror) until it has its plain sentence.

std::string_view plainCallFormat(Fn fn)
{
    switch (fn) {
    case Fn::Caller:
        return "Your module runs this line of its code; every step below happens inside it.";
    case Fn::vmalloc:
        return "The module asks for {0} bytes that look contiguous at one kernel address; the pages "
               "behind them may be scattered anywhere in RAM.";
    case Fn::vmalloc_32:
        return "Like vmalloc, but every page must lie below 4 GiB of physical memory, for devices that "
               "can only reach 32-bit addresses.";
    case Fn::vmalloc_user:
        return "Like vmalloc, but the memory is zeroed, because it may later be mapped into a user "
               "process that must not see old kernel data.";
    case Fn::__vmalloc:
        return "The general vmalloc: the caller also chooses how pages may be found (the gfp flags) and "
               "how they are mapped (the protection bits).";
    case Fn::__vmalloc_node:
        return "The worker behind every vmalloc variant: round the size up to whole pages, reserve "
               "addresses, get the pages, map them.";
    case Fn::__get_vm_area_node:
        return "Reserve a range of kernel virtual addresses (no memory yet) and describe it in a struct "
               "vm_struct.";
    case Fn::kzalloc_node:
        return "Allocate a small zeroed kernel object of {0} bytes from the slab allocator: calloc() for "
               "the kernel.";
    case Fn::kmalloc_node:
        return "Allocate a small kernel object of {0} bytes from the slab allocator: malloc() for the "
               "kernel's small sizes.";
    case Fn::kfree:
        return "Give a small slab object back: free() for the kernel.";
    case Fn::new_slab:
        return "The {0:c} cache has no free object left, so it takes a fresh page and cuts it into "
               "equal objects.";
    case Fn::discard_slab:
        return "No object of this slab page is in use any more, so the whole page goes back to the "
               "page allocator.";
    case Fn::alloc_vmap_area:
        return "Find a free hole of {0} bytes between VMALLOC_START and VMALLOC_END and record it in a "
               "struct vmap_area, the kernel's note of a used address range.";
    case Fn::insert_vmalloc_vm:
        return "Tie the two records together (vm_struct and vmap_area) and add the area to vmlist, the "
               "list /proc/vmallocinfo prints.";
    case Fn::__vmalloc_area_node:
        return "Fill the reserved range: get one physical page per virtual page, remember them in an "
               "array, then map them.";
    case Fn::alloc_page:
        return "Ask the page allocator for one 4 KiB page of RAM (one page frame).";
    case Fn::alloc_pages:
        return "Ask the page allocator for a block of 2^{1} physically contiguous page frames (order {1}).";
    case Fn::rmqueue_bulk:
        return "This CPU's private stock of free pages is empty, so take {1} pages from the buddy "
               "allocator at once: one lock, many pages.";
    case Fn::map_vm_area:
        return "Write the page tables so that each virtual page of the area leads to its physical page.";
    case Fn::vmap_page_range:
        return "Walk the four-level page table for [{0:a}, {1:a}): create the tables that are missing "
               "and write one PTE per page.";
    case Fn::pud_alloc:
        return "Find the PUD table (level 2 of 4) for this address, creating it if PGD entry {0} is "
               "still empty.";
    case Fn::pmd_alloc:
        return "Find the PMD table (level 3 of 4) for this address, creating it if PUD entry {0} is "
               "still empty.";
    case Fn::pte_alloc_kernel:
        return "Find the PTE table (the last level) for this address, creating it if PMD entry {0} is "
               "still empty.";
    case Fn::kmemleak_alloc:
        return "Tell kmemleak, the kernel's leak detector, about a new block of {1} bytes, so a later "
               "scan can check that something still points to it.";
    case Fn::kmemleak_free:
        return "Tell kmemleak that the block at {0:a} is freed on purpose, so it stops watching it.";
    case Fn::vfree:
        return "The buffer at {0:a} is given back: unmap it, free its pages, release its addresses.";
    case Fn::__vunmap:
        return "The worker behind vfree: remove the area's records, then free its pages and its page "
               "array.";
    case Fn::remove_vm_area:
        return "Find the area that starts at {0:a}, take it off vmlist and mark its address range as "
               "free-later.";
    case Fn::free_unmap_vmap_area_noflush:
        return "Mark the range as freed lazily: its page tables are cleared later, in one batch with "
               "others, to save TLB flushes.";
    case Fn::try_purge_vmap_area_lazy:
        return "Enough lazily freed ranges have piled up: try to clean them all up now.";
    case Fn::purge_vmap_area_lazy:
        return "Clean up every lazily freed range now (vmalloc needs the addresses back).";
    case Fn::__purge_vmap_area_lazy:
        return "The purge: clear the page tables of every lazily freed range, flush the TLB once, and "
               "release the addresses.";
    case Fn::rcu_free_va:
        return "No CPU can still be reading this vmap_area (an RCU grace period has passed), so its "
               "memory can finally be freed.";
    case Fn::__free_page:
        return "Give the page frame at pfn {0:x} back to the page allocator.";
    case Fn::__free_pages:
        return "Give 2^{1} page frames starting at pfn {0:x} back to the page allocator.";
    case Fn::free_pcppages_bulk:
        return "This CPU keeps too many free pages to itself: give {1} of them back to the buddy "
               "allocator.";
    case Fn::kmemleak_scan:
        return "kmemleak looks for leaks: it searches memory for pointers to every block it watches; a "
               "block nothing points to is a suspected leak.";
    case Fn::kmemleak_clear:
        return "Forget the leaks reported so far (echo clear > /sys/kernel/debug/kmemleak).";
    case Fn::warn_slowpath_fmt:
        return "The kernel found something that should never happen: it prints a WARNING with a "
               "backtrace and carries on.";
    case Fn::vmalloc_noprof:
        return "Linux 6.18's vmalloc: the module asks for {0} bytes that look contiguous at one kernel "
               "address (the _noprof name is the real function behind the memory-profiling wrapper).";
    case Fn::vmalloc_32_noprof:
        return "Linux 6.18's vmalloc_32: like vmalloc, but every page must lie below 4 GiB of physical "
               "memory.";
    case Fn::vmalloc_user_noprof:
        return "Linux 6.18's vmalloc_user: zeroed memory that may later be mapped into a user process.";
    case Fn::__vmalloc_noprof:
        return "Linux 6.18's general vmalloc: the caller also chooses the gfp flags.";
    case Fn::__vmalloc_node_noprof:
        return "The NUMA-aware entry point: which memory node to prefer, then the real work below.";
    case Fn::__vmalloc_node_range_noprof:
        return "The function that does all of vmalloc in 6.18: reserve addresses, get pages, map them, tell "
               "kmemleak.";
    case Fn::get_vm_area_node_618:
        return "Reserve a range of kernel virtual addresses and the structure that describes it (vm_struct).";
    case Fn::alloc_vmap_area_618:
        return "Find the lowest free gap of virtual addresses that fits, in a tree of free ranges; 6.18 "
               "leaves no gap page between areas.";
    case Fn::kmem_cache_alloc_node:
        return "Take one object from a dedicated slab cache: small, fixed-size kernel structures come from "
               "caches like this.";
    case Fn::kmem_cache_free:
        return "Give one object back to its slab cache.";
    case Fn::preload_this_cpu_lock:
        return "Make sure this CPU holds a spare vmap_area, so the search never has to allocate while it "
               "holds its lock.";
    case Fn::vmalloc_area_node_618:
        return "Now fill the reserved range: get an array for the page pointers, then the pages, then map "
               "them.";
    case Fn::vm_area_alloc_pages:
        return "Get the physical pages, many at a time from the bulk allocator rather than one by one.";
    case Fn::alloc_pages_bulk_mempolicy_noprof:
        return "The bulk page allocator: hand out up to {1} pages in one call, taking them from the per-CPU "
               "lists.";
    case Fn::vmap_pages_range:
        return "Write the page-table entries that make the virtual range point at the pages.";
    case Fn::vmap_small_pages_range_noflush:
        return "Map the range with ordinary 4 KiB pages, level by level down to the PTEs.";
    case Fn::clear_vm_uninitialized_flag:
        return "Mark the area as fully set up: only now does it appear in /proc/vmallocinfo.";
    case Fn::kmemleak_vmalloc:
        return "Tell the leak detector about the new area; 6.18 expects two references to it (the module's "
               "pointer and the vm_struct's).";
    case Fn::vfree_618:
        return "The module gives the memory back: the pages are freed and the mapping removed at once in "
               "6.18.";
    case Fn::remove_vm_area_618:
        return "Detach the vm_struct from its address range and unmap it.";
    case Fn::vunmap_range_noflush:
        return "Clear the page-table entries right away (6.18 does not wait for a purge), but do not flush "
               "the TLB yet.";
    case Fn::free_unmap_vmap_area:
        return "Give the address range back lazily: the TLB flush and the reuse of the range wait for a "
               "purge.";
    case Fn::free_vmap_area_noflush:
        return "Put the range on the lazy list; when enough has piled up, a background worker purges it.";
    case Fn::purge_vmap_area_lazy_618:
        return "Purge now: one TLB flush for every lazily freed range, then the ranges become free again.";
    case Fn::purge_vmap_node:
        return "Purge one vmap node's lazy list and return its ranges to the free tree.";
    case Fn::drain_vmap_area_work:
        return "The background worker that purges lazily freed ranges, outside the task that freed them.";
    case Fn::kvfree:
        return "Free memory that may have come from kmalloc or from vmalloc: kvfree looks at the address and "
               "calls the right one.";
    case Fn::node_alloc:
        return "Before searching, look in this CPU's vmap node for a ready-made range of exactly this size, "
               "left there by an earlier purge.";
    case Fn::decay_va_pool_node:
        return "Shrink one vmap node's pools: about a quarter of the ranges kept there (all of them when "
               "address space ran out) go back to the free tree.";
    case Fn::node_pool_add_va:
        return "Keep the purged range in its vmap node's pool for its size, so the next request of that "
               "size gets it without a search.";
    case Fn::vmalloc_huge_node_noprof:
        return "vmalloc that may use huge pages: big enough requests are mapped with 2 MiB entries instead "
               "of 512 PTEs each.";
    case Fn::get_vm_area_node_huge:
        return "Reserve the address range for a huge vmalloc: the size is rounded up to 2 MiB and the start "
               "is 2 MiB aligned.";
    case Fn::vmalloc_area_node_huge:
        return "Fill the reserved range with 2 MiB blocks of pages and map each with one PMD entry.";
    case Fn::vmap_pages_range_huge:
        return "Write the page-table entries for the range, 2 MiB at a time.";
    case Fn::vmap_range_noflush:
        return "Map one physically contiguous 2 MiB piece, trying the largest entry that fits.";
    case Fn::vmap_try_huge_pmd:
        return "Try to map 2 MiB with one PMD entry: the range and the physical pages must both be 2 MiB "
               "aligned.";
    case Fn::p4d_alloc:
        return "With 5-level paging there is one more level of table (P4D): make sure the P4D table for this "
               "address exists.";
    case Fn::Count:
        break;
    }
    return "A kernel function is called.";
}

std::string_view plainReturnFormat(Fn fn)
{
    switch (fn) {
    case Fn::Caller:
        return "This line of the module is finished; the next line can run.";
    case Fn::vmalloc:
    case Fn::vmalloc_32:
    case Fn::vmalloc_user:
    case Fn::__vmalloc:
        return "The module gets the address {0:a} and can use the buffer like any pointer.";
    case Fn::__vmalloc_node:
        return "Done: {0:a} is the buffer's first byte; every page behind it is mapped.";
    case Fn::__get_vm_area_node:
        return "The addresses are reserved and described (vm_struct at {0:a}), but nothing is mapped "
               "there yet.";
    case Fn::kzalloc_node:
    case Fn::kmalloc_node:
        return "The small object is at {0:a}, an address in the kernel's direct map of all RAM.";
    case Fn::kfree:
        return "The object is free and can be handed out again.";
    case Fn::new_slab:
        return "The new slab is the page at pfn {0:x}.";
    case Fn::discard_slab:
        return "The slab page is gone from the cache.";
    case Fn::alloc_vmap_area:
        return "The range is taken; its record (struct vmap_area) is at {0:a}.";
    case Fn::insert_vmalloc_vm:
        return "The area is on vmlist and shows in /proc/vmallocinfo.";
    case Fn::__vmalloc_area_node:
        return "Every page is allocated and mapped: the buffer at {0:a} is usable.";
    case Fn::alloc_page:
    case Fn::alloc_pages:
        return "Got the page frame numbered (pfn) {0:x}: physical address {0:x}000.";
    case Fn::rmqueue_bulk:
        return "{0} pages now wait on this CPU's private list.";
    case Fn::map_vm_area:
        return "0 means success: every page of the area is mapped.";
    case Fn::vmap_page_range:
        return "Pages mapped: {0}. Their virtual addresses now lead to real memory.";
    case Fn::pud_alloc:
    case Fn::pmd_alloc:
    case Fn::pte_alloc_kernel:
        return "The entry for this address in the next table is at {0:a}; the walk goes on from there.";
    case Fn::kmemleak_alloc:
        return "Back from kmemleak: it watches the block from now on (given NULL, it records nothing).";
    case Fn::kmemleak_free:
        return "Back from kmemleak: the block is off its watch list.";
    case Fn::vfree:
        return "The buffer is gone; nothing may use its address any more.";
    case Fn::__vunmap:
        return "The pages, the page array and the vm_struct are freed; the addresses wait for the purge.";
    case Fn::remove_vm_area:
        return "The area is off vmlist; its descriptor (vm_struct at {0:a}) is handed back to be freed.";
    case Fn::free_unmap_vmap_area_noflush:
        return "The range waits, still mapped, for the next purge.";
    case Fn::try_purge_vmap_area_lazy:
    case Fn::purge_vmap_area_lazy:
    case Fn::__purge_vmap_area_lazy:
        return "The purge is over: those addresses can be reserved again.";
    case Fn::rcu_free_va:
        return "The vmap_area's memory is freed.";
    case Fn::__free_page:
    case Fn::__free_pages:
        return "The page is free again.";
    case Fn::free_pcppages_bulk:
        return "The pages are back with the buddy allocator.";
    case Fn::kmemleak_scan:
        return "The scan is over: blocks still white and old enough are reported in "
               "/sys/kernel/debug/kmemleak.";
    case Fn::kmemleak_clear:
        return "The old reports are cleared.";
    case Fn::warn_slowpath_fmt:
        return "The warning is printed; the kernel carries on.";
    case Fn::vmalloc_noprof:
        return "vmalloc returns the start address of the new range, or NULL if it failed.";
    case Fn::vmalloc_32_noprof:
        return "vmalloc_32 returns the address, or NULL.";
    case Fn::vmalloc_user_noprof:
        return "vmalloc_user returns the address, or NULL.";
    case Fn::__vmalloc_noprof:
        return "__vmalloc returns the address, or NULL.";
    case Fn::__vmalloc_node_noprof:
        return "The NUMA-aware entry point returns the address, or NULL.";
    case Fn::__vmalloc_node_range_noprof:
        return "All the work is done: the address, or NULL.";
    case Fn::get_vm_area_node_618:
        return "The range is reserved and described by a vm_struct (or NULL if there was no room).";
    case Fn::alloc_vmap_area_618:
        return "The search returns the vmap_area that now owns the range.";
    case Fn::kmem_cache_alloc_node:
        return "The cache hands out the object's address.";
    case Fn::kmem_cache_free:
        return "The object is back in its cache.";
    case Fn::preload_this_cpu_lock:
        return "This CPU has its spare.";
    case Fn::vmalloc_area_node_618:
        return "The range is backed by pages and mapped (or NULL after a failure).";
    case Fn::vm_area_alloc_pages:
        return "It returns how many pages it got.";
    case Fn::alloc_pages_bulk_mempolicy_noprof:
        return "The bulk allocator returns how many pages it put in the array.";
    case Fn::vmap_pages_range:
        return "The mapping is written (0), or an error code.";
    case Fn::vmap_small_pages_range_noflush:
        return "The PTEs are written.";
    case Fn::clear_vm_uninitialized_flag:
        return "The area is visible.";
    case Fn::kmemleak_vmalloc:
        return "kmemleak is tracking the area.";
    case Fn::vfree_618:
        return "vfree is done; the address must not be used again.";
    case Fn::remove_vm_area_618:
        return "The vm_struct is detached.";
    case Fn::vunmap_range_noflush:
        return "The PTEs are gone; stale TLB entries may remain until the flush.";
    case Fn::free_unmap_vmap_area:
        return "The range waits for the purge.";
    case Fn::free_vmap_area_noflush:
        return "The range is on the lazy list.";
    case Fn::purge_vmap_area_lazy_618:
        return "The purge is done: those addresses can be handed out again.";
    case Fn::purge_vmap_node:
        return "That node's lazy ranges are free again.";
    case Fn::drain_vmap_area_work:
        return "The background purge has finished.";
    case Fn::kvfree:
        return "The memory is freed.";
    case Fn::node_alloc:
        return "It returns the pooled range, or NULL when the pool had none of this size.";
    case Fn::decay_va_pool_node:
        return "The node's pools are smaller.";
    case Fn::node_pool_add_va:
        return "1 when the range went into a pool, 0 when it must go back to the free tree.";
    case Fn::vmalloc_huge_node_noprof:
        return "It returns the address of the area, or NULL.";
    case Fn::get_vm_area_node_huge:
        return "The vm_struct with its 2 MiB aligned range, or NULL.";
    case Fn::vmalloc_area_node_huge:
        return "The range is backed and mapped, or NULL so that the caller retries with small pages.";
    case Fn::vmap_pages_range_huge:
        return "The mapping is written (0), or an error code.";
    case Fn::vmap_range_noflush:
        return "The piece is mapped (0), or an error code.";
    case Fn::vmap_try_huge_pmd:
        return "1 when one PMD entry now maps the 2 MiB, 0 to fall back to a PTE table.";
    case Fn::p4d_alloc:
        return "The P4D table is there.";
    case Fn::Count:
        break;
    }
    return "The function returns.";
}

std::string_view plainEventFormat(Ev ev)
{
    switch (ev) {
    case Ev::Note:
        return "The kernel code takes a decision here; nothing in memory changes at this step.";
    case Ev::PageAlign:
        return "Memory is mapped in whole 4 KiB pages, so {0} bytes round up to {1}.";
    case Ev::TooBig:
        return "The request is larger than all the RAM in the machine, so vmalloc gives up at once.";
    case Ev::SizeZero:
        return "A request for 0 bytes cannot be met: vmalloc returns NULL.";
    case Ev::GuardPage:
        return "One extra page is reserved but never mapped, so running off the buffer's end faults "
               "instead of silently corrupting a neighbour.";
    case Ev::PcpRefillNeeded:
        return "Each CPU keeps a small private stock of free pages so it need not lock the buddy "
               "allocator; this stock is empty, so it is refilled.";
    case Ev::PcpTake:
        return "The page comes from this CPU's private stock of free pages: fast, no lock needed.";
    case Ev::Rmqueue:
        return "The buddy allocator hands out the smallest free block that is big enough: order {1:lo}, "
               "2^{1:lo} pages.";
    case Ev::RmqueueFallback:
        return "No free block of the wanted kind (migratetype {2:M}) is left, so the allocator borrows "
               "a big block from the {2:F} free list.";
    case Ev::Expand:
        return "The block is bigger than needed, so it is split into two halves (buddies); the unused "
               "upper half, 2^{1} pages, goes back on a free list.";
    case Ev::PcpAdd:
        return "The freed page goes onto this CPU's private stock, ready for the next allocation; it "
               "is not merged back yet.";
    case Ev::PcpBulkAdd:
        return "One page of the batch joins this CPU's private stock of free pages.";
    case Ev::PcpDrain:
        return "This CPU's stock has grown too big, so some pages go back to the shared buddy "
               "allocator.";
    case Ev::BuddyFree:
        return "The freed page is merged with its free neighbours (its buddies) into the largest "
               "possible block, so big blocks stay available.";
    case Ev::FrameOwner:
        return "The page frame's record (its struct page) now says who uses it: {1:o}.";
    case Ev::PageAllocFailure:
        return "No free page the caller may use is left: the allocation fails, and the kernel logs why.";
    case Ev::FaultInjected:
        return "vmviz makes this call fail on purpose, to show what the kernel does when memory runs "
               "out.";
    case Ev::SlabPage:
        return "This page now belongs to the slab cache {2:c}, which carves it into small objects.";
    case Ev::SlabFreelist:
        return "The new slab page is cut into {2} equal objects, chained together in a free list.";
    case Ev::SlabCpuSlab:
        return "This slab page becomes this CPU's current source of {1:c} objects, so the next "
               "allocations need no lock.";
    case Ev::SlabDeactivate:
        return "Every object of this slab page is in use, so the CPU stops allocating from it.";
    case Ev::SlabPartial:
        return "This slab page has used and free objects; it waits on the partial list for later "
               "allocations.";
    case Ev::SlabObjectAlloc:
        return "The first free object of the slab page is handed out.";
    case Ev::SlabObjectFree:
        return "The object goes back on its slab page's free list, ready to be reused.";
    case Ev::SlabObjectRole:
        return "This small object is used as {1:s}.";
    case Ev::SlabPageFreed:
        return "No object of this slab page is in use, so the whole page returns to the page "
               "allocator.";
    case Ev::KmemleakCreate:
        return "kmemleak starts watching this block; a scan reports it only if it finds fewer than "
               "min_count ({2:i}) pointers to it.";
    case Ev::KmemleakDelete:
        return "kmemleak stops watching the block: it was freed properly.";
    case Ev::KmemleakUnknown:
        return "kmemleak watches no block at this address, so there is nothing to forget.";
    case Ev::KmlScanStart:
        return "A leak scan starts: every watched block's pointer count goes back to 0, then memory "
               "is searched for pointers.";
    case Ev::KmlRootRef:
        return "A pointer to this block was found in a root (global data or a caller's variable): "
               "count found/needed is {2:q}.";
    case Ev::KmlRootRefGray:
        return "A root points to this block and that is enough: it turns gray (reachable, not a "
               "leak) and will be searched for pointers itself.";
    case Ev::KmlObjectRef:
        return "A pointer to this block was found inside another reachable block: count found/needed "
               "is {2:q}.";
    case Ev::KmlObjectRefGray:
        return "A reachable block points to this one and that is enough: it turns gray (reachable, "
               "not a leak).";
    case Ev::KmlScanObject:
        return "This reachable (gray) block is searched for pointers; every block it points to is "
               "reachable too.";
    case Ev::KmlChecksumChanged:
        return "The block's contents changed since the last scan, so it is probably in use: kmemleak "
               "waits one more scan instead of reporting it.";
    case Ev::KmlReported:
        return "Nothing points to this block and it is old enough: kmemleak reports a suspected leak.";
    case Ev::KmlTooYoung:
        return "Nothing points to this block, but it is younger than 5 seconds and may still be being "
               "set up, so it is not reported yet.";
    case Ev::KmlClear:
        return "The reported block is marked as known, so later scans stop reporting it.";
    case Ev::VmapOverflow:
        return "No free hole of the vmalloc address range is big enough: free the lazily released "
               "ranges, then try once more.";
    case Ev::VmapReserve:
        return "The first free hole big enough is [{0:a}, {1:a}); it is taken now.";
    case Ev::VmapFill:
        return "The area's descriptor (vm_struct) is filled in: start address, size with the guard "
               "page, flags.";
    case Ev::VmlistInsert:
        return "The area joins vmlist, the address-sorted list that /proc/vmallocinfo prints.";
    case Ev::VmlistRemove:
        return "The area leaves vmlist, so /proc/vmallocinfo no longer shows it.";
    case Ev::NrPages:
        return "The area needs {0} page(s); their addresses go into an array of {1} bytes, which must be "
               "allocated first.";
    case Ev::SetVpages:
        return "The page array was too big for kmalloc, so it came from a nested vmalloc; this flag "
               "tells vfree how to free it.";
    case Ev::PagesArray:
        return "The area remembers where its page array is, so vfree can find every page later.";
    case Ev::PageStore:
        return "Page {0} of the buffer is page frame {1:x}: the array records which physical page "
               "backs each virtual page.";
    case Ev::NrPagesCut:
        return "Only {0} pages could be allocated: the count is cut to {0} so the cleanup frees exactly "
               "those.";
    case Ev::TableAlloc:
        return "A new, zeroed page becomes a {1:L} table, because no table existed yet for this part of "
               "the address space.";
    case Ev::EntryWrite:
        return "The {1:L} entry now points to the next-level table, so the walk for this address can "
               "go on.";
    case Ev::EntryBusy:
        return "This page-table entry should be empty but already holds a mapping: the kernel warns, "
               "a bug somewhere.";
    case Ev::PtesCleared:
        return "{0} page-table entries are cleared: those virtual pages no longer lead to any memory.";
    case Ev::TlbFlush:
        return "Every CPU drops its cached translations (the TLB) once for the whole batch, so none "
               "keeps using an old mapping.";
    case Ev::VmSizeShrink:
        return "The area's recorded size drops by the guard page, which was never backed by memory.";
    case Ev::LazyFree:
        return "The range is freed lazily: its page tables stay until enough freed ranges pile up, then "
               "one purge clears them all with one TLB flush.";
    case Ev::LazyPurgeNeeded:
        return "Too many pages are waiting to be unmapped: time to purge.";
    case Ev::PurgeMark:
        return "This lazily freed range is purged now: its page-table entries are cleared.";
    case Ev::PurgeRelease:
        return "The range's addresses are free again for the next vmalloc.";
    case Ev::RcuFreeQueued:
        return "Other CPUs may still be reading this record without a lock, so it is freed only after "
               "an RCU grace period.";
    case Ev::RcuGracePeriod:
        return "Every CPU has passed a quiet point, so the records waiting for RCU can be freed now.";
    case Ev::LazyNrSub:
        return "The count of pages waiting to be unmapped goes down by what this purge cleared.";
    case Ev::PurgeNothing:
        return "Nothing is waiting to be purged.";
    case Ev::VfreeNull:
        return "vfree(NULL) does nothing, like free(NULL) in C.";
    case Ev::LogLine:
        return "The kernel prints a line to its log (dmesg).";
    case Ev::Warn:
        return "The kernel detected a bug: it prints a WARNING with a backtrace to dmesg and keeps "
               "running.";
    case Ev::Oops:
        return "The kernel hit a fatal error in this task (an oops): it prints a report and kills the "
               "task.";
    case Ev::OomKill:
        return "Memory is completely gone and nothing can be given back, so the kernel's last resort, the "
               "OOM killer, picks a process to kill. Here the only one is our own task; it keeps running "
               "the module's code, but further allocations that find no memory fail at once.";
    case Ev::TaskKilled:
        return "The task that hit the oops is killed: none of its {0} open function calls will return.";
    case Ev::VarAssign:
        return "The module keeps the address in its variable {0:s}, like `{0:s} = ptr;` in C.";
    case Ev::VarLeak:
        return "The module forgets its pointer without freeing the block: a memory leak, unless "
               "something else still points there.";
    case Ev::Sleep:
        return "Time passes ({0} ms); jiffies is the kernel's clock-tick counter.";
    case Ev::FaultArmed:
        return "vmviz arms a deliberate failure, to show how the kernel copes when memory runs out.";
    case Ev::Write:
        return "The module writes {1} bytes into the block, which changes its contents (kmemleak's "
               "checksum notices).";
    case Ev::KmemleakAlias:
        return "The address points into the middle of a watched block, not at its start, so kmemleak "
               "cannot find it to forget it: the block stays watched.";
    case Ev::Chapter:
        return "A new chapter of the lesson begins: {0:s}.";
    case Ev::VmInit618:
        return "The vm_struct is filled in: its flags, who asked for it, and the size requested.";
    case Ev::ScanArea618:
        return "kmemleak is told which part of the vmap_area to scan, so the area's own start and end "
               "addresses do not count as references to it.";
    case Ev::PurgeTake:
        return "The purge collects a lazily freed range from one vmap node.";
    case Ev::PreloadSpare:
        return "A spare vmap_area is parked on this CPU, in case the search has to split a free block.";
    case Ev::LowestMatch:
        return "The free-space tree gives the lowest free block large enough for the request.";
    case Ev::LazyFree618:
        return "The range is not reusable yet: it counts towards the lazy total that triggers a purge.";
    case Ev::KmlExcessRef:
        return "A reference to the vm_struct counts for the area it describes: that is how 6.18 lets "
               "kmemleak see the module's area as referenced.";
    case Ev::GuardPage618:
        return "One unmapped page is added after the area, so running off its end faults instead of "
               "corrupting a neighbour.";
    case Ev::FreeMerge:
        return "The freed range joins the free space, merging with free neighbours into one larger block.";
    case Ev::ExcessRef:
        return "kmemleak is told that a reference to this vm_struct also counts for the memory it describes.";
    case Ev::DrainScheduled:
        return "Enough lazily freed memory has piled up: a background worker is asked to purge it.";
    case Ev::ClipRe:
        return "The new area takes the right end of the free block; the rest stays free.";
    case Ev::ClipNe:
        return "The new area sits in the middle of the free block, which splits in two around it.";
    case Ev::ClipLe:
        return "The new area takes the left end of the free block; the rest stays free.";
    case Ev::ClipFl:
        return "The new area uses the whole free block, which disappears from the free tree.";
    case Ev::ClearUninitialized:
        return "The area is fully set up, so it becomes visible in /proc/vmallocinfo.";
    case Ev::BusyUnlink:
        return "The area leaves the tree of areas in use.";
    case Ev::PoolEmpty:
        return "No ready range of this size is waiting in this CPU's vmap node, so the allocator searches "
               "the free tree as usual.";
    case Ev::PoolTake:
        return "A range of exactly this size, freed and purged earlier, is reused as it is: the most "
               "recently pooled one comes first.";
    case Ev::VnId:
        return "The area remembers which vmap node it came from, so after a purge it goes back to that "
               "node's pool.";
    case Ev::PoolAdd:
        return "The purged range is kept aside for the next request of the same size instead of merging "
               "with free neighbours.";
    case Ev::PoolDecay:
        return "Part of a pool is given back, so kept ranges do not hold address space for ever.";
    case Ev::HugeShift:
        return "The request is large enough for huge pages: the area will be 2 MiB aligned and each 2 MiB "
               "mapped by a single PMD entry.";
    case Ev::HugeFallback:
        return "Huge pages could not be had, so the same request is retried with ordinary 4 KiB pages.";
    case Ev::PmdFreePteTable:
        return "An empty PTE table left over from earlier mappings is freed, so its PMD entry can become a "
               "2 MiB leaf.";
    case Ev::HugePmdCleared:
        return "The single entry that mapped 2 MiB is cleared: the whole 2 MiB is unmapped at once.";
    case Ev::BusyInsert:
        return "The new area goes into the tree of areas in use, and the vm_struct learns its address and "
               "size.";
    case Ev::Count:
        break;
    }
    return "The kernel's state changes.";
}

namespace {

/// Why a failed return matters, by what the function returns.
std::string failedReturn(const Step& step, const FunctionInfo& fn)
{
    const auto value = static_cast<std::int64_t>(step.args[0]);
    const std::string name(fn.name);
    if (step.function == Fn::vmalloc || step.function == Fn::vmalloc_32 ||
        step.function == Fn::vmalloc_user || step.function == Fn::__vmalloc)
        return name + " failed and returned NULL: the module must check for NULL before it uses the pointer, "
                      "and give up (a driver returns -ENOMEM).";
    if (roleCarriesErrno(fn.returnRole))
        return name + " failed with " + errnoName(value) +
               ": the caller must undo what it did and report the failure upward.";
    return name + " failed and returned NULL: there is nothing to use, so the caller must undo what it did "
                  "and fail too.";
}

bool returnFailed(const Step& step)
{
    if (step.kind != StepKind::Return)
        return false;
    const ArgRole role = functionInfo(step.function).returnRole;
    if (roleIsNullablePointer(role) && step.args[0] == 0)
        return true;
    return roleCarriesErrno(role) && static_cast<std::int64_t>(step.args[0]) < 0;
}

/// A PTE points at data; the upper levels point at the next table. The sentence says which.
std::string entryWrite(const Trace& trace, const Step& step)
{
    const EntryPosition at = unpackTableEntry(step.args[1]);
    if (at.level != LEVEL_PTE)
        return expandFormat(trace, plainEventFormat(Ev::EntryWrite), step.args);
    const std::uint64_t pfn = (step.args[0] & k::PTE_PFN_MASK) >> k::PAGE_SHIFT;
    return "The page-table entry now maps this virtual page to page frame " + fmt::hex(pfn) +
           ": the CPU can reach the memory through the vmalloc address.";
}

} // namespace

bool stepIsFailure(const Step& step)
{
    if (step.kind == StepKind::Return)
        return returnFailed(step);
    if (step.kind != StepKind::Effect)
        return false;
    switch (step.event) {
    case Ev::PageAllocFailure:
    case Ev::FaultInjected:
    case Ev::NrPagesCut:
    case Ev::TooBig:
    case Ev::SizeZero:
        return true;
    default:
        return (eventInfo(step.event).categories & CatWarn) != 0;
    }
}

std::string plainLanguage(const Trace& trace, const Step& step)
{
    switch (step.kind) {
    case StepKind::Call:
        if (step.function == Fn::kmemleak_alloc && step.args[0] == 0)
            return "The allocation failed, so kmemleak_alloc gets NULL and has nothing to watch.";
        return expandFormat(trace, plainCallFormat(step.function), step.args);
    case StepKind::Return:
        if (returnFailed(step))
            return failedReturn(step, functionInfo(step.function));
        return expandFormat(trace, plainReturnFormat(step.function), step.args);
    case StepKind::Effect:
        if (step.event == Ev::EntryWrite)
            return entryWrite(trace, step);
        if (step.event == Ev::VarAssign && step.args[1] == 0)
            return expandFormat(
                trace, "{0:s} is NULL: the call failed, and the module must not use it as a pointer.",
                step.args);
        return expandFormat(trace, plainEventFormat(step.event), step.args);
    }
    return "The kernel's state changes.";
}

} // namespace vmviz
