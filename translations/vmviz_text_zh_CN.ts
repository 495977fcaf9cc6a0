<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Compare</name>
    <message>
        <source>ran the line</source>
        <translation>执行了该行</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>返回值</translation>
    </message>
    <message>
        <source>areas created</source>
        <translation>新建的区域数</translation>
    </message>
    <message>
        <source>area address</source>
        <translation>区域地址</translation>
    </message>
    <message>
        <source>vm-&gt;size</source>
        <translation>vm-&gt;size</translation>
    </message>
    <message>
        <source>gap below the new area</source>
        <translation>新区域下方的间隔</translation>
    </message>
    <message>
        <source>data pages</source>
        <translation>数据页数</translation>
    </message>
    <message>
        <source>data pages from zone</source>
        <translation>数据页来自的管理区</translation>
    </message>
    <message>
        <source>data page frames</source>
        <translation>数据页的页框</translation>
    </message>
    <message>
        <source>page tables allocated</source>
        <translation>分配的页表数</translation>
    </message>
    <message>
        <source>PTEs written</source>
        <translation>写入的页表项（PTE）数</translation>
    </message>
    <message>
        <source>PTEs cleared</source>
        <translation>清除的页表项（PTE）数</translation>
    </message>
    <message>
        <source>vmap_areas released</source>
        <translation>释放的 vmap_area 数</translation>
    </message>
    <message>
        <source>areas left for the lazy purge</source>
        <translation>留待延迟清除的区域数</translation>
    </message>
    <message>
        <source>kmemleak objects created/deleted</source>
        <translation>新建/删除的 kmemleak 对象</translation>
    </message>
    <message>
        <source>vmalloc kmemleak object min_count</source>
        <translation>vmalloc 的 kmemleak 对象的 min_count</translation>
    </message>
    <message>
        <source>vmalloc kmemleak object size</source>
        <translation>vmalloc 的 kmemleak 对象大小</translation>
    </message>
    <message>
        <source>leaks reported</source>
        <translation>报告的内存泄漏数</translation>
    </message>
    <message>
        <source>vmap_lazy_nr after the line</source>
        <translation>该行之后的 vmap_lazy_nr</translation>
    </message>
    <message>
        <source>lazy_max_pages</source>
        <translation>lazy_max_pages</translation>
    </message>
    <message>
        <source>WARN, oops or failure</source>
        <translation>WARN、oops 或分配失败</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no area below</source>
        <translation>下方无区域</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>oops</source>
        <translation>oops</translation>
    </message>
    <message>
        <source>allocation failure</source>
        <translation>分配失败</translation>
    </message>
    <message>
        <source>task killed</source>
        <translation>任务被杀死</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>not run: the run stopped before this line</source>
        <translation>未执行：运行在这一行之前已停止</translation>
    </message>
    <message>
        <source>steps {0:t}..{1:t}</source>
        <translation>第 {0:t}..{1:t} 步</translation>
    </message>
    <message>
        <source>returned {0:t}</source>
        <translation>返回 {0:t}</translation>
    </message>
    <message>
        <source>, gap {0:t} below</source>
        <translation>，下方间隔 {0:t}</translation>
    </message>
    <message>
        <source>, no gap below</source>
        <translation>，下方无间隔</translation>
    </message>
    <message>
        <source>new area {0:t} size {1:t}, {2:t}{3:t}</source>
        <translation>新区域 {0:t}，大小 {1:t}，{2:t}{3:t}</translation>
    </message>
    <message>
        <source>{0:t} page</source>
        <translation>{0:t} 页</translation>
    </message>
    <message>
        <source>{0:t} pages</source>
        <translation>{0:t} 页</translation>
    </message>
    <message>
        <source>area {0:t} lazily freed</source>
        <translation>区域 {0:t} 延迟释放</translation>
    </message>
    <message>
        <source>area {0:t} released</source>
        <translation>区域 {0:t} 已释放</translation>
    </message>
    <message>
        <source>{0:t} data page from {1:t} (first pfn {2:t})</source>
        <translation>{0:t} 个数据页，来自 {1:t}（首个 pfn {2:t}）</translation>
    </message>
    <message>
        <source>{0:t} data pages from {1:t} (first pfn {2:t})</source>
        <translation>{0:t} 个数据页，来自 {1:t}（首个 pfn {2:t}）</translation>
    </message>
    <message>
        <source>frames +{0:t} -{1:t}</source>
        <translation>页框 +{0:t} -{1:t}</translation>
    </message>
    <message>
        <source>{0:t} page table allocated</source>
        <translation>分配了 {0:t} 个页表</translation>
    </message>
    <message>
        <source>{0:t} page tables allocated</source>
        <translation>分配了 {0:t} 个页表</translation>
    </message>
    <message>
        <source>{0:t} PTE written</source>
        <translation>写入了 {0:t} 个页表项（PTE）</translation>
    </message>
    <message>
        <source>{0:t} PTEs written</source>
        <translation>写入了 {0:t} 个页表项（PTE）</translation>
    </message>
    <message>
        <source>{0:t} PTE cleared</source>
        <translation>清除了 {0:t} 个页表项（PTE）</translation>
    </message>
    <message>
        <source>{0:t} PTEs cleared</source>
        <translation>清除了 {0:t} 个页表项（PTE）</translation>
    </message>
    <message>
        <source>size {0:t} min_count {1:t}</source>
        <translation>大小 {0:t}，min_count {1:t}</translation>
    </message>
    <message>
        <source>kmemleak +{0:t} -{1:t}</source>
        <translation>kmemleak 对象 +{0:t} -{1:t}</translation>
    </message>
    <message>
        <source>kmemleak +{0:t} -{1:t} (vmalloc: {2:t})</source>
        <translation>kmemleak 对象 +{0:t} -{1:t}（vmalloc：{2:t}）</translation>
    </message>
    <message>
        <source>{0:t} leak reported</source>
        <translation>报告了 {0:t} 处内存泄漏</translation>
    </message>
    <message>
        <source>{0:t} leaks reported</source>
        <translation>报告了 {0:t} 处内存泄漏</translation>
    </message>
    <message>
        <source>vmap_lazy_nr = {0:t}</source>
        <translation>vmap_lazy_nr = {0:t}</translation>
    </message>
    <message>
        <source>{0:t}: {1:t}</source>
        <translation>{0:t}：{1:t}</translation>
    </message>
</context>
<context>
    <name>DetailLevel</name>
    <message>
        <source>line</source>
        <translation>代码行</translation>
    </message>
    <message>
        <source>reserve the range</source>
        <translation>预留地址范围</translation>
    </message>
    <message>
        <source>get the page array</source>
        <translation>获取页数组</translation>
    </message>
    <message>
        <source>allocate pages</source>
        <translation>分配物理页</translation>
    </message>
    <message>
        <source>map</source>
        <translation>建立映射</translation>
    </message>
    <message>
        <source>record in kmemleak</source>
        <translation>登记到 kmemleak</translation>
    </message>
    <message>
        <source>free</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>kmemleak scan</source>
        <translation>kmemleak 扫描</translation>
    </message>
    <message>
        <source>line {0}: {1:t}</source>
        <translation>第 {0} 行：{1:t}</translation>
    </message>
    <message>
        <source>chapter {0}: {1:t}</source>
        <translation>第 {0} 章：{1:t}</translation>
    </message>
    <message>
        <source>{0:t}({1}) fails: returns NULL</source>
        <translation>{0:t}({1}) 失败：返回 NULL</translation>
    </message>
    <message>
        <source>{0:t} got {1} bytes at {2:a} from a new {3:c} slab page (pfn {4:x})</source>
        <translation>{0:t} 从一个新的 {3:c} slab 页（pfn {4:x}）得到 {2:a} 处的 {1} 字节</translation>
    </message>
    <message>
        <source>{0:t} got {1} bytes at {2:a} from the {3:c} slab at pfn {4:x}</source>
        <translation>{0:t} 从 pfn {4:x} 处的 {3:c} slab 得到 {2:a} 处的 {1} 字节</translation>
    </message>
    <message>
        <source>new_slab: pfn {0:x} becomes a {1:c} slab of {2} objects</source>
        <translation>new_slab：pfn {0:x} 成为含 {2} 个对象的 {1:c} slab</translation>
    </message>
    <message>
        <source>, splitting blocks {0} time</source>
        <translation>，拆分块 {0} 次</translation>
    </message>
    <message>
        <source>, splitting blocks {0} times</source>
        <translation>，拆分块 {0} 次</translation>
    </message>
    <message>
        <source> (a block stolen from another migratetype)</source>
        <translation>（从另一种迁移类型借来了一个块）</translation>
    </message>
    <message>
        <source>rmqueue_bulk moves {0} page from the buddy allocator to the per-CPU list{1:t}{2:t}</source>
        <translation>rmqueue_bulk 把 {0} 页从伙伴分配器移到每 CPU 页列表{1:t}{2:t}</translation>
    </message>
    <message>
        <source>rmqueue_bulk moves {0} pages from the buddy allocator to the per-CPU list{1:t}{2:t}</source>
        <translation>rmqueue_bulk 把 {0} 页从伙伴分配器移到每 CPU 页列表{1:t}{2:t}</translation>
    </message>
    <message>
        <source>{0:t} fails: returns NULL</source>
        <translation>{0:t} 失败：返回 NULL</translation>
    </message>
    <message>
        <source> from the per-CPU list</source>
        <translation>，来自每 CPU 页列表</translation>
    </message>
    <message>
        <source> from the buddy allocator</source>
        <translation>，来自伙伴分配器</translation>
    </message>
    <message>
        <source>, after refilling the list with {0} pages</source>
        <translation>，此前先给列表补充了 {0} 页</translation>
    </message>
    <message>
        <source>{0:t} got pfn {1:x}{2:t}{3:t}</source>
        <translation>{0:t} 得到 pfn {1:x}{2:t}{3:t}</translation>
    </message>
    <message>
        <source>, which hands {0} pages back to the buddy allocator</source>
        <translation>，列表随后把 {0} 页还给伙伴分配器</translation>
    </message>
    <message>
        <source>{0:t}: pfn {1:x} goes back to the per-CPU list{2:t}</source>
        <translation>{0:t}：pfn {1:x} 回到每 CPU 页列表{2:t}</translation>
    </message>
    <message>
        <source>{0:t}: pfn {1:x} goes back to the buddy allocator{2:t}</source>
        <translation>{0:t}：pfn {1:x} 回到伙伴分配器{2:t}</translation>
    </message>
    <message>
        <source>; its empty slab page goes back to the page allocator</source>
        <translation>；它所在的空 slab 页还给页分配器</translation>
    </message>
    <message>
        <source>kfree: {0:a} goes back to {1:c}{2:t}</source>
        <translation>kfree：{0:a} 回到 {1:c}{2:t}</translation>
    </message>
    <message>
        <source>discard_slab: the empty {0:c} slab at pfn {1:x} goes back to the page allocator</source>
        <translation>discard_slab：pfn {1:x} 处空的 {0:c} slab 还给页分配器</translation>
    </message>
    <message>
        <source>free_pcppages_bulk: {0} page goes back to the buddy allocator</source>
        <translation>free_pcppages_bulk：{0} 页回到伙伴分配器</translation>
    </message>
    <message>
        <source>free_pcppages_bulk: {0} pages go back to the buddy allocator</source>
        <translation>free_pcppages_bulk：{0} 页回到伙伴分配器</translation>
    </message>
    <message>
        <source>kmemleak starts tracking {0:a} (size {1}, min_count {2:i})</source>
        <translation>kmemleak 开始跟踪 {0:a}（size {1}，min_count {2:i}）</translation>
    </message>
    <message>
        <source>kmemleak stops tracking {0:a}</source>
        <translation>kmemleak 停止跟踪 {0:a}</translation>
    </message>
    <message>
        <source>{0:t}: {1:t}</source>
        <extracomment>A call&apos;s narration, then the narration of the first thing it did.</extracomment>
        <translation>{0:t}：{1:t}</translation>
    </message>
    <message>
        <source>{0:t} → {1:t}</source>
        <extracomment>A call&apos;s narration, then the narration of its return.</extracomment>
        <translation>{0:t} → {1:t}</translation>
    </message>
    <message>
        <source>reserve the range: [{0:a}, {1:a}), {2} bytes with the guard page; vm_struct and vmap_area come from kmalloc</source>
        <translation>预留地址范围：[{0:a}, {1:a})，含保护页共 {2} 字节；vm_struct 和 vmap_area 来自 kmalloc</translation>
    </message>
    <message>
        <source>reserve the range: {0:t}</source>
        <translation>预留地址范围：{0:t}</translation>
    </message>
    <message>
        <source>reserve the range: no free range fits, so __get_vm_area_node returns NULL</source>
        <translation>预留地址范围：没有放得下的空闲范围，所以 __get_vm_area_node 返回 NULL</translation>
    </message>
    <message>
        <source>more than a page, so a nested vmalloc gets them</source>
        <translation>超过一页，所以由一次嵌套的 vmalloc 分配</translation>
    </message>
    <message>
        <source>from kmalloc_node</source>
        <translation>由 kmalloc_node 分配</translation>
    </message>
    <message>
        <source>; area-&gt;pages = {0:a}</source>
        <translation>；area-&gt;pages = {0:a}</translation>
    </message>
    <message>
        <source>; it fails</source>
        <translation>；分配失败</translation>
    </message>
    <message>
        <source>get the page array: {0} page needs {1} bytes of pointers, {2:t}{3:t}</source>
        <translation>获取页数组：{0} 页需要 {1} 字节的指针，{2:t}{3:t}</translation>
    </message>
    <message>
        <source>get the page array: {0} pages need {1} bytes of pointers, {2:t}{3:t}</source>
        <translation>获取页数组：{0} 页需要 {1} 字节的指针，{2:t}{3:t}</translation>
    </message>
    <message>
        <source>allocate pages: area-&gt;pages[{0}] = page of pfn {1:x}</source>
        <translation>分配物理页：area-&gt;pages[{0}] = pfn {1:x} 的页</translation>
    </message>
    <message>
        <source>allocate pages: {0} pages, one alloc_page each: area-&gt;pages[{1}] = pfn {2:x} … area-&gt;pages[{3}] = pfn {4:x}</source>
        <translation>分配物理页：共 {0} 页，每页调用一次 alloc_page：area-&gt;pages[{1}] = pfn {2:x} … area-&gt;pages[{3}] = pfn {4:x}</translation>
    </message>
    <message>
        <source>; {0} new page table</source>
        <translation>；新建 {0} 个页表</translation>
    </message>
    <message>
        <source>; {0} new page tables</source>
        <translation>；新建 {0} 个页表</translation>
    </message>
    <message>
        <source>map: {0} page at [{1:a}, {2:a}), one PTE each{3:t}</source>
        <translation>建立映射：[{1:a}, {2:a}) 处的 {0} 页，每页一个 PTE{3:t}</translation>
    </message>
    <message>
        <source>map: {0} pages at [{1:a}, {2:a}), one PTE each{3:t}</source>
        <translation>建立映射：[{1:a}, {2:a}) 处的 {0} 页，每页一个 PTE{3:t}</translation>
    </message>
    <message>
        <source>record in kmemleak: object {0:a}, size {1}, min_count {2:i}</source>
        <translation>登记到 kmemleak：对象 {0:a}，size {1}，min_count {2:i}</translation>
    </message>
    <message>
        <source>record in kmemleak: {0:t}</source>
        <translation>登记到 kmemleak：{0:t}</translation>
    </message>
    <message>
        <source>: the range waits, still mapped, for a lazy purge</source>
        <translation>：这段范围仍保持映射，等待延迟清除</translation>
    </message>
    <message>
        <source>; {0} page goes back to the page allocator</source>
        <translation>；{0} 页还给页分配器</translation>
    </message>
    <message>
        <source>; {0} pages go back to the page allocator</source>
        <translation>；{0} 页还给页分配器</translation>
    </message>
    <message>
        <source>; the page array and vm_struct are kfree&apos;d</source>
        <translation>；页数组和 vm_struct 被 kfree</translation>
    </message>
    <message>
        <source>free: vfree({0:a}){1:t}{2:t}{3:t}</source>
        <translation>释放：vfree({0:a}){1:t}{2:t}{3:t}</translation>
    </message>
    <message>
        <source>purge: no lazily freed ranges, nothing to do</source>
        <translation>清除：没有延迟释放的范围，无事可做</translation>
    </message>
    <message>
        <source>, one TLB flush</source>
        <translation>，刷新一次 TLB</translation>
    </message>
    <message>
        <source>purge: {0} lazily freed range unmapped and released{1:t}</source>
        <translation>清除：{0} 段延迟释放的范围被解除映射并交还{1:t}</translation>
    </message>
    <message>
        <source>purge: {0} lazily freed ranges unmapped and released{1:t}</source>
        <translation>清除：{0} 段延迟释放的范围被解除映射并交还{1:t}</translation>
    </message>
    <message>
        <source>kmemleak scan: no new suspected leaks</source>
        <translation>kmemleak 扫描：没有新的疑似泄漏</translation>
    </message>
    <message>
        <source>kmemleak scan: {0} new suspected leak</source>
        <translation>kmemleak 扫描：{0} 个新的疑似泄漏</translation>
    </message>
    <message>
        <source>kmemleak scan: {0} new suspected leaks</source>
        <translation>kmemleak 扫描：{0} 个新的疑似泄漏</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>page frame</source>
        <translation>页框</translation>
    </message>
    <message>
        <source>A 4 KiB piece of physical RAM, the unit the page allocator hands out. A virtual page is mapped onto one.</source>
        <translation>一块 4 KiB 的物理内存，是页分配器分配的单位。一个虚拟页就映射到一个页框上。</translation>
    </message>
    <message>
        <source>PFN</source>
        <translation>PFN（页框号）</translation>
    </message>
    <message>
        <source>Page frame number: a physical address divided by 4096 (PAGE_SHIFT = 12). Frame 0x7803 holds the physical bytes from 0x7803000 up.</source>
        <translation>页框号：物理地址除以 4096（PAGE_SHIFT = 12）。页框 0x7803 存放从物理地址 0x7803000 起的字节。</translation>
    </message>
    <message>
        <source>struct page</source>
        <translation>struct page</translation>
    </message>
    <message>
        <source>The kernel&apos;s record of one page frame: flags, a reference count, list links, who uses it. The array mem_map holds one per frame.</source>
        <translation>内核对一个页框的记录：标志、引用计数、链表指针、谁在使用它。数组 mem_map 为每个页框保存一个。</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>内存管理区（zone）</translation>
    </message>
    <message>
        <source>A range of physical memory with its own free lists: DMA (below 16 MiB), DMA32 (below 4 GiB), Normal (the rest). A gfp mask says which zones a request may use.</source>
        <translation>一段有自己空闲链表的物理内存：DMA（16 MiB 以下）、DMA32（4 GiB 以下）、Normal（其余部分）。gfp 掩码规定一次请求可以使用哪些管理区。</translation>
    </message>
    <message>
        <source>buddy allocator</source>
        <translation>伙伴分配器</translation>
    </message>
    <message>
        <source>The page allocator: it keeps free blocks of 2^order frames, splits a bigger block to serve a smaller request and merges a freed block with its free buddy.</source>
        <translation>页分配器：它以 2^order 个页框为一块管理空闲内存，拆分大块来满足小请求，并把释放的块与它空闲的伙伴合并。</translation>
    </message>
    <message>
        <source>buddy order</source>
        <translation>阶（order）</translation>
    </message>
    <message>
        <source>A block of order n is 2^n physically contiguous frames, aligned to its size: order 0 is one page, order 10 (the largest in 2.6.36, MAX_ORDER - 1) is 4 MiB.</source>
        <translation>n 阶的块是 2^n 个物理上连续的页框，并按自身大小对齐：0 阶是一页，10 阶（2.6.36 中最大的阶，MAX_ORDER - 1）是 4 MiB。</translation>
    </message>
    <message>
        <source>buddy</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>The other half of the block a block was split from. Two free buddies of the same order merge back into one block of the next order.</source>
        <translation>一个块从更大的块拆分出来时的另一半。两个同阶的空闲伙伴会重新合并成一个高一阶的块。</translation>
    </message>
    <message>
        <source>free_area</source>
        <translation>free_area</translation>
    </message>
    <message>
        <source>A zone&apos;s array of free lists, one per order (free_area[0] to free_area[10]), each split again by migratetype.</source>
        <translation>管理区的空闲链表数组，每阶一个（free_area[0] 到 free_area[10]），每个又按迁移类型分开。</translation>
    </message>
    <message>
        <source>expand</source>
        <translation>expand</translation>
    </message>
    <message>
        <source>How the buddy allocator splits a block that is too big: it halves it again and again, putting each unused upper half back on the free list of its order.</source>
        <translation>伙伴分配器拆分过大块的方法：一次又一次地对半拆分，把每次用不上的上半部分放回对应阶的空闲链表。</translation>
    </message>
    <message>
        <source>per-CPU list</source>
        <translation>每 CPU 页列表（per-CPU list）</translation>
    </message>
    <message>
        <source>Each CPU&apos;s private stock of free order-0 pages (struct per_cpu_pages). Single pages are taken and freed there without the zone lock; it is refilled and drained in batches.</source>
        <translation>每个 CPU 私有的 0 阶空闲页储备（struct per_cpu_pages）。单页的分配和释放在这里进行，不需要管理区的锁；储备按批补充和归还。</translation>
    </message>
    <message>
        <source>migratetype</source>
        <translation>迁移类型</translation>
    </message>
    <message>
        <source>What kind of pages a free block is kept for: Unmovable (kernel data), Reclaimable, Movable (user pages). Grouping them limits fragmentation; when one type&apos;s lists are empty, a request steals a block from another (the fallback).</source>
        <translation>空闲块留给哪一类页使用：Unmovable（内核数据）、Reclaimable（可回收）、Movable（用户页）。按类型分组可以减少碎片；某一类型的链表空了时，请求会从另一类型“借”一个块（fallback）。</translation>
    </message>
    <message>
        <source>gfp mask</source>
        <translation>gfp 掩码</translation>
    </message>
    <message>
        <source>Get-free-pages flags: which zones a request may use and what the allocator may do to find memory. GFP_KERNEL may sleep; __GFP_HIGHMEM allows high zones; __GFP_ZERO asks for zeroed memory.</source>
        <translation>“获取空闲页”标志：一次请求可以使用哪些管理区，以及分配器为找到内存可以做什么。GFP_KERNEL 允许睡眠；__GFP_HIGHMEM 允许使用高端管理区；__GFP_ZERO 要求内存清零。</translation>
    </message>
    <message>
        <source>slab allocator</source>
        <translation>slab 分配器</translation>
    </message>
    <message>
        <source>Serves small objects: it takes whole pages (slabs) and cuts each into equal objects. 2.6.36 uses SLUB by default.</source>
        <translation>负责分配小对象：它拿整页（slab），再把每页切成大小相等的对象。2.6.36 默认使用 SLUB。</translation>
    </message>
    <message>
        <source>kmalloc cache</source>
        <translation>kmalloc 缓存</translation>
    </message>
    <message>
        <source>One slab cache per size class (kmalloc-8, kmalloc-16 … kmalloc-4096): kmalloc(n) takes an object from the smallest class that fits n bytes.</source>
        <translation>每个尺寸级别一个 slab 缓存（kmalloc-8、kmalloc-16 … kmalloc-4096）：kmalloc(n) 从能容纳 n 字节的最小级别中取一个对象。</translation>
    </message>
    <message>
        <source>kmalloc</source>
        <translation>kmalloc</translation>
    </message>
    <message>
        <source>The kernel&apos;s malloc for small sizes; kzalloc also zeroes the memory. The object lives in the direct map.</source>
        <translation>内核中用于小尺寸的 malloc；kzalloc 还会把内存清零。对象位于直接映射区。</translation>
    </message>
    <message>
        <source>freelist</source>
        <translation>空闲链表（freelist）</translation>
    </message>
    <message>
        <source>The chain of free objects in a slab page: each free object stores the address of the next one.</source>
        <translation>slab 页中空闲对象组成的链：每个空闲对象保存下一个空闲对象的地址。</translation>
    </message>
    <message>
        <source>partial list</source>
        <translation>partial 链表</translation>
    </message>
    <message>
        <source>The list of slabs that have both used and free objects, kept per node, so later allocations can fill them.</source>
        <translation>既有在用对象又有空闲对象的 slab 组成的链表，每个节点一个，以便后续分配把它们填满。</translation>
    </message>
    <message>
        <source>direct map</source>
        <translation>直接映射区</translation>
    </message>
    <message>
        <source>All RAM is mapped at PAGE_OFFSET (0xffff880000000000 on x86-64), so physical address p is also kernel virtual address PAGE_OFFSET + p. kmalloc&apos;ed objects and page tables live there.</source>
        <translation>全部内存都映射在 PAGE_OFFSET（x86-64 上为 0xffff880000000000）处，所以物理地址 p 同时也是内核虚拟地址 PAGE_OFFSET + p。kmalloc 分配的对象和页表都在这里。</translation>
    </message>
    <message>
        <source>vmalloc</source>
        <translation>vmalloc</translation>
    </message>
    <message>
        <source>Allocates memory that is contiguous in kernel virtual addresses but built from single pages anywhere in RAM, mapped one by one through the page tables.</source>
        <translation>分配在内核虚拟地址上连续、但由散落在内存各处的单个物理页组成的内存，这些页通过页表逐一映射。</translation>
    </message>
    <message>
        <source>vmalloc range</source>
        <translation>vmalloc 区</translation>
    </message>
    <message>
        <source>The kernel virtual addresses vmalloc hands out: VMALLOC_START (0xffffc90000000000) to VMALLOC_END (0xffffe8ffffffffff) on x86-64.</source>
        <translation>vmalloc 分配的内核虚拟地址范围：x86-64 上从 VMALLOC_START（0xffffc90000000000）到 VMALLOC_END（0xffffe8ffffffffff）。</translation>
    </message>
    <message>
        <source>vmap_area</source>
        <translation>vmap_area</translation>
    </message>
    <message>
        <source>vmalloc&apos;s note of one used address range [va_start, va_end), kept in a red-black tree (vmap_area_root) and an address-sorted list. It is freed lazily.</source>
        <translation>vmalloc 对一段已用地址范围 [va_start, va_end) 的记录，保存在一棵红黑树（vmap_area_root）和一个按地址排序的链表中。它会被延迟释放。</translation>
    </message>
    <message>
        <source>vm_struct</source>
        <translation>vm_struct</translation>
    </message>
    <message>
        <source>The descriptor of one vmalloc area: addr, size (guard page included), flags, the page array, nr_pages and the caller. Linked on vmlist.</source>
        <translation>一个 vmalloc 区域的描述符：addr、size（含保护页）、flags、页数组、nr_pages 和调用者。链在 vmlist 上。</translation>
    </message>
    <message>
        <source>vmlist</source>
        <translation>vmlist</translation>
    </message>
    <message>
        <source>The list of every vm_struct, sorted by address; /proc/vmallocinfo prints it.</source>
        <translation>所有 vm_struct 组成的链表，按地址排序；/proc/vmallocinfo 打印的就是它。</translation>
    </message>
    <message>
        <source>page array</source>
        <translation>页数组</translation>
    </message>
    <message>
        <source>area-&gt;pages: one struct page pointer per page of the area. Up to a page big it comes from kmalloc; bigger, from vmalloc itself (the recursion, with VM_VPAGES).</source>
        <translation>area-&gt;pages：区域的每一页对应一个 struct page 指针。数组不超过一页时由 kmalloc 分配；更大时由 vmalloc 自己分配（即递归，带 VM_VPAGES 标志）。</translation>
    </message>
    <message>
        <source>nr_pages</source>
        <translation>nr_pages</translation>
    </message>
    <message>
        <source>How many pages an area holds; vfree frees exactly that many, so a failed vmalloc cuts it to the pages it got.</source>
        <translation>区域包含的页数；vfree 恰好释放这么多页，所以失败的 vmalloc 会把它截为实际拿到的页数。</translation>
    </message>
    <message>
        <source>VM_VPAGES</source>
        <translation>VM_VPAGES</translation>
    </message>
    <message>
        <source>A vm_struct flag: the page array was itself vmalloc&apos;ed, so vfree must vfree it instead of kfree.</source>
        <translation>vm_struct 的一个标志：页数组本身是用 vmalloc 分配的，所以 vfree 必须用 vfree 而不是 kfree 释放它。</translation>
    </message>
    <message>
        <source>guard page</source>
        <translation>保护页</translation>
    </message>
    <message>
        <source>One extra page at the end of every vmalloc area, reserved but never mapped, so running off the end faults instead of corrupting the next area. vm-&gt;size counts it.</source>
        <translation>每个 vmalloc 区域末尾多出的一页，只预留、永不映射，这样越界访问会触发缺页异常，而不会破坏下一个区域。vm-&gt;size 把它计算在内。</translation>
    </message>
    <message>
        <source>gap page</source>
        <translation>间隔页</translation>
    </message>
    <message>
        <source>In 2.6.36, alloc_vmap_area starts its next candidate one page after the previous area&apos;s end (first-&gt;va_end + PAGE_SIZE), so areas reserved in a row are also separated by a page that belongs to no area.</source>
        <translation>在 2.6.36 中，alloc_vmap_area 从上一个区域末尾再往后一页处（first-&gt;va_end + PAGE_SIZE）开始找下一个候选位置，所以连续预留的区域之间还隔着一页不属于任何区域的页。</translation>
    </message>
    <message>
        <source>PAGE_ALIGN</source>
        <translation>PAGE_ALIGN</translation>
    </message>
    <message>
        <source>Rounds a size up to a multiple of the page size (4096): PAGE_ALIGN(100) = 4096.</source>
        <translation>把大小向上取整为页大小（4096）的整数倍：PAGE_ALIGN(100) = 4096。</translation>
    </message>
    <message>
        <source>page table</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>The tree the CPU&apos;s MMU walks to turn a virtual address into a physical one. On x86-64 it has four levels; each table is one 4 KiB page of 512 entries.</source>
        <translation>CPU 的 MMU 把虚拟地址转换为物理地址时所遍历的树。x86-64 上有四级；每张表是一个 4 KiB 的页，含 512 个表项。</translation>
    </message>
    <message>
        <source>PGD</source>
        <translation>页全局目录 PGD</translation>
    </message>
    <message>
        <source>Page global directory, the top level: virtual address bits 47-39 pick one of its 512 entries, which points to a PUD table.</source>
        <translation>页全局目录，最顶层：虚拟地址的第 47-39 位选出它 512 个表项中的一个，该表项指向一张 PUD 表。</translation>
    </message>
    <message>
        <source>PUD</source>
        <translation>页上级目录 PUD</translation>
    </message>
    <message>
        <source>Page upper directory, level 2: address bits 38-30 pick the entry, which points to a PMD table.</source>
        <translation>页上级目录，第 2 级：地址的第 38-30 位选出表项，该表项指向一张 PMD 表。</translation>
    </message>
    <message>
        <source>PMD</source>
        <translation>页中间目录 PMD</translation>
    </message>
    <message>
        <source>Page middle directory, level 3: address bits 29-21 pick the entry, which points to a PTE table.</source>
        <translation>页中间目录，第 3 级：地址的第 29-21 位选出表项，该表项指向一张 PTE 表。</translation>
    </message>
    <message>
        <source>PTE</source>
        <translation>页表项（PTE）</translation>
    </message>
    <message>
        <source>Page table entry, the last level: address bits 20-12 pick it; it holds the PFN of the page frame and the _PAGE_* bits.</source>
        <translation>页表项，最后一级：由地址的第 20-12 位选出；它保存页框的 PFN 和 _PAGE_* 标志位。</translation>
    </message>
    <message>
        <source>_PAGE_* bits</source>
        <translation>_PAGE_* 标志位</translation>
    </message>
    <message>
        <source>Flags in a page-table entry: P present, RW writable, US user, A accessed, D dirty, G global (kept across address-space switches), NX no-execute.</source>
        <translation>页表项中的标志：P 存在，RW 可写，US 用户态可访问，A 已访问，D 脏，G 全局（切换地址空间时保留），NX 不可执行。</translation>
    </message>
    <message>
        <source>init_mm</source>
        <translation>init_mm</translation>
    </message>
    <message>
        <source>The kernel&apos;s own address space: vmalloc writes its mappings into init_mm&apos;s page tables, which every process shares for kernel addresses.</source>
        <translation>内核自己的地址空间：vmalloc 把映射写进 init_mm 的页表，所有进程在内核地址部分都共享这些页表。</translation>
    </message>
    <message>
        <source>TLB flush</source>
        <translation>刷新 TLB</translation>
    </message>
    <message>
        <source>The TLB is the CPU&apos;s cache of recent translations. After entries are cleared, every CPU must drop its cached copies, or it could still reach the old page.</source>
        <translation>TLB 是 CPU 对最近地址转换结果的缓存。页表项被清除后，每个 CPU 都必须丢掉缓存的副本，否则它仍可能访问到旧的页。</translation>
    </message>
    <message>
        <source>lazy purge</source>
        <translation>延迟释放与清除（purge）</translation>
    </message>
    <message>
        <source>vfree does not unmap at once: it marks the range VM_LAZY_FREE and counts its pages in vmap_lazy_nr. When that passes lazy_max_pages, one purge unmaps every such range with one TLB flush.</source>
        <translation>vfree 不会立即解除映射：它把范围标记为 VM_LAZY_FREE，并把页数计入 vmap_lazy_nr。当它超过 lazy_max_pages 时，一次清除（purge）解除所有这些范围的映射，只刷新一次 TLB。</translation>
    </message>
    <message>
        <source>lazy_max_pages</source>
        <translation>lazy_max_pages</translation>
    </message>
    <message>
        <source>How many lazily freed pages may wait before a purge: fls(number of CPUs) x 32 MiB of pages (24576 with 4 CPUs).</source>
        <translation>在清除（purge）之前最多可以有多少延迟释放的页在等待：fls(CPU 数) x 32 MiB 对应的页数（4 个 CPU 时为 24576）。</translation>
    </message>
    <message>
        <source>RCU</source>
        <translation>RCU</translation>
    </message>
    <message>
        <source>Read-copy-update: readers walk shared lists without locks, so a writer frees an unlinked item only after a grace period, once every CPU has passed a quiet point.</source>
        <translation>读-复制-更新（Read-copy-update）：读者不加锁地遍历共享链表，所以写者摘下一个元素后，要等一个宽限期——每个 CPU 都经过一个静止点——之后才能释放它。</translation>
    </message>
    <message>
        <source>kmemleak</source>
        <translation>kmemleak</translation>
    </message>
    <message>
        <source>The kernel&apos;s leak detector: it records every allocation as an object and scans memory for pointers to them; an object no pointer reaches is reported as a suspected leak.</source>
        <translation>内核的内存泄漏检测器：它把每次分配记为一个对象，并扫描内存寻找指向它们的指针；没有任何指针能到达的对象被报告为疑似泄漏。</translation>
    </message>
    <message>
        <source>kmemleak colours</source>
        <translation>kmemleak 的颜色</translation>
    </message>
    <message>
        <source>White: not (yet) referenced min_count times, a leak candidate. Gray: referenced enough (or min_count 0), not a leak, and scanned for pointers in turn. Black: min_count -1, never reported nor scanned.</source>
        <translation>白色：（尚）未被引用 min_count 次，是泄漏候选。灰色：引用足够（或 min_count 为 0），不是泄漏，并且会轮到它被扫描以查找指针。黑色：min_count 为 -1，既不报告也不扫描。</translation>
    </message>
    <message>
        <source>min_count</source>
        <translation>min_count</translation>
    </message>
    <message>
        <source>How many pointers a scan must find for a kmemleak object to count as referenced: 1 for kmalloc; 3 for vmalloc in 2.6.36, because vm_struct and vmap_area also hold its address; 0 never reported.</source>
        <translation>扫描至少要找到多少个指针，kmemleak 对象才算被引用：kmalloc 为 1；2.6.36 中 vmalloc 为 3，因为 vm_struct 和 vmap_area 也保存着它的地址；为 0 则永不报告。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数（count）</translation>
    </message>
    <message>
        <source>How many pointers to a kmemleak object the current scan has found so far; it restarts at 0 with each scan.</source>
        <translation>本次扫描到目前为止找到的指向某个 kmemleak 对象的指针数；每次扫描都从 0 重新开始。</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>kmemleak keeps a crc32 of each object&apos;s contents. A white object whose checksum changed since the last scan is not reported this time: it is probably still in use.</source>
        <translation>kmemleak 为每个对象的内容保存一个 crc32。自上次扫描以来校验和变了的白色对象这次不报告：它很可能还在使用。</translation>
    </message>
    <message>
        <source>root</source>
        <translation>根（root）</translation>
    </message>
    <message>
        <source>Memory a kmemleak scan always searches for pointers: the kernel&apos;s .data and .bss, per-CPU areas and task stacks (in vmviz, the scenario&apos;s variables).</source>
        <translation>kmemleak 扫描时总会在其中搜索指针的内存：内核的 .data 和 .bss、每 CPU 数据区和任务栈（在 vmviz 中就是场景里的变量）。</translation>
    </message>
    <message>
        <source>jiffies</source>
        <translation>jiffies</translation>
    </message>
    <message>
        <source>The kernel&apos;s clock-tick counter; kmemleak reports only objects older than 5 seconds of jiffies.</source>
        <translation>内核的时钟节拍计数器；kmemleak 只报告按 jiffies 计算存在超过 5 秒的对象。</translation>
    </message>
    <message>
        <source>NULL return</source>
        <translation>返回 NULL</translation>
    </message>
    <message>
        <source>A kernel allocator that fails returns NULL; every caller must check, undo what it did and fail too.</source>
        <translation>内核分配函数失败时返回 NULL；每个调用者都必须检查，撤销已做的事，自己也返回失败。</translation>
    </message>
    <message>
        <source>errno</source>
        <translation>errno</translation>
    </message>
    <message>
        <source>Kernel functions that return an int signal failure with a negative error code: -ENOMEM (12) out of memory, -EBUSY (16) no vmalloc space left, -EINVAL (22) bad argument.</source>
        <translation>返回 int 的内核函数用负的错误码表示失败：-ENOMEM（12）内存不足，-EBUSY（16）vmalloc 空间用完，-EINVAL（22）参数错误。</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>WARN_ON/WARN: the kernel noticed something that should never happen; it prints a &apos;cut here&apos; block with a backtrace, taints itself and carries on.</source>
        <translation>WARN_ON/WARN：内核发现了本不该发生的情况；它打印一段带调用栈回溯的“cut here”信息，把自己标记为 tainted，然后继续运行。</translation>
    </message>
    <message>
        <source>oops</source>
        <translation>oops</translation>
    </message>
    <message>
        <source>A fatal kernel error in a task (a bad memory access): the kernel prints a report and kills the task; the system may go on.</source>
        <translation>任务中的致命内核错误（如非法内存访问）：内核打印一份报告并杀死该任务；系统可能继续运行。</translation>
    </message>
    <message>
        <source>dmesg</source>
        <translation>dmesg</translation>
    </message>
    <message>
        <source>The kernel&apos;s log, written with printk; `dmesg` prints it.</source>
        <translation>内核日志，由 printk 写入；用 `dmesg` 查看。</translation>
    </message>
</context>
<context>
    <name>GlossaryMatches</name>
    <message>
        <source>page frame|page frames|frame|frames</source>
        <translation>页框|物理页</translation>
    </message>
    <message>
        <source>pfn|PFN|pfns</source>
        <translation>页框号</translation>
    </message>
    <message>
        <source>struct page</source>
        <translation>struct page</translation>
    </message>
    <message>
        <source>zone|zones|DMA32|DMA</source>
        <translation>内存管理区|管理区</translation>
    </message>
    <message>
        <source>buddy allocator|page allocator</source>
        <translation>伙伴分配器|伙伴系统|页分配器</translation>
    </message>
    <message>
        <source>order|order-0|order-1|order-2|order-3|order-4|order-5|order-6|order-7|order-8|order-9|order-10</source>
        <translation>阶</translation>
    </message>
    <message>
        <source>buddy|buddies</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>free_area</source>
        <translation>free_area</translation>
    </message>
    <message>
        <source>expand</source>
        <translation>expand</translation>
    </message>
    <message>
        <source>per-CPU|per-CPU list|rmqueue_bulk</source>
        <translation>每 CPU 页列表|每 CPU|本 CPU 私有的空闲页储备|私有储备</translation>
    </message>
    <message>
        <source>migratetype|Unmovable|Movable|Reclaimable|__rmqueue_fallback</source>
        <translation>迁移类型</translation>
    </message>
    <message>
        <source>gfp|gfp_mask|GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO|__GFP_REPEAT</source>
        <translation>gfp 掩码|gfp 标志</translation>
    </message>
    <message>
        <source>slab|slabs|SLUB|slab allocator</source>
        <translation>slab 分配器</translation>
    </message>
    <message>
        <source>kmalloc-8|kmalloc-16|kmalloc-32|kmalloc-64|kmalloc-96|kmalloc-128|kmalloc-192|kmalloc-256|kmalloc-512|kmalloc-1024|kmalloc-2048|kmalloc-4096|kmalloc cache</source>
        <translation>kmalloc 缓存</translation>
    </message>
    <message>
        <source>kmalloc|kmalloc_node|kzalloc_node|kmalloc&apos;ed</source>
        <translation>kmalloc|kmalloc_node|kzalloc_node|kmalloc&apos;ed</translation>
    </message>
    <message>
        <source>freelist</source>
        <translation>空闲链表</translation>
    </message>
    <message>
        <source>partial list</source>
        <translation>partial 链表</translation>
    </message>
    <message>
        <source>direct map|direct-map</source>
        <translation>直接映射区|直接映射</translation>
    </message>
    <message>
        <source>vmalloc|vmalloc&apos;ed</source>
        <translation>vmalloc|vmalloc&apos;ed</translation>
    </message>
    <message>
        <source>VMALLOC_START|VMALLOC_END</source>
        <translation>vmalloc 区|vmalloc 地址范围</translation>
    </message>
    <message>
        <source>vmap_area|va|vmap_area_root</source>
        <translation>vmap_area|va|vmap_area_root</translation>
    </message>
    <message>
        <source>vm_struct|vm</source>
        <translation>vm_struct|vm</translation>
    </message>
    <message>
        <source>vmlist|/proc/vmallocinfo</source>
        <translation>vmlist|/proc/vmallocinfo</translation>
    </message>
    <message>
        <source>page array|area-&gt;pages</source>
        <translation>页数组</translation>
    </message>
    <message>
        <source>nr_pages|area-&gt;nr_pages</source>
        <translation>nr_pages|area-&gt;nr_pages</translation>
    </message>
    <message>
        <source>VM_VPAGES</source>
        <translation>VM_VPAGES</translation>
    </message>
    <message>
        <source>guard page|PAGE_SIZE</source>
        <translation>保护页</translation>
    </message>
    <message>
        <source>gap page</source>
        <translation>间隔页</translation>
    </message>
    <message>
        <source>PAGE_ALIGN</source>
        <translation>PAGE_ALIGN</translation>
    </message>
    <message>
        <source>page table|page tables|page-table</source>
        <translation>页表</translation>
    </message>
    <message>
        <source>PGD|pgd</source>
        <translation>页全局目录</translation>
    </message>
    <message>
        <source>PUD|pud</source>
        <translation>页上级目录</translation>
    </message>
    <message>
        <source>PMD|pmd</source>
        <translation>页中间目录</translation>
    </message>
    <message>
        <source>PTE|PTEs|pte</source>
        <translation>页表项</translation>
    </message>
    <message>
        <source>P RW|_PAGE_PRESENT|NX|prot</source>
        <translation>保护位</translation>
    </message>
    <message>
        <source>init_mm|&amp;init_mm</source>
        <translation>init_mm|&amp;init_mm</translation>
    </message>
    <message>
        <source>TLB|flush_tlb_kernel_range</source>
        <translation>刷新 TLB</translation>
    </message>
    <message>
        <source>purge|lazily|lazily freed|VM_LAZY_FREE|VM_LAZY_FREEING</source>
        <translation>延迟释放|清除|延迟链表</translation>
    </message>
    <message>
        <source>lazy_max_pages|vmap_lazy_nr</source>
        <translation>lazy_max_pages|vmap_lazy_nr</translation>
    </message>
    <message>
        <source>RCU|call_rcu|rcu_free_va|grace period</source>
        <translation>宽限期|RCU 宽限期</translation>
    </message>
    <message>
        <source>kmemleak|kmemleak object|kmemleak_alloc|kmemleak_free</source>
        <translation>泄漏检测器|kmemleak 对象</translation>
    </message>
    <message>
        <source>white|gray|black</source>
        <translation>白色|灰色|黑色</translation>
    </message>
    <message>
        <source>min_count</source>
        <translation>min_count</translation>
    </message>
    <message>
        <source>count found/needed|pointer count</source>
        <translation>已找到/需要的计数|指针计数</translation>
    </message>
    <message>
        <source>checksum|crc|crc32</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>root|roots|.data|.bss</source>
        <translation>根</translation>
    </message>
    <message>
        <source>jiffies|jiffies_last_scan</source>
        <translation>时钟节拍计数器</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>-ENOMEM|-EBUSY|-EINVAL|-EFAULT|ENOMEM|EBUSY</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>WARN|WARNING|WARN_ON</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>oops|Oops</source>
        <translation>oops|Oops</translation>
    </message>
    <message>
        <source>dmesg|printk</source>
        <translation>内核日志</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>{0:t} returns NULL</source>
        <translation>{0:t} 返回 NULL</translation>
    </message>
    <message>
        <source>{0:t} returns {1:t}</source>
        <translation>{0:t} 返回 {1:t}</translation>
    </message>
    <message>
        <source>{0:t} {1:t}</source>
        <extracomment>A function&apos;s name, then what its return says (the formats that start with &quot;returns&quot;).</extracomment>
        <translation>{0:t} {1:t}</translation>
    </message>
    <message>
        <source>{0:s}</source>
        <translation>{0:s}</translation>
    </message>
    <message>
        <source>size = PAGE_ALIGN({0}) = {1}</source>
        <translation>size = PAGE_ALIGN({0}) = {1}</translation>
    </message>
    <message>
        <source>size {0} is {2} pages, more than totalram_pages ({1}): return NULL, silently</source>
        <translation>size {0} 需要 {2} 页，超过 totalram_pages（{1}）：不打印任何信息，直接返回 NULL</translation>
    </message>
    <message>
        <source>size {0} is 0 pages: return NULL, silently</source>
        <translation>size {0} 为 0 页：不打印任何信息，直接返回 NULL</translation>
    </message>
    <message>
        <source>&quot;We always allocate a guard page&quot;: size = {0} + PAGE_SIZE = {1}</source>
        <translation>“We always allocate a guard page”（总要多分配一个保护页）：size = {0} + PAGE_SIZE = {1}</translation>
    </message>
    <message>
        <source>the {0:Z} per-CPU {0:M} list is empty: refill it with {1} pages from the buddy allocator</source>
        <translation>{0:Z} 管理区的每 CPU {0:M} 页列表为空：从伙伴分配器一次取 {1} 页补充</translation>
    </message>
    <message>
        <source>take pfn {0:x} from the head of the {1:Z} per-CPU {1:M} list ({2} left on it)</source>
        <translation>从 {1:Z} 管理区每 CPU {1:M} 页列表的表头取出 pfn {0:x}（列表上还剩 {2} 页）</translation>
    </message>
    <message>
        <source>__rmqueue: take the order-{1:lo} block at pfn {0:x} from {2:Z} free_area[{1:lo}] ({2:M})</source>
        <translation>__rmqueue：从 {2:Z} 的 free_area[{1:lo}]（{2:M}）取出 pfn {0:x} 处的 {1:lo} 阶块</translation>
    </message>
    <message>
        <source>__rmqueue_fallback: no {2:M} block is free; steal the order-{1:lo} block at pfn {0:x} from the {2:F} list</source>
        <translation>__rmqueue_fallback：没有空闲的 {2:M} 块；从 {2:F} 链表“借走”pfn {0:x} 处的 {1:lo} 阶块</translation>
    </message>
    <message>
        <source>expand: split off the upper half, pfn {0:x}, as an order-{1} block onto free_area[{1}]</source>
        <translation>expand：拆分出上半部分 pfn {0:x}，作为 {1} 阶块放入 free_area[{1}]</translation>
    </message>
    <message>
        <source>put pfn {0:x} at the head of the {1:Z} per-CPU {1:M} list ({2} on it)</source>
        <translation>把 pfn {0:x} 放到 {1:Z} 管理区每 CPU {1:M} 页列表的表头（列表上共 {2} 页）</translation>
    </message>
    <message>
        <source>list_add: pfn {0:x} goes onto the {1:Z} per-CPU {1:M} list, after the page before it ({2} on it)</source>
        <translation>list_add：pfn {0:x} 接在前一页之后，加入 {1:Z} 管理区每 CPU {1:M} 页列表（列表上共 {2} 页）</translation>
    </message>
    <message>
        <source>the per-CPU list reached high={0}: hand {1} pages back to the buddy allocator</source>
        <translation>每 CPU 页列表达到上限 high={0}：把 {1} 页还给伙伴分配器</translation>
    </message>
    <message>
        <source>__free_one_page: pfn {0:x} goes back to the buddy allocator as part of an order-{1} block at pfn {2:x}</source>
        <translation>__free_one_page：pfn {0:x} 回到伙伴分配器，成为 pfn {2:x} 处 {1} 阶块的一部分</translation>
    </message>
    <message>
        <source>pfn {0:x} is now {1:o}</source>
        <translation>pfn {0:x} 现在是 {1:o}</translation>
    </message>
    <message>
        <source>no free page of order {0} in any allowed zone (gfp {1:g}): the allocation fails</source>
        <translation>所有允许的管理区中都没有 {0} 阶的空闲页（gfp {1:g}）：分配失败</translation>
    </message>
    <message>
        <source>fault injection: {0:s} is made to fail here</source>
        <translation>故障注入：让 {0:s} 在这里失败</translation>
    </message>
    <message>
        <source>the slab page at pfn {0:x} (order {1}) now belongs to {2:c}</source>
        <translation>pfn {0:x} 处的 slab 页（{1} 阶）现在属于 {2:c}</translation>
    </message>
    <message>
        <source>{1:c}: the new slab at pfn {0:x} holds {2} free objects, linked in address order</source>
        <translation>{1:c}：pfn {0:x} 处的新 slab 含 {2} 个空闲对象，按地址顺序链接</translation>
    </message>
    <message>
        <source>{1:c}: the slab at pfn {0:x} becomes this CPU&apos;s slab ({2} free objects)</source>
        <translation>{1:c}：pfn {0:x} 处的 slab 成为本 CPU 的 slab（{2} 个空闲对象）</translation>
    </message>
    <message>
        <source>{1:c}: the full slab at pfn {0:x} leaves this CPU ({2} objects in use)</source>
        <translation>{1:c}：pfn {0:x} 处已满的 slab 离开本 CPU（{2} 个对象在用）</translation>
    </message>
    <message>
        <source>{1:c}: the slab at pfn {0:x} goes onto the partial list ({2} objects in use)</source>
        <translation>{1:c}：pfn {0:x} 处的 slab 进入 partial 链表（{2} 个对象在用）</translation>
    </message>
    <message>
        <source>take object {0:a} from {1:c} (slab at pfn {2:x})</source>
        <translation>从 {1:c} 取出对象 {0:a}（slab 位于 pfn {2:x}）</translation>
    </message>
    <message>
        <source>object {0:a} goes back on the freelist of {1:c} (slab at pfn {2:x})</source>
        <translation>对象 {0:a} 回到 {1:c} 的 freelist（slab 位于 pfn {2:x}）</translation>
    </message>
    <message>
        <source>object {0:a} is {1:s}</source>
        <translation>对象 {0:a} 是 {1:s}</translation>
    </message>
    <message>
        <source>the empty slab at pfn {0:x} of {1:c} goes back to the page allocator</source>
        <translation>{1:c} 在 pfn {0:x} 处的空 slab 还给页分配器</translation>
    </message>
    <message>
        <source>create kmemleak object {0:a}: size {1}, min_count {2:i} (white, count 0)</source>
        <translation>创建 kmemleak 对象 {0:a}：size {1}，min_count {2:i}（白色，count 0）</translation>
    </message>
    <message>
        <source>delete kmemleak object {0:a}</source>
        <translation>删除 kmemleak 对象 {0:a}</translation>
    </message>
    <message>
        <source>no kmemleak object starts at {0:a}: nothing to delete</source>
        <translation>没有从 {0:a} 开始的 kmemleak 对象：无可删除</translation>
    </message>
    <message>
        <source>jiffies_last_scan = {0}; every object&apos;s count = 0 ({1} objects; {2} with min_count 0 start gray)</source>
        <translation>jiffies_last_scan = {0}；每个对象的 count = 0（共 {1} 个对象；其中 {2} 个 min_count 为 0，一开始就是灰色）</translation>
    </message>
    <message>
        <source>root {0:s} points into {1:a}: count {2:q}</source>
        <translation>根 {0:s} 指向 {1:a} 内部：count {2:q}</translation>
    </message>
    <message>
        <source>root {0:s} points into {1:a}: count {2:q}, it turns gray</source>
        <translation>根 {0:s} 指向 {1:a} 内部：count {2:q}，变为灰色</translation>
    </message>
    <message>
        <source>{0:a} points into {1:a}: count {2:q}</source>
        <translation>{0:a} 指向 {1:a} 内部：count {2:q}</translation>
    </message>
    <message>
        <source>{0:a} points into {1:a}: count {2:q}, it turns gray</source>
        <translation>{0:a} 指向 {1:a} 内部：count {2:q}，变为灰色</translation>
    </message>
    <message>
        <source>scan gray object {0:a} ({1} bytes) for pointers</source>
        <translation>在灰色对象 {0:a}（{1} 字节）中查找指针</translation>
    </message>
    <message>
        <source>white {0:a} changed since the last scan (crc {1:x}, was {2:x}): gray for this scan, not reported</source>
        <translation>白色对象 {0:a} 自上次扫描后内容有变（crc {1:x}，原为 {2:x}）：本次扫描视为灰色，不报告</translation>
    </message>
    <message>
        <source>{0:a} is white ({1:q}) and at least 5 s old: a new suspected leak</source>
        <translation>{0:a} 为白色（{1:q}）且已存在至少 5 s：新的疑似内存泄漏</translation>
    </message>
    <message>
        <source>{0:a} is white ({1:q}) but younger than 5 s at the scan&apos;s start: not reported</source>
        <translation>{0:a} 为白色（{1:q}），但扫描开始时存在还不到 5 s：不报告</translation>
    </message>
    <message>
        <source>clear: reported {0:a} turns gray for good (min_count = 0)</source>
        <translation>clear：已报告的 {0:a} 永久变为灰色（min_count = 0）</translation>
    </message>
    <message>
        <source>no hole of {0} bytes between VMALLOC_START and VMALLOC_END: purge lazily freed areas and retry once</source>
        <translation>VMALLOC_START 与 VMALLOC_END 之间没有 {0} 字节的空洞：清除（purge）延迟释放的区域，再试一次</translation>
    </message>
    <message>
        <source>reserve [{0:a}, {1:a}): the lowest hole that fits {2} bytes</source>
        <translation>预留 [{0:a}, {1:a})：能容纳 {2} 字节的最低空洞</translation>
    </message>
    <message>
        <source>vm-&gt;addr = {0:a}, vm-&gt;size = {1}, vm-&gt;flags = {2:v}; va-&gt;private = vm; va-&gt;flags |= VM_VM_AREA</source>
        <translation>vm-&gt;addr = {0:a}, vm-&gt;size = {1}, vm-&gt;flags = {2:v}; va-&gt;private = vm; va-&gt;flags |= VM_VM_AREA</translation>
    </message>
    <message>
        <source>link the vm_struct into vmlist, which is sorted by address (areas on vmlist: {0})</source>
        <translation>把 vm_struct 链入按地址排序的 vmlist（vmlist 上的区域数：{0}）</translation>
    </message>
    <message>
        <source>unlink the vm_struct of {0:a} from vmlist: it leaves /proc/vmallocinfo</source>
        <translation>把 {0:a} 的 vm_struct 从 vmlist 摘下：它从 /proc/vmallocinfo 中消失</translation>
    </message>
    <message>
        <source>area-&gt;nr_pages = {0}; the page array needs {1} bytes: {2:s}</source>
        <translation>area-&gt;nr_pages = {0}；页数组需要 {1} 字节：{2:s}</translation>
    </message>
    <message>
        <source>area-&gt;flags |= VM_VPAGES (the page array was vmalloc&apos;ed)</source>
        <translation>area-&gt;flags |= VM_VPAGES（页数组是用 vmalloc 分配的）</translation>
    </message>
    <message>
        <source>area-&gt;pages = {0:a}</source>
        <translation>area-&gt;pages = {0:a}</translation>
    </message>
    <message>
        <source>area-&gt;pages[{0}] = page of pfn {1:x}</source>
        <translation>area-&gt;pages[{0}] = pfn {1:x} 的页</translation>
    </message>
    <message>
        <source>page {0} could not be allocated: area-&gt;nr_pages = {0}, free the partial area</source>
        <translation>第 {0} 页分配失败：area-&gt;nr_pages = {0}，释放这个只建了一部分的区域</translation>
    </message>
    <message>
        <source>take zeroed pfn {0:x} as the new {1:L} table</source>
        <translation>取已清零的 pfn {0:x} 作为新的 {1:L} 表</translation>
    </message>
    <message>
        <source>{1:L}[{1:I}] = {0:e}</source>
        <translation>{1:L}[{1:I}] = {0:e}</translation>
    </message>
    <message>
        <source>WARN_ON(!pte_none(*pte)): {1:L}[{1:I}] already holds {0:e}</source>
        <translation>WARN_ON(!pte_none(*pte))：{1:L}[{1:I}] 已经存有 {0:e}</translation>
    </message>
    <message>
        <source>vunmap_pte_range: clear {0} PTEs in the PTE table at pfn {1:x}</source>
        <translation>vunmap_pte_range：清除 pfn {1:x} 处 PTE 表中的 {0} 个 PTE</translation>
    </message>
    <message>
        <source>flush_tlb_kernel_range({0:a}, {1:a}): one flush for the whole purge</source>
        <translation>flush_tlb_kernel_range({0:a}, {1:a})：整个清除过程只刷新一次 TLB</translation>
    </message>
    <message>
        <source>vm-&gt;size -= PAGE_SIZE: {0} (the guard page no longer counts)</source>
        <translation>vm-&gt;size -= PAGE_SIZE：{0}（保护页不再计入）</translation>
    </message>
    <message>
        <source>va-&gt;flags |= VM_LAZY_FREE; vmap_lazy_nr += {0} = {1} (lazy_max_pages = {2}); PTEs stay until the purge</source>
        <translation>va-&gt;flags |= VM_LAZY_FREE; vmap_lazy_nr += {0} = {1}（lazy_max_pages = {2}）；PTE 保留到清除（purge）时</translation>
    </message>
    <message>
        <source>vmap_lazy_nr {0} &gt; lazy_max_pages {1}: try to purge now</source>
        <translation>vmap_lazy_nr {0} &gt; lazy_max_pages {1}：尝试立即清除（purge）</translation>
    </message>
    <message>
        <source>purge: [{0:a}, {1:a}) is VM_LAZY_FREEING; unmap it</source>
        <translation>清除：[{0:a}, {1:a}) 标为 VM_LAZY_FREEING；解除其映射</translation>
    </message>
    <message>
        <source>__free_vmap_area: [{0:a}, {1:a}) leaves vmap_area_root; the address range is free again</source>
        <translation>__free_vmap_area：[{0:a}, {1:a}) 离开 vmap_area_root；这段地址重新空闲</translation>
    </message>
    <message>
        <source>call_rcu(&amp;va-&gt;rcu_head, rcu_free_va): the vmap_area {0:a} is kfree&apos;d after an RCU grace period, not now</source>
        <translation>call_rcu(&amp;va-&gt;rcu_head, rcu_free_va)：vmap_area {0:a} 要等一个 RCU 宽限期之后才被 kfree，而不是现在</translation>
    </message>
    <message>
        <source>the task sleeps, so an RCU grace period ends: {0} queued rcu_free_va callbacks run</source>
        <translation>任务睡眠，一个 RCU 宽限期随之结束：排队的 {0} 个 rcu_free_va 回调得以执行</translation>
    </message>
    <message>
        <source>vmap_lazy_nr -= {0} = {1}</source>
        <translation>vmap_lazy_nr -= {0} = {1}</translation>
    </message>
    <message>
        <source>no lazily freed areas: nothing to purge</source>
        <translation>没有延迟释放的区域：无需清除</translation>
    </message>
    <message>
        <source>vfree(NULL): nothing to do</source>
        <translation>vfree(NULL)：什么也不做</translation>
    </message>
    <message>
        <source>printk: {0:s}</source>
        <translation>printk: {0:s}</translation>
    </message>
    <message>
        <source>WARNING: {0:s}</source>
        <translation>WARNING: {0:s}</translation>
    </message>
    <message>
        <source>Oops: {0:s}</source>
        <translation>Oops: {0:s}</translation>
    </message>
    <message>
        <source>no page anywhere and nothing to reclaim: the OOM killer picks the only task there is. {0:s}</source>
        <translation>任何地方都没有空闲页，也没有可回收的内存：OOM killer（内存不足杀手）选中了唯一的任务。{0:s}</translation>
    </message>
    <message>
        <source>the oops kills the task: its {0} open calls never return (vmviz goes on with the next line)</source>
        <translation>oops 杀死了该任务：它尚未返回的 {0} 层调用永远不会返回（vmviz 从下一行继续）</translation>
    </message>
    <message>
        <source>{0:s} = {1:a}</source>
        <translation>{0:s} = {1:a}</translation>
    </message>
    <message>
        <source>{0:s}: the caller drops its pointer {1:a} (a leak, if nothing else points there)</source>
        <translation>{0:s}：调用者丢掉了它的指针 {1:a}（如果没有别的指针指向那里，就是内存泄漏）</translation>
    </message>
    <message>
        <source>time passes: {0} ms; jiffies = {1}</source>
        <translation>时间流逝：{0} ms；jiffies = {1}</translation>
    </message>
    <message>
        <source>fault injection: {0:s}</source>
        <translation>故障注入：{0:s}</translation>
    </message>
    <message>
        <source>write {1} bytes at {0:a}</source>
        <translation>向 {0:a} 写入 {1} 字节</translation>
    </message>
    <message>
        <source>{0:a} is inside kmemleak object {1:a}, not at its start: lookup_object() finds it only by alias and returns NULL, so nothing is deleted and the object stays tracked</source>
        <translation>{0:a} 位于 kmemleak 对象 {1:a} 内部，而不是它的起始地址：lookup_object() 只能通过别名找到它并返回 NULL，因此什么都没删除，该对象仍被跟踪</translation>
    </message>
    <message>
        <source>chapter {1}: {0:s}</source>
        <translation>第 {1} 章：{0:s}</translation>
    </message>
    <message>
        <source>no VM_NO_GUARD in flags: size = {0} + PAGE_SIZE = {1} (the guard page, never mapped)</source>
        <translation>flags 中没有 VM_NO_GUARD：size = {0} + PAGE_SIZE = {1}（保护页，永不映射）</translation>
    </message>
    <message>
        <source>area-&gt;flags = {0:v}, area-&gt;caller = the caller, area-&gt;requested_size = {1}</source>
        <translation>area-&gt;flags = {0:v}, area-&gt;caller = 调用者, area-&gt;requested_size = {1}</translation>
    </message>
    <message>
        <source>kmemleak_scan_area(&amp;va-&gt;rb_node, SIZE_MAX): kmemleak scans {0:a} from rb_node on, so va_start and va_end are no references</source>
        <translation>kmemleak_scan_area(&amp;va-&gt;rb_node, SIZE_MAX)：kmemleak 从 rb_node 开始扫描 {0:a}，因此 va_start 和 va_end 不算引用</translation>
    </message>
    <message>
        <source>this CPU&apos;s ne_fit_preload_node was empty: {0:a} waits there as the spare for an NE fit</source>
        <translation>本 CPU 的 ne_fit_preload_node 为空：{0:a} 放在那里，作为 NE fit 时的备用</translation>
    </message>
    <message>
        <source>find_vmap_lowest_match: [{0:a}, {1:a}) is the lowest free block that fits {2} bytes</source>
        <translation>find_vmap_lowest_match：[{0:a}, {1:a}) 是能容纳 {2} 字节的最低空闲块</translation>
    </message>
    <message>
        <source>va_clip: FL fit, [{0:a}, {1:a}) is used up: unlink it from free_vmap_area_root and kmem_cache_free it</source>
        <translation>va_clip：FL fit，[{0:a}, {1:a}) 被整块用掉：从 free_vmap_area_root 摘下并 kmem_cache_free</translation>
    </message>
    <message>
        <source>va_clip: LE fit, the area takes the block&apos;s left edge: the free block is now [{0:a}, {1:a})</source>
        <translation>va_clip：LE fit，新区域占用空闲块的左端：空闲块现在是 [{0:a}, {1:a})</translation>
    </message>
    <message>
        <source>va_clip: RE fit, the area takes the block&apos;s right edge: the free block is now [{0:a}, {1:a})</source>
        <translation>va_clip：RE fit，新区域占用空闲块的右端：空闲块现在是 [{0:a}, {1:a})</translation>
    </message>
    <message>
        <source>va_clip: NE fit, the block splits: the preloaded spare {2:a} becomes the left remainder [{0:a}, {1:a}), the block keeps the right one</source>
        <translation>va_clip：NE fit，空闲块一分为二：预先备好的 {2:a} 成为左边剩余的 [{0:a}, {1:a})，原块保留右边部分</translation>
    </message>
    <message>
        <source>vm-&gt;addr = {0:a}, vm-&gt;size = {1}, va-&gt;vm = vm; the vmap_area goes into vmap node {2}&apos;s busy tree</source>
        <translation>vm-&gt;addr = {0:a}, vm-&gt;size = {1}, va-&gt;vm = vm；vmap_area 进入 vmap node {2} 的 busy 树</translation>
    </message>
    <message>
        <source>area-&gt;flags &amp;= ~VM_UNINITIALIZED = {0:v}: the area is set up and shows in /proc/vmallocinfo</source>
        <translation>area-&gt;flags &amp;= ~VM_UNINITIALIZED = {0:v}：区域已建好，出现在 /proc/vmallocinfo 中</translation>
    </message>
    <message>
        <source>object_set_excess_ref({0:a}, {1:a}): a reference to the vm_struct beyond its own counts for the block at {1:a}</source>
        <translation>object_set_excess_ref({0:a}, {1:a})：对 vm_struct 的额外引用计入 {1:a} 处的内存块</translation>
    </message>
    <message>
        <source>find_unlink_vmap_area: [{0:a}, {1:a}) leaves the busy tree, and /proc/vmallocinfo with it</source>
        <translation>find_unlink_vmap_area：[{0:a}, {1:a}) 离开 busy 树，也随之从 /proc/vmallocinfo 消失</translation>
    </message>
    <message>
        <source>vmap_lazy_nr += {0} = {1} (lazy_max_pages = {2}); the vmap_area goes onto the lazy tree; its address range waits for the purge</source>
        <translation>vmap_lazy_nr += {0} = {1}（lazy_max_pages = {2}）；vmap_area 进入 lazy 树；它的地址范围等待清除（purge）</translation>
    </message>
    <message>
        <source>vmap_lazy_nr {0} &gt; lazy_max_pages {1}: schedule_work(&amp;drain_vmap_work); a kworker purges later, not this task</source>
        <translation>vmap_lazy_nr {0} &gt; lazy_max_pages {1}：schedule_work(&amp;drain_vmap_work)；稍后由 kworker 清除，而不是当前任务</translation>
    </message>
    <message>
        <source>vmap node {2}: [{0:a}, {1:a}) moves from the lazy tree to the purge list</source>
        <translation>vmap node {2}：[{0:a}, {1:a}) 从 lazy 树移到 purge 链表</translation>
    </message>
    <message>
        <source>merge_or_add_vmap_area: [{0:a}, {1:a}) returns to free space: {2:s}</source>
        <translation>merge_or_add_vmap_area：[{0:a}, {1:a}) 回到空闲空间：{2:s}</translation>
    </message>
    <message>
        <source>{0:a} is gray already: its excess_ref passes the reference on to {1:a} ({2:q})</source>
        <translation>{0:a} 已经是灰色：它的 excess_ref 把引用传给 {1:a}（{2:q}）</translation>
    </message>
    <message>
        <source>is done with this line</source>
        <translation>这一行执行完毕</translation>
    </message>
    <message>
        <source>vmalloc(size={0})</source>
        <translation>vmalloc(size={0})</translation>
    </message>
    <message>
        <source>returns {0:a}</source>
        <translation>返回 {0:a}</translation>
    </message>
    <message>
        <source>vmalloc_32(size={0})</source>
        <translation>vmalloc_32(size={0})</translation>
    </message>
    <message>
        <source>vmalloc_user(size={0})</source>
        <translation>vmalloc_user(size={0})</translation>
    </message>
    <message>
        <source>__vmalloc(size={0}, gfp={1:g}, prot={2:x})</source>
        <translation>__vmalloc(size={0}, gfp={1:g}, prot={2:x})</translation>
    </message>
    <message>
        <source>__vmalloc_node(size={0}, align={1}, gfp_mask={2:g}, node=-1)</source>
        <translation>__vmalloc_node(size={0}, align={1}, gfp_mask={2:g}, node=-1)</translation>
    </message>
    <message>
        <source>__get_vm_area_node(size={0}, align={1}, flags={2:v}, VMALLOC_START, VMALLOC_END)</source>
        <translation>__get_vm_area_node(size={0}, align={1}, flags={2:v}, VMALLOC_START, VMALLOC_END)</translation>
    </message>
    <message>
        <source>returns vm_struct {0:a}</source>
        <translation>返回 vm_struct {0:a}</translation>
    </message>
    <message>
        <source>kzalloc_node(size={0}, gfp={1:g})</source>
        <translation>kzalloc_node(size={0}, gfp={1:g})</translation>
    </message>
    <message>
        <source>kmalloc_node(size={0}, gfp={1:g})</source>
        <translation>kmalloc_node(size={0}, gfp={1:g})</translation>
    </message>
    <message>
        <source>kfree({0:a})</source>
        <translation>kfree({0:a})</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>new_slab({0:c}, order={1})</source>
        <translation>new_slab({0:c}, order={1})</translation>
    </message>
    <message>
        <source>returns slab at pfn {0:x}</source>
        <translation>返回 pfn {0:x} 处的 slab</translation>
    </message>
    <message>
        <source>discard_slab({0:c}, slab at pfn {1:x})</source>
        <translation>discard_slab({0:c}, slab at pfn {1:x})</translation>
    </message>
    <message>
        <source>alloc_vmap_area(size={0}, align={1}, VMALLOC_START, VMALLOC_END)</source>
        <translation>alloc_vmap_area(size={0}, align={1}, VMALLOC_START, VMALLOC_END)</translation>
    </message>
    <message>
        <source>returns vmap_area {0:a}</source>
        <translation>返回 vmap_area {0:a}</translation>
    </message>
    <message>
        <source>insert_vmalloc_vm(vm={0:a}, va={1:a}, flags={2:v})</source>
        <translation>insert_vmalloc_vm(vm={0:a}, va={1:a}, flags={2:v})</translation>
    </message>
    <message>
        <source>__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x})</source>
        <translation>__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x})</translation>
    </message>
    <message>
        <source>alloc_page(gfp={0:g})</source>
        <translation>alloc_page(gfp={0:g})</translation>
    </message>
    <message>
        <source>returns page of pfn {0:x}</source>
        <translation>返回 pfn {0:x} 的页</translation>
    </message>
    <message>
        <source>alloc_pages(gfp={0:g}, order={1})</source>
        <translation>alloc_pages(gfp={0:g}, order={1})</translation>
    </message>
    <message>
        <source>rmqueue_bulk({0:s}, order=0, count={1}, {2:s})</source>
        <translation>rmqueue_bulk({0:s}, order=0, count={1}, {2:s})</translation>
    </message>
    <message>
        <source>returns {0} pages</source>
        <translation>返回 {0} 页</translation>
    </message>
    <message>
        <source>map_vm_area(area={0:a}, prot={1:x})</source>
        <translation>map_vm_area(area={0:a}, prot={1:x})</translation>
    </message>
    <message>
        <source>returns {0:i}</source>
        <translation>返回 {0:i}</translation>
    </message>
    <message>
        <source>vmap_page_range({0:a}, {1:a})</source>
        <translation>vmap_page_range({0:a}, {1:a})</translation>
    </message>
    <message>
        <source>returns {0} pages mapped</source>
        <translation>返回已映射的页数 {0}</translation>
    </message>
    <message>
        <source>pud_alloc(&amp;init_mm, {2:l}[{0}], {1:a})</source>
        <translation>pud_alloc(&amp;init_mm, {2:l}[{0}], {1:a})</translation>
    </message>
    <message>
        <source>p4d_alloc(&amp;init_mm, pgd[{0}], {1:a})</source>
        <translation>p4d_alloc(&amp;init_mm, pgd[{0}], {1:a})</translation>
    </message>
    <message>
        <source>pmd_alloc(&amp;init_mm, pud[{0}], {1:a})</source>
        <translation>pmd_alloc(&amp;init_mm, pud[{0}], {1:a})</translation>
    </message>
    <message>
        <source>pte_alloc_kernel(pmd[{0}], {1:a})</source>
        <translation>pte_alloc_kernel(pmd[{0}], {1:a})</translation>
    </message>
    <message>
        <source>kmemleak_alloc({0:a}, size={1}, min_count={2:i})</source>
        <translation>kmemleak_alloc({0:a}, size={1}, min_count={2:i})</translation>
    </message>
    <message>
        <source>kmemleak_free({0:a})</source>
        <translation>kmemleak_free({0:a})</translation>
    </message>
    <message>
        <source>vfree({0:a})</source>
        <translation>vfree({0:a})</translation>
    </message>
    <message>
        <source>__vunmap({0:a}, deallocate_pages={1})</source>
        <translation>__vunmap({0:a}, deallocate_pages={1})</translation>
    </message>
    <message>
        <source>remove_vm_area({0:a})</source>
        <translation>remove_vm_area({0:a})</translation>
    </message>
    <message>
        <source>free_unmap_vmap_area_noflush(va {0:a})</source>
        <translation>free_unmap_vmap_area_noflush(va {0:a})</translation>
    </message>
    <message>
        <source>try_purge_vmap_area_lazy()</source>
        <translation>try_purge_vmap_area_lazy()</translation>
    </message>
    <message>
        <source>purge_vmap_area_lazy()</source>
        <translation>purge_vmap_area_lazy()</translation>
    </message>
    <message>
        <source>__purge_vmap_area_lazy(sync={0}, force_flush={1})</source>
        <translation>__purge_vmap_area_lazy(sync={0}, force_flush={1})</translation>
    </message>
    <message>
        <source>rcu_free_va(va {0:a})</source>
        <translation>rcu_free_va(va {0:a})</translation>
    </message>
    <message>
        <source>__free_page(pfn {0:x})</source>
        <translation>__free_page(pfn {0:x})</translation>
    </message>
    <message>
        <source>__free_pages(pfn {0:x}, order={1})</source>
        <translation>__free_pages(pfn {0:x}, order={1})</translation>
    </message>
    <message>
        <source>free_pcppages_bulk({0:s}, count={1})</source>
        <translation>free_pcppages_bulk({0:s}, count={1})</translation>
    </message>
    <message>
        <source>kmemleak_scan()</source>
        <translation>kmemleak_scan()</translation>
    </message>
    <message>
        <source>kmemleak_clear()</source>
        <translation>kmemleak_clear()</translation>
    </message>
    <message>
        <source>WARN(1, &quot;{0:s}&quot;)</source>
        <translation>WARN(1, &quot;{0:s}&quot;)</translation>
    </message>
    <message>
        <source>vmalloc_noprof(size={0})</source>
        <translation>vmalloc_noprof(size={0})</translation>
    </message>
    <message>
        <source>vmalloc_32_noprof(size={0})</source>
        <translation>vmalloc_32_noprof(size={0})</translation>
    </message>
    <message>
        <source>vmalloc_user_noprof(size={0})</source>
        <translation>vmalloc_user_noprof(size={0})</translation>
    </message>
    <message>
        <source>__vmalloc_noprof(size={0}, gfp_mask={1:g})</source>
        <translation>__vmalloc_noprof(size={0}, gfp_mask={1:g})</translation>
    </message>
    <message>
        <source>__vmalloc_node_noprof(size={0}, align={1}, gfp_mask={2:g}, node=NUMA_NO_NODE)</source>
        <translation>__vmalloc_node_noprof(size={0}, align={1}, gfp_mask={2:g}, node=NUMA_NO_NODE)</translation>
    </message>
    <message>
        <source>__vmalloc_node_range_noprof(size={0}, align={1}, VMALLOC_START, VMALLOC_END, gfp_mask={2:g}, PAGE_KERNEL)</source>
        <translation>__vmalloc_node_range_noprof(size={0}, align={1}, VMALLOC_START, VMALLOC_END, gfp_mask={2:g}, PAGE_KERNEL)</translation>
    </message>
    <message>
        <source>__get_vm_area_node(size={0}, align={1}, shift=PAGE_SHIFT, flags={2:v}, VMALLOC_START, VMALLOC_END)</source>
        <translation>__get_vm_area_node(size={0}, align={1}, shift=PAGE_SHIFT, flags={2:v}, VMALLOC_START, VMALLOC_END)</translation>
    </message>
    <message>
        <source>alloc_vmap_area(size={0}, align={1}, VMALLOC_START, VMALLOC_END, vm={2:a})</source>
        <translation>alloc_vmap_area(size={0}, align={1}, VMALLOC_START, VMALLOC_END, vm={2:a})</translation>
    </message>
    <message>
        <source>kmem_cache_alloc_node({0:c}, gfp={1:g})</source>
        <translation>kmem_cache_alloc_node({0:c}, gfp={1:g})</translation>
    </message>
    <message>
        <source>kmem_cache_free(vmap_area, {0:a})</source>
        <translation>kmem_cache_free(vmap_area, {0:a})</translation>
    </message>
    <message>
        <source>preload_this_cpu_lock(&amp;free_vmap_area_lock)</source>
        <translation>preload_this_cpu_lock(&amp;free_vmap_area_lock)</translation>
    </message>
    <message>
        <source>returns with free_vmap_area_lock held</source>
        <translation>返回，仍持有 free_vmap_area_lock</translation>
    </message>
    <message>
        <source>__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x}, page_shift=PAGE_SHIFT)</source>
        <translation>__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x}, page_shift=PAGE_SHIFT)</translation>
    </message>
    <message>
        <source>vm_area_alloc_pages(gfp={0:g}, order={1}, nr_pages={2})</source>
        <translation>vm_area_alloc_pages(gfp={0:g}, order={1}, nr_pages={2})</translation>
    </message>
    <message>
        <source>alloc_pages_bulk_mempolicy_noprof(gfp={0:g}, nr_pages={1}, pages + {2})</source>
        <translation>alloc_pages_bulk_mempolicy_noprof(gfp={0:g}, nr_pages={1}, pages + {2})</translation>
    </message>
    <message>
        <source>vmap_pages_range({0:a}, {1:a}, PAGE_KERNEL, area-&gt;pages, PAGE_SHIFT)</source>
        <translation>vmap_pages_range({0:a}, {1:a}, PAGE_KERNEL, area-&gt;pages, PAGE_SHIFT)</translation>
    </message>
    <message>
        <source>vmap_small_pages_range_noflush({0:a}, {1:a}, PAGE_KERNEL, pages)</source>
        <translation>vmap_small_pages_range_noflush({0:a}, {1:a}, PAGE_KERNEL, pages)</translation>
    </message>
    <message>
        <source>clear_vm_uninitialized_flag(area={0:a})</source>
        <translation>clear_vm_uninitialized_flag(area={0:a})</translation>
    </message>
    <message>
        <source>kmemleak_vmalloc(area={0:a}, size={1})</source>
        <translation>kmemleak_vmalloc(area={0:a}, size={1})</translation>
    </message>
    <message>
        <source>free_unmap_vmap_area(va {0:a})</source>
        <translation>free_unmap_vmap_area(va {0:a})</translation>
    </message>
    <message>
        <source>vunmap_range_noflush({0:a}, {1:a})</source>
        <translation>vunmap_range_noflush({0:a}, {1:a})</translation>
    </message>
    <message>
        <source>free_vmap_area_noflush(va {0:a})</source>
        <translation>free_vmap_area_noflush(va {0:a})</translation>
    </message>
    <message>
        <source>kvfree({0:a})</source>
        <translation>kvfree({0:a})</translation>
    </message>
    <message>
        <source>drain_vmap_area_work() (the kworker runs the queued drain_vmap_work)</source>
        <translation>drain_vmap_area_work()（kworker 执行排队的 drain_vmap_work）</translation>
    </message>
    <message>
        <source>__purge_vmap_area_lazy(start={0:x}, end={1:x}, full_pool_decay={2})</source>
        <translation>__purge_vmap_area_lazy(start={0:x}, end={1:x}, full_pool_decay={2})</translation>
    </message>
    <message>
        <source>returns {0} (areas were purged)</source>
        <translation>返回 {0}（有区域被清除）</translation>
    </message>
    <message>
        <source>purge_vmap_node(vmap_nodes[{0}])</source>
        <translation>purge_vmap_node(vmap_nodes[{0}])</translation>
    </message>
    <message>
        <source>nr_pcp_alloc: refill {0} pages (pcp-&gt;batch doubled once per refill with no free between, kept under pcp-&gt;high); alloc_factor is now {1}, pcp-&gt;high {2}</source>
        <translation>nr_pcp_alloc：补充 {0} 页（两次补充之间没有释放时 pcp-&gt;batch 每次翻倍，且不超过 pcp-&gt;high）；alloc_factor 现为 {1}，pcp-&gt;high 为 {2}</translation>
    </message>
    <message>
        <source>vmap node {1}&apos;s pool of {0}-byte vmap_areas is empty: take one from the cache and search the free tree</source>
        <translation>vmap 节点 {1} 中 {0} 字节 vmap_area 的池是空的：从缓存取一个 vmap_area，并在空闲树中查找</translation>
    </message>
    <message>
        <source>node_pool_del_va: [{0:a}, {1:a}) comes off the head of vmap node {2}&apos;s pool (last in, first out), ready to use: no search, no new vmap_area</source>
        <translation>node_pool_del_va：[{0:a}, {1:a}) 从 vmap 节点 {2} 的池头部取出（后进先出），可直接使用：无需查找，也无需新的 vmap_area</translation>
    </message>
    <message>
        <source>va-&gt;flags = encode_vn_id({0}) = {1:x}: when this area is purged, its vmap_area goes back to vmap node {0}&apos;s pool</source>
        <translation>va-&gt;flags = encode_vn_id({0}) = {1:x}：这个区域被清除时，它的 vmap_area 回到 vmap 节点 {0} 的池</translation>
    </message>
    <message>
        <source>[{0:a}, {1:a}) goes to the head of vmap node {2}&apos;s pool for its size, not back to the free tree</source>
        <translation>[{0:a}, {1:a}) 放到 vmap 节点 {2} 中同尺寸池的头部，而不是回到空闲树</translation>
    </message>
    <message>
        <source>vmap node {0}: {1} pooled vmap_areas of one size go back to the free tree, {2} stay in the pool</source>
        <translation>vmap 节点 {0}：某一尺寸池中的 {1} 个 vmap_area 回到空闲树，{2} 个留在池中</translation>
    </message>
    <message>
        <source>VM_ALLOW_HUGE_VMAP and size {0} &gt;= PMD_SIZE: shift = PMD_SHIFT, align = {1}: the area is mapped with 2 MiB PMD entries</source>
        <translation>VM_ALLOW_HUGE_VMAP 且 size {0} &gt;= PMD_SIZE：shift = PMD_SHIFT，align = {1}：该区域用 2 MiB 的 PMD 表项映射</translation>
    </message>
    <message>
        <source>the huge attempt failed: shift = PAGE_SHIFT, align = {0}, and everything is tried again with 4 KiB pages</source>
        <translation>大页尝试失败：shift = PAGE_SHIFT，align = {0}，全部改用 4 KiB 页重新尝试</translation>
    </message>
    <message>
        <source>pmd_free_pte_page: {1:L}[{1:I}] pointed to an empty PTE table at pfn {0:x}: clear the entry and free the table</source>
        <translation>pmd_free_pte_page：{1:L}[{1:I}] 指向 pfn {0:x} 处的一个空 PTE 表：清除该表项并释放这张表</translation>
    </message>
    <message>
        <source>pmd_clear_huge: the 2 MiB leaf {1:L}[{1:I}] for {0:a} is cleared</source>
        <translation>pmd_clear_huge：{0:a} 的 2 MiB 叶子表项 {1:L}[{1:I}] 被清除</translation>
    </message>
    <message>
        <source>node_alloc(size={0}, align={1}, VMALLOC_START, VMALLOC_END): vn_id = raw_smp_processor_id() % nr_vmap_nodes = {2}</source>
        <translation>node_alloc(size={0}, align={1}, VMALLOC_START, VMALLOC_END)：vn_id = raw_smp_processor_id() % nr_vmap_nodes = {2}</translation>
    </message>
    <message>
        <source>decay_va_pool_node(vmap_nodes[{0}], full_decay={1})</source>
        <translation>decay_va_pool_node(vmap_nodes[{0}], full_decay={1})</translation>
    </message>
    <message>
        <source>node_pool_add_va(vmap_nodes[{0}], va {1:a})</source>
        <translation>node_pool_add_va(vmap_nodes[{0}], va {1:a})</translation>
    </message>
    <message>
        <source>returns {0}</source>
        <translation>返回 {0}</translation>
    </message>
    <message>
        <source>vmalloc_huge_node_noprof(size={0}, gfp_mask={1:g}, node=NUMA_NO_NODE)</source>
        <translation>vmalloc_huge_node_noprof(size={0}, gfp_mask={1:g}, node=NUMA_NO_NODE)</translation>
    </message>
    <message>
        <source>vmap_range_noflush({0:a}, {1:a}, phys of pfn {2:x}, PAGE_KERNEL, max_page_shift=PMD_SHIFT)</source>
        <translation>vmap_range_noflush({0:a}, {1:a}, pfn {2:x} 的物理地址, PAGE_KERNEL, max_page_shift=PMD_SHIFT)</translation>
    </message>
    <message>
        <source>__get_vm_area_node(size={0}, align={1}, shift=PMD_SHIFT, flags={2:v}, VMALLOC_START, VMALLOC_END)</source>
        <translation>__get_vm_area_node(size={0}, align={1}, shift=PMD_SHIFT, flags={2:v}, VMALLOC_START, VMALLOC_END)</translation>
    </message>
    <message>
        <source>__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x}, page_shift=PMD_SHIFT)</source>
        <translation>__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x}, page_shift=PMD_SHIFT)</translation>
    </message>
    <message>
        <source>vmap_pages_range({0:a}, {1:a}, PAGE_KERNEL, area-&gt;pages, PMD_SHIFT)</source>
        <translation>vmap_pages_range({0:a}, {1:a}, PAGE_KERNEL, area-&gt;pages, PMD_SHIFT)</translation>
    </message>
    <message>
        <source>vmap_try_huge_pmd(pmd, {0:a}, {1:a}, phys of pfn {2:x}, PAGE_KERNEL, PMD_SHIFT)</source>
        <translation>vmap_try_huge_pmd(pmd, {0:a}, {1:a}, pfn {2:x} 的物理地址, PAGE_KERNEL, PMD_SHIFT)</translation>
    </message>
    <message>
        <source>kmalloc_gfp_adjust: {0} &gt; PAGE_SIZE, so kmalloc is tried with {1:g}: __GFP_NOWARN added, direct reclaim and __GFP_NOFAIL taken away (vmalloc is the fallback)</source>
        <translation>kmalloc_gfp_adjust：{0} &gt; PAGE_SIZE，所以用 {1:g} 尝试 kmalloc：加上 __GFP_NOWARN，去掉直接回收和 __GFP_NOFAIL（失败时由 vmalloc 兜底）</translation>
    </message>
    <message>
        <source>___kmalloc_large_node: {2} &gt; KMALLOC_MAX_CACHE_SIZE (8192), so the order-{1} compound page at pfn {0:x} is the object itself, marked large_kmalloc (no slab, no cache)</source>
        <translation>___kmalloc_large_node：{2} &gt; KMALLOC_MAX_CACHE_SIZE（8192），所以 pfn {0:x} 处的 {1} 阶复合页本身就是这个对象，标记为 large_kmalloc（没有 slab，也没有缓存）</translation>
    </message>
    <message>
        <source>get_order(size) = {0} &gt; MAX_PAGE_ORDER (10): __alloc_frozen_pages_noprof returns NULL at once, and its WARN_ON_ONCE_GFP stays quiet because {1:g} has __GFP_NOWARN</source>
        <translation>get_order(size) = {0} &gt; MAX_PAGE_ORDER（10）：__alloc_frozen_pages_noprof 立即返回 NULL，而且因为 {1:g} 带有 __GFP_NOWARN，它的 WARN_ON_ONCE_GFP 不会打印</translation>
    </message>
    <message>
        <source>the folio at pfn {0:x} is not a slab: its order-{1} compound page goes back to the page allocator</source>
        <translation>pfn {0:x} 处的 folio 不是 slab：它的 {1} 阶复合页还给页分配器</translation>
    </message>
    <message>
        <source>kmalloc failed and {0} &gt; PAGE_SIZE: fall back to vmalloc, with VM_ALLOW_HUGE_VMAP</source>
        <translation>kmalloc 失败且 {0} &gt; PAGE_SIZE：退回到 vmalloc，带上 VM_ALLOW_HUGE_VMAP</translation>
    </message>
    <message>
        <source>kmalloc failed, but {0} &lt;= PAGE_SIZE: kvmalloc never falls back to vmalloc for a sub-page request, so it returns NULL</source>
        <translation>kmalloc 失败，但 {0} &lt;= PAGE_SIZE：不超过一页的请求 kvmalloc 从不退回到 vmalloc，所以返回 NULL</translation>
    </message>
    <message>
        <source>{0} &gt; INT_MAX: kvmalloc refuses the size, WARN_ON_ONCE(!(flags &amp; __GFP_NOWARN)), and returns NULL</source>
        <translation>{0} &gt; INT_MAX：kvmalloc 拒绝这个大小，WARN_ON_ONCE(!(flags &amp; __GFP_NOWARN))，并返回 NULL</translation>
    </message>
    <message>
        <source>is_vmalloc_addr({0:a}) = {1}: VMALLOC_START &lt;= addr &lt; VMALLOC_END decides between vfree (1) and kfree (0)</source>
        <translation>is_vmalloc_addr({0:a}) = {1}：由 VMALLOC_START &lt;= addr &lt; VMALLOC_END 决定调用 vfree（1）还是 kfree（0）</translation>
    </message>
    <message>
        <source>__kvmalloc_node_noprof(size={0}, b=NULL, align={1}, flags={2:g}, node=NUMA_NO_NODE)</source>
        <translation>__kvmalloc_node_noprof(size={0}, b=NULL, align={1}, flags={2:g}, node=NUMA_NO_NODE)</translation>
    </message>
    <message>
        <source>__do_kmalloc_node(size={0}, b=NULL, flags={1:g}, NUMA_NO_NODE) (inlined)</source>
        <translation>__do_kmalloc_node(size={0}, b=NULL, flags={1:g}, NUMA_NO_NODE)（内联）</translation>
    </message>
    <message>
        <source>__kmalloc_large_node_noprof(size={0}, flags={1:g}, NUMA_NO_NODE)</source>
        <translation>__kmalloc_large_node_noprof(size={0}, flags={1:g}, NUMA_NO_NODE)</translation>
    </message>
    <message>
        <source>free_large_kmalloc(folio of order {1}, {0:a})</source>
        <translation>free_large_kmalloc({1} 阶的 folio, {0:a})</translation>
    </message>
</context>
<context>
    <name>PlainLanguage</name>
    <message>
        <source>Your module runs this line of its code; every step below happens inside it.</source>
        <translation>你的模块执行它代码中的这一行；下面的每一步都发生在这一行之内。</translation>
    </message>
    <message>
        <source>The module asks for {0} bytes that look contiguous at one kernel address; the pages behind them may be scattered anywhere in RAM.</source>
        <translation>模块申请 {0} 字节：在内核地址上看是连续的一块，但背后的物理页可能散落在内存的任何地方。</translation>
    </message>
    <message>
        <source>Like vmalloc, but every page must lie below 4 GiB of physical memory, for devices that can only reach 32-bit addresses.</source>
        <translation>和 vmalloc 一样，但每一页都必须位于物理内存 4 GiB 以下，供只能访问 32 位地址的设备使用。</translation>
    </message>
    <message>
        <source>Like vmalloc, but the memory is zeroed, because it may later be mapped into a user process that must not see old kernel data.</source>
        <translation>和 vmalloc 一样，但内存会被清零，因为它以后可能被映射给用户进程，而用户进程不能看到内核留下的旧数据。</translation>
    </message>
    <message>
        <source>The general vmalloc: the caller also chooses how pages may be found (the gfp flags) and how they are mapped (the protection bits).</source>
        <translation>通用版的 vmalloc：调用者还可以指定如何获取物理页（gfp 标志）以及如何映射它们（保护位）。</translation>
    </message>
    <message>
        <source>The worker behind every vmalloc variant: round the size up to whole pages, reserve addresses, get the pages, map them.</source>
        <translation>所有 vmalloc 变体背后真正干活的函数：把大小向上取整到整页，预留地址，获取物理页，再建立映射。</translation>
    </message>
    <message>
        <source>Reserve a range of kernel virtual addresses (no memory yet) and describe it in a struct vm_struct.</source>
        <translation>预留一段内核虚拟地址（此时还没有内存），并用一个 struct vm_struct 描述它。</translation>
    </message>
    <message>
        <source>Allocate a small zeroed kernel object of {0} bytes from the slab allocator: calloc() for the kernel.</source>
        <translation>从 slab 分配器分配一个 {0} 字节、已清零的小内核对象：相当于内核里的 calloc()。</translation>
    </message>
    <message>
        <source>Allocate a small kernel object of {0} bytes from the slab allocator: malloc() for the kernel&apos;s small sizes.</source>
        <translation>从 slab 分配器分配一个 {0} 字节的小内核对象：相当于内核里用于小尺寸的 malloc()。</translation>
    </message>
    <message>
        <source>Give a small slab object back: free() for the kernel.</source>
        <translation>归还一个 slab 小对象：相当于内核里的 free()。</translation>
    </message>
    <message>
        <source>The {0:c} cache has no free object left, so it takes a fresh page and cuts it into equal objects.</source>
        <translation>{0:c} 缓存已经没有空闲对象了，于是它取一个新页，把它切成大小相等的对象。</translation>
    </message>
    <message>
        <source>No object of this slab page is in use any more, so the whole page goes back to the page allocator.</source>
        <translation>这个 slab 页上的对象都不再使用了，于是整页还给页分配器。</translation>
    </message>
    <message>
        <source>Find a free hole of {0} bytes between VMALLOC_START and VMALLOC_END and record it in a struct vmap_area, the kernel&apos;s note of a used address range.</source>
        <translation>在 VMALLOC_START 与 VMALLOC_END 之间找一个 {0} 字节的空闲空洞，并记录在 struct vmap_area 中——内核用它记下一段已被占用的地址范围。</translation>
    </message>
    <message>
        <source>Tie the two records together (vm_struct and vmap_area) and add the area to vmlist, the list /proc/vmallocinfo prints.</source>
        <translation>把两份记录（vm_struct 和 vmap_area）关联起来，并把该区域加入 vmlist——/proc/vmallocinfo 打印的就是这个链表。</translation>
    </message>
    <message>
        <source>Fill the reserved range: get one physical page per virtual page, remember them in an array, then map them.</source>
        <translation>填充预留的范围：为每个虚拟页取一个物理页，记在一个数组里，然后建立映射。</translation>
    </message>
    <message>
        <source>Ask the page allocator for one 4 KiB page of RAM (one page frame).</source>
        <translation>向页分配器申请一页 4 KiB 的内存（一个页框）。</translation>
    </message>
    <message>
        <source>Ask the page allocator for a block of 2^{1} physically contiguous page frames (order {1}).</source>
        <translation>向页分配器申请一块物理上连续的 2^{1} 个页框（阶为 {1}）。</translation>
    </message>
    <message>
        <source>This CPU&apos;s private stock of free pages is empty, so take {1} pages from the buddy allocator at once: one lock, many pages.</source>
        <translation>本 CPU 私有的空闲页储备用完了，于是一次从伙伴分配器取 {1} 页：加一次锁，拿很多页。</translation>
    </message>
    <message>
        <source>Write the page tables so that each virtual page of the area leads to its physical page.</source>
        <translation>填写页表，让该区域的每个虚拟页都指向它的物理页。</translation>
    </message>
    <message>
        <source>Walk the four-level page table for [{0:a}, {1:a}): create the tables that are missing and write one PTE per page.</source>
        <translation>为 [{0:a}, {1:a}) 遍历四级页表：建立缺少的各级页表，并为每一页写一个 PTE。</translation>
    </message>
    <message>
        <source>Find the PUD table (the level above the PMD tables) for this address, creating it if {2:L} entry {0} is still empty.</source>
        <translation>找到该地址对应的 PUD 表（PMD 表的上一级）；如果 {2:L} 第 {0} 项还是空的，就新建一个。</translation>
    </message>
    <message>
        <source>Find the PMD table (the level above the PTE tables) for this address, creating it if PUD entry {0} is still empty.</source>
        <translation>找到该地址对应的 PMD 表（PTE 表的上一级）；如果 PUD 第 {0} 项还是空的，就新建一个。</translation>
    </message>
    <message>
        <source>Find the PTE table (the last level) for this address, creating it if PMD entry {0} is still empty.</source>
        <translation>找到该地址对应的 PTE 表（最后一级）；如果 PMD 第 {0} 项还是空的，就新建一个。</translation>
    </message>
    <message>
        <source>Tell kmemleak, the kernel&apos;s leak detector, about a new block of {1} bytes, so a later scan can check that something still points to it.</source>
        <translation>告诉内核的泄漏检测器 kmemleak：有一块新的 {1} 字节内存，以后扫描时好检查是否还有指针指向它。</translation>
    </message>
    <message>
        <source>Tell kmemleak that the block at {0:a} is freed on purpose, so it stops watching it.</source>
        <translation>告诉 kmemleak：{0:a} 处的内存块是有意释放的，不必再盯着它了。</translation>
    </message>
    <message>
        <source>The buffer at {0:a} is given back: unmap it, free its pages, release its addresses.</source>
        <translation>归还 {0:a} 处的缓冲区：解除映射，释放它的物理页，交还它的地址。</translation>
    </message>
    <message>
        <source>The worker behind vfree: remove the area&apos;s records, then free its pages and its page array.</source>
        <translation>vfree 背后真正干活的函数：删除该区域的记录，然后释放它的物理页和页数组。</translation>
    </message>
    <message>
        <source>Find the area that starts at {0:a}, take it off vmlist and mark its address range as free-later.</source>
        <translation>找到从 {0:a} 开始的区域，把它从 vmlist 摘下，并把它的地址范围标记为“稍后释放”。</translation>
    </message>
    <message>
        <source>Mark the range as freed lazily: its page tables are cleared later, in one batch with others, to save TLB flushes.</source>
        <translation>把这段范围标记为延迟释放：它的页表稍后与其他范围一起批量清除，以减少刷新 TLB 的次数。</translation>
    </message>
    <message>
        <source>Enough lazily freed ranges have piled up: try to clean them all up now.</source>
        <translation>延迟释放的范围已经积攒得够多了：现在尝试把它们全部清理掉。</translation>
    </message>
    <message>
        <source>Clean up every lazily freed range now (vmalloc needs the addresses back).</source>
        <translation>立即清理所有延迟释放的范围（vmalloc 需要拿回这些地址）。</translation>
    </message>
    <message>
        <source>The purge: clear the page tables of every lazily freed range, flush the TLB once, and release the addresses.</source>
        <translation>清除（purge）：清空所有延迟释放范围的页表，只刷新一次 TLB，然后交还这些地址。</translation>
    </message>
    <message>
        <source>No CPU can still be reading this vmap_area (an RCU grace period has passed), so its memory can finally be freed.</source>
        <translation>已经没有 CPU 还可能在读这个 vmap_area 了（一个 RCU 宽限期已过去），它的内存终于可以释放。</translation>
    </message>
    <message>
        <source>Give the page frame at pfn {0:x} back to the page allocator.</source>
        <translation>把 pfn {0:x} 处的页框还给页分配器。</translation>
    </message>
    <message>
        <source>Give 2^{1} page frames starting at pfn {0:x} back to the page allocator.</source>
        <translation>把从 pfn {0:x} 开始的 2^{1} 个页框还给页分配器。</translation>
    </message>
    <message>
        <source>This CPU keeps too many free pages to itself: give {1} of them back to the buddy allocator.</source>
        <translation>本 CPU 自己留的空闲页太多了：把其中 {1} 页还给伙伴分配器。</translation>
    </message>
    <message>
        <source>kmemleak looks for leaks: it searches memory for pointers to every block it watches; a block nothing points to is a suspected leak.</source>
        <translation>kmemleak 查找内存泄漏：它在内存中搜索指向每个被监视内存块的指针；没有任何指针指向的块就是疑似泄漏。</translation>
    </message>
    <message>
        <source>Forget the leaks reported so far (echo clear &gt; /sys/kernel/debug/kmemleak).</source>
        <translation>忘掉到目前为止报告过的泄漏（echo clear &gt; /sys/kernel/debug/kmemleak）。</translation>
    </message>
    <message>
        <source>The kernel found something that should never happen: it prints a WARNING with a backtrace and carries on.</source>
        <translation>内核发现了本不该发生的情况：它打印一条带调用栈回溯的 WARNING，然后继续运行。</translation>
    </message>
    <message>
        <source>Linux 6.18&apos;s vmalloc: the module asks for {0} bytes that look contiguous at one kernel address (the _noprof name is the real function behind the memory-profiling wrapper).</source>
        <translation>Linux 6.18 的 vmalloc：模块申请 {0} 字节、在内核地址上看是连续的内存（带 _noprof 的名字是内存剖析（memory profiling）包装层背后的真正函数）。</translation>
    </message>
    <message>
        <source>Linux 6.18&apos;s vmalloc_32: like vmalloc, but every page must lie below 4 GiB of physical memory.</source>
        <translation>Linux 6.18 的 vmalloc_32：和 vmalloc 一样，但每一页都必须位于物理内存 4 GiB 以下。</translation>
    </message>
    <message>
        <source>Linux 6.18&apos;s vmalloc_user: zeroed memory that may later be mapped into a user process.</source>
        <translation>Linux 6.18 的 vmalloc_user：已清零的内存，以后可能被映射给用户进程。</translation>
    </message>
    <message>
        <source>Linux 6.18&apos;s general vmalloc: the caller also chooses the gfp flags.</source>
        <translation>Linux 6.18 的通用 vmalloc：调用者还可以指定 gfp 标志。</translation>
    </message>
    <message>
        <source>The NUMA-aware entry point: which memory node to prefer, then the real work below.</source>
        <translation>感知 NUMA 的入口：先确定优先使用哪个内存节点，真正的工作在下面。</translation>
    </message>
    <message>
        <source>The function that does all of vmalloc in 6.18: reserve addresses, get pages, map them, tell kmemleak.</source>
        <translation>6.18 中完成 vmalloc 全部工作的函数：预留地址，获取物理页，建立映射，通知 kmemleak。</translation>
    </message>
    <message>
        <source>Reserve a range of kernel virtual addresses and the structure that describes it (vm_struct).</source>
        <translation>预留一段内核虚拟地址，以及描述它的结构（vm_struct）。</translation>
    </message>
    <message>
        <source>Find the lowest free gap of virtual addresses that fits, in a tree of free ranges; 6.18 leaves no gap page between areas.</source>
        <translation>在空闲范围组成的树中，找到能放得下的最低的一段空闲虚拟地址；6.18 不在区域之间留间隔页。</translation>
    </message>
    <message>
        <source>Take one object from a dedicated slab cache: small, fixed-size kernel structures come from caches like this.</source>
        <translation>从一个专用的 slab 缓存中取一个对象：固定大小的小内核结构都来自这样的缓存。</translation>
    </message>
    <message>
        <source>Give one object back to its slab cache.</source>
        <translation>把一个对象还给它的 slab 缓存。</translation>
    </message>
    <message>
        <source>Make sure this CPU holds a spare vmap_area, so the search never has to allocate while it holds its lock.</source>
        <translation>确保本 CPU 手里有一个备用的 vmap_area，这样查找时就不必在持锁期间分配内存。</translation>
    </message>
    <message>
        <source>Now fill the reserved range: get an array for the page pointers, then the pages, then map them.</source>
        <translation>现在填充预留的范围：先为页指针分配一个数组，再获取物理页，然后建立映射。</translation>
    </message>
    <message>
        <source>Get the physical pages, many at a time from the bulk allocator rather than one by one.</source>
        <translation>获取物理页：通过批量分配器一次拿很多页，而不是一页一页地拿。</translation>
    </message>
    <message>
        <source>The bulk page allocator: hand out up to {1} pages in one call, taking them from the per-CPU lists.</source>
        <translation>批量页分配器：一次调用最多分出 {1} 页，从每 CPU 页列表中取。</translation>
    </message>
    <message>
        <source>Write the page-table entries that make the virtual range point at the pages.</source>
        <translation>写入页表项，让这段虚拟地址指向这些物理页。</translation>
    </message>
    <message>
        <source>Map the range with ordinary 4 KiB pages, level by level down to the PTEs.</source>
        <translation>用普通的 4 KiB 页映射这段范围，一级一级往下，直到 PTE。</translation>
    </message>
    <message>
        <source>Mark the area as fully set up: only now does it appear in /proc/vmallocinfo.</source>
        <translation>把该区域标记为已完全建好：直到现在它才出现在 /proc/vmallocinfo 中。</translation>
    </message>
    <message>
        <source>Tell the leak detector about the new area; 6.18 expects two references to it (the module&apos;s pointer and the vm_struct&apos;s).</source>
        <translation>把新区域告诉泄漏检测器；6.18 期望有两个引用指向它（模块的指针和 vm_struct 中的指针）。</translation>
    </message>
    <message>
        <source>The module gives the memory back: the pages are freed and the mapping removed at once in 6.18.</source>
        <translation>模块归还内存：在 6.18 中，物理页立即释放，映射也立即解除。</translation>
    </message>
    <message>
        <source>Detach the vm_struct from its address range and unmap it.</source>
        <translation>把 vm_struct 与它的地址范围分开，并解除映射。</translation>
    </message>
    <message>
        <source>Clear the page-table entries right away (6.18 does not wait for a purge), but do not flush the TLB yet.</source>
        <translation>立即清除页表项（6.18 不等清除（purge）），但暂不刷新 TLB。</translation>
    </message>
    <message>
        <source>Give the address range back lazily: the TLB flush and the reuse of the range wait for a purge.</source>
        <translation>延迟归还这段地址范围：刷新 TLB 以及重新使用这段范围，都要等到清除（purge）时。</translation>
    </message>
    <message>
        <source>Put the range on the lazy list; when enough has piled up, a background worker purges it.</source>
        <translation>把这段范围放到延迟链表上；积攒得足够多时，由后台 worker 清除。</translation>
    </message>
    <message>
        <source>Purge now: one TLB flush for every lazily freed range, then the ranges become free again.</source>
        <translation>立即清除：所有延迟释放的范围只刷新一次 TLB，然后这些范围重新变为空闲。</translation>
    </message>
    <message>
        <source>Purge one vmap node&apos;s lazy list and return its ranges to the free tree.</source>
        <translation>清除一个 vmap node 的延迟链表，把其中的范围还给空闲树。</translation>
    </message>
    <message>
        <source>The background worker that purges lazily freed ranges, outside the task that freed them.</source>
        <translation>后台 worker：在释放它们的任务之外，清除延迟释放的范围。</translation>
    </message>
    <message>
        <source>Free memory that may have come from kmalloc or from vmalloc: kvfree looks at the address and calls the right one.</source>
        <translation>释放可能来自 kmalloc、也可能来自 vmalloc 的内存：kvfree 根据地址判断，调用对应的释放函数。</translation>
    </message>
    <message>
        <source>With 5-level paging there is one more level of table (P4D): make sure the P4D table for this address exists.</source>
        <translation>使用五级分页时多了一级页表（P4D）：确保该地址对应的 P4D 表存在。</translation>
    </message>
    <message>
        <source>A kernel function is called.</source>
        <translation>调用了一个内核函数。</translation>
    </message>
    <message>
        <source>This line of the module is finished; the next line can run.</source>
        <translation>模块的这一行执行完了；可以执行下一行。</translation>
    </message>
    <message>
        <source>The module gets the address {0:a} and can use the buffer like any pointer.</source>
        <translation>模块得到地址 {0:a}，可以像使用普通指针一样使用这个缓冲区。</translation>
    </message>
    <message>
        <source>Done: {0:a} is the buffer&apos;s first byte; every page behind it is mapped.</source>
        <translation>完成：{0:a} 是缓冲区的第一个字节；它背后的每一页都已映射。</translation>
    </message>
    <message>
        <source>The addresses are reserved and described (vm_struct at {0:a}), but nothing is mapped there yet.</source>
        <translation>地址已预留并有了描述（vm_struct 位于 {0:a}），但那里还什么都没有映射。</translation>
    </message>
    <message>
        <source>The small object is at {0:a}, an address in the kernel&apos;s direct map of all RAM.</source>
        <translation>小对象位于 {0:a}，这是内核对全部内存的直接映射区中的地址。</translation>
    </message>
    <message>
        <source>The object is free and can be handed out again.</source>
        <translation>对象已空闲，可以再次分配出去。</translation>
    </message>
    <message>
        <source>The new slab is the page at pfn {0:x}.</source>
        <translation>新的 slab 就是 pfn {0:x} 处的页。</translation>
    </message>
    <message>
        <source>The slab page is gone from the cache.</source>
        <translation>这个 slab 页已经离开了缓存。</translation>
    </message>
    <message>
        <source>The range is taken; its record (struct vmap_area) is at {0:a}.</source>
        <translation>这段范围已被占用；它的记录（struct vmap_area）位于 {0:a}。</translation>
    </message>
    <message>
        <source>The area is on vmlist and shows in /proc/vmallocinfo.</source>
        <translation>该区域已在 vmlist 上，会出现在 /proc/vmallocinfo 中。</translation>
    </message>
    <message>
        <source>Every page is allocated and mapped: the buffer at {0:a} is usable.</source>
        <translation>每一页都已分配并映射：{0:a} 处的缓冲区可以使用了。</translation>
    </message>
    <message>
        <source>Got the page frame numbered (pfn) {0:x}: physical address {0:x}000.</source>
        <translation>得到页框号（pfn）为 {0:x} 的页框：物理地址 {0:x}000。</translation>
    </message>
    <message>
        <source>{0} pages now wait on this CPU&apos;s private list.</source>
        <translation>现在有 {0} 页在本 CPU 的私有列表上待用。</translation>
    </message>
    <message>
        <source>0 means success: every page of the area is mapped.</source>
        <translation>返回 0 表示成功：该区域的每一页都已映射。</translation>
    </message>
    <message>
        <source>Pages mapped: {0}. Their virtual addresses now lead to real memory.</source>
        <translation>已映射 {0} 页。它们的虚拟地址现在通向真实的内存。</translation>
    </message>
    <message>
        <source>The entry for this address in the next table is at {0:a}; the walk goes on from there.</source>
        <translation>该地址在下一级页表中的表项位于 {0:a}；页表遍历从那里继续。</translation>
    </message>
    <message>
        <source>Back from kmemleak: it watches the block from now on (given NULL, it records nothing).</source>
        <translation>从 kmemleak 返回：从现在起它监视这个内存块（如果传入的是 NULL，它什么也不记录）。</translation>
    </message>
    <message>
        <source>Back from kmemleak: the block is off its watch list.</source>
        <translation>从 kmemleak 返回：这个内存块已从它的监视列表中移除。</translation>
    </message>
    <message>
        <source>The buffer is gone; nothing may use its address any more.</source>
        <translation>缓冲区已经没有了；谁也不能再使用它的地址。</translation>
    </message>
    <message>
        <source>The pages, the page array and the vm_struct are freed; the addresses wait for the purge.</source>
        <translation>物理页、页数组和 vm_struct 都已释放；地址要等待清除（purge）。</translation>
    </message>
    <message>
        <source>The area is off vmlist; its descriptor (vm_struct at {0:a}) is handed back to be freed.</source>
        <translation>该区域已从 vmlist 摘下；它的描述符（位于 {0:a} 的 vm_struct）交回去等待释放。</translation>
    </message>
    <message>
        <source>The range waits, still mapped, for the next purge.</source>
        <translation>这段范围仍保持映射，等待下一次清除（purge）。</translation>
    </message>
    <message>
        <source>The purge is over: those addresses can be reserved again.</source>
        <translation>清除结束：这些地址可以再次被预留。</translation>
    </message>
    <message>
        <source>The vmap_area&apos;s memory is freed.</source>
        <translation>vmap_area 的内存已释放。</translation>
    </message>
    <message>
        <source>The page is free again.</source>
        <translation>这一页重新空闲了。</translation>
    </message>
    <message>
        <source>The pages are back with the buddy allocator.</source>
        <translation>这些页回到了伙伴分配器。</translation>
    </message>
    <message>
        <source>The scan is over: blocks still white and old enough are reported in /sys/kernel/debug/kmemleak.</source>
        <translation>扫描结束：仍为白色且存在时间足够长的内存块会报告在 /sys/kernel/debug/kmemleak 中。</translation>
    </message>
    <message>
        <source>The old reports are cleared.</source>
        <translation>旧的报告已清除。</translation>
    </message>
    <message>
        <source>The warning is printed; the kernel carries on.</source>
        <translation>警告已打印；内核继续运行。</translation>
    </message>
    <message>
        <source>vmalloc returns the start address of the new range, or NULL if it failed.</source>
        <translation>vmalloc 返回新范围的起始地址；失败时返回 NULL。</translation>
    </message>
    <message>
        <source>vmalloc_32 returns the address, or NULL.</source>
        <translation>vmalloc_32 返回地址，或 NULL。</translation>
    </message>
    <message>
        <source>vmalloc_user returns the address, or NULL.</source>
        <translation>vmalloc_user 返回地址，或 NULL。</translation>
    </message>
    <message>
        <source>__vmalloc returns the address, or NULL.</source>
        <translation>__vmalloc 返回地址，或 NULL。</translation>
    </message>
    <message>
        <source>The NUMA-aware entry point returns the address, or NULL.</source>
        <translation>感知 NUMA 的入口返回地址，或 NULL。</translation>
    </message>
    <message>
        <source>All the work is done: the address, or NULL.</source>
        <translation>全部工作完成：返回地址，或 NULL。</translation>
    </message>
    <message>
        <source>The range is reserved and described by a vm_struct (or NULL if there was no room).</source>
        <translation>这段范围已预留，并由一个 vm_struct 描述（如果没有空间则返回 NULL）。</translation>
    </message>
    <message>
        <source>The search returns the vmap_area that now owns the range.</source>
        <translation>查找返回现在拥有这段范围的 vmap_area。</translation>
    </message>
    <message>
        <source>The cache hands out the object&apos;s address.</source>
        <translation>缓存分配出对象的地址。</translation>
    </message>
    <message>
        <source>The object is back in its cache.</source>
        <translation>对象回到了它的缓存中。</translation>
    </message>
    <message>
        <source>This CPU has its spare.</source>
        <translation>本 CPU 有了备用的 vmap_area。</translation>
    </message>
    <message>
        <source>The range is backed by pages and mapped (or NULL after a failure).</source>
        <translation>这段范围已有物理页支撑并已映射（失败时返回 NULL）。</translation>
    </message>
    <message>
        <source>It returns how many pages it got.</source>
        <translation>返回它拿到了多少页。</translation>
    </message>
    <message>
        <source>The bulk allocator returns how many pages it put in the array.</source>
        <translation>批量分配器返回它放进数组的页数。</translation>
    </message>
    <message>
        <source>The mapping is written (0), or an error code.</source>
        <translation>映射已写好（返回 0），否则返回错误码。</translation>
    </message>
    <message>
        <source>The PTEs are written.</source>
        <translation>PTE 已写好。</translation>
    </message>
    <message>
        <source>The area is visible.</source>
        <translation>该区域现在可见了。</translation>
    </message>
    <message>
        <source>kmemleak is tracking the area.</source>
        <translation>kmemleak 正在跟踪该区域。</translation>
    </message>
    <message>
        <source>vfree is done; the address must not be used again.</source>
        <translation>vfree 完成；这个地址不能再使用。</translation>
    </message>
    <message>
        <source>The vm_struct is detached.</source>
        <translation>vm_struct 已分离。</translation>
    </message>
    <message>
        <source>The PTEs are gone; stale TLB entries may remain until the flush.</source>
        <translation>PTE 已清除；在刷新 TLB 之前，TLB 中可能还残留旧的表项。</translation>
    </message>
    <message>
        <source>The range waits for the purge.</source>
        <translation>这段范围等待清除（purge）。</translation>
    </message>
    <message>
        <source>The range is on the lazy list.</source>
        <translation>这段范围已在延迟链表上。</translation>
    </message>
    <message>
        <source>The purge is done: those addresses can be handed out again.</source>
        <translation>清除完成：这些地址可以再次分配出去。</translation>
    </message>
    <message>
        <source>That node&apos;s lazy ranges are free again.</source>
        <translation>该节点上延迟释放的范围重新空闲了。</translation>
    </message>
    <message>
        <source>The background purge has finished.</source>
        <translation>后台清除已经完成。</translation>
    </message>
    <message>
        <source>The memory is freed.</source>
        <translation>内存已释放。</translation>
    </message>
    <message>
        <source>The P4D table is there.</source>
        <translation>P4D 表已就绪。</translation>
    </message>
    <message>
        <source>The function returns.</source>
        <translation>函数返回。</translation>
    </message>
    <message>
        <source>The kernel code takes a decision here; nothing in memory changes at this step.</source>
        <translation>内核代码在这里做出判断；这一步内存中没有任何变化。</translation>
    </message>
    <message>
        <source>Memory is mapped in whole 4 KiB pages, so {0} bytes round up to {1}.</source>
        <translation>内存按整页（4 KiB）映射，所以 {0} 字节向上取整为 {1}。</translation>
    </message>
    <message>
        <source>The request is larger than all the RAM in the machine, so vmalloc gives up at once.</source>
        <translation>申请的大小超过了机器的全部内存，所以 vmalloc 立即放弃。</translation>
    </message>
    <message>
        <source>A request for 0 bytes cannot be met: vmalloc returns NULL.</source>
        <translation>申请 0 字节无法满足：vmalloc 返回 NULL。</translation>
    </message>
    <message>
        <source>One extra page is reserved but never mapped, so running off the buffer&apos;s end faults instead of silently corrupting a neighbour.</source>
        <translation>多预留一页但永不映射，这样越过缓冲区末尾的访问会触发缺页异常，而不是悄悄破坏相邻的区域。</translation>
    </message>
    <message>
        <source>Each CPU keeps a small private stock of free pages so it need not lock the buddy allocator; this stock is empty, so it is refilled.</source>
        <translation>每个 CPU 都私下储备少量空闲页，这样就不必给伙伴分配器加锁；现在储备空了，需要补充。</translation>
    </message>
    <message>
        <source>The page comes from this CPU&apos;s private stock of free pages: fast, no lock needed.</source>
        <translation>这一页来自本 CPU 私有的空闲页储备：速度快，不需要加锁。</translation>
    </message>
    <message>
        <source>The buddy allocator hands out the smallest free block that is big enough: order {1:lo}, 2^{1:lo} pages.</source>
        <translation>伙伴分配器分出足够大的最小空闲块：{1:lo} 阶，共 2^{1:lo} 页。</translation>
    </message>
    <message>
        <source>No free block of the wanted kind (migratetype {2:M}) is left, so the allocator borrows a big block from the {2:F} free list.</source>
        <translation>所需类型（迁移类型 {2:M}）的空闲块已经没有了，于是分配器从 {2:F} 空闲链表借一个大块。</translation>
    </message>
    <message>
        <source>The block is bigger than needed, so it is split into two halves (buddies); the unused upper half, 2^{1} pages, goes back on a free list.</source>
        <translation>这个块比需要的大，于是被拆分成两半（互为伙伴）；用不上的上半部分（2^{1} 页）放回空闲链表。</translation>
    </message>
    <message>
        <source>The freed page goes onto this CPU&apos;s private stock, ready for the next allocation; it is not merged back yet.</source>
        <translation>释放的页进入本 CPU 的私有储备，供下次分配使用；暂时还不合并回伙伴系统。</translation>
    </message>
    <message>
        <source>One page of the batch joins this CPU&apos;s private stock of free pages.</source>
        <translation>这一批中的一页加入本 CPU 私有的空闲页储备。</translation>
    </message>
    <message>
        <source>This CPU&apos;s stock has grown too big, so some pages go back to the shared buddy allocator.</source>
        <translation>本 CPU 的储备太多了，于是一部分页还给共享的伙伴分配器。</translation>
    </message>
    <message>
        <source>The freed page is merged with its free neighbours (its buddies) into the largest possible block, so big blocks stay available.</source>
        <translation>释放的页与相邻的空闲块（它的伙伴）合并成尽可能大的块，这样大块内存才能一直可用。</translation>
    </message>
    <message>
        <source>The page frame&apos;s record (its struct page) now says who uses it: {1:o}.</source>
        <translation>页框的记录（它的 struct page）现在写明了谁在使用它：{1:o}。</translation>
    </message>
    <message>
        <source>No free page the caller may use is left: the allocation fails, and the kernel logs why.</source>
        <translation>已经没有调用者可用的空闲页了：分配失败，内核在日志里记下原因。</translation>
    </message>
    <message>
        <source>vmviz makes this call fail on purpose, to show what the kernel does when memory runs out.</source>
        <translation>vmviz 故意让这次调用失败，以展示内存耗尽时内核会怎么做。</translation>
    </message>
    <message>
        <source>This page now belongs to the slab cache {2:c}, which carves it into small objects.</source>
        <translation>这一页现在属于 slab 缓存 {2:c}，它会把这一页切分成小对象。</translation>
    </message>
    <message>
        <source>The new slab page is cut into {2} equal objects, chained together in a free list.</source>
        <translation>新的 slab 页被切成 {2} 个大小相等的对象，用空闲链表串在一起。</translation>
    </message>
    <message>
        <source>This slab page becomes this CPU&apos;s current source of {1:c} objects, so the next allocations need no lock.</source>
        <translation>这个 slab 页成为本 CPU 当前的 {1:c} 对象来源，这样接下来的分配都不需要加锁。</translation>
    </message>
    <message>
        <source>Every object of this slab page is in use, so the CPU stops allocating from it.</source>
        <translation>这个 slab 页上的对象全部在用，于是 CPU 不再从它分配。</translation>
    </message>
    <message>
        <source>This slab page has used and free objects; it waits on the partial list for later allocations.</source>
        <translation>这个 slab 页上既有在用的对象也有空闲的对象；它在 partial 链表上等待以后的分配。</translation>
    </message>
    <message>
        <source>The first free object of the slab page is handed out.</source>
        <translation>分配出 slab 页上的第一个空闲对象。</translation>
    </message>
    <message>
        <source>The object goes back on its slab page&apos;s free list, ready to be reused.</source>
        <translation>对象回到它所在 slab 页的空闲链表，可以再次使用。</translation>
    </message>
    <message>
        <source>This small object is used as {1:s}.</source>
        <translation>这个小对象被用作 {1:s}。</translation>
    </message>
    <message>
        <source>No object of this slab page is in use, so the whole page returns to the page allocator.</source>
        <translation>这个 slab 页上没有在用的对象，于是整页还给页分配器。</translation>
    </message>
    <message>
        <source>kmemleak starts watching this block; a scan reports it only if it finds fewer than min_count ({2:i}) pointers to it.</source>
        <translation>kmemleak 开始监视这个内存块；只有当扫描找到的指向它的指针少于 min_count（{2:i}）个时，才会报告它。</translation>
    </message>
    <message>
        <source>kmemleak stops watching the block: it was freed properly.</source>
        <translation>kmemleak 不再监视这个内存块：它已被正确释放。</translation>
    </message>
    <message>
        <source>kmemleak watches no block at this address, so there is nothing to forget.</source>
        <translation>kmemleak 没有监视这个地址上的内存块，所以没有什么需要忘掉的。</translation>
    </message>
    <message>
        <source>A leak scan starts: every watched block&apos;s pointer count goes back to 0, then memory is searched for pointers.</source>
        <translation>一次泄漏扫描开始：每个被监视内存块的指针计数归 0，然后在内存中搜索指针。</translation>
    </message>
    <message>
        <source>A pointer to this block was found in a root (global data or a caller&apos;s variable): count found/needed is {2:q}.</source>
        <translation>在一个根（全局数据或调用者的变量）中找到了指向这个内存块的指针：已找到/需要的计数为 {2:q}。</translation>
    </message>
    <message>
        <source>A root points to this block and that is enough: it turns gray (reachable, not a leak) and will be searched for pointers itself.</source>
        <translation>有一个根指向这个内存块，这就够了：它变为灰色（可达，不是泄漏），之后也会在它里面搜索指针。</translation>
    </message>
    <message>
        <source>A pointer to this block was found inside another reachable block: count found/needed is {2:q}.</source>
        <translation>在另一个可达的内存块中找到了指向这个内存块的指针：已找到/需要的计数为 {2:q}。</translation>
    </message>
    <message>
        <source>A reachable block points to this one and that is enough: it turns gray (reachable, not a leak).</source>
        <translation>有一个可达的内存块指向它，这就够了：它变为灰色（可达，不是泄漏）。</translation>
    </message>
    <message>
        <source>This reachable (gray) block is searched for pointers; every block it points to is reachable too.</source>
        <translation>在这个可达的（灰色）内存块中搜索指针；它指向的每个内存块也都是可达的。</translation>
    </message>
    <message>
        <source>The block&apos;s contents changed since the last scan, so it is probably in use: kmemleak waits one more scan instead of reporting it.</source>
        <translation>这个内存块的内容自上次扫描后变了，说明它很可能还在使用：kmemleak 再等一次扫描，而不是报告它。</translation>
    </message>
    <message>
        <source>Nothing points to this block and it is old enough: kmemleak reports a suspected leak.</source>
        <translation>没有任何指针指向这个内存块，而且它存在的时间已经足够长：kmemleak 报告一个疑似内存泄漏。</translation>
    </message>
    <message>
        <source>Nothing points to this block, but it is younger than 5 seconds and may still be being set up, so it is not reported yet.</source>
        <translation>没有任何指针指向这个内存块，但它存在还不到 5 秒，可能仍在初始化，所以暂不报告。</translation>
    </message>
    <message>
        <source>The reported block is marked as known, so later scans stop reporting it.</source>
        <translation>已报告的内存块被标记为已知，以后的扫描不再报告它。</translation>
    </message>
    <message>
        <source>No free hole of the vmalloc address range is big enough: free the lazily released ranges, then try once more.</source>
        <translation>vmalloc 地址范围内没有足够大的空洞：先释放延迟释放的范围，再试一次。</translation>
    </message>
    <message>
        <source>The first free hole big enough is [{0:a}, {1:a}); it is taken now.</source>
        <translation>第一个足够大的空洞是 [{0:a}, {1:a})；现在占用它。</translation>
    </message>
    <message>
        <source>The area&apos;s descriptor (vm_struct) is filled in: start address, size with the guard page, flags.</source>
        <translation>填写该区域的描述符（vm_struct）：起始地址、包含保护页的大小、标志。</translation>
    </message>
    <message>
        <source>The area joins vmlist, the address-sorted list that /proc/vmallocinfo prints.</source>
        <translation>该区域加入 vmlist——按地址排序、由 /proc/vmallocinfo 打印的链表。</translation>
    </message>
    <message>
        <source>The area leaves vmlist, so /proc/vmallocinfo no longer shows it.</source>
        <translation>该区域离开 vmlist，/proc/vmallocinfo 不再显示它。</translation>
    </message>
    <message>
        <source>The area needs {0} page(s); their addresses go into an array of {1} bytes, which must be allocated first.</source>
        <translation>该区域需要 {0} 页；这些页的地址要放进一个 {1} 字节的数组，而这个数组得先分配出来。</translation>
    </message>
    <message>
        <source>The page array was too big for kmalloc, so it came from a nested vmalloc; this flag tells vfree how to free it.</source>
        <translation>页数组太大，kmalloc 放不下，所以它来自一次嵌套的 vmalloc；这个标志告诉 vfree 该如何释放它。</translation>
    </message>
    <message>
        <source>The area remembers where its page array is, so vfree can find every page later.</source>
        <translation>该区域记住它的页数组在哪里，这样以后 vfree 能找到每一页。</translation>
    </message>
    <message>
        <source>Page {0} of the buffer is page frame {1:x}: the array records which physical page backs each virtual page.</source>
        <translation>缓冲区的第 {0} 页是页框 {1:x}：这个数组记录了每个虚拟页背后是哪个物理页。</translation>
    </message>
    <message>
        <source>Only {0} pages could be allocated: the count is cut to {0} so the cleanup frees exactly those.</source>
        <translation>只分配到了 {0} 页：页数被截为 {0}，这样清理时恰好释放这些页。</translation>
    </message>
    <message>
        <source>A new, zeroed page becomes a {1:L} table, because no table existed yet for this part of the address space.</source>
        <translation>一个新的、已清零的页成为 {1:L} 表，因为地址空间的这一部分还没有页表。</translation>
    </message>
    <message>
        <source>The {1:L} entry now points to the next-level table, so the walk for this address can go on.</source>
        <translation>{1:L} 表项现在指向下一级页表，于是这个地址的页表遍历可以继续。</translation>
    </message>
    <message>
        <source>This page-table entry should be empty but already holds a mapping: the kernel warns, a bug somewhere.</source>
        <translation>这个页表项本应为空，却已经存有一个映射：内核发出警告，说明某处有 bug。</translation>
    </message>
    <message>
        <source>{0} page-table entries are cleared: those virtual pages no longer lead to any memory.</source>
        <translation>清除了 {0} 个页表项：这些虚拟页不再通向任何内存。</translation>
    </message>
    <message>
        <source>Every CPU drops its cached translations (the TLB) once for the whole batch, so none keeps using an old mapping.</source>
        <translation>整批只做一次：每个 CPU 丢掉缓存的地址转换（TLB），这样谁都不会继续使用旧的映射。</translation>
    </message>
    <message>
        <source>The area&apos;s recorded size drops by the guard page, which was never backed by memory.</source>
        <translation>该区域记录的大小减去保护页——保护页从来没有内存支撑。</translation>
    </message>
    <message>
        <source>The range is freed lazily: its page tables stay until enough freed ranges pile up, then one purge clears them all with one TLB flush.</source>
        <translation>这段范围被延迟释放：它的页表先保留，等释放的范围积攒够了，再由一次清除（purge）全部清掉，只刷新一次 TLB。</translation>
    </message>
    <message>
        <source>Too many pages are waiting to be unmapped: time to purge.</source>
        <translation>等待解除映射的页太多了：该清除（purge）了。</translation>
    </message>
    <message>
        <source>This lazily freed range is purged now: its page-table entries are cleared.</source>
        <translation>这段延迟释放的范围现在被清除：它的页表项被清空。</translation>
    </message>
    <message>
        <source>The range&apos;s addresses are free again for the next vmalloc.</source>
        <translation>这段范围的地址重新空闲，可供下一次 vmalloc 使用。</translation>
    </message>
    <message>
        <source>Other CPUs may still be reading this record without a lock, so it is freed only after an RCU grace period.</source>
        <translation>其他 CPU 可能还在不加锁地读这条记录，所以要等一个 RCU 宽限期之后才释放它。</translation>
    </message>
    <message>
        <source>Every CPU has passed a quiet point, so the records waiting for RCU can be freed now.</source>
        <translation>每个 CPU 都经过了一个静止点，等待 RCU 的记录现在可以释放了。</translation>
    </message>
    <message>
        <source>The count of pages waiting to be unmapped goes down by what this purge cleared.</source>
        <translation>等待解除映射的页数减去这次清除掉的页数。</translation>
    </message>
    <message>
        <source>Nothing is waiting to be purged.</source>
        <translation>没有等待清除的内容。</translation>
    </message>
    <message>
        <source>vfree(NULL) does nothing, like free(NULL) in C.</source>
        <translation>vfree(NULL) 什么也不做，就像 C 语言中的 free(NULL)。</translation>
    </message>
    <message>
        <source>The kernel prints a line to its log (dmesg).</source>
        <translation>内核向它的日志（dmesg）打印一行。</translation>
    </message>
    <message>
        <source>The kernel detected a bug: it prints a WARNING with a backtrace to dmesg and keeps running.</source>
        <translation>内核检测到一个 bug：它向 dmesg 打印一条带调用栈回溯的 WARNING，然后继续运行。</translation>
    </message>
    <message>
        <source>The kernel hit a fatal error in this task (an oops): it prints a report and kills the task.</source>
        <translation>内核在这个任务中遇到了致命错误（oops）：它打印一份报告并杀死该任务。</translation>
    </message>
    <message>
        <source>Memory is completely gone and nothing can be given back, so the kernel&apos;s last resort, the OOM killer, picks a process to kill. Here the only one is our own task; it keeps running the module&apos;s code, but further allocations that find no memory fail at once.</source>
        <translation>内存彻底耗尽，也没有任何内存可以回收，于是内核使出最后手段：OOM killer（内存不足杀手）挑一个进程杀掉。这里唯一的进程就是我们自己的任务；它继续执行模块的代码，但之后找不到内存的分配都会立即失败。</translation>
    </message>
    <message>
        <source>The task that hit the oops is killed: none of its {0} open function calls will return.</source>
        <translation>触发 oops 的任务被杀死：它尚未返回的 {0} 层函数调用都不会再返回。</translation>
    </message>
    <message>
        <source>The module keeps the address in its variable {0:s}, like `{0:s} = ptr;` in C.</source>
        <translation>模块把地址保存在变量 {0:s} 中，就像 C 语言里的 `{0:s} = ptr;`。</translation>
    </message>
    <message>
        <source>The module forgets its pointer without freeing the block: a memory leak, unless something else still points there.</source>
        <translation>模块丢掉了指针却没有释放内存块：这就是内存泄漏，除非还有别的指针指向那里。</translation>
    </message>
    <message>
        <source>Time passes ({0} ms); jiffies is the kernel&apos;s clock-tick counter.</source>
        <translation>时间流逝（{0} ms）；jiffies 是内核的时钟节拍计数器。</translation>
    </message>
    <message>
        <source>vmviz arms a deliberate failure, to show how the kernel copes when memory runs out.</source>
        <translation>vmviz 预设一次故意的失败，以展示内存耗尽时内核如何应对。</translation>
    </message>
    <message>
        <source>The module writes {1} bytes into the block, which changes its contents (kmemleak&apos;s checksum notices).</source>
        <translation>模块向这个内存块写入 {1} 字节，改变了它的内容（kmemleak 的校验和会察觉到）。</translation>
    </message>
    <message>
        <source>The address points into the middle of a watched block, not at its start, so kmemleak cannot find it to forget it: the block stays watched.</source>
        <translation>这个地址指向一个被监视内存块的中间，而不是它的起始处，所以 kmemleak 找不到它，也就无法忘掉它：这个内存块仍被监视。</translation>
    </message>
    <message>
        <source>A new chapter of the lesson begins: {0:s}.</source>
        <translation>课程的新章节开始：{0:s}。</translation>
    </message>
    <message>
        <source>The vm_struct is filled in: its flags, who asked for it, and the size requested.</source>
        <translation>填写 vm_struct：它的标志、申请者以及申请的大小。</translation>
    </message>
    <message>
        <source>kmemleak is told which part of the vmap_area to scan, so the area&apos;s own start and end addresses do not count as references to it.</source>
        <translation>告诉 kmemleak 扫描 vmap_area 的哪一部分，这样区域自己的起止地址不会被算作对它的引用。</translation>
    </message>
    <message>
        <source>The purge collects a lazily freed range from one vmap node.</source>
        <translation>清除过程从一个 vmap node 收集一段延迟释放的范围。</translation>
    </message>
    <message>
        <source>A spare vmap_area is parked on this CPU, in case the search has to split a free block.</source>
        <translation>在本 CPU 上备好一个 vmap_area，以防查找时需要拆分空闲块。</translation>
    </message>
    <message>
        <source>The free-space tree gives the lowest free block large enough for the request.</source>
        <translation>空闲空间树给出能满足请求的最低空闲块。</translation>
    </message>
    <message>
        <source>The range is not reusable yet: it counts towards the lazy total that triggers a purge.</source>
        <translation>这段范围还不能重新使用：它计入延迟释放的总量，总量够了就会触发清除（purge）。</translation>
    </message>
    <message>
        <source>A reference to the vm_struct counts for the area it describes: that is how 6.18 lets kmemleak see the module&apos;s area as referenced.</source>
        <translation>对 vm_struct 的引用也算作对它所描述区域的引用：6.18 就是这样让 kmemleak 认为模块的区域被引用了。</translation>
    </message>
    <message>
        <source>One unmapped page is added after the area, so running off its end faults instead of corrupting a neighbour.</source>
        <translation>在区域之后加一个不映射的页，这样越过末尾的访问会触发缺页异常，而不会破坏相邻区域。</translation>
    </message>
    <message>
        <source>The freed range joins the free space, merging with free neighbours into one larger block.</source>
        <translation>释放的范围回到空闲空间，与相邻的空闲块合并成一个更大的块。</translation>
    </message>
    <message>
        <source>kmemleak is told that a reference to this vm_struct also counts for the memory it describes.</source>
        <translation>告诉 kmemleak：对这个 vm_struct 的引用也算作对它所描述内存的引用。</translation>
    </message>
    <message>
        <source>Enough lazily freed memory has piled up: a background worker is asked to purge it.</source>
        <translation>延迟释放的内存积攒得够多了：请后台 worker 来清除。</translation>
    </message>
    <message>
        <source>The new area takes the right end of the free block; the rest stays free.</source>
        <translation>新区域占用空闲块的右端；其余部分仍然空闲。</translation>
    </message>
    <message>
        <source>The new area sits in the middle of the free block, which splits in two around it.</source>
        <translation>新区域位于空闲块的中间，空闲块以它为界一分为二。</translation>
    </message>
    <message>
        <source>The new area takes the left end of the free block; the rest stays free.</source>
        <translation>新区域占用空闲块的左端；其余部分仍然空闲。</translation>
    </message>
    <message>
        <source>The new area uses the whole free block, which disappears from the free tree.</source>
        <translation>新区域用掉整个空闲块，该块从空闲树中消失。</translation>
    </message>
    <message>
        <source>The area is fully set up, so it becomes visible in /proc/vmallocinfo.</source>
        <translation>该区域已完全建好，于是在 /proc/vmallocinfo 中可见。</translation>
    </message>
    <message>
        <source>The area leaves the tree of areas in use.</source>
        <translation>该区域离开在用区域的树。</translation>
    </message>
    <message>
        <source>The new area goes into the tree of areas in use, and the vm_struct learns its address and size.</source>
        <translation>新区域进入在用区域的树，vm_struct 也记下了它的地址和大小。</translation>
    </message>
    <message>
        <source>The kernel&apos;s state changes.</source>
        <translation>内核的状态发生了变化。</translation>
    </message>
    <message>
        <source>{0:t} failed and returned NULL: the module must check for NULL before it uses the pointer, and give up (a driver returns -ENOMEM).</source>
        <translation>{0:t} 失败，返回了 NULL：模块在使用指针之前必须检查是否为 NULL，并放弃后续操作（驱动程序会返回 -ENOMEM）。</translation>
    </message>
    <message>
        <source>{0:t} failed with {1:t}: the caller must undo what it did and report the failure upward.</source>
        <translation>{0:t} 失败，错误码为 {1:t}：调用者必须撤销已经做过的事，并把失败向上报告。</translation>
    </message>
    <message>
        <source>{0:t} failed and returned NULL: there is nothing to use, so the caller must undo what it did and fail too.</source>
        <translation>{0:t} 失败，返回了 NULL：没有可用的东西，所以调用者必须撤销已经做过的事，自己也返回失败。</translation>
    </message>
    <message>
        <source>The page-table entry now maps this virtual page to page frame {0:x}: the CPU can reach the memory through the vmalloc address.</source>
        <translation>这个页表项现在把该虚拟页映射到页框 {0:x}：CPU 可以通过 vmalloc 地址访问这块内存了。</translation>
    </message>
    <message>
        <source>The allocation failed, so kmemleak_alloc gets NULL and has nothing to watch.</source>
        <translation>分配失败了，所以 kmemleak_alloc 收到的是 NULL，没有可监视的东西。</translation>
    </message>
    <message>
        <source>{0:s} is NULL: the call failed, and the module must not use it as a pointer.</source>
        <translation>{0:s} 是 NULL：调用失败了，模块不能把它当作指针使用。</translation>
    </message>
    <message>
        <source>Before searching, look in this CPU&apos;s vmap node for a ready-made range of exactly this size, left there by an earlier purge.</source>
        <translation>查找之前，先看本 CPU 的 vmap 节点里有没有一段大小正好相同、由之前的清除留下的现成地址范围。</translation>
    </message>
    <message>
        <source>Shrink one vmap node&apos;s pools: about a quarter of the ranges kept there (all of them when address space ran out) go back to the free tree.</source>
        <translation>缩小一个 vmap 节点的池：池中保留的地址范围约有四分之一（地址空间耗尽时是全部）回到空闲树。</translation>
    </message>
    <message>
        <source>Keep the purged range in its vmap node&apos;s pool for its size, so the next request of that size gets it without a search.</source>
        <translation>把清除后的地址范围留在所属 vmap 节点的同尺寸池中，下一个同样大小的请求无需查找就能拿到它。</translation>
    </message>
    <message>
        <source>vmalloc that may use huge pages: big enough requests are mapped with 2 MiB entries instead of 512 PTEs each.</source>
        <translation>可以使用大页的 vmalloc：足够大的请求用 2 MiB 的表项映射，而不是每 2 MiB 用 512 个 PTE。</translation>
    </message>
    <message>
        <source>Reserve the address range for a huge vmalloc: the size is rounded up to 2 MiB and the start is 2 MiB aligned.</source>
        <translation>为大页 vmalloc 预留地址范围：大小向上取整到 2 MiB，起始地址按 2 MiB 对齐。</translation>
    </message>
    <message>
        <source>Fill the reserved range with 2 MiB blocks of pages and map each with one PMD entry.</source>
        <translation>用 2 MiB 的页块填满预留的范围，每块用一个 PMD 表项映射。</translation>
    </message>
    <message>
        <source>Write the page-table entries for the range, 2 MiB at a time.</source>
        <translation>为这段范围写页表项，每次 2 MiB。</translation>
    </message>
    <message>
        <source>Map one physically contiguous 2 MiB piece, trying the largest entry that fits.</source>
        <translation>映射一块物理上连续的 2 MiB，优先尝试能容纳它的最大一级表项。</translation>
    </message>
    <message>
        <source>Try to map 2 MiB with one PMD entry: the range and the physical pages must both be 2 MiB aligned.</source>
        <translation>尝试用一个 PMD 表项映射 2 MiB：虚拟范围和物理页都必须按 2 MiB 对齐。</translation>
    </message>
    <message>
        <source>It returns the pooled range, or NULL when the pool had none of this size.</source>
        <translation>返回池中的地址范围；池中没有这个大小的范围时返回 NULL。</translation>
    </message>
    <message>
        <source>The node&apos;s pools are smaller.</source>
        <translation>这个节点的池变小了。</translation>
    </message>
    <message>
        <source>1 when the range went into a pool, 0 when it must go back to the free tree.</source>
        <translation>范围进入了池则为 1，必须回到空闲树则为 0。</translation>
    </message>
    <message>
        <source>It returns the address of the area, or NULL.</source>
        <translation>返回区域的地址，或 NULL。</translation>
    </message>
    <message>
        <source>The vm_struct with its 2 MiB aligned range, or NULL.</source>
        <translation>返回带有按 2 MiB 对齐范围的 vm_struct，或 NULL。</translation>
    </message>
    <message>
        <source>The range is backed and mapped, or NULL so that the caller retries with small pages.</source>
        <translation>范围已有物理页并已映射；或返回 NULL，让调用者改用小页重试。</translation>
    </message>
    <message>
        <source>The piece is mapped (0), or an error code.</source>
        <translation>这一块已映射（0），或返回错误码。</translation>
    </message>
    <message>
        <source>1 when one PMD entry now maps the 2 MiB, 0 to fall back to a PTE table.</source>
        <translation>一个 PMD 表项已映射这 2 MiB 则为 1；为 0 则退回使用 PTE 表。</translation>
    </message>
    <message>
        <source>Linux 6.18 sizes the refill itself: each refill with no free in between takes twice as many pages as the last, up to a limit, so a long run of allocations locks the buddy allocator less often.</source>
        <translation>Linux 6.18 自己决定补充多少：两次补充之间没有释放时，每次取的页数是上次的两倍，直到上限，所以一长串分配加锁伙伴分配器的次数更少。</translation>
    </message>
    <message>
        <source>No ready range of this size is waiting in this CPU&apos;s vmap node, so the allocator searches the free tree as usual.</source>
        <translation>本 CPU 的 vmap 节点里没有这个大小的现成范围，所以分配器照常在空闲树中查找。</translation>
    </message>
    <message>
        <source>A range of exactly this size, freed and purged earlier, is reused as it is: the most recently pooled one comes first.</source>
        <translation>一段之前释放并清除过、大小正好相同的范围被原样重用：最近放入池中的最先被取出。</translation>
    </message>
    <message>
        <source>The area remembers which vmap node it came from, so after a purge it goes back to that node&apos;s pool.</source>
        <translation>区域记住它来自哪个 vmap 节点，清除后就回到那个节点的池。</translation>
    </message>
    <message>
        <source>The purged range is kept aside for the next request of the same size instead of merging with free neighbours.</source>
        <translation>清除后的范围留给下一个同样大小的请求，而不是与相邻的空闲范围合并。</translation>
    </message>
    <message>
        <source>Part of a pool is given back, so kept ranges do not hold address space for ever.</source>
        <translation>池中的一部分被交还，这样保留的范围不会永远占着地址空间。</translation>
    </message>
    <message>
        <source>The request is large enough for huge pages: the area will be 2 MiB aligned and each 2 MiB mapped by a single PMD entry.</source>
        <translation>请求大到可以使用大页：区域按 2 MiB 对齐，每 2 MiB 用一个 PMD 表项映射。</translation>
    </message>
    <message>
        <source>Huge pages could not be had, so the same request is retried with ordinary 4 KiB pages.</source>
        <translation>拿不到大页，于是同一个请求改用普通的 4 KiB 页重试。</translation>
    </message>
    <message>
        <source>An empty PTE table left over from earlier mappings is freed, so its PMD entry can become a 2 MiB leaf.</source>
        <translation>释放以前映射留下的一张空 PTE 表，让它的 PMD 表项可以成为 2 MiB 的叶子表项。</translation>
    </message>
    <message>
        <source>The single entry that mapped 2 MiB is cleared: the whole 2 MiB is unmapped at once.</source>
        <translation>清除映射 2 MiB 的那一个表项：整个 2 MiB 一次解除映射。</translation>
    </message>
    <message>
        <source>kvmalloc: ask kmalloc for {0} physically contiguous bytes first, and only if that fails (and the request is more than a page) take them from vmalloc instead.</source>
        <translation>kvmalloc：先向 kmalloc 要 {0} 字节物理上连续的内存，只有在失败（并且请求超过一页）时才改从 vmalloc 获取。</translation>
    </message>
    <message>
        <source>The kmalloc attempt: up to 8192 bytes come from a slab cache, anything larger gets whole pages of its own.</source>
        <translation>kmalloc 尝试：不超过 8192 字节的请求来自 slab 缓存，更大的请求独占整页。</translation>
    </message>
    <message>
        <source>Too big for any kmalloc cache: take one physically contiguous block of pages straight from the page allocator.</source>
        <translation>任何 kmalloc 缓存都放不下：直接从页分配器取一块物理上连续的页。</translation>
    </message>
    <message>
        <source>The address is not in a slab page but in a block of pages kmalloc took whole: give the block back.</source>
        <translation>这个地址不在 slab 页里，而在 kmalloc 整块取来的页中：把这一块还回去。</translation>
    </message>
    <message>
        <source>Free what kvmalloc returned: an address in the vmalloc range goes to vfree, any other to kfree.</source>
        <translation>释放 kvmalloc 返回的内存：vmalloc 区内的地址交给 vfree，其他地址交给 kfree。</translation>
    </message>
    <message>
        <source>The module gets {0:a}: a direct-map address if kmalloc succeeded, a vmalloc address if not, or NULL.</source>
        <translation>模块得到 {0:a}：kmalloc 成功时是直接映射区的地址，否则是 vmalloc 地址，或者 NULL。</translation>
    </message>
    <message>
        <source>kmalloc returns {0:a}: NULL means the caller must cope without it.</source>
        <translation>kmalloc 返回 {0:a}：NULL 表示调用者只能另想办法。</translation>
    </message>
    <message>
        <source>The pages are free again.</source>
        <translation>这些页又空闲了。</translation>
    </message>
    <message>
        <source>The memory is freed, whichever allocator it came from.</source>
        <translation>内存已释放，不管它来自哪个分配器。</translation>
    </message>
    <message>
        <source>For more than a page, kmalloc is only asked politely: no warning and no waiting for memory to be reclaimed, because vmalloc can step in.</source>
        <translation>超过一页时只是客气地问一下 kmalloc：不打印警告，也不等待内存回收，因为 vmalloc 可以顶上。</translation>
    </message>
    <message>
        <source>{2} bytes is more than the largest kmalloc cache, so a contiguous block of 2^{1} pages is the allocation itself.</source>
        <translation>{2} 字节超过了最大的 kmalloc 缓存，所以一块连续的 2^{1} 页本身就是这次分配。</translation>
    </message>
    <message>
        <source>No block that large exists in the page allocator at all (4 MiB is the most), so kmalloc fails at once.</source>
        <translation>页分配器里根本没有这么大的块（最大 4 MiB），所以 kmalloc 立即失败。</translation>
    </message>
    <message>
        <source>The whole block of 2^{1} pages goes back to the page allocator.</source>
        <translation>整块 2^{1} 页还给页分配器。</translation>
    </message>
    <message>
        <source>kmalloc could not give contiguous memory, so kvmalloc takes it from vmalloc, scattered pages behind one contiguous address range (2 MiB mappings when the size allows).</source>
        <translation>kmalloc 给不出连续的内存，所以 kvmalloc 改从 vmalloc 获取：分散的物理页映射在一段连续的地址范围后面（大小允许时用 2 MiB 映射）。</translation>
    </message>
    <message>
        <source>For a page or less vmalloc would not help, so kvmalloc simply reports the failure.</source>
        <translation>不超过一页时 vmalloc 帮不上忙，所以 kvmalloc 直接报告失败。</translation>
    </message>
    <message>
        <source>kvmalloc refuses any size above 2 GiB - 1 and warns about it.</source>
        <translation>kvmalloc 拒绝任何超过 2 GiB - 1 的大小，并为此发出警告。</translation>
    </message>
    <message>
        <source>kvfree cannot know who allocated the memory, so it looks at the address: inside the vmalloc range means vmalloc.</source>
        <translation>kvfree 无法知道内存是谁分配的，所以看地址：落在 vmalloc 区内就说明来自 vmalloc。</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>Which address will `{0:t}` return?</source>
        <translation>`{0:t}` 将返回哪个地址？</translation>
    </message>
    <message>
        <source>Busy vmap areas (va_start, va_end): none.</source>
        <translation>在用的 vmap 区域（va_start, va_end）：无。</translation>
    </message>
    <message>
        <source>Busy vmap areas (va_start, va_end): {0:t}.</source>
        <translation>在用的 vmap 区域（va_start, va_end）：{0:t}。</translation>
    </message>
    <message>
        <source>alloc_vmap_area takes the lowest hole of {0:t} bytes (the area and its guard page) from VMALLOC_START, starting each try one gap page past the va_end of the area below it.</source>
        <translation>alloc_vmap_area 从 VMALLOC_START 起取地址最低的 {0:t} 字节空洞（区域本身加保护页），每次尝试都从下方区域的 va_end 之后隔一个间隔页开始。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Which frame will `{0:t}` take?</source>
        <translation>`{0:t}` 将取走哪个页框？</translation>
    </message>
    <message>
        <source>CPU 0&apos;s per-CPU {0:t} list, head first: {1:t}.</source>
        <translation>CPU 0 的 {0:t} 每 CPU 页列表（从表头起）：{1:t}。</translation>
    </message>
    <message>
        <source>free_area[{0:t}] ({1:t}), head first: {2:t}.</source>
        <translation>free_area[{0:t}]（{1:t}，从表头起）：{2:t}。</translation>
    </message>
    <message>
        <source>An order-0 allocation takes the page at the head of CPU 0&apos;s per-CPU list (buffered_rmqueue), refilled from the buddy allocator when it is empty.</source>
        <translation>0 阶分配取 CPU 0 每 CPU 页列表表头的页（buffered_rmqueue）；列表为空时先从伙伴分配器补充。</translation>
    </message>
    <message>
        <source>__rmqueue takes the first block of the smallest free_area[] order that fits and splits off the upper halves (expand).</source>
        <translation>__rmqueue 从够用的最小阶 free_area[] 中取第一个块，并把高半部分逐次拆分出去（expand）。</translation>
    </message>
    <message>
        <source>What value will `{0:t}` of the {1:t} table at pfn {2:t} hold?</source>
        <translation>pfn {2:t} 处的 {1:t} 表中，`{0:t}` 将存入什么值？</translation>
    </message>
    <message>
        <source>The page being mapped is pfn {0:t}, with PAGE_KERNEL.</source>
        <translation>要映射的页是 pfn {0:t}，保护属性为 PAGE_KERNEL。</translation>
    </message>
    <message>
        <source>The table below it is the new pfn {0:t}.</source>
        <translation>它下一级的页表是新分配的 pfn {0:t}。</translation>
    </message>
    <message>
        <source>An entry is the frame number shifted by 12 with the flag bits: {0:t}.</source>
        <translation>页表项是页框号左移 12 位再加上标志位：{0:t}。</translation>
    </message>
    <message>
        <source>How many page-table pages will `{0:t}` allocate?</source>
        <translation>`{0:t}` 将分配多少个页表页？</translation>
    </message>
    <message>
        <source>Page-table pages init_mm has so far, the PGD included: {0:t}.</source>
        <translation>init_mm 目前已有的页表页（含 PGD）：{0:t}。</translation>
    </message>
    <message>
        <source>vmap_page_range allocates a PUD, PMD or PTE table only where the entry above it is empty: here every table was there already.</source>
        <translation>vmap_page_range 只在上一级表项为空时才分配 PUD、PMD 或 PTE 表：这里所有的表都已存在。</translation>
    </message>
    <message>
        <source>vmap_page_range allocates a PUD, PMD or PTE table only where the entry above it is empty: here {0:t}.</source>
        <translation>vmap_page_range 只在上一级表项为空时才分配 PUD、PMD 或 PTE 表：这里分配了 {0:t}。</translation>
    </message>
    <message>
        <source>the head of CPU 0&apos;s per-CPU list (a hot page)</source>
        <translation>CPU 0 每 CPU 页列表的表头（热页）</translation>
    </message>
    <message>
        <source>the tail of CPU 0&apos;s per-CPU list (a cold page)</source>
        <translation>CPU 0 每 CPU 页列表的表尾（冷页）</translation>
    </message>
    <message>
        <source>the buddy allocator&apos;s free_area[{0:t}]</source>
        <translation>伙伴分配器的 free_area[{0:t}]</translation>
    </message>
    <message>
        <source>Where does pfn {0:t} go when `{1:t}` frees it?</source>
        <translation>`{1:t}` 释放 pfn {0:t} 时，它会去哪里？</translation>
    </message>
    <message>
        <source>CPU 0&apos;s per-CPU {0:t} lists hold {1:t} pages.</source>
        <translation>CPU 0 的 {0:t} 每 CPU 页列表中共有 {1:t} 页。</translation>
    </message>
    <message>
        <source>free_hot_cold_page puts an order-0 page at the head of the per-CPU list; it reaches the buddy allocator only when the list passes its high mark (free_pcppages_bulk).</source>
        <translation>free_hot_cold_page 把 0 阶页放到每 CPU 页列表的表头；只有当列表超过其 high 水位时，页才回到伙伴分配器（free_pcppages_bulk）。</translation>
    </message>
    <message>
        <source>__free_one_page merges the block with each free buddy and puts the result on free_area[order].</source>
        <translation>__free_one_page 把该块与每个空闲的伙伴依次合并，再把结果放入 free_area[order]。</translation>
    </message>
    <message>
        <source>Yes: nothing points to it and it is older than 5 s</source>
        <translation>会：没有指针指向它，且它已存在超过 5 s</translation>
    </message>
    <message>
        <source>No: it is younger than 5 s</source>
        <translation>不会：它存在还不到 5 s</translation>
    </message>
    <message>
        <source>No: its contents changed since the last scan</source>
        <translation>不会：自上次扫描以来它的内容变了</translation>
    </message>
    <message>
        <source>No: the scan finds a pointer to it</source>
        <translation>不会：扫描会找到指向它的指针</translation>
    </message>
    <message>
        <source>Will this kmemleak scan report object {0:t} as a leak?</source>
        <translation>这次 kmemleak 扫描会把对象 {0:t} 报告为内存泄漏吗？</translation>
    </message>
    <message>
        <source>The object: {0:t} bytes, min_count {1:t}, allocated at jiffies {2:t}; the scan starts at jiffies {3:t} (HZ = 250).</source>
        <translation>该对象：{0:t} 字节，min_count {1:t}，分配于 jiffies {2:t}；扫描开始于 jiffies {3:t}（HZ = 250）。</translation>
    </message>
    <message>
        <source>It stayed white (count &lt; min_count), its checksum did not change and it is older than jiffies_min_age (5 s): kmemleak_scan reports it.</source>
        <translation>它保持白色（count &lt; min_count），校验和没有变化，且存在时间超过 jiffies_min_age（5 s）：kmemleak_scan 报告它。</translation>
    </message>
    <message>
        <source>It is white, but unreferenced objects younger than 5 s are not reported yet.</source>
        <translation>它是白色的，但存在不到 5 s 的无引用对象暂不报告。</translation>
    </message>
    <message>
        <source>It is white, but update_checksum() saw its contents change: it counts as gray this scan.</source>
        <translation>它是白色的，但 update_checksum() 发现其内容有变化：本次扫描中它按灰色对待。</translation>
    </message>
    <message>
        <source>The scan found a pointer into it, so its count reached min_count and it turned gray.</source>
        <translation>扫描找到了指向它内部的指针，于是它的 count 达到 min_count，变为灰色。</translation>
    </message>
    <message>
        <source>Scenario: `{0:t}`.</source>
        <translation>场景：`{0:t}`。</translation>
    </message>
</context>
</TS>
