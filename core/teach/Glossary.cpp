// SPDX-License-Identifier: GPL-2.0-only
#include "teach/Glossary.h"

#include "base/Translatable.h"

#include <array>

namespace vmviz::teach {

namespace {

// clang-format off
constexpr std::array kTerms = {
    // Physical memory and the page allocator.
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "page frame"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "A 4 KiB piece of physical RAM, the unit the page allocator hands out. A virtual page is mapped onto one."),
        "mm/page_alloc.c", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "page frame|page frames|frame|frames")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "PFN"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Page frame number: a physical address divided by 4096 (PAGE_SHIFT = 12). Frame 0x7803 holds the physical bytes from 0x7803000 up."),
        "include/asm-generic/memory_model.h: page_to_pfn, pfn_to_page", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "pfn|PFN|pfns")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "struct page"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The kernel's record of one page frame: flags, a reference count, list links, who uses it. The array mem_map holds one per frame."),
        "include/linux/mm_types.h: struct page", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "struct page")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "zone"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "A range of physical memory with its own free lists: DMA (below 16 MiB), DMA32 (below 4 GiB), Normal (the rest). A gfp mask says which zones a request may use."),
        "include/linux/mmzone.h: struct zone", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "zone|zones|DMA32|DMA")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "buddy allocator"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The page allocator: it keeps free blocks of 2^order frames, splits a bigger block to serve a smaller request and merges a freed block with its free buddy."),
        "mm/page_alloc.c: __rmqueue, __free_one_page", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "buddy allocator|page allocator")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "buddy order"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "A block of order n is 2^n physically contiguous frames, aligned to its size: order 0 is one page, order 10 (the largest in 2.6.36, MAX_ORDER - 1) is 4 MiB."),
        "include/linux/mmzone.h: MAX_ORDER", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "order|order-0|order-1|order-2|order-3|order-4|order-5|order-6|order-7|order-8|order-9|order-10")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "buddy"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The other half of the block a block was split from. Two free buddies of the same order merge back into one block of the next order."),
        "mm/page_alloc.c: __page_find_buddy", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "buddy|buddies")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "free_area"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "A zone's array of free lists, one per order (free_area[0] to free_area[10]), each split again by migratetype."),
        "include/linux/mmzone.h: struct free_area", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "free_area")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "expand"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "How the buddy allocator splits a block that is too big: it halves it again and again, putting each unused upper half back on the free list of its order."),
        "mm/page_alloc.c: expand", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "expand")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "per-CPU list"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Each CPU's private stock of free order-0 pages (struct per_cpu_pages). Single pages are taken and freed there without the zone lock; it is refilled and drained in batches."),
        "mm/page_alloc.c: buffered_rmqueue, free_hot_cold_page", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "per-CPU|per-CPU list|rmqueue_bulk")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "migratetype"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "What kind of pages a free block is kept for: Unmovable (kernel data), Reclaimable, Movable (user pages). Grouping them limits fragmentation; when one type's lists are empty, a request steals a block from another (the fallback)."),
        "include/linux/mmzone.h: MIGRATE_UNMOVABLE; mm/page_alloc.c: __rmqueue_fallback", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "migratetype|Unmovable|Movable|Reclaimable|__rmqueue_fallback")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "gfp mask"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Get-free-pages flags: which zones a request may use and what the allocator may do to find memory. GFP_KERNEL may sleep; __GFP_HIGHMEM allows high zones; __GFP_ZERO asks for zeroed memory."),
        "include/linux/gfp.h", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "gfp|gfp_mask|GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO|__GFP_REPEAT")},
    // Slab.
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "slab allocator"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Serves small objects: it takes whole pages (slabs) and cuts each into equal objects. 2.6.36 uses SLUB by default."),
        "mm/slub.c", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "slab|slabs|SLUB|slab allocator")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "kmalloc cache"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "One slab cache per size class (kmalloc-8, kmalloc-16 … kmalloc-4096): kmalloc(n) takes an object from the smallest class that fits n bytes."),
        "include/linux/slub_def.h: kmalloc_caches, kmalloc_index", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "kmalloc-8|kmalloc-16|kmalloc-32|kmalloc-64|kmalloc-96|kmalloc-128|kmalloc-192|kmalloc-256|kmalloc-512|kmalloc-1024|kmalloc-2048|kmalloc-4096|kmalloc cache")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "kmalloc"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The kernel's malloc for small sizes; kzalloc also zeroes the memory. The object lives in the direct map."),
        "include/linux/slab.h: kmalloc_node, kzalloc_node", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "kmalloc|kmalloc_node|kzalloc_node|kmalloc'ed")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "freelist"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The chain of free objects in a slab page: each free object stores the address of the next one."),
        "mm/slub.c: get_freepointer", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "freelist")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "partial list"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The list of slabs that have both used and free objects, kept per node, so later allocations can fill them."),
        "mm/slub.c: add_partial", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "partial list")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "direct map"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "All RAM is mapped at PAGE_OFFSET (0xffff880000000000 on x86-64), so physical address p is also kernel virtual address PAGE_OFFSET + p. kmalloc'ed objects and page tables live there."),
        "arch/x86/include/asm/page_64_types.h: __PAGE_OFFSET", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "direct map|direct-map")},
    // vmalloc.
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "vmalloc"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Allocates memory that is contiguous in kernel virtual addresses but built from single pages anywhere in RAM, mapped one by one through the page tables."),
        "mm/vmalloc.c: vmalloc", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "vmalloc|vmalloc'ed")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "vmalloc range"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The kernel virtual addresses vmalloc hands out: VMALLOC_START (0xffffc90000000000) to VMALLOC_END (0xffffe8ffffffffff) on x86-64."),
        "arch/x86/include/asm/pgtable_64_types.h: VMALLOC_START", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "VMALLOC_START|VMALLOC_END")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "vmap_area"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "vmalloc's note of one used address range [va_start, va_end), kept in a red-black tree (vmap_area_root) and an address-sorted list. It is freed lazily."),
        "mm/vmalloc.c: struct vmap_area", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "vmap_area|va|vmap_area_root")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "vm_struct"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The descriptor of one vmalloc area: addr, size (guard page included), flags, the page array, nr_pages and the caller. Linked on vmlist."),
        "include/linux/vmalloc.h: struct vm_struct", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "vm_struct|vm")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "vmlist"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The list of every vm_struct, sorted by address; /proc/vmallocinfo prints it."),
        "mm/vmalloc.c: vmlist", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "vmlist|/proc/vmallocinfo")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "page array"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "area->pages: one struct page pointer per page of the area. Up to a page big it comes from kmalloc; bigger, from vmalloc itself (the recursion, with VM_VPAGES)."),
        "mm/vmalloc.c: __vmalloc_area_node", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "page array|area->pages")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "nr_pages"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "How many pages an area holds; vfree frees exactly that many, so a failed vmalloc cuts it to the pages it got."),
        "include/linux/vmalloc.h: struct vm_struct", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "nr_pages|area->nr_pages")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "VM_VPAGES"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "A vm_struct flag: the page array was itself vmalloc'ed, so vfree must vfree it instead of kfree."),
        "include/linux/vmalloc.h: VM_VPAGES", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "VM_VPAGES")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "guard page"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "One extra page at the end of every vmalloc area, reserved but never mapped, so running off the end faults instead of corrupting the next area. vm->size counts it."),
        "mm/vmalloc.c: __get_vm_area_node (size += PAGE_SIZE)", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "guard page|PAGE_SIZE")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "gap page"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "In 2.6.36, alloc_vmap_area starts its next candidate one page after the previous area's end (first->va_end + PAGE_SIZE), so areas reserved in a row are also separated by a page that belongs to no area."),
        "mm/vmalloc.c: alloc_vmap_area, 2.6.36", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "gap page")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "PAGE_ALIGN"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Rounds a size up to a multiple of the page size (4096): PAGE_ALIGN(100) = 4096."),
        "include/linux/mm.h: PAGE_ALIGN", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "PAGE_ALIGN")},
    // Page tables.
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "page table"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The tree the CPU's MMU walks to turn a virtual address into a physical one. On x86-64 it has four levels; each table is one 4 KiB page of 512 entries."),
        "arch/x86/include/asm/pgtable_64.h", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "page table|page tables|page-table")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "PGD"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Page global directory, the top level: virtual address bits 47-39 pick one of its 512 entries, which points to a PUD table."),
        "arch/x86/include/asm/pgtable_64_types.h: PGDIR_SHIFT 39", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "PGD|pgd")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "PUD"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Page upper directory, level 2: address bits 38-30 pick the entry, which points to a PMD table."),
        "arch/x86/include/asm/pgtable_64_types.h: PUD_SHIFT 30", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "PUD|pud")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "PMD"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Page middle directory, level 3: address bits 29-21 pick the entry, which points to a PTE table."),
        "arch/x86/include/asm/pgtable_64_types.h: PMD_SHIFT 21", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "PMD|pmd")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "PTE"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Page table entry, the last level: address bits 20-12 pick it; it holds the PFN of the page frame and the _PAGE_* bits."),
        "arch/x86/include/asm/pgtable_types.h: pte_t", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "PTE|PTEs|pte")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "_PAGE_* bits"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Flags in a page-table entry: P present, RW writable, US user, A accessed, D dirty, G global (kept across address-space switches), NX no-execute."),
        "arch/x86/include/asm/pgtable_types.h: _PAGE_PRESENT …", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "P RW|_PAGE_PRESENT|NX|prot")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "init_mm"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The kernel's own address space: vmalloc writes its mappings into init_mm's page tables, which every process shares for kernel addresses."),
        "mm/init-mm.c: init_mm", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "init_mm|&init_mm")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "TLB flush"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The TLB is the CPU's cache of recent translations. After entries are cleared, every CPU must drop its cached copies, or it could still reach the old page."),
        "arch/x86/mm/tlb.c: flush_tlb_kernel_range", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "TLB|flush_tlb_kernel_range")},
    // vfree and the lazy purge.
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "lazy purge"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "vfree does not unmap at once: it marks the range VM_LAZY_FREE and counts its pages in vmap_lazy_nr. When that passes lazy_max_pages, one purge unmaps every such range with one TLB flush."),
        "mm/vmalloc.c: free_unmap_vmap_area_noflush, __purge_vmap_area_lazy", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "purge|lazily|lazily freed|VM_LAZY_FREE|VM_LAZY_FREEING")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "lazy_max_pages"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "How many lazily freed pages may wait before a purge: fls(number of CPUs) x 32 MiB of pages (24576 with 4 CPUs)."),
        "mm/vmalloc.c: lazy_max_pages", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "lazy_max_pages|vmap_lazy_nr")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "RCU"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Read-copy-update: readers walk shared lists without locks, so a writer frees an unlinked item only after a grace period, once every CPU has passed a quiet point."),
        "kernel/rcutree.c: call_rcu", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "RCU|call_rcu|rcu_free_va|grace period")},
    // kmemleak.
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "kmemleak"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The kernel's leak detector: it records every allocation as an object and scans memory for pointers to them; an object no pointer reaches is reported as a suspected leak."),
        "mm/kmemleak.c", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "kmemleak|kmemleak object|kmemleak_alloc|kmemleak_free")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "kmemleak colours"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "White: not (yet) referenced min_count times, a leak candidate. Gray: referenced enough (or min_count 0), not a leak, and scanned for pointers in turn. Black: min_count -1, never reported nor scanned."),
        "mm/kmemleak.c: color_white, color_gray", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "white|gray|black")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "min_count"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "How many pointers a scan must find for a kmemleak object to count as referenced: 1 for kmalloc; 3 for vmalloc in 2.6.36, because vm_struct and vmap_area also hold its address; 0 never reported."),
        "mm/kmemleak.c: struct kmemleak_object; mm/vmalloc.c: __vmalloc_node", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "min_count")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "count"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "How many pointers to a kmemleak object the current scan has found so far; it restarts at 0 with each scan."),
        "mm/kmemleak.c: scan_block", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "count found/needed|pointer count")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "checksum"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "kmemleak keeps a crc32 of each object's contents. A white object whose checksum changed since the last scan is not reported this time: it is probably still in use."),
        "mm/kmemleak.c: update_checksum", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "checksum|crc|crc32")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "root"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Memory a kmemleak scan always searches for pointers: the kernel's .data and .bss, per-CPU areas and task stacks (in vmviz, the scenario's variables)."),
        "mm/kmemleak.c: kmemleak_scan", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "root|roots|.data|.bss")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "jiffies"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The kernel's clock-tick counter; kmemleak reports only objects older than 5 seconds of jiffies."),
        "kernel/timer.c: jiffies", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "jiffies|jiffies_last_scan")},
    // Failures.
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "NULL return"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "A kernel allocator that fails returns NULL; every caller must check, undo what it did and fail too."),
        "mm/vmalloc.c: __vmalloc_area_node (fail:)", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "NULL")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "errno"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "Kernel functions that return an int signal failure with a negative error code: -ENOMEM (12) out of memory, -EBUSY (16) no vmalloc space left, -EINVAL (22) bad argument."),
        "include/asm-generic/errno-base.h", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "-ENOMEM|-EBUSY|-EINVAL|-EFAULT|ENOMEM|EBUSY")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "WARN"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "WARN_ON/WARN: the kernel noticed something that should never happen; it prints a 'cut here' block with a backtrace, taints itself and carries on."),
        "include/asm-generic/bug.h: WARN; kernel/panic.c: warn_slowpath_fmt", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "WARN|WARNING|WARN_ON")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "oops"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "A fatal kernel error in a task (a bad memory access): the kernel prints a report and kills the task; the system may go on."),
        "arch/x86/kernel/dumpstack.c: oops_end", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "oops|Oops")},
    GlossaryTerm{VMVIZ_TRANSLATE_NOOP("Glossary", "dmesg"),
        VMVIZ_TRANSLATE_NOOP("Glossary", "The kernel's log, written with printk; `dmesg` prints it."),
        "kernel/printk.c: printk", VMVIZ_TRANSLATE_NOOP("GlossaryMatches", "dmesg|printk")},
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

LocalizedGlossaryTerm localizedGlossaryTerm(const GlossaryTerm& term, const TextTranslator& translator)
{
    std::string storage;
    LocalizedGlossaryTerm out;
    out.term = localizeFormat(&translator, "Glossary", term.term, storage);
    out.definition = localizeFormat(&translator, "Glossary", term.definition, storage);
    out.where = term.where;
    return out;
}

namespace {

/// One word that stands for a term.
struct TermWord
{
    std::string_view word;
    std::size_t term = 0;
};

void addWords(std::vector<TermWord>& out, std::string_view words, std::size_t term)
{
    while (!words.empty()) {
        const std::size_t bar = words.find('|');
        if (bar != 0)
            out.push_back({words.substr(0, bar), term});
        words = bar == std::string_view::npos ? std::string_view{} : words.substr(bar + 1);
    }
}

/// At each position, the longest word of any term that stands alone there.
std::vector<GlossaryHit> findWords(std::string_view text, const std::vector<TermWord>& words)
{
    std::vector<GlossaryHit> hits;
    std::size_t at = 0;
    while (at < text.size()) {
        GlossaryHit best{};
        for (const TermWord& w : words)
            if (w.word.size() > best.length && text.substr(at, w.word.size()) == w.word &&
                standsAlone(text, at, w.word.size()))
                best = {at, w.word.size(), w.term};
        if (best.length > 0) {
            hits.push_back(best);
            at += best.length;
        } else {
            ++at;
        }
    }
    return hits;
}

} // namespace

std::vector<GlossaryHit> findGlossaryTerms(std::string_view text)
{
    std::vector<TermWord> words;
    for (std::size_t t = 0; t < kTerms.size(); ++t)
        addWords(words, kTerms[t].matches, t);
    return findWords(text, words);
}

std::vector<GlossaryHit> findGlossaryTerms(std::string_view text, const TextTranslator& translator)
{
    if (!translator)
        return findGlossaryTerms(text);
    std::vector<std::string> translated(kTerms.size());
    std::vector<TermWord> words;
    for (std::size_t t = 0; t < kTerms.size(); ++t) {
        addWords(words, kTerms[t].matches, t);
        translated[t] = translator("GlossaryMatches", kTerms[t].matches);
    }
    for (std::size_t t = 0; t < kTerms.size(); ++t)
        if (translated[t] != kTerms[t].matches)
            addWords(words, translated[t], t);
    return findWords(text, words);
}

} // namespace vmviz::teach
