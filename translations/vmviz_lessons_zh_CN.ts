<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Lesson</name>
    <message>
        <source>Lazy free and purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree leaves the area busy as VM_LAZY_FREE until a purge unmaps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 1: the first vmalloc, end to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one vmalloc(100) from a module&apos;s init on a 128 MiB, 4-CPU machine, then vfree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for 100 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module&apos;s init function calls vmalloc(100). vmalloc hands out memory that is contiguous in virtual addresses but may be scattered in physical memory. Kernel memory comes in pages of 4096 bytes, so the first thing __vmalloc_node does is round 100 up: PAGE_ALIGN(100) = 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can&apos;t the kernel give out exactly 100 bytes of virtual address space?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through size = PAGE_ALIGN(100) = 4096. The page table maps whole pages; 100 bytes would still cost one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookkeeping first: vm_struct and vmap_area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before any memory for the caller, vmalloc needs two small records: a vm_struct (64 bytes, from kmalloc-64) that describes the area, and a vmap_area (from kmalloc-128) that reserves the address range. The slab caches are empty on a fresh machine, so each needs a fresh page from the page allocator: watch the per-CPU list get refilled with 7 pages split from one big buddy block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pages did the kernel take before it allocated the one page the caller will actually use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kzalloc_node(64) takes pfn 0x7800 for kmalloc-64, kmalloc_node(104) takes pfn 0x7801 for kmalloc-128. The range reserved is [0xffffc90000000000, 0xffffc90000002000): 4096 bytes plus the guard page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages, page tables and the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__vmalloc_area_node then kmallocs an 8-byte page array, takes one data page (pfn 0x7803) with alloc_page, and map_vm_area writes a PTE so the virtual address points at that page. This is the first mapping in the vmalloc range, so three page-table pages are allocated on the way (a PUD, a PMD and a PTE table). Finally kmemleak starts tracking the 100-byte object and vmalloc returns 0xffffc90000000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller gets 0xffffc90000000000. Which physical frame holds its first byte?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTE[0] = 0x8000000007803163: frame 0x7803, present, writable, global, not executable. kmemleak&apos;s object for it has min_count 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree gives it back (mostly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree deletes the kmemleak object, unlinks the vm_struct from vmlist, frees the data page to the per-CPU list and kfrees the page array and the vm_struct. The address range is not released yet: it is marked VM_LAZY_FREE, and its PTE stays until a later purge. That makes vfree cheap: one TLB flush can later cover many frees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After vfree, which of the things vmalloc created are still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vmap_area (kmalloc-128 object) and the three page-table pages survive vfree. Lesson 6 shows the purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 2: the guard page and the 2.6.36 gap page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three vmallocs in a row: each area has a guard page, and 2.6.36 leaves one more page unused between areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guard page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc(100) needs one page, but __get_vm_area_node adds one more: &apos;We always allocate a guard page&apos;. The guard page is never mapped, so code that runs past the end of its buffer faults instead of silently overwriting a neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a buffer of 4096 bytes is followed by an unmapped page, what happens on the write to byte 4096?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserved range is [0xffffc90000000000, 0xffffc90000002000): 8192 bytes for a 100-byte request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second area does not start right after the first one&apos;s guard page. alloc_vmap_area in 2.6.36 searches from ALIGN(first-&gt;va_end + PAGE_SIZE, align), so one extra page stays unused between consecutive areas. b = vmalloc(8192) is reserved at [0xffffc90000003000, 0xffffc90000006000): two data pages plus its guard page, starting one page after the end of a&apos;s range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&apos;s range ends at 0xffffc90000002000. Where would b start without the gap page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the gap it would be 0xffffc90000002000. The extra page is a quirk of this kernel version&apos;s search, not a second guard page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c = vmalloc(1) follows the same rule: one data page, one guard page, and a one-page gap before it, so it lands at 0xffffc90000007000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict where a fourth vmalloc(1) would land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0xffffc9000000a000: c&apos;s range ends at 0xffffc90000009000, plus the gap page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 3: where pages come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buddy allocator splits a big block, the per-CPU list is refilled in batches, and freed pages go back to the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty per-CPU list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each CPU keeps a small list of free single pages so most allocations avoid the global lock. On a fresh machine that list is empty, so the first request refills it with a batch of 7 pages from the buddy allocator (rmqueue_bulk). No small free block exists yet, so the buddy allocator takes an order-10 block (1024 pages) and splits it in halves again and again: 512, 256, ... down to single pages. Each upper half goes onto the free list of its order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many splits does it take to get from a 1024-page block to one page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten expand steps, one per order from 9 down to 0. The stolen block is a Movable one at pfn 0x7800 taken by __rmqueue_fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking from the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every later single-page allocation is served from the head of the per-CPU list until it runs dry; then another batch is taken from the buddy free lists, splitting smaller blocks this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the kernel take 7 pages at once instead of one at a time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batching amortises the zone lock. Watch &apos;N left on it&apos; count down in the narration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freed pages come back first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree puts each data page back at the head of the per-CPU list. The next allocation takes the page at the head, so the most recently freed page is the first reused (last in, first out): it is likely still in the CPU cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c = vmalloc(4K) comes right after vfree(b). Which frame will its data page be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the frame c&apos;s alloc_page returns with the last frame vfree(b) put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 4: page tables built on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first vmalloc allocates a PUD, a PMD and a PTE table; a second one nearby needs none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x86-64 translates an address through four levels: PGD, PUD, PMD, PTE. At boot the vmalloc range has only the top-level PGD. The first vmalloc has to create the missing tables on the way down: pud_alloc, pmd_alloc and pte_alloc_kernel each take one zeroed page. So a one-page vmalloc costs one data page plus three page-table pages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much virtual memory does one PTE table cover? (512 entries of 4 KiB each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 MiB per PTE table, 1 GiB per PMD table, 512 GiB per PUD table. PGD[402] is the slot for 0xffffc90000000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b = vmalloc(4K) lands a few pages further on, inside the same 2 MiB. All three tables already exist, so pud_alloc, pmd_alloc and pte_alloc_kernel just return the existing ones and only a PTE is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many page-table pages will the second mapping allocate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Contrast with a mapping that crosses into the next 2 MiB region: it needs a new PTE table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing a 2 MiB boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c = vmalloc(2M) does not fit in what is left of the first 2 MiB region, so its PTEs spill into the next PTE table, which must be allocated now: one more page-table page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would a vmalloc of 1 GiB need a new PMD table too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the &apos;take zeroed pfn ... as the new PTE table&apos; steps in this chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 5: the page array and the nested vmalloc at 513 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc keeps a pointer per page; at 513 pages that array is larger than a page and is itself vmalloc&apos;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pointer per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc remembers which physical page backs each virtual page in area-&gt;pages, an array of 8-byte pointers. For 512 pages (exactly 2 MiB) the array is 4096 bytes and comes from kmalloc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large is the page array for a 2 MiB vmalloc?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>512 x 8 = 4096 bytes: still one page, kmalloc_node handles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 MiB + 4 KiB is 513 pages, and 513 x 8 = 4104 bytes: more than a page. __vmalloc_area_node then gets the array by calling __vmalloc_node itself, a vmalloc inside a vmalloc. The nested call needs only a 2-page array, which kmalloc can provide, so the recursion stops after one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can this recursion never go deeper than one level on this machine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inner allocation is 4104 bytes: 2 pages, a 16-byte array. b&apos;s own range is reserved first, so the inner area sits just above it, at 0xffffc90000405000. b gets the flag VM_VPAGES, so vfree knows to vfree the array too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 6: vfree, lazy freeing and the purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree leaves the PTEs and the address range in place as VM_LAZY_FREE; purge_vmap_area_lazy clears them with one TLB flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area with two pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = vmalloc(8K) maps two data pages with two PTEs in the range [0xffffc90000000000, 0xffffc90000003000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many PTEs does this area use, and how many pages does its range span?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two PTEs; three pages including the guard page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree is lazy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree frees the two data pages right away, but the vmap_area only gets the flag VM_LAZY_FREE and vmap_lazy_nr grows by 3. The PTEs still point at the freed frames: stale mappings that nothing should use. Why? Clearing PTEs requires flushing the TLB of every CPU, which is expensive. The kernel collects freed areas and flushes once when lazy_max_pages is exceeded or when someone asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PTE still points at a frame that is back on the free list. Is that a security problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a bug (a use after free) can reach it; the point is to batch TLB flushes. lazy_max_pages is 24576 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range is still taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b = vmalloc(4K) cannot reuse a&apos;s range: it is still busy until the purge, so b goes after it at 0xffffc90000004000. Its data page, though, is one of the frames vfree just gave back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which physical frame will b get?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pfn 0x7803. vfree put 0x7803 and then 0x7804 at the head of the per-CPU list; 0x7804 went first, to a new kmalloc-8 slab for b&apos;s page array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge_vmap_area_lazy walks the lazily freed areas, clears their PTEs, does one TLB flush for the whole range and hands each vmap_area to call_rcu, which frees it after an RCU grace period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the purge, where would a new vmalloc(8K) land?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the bottom of the range again, 0xffffc90000000000: the lowest hole that fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 7: a leak found by kmemleak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmemleak reports an unreferenced vmalloc area once it is old enough and unchanged; a changed one waits for the next scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every vmalloc area is a kmemleak object with min_count 3: it counts as referenced only when at least three pointers to it are found (vmlist&apos;s vm_struct, the vmap_area, and the caller&apos;s own pointer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why 3 and not 1, as for an ordinary kmalloc?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm/vmalloc.c: kmemleak_alloc(addr, real_size, 3, gfp_mask). The kernel&apos;s own bookkeeping holds two references to every area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping pointers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module writes into b, then forgets its pointers to a and b. They are now leaks: only the kernel&apos;s two bookkeeping references remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pointers to a will the scanner find now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 of the 3 it needs, so a stays white (unreferenced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan reports a: white, old enough (at least 5 seconds) and unchanged. It does not report b yet: b&apos;s contents changed since the last checksum, so kmemleak gives it one more scan to be sure it is not in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not report b right away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum rule avoids false reports for objects that are being written, which a live object usually is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the second scan b&apos;s checksum is unchanged, so b is reported too. c is never reported: the caller still holds its pointer, so 3 references are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would the student do to make c a leak as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leak c, then two scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 8: a failed allocation and the unwinding vfree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the third of five pages cannot be allocated; __vmalloc_area_node frees the partial area with vfree and returns NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arming a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real kernels fail allocations under memory pressure. Here fault injection makes the third alloc_page call fail, so vmalloc(20K) (5 pages) gets only two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should a well-behaved allocator do with the two pages it already has?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail alloc_page after 2: the first two calls succeed, the third returns NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure and the unwinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When alloc_page returns NULL, __vmalloc_area_node sets area-&gt;nr_pages to the 2 pages it got and calls vfree on the area. vfree frees exactly those pages, the page array and the vm_struct, and marks the range lazily freed. vmalloc returns NULL. No page is leaked: setting nr_pages first is what tells vfree how many pages to give back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would go wrong if nr_pages still said 5 when vfree ran?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree would try to free three pages that were never allocated. The range stays lazily freed until the next purge, like any vfree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 9: vmalloc_32 and zones on a 6 GiB machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc takes pages from ZONE_NORMAL above 4 GiB, vmalloc_32 only from below 4 GiB (ZONE_DMA32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical memory is divided into zones. On x86-64: DMA (the first 16 MiB), DMA32 (up to 4 GiB) and Normal (everything above). Devices that can only address 32 bits need memory from the first two. Plain vmalloc asks with GFP_KERNEL|__GFP_HIGHMEM and the allocator prefers the highest zone, Normal: the pages come from above 4 GiB (pfn 0x179c03 and up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With 6 GiB of RAM, roughly how much of it is in ZONE_NORMAL?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything above 4 GiB; open the zone view to read the exact spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc_32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc_32 passes GFP_KERNEL|__GFP_DMA32, so the allocator may only use DMA32 or below: its pages are below 4 GiB (pfn 0xffc00 and up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual addresses of a and b look alike. How would a driver know which one a 32-bit device can reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot tell from the virtual address; only the PFNs in the PTEs show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc_user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc_user zeroes its pages (__GFP_ZERO) and aligns to a page, because the memory will be mapped into user space; its pages come from ZONE_NORMAL again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why must memory shown to user space be zeroed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise old kernel data would leak to user space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 10: fragmentation of the vmalloc range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeing every other area leaves holes; a large request does not fit in them and goes to the end, a small one fills the lowest hole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six areas of 8 KiB each are reserved one after another. With the guard page and the gap page, each takes 4 pages of address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much address space do six 8 KiB vmallocs use here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 x (2 data + 1 guard + 1 gap) pages = 96 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeing p[1], p[3] and p[5] and purging leaves holes between the areas still in use. Each hole is a few pages wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the purge, how large is the hole where p[1] was?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge is needed: until then the lazily freed ranges are still busy. p[0] ends at 0xffffc90000003000 and p[2] starts at 0xffffc90000008000: 5 free pages, of which the gap rule leaves 4 usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 16 KiB vmalloc needs 5 pages including its guard page. No hole between the busy areas is that large, so alloc_vmap_area goes past them: the free space is fragmented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where will big land: in a hole or after the last area?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lands at 0xffffc90000014000, where p[5] was: past p[4], the last busy area. alloc_vmap_area walks the busy areas in address order and takes the lowest hole that fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 4 KiB vmalloc (2 pages with its guard page) fits into the lowest hole, where p[1] was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which freed area&apos;s place will small take?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest hole that fits: p[1]&apos;s, at 0xffffc90000004000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 11: running out of vmalloc space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a 1 MiB vmalloc range, a lazily freed area blocks a request until a purge; then a request that cannot fit fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small vmalloc range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x86-64 has 32 TiB of vmalloc space, so it practically never runs out. This machine is configured with only 1 MiB (like 32-bit x86&apos;s vmalloc= boot option) so we can watch what happens. a takes 512 KiB and b 256 KiB, each plus a guard page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the 1 MiB range is left after a and b?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roughly 1024 - 516 - 260 - gap pages: a bit less than 256 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freed but still busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree(a) frees a&apos;s pages but its range stays busy (lazy freeing). A request for 300 KiB finds no hole, so alloc_vmap_area purges the lazily freed areas once and retries; now a&apos;s old range fits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the purge-and-retry, would c = vmalloc(300K) fail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the only hole big enough is a&apos;s lazily freed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really out of space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>600 KiB cannot fit anywhere, even after a purge. The kernel prints &apos;vmap allocation for size ... failed&apos; and vmalloc returns NULL, which the caller must check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should a driver do when vmalloc returns NULL?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return -ENOMEM. The failure is about address space, not about free pages: plenty of RAM is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 12: a bad vfree and its WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree of an address inside an area: kmemleak finds it only by alias, and __vunmap warns &quot;Trying to vfree() bad address&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = vmalloc(100) returns 0xffffc90000000000, the start of its area. vfree must be given exactly that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does vfree need the exact start address for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__vunmap looks the area up by its start address (find_vm_area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeing the wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeing 0xffffc90000000010, 16 bytes into the area, is a bug. kmemleak_free finds a&apos;s object only &apos;by alias&apos; and deletes nothing. __vunmap finds no area starting there and prints a WARNING with a stack trace: &apos;Trying to vfree() bad address&apos;. Nothing is freed, so a is still allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a leaked now, still usable, or freed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still allocated and tracked: the WARN is the kernel refusing the bad request (mm/vmalloc.c, __vunmap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correct free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree(a) with the right address frees the area as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which log line tells a developer where the bad vfree came from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WARN&apos;s call trace names mymod_init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson 13: what changed between 2.6.36 and 6.18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same lines on Linux 2.6.36 and 6.18 side by side: no gap page, kmemleak min_count 2 and page-rounded sizes, PTEs cleared at vfree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two small areas, back to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both kernels give a = vmalloc(100) the first address of the range, 0xffffc90000000000: one data page and one guard page. b = vmalloc(100) shows the first change. 2.6.36 searches the busy areas and leaves an unmapped gap page after each one, so b starts at 0xffffc90000003000. Since Linux 5.2, alloc_vmap_area searches the free space instead (an augmented rbtree, find_vmap_lowest_match) and leaves no gap: on 6.18, b starts at 0xffffc90000002000, right after a&apos;s guard page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many unmapped pages lie between a&apos;s data page and b&apos;s on each kernel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two on 2.6.36 (a&apos;s guard page and the gap page), one on 6.18 (the guard page). The compare view lists it as &apos;gap below the new area: A 4K, B none&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmemleak counts differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back at a&apos;s kmemleak object. 2.6.36 calls kmemleak_alloc(addr, 100, 3, …): the size asked for and min_count 3. 6.18 calls kmemleak_vmalloc(area, PAGE_ALIGN(size), …): the size rounded up to 4096 and min_count 2, because only the vm_struct&apos;s own pointer is discounted (object_set_excess_ref). c = vmalloc(8K) is one more area to free and watch. Its object shows min_count 3 against 2 again; its size, 8192, is already whole pages, so PAGE_ALIGN changes nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why would kmemleak report a leaked vmalloc area as 4096 bytes on 6.18 when the driver asked for 100?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm/kmemleak.c kmemleak_vmalloc: create_object(area-&gt;addr, size, 2, gfp); the caller passes PAGE_ALIGN(size) (mm/vmalloc.c, __vmalloc_node_range_noprof).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree: are the PTEs still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree(c) frees c&apos;s two data pages on both kernels, and neither flushes the TLB yet: the flush waits for the lazy purge. The difference is the page-table entries. 2.6.36 leaves both PTEs pointing at the freed frames until the purge (VM_LAZY_FREE). 6.18 clears them at once in free_unmap_vmap_area (vunmap_range_noflush) and defers only the TLB flush and the reuse of the address range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After vfree(c), how many PTEs still map c&apos;s range on each kernel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two on 2.6.36, none on 6.18. The compare view lists &apos;PTEs cleared: A 0, B 2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing through a stale pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver writes through c after freeing it: a use after free. On 2.6.36 the stale PTE is still there, so the write lands silently in a frame that already belongs to the page allocator again. On 6.18 the PTE is gone, so the write faults and the task is killed with an oops: the bug shows up where it happens. (A real CPU may still hold a stale TLB entry until the flush, so the crash is likely rather than certain.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kernel makes this bug easier to find, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6.18: clearing the PTEs at vfree turns a silent corruption into a page fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge_vmap_area_lazy flushes the TLB once for every lazily freed range and returns the ranges for reuse. On 2.6.36 it also clears the PTEs now; on 6.18 there are none left to clear. d = vmalloc(8K) then asks for c&apos;s size again. 2.6.36 takes the lowest hole that fits. 6.18 on more than one CPU may first pop a free range of exactly that size from the vmap node&apos;s pool, the one the purge just put there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does d land on each kernel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two &apos;returned&apos; values in the compare view; on one CPU (--variant cpus=1) 6.18 has one vmap node and no pool reuse, so it is plain lowest fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recursion at 513 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page array (513 * 8 bytes) is more than a page, so __vmalloc_area_node vmallocs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2010 walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one vmalloc of 100 bytes on Linux 2.6.36, then vfree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test_vmalloc: fix-size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lib/test_vmalloc.c fix_size_alloc_test: vmalloc 3 pages, write a byte, vfree, in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix_size_alloc_test does the same thing over and over: ptr = vmalloc(3 * PAGE_SIZE), write one byte, vfree(ptr). It measures the cost of the common case. Each vfree leaves the range lazily freed, so each new vmalloc gets the next range up; the data pages are reused from the per-CPU list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the address grow on every pass although only one area is in use at a time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazy freeing: ranges are only reused after a purge. In the kernel test the purge happens when lazy_max_pages is exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purge clears the stale PTEs of all 32 ranges with one TLB flush and makes the range free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many TLB flushes did the 32 frees cost in total?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One, in the purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test_vmalloc: full-fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lib/test_vmalloc.c full_fit_alloc_test: interleave kept and junk pages, free the junk, then allocate into the exact-size holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept and junk areas, interleaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test allocates one-page areas in pairs: ptr[i], then junk_ptr[i]. Then it frees all the junk, leaving a hole between every two kept areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the junk is freed and purged, how big is each hole (in pages)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 2.6.36 each area also owns a guard page, and there is the gap page: count them in the range view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting into the holes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now each one-page allocation can land exactly in a hole (&apos;full fit&apos;). The test checks that the allocator finds them, and how fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does the first tmp land: in the first hole or after the last area?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alloc_vmap_area takes the lowest hole that fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finally the kept areas are freed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left in the vmalloc range after the final purge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of the test; page-table pages stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test_vmalloc: long busy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lib/test_vmalloc.c long_busy_list_alloc_test: many one-page areas stay busy while a 100-page and a 1-page area come and go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long busy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test first makes the list of busy areas long: 15000 one-page vmallocs in the kernel, 200 here. Every later allocation has to search past all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why would a long list of busy areas slow down every vmalloc?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.6.36 finds a free hole by walking the busy areas in address order; later kernels keep the free holes in their own tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate and free on top of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, in a loop, it allocates 100 pages and one page, writes a byte into each and frees both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do ptr_1 and ptr_2 land: before or after the 200 busy areas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After them: the busy areas are packed from the bottom of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finally the 200 busy areas are freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much lazily freed address space is waiting for a purge now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at vmap_lazy_nr in the last vfree&apos;s narration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test_vmalloc: random size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lib/test_vmalloc.c random_size_alloc_test: vmalloc 1 to 100 pages at random, write a byte, vfree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random_size_alloc_test allocates n pages with n random between 1 and 100, writes one byte and frees it. Different sizes exercise different paths: a small page array from kmalloc, new PTE tables when a range crosses 2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With n up to 100 pages, can the page array ever need the nested vmalloc from lesson 5?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: 100 x 8 = 800 bytes, well under a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the fix-size test, the freed ranges were lazily freed; one purge clears them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would a different seed change which page-table pages are allocated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, potentially: the sizes decide how far up the range the areas reach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
