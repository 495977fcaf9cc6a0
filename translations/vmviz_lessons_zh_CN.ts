<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Lesson</name>
    <message>
        <source>Lazy free and purge</source>
        <translation>延迟释放与清除（purge）</translation>
    </message>
    <message>
        <source>vfree leaves the area busy as VM_LAZY_FREE until a purge unmaps it</source>
        <translation>vfree 把区域标为 VM_LAZY_FREE 并保持占用，直到一次清除（purge）才解除映射</translation>
    </message>
    <message>
        <source>Lesson 1: the first vmalloc, end to end</source>
        <translation>第 1 课：第一次 vmalloc，从头到尾</translation>
    </message>
    <message>
        <source>one vmalloc(100) from a module&apos;s init on a 128 MiB, 4-CPU machine, then vfree</source>
        <translation>在 128 MiB、4 个 CPU 的机器上，模块的初始化函数调用一次 vmalloc(100)，随后 vfree</translation>
    </message>
    <message>
        <source>Asking for 100 bytes</source>
        <translation>申请 100 字节</translation>
    </message>
    <message>
        <source>A module&apos;s init function calls vmalloc(100). vmalloc hands out memory that is contiguous in virtual addresses but may be scattered in physical memory. Kernel memory comes in pages of 4096 bytes, so the first thing __vmalloc_node does is round 100 up: PAGE_ALIGN(100) = 4096.</source>
        <translation>模块的初始化函数调用 vmalloc(100)。vmalloc 分配的内存在虚拟地址上连续，在物理内存中却可能分散。内核内存以 4096 字节的页为单位，所以 __vmalloc_node 做的第一件事就是向上取整：PAGE_ALIGN(100) = 4096。</translation>
    </message>
    <message>
        <source>Why can&apos;t the kernel give out exactly 100 bytes of virtual address space?</source>
        <translation>为什么内核不能正好分出 100 字节的虚拟地址空间？</translation>
    </message>
    <message>
        <source>Step through size = PAGE_ALIGN(100) = 4096. The page table maps whole pages; 100 bytes would still cost one page.</source>
        <translation>单步执行到 size = PAGE_ALIGN(100) = 4096。页表映射的是整页；100 字节照样要占一页。</translation>
    </message>
    <message>
        <source>Bookkeeping first: vm_struct and vmap_area</source>
        <translation>先做簿记：vm_struct 与 vmap_area</translation>
    </message>
    <message>
        <source>Before any memory for the caller, vmalloc needs two small records: a vm_struct (64 bytes, from kmalloc-64) that describes the area, and a vmap_area (from kmalloc-128) that reserves the address range. The slab caches are empty on a fresh machine, so each needs a fresh page from the page allocator: watch the per-CPU list get refilled with 7 pages split from one big buddy block.</source>
        <translation>在给调用者分配任何内存之前，vmalloc 需要两个小记录：描述该区域的 vm_struct（64 字节，来自 kmalloc-64），以及预留地址范围的 vmap_area（来自 kmalloc-128）。刚启动的机器上 slab 缓存都是空的，所以每个缓存都要从页分配器拿一个新页：请观察每 CPU 页列表（per-CPU list）如何被补充，补进的 7 个页是从一个大的伙伴块拆分出来的。</translation>
    </message>
    <message>
        <source>How many pages did the kernel take before it allocated the one page the caller will actually use?</source>
        <translation>在分配调用者真正要用的那一页之前，内核一共拿了多少页？</translation>
    </message>
    <message>
        <source>kzalloc_node(64) takes pfn 0x7800 for kmalloc-64, kmalloc_node(104) takes pfn 0x7801 for kmalloc-128. The range reserved is [0xffffc90000000000, 0xffffc90000002000): 4096 bytes plus the guard page.</source>
        <translation>kzalloc_node(64) 为 kmalloc-64 拿走 pfn 0x7800，kmalloc_node(104) 为 kmalloc-128 拿走 pfn 0x7801。预留的范围是 [0xffffc90000000000, 0xffffc90000002000)：4096 字节再加一个保护页。</translation>
    </message>
    <message>
        <source>Pages, page tables and the mapping</source>
        <translation>物理页、页表与映射</translation>
    </message>
    <message>
        <source>__vmalloc_area_node then kmallocs an 8-byte page array, takes one data page (pfn 0x7803) with alloc_page, and map_vm_area writes a PTE so the virtual address points at that page. This is the first mapping in the vmalloc range, so three page-table pages are allocated on the way (a PUD, a PMD and a PTE table). Finally kmemleak starts tracking the 100-byte object and vmalloc returns 0xffffc90000000000.</source>
        <translation>接着 __vmalloc_area_node 用 kmalloc 分配一个 8 字节的页数组，用 alloc_page 取得一个数据页（pfn 0x7803），map_vm_area 再写入一个页表项（PTE），让虚拟地址指向这个页。这是 vmalloc 区中的第一个映射，所以途中还要分配三个页表页（一个 PUD、一个 PMD 和一个 PTE 表）。最后 kmemleak 开始跟踪这个 100 字节的对象，vmalloc 返回 0xffffc90000000000。</translation>
    </message>
    <message>
        <source>The caller gets 0xffffc90000000000. Which physical frame holds its first byte?</source>
        <translation>调用者得到 0xffffc90000000000。它的第一个字节在哪个物理页框里？</translation>
    </message>
    <message>
        <source>PTE[0] = 0x8000000007803163: frame 0x7803, present, writable, global, not executable. kmemleak&apos;s object for it has min_count 3.</source>
        <translation>PTE[0] = 0x8000000007803163：页框 0x7803，存在、可写、全局、不可执行。kmemleak 为它建的对象 min_count 为 3。</translation>
    </message>
    <message>
        <source>vfree gives it back (mostly)</source>
        <translation>vfree 把它还回去（大部分）</translation>
    </message>
    <message>
        <source>vfree deletes the kmemleak object, unlinks the vm_struct from vmlist, frees the data page to the per-CPU list and kfrees the page array and the vm_struct. The address range is not released yet: it is marked VM_LAZY_FREE, and its PTE stays until a later purge. That makes vfree cheap: one TLB flush can later cover many frees.</source>
        <translation>vfree 删除 kmemleak 对象，把 vm_struct 从 vmlist 中摘下，把数据页释放到每 CPU 页列表，再 kfree 页数组和 vm_struct。地址范围此时还没有释放：它被标为 VM_LAZY_FREE，它的 PTE 一直保留到之后的清除（purge）。这让 vfree 很廉价：之后一次刷新 TLB 就能覆盖许多次释放。</translation>
    </message>
    <message>
        <source>After vfree, which of the things vmalloc created are still there?</source>
        <translation>vfree 之后，vmalloc 创建的东西里哪些还在？</translation>
    </message>
    <message>
        <source>The vmap_area (kmalloc-128 object) and the three page-table pages survive vfree. Lesson 6 shows the purge.</source>
        <translation>vmap_area（kmalloc-128 对象）和三个页表页在 vfree 之后仍然存在。第 6 课演示清除（purge）。</translation>
    </message>
    <message>
        <source>Lesson 2: the guard page and the 2.6.36 gap page</source>
        <translation>第 2 课：保护页与 2.6.36 的间隔页</translation>
    </message>
    <message>
        <source>three vmallocs in a row: each area has a guard page, and 2.6.36 leaves one more page unused between areas</source>
        <translation>连续三次 vmalloc：每个区域都有一个保护页，而 2.6.36 还在区域之间多空出一页</translation>
    </message>
    <message>
        <source>The guard page</source>
        <translation>保护页</translation>
    </message>
    <message>
        <source>vmalloc(100) needs one page, but __get_vm_area_node adds one more: &apos;We always allocate a guard page&apos;. The guard page is never mapped, so code that runs past the end of its buffer faults instead of silently overwriting a neighbour.</source>
        <translation>vmalloc(100) 需要一页，但 __get_vm_area_node 又多加了一页：&apos;We always allocate a guard page&apos;（我们总是分配一个保护页）。保护页从不映射，所以越过缓冲区末尾的代码会触发缺页异常，而不是悄悄覆盖相邻的数据。</translation>
    </message>
    <message>
        <source>If a buffer of 4096 bytes is followed by an unmapped page, what happens on the write to byte 4096?</source>
        <translation>如果一个 4096 字节的缓冲区后面紧跟一个未映射的页，写第 4096 个字节时会发生什么？</translation>
    </message>
    <message>
        <source>The reserved range is [0xffffc90000000000, 0xffffc90000002000): 8192 bytes for a 100-byte request.</source>
        <translation>预留的范围是 [0xffffc90000000000, 0xffffc90000002000)：为 100 字节的请求占用 8192 字节。</translation>
    </message>
    <message>
        <source>The gap page</source>
        <translation>间隔页</translation>
    </message>
    <message>
        <source>The second area does not start right after the first one&apos;s guard page. alloc_vmap_area in 2.6.36 searches from ALIGN(first-&gt;va_end + PAGE_SIZE, align), so one extra page stays unused between consecutive areas. b = vmalloc(8192) is reserved at [0xffffc90000003000, 0xffffc90000006000): two data pages plus its guard page, starting one page after the end of a&apos;s range.</source>
        <translation>第二个区域并不紧接在第一个区域的保护页之后开始。2.6.36 的 alloc_vmap_area 从 ALIGN(first-&gt;va_end + PAGE_SIZE, align) 开始查找，所以相邻两个区域之间会多空出一页。b = vmalloc(8192) 预留在 [0xffffc90000003000, 0xffffc90000006000)：两个数据页加上它的保护页，起点比 a 的范围末尾晚一页。</translation>
    </message>
    <message>
        <source>a&apos;s range ends at 0xffffc90000002000. Where would b start without the gap page?</source>
        <translation>a 的范围结束于 0xffffc90000002000。如果没有间隔页，b 会从哪里开始？</translation>
    </message>
    <message>
        <source>Without the gap it would be 0xffffc90000002000. The extra page is a quirk of this kernel version&apos;s search, not a second guard page.</source>
        <translation>没有间隔页的话，b 会从 0xffffc90000002000 开始。多出的这一页是这个内核版本查找方式的特性，并不是第二个保护页。</translation>
    </message>
    <message>
        <source>Pattern check</source>
        <translation>验证规律</translation>
    </message>
    <message>
        <source>c = vmalloc(1) follows the same rule: one data page, one guard page, and a one-page gap before it, so it lands at 0xffffc90000007000.</source>
        <translation>c = vmalloc(1) 遵循同样的规则：一个数据页、一个保护页，前面再空一个间隔页，所以它落在 0xffffc90000007000。</translation>
    </message>
    <message>
        <source>Predict where a fourth vmalloc(1) would land.</source>
        <translation>预测第四次 vmalloc(1) 会落在哪里。</translation>
    </message>
    <message>
        <source>0xffffc9000000a000: c&apos;s range ends at 0xffffc90000009000, plus the gap page.</source>
        <translation>0xffffc9000000a000：c 的范围结束于 0xffffc90000009000，再加上间隔页。</translation>
    </message>
    <message>
        <source>Lesson 3: where pages come from</source>
        <translation>第 3 课：物理页从哪里来</translation>
    </message>
    <message>
        <source>the buddy allocator splits a big block, the per-CPU list is refilled in batches, and freed pages go back to the head</source>
        <translation>伙伴分配器拆分一个大块，每 CPU 页列表成批补充，释放的页回到列表头部</translation>
    </message>
    <message>
        <source>An empty per-CPU list</source>
        <translation>空的每 CPU 页列表</translation>
    </message>
    <message>
        <source>Each CPU keeps a small list of free single pages so most allocations avoid the global lock. On a fresh machine that list is empty, so the first request refills it with a batch of 7 pages from the buddy allocator (rmqueue_bulk). No small free block exists yet, so the buddy allocator takes an order-10 block (1024 pages) and splits it in halves again and again: 512, 256, ... down to single pages. Each upper half goes onto the free list of its order.</source>
        <translation>每个 CPU 都保留一个小小的空闲单页列表，让大多数分配不必拿全局锁。刚启动的机器上这个列表是空的，所以第一次请求会从伙伴分配器成批取 7 个页来补充它（rmqueue_bulk）。这时还没有小的空闲块，伙伴分配器只好拿一个 10 阶的块（1024 页），一次次对半拆分：512、256……直到单页。每次拆下的上半块挂到对应阶的空闲链表上。</translation>
    </message>
    <message>
        <source>How many splits does it take to get from a 1024-page block to one page?</source>
        <translation>从 1024 页的块拆到一页，需要拆分多少次？</translation>
    </message>
    <message>
        <source>Ten expand steps, one per order from 9 down to 0. The stolen block is a Movable one at pfn 0x7800 taken by __rmqueue_fallback.</source>
        <translation>十次 expand，每阶一次，从 9 阶到 0 阶。被借用的块是 pfn 0x7800 处的一个 Movable 块，由 __rmqueue_fallback 取得。</translation>
    </message>
    <message>
        <source>Taking from the head</source>
        <translation>从头部取页</translation>
    </message>
    <message>
        <source>Every later single-page allocation is served from the head of the per-CPU list until it runs dry; then another batch is taken from the buddy free lists, splitting smaller blocks this time.</source>
        <translation>之后每次单页分配都从每 CPU 页列表的头部取，直到列表取空；然后再从伙伴系统的空闲链表成批取一次，这次拆分的是更小的块。</translation>
    </message>
    <message>
        <source>Why does the kernel take 7 pages at once instead of one at a time?</source>
        <translation>为什么内核一次取 7 个页，而不是一次取一个？</translation>
    </message>
    <message>
        <source>Batching amortises the zone lock. Watch &apos;N left on it&apos; count down in the narration.</source>
        <translation>成批操作分摊了管理区锁（zone lock）的开销。请在解说里观察列表上剩余的页数逐步减少。</translation>
    </message>
    <message>
        <source>Freed pages come back first</source>
        <translation>释放的页最先回来</translation>
    </message>
    <message>
        <source>vfree puts each data page back at the head of the per-CPU list. The next allocation takes the page at the head, so the most recently freed page is the first reused (last in, first out): it is likely still in the CPU cache.</source>
        <translation>vfree 把每个数据页放回每 CPU 页列表的头部。下一次分配取头部的页，所以最近释放的页最先被重用（后进先出）：它很可能还在 CPU 缓存里。</translation>
    </message>
    <message>
        <source>c = vmalloc(4K) comes right after vfree(b). Which frame will its data page be?</source>
        <translation>c = vmalloc(4K) 紧跟在 vfree(b) 之后。它的数据页会是哪个页框？</translation>
    </message>
    <message>
        <source>Compare the frame c&apos;s alloc_page returns with the last frame vfree(b) put back.</source>
        <translation>比较 c 的 alloc_page 返回的页框和 vfree(b) 最后放回的页框。</translation>
    </message>
    <message>
        <source>Lesson 4: page tables built on demand</source>
        <translation>第 4 课：按需建立的页表</translation>
    </message>
    <message>
        <source>the first vmalloc allocates a PUD, a PMD and a PTE table; a second one nearby needs none</source>
        <translation>第一次 vmalloc 分配一个 PUD、一个 PMD 和一个 PTE 表；紧挨着的第二次一个也不需要</translation>
    </message>
    <message>
        <source>The first mapping</source>
        <translation>第一个映射</translation>
    </message>
    <message>
        <source>x86-64 translates an address through four levels: PGD, PUD, PMD, PTE. At boot the vmalloc range has only the top-level PGD. The first vmalloc has to create the missing tables on the way down: pud_alloc, pmd_alloc and pte_alloc_kernel each take one zeroed page. So a one-page vmalloc costs one data page plus three page-table pages here.</source>
        <translation>x86-64 通过四级页表翻译地址：PGD、PUD、PMD、PTE。启动时 vmalloc 区只有顶层的 PGD。第一次 vmalloc 必须在向下的路上建立缺少的各级页表：pud_alloc、pmd_alloc 和 pte_alloc_kernel 各取一个清零的页。所以这里一页的 vmalloc 要花一个数据页再加三个页表页。</translation>
    </message>
    <message>
        <source>How much virtual memory does one PTE table cover? (512 entries of 4 KiB each)</source>
        <translation>一个 PTE 表覆盖多少虚拟内存？（512 个表项，每项 4 KiB）</translation>
    </message>
    <message>
        <source>2 MiB per PTE table, 1 GiB per PMD table, 512 GiB per PUD table. PGD[402] is the slot for 0xffffc90000000000.</source>
        <translation>每个 PTE 表 2 MiB，每个 PMD 表 1 GiB，每个 PUD 表 512 GiB。PGD[402] 是 0xffffc90000000000 所在的槽位。</translation>
    </message>
    <message>
        <source>The second mapping</source>
        <translation>第二个映射</translation>
    </message>
    <message>
        <source>b = vmalloc(4K) lands a few pages further on, inside the same 2 MiB. All three tables already exist, so pud_alloc, pmd_alloc and pte_alloc_kernel just return the existing ones and only a PTE is written.</source>
        <translation>b = vmalloc(4K) 落在往后几页的地方，仍在同一个 2 MiB 之内。三级页表都已存在，所以 pud_alloc、pmd_alloc 和 pte_alloc_kernel 只是返回现有的表，只写入一个 PTE。</translation>
    </message>
    <message>
        <source>How many page-table pages will the second mapping allocate?</source>
        <translation>第二个映射会分配多少个页表页？</translation>
    </message>
    <message>
        <source>None. Contrast with a mapping that crosses into the next 2 MiB region: it needs a new PTE table.</source>
        <translation>一个也不分配。对比一个跨入下一个 2 MiB 区域的映射：它需要一个新的 PTE 表。</translation>
    </message>
    <message>
        <source>Crossing a 2 MiB boundary</source>
        <translation>跨越 2 MiB 边界</translation>
    </message>
    <message>
        <source>c = vmalloc(2M) does not fit in what is left of the first 2 MiB region, so its PTEs spill into the next PTE table, which must be allocated now: one more page-table page.</source>
        <translation>c = vmalloc(2M) 放不进第一个 2 MiB 区域剩下的空间，所以它的 PTE 溢出到下一个 PTE 表，而这个表必须现在分配：又多一个页表页。</translation>
    </message>
    <message>
        <source>Would a vmalloc of 1 GiB need a new PMD table too?</source>
        <translation>1 GiB 的 vmalloc 是否还需要一个新的 PMD 表？</translation>
    </message>
    <message>
        <source>Count the &apos;take zeroed pfn ... as the new PTE table&apos; steps in this chapter.</source>
        <translation>数一数本章中“取一个清零的页框作为新的 PTE 表”的步骤。</translation>
    </message>
    <message>
        <source>Lesson 5: the page array and the nested vmalloc at 513 pages</source>
        <translation>第 5 课：页数组与 513 页时的嵌套 vmalloc</translation>
    </message>
    <message>
        <source>vmalloc keeps a pointer per page; at 513 pages that array is larger than a page and is itself vmalloc&apos;ed</source>
        <translation>vmalloc 为每一页保存一个指针；到 513 页时这个数组超过一页，它本身也要用 vmalloc 分配</translation>
    </message>
    <message>
        <source>A pointer per page</source>
        <translation>每页一个指针</translation>
    </message>
    <message>
        <source>vmalloc remembers which physical page backs each virtual page in area-&gt;pages, an array of 8-byte pointers. For 512 pages (exactly 2 MiB) the array is 4096 bytes and comes from kmalloc.</source>
        <translation>vmalloc 在 area-&gt;pages 中记下每个虚拟页由哪个物理页支撑，这是一个 8 字节指针的数组。512 页（正好 2 MiB）时数组为 4096 字节，由 kmalloc 分配。</translation>
    </message>
    <message>
        <source>How large is the page array for a 2 MiB vmalloc?</source>
        <translation>2 MiB 的 vmalloc，页数组有多大？</translation>
    </message>
    <message>
        <source>512 x 8 = 4096 bytes: still one page, kmalloc_node handles it.</source>
        <translation>512 x 8 = 4096 字节：仍是一页，由 kmalloc_node 处理。</translation>
    </message>
    <message>
        <source>One page more</source>
        <translation>再多一页</translation>
    </message>
    <message>
        <source>2 MiB + 4 KiB is 513 pages, and 513 x 8 = 4104 bytes: more than a page. __vmalloc_area_node then gets the array by calling __vmalloc_node itself, a vmalloc inside a vmalloc. The nested call needs only a 2-page array, which kmalloc can provide, so the recursion stops after one level.</source>
        <translation>2 MiB + 4 KiB 是 513 页，513 x 8 = 4104 字节：超过一页。于是 __vmalloc_area_node 调用 __vmalloc_node 本身来获得这个数组，即 vmalloc 里面套一个 vmalloc。嵌套的调用只需要一个 2 页的数组，kmalloc 就能提供，所以递归只有一层。</translation>
    </message>
    <message>
        <source>Why can this recursion never go deeper than one level on this machine?</source>
        <translation>为什么在这台机器上这个递归永远不会超过一层？</translation>
    </message>
    <message>
        <source>The inner allocation is 4104 bytes: 2 pages, a 16-byte array. b&apos;s own range is reserved first, so the inner area sits just above it, at 0xffffc90000405000. b gets the flag VM_VPAGES, so vfree knows to vfree the array too.</source>
        <translation>内层分配是 4104 字节：2 页，页数组 16 字节。b 自己的范围先被预留，所以内层区域紧贴在它上方，位于 0xffffc90000405000。b 带上 VM_VPAGES 标志，这样 vfree 就知道也要 vfree 这个数组。</translation>
    </message>
    <message>
        <source>Lesson 6: vfree, lazy freeing and the purge</source>
        <translation>第 6 课：vfree、延迟释放与清除（purge）</translation>
    </message>
    <message>
        <source>vfree leaves the PTEs and the address range in place as VM_LAZY_FREE; purge_vmap_area_lazy clears them with one TLB flush</source>
        <translation>vfree 把 PTE 和地址范围原样留下，标为 VM_LAZY_FREE；purge_vmap_area_lazy 用一次 TLB 刷新把它们清除</translation>
    </message>
    <message>
        <source>An area with two pages</source>
        <translation>有两个页的区域</translation>
    </message>
    <message>
        <source>a = vmalloc(8K) maps two data pages with two PTEs in the range [0xffffc90000000000, 0xffffc90000003000).</source>
        <translation>a = vmalloc(8K) 在范围 [0xffffc90000000000, 0xffffc90000003000) 中用两个 PTE 映射两个数据页。</translation>
    </message>
    <message>
        <source>How many PTEs does this area use, and how many pages does its range span?</source>
        <translation>这个区域用了几个 PTE？它的范围跨了几页？</translation>
    </message>
    <message>
        <source>Two PTEs; three pages including the guard page.</source>
        <translation>两个 PTE；算上保护页共三页。</translation>
    </message>
    <message>
        <source>vfree is lazy</source>
        <translation>vfree 是延迟的</translation>
    </message>
    <message>
        <source>vfree frees the two data pages right away, but the vmap_area only gets the flag VM_LAZY_FREE and vmap_lazy_nr grows by 3. The PTEs still point at the freed frames: stale mappings that nothing should use. Why? Clearing PTEs requires flushing the TLB of every CPU, which is expensive. The kernel collects freed areas and flushes once when lazy_max_pages is exceeded or when someone asks.</source>
        <translation>vfree 立即释放两个数据页，但 vmap_area 只是被加上 VM_LAZY_FREE 标志，vmap_lazy_nr 增加 3。PTE 仍指向已释放的页框：这是不该再被使用的陈旧映射。为什么这样做？清除 PTE 需要刷新每个 CPU 的 TLB，代价很高。内核把释放的区域攒起来，在超过 lazy_max_pages 或有人要求时统一刷新一次。</translation>
    </message>
    <message>
        <source>The PTE still points at a frame that is back on the free list. Is that a security problem?</source>
        <translation>PTE 仍指向一个已回到空闲链表的页框。这是安全问题吗？</translation>
    </message>
    <message>
        <source>Only a bug (a use after free) can reach it; the point is to batch TLB flushes. lazy_max_pages is 24576 here.</source>
        <translation>只有 bug（释放后使用）才会碰到它；这样做是为了成批刷新 TLB。这里 lazy_max_pages 是 24576。</translation>
    </message>
    <message>
        <source>The range is still taken</source>
        <translation>范围仍被占用</translation>
    </message>
    <message>
        <source>b = vmalloc(4K) cannot reuse a&apos;s range: it is still busy until the purge, so b goes after it at 0xffffc90000004000. Its data page, though, is one of the frames vfree just gave back.</source>
        <translation>b = vmalloc(4K) 不能重用 a 的范围：在清除之前它一直被占用，所以 b 排在它后面，位于 0xffffc90000004000。不过 b 的数据页正是 vfree 刚还回去的页框之一。</translation>
    </message>
    <message>
        <source>Which physical frame will b get?</source>
        <translation>b 会得到哪个物理页框？</translation>
    </message>
    <message>
        <source>pfn 0x7803. vfree put 0x7803 and then 0x7804 at the head of the per-CPU list; 0x7804 went first, to a new kmalloc-8 slab for b&apos;s page array.</source>
        <translation>pfn 0x7803。vfree 先后把 0x7803 和 0x7804 放到每 CPU 页列表的头部；0x7804 先被取走，用作 b 的页数组所在的新 kmalloc-8 slab。</translation>
    </message>
    <message>
        <source>The purge</source>
        <translation>清除（purge）</translation>
    </message>
    <message>
        <source>purge_vmap_area_lazy walks the lazily freed areas, clears their PTEs, does one TLB flush for the whole range and hands each vmap_area to call_rcu, which frees it after an RCU grace period.</source>
        <translation>purge_vmap_area_lazy 遍历延迟释放的区域，清除它们的 PTE，对整个范围只刷新一次 TLB，再把每个 vmap_area 交给 call_rcu，在一个 RCU 宽限期之后释放。</translation>
    </message>
    <message>
        <source>After the purge, where would a new vmalloc(8K) land?</source>
        <translation>清除之后，新的 vmalloc(8K) 会落在哪里？</translation>
    </message>
    <message>
        <source>At the bottom of the range again, 0xffffc90000000000: the lowest hole that fits.</source>
        <translation>又回到范围的底部，0xffffc90000000000：能放下的最低的空洞。</translation>
    </message>
    <message>
        <source>Lesson 7: a leak found by kmemleak</source>
        <translation>第 7 课：kmemleak 找到的内存泄漏</translation>
    </message>
    <message>
        <source>kmemleak reports an unreferenced vmalloc area once it is old enough and unchanged; a changed one waits for the next scan</source>
        <translation>未被引用的 vmalloc 区域足够老且内容未变时，kmemleak 就报告它；内容变过的要等下一次扫描</translation>
    </message>
    <message>
        <source>Three allocations</source>
        <translation>三次分配</translation>
    </message>
    <message>
        <source>Every vmalloc area is a kmemleak object with min_count 3: it counts as referenced only when at least three pointers to it are found (vmlist&apos;s vm_struct, the vmap_area, and the caller&apos;s own pointer).</source>
        <translation>每个 vmalloc 区域都是一个 min_count 为 3 的 kmemleak 对象：至少找到三个指向它的指针时，它才算被引用（vmlist 中的 vm_struct、vmap_area，以及调用者自己的指针）。</translation>
    </message>
    <message>
        <source>Why 3 and not 1, as for an ordinary kmalloc?</source>
        <translation>为什么是 3，而不是像普通 kmalloc 那样是 1？</translation>
    </message>
    <message>
        <source>mm/vmalloc.c: kmemleak_alloc(addr, real_size, 3, gfp_mask). The kernel&apos;s own bookkeeping holds two references to every area.</source>
        <translation>mm/vmalloc.c: kmemleak_alloc(addr, real_size, 3, gfp_mask)。内核自己的簿记对每个区域持有两个引用。</translation>
    </message>
    <message>
        <source>Dropping pointers</source>
        <translation>丢掉指针</translation>
    </message>
    <message>
        <source>The module writes into b, then forgets its pointers to a and b. They are now leaks: only the kernel&apos;s two bookkeeping references remain.</source>
        <translation>模块往 b 里写入数据，然后丢掉指向 a 和 b 的指针。它们现在成了内存泄漏：只剩下内核自己簿记的两个引用。</translation>
    </message>
    <message>
        <source>How many pointers to a will the scanner find now?</source>
        <translation>扫描器现在能找到几个指向 a 的指针？</translation>
    </message>
    <message>
        <source>2 of the 3 it needs, so a stays white (unreferenced).</source>
        <translation>只有需要的 3 个中的 2 个，所以 a 保持白色（未被引用）。</translation>
    </message>
    <message>
        <source>The first scan</source>
        <translation>第一次扫描</translation>
    </message>
    <message>
        <source>The scan reports a: white, old enough (at least 5 seconds) and unchanged. It does not report b yet: b&apos;s contents changed since the last checksum, so kmemleak gives it one more scan to be sure it is not in use.</source>
        <translation>这次扫描报告了 a：白色、足够老（至少 5 秒）且内容未变。它还没有报告 b：b 的内容自上次计算校验和以来变过，所以 kmemleak 再给它一次扫描的机会，以确认它没有在使用中。</translation>
    </message>
    <message>
        <source>Why not report b right away?</source>
        <translation>为什么不马上报告 b？</translation>
    </message>
    <message>
        <source>The checksum rule avoids false reports for objects that are being written, which a live object usually is.</source>
        <translation>校验和规则避免对正在被写入的对象误报，而活着的对象通常正在被写入。</translation>
    </message>
    <message>
        <source>The second scan</source>
        <translation>第二次扫描</translation>
    </message>
    <message>
        <source>On the second scan b&apos;s checksum is unchanged, so b is reported too. c is never reported: the caller still holds its pointer, so 3 references are found.</source>
        <translation>第二次扫描时 b 的校验和没有变化，所以 b 也被报告了。c 永远不会被报告：调用者仍持有它的指针，所以能找到 3 个引用。</translation>
    </message>
    <message>
        <source>What would the student do to make c a leak as well?</source>
        <translation>学生要怎样做才能让 c 也成为泄漏？</translation>
    </message>
    <message>
        <source>leak c, then two scans.</source>
        <translation>leak c，然后扫描两次。</translation>
    </message>
    <message>
        <source>Lesson 8: a failed allocation and the unwinding vfree</source>
        <translation>第 8 课：分配失败与回退的 vfree</translation>
    </message>
    <message>
        <source>the third of five pages cannot be allocated; __vmalloc_area_node frees the partial area with vfree and returns NULL</source>
        <translation>五个页中的第三个分配不到；__vmalloc_area_node 用 vfree 释放已分配的部分，返回 NULL</translation>
    </message>
    <message>
        <source>Arming a failure</source>
        <translation>设置一次失败</translation>
    </message>
    <message>
        <source>Real kernels fail allocations under memory pressure. Here fault injection makes the third alloc_page call fail, so vmalloc(20K) (5 pages) gets only two.</source>
        <translation>真实的内核在内存紧张时会出现分配失败。这里用故障注入让第三次 alloc_page 调用失败，所以 vmalloc(20K)（5 页）只拿到两页。</translation>
    </message>
    <message>
        <source>What should a well-behaved allocator do with the two pages it already has?</source>
        <translation>一个行为良好的分配器，应该怎样处理它已经拿到的两页？</translation>
    </message>
    <message>
        <source>fail alloc_page after 2: the first two calls succeed, the third returns NULL.</source>
        <translation>fail alloc_page after 2：前两次调用成功，第三次返回 NULL。</translation>
    </message>
    <message>
        <source>The failure and the unwinding</source>
        <translation>失败与回退</translation>
    </message>
    <message>
        <source>When alloc_page returns NULL, __vmalloc_area_node sets area-&gt;nr_pages to the 2 pages it got and calls vfree on the area. vfree frees exactly those pages, the page array and the vm_struct, and marks the range lazily freed. vmalloc returns NULL. No page is leaked: setting nr_pages first is what tells vfree how many pages to give back.</source>
        <translation>alloc_page 返回 NULL 时，__vmalloc_area_node 把 area-&gt;nr_pages 设为已拿到的 2 页，然后对该区域调用 vfree。vfree 正好释放这些页、页数组和 vm_struct，并把范围标为延迟释放。vmalloc 返回 NULL。没有页泄漏：正是先设置 nr_pages，vfree 才知道要还回多少页。</translation>
    </message>
    <message>
        <source>What would go wrong if nr_pages still said 5 when vfree ran?</source>
        <translation>如果 vfree 运行时 nr_pages 仍然是 5，会出什么问题？</translation>
    </message>
    <message>
        <source>vfree would try to free three pages that were never allocated. The range stays lazily freed until the next purge, like any vfree.</source>
        <translation>vfree 会试图释放三个从未分配过的页。和任何 vfree 一样，这个范围保持延迟释放状态，直到下一次清除（purge）。</translation>
    </message>
    <message>
        <source>Lesson 9: vmalloc_32 and zones on a 6 GiB machine</source>
        <translation>第 9 课：6 GiB 机器上的 vmalloc_32 与内存管理区</translation>
    </message>
    <message>
        <source>vmalloc takes pages from ZONE_NORMAL above 4 GiB, vmalloc_32 only from below 4 GiB (ZONE_DMA32)</source>
        <translation>vmalloc 从 4 GiB 以上的 ZONE_NORMAL 取页，vmalloc_32 只从 4 GiB 以下（ZONE_DMA32）取页</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>内存管理区（zone）</translation>
    </message>
    <message>
        <source>Physical memory is divided into zones. On x86-64: DMA (the first 16 MiB), DMA32 (up to 4 GiB) and Normal (everything above). Devices that can only address 32 bits need memory from the first two. Plain vmalloc asks with GFP_KERNEL|__GFP_HIGHMEM and the allocator prefers the highest zone, Normal: the pages come from above 4 GiB (pfn 0x179c03 and up).</source>
        <translation>物理内存被划分为若干内存管理区（zone）。在 x86-64 上有：DMA（最初的 16 MiB）、DMA32（到 4 GiB 为止）和 Normal（其余全部）。只能寻址 32 位的设备需要前两个管理区的内存。普通的 vmalloc 以 GFP_KERNEL|__GFP_HIGHMEM 申请，分配器优先使用最高的管理区 Normal：这些页来自 4 GiB 以上（pfn 0x179c03 起）。</translation>
    </message>
    <message>
        <source>With 6 GiB of RAM, roughly how much of it is in ZONE_NORMAL?</source>
        <translation>6 GiB 内存中，大约有多少在 ZONE_NORMAL 里？</translation>
    </message>
    <message>
        <source>Everything above 4 GiB; open the zone view to read the exact spans.</source>
        <translation>4 GiB 以上的全部；打开管理区视图可以读到确切的范围。</translation>
    </message>
    <message>
        <source>vmalloc_32</source>
        <translation>vmalloc_32</translation>
    </message>
    <message>
        <source>vmalloc_32 passes GFP_KERNEL|__GFP_DMA32, so the allocator may only use DMA32 or below: its pages are below 4 GiB (pfn 0xffc00 and up).</source>
        <translation>vmalloc_32 传入 GFP_KERNEL|__GFP_DMA32，所以分配器只能使用 DMA32 及以下的管理区：它的页都在 4 GiB 以下（pfn 0xffc00 起）。</translation>
    </message>
    <message>
        <source>The virtual addresses of a and b look alike. How would a driver know which one a 32-bit device can reach?</source>
        <translation>a 和 b 的虚拟地址看起来差不多。驱动怎样知道哪一个是 32 位设备能访问的？</translation>
    </message>
    <message>
        <source>It cannot tell from the virtual address; only the PFNs in the PTEs show it.</source>
        <translation>从虚拟地址看不出来；只有 PTE 中的 PFN（页框号）能说明。</translation>
    </message>
    <message>
        <source>vmalloc_user</source>
        <translation>vmalloc_user</translation>
    </message>
    <message>
        <source>vmalloc_user zeroes its pages (__GFP_ZERO) and aligns to a page, because the memory will be mapped into user space; its pages come from ZONE_NORMAL again.</source>
        <translation>vmalloc_user 会把它的页清零（__GFP_ZERO）并按页对齐，因为这块内存将被映射到用户空间；它的页又来自 ZONE_NORMAL。</translation>
    </message>
    <message>
        <source>Why must memory shown to user space be zeroed?</source>
        <translation>为什么给用户空间看的内存必须清零？</translation>
    </message>
    <message>
        <source>Otherwise old kernel data would leak to user space.</source>
        <translation>否则旧的内核数据会泄露到用户空间。</translation>
    </message>
    <message>
        <source>Lesson 10: fragmentation of the vmalloc range</source>
        <translation>第 10 课：vmalloc 区的碎片化</translation>
    </message>
    <message>
        <source>freeing every other area leaves holes; a large request does not fit in them and goes to the end, a small one fills the lowest hole</source>
        <translation>每隔一个释放一个区域会留下空洞；大的请求放不进去，只能排到末尾，小的请求填进最低的空洞</translation>
    </message>
    <message>
        <source>A row of areas</source>
        <translation>一排区域</translation>
    </message>
    <message>
        <source>Six areas of 8 KiB each are reserved one after another. With the guard page and the gap page, each takes 4 pages of address space.</source>
        <translation>六个各 8 KiB 的区域被依次预留。算上保护页和间隔页，每个区域占用 4 页地址空间。</translation>
    </message>
    <message>
        <source>How much address space do six 8 KiB vmallocs use here?</source>
        <translation>这里六次 8 KiB 的 vmalloc 一共用了多少地址空间？</translation>
    </message>
    <message>
        <source>6 x (2 data + 1 guard + 1 gap) pages = 96 KiB.</source>
        <translation>6 x（2 个数据页 + 1 个保护页 + 1 个间隔页）页 = 96 KiB。</translation>
    </message>
    <message>
        <source>Holes</source>
        <translation>空洞</translation>
    </message>
    <message>
        <source>Freeing p[1], p[3] and p[5] and purging leaves holes between the areas still in use. Each hole is a few pages wide.</source>
        <translation>释放 p[1]、p[3] 和 p[5] 并清除之后，仍在使用的区域之间就留下了空洞。每个空洞有几页宽。</translation>
    </message>
    <message>
        <source>After the purge, how large is the hole where p[1] was?</source>
        <translation>清除之后，p[1] 原来的位置留下的空洞有多大？</translation>
    </message>
    <message>
        <source>The purge is needed: until then the lazily freed ranges are still busy. p[0] ends at 0xffffc90000003000 and p[2] starts at 0xffffc90000008000: 5 free pages, of which the gap rule leaves 4 usable.</source>
        <translation>清除是必需的：在那之前，延迟释放的范围仍被占用。p[0] 结束于 0xffffc90000003000，p[2] 起始于 0xffffc90000008000：5 个空闲页，按间隔页规则可用的是 4 页。</translation>
    </message>
    <message>
        <source>A large request</source>
        <translation>一个大的请求</translation>
    </message>
    <message>
        <source>A 16 KiB vmalloc needs 5 pages including its guard page. No hole between the busy areas is that large, so alloc_vmap_area goes past them: the free space is fragmented.</source>
        <translation>16 KiB 的 vmalloc 算上保护页需要 5 页。占用区域之间没有这么大的空洞，所以 alloc_vmap_area 越过它们：空闲空间已经碎片化了。</translation>
    </message>
    <message>
        <source>Where will big land: in a hole or after the last area?</source>
        <translation>big 会落在哪里：某个空洞里，还是最后一个区域之后？</translation>
    </message>
    <message>
        <source>It lands at 0xffffc90000014000, where p[5] was: past p[4], the last busy area. alloc_vmap_area walks the busy areas in address order and takes the lowest hole that fits.</source>
        <translation>它落在 0xffffc90000014000，也就是 p[5] 原来的位置：在最后一个占用区域 p[4] 之后。alloc_vmap_area 按地址顺序遍历占用的区域，取能放下的最低的空洞。</translation>
    </message>
    <message>
        <source>A small request</source>
        <translation>一个小的请求</translation>
    </message>
    <message>
        <source>A 4 KiB vmalloc (2 pages with its guard page) fits into the lowest hole, where p[1] was.</source>
        <translation>4 KiB 的 vmalloc（算上保护页共 2 页）正好放进最低的空洞，也就是 p[1] 原来的位置。</translation>
    </message>
    <message>
        <source>Which freed area&apos;s place will small take?</source>
        <translation>small 会占用哪个已释放区域的位置？</translation>
    </message>
    <message>
        <source>The lowest hole that fits: p[1]&apos;s, at 0xffffc90000004000.</source>
        <translation>能放下的最低的空洞：p[1] 的位置，即 0xffffc90000004000。</translation>
    </message>
    <message>
        <source>Lesson 11: running out of vmalloc space</source>
        <translation>第 11 课：vmalloc 空间耗尽</translation>
    </message>
    <message>
        <source>with a 1 MiB vmalloc range, a lazily freed area blocks a request until a purge; then a request that cannot fit fails</source>
        <translation>vmalloc 区只有 1 MiB 时，一个延迟释放的区域会挡住请求，直到一次清除；之后放不下的请求就会失败</translation>
    </message>
    <message>
        <source>A small vmalloc range</source>
        <translation>很小的 vmalloc 区</translation>
    </message>
    <message>
        <source>x86-64 has 32 TiB of vmalloc space, so it practically never runs out. This machine is configured with only 1 MiB (like 32-bit x86&apos;s vmalloc= boot option) so we can watch what happens. a takes 512 KiB and b 256 KiB, each plus a guard page.</source>
        <translation>x86-64 有 32 TiB 的 vmalloc 空间，实际上几乎不会用完。这台机器只配置了 1 MiB（类似 32 位 x86 的 vmalloc= 启动参数），这样我们就能看到用完时会发生什么。a 占 512 KiB，b 占 256 KiB，各自再加一个保护页。</translation>
    </message>
    <message>
        <source>How much of the 1 MiB range is left after a and b?</source>
        <translation>a 和 b 之后，1 MiB 的范围还剩多少？</translation>
    </message>
    <message>
        <source>Roughly 1024 - 516 - 260 - gap pages: a bit less than 256 KiB.</source>
        <translation>大约 1024 - 516 - 260 - 间隔页：略少于 256 KiB。</translation>
    </message>
    <message>
        <source>Freed but still busy</source>
        <translation>已释放但仍被占用</translation>
    </message>
    <message>
        <source>vfree(a) frees a&apos;s pages but its range stays busy (lazy freeing). A request for 300 KiB finds no hole, so alloc_vmap_area purges the lazily freed areas once and retries; now a&apos;s old range fits it.</source>
        <translation>vfree(a) 释放了 a 的页，但它的范围仍被占用（延迟释放）。一个 300 KiB 的请求找不到空洞，于是 alloc_vmap_area 清除一次延迟释放的区域后重试；这时 a 原来的范围就放得下了。</translation>
    </message>
    <message>
        <source>Without the purge-and-retry, would c = vmalloc(300K) fail?</source>
        <translation>如果没有“清除后重试”，c = vmalloc(300K) 会失败吗？</translation>
    </message>
    <message>
        <source>Yes: the only hole big enough is a&apos;s lazily freed range.</source>
        <translation>会：唯一足够大的空洞就是 a 那个延迟释放的范围。</translation>
    </message>
    <message>
        <source>Really out of space</source>
        <translation>空间真的用完了</translation>
    </message>
    <message>
        <source>600 KiB cannot fit anywhere, even after a purge. The kernel prints &apos;vmap allocation for size ... failed&apos; and vmalloc returns NULL, which the caller must check.</source>
        <translation>600 KiB 无论如何都放不下，即使清除之后也不行。内核打印 &apos;vmap allocation for size ... failed&apos;，vmalloc 返回 NULL，调用者必须检查这个返回值。</translation>
    </message>
    <message>
        <source>What should a driver do when vmalloc returns NULL?</source>
        <translation>vmalloc 返回 NULL 时，驱动应该怎么做？</translation>
    </message>
    <message>
        <source>Return -ENOMEM. The failure is about address space, not about free pages: plenty of RAM is left.</source>
        <translation>返回 -ENOMEM。这次失败是因为地址空间不够，而不是空闲页不够：还剩下大量内存。</translation>
    </message>
    <message>
        <source>Lesson 12: a bad vfree and its WARN</source>
        <translation>第 12 课：错误的 vfree 与它的 WARN</translation>
    </message>
    <message>
        <source>vfree of an address inside an area: kmemleak finds it only by alias, and __vunmap warns &quot;Trying to vfree() bad address&quot;</source>
        <translation>对区域内部的地址调用 vfree：kmemleak 只能通过别名（alias）找到它，__vunmap 警告 &quot;Trying to vfree() bad address&quot;</translation>
    </message>
    <message>
        <source>A valid area</source>
        <translation>一个有效的区域</translation>
    </message>
    <message>
        <source>a = vmalloc(100) returns 0xffffc90000000000, the start of its area. vfree must be given exactly that address.</source>
        <translation>a = vmalloc(100) 返回 0xffffc90000000000，即区域的起始地址。传给 vfree 的必须正好是这个地址。</translation>
    </message>
    <message>
        <source>What does vfree need the exact start address for?</source>
        <translation>vfree 为什么需要确切的起始地址？</translation>
    </message>
    <message>
        <source>__vunmap looks the area up by its start address (find_vm_area).</source>
        <translation>__vunmap 按起始地址查找区域（find_vm_area）。</translation>
    </message>
    <message>
        <source>Freeing the wrong address</source>
        <translation>释放错误的地址</translation>
    </message>
    <message>
        <source>Freeing 0xffffc90000000010, 16 bytes into the area, is a bug. kmemleak_free finds a&apos;s object only &apos;by alias&apos; and deletes nothing. __vunmap finds no area starting there and prints a WARNING with a stack trace: &apos;Trying to vfree() bad address&apos;. Nothing is freed, so a is still allocated.</source>
        <translation>释放 0xffffc90000000010（区域内第 16 个字节处）是一个 bug。kmemleak_free 只能 &apos;by alias&apos;（通过别名）找到 a 的对象，什么也不删除。__vunmap 找不到从这里开始的区域，于是打印一个带调用栈的 WARNING：&apos;Trying to vfree() bad address&apos;。什么都没有释放，所以 a 仍处于已分配状态。</translation>
    </message>
    <message>
        <source>Is a leaked now, still usable, or freed?</source>
        <translation>a 现在是泄漏了、仍然可用，还是已被释放？</translation>
    </message>
    <message>
        <source>Still allocated and tracked: the WARN is the kernel refusing the bad request (mm/vmalloc.c, __vunmap).</source>
        <translation>仍然已分配并被跟踪：这个 WARN 是内核在拒绝错误的请求（mm/vmalloc.c, __vunmap）。</translation>
    </message>
    <message>
        <source>The correct free</source>
        <translation>正确的释放</translation>
    </message>
    <message>
        <source>vfree(a) with the right address frees the area as usual.</source>
        <translation>用正确的地址调用 vfree(a)，照常释放该区域。</translation>
    </message>
    <message>
        <source>Which log line tells a developer where the bad vfree came from?</source>
        <translation>哪一行日志能告诉开发者错误的 vfree 来自哪里？</translation>
    </message>
    <message>
        <source>The WARN&apos;s call trace names mymod_init.</source>
        <translation>WARN 的调用栈（call trace）中有 mymod_init。</translation>
    </message>
    <message>
        <source>Lesson 13: what changed between 2.6.36 and 6.18</source>
        <translation>第 13 课：从 2.6.36 到 6.18 的变化</translation>
    </message>
    <message>
        <source>the same lines on Linux 2.6.36 and 6.18 side by side: no gap page, kmemleak min_count 2 and page-rounded sizes, PTEs cleared at vfree</source>
        <translation>同样的几行分别在 Linux 2.6.36 和 6.18 上并排运行：没有间隔页、kmemleak 的 min_count 为 2 且大小按页取整、vfree 时就清除 PTE</translation>
    </message>
    <message>
        <source>Two small areas, back to back</source>
        <translation>两个紧挨着的小区域</translation>
    </message>
    <message>
        <source>Both kernels give a = vmalloc(100) the first address of the range, 0xffffc90000000000: one data page and one guard page. b = vmalloc(100) shows the first change. 2.6.36 searches the busy areas and leaves an unmapped gap page after each one, so b starts at 0xffffc90000003000. Since Linux 5.2, alloc_vmap_area searches the free space instead (an augmented rbtree, find_vmap_lowest_match) and leaves no gap: on 6.18, b starts at 0xffffc90000002000, right after a&apos;s guard page.</source>
        <translation>两个内核都把范围的第一个地址 0xffffc90000000000 给了 a = vmalloc(100)：一个数据页加一个保护页。b = vmalloc(100) 显示出第一个变化。2.6.36 在占用区域中查找，并在每个区域后面留一个未映射的间隔页，所以 b 从 0xffffc90000003000 开始。从 Linux 5.2 起，alloc_vmap_area 改为在空闲空间中查找（一棵增强红黑树，find_vmap_lowest_match），不再留间隔：在 6.18 上 b 从 0xffffc90000002000 开始，紧接在 a 的保护页之后。</translation>
    </message>
    <message>
        <source>How many unmapped pages lie between a&apos;s data page and b&apos;s on each kernel?</source>
        <translation>在两个内核上，a 的数据页和 b 的数据页之间各有几个未映射的页？</translation>
    </message>
    <message>
        <source>Two on 2.6.36 (a&apos;s guard page and the gap page), one on 6.18 (the guard page). The compare view lists it as &apos;gap below the new area: A 4K, B none&apos;.</source>
        <translation>2.6.36 上是两个（a 的保护页和间隔页），6.18 上是一个（保护页）。对比视图把它列为 &apos;gap below the new area: A 4K, B none&apos;。</translation>
    </message>
    <message>
        <source>kmemleak counts differently</source>
        <translation>kmemleak 的计数方式不同</translation>
    </message>
    <message>
        <source>Look back at a&apos;s kmemleak object. 2.6.36 calls kmemleak_alloc(addr, 100, 3, …): the size asked for and min_count 3. 6.18 calls kmemleak_vmalloc(area, PAGE_ALIGN(size), …): the size rounded up to 4096 and min_count 2, because only the vm_struct&apos;s own pointer is discounted (object_set_excess_ref). c = vmalloc(8K) is one more area to free and watch. Its object shows min_count 3 against 2 again; its size, 8192, is already whole pages, so PAGE_ALIGN changes nothing there.</source>
        <translation>回头看 a 的 kmemleak 对象。2.6.36 调用 kmemleak_alloc(addr, 100, 3, …)：申请的大小，min_count 为 3。6.18 调用 kmemleak_vmalloc(area, PAGE_ALIGN(size), …)：大小向上取整到 4096，min_count 为 2，因为只扣除 vm_struct 自身的那个指针（object_set_excess_ref）。c = vmalloc(8K) 是又一个要释放并观察的区域。它的对象同样是 min_count 3 对 2；它的大小 8192 已经是整页，所以 PAGE_ALIGN 在这里不改变什么。</translation>
    </message>
    <message>
        <source>Why would kmemleak report a leaked vmalloc area as 4096 bytes on 6.18 when the driver asked for 100?</source>
        <translation>驱动申请的是 100 字节，为什么在 6.18 上 kmemleak 会把泄漏的 vmalloc 区域报告为 4096 字节？</translation>
    </message>
    <message>
        <source>mm/kmemleak.c kmemleak_vmalloc: create_object(area-&gt;addr, size, 2, gfp); the caller passes PAGE_ALIGN(size) (mm/vmalloc.c, __vmalloc_node_range_noprof).</source>
        <translation>mm/kmemleak.c kmemleak_vmalloc: create_object(area-&gt;addr, size, 2, gfp)；调用者传入的是 PAGE_ALIGN(size)（mm/vmalloc.c, __vmalloc_node_range_noprof）。</translation>
    </message>
    <message>
        <source>vfree: are the PTEs still there?</source>
        <translation>vfree：PTE 还在吗？</translation>
    </message>
    <message>
        <source>vfree(c) frees c&apos;s two data pages on both kernels, and neither flushes the TLB yet: the flush waits for the lazy purge. The difference is the page-table entries. 2.6.36 leaves both PTEs pointing at the freed frames until the purge (VM_LAZY_FREE). 6.18 clears them at once in free_unmap_vmap_area (vunmap_range_noflush) and defers only the TLB flush and the reuse of the address range.</source>
        <translation>vfree(c) 在两个内核上都释放 c 的两个数据页，而且都还不刷新 TLB：刷新要等延迟清除。区别在页表项。2.6.36 让两个 PTE 一直指向已释放的页框，直到清除（VM_LAZY_FREE）。6.18 在 free_unmap_vmap_area 中立即清除它们（vunmap_range_noflush），只推迟刷新 TLB 和地址范围的重用。</translation>
    </message>
    <message>
        <source>After vfree(c), how many PTEs still map c&apos;s range on each kernel?</source>
        <translation>vfree(c) 之后，在两个内核上各有几个 PTE 仍映射着 c 的范围？</translation>
    </message>
    <message>
        <source>Two on 2.6.36, none on 6.18. The compare view lists &apos;PTEs cleared: A 0, B 2&apos;.</source>
        <translation>2.6.36 上两个，6.18 上没有。对比视图列出 &apos;PTEs cleared: A 0, B 2&apos;。</translation>
    </message>
    <message>
        <source>Writing through a stale pointer</source>
        <translation>通过陈旧指针写入</translation>
    </message>
    <message>
        <source>The driver writes through c after freeing it: a use after free. On 2.6.36 the stale PTE is still there, so the write lands silently in a frame that already belongs to the page allocator again. On 6.18 the PTE is gone, so the write faults and the task is killed with an oops: the bug shows up where it happens. (A real CPU may still hold a stale TLB entry until the flush, so the crash is likely rather than certain.)</source>
        <translation>驱动在释放 c 之后还通过它写入：释放后使用（use after free）。在 2.6.36 上陈旧的 PTE 还在，所以这次写入悄无声息地落进一个已经重新归页分配器所有的页框。在 6.18 上 PTE 已经不在了，所以写入触发缺页异常，任务因 oops 被杀死：bug 在它发生的地方暴露出来。（真实的 CPU 在刷新之前可能仍持有陈旧的 TLB 项，所以崩溃是很可能而不是必然。）</translation>
    </message>
    <message>
        <source>Which kernel makes this bug easier to find, and why?</source>
        <translation>哪个内核让这个 bug 更容易发现？为什么？</translation>
    </message>
    <message>
        <source>6.18: clearing the PTEs at vfree turns a silent corruption into a page fault.</source>
        <translation>6.18：在 vfree 时清除 PTE，把悄无声息的内存破坏变成了一次缺页异常。</translation>
    </message>
    <message>
        <source>purge_vmap_area_lazy flushes the TLB once for every lazily freed range and returns the ranges for reuse. On 2.6.36 it also clears the PTEs now; on 6.18 there are none left to clear. d = vmalloc(8K) then asks for c&apos;s size again. 2.6.36 takes the lowest hole that fits. 6.18 on more than one CPU may first pop a free range of exactly that size from the vmap node&apos;s pool, the one the purge just put there.</source>
        <translation>purge_vmap_area_lazy 为所有延迟释放的范围只刷新一次 TLB，并把这些范围交还以供重用。在 2.6.36 上它这时还要清除 PTE；在 6.18 上已经没有可清除的了。随后 d = vmalloc(8K) 再次申请 c 那么大的空间。2.6.36 取能放下的最低的空洞。6.18 在多于一个 CPU 时，可能先从 vmap 节点的池中弹出一个大小正好的空闲范围，也就是清除刚刚放进去的那个。</translation>
    </message>
    <message>
        <source>Where does d land on each kernel?</source>
        <translation>在两个内核上，d 各落在哪里？</translation>
    </message>
    <message>
        <source>Compare the two &apos;returned&apos; values in the compare view; on one CPU (--variant cpus=1) 6.18 has one vmap node and no pool reuse, so it is plain lowest fit.</source>
        <translation>比较对比视图中的两个 &apos;returned&apos; 值；在单 CPU 上（--variant cpus=1）6.18 只有一个 vmap 节点，没有池的重用，所以就是普通的最低适配。</translation>
    </message>
    <message>
        <source>Recursion at 513 pages</source>
        <translation>513 页时的递归</translation>
    </message>
    <message>
        <source>the page array (513 * 8 bytes) is more than a page, so __vmalloc_area_node vmallocs it</source>
        <translation>页数组（513 * 8 字节）超过一页，所以 __vmalloc_area_node 用 vmalloc 分配它</translation>
    </message>
    <message>
        <source>The 2010 walkthrough</source>
        <translation>2010 年的源码走读</translation>
    </message>
    <message>
        <source>one vmalloc of 100 bytes on Linux 2.6.36, then vfree</source>
        <translation>在 Linux 2.6.36 上 vmalloc 一次 100 字节，然后 vfree</translation>
    </message>
    <message>
        <source>test_vmalloc: fix-size</source>
        <translation>test_vmalloc：固定大小（fix-size）</translation>
    </message>
    <message>
        <source>lib/test_vmalloc.c fix_size_alloc_test: vmalloc 3 pages, write a byte, vfree, in a loop</source>
        <translation>lib/test_vmalloc.c fix_size_alloc_test：循环执行 vmalloc 3 页、写一个字节、vfree</translation>
    </message>
    <message>
        <source>The loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>fix_size_alloc_test does the same thing over and over: ptr = vmalloc(3 * PAGE_SIZE), write one byte, vfree(ptr). It measures the cost of the common case. Each vfree leaves the range lazily freed, so each new vmalloc gets the next range up; the data pages are reused from the per-CPU list.</source>
        <translation>fix_size_alloc_test 一遍又一遍做同一件事：ptr = vmalloc(3 * PAGE_SIZE)，写一个字节，vfree(ptr)。它测量的是常见情形的开销。每次 vfree 都让范围处于延迟释放状态，所以每次新的 vmalloc 都拿到更高处的下一个范围；数据页则从每 CPU 页列表中重用。</translation>
    </message>
    <message>
        <source>Why does the address grow on every pass although only one area is in use at a time?</source>
        <translation>任何时候只有一个区域在使用，为什么地址每一轮都在增长？</translation>
    </message>
    <message>
        <source>Lazy freeing: ranges are only reused after a purge. In the kernel test the purge happens when lazy_max_pages is exceeded.</source>
        <translation>延迟释放：范围只有在清除之后才会被重用。在内核的测试中，超过 lazy_max_pages 时才会清除。</translation>
    </message>
    <message>
        <source>A purge clears the stale PTEs of all 32 ranges with one TLB flush and makes the range free again.</source>
        <translation>一次清除用一次 TLB 刷新清掉全部 32 个范围的陈旧 PTE，并让这片范围重新空闲。</translation>
    </message>
    <message>
        <source>How many TLB flushes did the 32 frees cost in total?</source>
        <translation>这 32 次释放一共花了几次 TLB 刷新？</translation>
    </message>
    <message>
        <source>One, in the purge.</source>
        <translation>一次，在清除时。</translation>
    </message>
    <message>
        <source>test_vmalloc: full-fit</source>
        <translation>test_vmalloc：完全适配（full-fit）</translation>
    </message>
    <message>
        <source>lib/test_vmalloc.c full_fit_alloc_test: interleave kept and junk pages, free the junk, then allocate into the exact-size holes</source>
        <translation>lib/test_vmalloc.c full_fit_alloc_test：交替分配保留页和垃圾页，释放垃圾页，再往大小正好的空洞里分配</translation>
    </message>
    <message>
        <source>Kept and junk areas, interleaved</source>
        <translation>交替排列的保留区域和垃圾区域</translation>
    </message>
    <message>
        <source>The test allocates one-page areas in pairs: ptr[i], then junk_ptr[i]. Then it frees all the junk, leaving a hole between every two kept areas.</source>
        <translation>测试成对分配一页大小的区域：先 ptr[i]，再 junk_ptr[i]。然后释放所有垃圾区域，在每两个保留区域之间留下一个空洞。</translation>
    </message>
    <message>
        <source>After the junk is freed and purged, how big is each hole (in pages)?</source>
        <translation>垃圾区域被释放并清除之后，每个空洞有多大（以页计）？</translation>
    </message>
    <message>
        <source>In 2.6.36 each area also owns a guard page, and there is the gap page: count them in the range view.</source>
        <translation>在 2.6.36 中每个区域还带有一个保护页，另外还有间隔页：在范围视图中数一数。</translation>
    </message>
    <message>
        <source>Fitting into the holes</source>
        <translation>填进空洞</translation>
    </message>
    <message>
        <source>Now each one-page allocation can land exactly in a hole (&apos;full fit&apos;). The test checks that the allocator finds them, and how fast.</source>
        <translation>现在每次一页的分配都能正好落进一个空洞（&apos;full fit&apos;，完全适配）。测试检查分配器能否找到它们，以及有多快。</translation>
    </message>
    <message>
        <source>Where does the first tmp land: in the first hole or after the last area?</source>
        <translation>第一个 tmp 落在哪里：第一个空洞里，还是最后一个区域之后？</translation>
    </message>
    <message>
        <source>alloc_vmap_area takes the lowest hole that fits.</source>
        <translation>alloc_vmap_area 取能放下的最低的空洞。</translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation>收尾</translation>
    </message>
    <message>
        <source>Finally the kept areas are freed too.</source>
        <translation>最后保留的区域也被释放。</translation>
    </message>
    <message>
        <source>What is left in the vmalloc range after the final purge?</source>
        <translation>最后一次清除之后，vmalloc 区里还剩下什么？</translation>
    </message>
    <message>
        <source>Nothing of the test; page-table pages stay.</source>
        <translation>测试留下的东西都没有了；页表页仍然保留。</translation>
    </message>
    <message>
        <source>test_vmalloc: long busy list</source>
        <translation>test_vmalloc：长的占用链表（long busy list）</translation>
    </message>
    <message>
        <source>lib/test_vmalloc.c long_busy_list_alloc_test: many one-page areas stay busy while a 100-page and a 1-page area come and go</source>
        <translation>lib/test_vmalloc.c long_busy_list_alloc_test：许多一页的区域一直被占用，同时一个 100 页和一个 1 页的区域反复分配和释放</translation>
    </message>
    <message>
        <source>A long busy list</source>
        <translation>长长的占用链表</translation>
    </message>
    <message>
        <source>The test first makes the list of busy areas long: 15000 one-page vmallocs in the kernel, 200 here. Every later allocation has to search past all of them.</source>
        <translation>测试先让占用区域的链表变长：在内核中是 15000 次一页的 vmalloc，这里是 200 次。之后每次分配都要越过所有这些区域去查找。</translation>
    </message>
    <message>
        <source>Why would a long list of busy areas slow down every vmalloc?</source>
        <translation>为什么一个很长的占用区域链表会拖慢每一次 vmalloc？</translation>
    </message>
    <message>
        <source>2.6.36 finds a free hole by walking the busy areas in address order; later kernels keep the free holes in their own tree.</source>
        <translation>2.6.36 按地址顺序遍历占用的区域来寻找空闲空洞；后来的内核把空闲空洞放在单独的一棵树里。</translation>
    </message>
    <message>
        <source>Allocate and free on top of it</source>
        <translation>在它上面分配和释放</translation>
    </message>
    <message>
        <source>Then, in a loop, it allocates 100 pages and one page, writes a byte into each and frees both.</source>
        <translation>然后在循环中分配 100 页和一页，各写一个字节，再把两者都释放。</translation>
    </message>
    <message>
        <source>Where do ptr_1 and ptr_2 land: before or after the 200 busy areas?</source>
        <translation>ptr_1 和 ptr_2 落在哪里：在这 200 个占用区域之前还是之后？</translation>
    </message>
    <message>
        <source>After them: the busy areas are packed from the bottom of the range.</source>
        <translation>之后：占用区域从范围底部开始紧密排列。</translation>
    </message>
    <message>
        <source>Finally the 200 busy areas are freed.</source>
        <translation>最后这 200 个占用区域被释放。</translation>
    </message>
    <message>
        <source>How much lazily freed address space is waiting for a purge now?</source>
        <translation>现在有多少延迟释放的地址空间在等待清除？</translation>
    </message>
    <message>
        <source>Look at vmap_lazy_nr in the last vfree&apos;s narration.</source>
        <translation>看最后一次 vfree 的解说中的 vmap_lazy_nr。</translation>
    </message>
    <message>
        <source>test_vmalloc: random size</source>
        <translation>test_vmalloc：随机大小（random size）</translation>
    </message>
    <message>
        <source>lib/test_vmalloc.c random_size_alloc_test: vmalloc 1 to 100 pages at random, write a byte, vfree</source>
        <translation>lib/test_vmalloc.c random_size_alloc_test：随机 vmalloc 1 到 100 页，写一个字节，vfree</translation>
    </message>
    <message>
        <source>Random sizes</source>
        <translation>随机大小</translation>
    </message>
    <message>
        <source>random_size_alloc_test allocates n pages with n random between 1 and 100, writes one byte and frees it. Different sizes exercise different paths: a small page array from kmalloc, new PTE tables when a range crosses 2 MiB.</source>
        <translation>random_size_alloc_test 分配 n 页（n 在 1 到 100 之间随机），写一个字节后释放。不同的大小会走不同的路径：来自 kmalloc 的小页数组，范围跨过 2 MiB 时新的 PTE 表。</translation>
    </message>
    <message>
        <source>With n up to 100 pages, can the page array ever need the nested vmalloc from lesson 5?</source>
        <translation>n 最多 100 页时，页数组会不会需要第 5 课中的嵌套 vmalloc？</translation>
    </message>
    <message>
        <source>No: 100 x 8 = 800 bytes, well under a page.</source>
        <translation>不会：100 x 8 = 800 字节，远小于一页。</translation>
    </message>
    <message>
        <source>As in the fix-size test, the freed ranges were lazily freed; one purge clears them all.</source>
        <translation>和固定大小测试一样，释放的范围都处于延迟释放状态；一次清除就把它们全部清掉。</translation>
    </message>
    <message>
        <source>Would a different seed change which page-table pages are allocated?</source>
        <translation>换一个种子会改变分配哪些页表页吗？</translation>
    </message>
    <message>
        <source>Yes, potentially: the sizes decide how far up the range the areas reach.</source>
        <translation>有可能会：大小决定了这些区域在范围中延伸到多高。</translation>
    </message>
</context>
</TS>
