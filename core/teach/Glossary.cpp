#include "teach/Glossary.h"

#include <array>

namespace vmviz::teach {

namespace {

// clang-format off
constexpr std::array kTerms = {
    // Physical memory and the page allocator.
    GlossaryTerm{"page frame",
        "A 4 KiB piece of physical RAM, the unit the page allocator hands out. A virtual page is mapped onto one.",
        "mm/page_alloc.c", "page frame|page frames|frame|frames"},
    GlossaryTerm{"PFN",
        "Page frame number: a physical address divided by 4096 (PAGE_SHIFT = 12). Frame 0x7803 holds the physical bytes from 0x7803000 up.",
        "include/asm-generic/memory_model.h: page_to_pfn, pfn_to_page", "pfn|PFN|pfns"},
    GlossaryTerm{"struct page",
        "The kernel's record of one page frame: flags, a reference count, list links, who uses it. The array mem_map holds one per frame.",
        "include/linux/mm_types.h: struct page", "struct page"},
    GlossaryTerm{"zone",
        "A range of physical memory with its own free lists: DMA (below 16 MiB), DMA32 (below 4 GiB), Normal (the rest). A gfp mask says which zones a request may use.",
        "include/linux/mmzone.h: struct zone", "zone|zones|DMA32|DMA"},
    GlossaryTerm{"buddy allocator",
        "The page allocator: it keeps free blocks of 2^order frames, splits a bigger block to serve a smaller request and merges a freed block with its free buddy.",
        "mm/page_alloc.c: __rmqueue, __free_one_page", "buddy allocator|page allocator"},
    GlossaryTerm{"buddy order",
        "A block of order n is 2^n physically contiguous frames, aligned to its size: order 0 is one page, order 10 (the largest in 2.6.36, MAX_ORDER - 1) is 4 MiB.",
        "include/linux/mmzone.h: MAX_ORDER", "order|order-0|order-1|order-2|order-3|order-4|order-5|order-6|order-7|order-8|order-9|order-10"},
    GlossaryTerm{"buddy",
        "The other half of the block a block was split from. Two free buddies of the same order merge back into one block of the next order.",
        "mm/page_alloc.c: __page_find_buddy", "buddy|buddies"},
    GlossaryTerm{"free_area",
        "A zone's array of free lists, one per order (free_area[0] to free_area[10]), each split again by migratetype.",
        "include/linux/mmzone.h: struct free_area", "free_area"},
    GlossaryTerm{"expand",
        "How the buddy allocator splits a block that is too big: it halves it again and again, putting each unused upper half back on the free list of its order.",
        "mm/page_alloc.c: expand", "expand"},
    GlossaryTerm{"per-CPU list",
        "Each CPU's private stock of free order-0 pages (struct per_cpu_pages). Single pages are taken and freed there without the zone lock; it is refilled and drained in batches.",
        "mm/page_alloc.c: buffered_rmqueue, free_hot_cold_page", "per-CPU|per-CPU list|rmqueue_bulk"},
    GlossaryTerm{"migratetype",
        "What kind of pages a free block is kept for: Unmovable (kernel data), Reclaimable, Movable (user pages). Grouping them limits fragmentation; when one type's lists are empty, a request steals a block from another (the fallback).",
        "include/linux/mmzone.h: MIGRATE_UNMOVABLE; mm/page_alloc.c: __rmqueue_fallback", "migratetype|Unmovable|Movable|Reclaimable|__rmqueue_fallback"},
    GlossaryTerm{"gfp mask",
        "Get-free-pages flags: which zones a request may use and what the allocator may do to find memory. GFP_KERNEL may sleep; __GFP_HIGHMEM allows high zones; __GFP_ZERO asks for zeroed memory.",
        "include/linux/gfp.h", "gfp|gfp_mask|GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO|__GFP_REPEAT"},
    // Slab.
    GlossaryTerm{"slab allocator",
        "Serves small objects: it takes whole pages (slabs) and cuts each into equal objects. 2.6.36 uses SLUB by default.",
        "mm/slub.c", "slab|slabs|SLUB|slab allocator"},
    GlossaryTerm{"kmalloc cache",
        "One slab cache per size class (kmalloc-8, kmalloc-16 … kmalloc-4096): kmalloc(n) takes an object from the smallest class that fits n bytes.",
        "include/linux/slub_def.h: kmalloc_caches, kmalloc_index", "kmalloc-8|kmalloc-16|kmalloc-32|kmalloc-64|kmalloc-96|kmalloc-128|kmalloc-192|kmalloc-256|kmalloc-512|kmalloc-1024|kmalloc-2048|kmalloc-4096|kmalloc cache"},
    GlossaryTerm{"kmalloc",
        "The kernel's malloc for small sizes; kzalloc also zeroes the memory. The object lives in the direct map.",
        "include/linux/slab.h: kmalloc_node, kzalloc_node", "kmalloc|kmalloc_node|kzalloc_node|kmalloc'ed"},
    GlossaryTerm{"freelist",
        "The chain of free objects in a slab page: each free object stores the address of the next one.",
        "mm/slub.c: get_freepointer", "freelist"},
    GlossaryTerm{"partial list",
        "The list of slabs that have both used and free objects, kept per node, so later allocations can fill them.",
        "mm/slub.c: add_partial", "partial list"},
    GlossaryTerm{"direct map",
        "All RAM is mapped at PAGE_OFFSET (0xffff880000000000 on x86-64), so physical address p is also kernel virtual address PAGE_OFFSET + p. kmalloc'ed objects and page tables live there.",
        "arch/x86/include/asm/page_64_types.h: __PAGE_OFFSET", "direct map|direct-map"},
    // vmalloc.
    GlossaryTerm{"vmalloc",
        "Allocates memory that is contiguous in kernel virtual addresses but built from single pages anywhere in RAM, mapped one by one through the page tables.",
        "mm/vmalloc.c: vmalloc", "vmalloc|vmalloc'ed"},
    GlossaryTerm{"vmalloc range",
        "The kernel virtual addresses vmalloc hands out: VMALLOC_START (0xffffc90000000000) to VMALLOC_END (0xffffe8ffffffffff) on x86-64.",
        "arch/x86/include/asm/pgtable_64_types.h: VMALLOC_START", "VMALLOC_START|VMALLOC_END"},
    GlossaryTerm{"vmap_area",
        "vmalloc's note of one used address range [va_start, va_end), kept in a red-black tree (vmap_area_root) and an address-sorted list. It is freed lazily.",
        "mm/vmalloc.c: struct vmap_area", "vmap_area|va|vmap_area_root"},
    GlossaryTerm{"vm_struct",
        "The descriptor of one vmalloc area: addr, size (guard page included), flags, the page array, nr_pages and the caller. Linked on vmlist.",
        "include/linux/vmalloc.h: struct vm_struct", "vm_struct|vm"},
    GlossaryTerm{"vmlist",
        "The list of every vm_struct, sorted by address; /proc/vmallocinfo prints it.",
        "mm/vmalloc.c: vmlist", "vmlist|/proc/vmallocinfo"},
    GlossaryTerm{"page array",
        "area->pages: one struct page pointer per page of the area. Up to a page big it comes from kmalloc; bigger, from vmalloc itself (the recursion, with VM_VPAGES).",
        "mm/vmalloc.c: __vmalloc_area_node", "page array|area->pages"},
    GlossaryTerm{"nr_pages",
        "How many pages an area holds; vfree frees exactly that many, so a failed vmalloc cuts it to the pages it got.",
        "include/linux/vmalloc.h: struct vm_struct", "nr_pages|area->nr_pages"},
    GlossaryTerm{"VM_VPAGES",
        "A vm_struct flag: the page array was itself vmalloc'ed, so vfree must vfree it instead of kfree.",
        "include/linux/vmalloc.h: VM_VPAGES", "VM_VPAGES"},
    GlossaryTerm{"guard page",
        "One extra page at the end of every vmalloc area, reserved but never mapped, so running off the end faults instead of corrupting the next area. vm->size counts it.",
        "mm/vmalloc.c: __get_vm_area_node (size += PAGE_SIZE)", "guard page|PAGE_SIZE"},
    GlossaryTerm{"gap page",
        "In 2.6.36, alloc_vmap_area starts its next candidate one page after the previous area's end (first->va_end + PAGE_SIZE), so areas reserved in a row are also separated by a page that belongs to no area.",
        "mm/vmalloc.c: alloc_vmap_area, 2.6.36", "gap page"},
    GlossaryTerm{"PAGE_ALIGN",
        "Rounds a size up to a multiple of the page size (4096): PAGE_ALIGN(100) = 4096.",
        "include/linux/mm.h: PAGE_ALIGN", "PAGE_ALIGN"},
    // Page tables.
    GlossaryTerm{"page table",
        "The tree the CPU's MMU walks to turn a virtual address into a physical one. On x86-64 it has four levels; each table is one 4 KiB page of 512 entries.",
        "arch/x86/include/asm/pgtable_64.h", "page table|page tables|page-table"},
    GlossaryTerm{"PGD",
        "Page global directory, the top level: virtual address bits 47-39 pick one of its 512 entries, which points to a PUD table.",
        "arch/x86/include/asm/pgtable_64_types.h: PGDIR_SHIFT 39", "PGD|pgd"},
    GlossaryTerm{"PUD",
        "Page upper directory, level 2: address bits 38-30 pick the entry, which points to a PMD table.",
        "arch/x86/include/asm/pgtable_64_types.h: PUD_SHIFT 30", "PUD|pud"},
    GlossaryTerm{"PMD",
        "Page middle directory, level 3: address bits 29-21 pick the entry, which points to a PTE table.",
        "arch/x86/include/asm/pgtable_64_types.h: PMD_SHIFT 21", "PMD|pmd"},
    GlossaryTerm{"PTE",
        "Page table entry, the last level: address bits 20-12 pick it; it holds the PFN of the page frame and the _PAGE_* bits.",
        "arch/x86/include/asm/pgtable_types.h: pte_t", "PTE|PTEs|pte"},
    GlossaryTerm{"_PAGE_* bits",
        "Flags in a page-table entry: P present, RW writable, US user, A accessed, D dirty, G global (kept across address-space switches), NX no-execute.",
        "arch/x86/include/asm/pgtable_types.h: _PAGE_PRESENT …", "P RW|_PAGE_PRESENT|NX|prot"},
    GlossaryTerm{"init_mm",
        "The kernel's own address space: vmalloc writes its mappings into init_mm's page tables, which every process shares for kernel addresses.",
        "mm/init-mm.c: init_mm", "init_mm|&init_mm"},
    GlossaryTerm{"TLB flush",
        "The TLB is the CPU's cache of recent translations. After entries are cleared, every CPU must drop its cached copies, or it could still reach the old page.",
        "arch/x86/mm/tlb.c: flush_tlb_kernel_range", "TLB|flush_tlb_kernel_range"},
    // vfree and the lazy purge.
    GlossaryTerm{"lazy purge",
        "vfree does not unmap at once: it marks the range VM_LAZY_FREE and counts its pages in vmap_lazy_nr. When that passes lazy_max_pages, one purge unmaps every such range with one TLB flush.",
        "mm/vmalloc.c: free_unmap_vmap_area_noflush, __purge_vmap_area_lazy", "purge|lazily|lazily freed|VM_LAZY_FREE|VM_LAZY_FREEING"},
    GlossaryTerm{"lazy_max_pages",
        "How many lazily freed pages may wait before a purge: fls(number of CPUs) x 32 MiB of pages (24576 with 4 CPUs).",
        "mm/vmalloc.c: lazy_max_pages", "lazy_max_pages|vmap_lazy_nr"},
    GlossaryTerm{"RCU",
        "Read-copy-update: readers walk shared lists without locks, so a writer frees an unlinked item only after a grace period, once every CPU has passed a quiet point.",
        "kernel/rcutree.c: call_rcu", "RCU|call_rcu|rcu_free_va|grace period"},
    // kmemleak.
    GlossaryTerm{"kmemleak",
        "The kernel's leak detector: it records every allocation as an object and scans memory for pointers to them; an object no pointer reaches is reported as a suspected leak.",
        "mm/kmemleak.c", "kmemleak|kmemleak object|kmemleak_alloc|kmemleak_free"},
    GlossaryTerm{"kmemleak colours",
        "White: not (yet) referenced min_count times, a leak candidate. Gray: referenced enough (or min_count 0), not a leak, and scanned for pointers in turn. Black: min_count -1, never reported nor scanned.",
        "mm/kmemleak.c: color_white, color_gray", "white|gray|black"},
    GlossaryTerm{"min_count",
        "How many pointers a scan must find for a kmemleak object to count as referenced: 1 for kmalloc; 3 for vmalloc in 2.6.36, because vm_struct and vmap_area also hold its address; 0 never reported.",
        "mm/kmemleak.c: struct kmemleak_object; mm/vmalloc.c: __vmalloc_node", "min_count"},
    GlossaryTerm{"count",
        "How many pointers to a kmemleak object the current scan has found so far; it restarts at 0 with each scan.",
        "mm/kmemleak.c: scan_block", "count found/needed|pointer count"},
    GlossaryTerm{"checksum",
        "kmemleak keeps a crc32 of each object's contents. A white object whose checksum changed since the last scan is not reported this time: it is probably still in use.",
        "mm/kmemleak.c: update_checksum", "checksum|crc|crc32"},
    GlossaryTerm{"root",
        "Memory a kmemleak scan always searches for pointers: the kernel's .data and .bss, per-CPU areas and task stacks (in vmviz, the scenario's variables).",
        "mm/kmemleak.c: kmemleak_scan", "root|roots|.data|.bss"},
    GlossaryTerm{"jiffies",
        "The kernel's clock-tick counter; kmemleak reports only objects older than 5 seconds of jiffies.",
        "kernel/timer.c: jiffies", "jiffies|jiffies_last_scan"},
    // Failures.
    GlossaryTerm{"NULL return",
        "A kernel allocator that fails returns NULL; every caller must check, undo what it did and fail too.",
        "mm/vmalloc.c: __vmalloc_area_node (fail:)", "NULL"},
    GlossaryTerm{"errno",
        "Kernel functions that return an int signal failure with a negative error code: -ENOMEM (12) out of memory, -EBUSY (16) no vmalloc space left, -EINVAL (22) bad argument.",
        "include/asm-generic/errno-base.h", "-ENOMEM|-EBUSY|-EINVAL|-EFAULT|ENOMEM|EBUSY"},
    GlossaryTerm{"WARN",
        "WARN_ON/WARN: the kernel noticed something that should never happen; it prints a 'cut here' block with a backtrace, taints itself and carries on.",
        "include/asm-generic/bug.h: WARN; kernel/panic.c: warn_slowpath_fmt", "WARN|WARNING|WARN_ON"},
    GlossaryTerm{"oops",
        "A fatal kernel error in a task (a bad memory access): the kernel prints a report and kills the task; the system may go on.",
        "arch/x86/kernel/dumpstack.c: oops_end", "oops|Oops"},
    GlossaryTerm{"dmesg",
        "The kernel's log, written with printk; `dmesg` prints it.",
        "kernel/printk.c: printk", "dmesg|printk"},
};
// clang-format on

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// A match must not be glued to a word on either side ("pfn" is not in "pfns_left").
bool standsAlone(std::string_view text, std::size_t at, std::size_t length)
{
    const bool startOk = at == 0 || !isWordChar(text[at - 1]) || !isWordChar(text[at]);
    const std::size_t end = at + length;
    const bool endOk = end >= text.size() || !isWordChar(text[end]) || !isWordChar(text[end - 1]);
    return startOk && endOk;
}

} // namespace

std::span<const GlossaryTerm> glossary()
{
    return kTerms;
}

const GlossaryTerm* findGlossaryTerm(std::string_view term)
{
    for (const GlossaryTerm& entry : kTerms)
        if (entry.term == term)
            return &entry;
    return nullptr;
}

std::vector<GlossaryHit> findGlossaryTerms(std::string_view text)
{
    // At each position, the longest word of any term that stands alone there.
    std::vector<GlossaryHit> hits;
    std::size_t at = 0;
    while (at < text.size()) {
        GlossaryHit best{};
        for (std::size_t t = 0; t < kTerms.size(); ++t) {
            std::string_view words = kTerms[t].matches;
            while (!words.empty()) {
                const std::size_t bar = words.find('|');
                const std::string_view word = words.substr(0, bar);
                words = bar == std::string_view::npos ? std::string_view{} : words.substr(bar + 1);
                if (word.size() > best.length && text.substr(at, word.size()) == word &&
                    standsAlone(text, at, word.size()))
                    best = {at, word.size(), t};
            }
        }
        if (best.length > 0) {
            hits.push_back(best);
            at += best.length;
        } else {
            ++at;
        }
    }
    return hits;
}

} // namespace vmviz::teach
