// SPDX-License-Identifier: GPL-2.0-only
#include "steps/PlainLanguage.h"

#include "base/Constants.h"
#include "base/Translatable.h"
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
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Your module runs this line of its code; every step below happens inside it.");
    case Fn::vmalloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The module asks for {0} bytes that look contiguous at one kernel address; the pages "
            "behind them may be scattered anywhere in RAM.");
    case Fn::vmalloc_32:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Like vmalloc, but every page must lie below 4 GiB of physical memory, for devices that "
            "can only reach 32-bit addresses.");
    case Fn::vmalloc_user:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Like vmalloc, but the memory is zeroed, because it may later be mapped into a user "
            "process that must not see old kernel data.");
    case Fn::__vmalloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The general vmalloc: the caller also chooses how pages may be found (the gfp flags) and "
            "how they are mapped (the protection bits).");
    case Fn::__vmalloc_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The worker behind every vmalloc variant: round the size up to whole pages, reserve "
            "addresses, get the pages, map them.");
    case Fn::__get_vm_area_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Reserve a range of kernel virtual addresses (no memory yet) and describe it in a struct "
            "vm_struct.");
    case Fn::kzalloc_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Allocate a small zeroed kernel object of {0} bytes from the slab allocator: calloc() for "
            "the kernel.");
    case Fn::kmalloc_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Allocate a small kernel object of {0} bytes from the slab allocator: malloc() for the "
            "kernel's small sizes.");
    case Fn::kfree:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "Give a small slab object back: free() for the kernel.");
    case Fn::new_slab:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The {0:c} cache has no free object left, so it takes a fresh page and cuts it into "
            "equal objects.");
    case Fn::discard_slab:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "No object of this slab page is in use any more, so the whole page goes back to the "
            "page allocator.");
    case Fn::alloc_vmap_area:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Find a free hole of {0} bytes between VMALLOC_START and VMALLOC_END and record it in a "
            "struct vmap_area, the kernel's note of a used address range.");
    case Fn::insert_vmalloc_vm:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Tie the two records together (vm_struct and vmap_area) and add the area to vmlist, the "
            "list /proc/vmallocinfo prints.");
    case Fn::__vmalloc_area_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Fill the reserved range: get one physical page per virtual page, remember them in an "
            "array, then map them.");
    case Fn::alloc_page:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Ask the page allocator for one 4 KiB page of RAM (one page frame).");
    case Fn::alloc_pages:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Ask the page allocator for a block of 2^{1} physically contiguous page frames (order {1}).");
    case Fn::rmqueue_bulk:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "This CPU's private stock of free pages is empty, so take {1} pages from the buddy "
            "allocator at once: one lock, many pages.");
    case Fn::map_vm_area:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Write the page tables so that each virtual page of the area leads to its physical page.");
    case Fn::vmap_page_range:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Walk the four-level page table for [{0:a}, {1:a}): create the tables that are missing "
            "and write one PTE per page.");
    case Fn::pud_alloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Find the PUD table (the level above the PMD tables) for this address, creating it if "
            "{2:L} entry {0} is still empty.");
    case Fn::pmd_alloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Find the PMD table (the level above the PTE tables) for this address, creating it if "
            "PUD entry {0} is still empty.");
    case Fn::pte_alloc_kernel:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Find the PTE table (the last level) for this address, creating it if PMD entry {0} is "
            "still empty.");
    case Fn::kmemleak_alloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Tell kmemleak, the kernel's leak detector, about a new block of {1} bytes, so a later "
            "scan can check that something still points to it.");
    case Fn::kmemleak_free:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Tell kmemleak that the block at {0:a} is freed on purpose, so it stops watching it.");
    case Fn::vfree:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The buffer at {0:a} is given back: unmap it, free its pages, release its addresses.");
    case Fn::__vunmap:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The worker behind vfree: remove the area's records, then free its pages and its page "
            "array.");
    case Fn::remove_vm_area:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Find the area that starts at {0:a}, take it off vmlist and mark its address range as "
            "free-later.");
    case Fn::free_unmap_vmap_area_noflush:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Mark the range as freed lazily: its page tables are cleared later, in one batch with "
            "others, to save TLB flushes.");
    case Fn::try_purge_vmap_area_lazy:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Enough lazily freed ranges have piled up: try to clean them all up now.");
    case Fn::purge_vmap_area_lazy:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Clean up every lazily freed range now (vmalloc needs the addresses back).");
    case Fn::__purge_vmap_area_lazy:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The purge: clear the page tables of every lazily freed range, flush the TLB once, and "
            "release the addresses.");
    case Fn::rcu_free_va:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "No CPU can still be reading this vmap_area (an RCU grace period has passed), so its "
            "memory can finally be freed.");
    case Fn::__free_page:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Give the page frame at pfn {0:x} back to the page allocator.");
    case Fn::__free_pages:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Give 2^{1} page frames starting at pfn {0:x} back to the page allocator.");
    case Fn::free_pcppages_bulk:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "This CPU keeps too many free pages to itself: give {1} of them back to the buddy "
            "allocator.");
    case Fn::kmemleak_scan:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "kmemleak looks for leaks: it searches memory for pointers to every block it watches; a "
            "block nothing points to is a suspected leak.");
    case Fn::kmemleak_clear:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Forget the leaks reported so far (echo clear > /sys/kernel/debug/kmemleak).");
    case Fn::warn_slowpath_fmt:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The kernel found something that should never happen: it prints a WARNING with a "
            "backtrace and carries on.");
    case Fn::vmalloc_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Linux 6.18's vmalloc: the module asks for {0} bytes that look contiguous at one kernel "
            "address (the _noprof name is the real function behind the memory-profiling wrapper).");
    case Fn::vmalloc_32_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Linux 6.18's vmalloc_32: like vmalloc, but every page must lie below 4 GiB of physical "
            "memory.");
    case Fn::vmalloc_user_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Linux 6.18's vmalloc_user: zeroed memory that may later be mapped into a user process.");
    case Fn::__vmalloc_noprof:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Linux 6.18's general vmalloc: the caller also chooses the gfp flags.");
    case Fn::__vmalloc_node_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The NUMA-aware entry point: which memory node to prefer, then the real work below.");
    case Fn::__vmalloc_node_range_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The function that does all of vmalloc in 6.18: reserve addresses, get pages, map them, tell "
            "kmemleak.");
    case Fn::get_vm_area_node_618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Reserve a range of kernel virtual addresses and the structure that describes it (vm_struct).");
    case Fn::alloc_vmap_area_618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Find the lowest free gap of virtual addresses that fits, in a tree of free ranges; 6.18 "
            "leaves no gap page between areas.");
    case Fn::kmem_cache_alloc_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Take one object from a dedicated slab cache: small, fixed-size kernel structures come from "
            "caches like this.");
    case Fn::kmem_cache_free:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "Give one object back to its slab cache.");
    case Fn::preload_this_cpu_lock:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Make sure this CPU holds a spare vmap_area, so the search never has to allocate while it "
            "holds its lock.");
    case Fn::vmalloc_area_node_618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Now fill the reserved range: get an array for the page pointers, then the pages, then map "
            "them.");
    case Fn::vm_area_alloc_pages:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Get the physical pages, many at a time from the bulk allocator rather than one by one.");
    case Fn::alloc_pages_bulk_mempolicy_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The bulk page allocator: hand out up to {1} pages in one call, taking them from the per-CPU "
            "lists.");
    case Fn::vmap_pages_range:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Write the page-table entries that make the virtual range point at the pages.");
    case Fn::vmap_small_pages_range_noflush:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Map the range with ordinary 4 KiB pages, level by level down to the PTEs.");
    case Fn::clear_vm_uninitialized_flag:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Mark the area as fully set up: only now does it appear in /proc/vmallocinfo.");
    case Fn::kmemleak_vmalloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Tell the leak detector about the new area; 6.18 expects two references to it (the module's "
            "pointer and the vm_struct's).");
    case Fn::vfree_618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The module gives the memory back: the pages are freed and the mapping removed at once in "
            "6.18.");
    case Fn::remove_vm_area_618:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Detach the vm_struct from its address range and unmap it.");
    case Fn::vunmap_range_noflush:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Clear the page-table entries right away (6.18 does not wait for a purge), but do not flush "
            "the TLB yet.");
    case Fn::free_unmap_vmap_area:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Give the address range back lazily: the TLB flush and the reuse of the range wait for a "
            "purge.");
    case Fn::free_vmap_area_noflush:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Put the range on the lazy list; when enough has piled up, a background worker purges it.");
    case Fn::purge_vmap_area_lazy_618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Purge now: one TLB flush for every lazily freed range, then the ranges become free again.");
    case Fn::purge_vmap_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Purge one vmap node's lazy list and return its ranges to the free tree.");
    case Fn::drain_vmap_area_work:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The background worker that purges lazily freed ranges, outside the task that freed them.");
    case Fn::kvfree:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Free memory that may have come from kmalloc or from vmalloc: kvfree looks at the address and "
            "calls the right one.");
    case Fn::node_alloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Before searching, look in this CPU's vmap node for a ready-made range of exactly this size, "
            "left there by an earlier purge.");
    case Fn::decay_va_pool_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Shrink one vmap node's pools: about a quarter of the ranges kept there (all of them when "
            "address space ran out) go back to the free tree.");
    case Fn::node_pool_add_va:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Keep the purged range in its vmap node's pool for its size, so the next request of that "
            "size gets it without a search.");
    case Fn::vmalloc_huge_node_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "vmalloc that may use huge pages: big enough requests are mapped with 2 MiB entries instead "
            "of 512 PTEs each.");
    case Fn::get_vm_area_node_huge:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Reserve the address range for a huge vmalloc: the size is rounded up to 2 MiB and the start "
            "is 2 MiB aligned.");
    case Fn::vmalloc_area_node_huge:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Fill the reserved range with 2 MiB blocks of pages and map each with one PMD entry.");
    case Fn::vmap_pages_range_huge:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Write the page-table entries for the range, 2 MiB at a time.");
    case Fn::vmap_range_noflush:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Map one physically contiguous 2 MiB piece, trying the largest entry that fits.");
    case Fn::vmap_try_huge_pmd:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Try to map 2 MiB with one PMD entry: the range and the physical pages must both be 2 MiB "
            "aligned.");
    case Fn::p4d_alloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "With 5-level paging there is one more level of table (P4D): make sure the P4D table for this "
            "address exists.");
    case Fn::__kvmalloc_node_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "kvmalloc: ask kmalloc for {0} physically contiguous bytes first, and only if that fails (and "
            "the request is more than a page) take them from vmalloc instead.");
    case Fn::__do_kmalloc_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The kmalloc attempt: up to 8192 bytes come from a slab cache, anything larger gets whole "
            "pages of its own.");
    case Fn::__kmalloc_large_node_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Too big for any kmalloc cache: take one physically contiguous block of pages straight from "
            "the page allocator.");
    case Fn::free_large_kmalloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The address is not in a slab page but in a block of pages kmalloc took whole: give the block "
            "back.");
    case Fn::kvfree_addr:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Free what kvmalloc returned: an address in the vmalloc range goes to vfree, any other to "
            "kfree.");
    case Fn::Count:
        break;
    }
    return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "A kernel function is called.");
}

std::string_view plainReturnFormat(Fn fn)
{
    switch (fn) {
    case Fn::Caller:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "This line of the module is finished; the next line can run.");
    case Fn::vmalloc:
    case Fn::vmalloc_32:
    case Fn::vmalloc_user:
    case Fn::__vmalloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "The module gets the address {0:a} and can use the buffer like any pointer.");
    case Fn::__vmalloc_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "Done: {0:a} is the buffer's first byte; every page behind it is mapped.");
    case Fn::__get_vm_area_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The addresses are reserved and described (vm_struct at {0:a}), but nothing is mapped "
            "there yet.");
    case Fn::kzalloc_node:
    case Fn::kmalloc_node:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The small object is at {0:a}, an address in the kernel's direct map of all RAM.");
    case Fn::kfree:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The object is free and can be handed out again.");
    case Fn::new_slab:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The new slab is the page at pfn {0:x}.");
    case Fn::discard_slab:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The slab page is gone from the cache.");
    case Fn::alloc_vmap_area:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The range is taken; its record (struct vmap_area) is at {0:a}.");
    case Fn::insert_vmalloc_vm:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The area is on vmlist and shows in /proc/vmallocinfo.");
    case Fn::__vmalloc_area_node:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Every page is allocated and mapped: the buffer at {0:a} is usable.");
    case Fn::alloc_page:
    case Fn::alloc_pages:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Got the page frame numbered (pfn) {0:x}: physical address {0:x}000.");
    case Fn::rmqueue_bulk:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "{0} pages now wait on this CPU's private list.");
    case Fn::map_vm_area:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "0 means success: every page of the area is mapped.");
    case Fn::vmap_page_range:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Pages mapped: {0}. Their virtual addresses now lead to real memory.");
    case Fn::pud_alloc:
    case Fn::pmd_alloc:
    case Fn::pte_alloc_kernel:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The entry for this address in the next table is at {0:a}; the walk goes on from there.");
    case Fn::kmemleak_alloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Back from kmemleak: it watches the block from now on (given NULL, it records nothing).");
    case Fn::kmemleak_free:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "Back from kmemleak: the block is off its watch list.");
    case Fn::vfree:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The buffer is gone; nothing may use its address any more.");
    case Fn::__vunmap:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The pages, the page array and the vm_struct are freed; the addresses wait for the purge.");
    case Fn::remove_vm_area:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The area is off vmlist; its descriptor (vm_struct at {0:a}) is handed back to be freed.");
    case Fn::free_unmap_vmap_area_noflush:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The range waits, still mapped, for the next purge.");
    case Fn::try_purge_vmap_area_lazy:
    case Fn::purge_vmap_area_lazy:
    case Fn::__purge_vmap_area_lazy:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The purge is over: those addresses can be reserved again.");
    case Fn::rcu_free_va:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The vmap_area's memory is freed.");
    case Fn::__free_page:
    case Fn::__free_pages:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The page is free again.");
    case Fn::free_pcppages_bulk:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The pages are back with the buddy allocator.");
    case Fn::kmemleak_scan:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The scan is over: blocks still white and old enough are reported in "
                                    "/sys/kernel/debug/kmemleak.");
    case Fn::kmemleak_clear:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The old reports are cleared.");
    case Fn::warn_slowpath_fmt:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The warning is printed; the kernel carries on.");
    case Fn::vmalloc_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "vmalloc returns the start address of the new range, or NULL if it failed.");
    case Fn::vmalloc_32_noprof:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "vmalloc_32 returns the address, or NULL.");
    case Fn::vmalloc_user_noprof:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "vmalloc_user returns the address, or NULL.");
    case Fn::__vmalloc_noprof:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "__vmalloc returns the address, or NULL.");
    case Fn::__vmalloc_node_noprof:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The NUMA-aware entry point returns the address, or NULL.");
    case Fn::__vmalloc_node_range_noprof:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "All the work is done: the address, or NULL.");
    case Fn::get_vm_area_node_618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The range is reserved and described by a vm_struct (or NULL if there was no room).");
    case Fn::alloc_vmap_area_618:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The search returns the vmap_area that now owns the range.");
    case Fn::kmem_cache_alloc_node:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The cache hands out the object's address.");
    case Fn::kmem_cache_free:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The object is back in its cache.");
    case Fn::preload_this_cpu_lock:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "This CPU has its spare.");
    case Fn::vmalloc_area_node_618:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The range is backed by pages and mapped (or NULL after a failure).");
    case Fn::vm_area_alloc_pages:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "It returns how many pages it got.");
    case Fn::alloc_pages_bulk_mempolicy_noprof:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The bulk allocator returns how many pages it put in the array.");
    case Fn::vmap_pages_range:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The mapping is written (0), or an error code.");
    case Fn::vmap_small_pages_range_noflush:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The PTEs are written.");
    case Fn::clear_vm_uninitialized_flag:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The area is visible.");
    case Fn::kmemleak_vmalloc:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "kmemleak is tracking the area.");
    case Fn::vfree_618:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "vfree is done; the address must not be used again.");
    case Fn::remove_vm_area_618:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The vm_struct is detached.");
    case Fn::vunmap_range_noflush:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The PTEs are gone; stale TLB entries may remain until the flush.");
    case Fn::free_unmap_vmap_area:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The range waits for the purge.");
    case Fn::free_vmap_area_noflush:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The range is on the lazy list.");
    case Fn::purge_vmap_area_lazy_618:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The purge is done: those addresses can be handed out again.");
    case Fn::purge_vmap_node:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "That node's lazy ranges are free again.");
    case Fn::drain_vmap_area_work:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The background purge has finished.");
    case Fn::kvfree:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The memory is freed.");
    case Fn::node_alloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "It returns the pooled range, or NULL when the pool had none of this size.");
    case Fn::decay_va_pool_node:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The node's pools are smaller.");
    case Fn::node_pool_add_va:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "1 when the range went into a pool, 0 when it must go back to the free tree.");
    case Fn::vmalloc_huge_node_noprof:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "It returns the address of the area, or NULL.");
    case Fn::get_vm_area_node_huge:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The vm_struct with its 2 MiB aligned range, or NULL.");
    case Fn::vmalloc_area_node_huge:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The range is backed and mapped, or NULL so that the caller retries with small pages.");
    case Fn::vmap_pages_range_huge:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The mapping is written (0), or an error code.");
    case Fn::vmap_range_noflush:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The piece is mapped (0), or an error code.");
    case Fn::vmap_try_huge_pmd:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "1 when one PMD entry now maps the 2 MiB, 0 to fall back to a PTE table.");
    case Fn::p4d_alloc:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The P4D table is there.");
    case Fn::__kvmalloc_node_noprof:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The module gets {0:a}: a direct-map address if kmalloc succeeded, a vmalloc address if not, "
            "or NULL.");
    case Fn::__do_kmalloc_node:
    case Fn::__kmalloc_large_node_noprof:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "kmalloc returns {0:a}: NULL means the caller must cope without it.");
    case Fn::free_large_kmalloc:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The pages are free again.");
    case Fn::kvfree_addr:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The memory is freed, whichever allocator it came from.");
    case Fn::Count:
        break;
    }
    return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The function returns.");
}

std::string_view plainEventFormat(Ev ev)
{
    switch (ev) {
    case Ev::Note:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The kernel code takes a decision here; nothing in memory changes at this step.");
    case Ev::PageAlign:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Memory is mapped in whole 4 KiB pages, so {0} bytes round up to {1}.");
    case Ev::TooBig:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The request is larger than all the RAM in the machine, so vmalloc gives up at once.");
    case Ev::SizeZero:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "A request for 0 bytes cannot be met: vmalloc returns NULL.");
    case Ev::GuardPage:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "One extra page is reserved but never mapped, so running off the buffer's end faults "
            "instead of silently corrupting a neighbour.");
    case Ev::PcpRefillNeeded:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Each CPU keeps a small private stock of free pages so it need not lock the buddy "
            "allocator; this stock is empty, so it is refilled.");
    case Ev::PcpAllocBatch618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Linux 6.18 sizes the refill itself: each refill with no free in between takes twice as "
            "many pages as the last, up to a limit, so a long run of allocations locks the buddy "
            "allocator less often.");
    case Ev::PcpTake:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The page comes from this CPU's private stock of free pages: fast, no lock needed.");
    case Ev::Rmqueue:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The buddy allocator hands out the smallest free block that is big enough: order {1:lo}, "
            "2^{1:lo} pages.");
    case Ev::RmqueueFallback:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "No free block of the wanted kind (migratetype {2:M}) is left, so the allocator borrows "
            "a big block from the {2:F} free list.");
    case Ev::Expand:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The block is bigger than needed, so it is split into two halves (buddies); the unused "
            "upper half, 2^{1} pages, goes back on a free list.");
    case Ev::PcpAdd:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The freed page goes onto this CPU's private stock, ready for the next allocation; it "
            "is not merged back yet.");
    case Ev::PcpBulkAdd:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "One page of the batch joins this CPU's private stock of free pages.");
    case Ev::PcpDrain:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "This CPU's stock has grown too big, so some pages go back to the shared buddy "
                             "allocator.");
    case Ev::BuddyFree:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The freed page is merged with its free neighbours (its buddies) into the largest "
            "possible block, so big blocks stay available.");
    case Ev::FrameOwner:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The page frame's record (its struct page) now says who uses it: {1:o}.");
    case Ev::PageAllocFailure:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "No free page the caller may use is left: the allocation fails, and the kernel logs why.");
    case Ev::FaultInjected:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "vmviz makes this call fail on purpose, to show what the kernel does when memory runs "
            "out.");
    case Ev::SlabPage:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "This page now belongs to the slab cache {2:c}, which carves it into small objects.");
    case Ev::SlabFreelist:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The new slab page is cut into {2} equal objects, chained together in a free list.");
    case Ev::SlabCpuSlab:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "This slab page becomes this CPU's current source of {1:c} objects, so the next "
                             "allocations need no lock.");
    case Ev::SlabDeactivate:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Every object of this slab page is in use, so the CPU stops allocating from it.");
    case Ev::SlabPartial:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "This slab page has used and free objects; it waits on the partial list for later "
            "allocations.");
    case Ev::SlabObjectAlloc:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The first free object of the slab page is handed out.");
    case Ev::SlabObjectFree:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The object goes back on its slab page's free list, ready to be reused.");
    case Ev::SlabObjectRole:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "This small object is used as {1:s}.");
    case Ev::SlabPageFreed:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "No object of this slab page is in use, so the whole page returns to the page "
                             "allocator.");
    case Ev::KmemleakCreate:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "kmemleak starts watching this block; a scan reports it only if it finds fewer than "
            "min_count ({2:i}) pointers to it.");
    case Ev::KmemleakDelete:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "kmemleak stops watching the block: it was freed properly.");
    case Ev::KmemleakUnknown:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "kmemleak watches no block at this address, so there is nothing to forget.");
    case Ev::KmlScanStart:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "A leak scan starts: every watched block's pointer count goes back to 0, then memory "
            "is searched for pointers.");
    case Ev::KmlRootRef:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "A pointer to this block was found in a root (global data or a caller's variable): "
            "count found/needed is {2:q}.");
    case Ev::KmlRootRefGray:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "A root points to this block and that is enough: it turns gray (reachable, not a "
            "leak) and will be searched for pointers itself.");
    case Ev::KmlObjectRef:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "A pointer to this block was found inside another reachable block: count found/needed "
            "is {2:q}.");
    case Ev::KmlObjectRefGray:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "A reachable block points to this one and that is enough: it turns gray (reachable, "
            "not a leak).");
    case Ev::KmlScanObject:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "This reachable (gray) block is searched for pointers; every block it points to is "
            "reachable too.");
    case Ev::KmlChecksumChanged:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The block's contents changed since the last scan, so it is probably in use: kmemleak "
            "waits one more scan instead of reporting it.");
    case Ev::KmlReported:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Nothing points to this block and it is old enough: kmemleak reports a suspected leak.");
    case Ev::KmlTooYoung:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Nothing points to this block, but it is younger than 5 seconds and may still be being "
            "set up, so it is not reported yet.");
    case Ev::KmlClear:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "The reported block is marked as known, so later scans stop reporting it.");
    case Ev::VmapOverflow:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "No free hole of the vmalloc address range is big enough: free the lazily released "
            "ranges, then try once more.");
    case Ev::VmapReserve:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The first free hole big enough is [{0:a}, {1:a}); it is taken now.");
    case Ev::VmapFill:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The area's descriptor (vm_struct) is filled in: start address, size with the guard "
            "page, flags.");
    case Ev::VmlistInsert:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "The area joins vmlist, the address-sorted list that /proc/vmallocinfo prints.");
    case Ev::VmlistRemove:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The area leaves vmlist, so /proc/vmallocinfo no longer shows it.");
    case Ev::NrPages:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The area needs {0} page(s); their addresses go into an array of {1} bytes, which must be "
            "allocated first.");
    case Ev::SetVpages:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The page array was too big for kmalloc, so it came from a nested vmalloc; this flag "
            "tells vfree how to free it.");
    case Ev::PagesArray:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The area remembers where its page array is, so vfree can find every page later.");
    case Ev::PageStore:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Page {0} of the buffer is page frame {1:x}: the array records which physical page "
            "backs each virtual page.");
    case Ev::NrPagesCut:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Only {0} pages could be allocated: the count is cut to {0} so the cleanup frees exactly "
            "those.");
    case Ev::TableAlloc:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "A new, zeroed page becomes a {1:L} table, because no table existed yet for this part of "
            "the address space.");
    case Ev::EntryWrite:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The {1:L} entry now points to the next-level table, so the walk for this address can "
            "go on.");
    case Ev::EntryBusy:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "This page-table entry should be empty but already holds a mapping: the kernel warns, "
            "a bug somewhere.");
    case Ev::PtesCleared:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "{0} page-table entries are cleared: those virtual pages no longer lead to any memory.");
    case Ev::TlbFlush:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Every CPU drops its cached translations (the TLB) once for the whole batch, so none "
            "keeps using an old mapping.");
    case Ev::VmSizeShrink:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The area's recorded size drops by the guard page, which was never backed by memory.");
    case Ev::LazyFree:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The range is freed lazily: its page tables stay until enough freed ranges pile up, then "
            "one purge clears them all with one TLB flush.");
    case Ev::LazyPurgeNeeded:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Too many pages are waiting to be unmapped: time to purge.");
    case Ev::PurgeMark:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "This lazily freed range is purged now: its page-table entries are cleared.");
    case Ev::PurgeRelease:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The range's addresses are free again for the next vmalloc.");
    case Ev::RcuFreeQueued:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Other CPUs may still be reading this record without a lock, so it is freed only after "
            "an RCU grace period.");
    case Ev::RcuGracePeriod:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Every CPU has passed a quiet point, so the records waiting for RCU can be freed now.");
    case Ev::LazyNrSub:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The count of pages waiting to be unmapped goes down by what this purge cleared.");
    case Ev::PurgeNothing:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "Nothing is waiting to be purged.");
    case Ev::VfreeNull:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "vfree(NULL) does nothing, like free(NULL) in C.");
    case Ev::LogLine:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The kernel prints a line to its log (dmesg).");
    case Ev::Warn:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The kernel detected a bug: it prints a WARNING with a backtrace to dmesg and keeps "
            "running.");
    case Ev::Oops:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The kernel hit a fatal error in this task (an oops): it prints a report and kills the "
            "task.");
    case Ev::OomKill:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Memory is completely gone and nothing can be given back, so the kernel's last resort, the "
            "OOM killer, picks a process to kill. Here the only one is our own task; it keeps running "
            "the module's code, but further allocations that find no memory fail at once.");
    case Ev::TaskKilled:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The task that hit the oops is killed: none of its {0} open function calls will return.");
    case Ev::VarAssign:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "The module keeps the address in its variable {0:s}, like `{0:s} = ptr;` in C.");
    case Ev::VarLeak:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The module forgets its pointer without freeing the block: a memory leak, unless "
            "something else still points there.");
    case Ev::Sleep:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "Time passes ({0} ms); jiffies is the kernel's clock-tick counter.");
    case Ev::FaultArmed:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "vmviz arms a deliberate failure, to show how the kernel copes when memory runs out.");
    case Ev::Write:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The module writes {1} bytes into the block, which changes its contents (kmemleak's "
            "checksum notices).");
    case Ev::KmemleakAlias:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The address points into the middle of a watched block, not at its start, so kmemleak "
            "cannot find it to forget it: the block stays watched.");
    case Ev::Chapter:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "A new chapter of the lesson begins: {0:s}.");
    case Ev::VmInit618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The vm_struct is filled in: its flags, who asked for it, and the size requested.");
    case Ev::ScanArea618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "kmemleak is told which part of the vmap_area to scan, so the area's own start and end "
            "addresses do not count as references to it.");
    case Ev::PurgeTake:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The purge collects a lazily freed range from one vmap node.");
    case Ev::PreloadSpare:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "A spare vmap_area is parked on this CPU, in case the search has to split a free block.");
    case Ev::LowestMatch:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "The free-space tree gives the lowest free block large enough for the request.");
    case Ev::LazyFree618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The range is not reusable yet: it counts towards the lazy total that triggers a purge.");
    case Ev::KmlExcessRef:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "A reference to the vm_struct counts for the area it describes: that is how 6.18 lets "
            "kmemleak see the module's area as referenced.");
    case Ev::GuardPage618:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "One unmapped page is added after the area, so running off its end faults instead of "
            "corrupting a neighbour.");
    case Ev::FreeMerge:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The freed range joins the free space, merging with free neighbours into one larger block.");
    case Ev::ExcessRef:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "kmemleak is told that a reference to this vm_struct also counts for the memory it describes.");
    case Ev::DrainScheduled:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Enough lazily freed memory has piled up: a background worker is asked to purge it.");
    case Ev::ClipRe:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "The new area takes the right end of the free block; the rest stays free.");
    case Ev::ClipNe:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The new area sits in the middle of the free block, which splits in two around it.");
    case Ev::ClipLe:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "The new area takes the left end of the free block; the rest stays free.");
    case Ev::ClipFl:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage", "The new area uses the whole free block, which disappears from the free tree.");
    case Ev::ClearUninitialized:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The area is fully set up, so it becomes visible in /proc/vmallocinfo.");
    case Ev::BusyUnlink:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The area leaves the tree of areas in use.");
    case Ev::PoolEmpty:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "No ready range of this size is waiting in this CPU's vmap node, so the allocator searches "
            "the free tree as usual.");
    case Ev::PoolTake:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "A range of exactly this size, freed and purged earlier, is reused as it is: the most "
            "recently pooled one comes first.");
    case Ev::VnId:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The area remembers which vmap node it came from, so after a purge it goes back to that "
            "node's pool.");
    case Ev::PoolAdd:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The purged range is kept aside for the next request of the same size instead of merging "
            "with free neighbours.");
    case Ev::PoolDecay:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Part of a pool is given back, so kept ranges do not hold address space for ever.");
    case Ev::HugeShift:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The request is large enough for huge pages: the area will be 2 MiB aligned and each 2 MiB "
            "mapped by a single PMD entry.");
    case Ev::HugeFallback:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "Huge pages could not be had, so the same request is retried with ordinary 4 KiB pages.");
    case Ev::PmdFreePteTable:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "An empty PTE table left over from earlier mappings is freed, so its PMD entry can become a "
            "2 MiB leaf.");
    case Ev::HugePmdCleared:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The single entry that mapped 2 MiB is cleared: the whole 2 MiB is unmapped at once.");
    case Ev::KmallocGfpAdjust:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "For more than a page, kmalloc is only asked politely: no warning and no waiting for memory to "
            "be reclaimed, because vmalloc can step in.");
    case Ev::KmallocLarge:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "{2} bytes is more than the largest kmalloc cache, so a contiguous block of 2^{1} pages is the "
            "allocation itself.");
    case Ev::KmallocOrderTooBig:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "No block that large exists in the page allocator at all (4 MiB is the most), so kmalloc fails "
            "at once.");
    case Ev::KmallocLargeFree:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The whole block of 2^{1} pages goes back to the page allocator.");
    case Ev::KvmallocFallback:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "kmalloc could not give contiguous memory, so kvmalloc takes it from vmalloc, scattered pages "
            "behind one contiguous address range (2 MiB mappings when the size allows).");
    case Ev::KvmallocNoFallback:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "For a page or less vmalloc would not help, so kvmalloc simply reports the failure.");
    case Ev::KvmallocTooBig:
        return VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "kvmalloc refuses any size above 2 GiB - 1 and warns about it.");
    case Ev::IsVmallocAddr:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "kvfree cannot know who allocated the memory, so it looks at the address: inside the vmalloc "
            "range means vmalloc.");
    case Ev::BusyInsert:
        return VMVIZ_TRANSLATE_NOOP(
            "PlainLanguage",
            "The new area goes into the tree of areas in use, and the vm_struct learns its address and "
            "size.");
    case Ev::Count:
        break;
    }
    return VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The kernel's state changes.");
}

namespace {

constexpr std::string_view kContext = "PlainLanguage";

/// A sentence of this file in the reader's language, its placeholders filled.
std::string say(const TextTranslator* translator, std::string_view english, const FormatArgs& args)
{
    std::string storage;
    return expandFormat(localizeFormat(translator, kContext, english, storage), args);
}

/// Why a failed return matters, by what the function returns.
std::string failedReturn(const Step& step, const FunctionInfo& fn, const TextTranslator* translator)
{
    const auto value = static_cast<std::int64_t>(step.args[0]);
    const std::string texts[] = {std::string(fn.name), errnoName(value)};
    if (step.function == Fn::vmalloc || step.function == Fn::vmalloc_32 ||
        step.function == Fn::vmalloc_user || step.function == Fn::__vmalloc)
        return say(
            translator,
            VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                 "{0:t} failed and returned NULL: the module must check for NULL before "
                                 "it uses the pointer, and give up (a driver returns -ENOMEM)."),
            {{}, texts});
    if (roleCarriesErrno(fn.returnRole))
        return say(translator,
                   VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                        "{0:t} failed with {1:t}: the caller must undo what it "
                                        "did and report the failure upward."),
                   {{}, texts});
    return say(translator,
               VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "{0:t} failed and returned NULL: there is nothing to use, so "
                                    "the caller must undo what it did and fail too."),
               {{}, texts});
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
std::string entryWrite(const Trace& trace, const Step& step, const TextTranslator* translator)
{
    const EntryPosition at = unpackTableEntry(step.args[1]);
    if (at.level != LEVEL_PTE)
        return say(translator, plainEventFormat(Ev::EntryWrite), {step.args, {}, &trace});
    const std::uint64_t pfn[] = {(step.args[0] & k::PTE_PFN_MASK) >> k::PAGE_SHIFT};
    return say(translator,
               VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                    "The page-table entry now maps this virtual page to page "
                                    "frame {0:x}: the CPU can reach the memory through the "
                                    "vmalloc address."),
               {pfn});
}

std::string plainLanguageWith(const Trace& trace, const Step& step, const TextTranslator* translator)
{
    const FormatArgs args{step.args, {}, &trace};
    switch (step.kind) {
    case StepKind::Call:
        if (step.function == Fn::kmemleak_alloc && step.args[0] == 0)
            return say(translator,
                       VMVIZ_TRANSLATE_NOOP("PlainLanguage",
                                            "The allocation failed, so kmemleak_alloc gets NULL "
                                            "and has nothing to watch."),
                       args);
        return say(translator, plainCallFormat(step.function), args);
    case StepKind::Return:
        if (returnFailed(step))
            return failedReturn(step, functionInfo(step.function), translator);
        return say(translator, plainReturnFormat(step.function), args);
    case StepKind::Effect:
        if (step.event == Ev::EntryWrite)
            return entryWrite(trace, step, translator);
        if (step.event == Ev::VarAssign && step.args[1] == 0)
            return say(translator,
                       VMVIZ_TRANSLATE_NOOP("PlainLanguage", "{0:s} is NULL: the call failed, and the module "
                                                             "must not use it as a pointer."),
                       args);
        return say(translator, plainEventFormat(step.event), args);
    }
    return say(translator, VMVIZ_TRANSLATE_NOOP("PlainLanguage", "The kernel's state changes."), args);
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
    return plainLanguageWith(trace, step, nullptr);
}

std::string plainLanguage(const Trace& trace, const Step& step, const TextTranslator& translator)
{
    return plainLanguageWith(trace, step, &translator);
}

} // namespace vmviz
