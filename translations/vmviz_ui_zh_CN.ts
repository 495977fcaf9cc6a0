<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>the scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source> (no line in the reference)</source>
        <translation>（参考源码中没有这一行）</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>area %1 (a page array)</source>
        <translation>区域 %1（页数组）</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>vm_struct of area %1</source>
        <translation>区域 %1 的 vm_struct</translation>
    </message>
    <message>
        <source>vmap_area of area %1</source>
        <translation>区域 %1 的 vmap_area</translation>
    </message>
    <message>
        <source>area %1&apos;s pages[]</source>
        <translation>区域 %1 的 pages[]</translation>
    </message>
    <message>
        <source>vmalloc object</source>
        <translation>vmalloc 对象</translation>
    </message>
    <message>
        <source>kmalloc object</source>
        <translation>kmalloc 对象</translation>
    </message>
</context>
<context>
    <name>vmviz::panels</name>
    <message>
        <source>Physical memory</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <source>vmalloc range</source>
        <translation>vmalloc 区</translation>
    </message>
    <message>
        <source>Call stack and source</source>
        <translation>调用栈与源码</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Page tables (init_mm)</source>
        <translation>页表（init_mm）</translation>
    </message>
    <message>
        <source>Page walk</source>
        <translation>页表遍历</translation>
    </message>
    <message>
        <source>kmemleak objects</source>
        <translation>kmemleak 对象</translation>
    </message>
    <message>
        <source>What is this address?</source>
        <translation>这是什么地址？</translation>
    </message>
    <message>
        <source>Kernel text</source>
        <translation>内核输出</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Changes since the pinned step</source>
        <translation>自固定步以来的改动</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Free lists (buddy and per-CPU)</source>
        <translation>空闲链表（伙伴系统和每 CPU）</translation>
    </message>
    <message>
        <source>kmemleak scan: references found</source>
        <translation>kmemleak 扫描：找到的引用</translation>
    </message>
    <message>
        <source>Program and variables</source>
        <translation>程序与变量</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::AddressInspector</name>
    <message>
        <source>a kernel virtual address, e.g. 0xffffc90000000000</source>
        <translation>内核虚拟地址，例如 0xffffc90000000000</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>这是什么？</translation>
    </message>
    <message>
        <source>Not an address: type hex (0x…) or decimal.</source>
        <translation>不是地址：请输入十六进制（0x…）或十进制数。</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::AddressReport</name>
    <message>
        <source>direct map, beyond the end of RAM</source>
        <translation>直接映射区，超出了内存末尾</translation>
    </message>
    <message>
        <source>direct map of pfn %1 (%2)</source>
        <translation>pfn %1 的直接映射区（%2）</translation>
    </message>
    <message>
        <source>, inside %1 object %2</source>
        <translation>，在 %1 对象 %2 之内</translation>
    </message>
    <message>
        <source>vmalloc area %1-%2</source>
        <translation>vmalloc 区域 %1-%2</translation>
    </message>
    <message>
        <source>, lazily freed (waiting for the purge)</source>
        <translation>，延迟释放（等待清除）</translation>
    </message>
    <message>
        <source>, its guard page (never mapped)</source>
        <translation>，它的保护页（从不被映射）</translation>
    </message>
    <message>
        <source>, page %1 of %2</source>
        <translation>，第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>vmalloc range, not part of any area (free, or a 2.6.36 gap page between areas)</source>
        <translation>vmalloc 区，不属于任何区域（空闲，或 2.6.36 中区域之间的间隔页）</translation>
    </message>
    <message>
        <source>vmemmap (struct page array)</source>
        <translation>vmemmap（struct page 数组）</translation>
    </message>
    <message>
        <source>module mapping space</source>
        <translation>模块映射空间</translation>
    </message>
    <message>
        <source>kernel text mapping</source>
        <translation>内核代码映射</translation>
    </message>
    <message>
        <source>user space (not part of init_mm&apos;s kernel mappings)</source>
        <translation>用户空间（不在 init_mm 的内核映射之中）</translation>
    </message>
    <message>
        <source>kernel address space hole</source>
        <translation>内核地址空间空洞</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::CallStackModel</name>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>
called at step %1</source>
        <translation>
在第 %1 步调用</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>栈帧</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源码</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::CallStackPanel</name>
    <message>
        <source>vmviz&apos;s model C++</source>
        <translation>vmviz 的模型 C++</translation>
    </message>
    <message>
        <source>Show the C++ function in vmviz that models this kernel function, instead of its source card. This is the simulator&apos;s code, not the kernel&apos;s.</source>
        <translation>显示 vmviz 中模拟这个内核函数的 C++ 函数，而不是它的源码卡片。这是模拟器的代码，不是内核的代码。</translation>
    </message>
    <message>
        <source>Show vmviz&apos;s model code</source>
        <translation>显示 vmviz 的模型代码</translation>
    </message>
    <message>
        <source>No kernel function is running at this step.</source>
        <translation>这一步没有内核函数在运行。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source> · as quoted by the 2010 walkthrough</source>
        <translation> · 引自 2010 年的剖析文章</translation>
    </message>
    <message>
        <source>&lt;br&gt;This is &lt;b&gt;vmviz&apos;s model&lt;/b&gt; of it (%1:%2), the simulator&apos;s C++, not kernel code.</source>
        <translation>&lt;br&gt;这是 &lt;b&gt;vmviz 的模型&lt;/b&gt;（%1:%2），是模拟器的 C++ 代码，不是内核代码。</translation>
    </message>
    <message>
        <source>&lt;br&gt;From your kernel tree: %1, at the line vmviz knows for 2.6.36.</source>
        <translation>&lt;br&gt;来自你的内核源码树：%1，位于 vmviz 所知的 2.6.36 中的那一行。</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;vmviz&apos;s outline&lt;/b&gt; of it; this step&apos;s line is marked.</source>
        <translation>&lt;br&gt;这是 &lt;b&gt;vmviz 的提纲&lt;/b&gt;；本步所在行已标出。</translation>
    </message>
    <message>
        <source>The 2010 walkthrough does not quote this function. Help → Kernel source tree… shows the real file from a local kernel checkout instead.</source>
        <translation>2010 年的剖析文章没有引用这个函数。可通过帮助 → 内核源码树… 从本地内核检出中显示真实文件。</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ChangeListPanel</name>
    <message>
        <source>No step pinned. Pin step A with View → Compare with this step (Ctrl+P), then move to step B: this lists what changed between them.</source>
        <translation>尚未固定步骤。用视图 → 与此步比较（Ctrl+P）固定步骤 A，再移到步骤 B：这里列出两者之间的改动。</translation>
    </message>
    <message>
        <source>Changes from step %1 to step %2</source>
        <translation>从第 %1 步到第 %2 步的改动</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ChapterOutline</name>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Each scenario line and lesson chapter; PageUp and PageDown move between them</source>
        <translation>场景的每一行和课程的每一章节；PageUp 和 PageDown 在它们之间移动</translation>
    </message>
    <message>
        <source>Chapters: each scenario line (PageUp / PageDown)</source>
        <translation>章节：场景的每一行（PageUp / PageDown）</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::CompareWindow</name>
    <message>
        <source>vmviz: compare machines</source>
        <translation>vmviz：比较机器</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>◀ Line</source>
        <translation>◀ 上一行</translation>
    </message>
    <message>
        <source>Every machine to the end of the previous scenario line (PgUp)</source>
        <translation>每台机器走到上一场景行的末尾（PgUp）</translation>
    </message>
    <message>
        <source>Line ▶</source>
        <translation>下一行 ▶</translation>
    </message>
    <message>
        <source>Every machine to the end of the next scenario line (PgDown)</source>
        <translation>每台机器走到下一场景行的末尾（PgDown）</translation>
    </message>
    <message>
        <source>◀ Difference</source>
        <translation>◀ 上一处差异</translation>
    </message>
    <message>
        <source>The previous line where the machines differ</source>
        <translation>上一个机器之间有差异的行</translation>
    </message>
    <message>
        <source>Difference ▶</source>
        <translation>下一处差异 ▶</translation>
    </message>
    <message>
        <source>The next line where the machines differ</source>
        <translation>下一个机器之间有差异的行</translation>
    </message>
    <message>
        <source>◀ Step</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Every machine one step back within the line (←)</source>
        <translation>每台机器在本行内后退一步（←）</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Every machine one step on within the line (→)</source>
        <translation>每台机器在本行内前进一步（→）</translation>
    </message>
    <message>
        <source>Where they differ on this line</source>
        <translation>本行中它们的差异</translation>
    </message>
    <message>
        <source>Running the scenario on every machine…</source>
        <translation>正在每台机器上运行场景…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>This machine one step back within the line</source>
        <translation>这台机器在本行内后退一步</translation>
    </message>
    <message>
        <source>This machine one step on within the line</source>
        <translation>这台机器在本行内前进一步</translation>
    </message>
    <message>
        <source>%1 on %2 machines: %3 of %4 lines differ</source>
        <translation>%1 在 %2 台机器上：%4 行中有 %3 行不同</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 of %2 (scenario line %3)</source>
        <translation>第 %1 行，共 %2 行（场景第 %3 行）</translation>
    </message>
    <message>
        <source>step %1 of %2   ·   this line: steps %3 to %4</source>
        <translation>第 %1 步，共 %2 步   ·   本行：第 %3 步到第 %4 步</translation>
    </message>
    <message>
        <source>(before the line)</source>
        <translation>（在本行之前）</translation>
    </message>
    <message>
        <source>Differs here: </source>
        <translation>此处不同：</translation>
    </message>
    <message>
        <source>What this line did here:
</source>
        <translation>本行在这里做了什么：
</translation>
    </message>
    <message>
        <source>The machines did the same on this line.</source>
        <translation>各台机器在本行做的事相同。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <extracomment>A difference&apos;s title in bold, then this machine&apos;s value.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::Describe</name>
    <message>
        <source> of the area at %1</source>
        <translation>，属于位于 %1 的区域</translation>
    </message>
    <message>
        <source>
head of a free order-%1 block on free_area[%1]</source>
        <translation>
free_area[%1] 上一个空闲的 %1 阶块的首页</translation>
    </message>
    <message>
        <source>
inside a free buddy block</source>
        <translation>
在一个空闲的伙伴块之内</translation>
    </message>
    <message>
        <source>
on CPU 0&apos;s per-CPU list (%1)</source>
        <translation>
在 CPU 0 的每 CPU 页列表上（%1）</translation>
    </message>
    <message>
        <source>
holds the page array</source>
        <translation>
存放页数组</translation>
    </message>
    <message>
        <source>
%1 table page</source>
        <translation>
%1 页表页</translation>
    </message>
    <message>
        <source>
slab page of %1</source>
        <translation>
%1 的 slab 页</translation>
    </message>
    <message>
        <source>
never given to the buddy allocator</source>
        <translation>
从未交给伙伴分配器</translation>
    </message>
    <message>
        <source>
direct map: %1</source>
        <translation>
直接映射区：%1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>pfns %1–%2 (%3 frames, %4)</source>
        <translation>pfn %1–%2（%3 个页框，%4）</translation>
    </message>
    <message>
        <source>1 page + guard</source>
        <translation>1 页 + 保护页</translation>
    </message>
    <message>
        <source>%1 pages + guard</source>
        <translation>%1 页 + 保护页</translation>
    </message>
    <message>
        <source>lazily freed (VM_LAZY_FREE), waiting for the purge</source>
        <translation>延迟释放（VM_LAZY_FREE），等待清除（purge）</translation>
    </message>
    <message>
        <source>page array of another area</source>
        <translation>另一个区域的页数组</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::FrameClass</name>
    <message>
        <source>free, order 0</source>
        <translation>空闲，阶 0</translation>
    </message>
    <message>
        <source>free, order 1</source>
        <translation>空闲，阶 1</translation>
    </message>
    <message>
        <source>free, order 2</source>
        <translation>空闲，阶 2</translation>
    </message>
    <message>
        <source>free, order 3</source>
        <translation>空闲，阶 3</translation>
    </message>
    <message>
        <source>free, order 4</source>
        <translation>空闲，阶 4</translation>
    </message>
    <message>
        <source>free, order 5</source>
        <translation>空闲，阶 5</translation>
    </message>
    <message>
        <source>free, order 6</source>
        <translation>空闲，阶 6</translation>
    </message>
    <message>
        <source>free, order 7</source>
        <translation>空闲，阶 7</translation>
    </message>
    <message>
        <source>free, order 8</source>
        <translation>空闲，阶 8</translation>
    </message>
    <message>
        <source>free, order 9</source>
        <translation>空闲，阶 9</translation>
    </message>
    <message>
        <source>free, order 10</source>
        <translation>空闲，阶 10</translation>
    </message>
    <message>
        <source>per-CPU list</source>
        <translation>每 CPU 页列表</translation>
    </message>
    <message>
        <source>reserved (low memory)</source>
        <translation>保留（低端内存）</translation>
    </message>
    <message>
        <source>reserved (kernel image)</source>
        <translation>保留（内核映像）</translation>
    </message>
    <message>
        <source>reserved (mem_map)</source>
        <translation>保留（mem_map）</translation>
    </message>
    <message>
        <source>slab page</source>
        <translation>slab 页</translation>
    </message>
    <message>
        <source>PGD table</source>
        <translation>PGD 页表</translation>
    </message>
    <message>
        <source>PUD table</source>
        <translation>PUD 页表</translation>
    </message>
    <message>
        <source>PMD table</source>
        <translation>PMD 页表</translation>
    </message>
    <message>
        <source>PTE table</source>
        <translation>PTE 页表</translation>
    </message>
    <message>
        <source>vmalloc data</source>
        <translation>vmalloc 数据</translation>
    </message>
    <message>
        <source>vmalloc page array</source>
        <translation>vmalloc 页数组</translation>
    </message>
    <message>
        <source>taken off a free list</source>
        <translation>已从空闲链表摘下</translation>
    </message>
    <message>
        <source>kernel stack</source>
        <translation>内核栈</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::FreeListsPanel</name>
    <message>
        <source>Free lists</source>
        <translation>空闲链表</translation>
    </message>
    <message>
        <source>The buddy allocator&apos;s free lists per zone, order and migratetype, and the per-CPU lists, with the lists the current step changed</source>
        <translation>伙伴分配器按管理区、阶和迁移类型划分的空闲链表，以及每 CPU 页列表，并标出当前步骤改动的链表</translation>
    </message>
    <message>
        <source>Free lists: step %1</source>
        <translation>空闲链表：第 %1 步</translation>
    </message>
    <message>
        <source>, block at pfn %1, order %2</source>
        <translation>，块位于 pfn %1，阶 %2</translation>
    </message>
    <message>
        <source>Held by __rmqueue: none</source>
        <translation>__rmqueue 持有：无</translation>
    </message>
    <message>
        <source>Held by __rmqueue: the order-%1 block at pfn %2, taken off its list</source>
        <translation>__rmqueue 持有：位于 pfn %2 的 %1 阶块，已从其链表摘下</translation>
    </message>
    <message>
        <source>Held by __rmqueue: pfn %1, order %2 (taken as order %3; expand() put the upper halves back on the lists)</source>
        <translation>__rmqueue 持有：pfn %1，阶 %2（按 %3 阶取出；expand() 把拆分出的上半部分放回了链表）</translation>
    </message>
    <message>
        <source>Zone %1: free_area[order].free_list[migratetype], blocks per list</source>
        <translation>管理区 %1：free_area[order].free_list[migratetype]，块数</translation>
    </message>
    <message>
        <source>order</source>
        <translation>阶</translation>
    </message>
    <message>
        <source>buddyinfo</source>
        <translation>buddyinfo</translation>
    </message>
    <message>
        <source>CPU 0 per-CPU lists (order 0): count %1, high %2, batch %3</source>
        <translation>CPU 0 的每 CPU 页列表（0 阶）：count %1，high %2，batch %3</translation>
    </message>
    <message>
        <source>pcp</source>
        <translation>pcp</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1（阶 %2）</translation>
    </message>
    <message>
        <source>Held by __rmqueue: pfn %1, order %2</source>
        <translation>__rmqueue 持有：pfn %1，阶 %2</translation>
    </message>
    <message>
        <source>Held by __rmqueue: pfn %1, order %2 (taken as order %3)</source>
        <translation>__rmqueue 持有：pfn %1，阶 %2（按 %3 阶取出）</translation>
    </message>
    <message>
        <source>Zone %1: free_area[order]</source>
        <translation>管理区 %1：free_area[order]</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::GlossaryWindow</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Search the %1 terms…</source>
        <translation>在 %1 个术语中搜索…</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>搜索术语表</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>&lt;p&gt;No term matches “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有与“%1”匹配的术语。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::Handout</name>
    <message>
        <source>vmviz: Linux 2.6.36 vmalloc()/vfree() step by step on a model x86-64 machine</source>
        <translation>vmviz：在模拟的 x86-64 机器上逐步演示 Linux 2.6.36 的 vmalloc()/vfree()</translation>
    </message>
    <message>
        <source>After step %1</source>
        <translation>第 %1 步之后</translation>
    </message>
    <message>
        <source>Ask the class</source>
        <translation>向全班提问</translation>
    </message>
    <message>
        <source>What the kernel did</source>
        <translation>内核做了什么</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>教师备注</translation>
    </message>
    <message>
        <source>Quiz: </source>
        <translation>测验：</translation>
    </message>
    <message>
        <source>Seed %1. Each question stops before a step of the run: predict what the kernel does, then play the step.</source>
        <translation>种子 %1。每道题停在运行中的某一步之前：先预测内核会做什么，再播放这一步。</translation>
    </message>
    <message>
        <source>

Answer: %1) %2. %3
Proof: step %4: %5</source>
        <translation>

答案：%1) %2。%3
依据：第 %4 步：%5</translation>
    </message>
    <message>
        <source>Question %1 (before step %2)</source>
        <translation>第 %1 题（第 %2 步之前）</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ImportWindow</name>
    <message>
        <source>%1 — a real kernel&apos;s vmalloc range (read-only)</source>
        <translation>%1 — 真实内核的 vmalloc 区（只读）</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::KernelTextPanel</name>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>ptdump (init_mm)</source>
        <translation>ptdump (init_mm)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Write this text to a .txt file</source>
        <translation>把这段文本写入 .txt 文件</translation>
    </message>
    <message>
        <source>Nothing: %1 is empty at step %2.</source>
        <translation>无内容：%1 在第 %2 步时为空。</translation>
    </message>
    <message>
        <source>Run a scenario to see what the kernel would print at each step.</source>
        <translation>运行一个场景，查看内核在每一步会打印什么。</translation>
    </message>
    <message>
        <source>Save kernel text</source>
        <translation>保存内核输出</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::KmemleakGraphView</name>
    <message>
        <source>kmemleak scan graph</source>
        <translation>kmemleak 扫描图</translation>
    </message>
    <message>
        <source>The roots and objects of the latest kmemleak scan, each pointer it found as an arrow, and why each white object was or was not reported</source>
        <translation>最近一次 kmemleak 扫描的根和对象，它找到的每个指针画成一个箭头，并说明每个白色对象为何被报告或未被报告</translation>
    </message>
    <message>
        <source>No scan has run yet. A scan counts the pointers to each object it finds in the roots and in the objects it has already reached; an object with fewer than min_count of them stays white.</source>
        <translation>尚未进行扫描。一次扫描会在根和已到达的对象中清点指向每个对象的指针；指针数少于 min_count 的对象保持白色。</translation>
    </message>
    <message>
        <source>Scanning (started at step %1): %2 pointers found so far; an object turns gray when its count reaches min_count, and gray objects are scanned in turn.</source>
        <translation>正在扫描（始于第 %1 步）：目前已找到 %2 个指针；对象的计数达到 min_count 时变为灰色，灰色对象随后依次被扫描。</translation>
    </message>
    <message>
        <source>The scan of steps %1–%2 found %3 pointers.</source>
        <translation>第 %1–%2 步的扫描找到了 %3 个指针。</translation>
    </message>
    <message>
        <source>%1 is white (%2 of %3 pointers) but was allocated less than 5 s before the scan began (MSECS_MIN_AGE): not reported yet.</source>
        <translation>%1 是白色的（%2/%3 个指针），但它在扫描开始前不到 5 秒才分配（MSECS_MIN_AGE）：暂不报告。</translation>
    </message>
    <message>
        <source>%1 changed since the last scan (its crc32 differs): kmemleak treats it as referenced this time and reports it only if it stays unchanged until the next scan.</source>
        <translation>%1 自上次扫描以来有变化（其 crc32 不同）：kmemleak 这次把它当作被引用，只有它到下次扫描前保持不变才会报告。</translation>
    </message>
    <message>
        <source>%1 is white with %2 of %3 pointers, old enough and unchanged: reported as a leak.</source>
        <translation>%1 是白色的（%2/%3 个指针），存在时间足够且未变化：报告为内存泄漏。</translation>
    </message>
    <message>
        <source>Why a fresh leak is not reported at once: kmemleak reports a white object only if it was allocated at least 5 s before the scan began and its contents (crc32 checksum) did not change since the previous scan; otherwise it waits for a later scan.</source>
        <translation>为什么新的泄漏不会立刻报告：只有当白色对象在扫描开始前至少 5 秒就已分配，且其内容（crc32 校验和）自上次扫描以来没有变化时，kmemleak 才会报告它；否则等待以后的扫描。</translation>
    </message>
    <message>
        <source>kmemleak: no scan yet</source>
        <translation>kmemleak：尚未扫描</translation>
    </message>
    <message>
        <source>kmemleak_scan() running at jiffies %1</source>
        <translation>kmemleak_scan() 正在运行，jiffies %1</translation>
    </message>
    <message>
        <source>kmemleak_scan() at jiffies %1, finished</source>
        <translation>kmemleak_scan() 于 jiffies %1，已完成</translation>
    </message>
    <message>
        <source>roots (.data/.bss, caller&apos;s variables)</source>
        <translation>根（.data/.bss、调用者的变量）</translation>
    </message>
    <message>
        <source>kmalloc objects</source>
        <translation>kmalloc 对象</translation>
    </message>
    <message>
        <source>vmalloc areas</source>
        <translation>vmalloc 区域</translation>
    </message>
    <message>
        <source>white, too young</source>
        <translation>白色，太新</translation>
    </message>
    <message>
        <source>changed: grayed</source>
        <translation>有变化：置灰</translation>
    </message>
    <message>
        <source>white: LEAK</source>
        <translation>白色：泄漏</translation>
    </message>
    <message>
        <source>, scanned</source>
        <translation>，已扫描</translation>
    </message>
    <message>
        <source>%1  count %2/%3</source>
        <translation>%1  计数 %2/%3</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::KmemleakModel</name>
    <message>
        <source>white</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source> (reported)</source>
        <translation>（已报告）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>vmalloc</source>
        <translation>vmalloc</translation>
    </message>
    <message>
        <source>kmalloc</source>
        <translation>kmalloc</translation>
    </message>
    <message>
        <source>kmemleak object %1, %2 bytes, allocated at jiffies %3</source>
        <translation>kmemleak 对象 %1，%2 字节，分配于 jiffies %3</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>指针</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>min_count</source>
        <translation>min_count</translation>
    </message>
    <message>
        <source>count</source>
        <translation>引用计数</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::KmemleakPanel</name>
    <message>
        <source>vmalloc</source>
        <translation>vmalloc</translation>
    </message>
    <message>
        <source>%1 objects on object_list (%2 vmalloc, %3 kmalloc)</source>
        <translation>object_list 上有 %1 个对象（%2 个 vmalloc，%3 个 kmalloc）</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::LessonPanel</name>
    <message>
        <source>Teacher notes</source>
        <translation>教师备注</translation>
    </message>
    <message>
        <source>Show the notes for the teacher under the chapter</source>
        <translation>在章节下方显示给教师的备注</translation>
    </message>
    <message>
        <source>&lt;p&gt;This scenario has no chapters. File → Lessons opens one that has.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个场景没有章节。文件 → 课程可以打开带章节的场景。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>第 %1 章，共 %2 章</translation>
    </message>
    <message>
        <source>Ask the class:</source>
        <translation>向全班提问：</translation>
    </message>
    <message>
        <source>Teacher notes:</source>
        <translation>教师备注：</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first chapter starts at step %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第一章从第 %1 步开始。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::MainWindow</name>
    <message>
        <source>Break on function:</source>
        <translation>在函数处中断：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Stop comparing: highlight each step&apos;s own changes again</source>
        <translation>停止比较：重新高亮每一步自己的改动</translation>
    </message>
    <message>
        <source>Compare with step %1</source>
        <translation>与第 %1 步比较</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>The scenario has errors; see the Scenario panel.</source>
        <translation>场景有错误；请查看场景面板。</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <source>%1: %2 steps recorded.</source>
        <translation>%1：记录了 %2 步。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Breakpoint: %1 called at step %2</source>
        <translation>断点：第 %2 步调用了 %1</translation>
    </message>
    <message>
        <source>Breakpoint %1: %2</source>
        <translation>断点 %1：%2</translation>
    </message>
    <message>
        <source>&lt;i&gt;no breakpoints&lt;/i&gt;</source>
        <translation>&lt;i&gt;没有断点&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Breakpoints: &lt;b&gt;%1&lt;/b&gt; · F8 continues</source>
        <translation>断点：&lt;b&gt;%1&lt;/b&gt; · F8 继续</translation>
    </message>
    <message>
        <source>vmviz</source>
        <translation>vmviz</translation>
    </message>
    <message>
        <source>vmviz — %1 — step %2 of %3</source>
        <translation>vmviz — %1 — 第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Scenarios (*.vmviz);;All files (*)</source>
        <translation>场景 (*.vmviz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Scenarios (*.vmviz)</source>
        <translation>场景 (*.vmviz)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: not a session file</source>
        <translation>%1：不是会话文件</translation>
    </message>
    <message>
        <source>Breakpoints not restored (no kernel function there): %1</source>
        <translation>未恢复的断点（那里没有内核函数）：%1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Session saved to %1 (step %2).</source>
        <translation>会话已保存到 %1（第 %2 步）。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>Go to the booted machine</source>
        <translation>回到刚启动的机器</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Step into</source>
        <translation>单步进入</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Step over</source>
        <translation>单步跳过</translation>
    </message>
    <message>
        <source>Past the next call</source>
        <translation>越过下一次调用</translation>
    </message>
    <message>
        <source>Step out</source>
        <translation>单步跳出</translation>
    </message>
    <message>
        <source>To the return of the current function</source>
        <translation>到当前函数返回处</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Go to the last step</source>
        <translation>到最后一步</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Run to the next breakpoint</source>
        <translation>运行到下一个断点</translation>
    </message>
    <message>
        <source>&amp;Compare with this step</source>
        <translation>与此步比较(&amp;C)</translation>
    </message>
    <message>
        <source>Pin the current step as step A; the views then highlight what changed between it and the step you move to</source>
        <translation>把当前步骤固定为步骤 A；之后各视图会高亮它与你移到的步骤之间的改动</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>High contrast, colour-blind-safe palette</source>
        <translation>高对比度、色盲友好配色</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>  Step </source>
        <translation>  步 </translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>放大 +</translation>
    </message>
    <message>
        <source>Larger frame cells</source>
        <translation>更大的页框格子</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>缩小 −</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation>场景另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Open S&amp;ession…</source>
        <translation>打开会话(&amp;E)…</translation>
    </message>
    <message>
        <source>Save Sess&amp;ion…</source>
        <translation>保存会话(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Compare machines…</source>
        <translation>比较机器(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare machines</source>
        <translation>比较机器</translation>
    </message>
    <message>
        <source>Run this scenario on: kernel names (2.6.36,6.18) or variants separated by | (cpus=1|cpus=4)</source>
        <translation>在这些机器上运行此场景：内核名（2.6.36,6.18），或用 | 分隔的变体（cpus=1|cpus=4）</translation>
    </message>
    <message>
        <source>Give two machines or more.</source>
        <translation>请给出两台或更多机器。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Whole window as %1…</source>
        <translation>整个窗口导出为 %1…</translation>
    </message>
    <message>
        <source>%1 as %2…</source>
        <translation>%1 导出为 %2…</translation>
    </message>
    <message>
        <source>Machine state as JSON…</source>
        <translation>机器状态导出为 JSON…</translation>
    </message>
    <message>
        <source>Steps A..B as numbered PNGs…</source>
        <translation>第 A..B 步导出为编号的 PNG…</translation>
    </message>
    <message>
        <source>Handout (PDF)…</source>
        <translation>讲义 (PDF)…</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>正在写讲义…</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Step &amp;animation</source>
        <translation>步骤动画(&amp;A)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Quick (120 ms)</source>
        <translation>快（120 ms）</translation>
    </message>
    <message>
        <source>Normal (200 ms)</source>
        <translation>正常（200 ms）</translation>
    </message>
    <message>
        <source>Slow (300 ms)</source>
        <translation>慢（300 ms）</translation>
    </message>
    <message>
        <source>Animations stay off while playing faster than about 12 steps/s</source>
        <translation>播放速度超过约 12 步/秒时不显示动画</translation>
    </message>
    <message>
        <source>&amp;Magnify the step&apos;s frames</source>
        <translation>放大本步的页框(&amp;M)</translation>
    </message>
    <message>
        <source>While frames are too small to read, show the frames the step works on in a magnifier</source>
        <translation>页框小得看不清时，在放大镜中显示本步操作的页框</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quiz mode…</source>
        <translation>测验模式(&amp;Q)…</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About vmviz</source>
        <translation>关于 vmviz(&amp;A)</translation>
    </message>
    <message>
        <source>About vmviz</source>
        <translation>关于 vmviz</translation>
    </message>
    <message>
        <source>&lt;b&gt;vmviz&lt;/b&gt; shows Linux 2.6.36 vmalloc() and vfree() step by step on a model of an x86-64 machine.&lt;br&gt;&lt;br&gt;Keys: → step into, ↓ step over, ↑ step out, ← back, Space play/pause, Home/End, F8 continue to a breakpoint, F5 presentation mode, F7 Lecture or Explore layout, F6 / Shift+F6 next / previous panel, Ctrl+P compare with this step.</source>
        <translation>&lt;b&gt;vmviz&lt;/b&gt; 在一台 x86-64 机器的模型上逐步展示 Linux 2.6.36 的 vmalloc() 和 vfree()。&lt;br&gt;&lt;br&gt;按键：→ 单步进入，↓ 单步跳过，↑ 单步跳出，← 后退，空格 播放/暂停，Home/End，F8 继续到断点，F5 演示模式，F7 讲课或探索布局，F6 / Shift+F6 下一个 / 上一个面板，Ctrl+P 与此步比较。</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>术语表(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Tour…</source>
        <translation>导览(&amp;T)…</translation>
    </message>
    <message>
        <source>Kernel source &amp;tree…</source>
        <translation>内核源码树(&amp;T)…</translation>
    </message>
    <message>
        <source>A Linux kernel tree (e.g. a v2.6.36 checkout)</source>
        <translation>Linux 内核源码树（例如 v2.6.36 的检出）</translation>
    </message>
    <message>
        <source>vmviz — %1 — step %2</source>
        <translation>vmviz — %1 — 第 %2 步</translation>
    </message>
    <message>
        <source>Export machine state</source>
        <translation>导出机器状态</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1 images to %2</source>
        <translation>已把 %1 张图片写入 %2</translation>
    </message>
    <message>
        <source>Exporting step %1 of %2… (Esc cancels)</source>
        <translation>正在导出第 %1 步，共 %2 步…（Esc 取消）</translation>
    </message>
    <message>
        <source>Export steps</source>
        <translation>导出步骤</translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation>面板：</translation>
    </message>
    <message>
        <source>First step:</source>
        <translation>第一步：</translation>
    </message>
    <message>
        <source>Last step:</source>
        <translation>最后一步：</translation>
    </message>
    <message>
        <source>Export steps into</source>
        <translation>把步骤导出到</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>--at %1 is past the end of the trace (it has %2 steps)</source>
        <translation>--at %1 超出了跟踪记录的末尾（它共有 %2 步）</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细程度</translation>
    </message>
    <message>
        <source>Detail level</source>
        <translation>详细程度</translation>
    </message>
    <message>
        <source>Overview: one step per vmalloc phase (Ctrl+1) · Standard: buddy, per-CPU and slab calls folded (Ctrl+2) · Full: every step (Ctrl+3)</source>
        <translation>概览：vmalloc 每个阶段一步（Ctrl+1） · 标准：折叠伙伴系统、每 CPU 和 slab 调用（Ctrl+2） · 完整：每一步（Ctrl+3）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>上一章节</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>下一章节</translation>
    </message>
    <message>
        <source>To the previous scenario line or chapter (PageUp)</source>
        <translation>到上一场景行或章节（PageUp）</translation>
    </message>
    <message>
        <source>To the next scenario line or chapter (PageDown)</source>
        <translation>到下一场景行或章节（PageDown）</translation>
    </message>
    <message>
        <source>Every physical page frame as a cell coloured by its owner; the frames the current step changes are outlined.</source>
        <translation>每个物理页框是一个按所有者着色的格子；当前步骤改动的页框加了轮廓。</translation>
    </message>
    <message>
        <source>The vmalloc address range with its areas, guard pages and free space.</source>
        <translation>vmalloc 地址区，及其中的区域、保护页和空闲空间。</translation>
    </message>
    <message>
        <source>The current step in words, the kernel call stack and the source line.</source>
        <translation>用文字描述的当前步骤、内核调用栈和源码行。</translation>
    </message>
    <message>
        <source>The scenario being run, editable.</source>
        <translation>正在运行的场景，可编辑。</translation>
    </message>
    <message>
        <source>init_mm&apos;s page tables, level by level, and a walk of one address.</source>
        <translation>init_mm 的页表，逐级显示，以及一个地址的页表遍历。</translation>
    </message>
    <message>
        <source>The objects kmemleak tracks, with their colour and reference count.</source>
        <translation>kmemleak 跟踪的对象，及其颜色和引用计数。</translation>
    </message>
    <message>
        <source>Every recorded step; click or use the arrow keys to move.</source>
        <translation>记录下的每一步；点击或用方向键移动。</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Lecture layout</source>
        <translation>讲课布局</translation>
    </message>
    <message>
        <source>Lecture: the narration and the panels the step is about, large; off: every panel (F7)</source>
        <translation>讲课：大字显示解说和本步相关的面板；关闭：显示所有面板（F7）</translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation>下一个面板</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>上一个面板</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Go to step</source>
        <translation>转到步骤</translation>
    </message>
    <message>
        <source>Break on function</source>
        <translation>在函数处中断</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>vmviz sessions (*.vmvizsession);;All files (*)</source>
        <translation>vmviz 会话 (*.vmvizsession);;所有文件 (*)</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>解说</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>语言：%1。</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PageTableModel</name>
    <message>
        <source>%1 page (init_mm.pgd)</source>
        <translation>%1 页（init_mm.pgd）</translation>
    </message>
    <message>
        <source>pfn 0x%1</source>
        <translation>pfn 0x%1</translation>
    </message>
    <message>
        <source>%1 present entries</source>
        <translation>%1 个存在的表项</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>page 0x%1</source>
        <translation>页 0x%1</translation>
    </message>
    <message>
        <source>%1 @ 0x%2</source>
        <translation>%1 @ 0x%2</translation>
    </message>
    <message>
        <source>init_level4_pgt, the kernel&apos;s top-level table, at pfn 0x%1</source>
        <translation>init_level4_pgt，内核的顶级页表，位于 pfn 0x%1</translation>
    </message>
    <message>
        <source>%1[%2] in the table at pfn 0x%3 (entry at physical 0x%4)
maps %5 + %6</source>
        <translation>位于 pfn 0x%3 的页表中的 %1[%2]（表项的物理地址 0x%4）
映射 %5 + %6</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>表项</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>原始值</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>指向</translation>
    </message>
    <message>
        <source>Maps from</source>
        <translation>映射起点</translation>
    </message>
    <message>
        <source>2 MiB at page 0x%1</source>
        <translation>从页 0x%1 起的 2 MiB</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PageTablePanel</name>
    <message>
        <source>Tree</source>
        <translation>树</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>遍历</translation>
    </message>
    <message>
        <source>The four-level walk of the address the step works on</source>
        <translation>对本步所操作地址的四级页表遍历</translation>
    </message>
    <message>
        <source>init_mm: %1 PGD, %2 PUD, %3 PMD, %4 PTE table pages</source>
        <translation>init_mm：%1 个 PGD、%2 个 PUD、%3 个 PMD、%4 个 PTE 页表页</translation>
    </message>
    <message>
        <source> · &lt;b&gt;this step finds an entry already set&lt;/b&gt; (WARN_ON(!pte_none))</source>
        <translation> · &lt;b&gt;本步发现一个已被设置的表项&lt;/b&gt;（WARN_ON(!pte_none)）</translation>
    </message>
    <message>
        <source> · &lt;b&gt;this step writes an entry&lt;/b&gt;</source>
        <translation> · &lt;b&gt;本步写入一个表项&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;this step clears PTEs&lt;/b&gt;</source>
        <translation> · &lt;b&gt;本步清除页表项（PTE）&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PageWalkView</name>
    <message>
        <source>the entry this step finds already set (WARN)</source>
        <translation>本步发现已被设置的表项（WARN）</translation>
    </message>
    <message>
        <source>the entry this step writes</source>
        <translation>本步写入的表项</translation>
    </message>
    <message>
        <source>the selected area</source>
        <translation>选中的区域</translation>
    </message>
    <message>
        <source>the first vmalloc area</source>
        <translation>第一个 vmalloc 区域</translation>
    </message>
    <message>
        <source>VMALLOC_START</source>
        <translation>VMALLOC_START</translation>
    </message>
    <message>
        <source>No machine yet: run a scenario.</source>
        <translation>还没有机器：请运行一个场景。</translation>
    </message>
    <message>
        <source>Walk of %1 · %2</source>
        <translation>遍历 %1 · %2</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>符号扩展</translation>
    </message>
    <message>
        <source>PGD %1</source>
        <translation>PGD %1</translation>
    </message>
    <message>
        <source>P4D %1</source>
        <translation>P4D %1</translation>
    </message>
    <message>
        <source>PUD %1</source>
        <translation>PUD %1</translation>
    </message>
    <message>
        <source>PMD %1</source>
        <translation>PMD %1</translation>
    </message>
    <message>
        <source>PTE %1</source>
        <translation>PTE %1</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>偏移 %1</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>%1 页表</translation>
    </message>
    <message>
        <source>pfn %1</source>
        <translation>pfn %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1[%2] is none: the walk stops here</source>
        <translation>%1[%2] 为空：遍历到此为止</translation>
    </message>
    <message>
        <source>page frame pfn %1 + offset %2 = physical %3</source>
        <translation>页框 pfn %1 + 偏移 %2 = 物理地址 %3</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PhysicalLegend</name>
    <message>
        <source>per-CPU list</source>
        <translation>每 CPU 页列表</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>slab</source>
        <translation>slab</translation>
    </message>
    <message>
        <source>vmalloc data</source>
        <translation>vmalloc 数据</translation>
    </message>
    <message>
        <source>page array</source>
        <translation>页数组</translation>
    </message>
    <message>
        <source>taken, in flight</source>
        <translation>已取出，转移中</translation>
    </message>
    <message>
        <source>PGD</source>
        <translation>PGD</translation>
    </message>
    <message>
        <source>PUD</source>
        <translation>PUD</translation>
    </message>
    <message>
        <source>PMD</source>
        <translation>PMD</translation>
    </message>
    <message>
        <source>PTE</source>
        <translation>PTE</translation>
    </message>
    <message>
        <source>kernel stack</source>
        <translation>内核栈</translation>
    </message>
    <message>
        <source>free, order 0→10</source>
        <translation>空闲，0→10 阶</translation>
    </message>
    <message>
        <source>changed by this step</source>
        <translation>本步改动</translation>
    </message>
    <message>
        <source>selected area</source>
        <translation>选中的区域</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>per-CPU</source>
        <translation>每 CPU</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>已取出</translation>
    </message>
    <message>
        <source>vmalloc</source>
        <translation>vmalloc</translation>
    </message>
    <message>
        <source>pages[]</source>
        <translation>pages[]</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>内核栈</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已改动</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>选中</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PhysicalMemoryView</name>
    <message>
        <source>Physical memory</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <source>a cell is one frame</source>
        <translation>一个格子是一个页框</translation>
    </message>
    <message>
        <source>a cell is %1 frames (%2)</source>
        <translation>一个格子是 %1 个页框（%2）</translation>
    </message>
    <message>
        <source>Physical memory · %1 in %2 frames of 4 KiB · %3</source>
        <translation>物理内存 · %1，共 %2 个 4 KiB 页框 · %3</translation>
    </message>
    <message>
        <source>No machine yet: run a scenario.</source>
        <translation>还没有机器：请运行一个场景。</translation>
    </message>
    <message>
        <source>pfn 0x%1–0x%2, magnified</source>
        <translation>pfn 0x%1–0x%2，已放大</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>管理区 %1</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ProgramPanel</name>
    <message>
        <source>Program and variables</source>
        <translation>程序与变量</translation>
    </message>
    <message>
        <source>No scenario has run yet.</source>
        <translation>还没有运行过场景。</translation>
    </message>
    <message>
        <source>Scenario program</source>
        <translation>场景程序</translation>
    </message>
    <message>
        <source>The scenario&apos;s lines; the arrow marks the line running now</source>
        <translation>场景的各行；箭头标出正在运行的行</translation>
    </message>
    <message>
        <source>What the step does</source>
        <translation>这一步做什么</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>The caller&apos;s pointer variables and their values; activate one to select its area</source>
        <translation>调用者的指针变量及其值；激活一个即可选中它的区域</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Before the first line: the machine has booted.</source>
        <translation>在第一行之前：机器已启动。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Between lines</source>
        <translation>两行之间</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failure:&lt;/b&gt; </source>
        <translation>&lt;b&gt;失败：&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::QuizPanel</name>
    <message>
        <source>New quiz</source>
        <translation>新测验</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Press New quiz: the window stops before each question&apos;s step; pick a choice and the step plays.</source>
        <translation>按“新测验”：窗口会停在每道题对应的步骤之前；选一个选项，这一步就会播放。</translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation>正在出题…</translation>
    </message>
    <message>
        <source>This run offers no step to ask about.</source>
        <translation>这次运行没有可以提问的步骤。</translation>
    </message>
    <message>
        <source>Question %1 of %2 (before step %3): %4</source>
        <translation>第 %1 题，共 %2 题（第 %3 步之前）：%4</translation>
    </message>
    <message>
        <source>Right. </source>
        <translation>正确。</translation>
    </message>
    <message>
        <source>Not quite. </source>
        <translation>不太对。</translation>
    </message>
    <message>
        <source>
Proof: step %1: %2</source>
        <translation>
依据：第 %1 步：%2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Done: %1 of %2 right.</source>
        <translation>完成：%2 题中答对 %1 题。</translation>
    </message>
    <message>
        <source>Score %1 / %2</source>
        <translation>得分 %1 / %2</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ScenarioEditor</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Parse and run the scenario (Ctrl+R)</source>
        <translation>解析并运行场景（Ctrl+R）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::StepTextBox</name>
    <message>
        <source>Step narration</source>
        <translation>步骤解说</translation>
    </message>
    <message>
        <source>What and why</source>
        <translation>做了什么，为什么</translation>
    </message>
    <message>
        <source>Kernel log lines this step printed</source>
        <translation>这一步打印的内核日志行</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Run a scenario (File → Examples) to step through vmalloc().</source>
        <translation>运行一个场景（文件 → 示例），逐步查看 vmalloc()。</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>第 %1 步，共 %2 步 · %3</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 · depth %4 · jiffies %5</source>
        <translation>第 %1 步，共 %2 步 · %3 · 深度 %4 · jiffies %5</translation>
    </message>
    <message>
        <source>Step 0 of %1 · booted</source>
        <translation>第 0 步，共 %1 步 · 已启动</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>… %1 more lines in dmesg (Kernel text panel)</source>
        <translation>… dmesg 中还有 %1 行（内核输出面板）</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>The whole run: phases, scenario lines, failures and the current step</source>
        <translation>整个运行过程：阶段、场景行、失败和当前步骤</translation>
    </message>
    <message>
        <source>nested __vmalloc_node</source>
        <translation>嵌套的 __vmalloc_node</translation>
    </message>
    <message>
        <source>nested</source>
        <translation>嵌套</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source> · %1 %2 of %3: %4</source>
        <translation> · %1 %2/%3：%4</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>no trace</source>
        <translation>无跟踪记录</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>inside the nested __vmalloc_node (steps %1–%2)</source>
        <translation>在嵌套的 __vmalloc_node 中（第 %1–%2 步）</translation>
    </message>
    <message>
        <source>failure or warning at step %1</source>
        <translation>第 %1 步出现失败或警告</translation>
    </message>
    <message>
        <source> · %1 · %2 · depth %3</source>
        <translation> · %1 · %2 · 深度 %3</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::TourDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>上一页(&amp;B)</translation>
    </message>
    <message>
        <source>Welcome to vmviz</source>
        <translation>欢迎使用 vmviz</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>What vmviz shows</source>
        <translation>vmviz 展示什么</translation>
    </message>
    <message>
        <source>A model of an x86-64 machine running Linux 2.6.36. A small program (the scenario) calls vmalloc() and vfree(); vmviz records every kernel call, return and change, and lets you walk through them one step at a time.</source>
        <translation>一台运行 Linux 2.6.36 的 x86-64 机器的模型。一个小程序（场景）调用 vmalloc() 和 vfree()；vmviz 记录内核的每一次调用、返回和改动，让你一步一步地走完它们。</translation>
    </message>
    <message>
        <source>Step through it</source>
        <translation>单步执行</translation>
    </message>
    <message>
        <source>→ steps into the next step, ← goes back, ↓ steps over a call, ↑ steps out of one. Space plays and pauses; Home and End jump to the start and the end. Press ? for every key.</source>
        <translation>→ 单步进入下一步，← 后退，↓ 跳过一次调用，↑ 跳出当前调用。空格键播放和暂停；Home 和 End 跳到开头和结尾。按 ? 查看所有按键。</translation>
    </message>
    <message>
        <source>Read each step</source>
        <translation>读懂每一步</translation>
    </message>
    <message>
        <source>The Call stack panel says what the step did in the kernel&apos;s words, then in plain words what it means and why. Underlined terms show a definition when you point at them; Help → Glossary lists them all. A failure is marked red, with what the kernel printed.</source>
        <translation>调用栈面板先用内核的话说明这一步做了什么，再用通俗的话解释它的含义和原因。鼠标指向带下划线的术语会显示其定义；帮助 → 术语表列出全部术语。失败以红色标出，并附上内核打印的内容。</translation>
    </message>
    <message>
        <source>See the kernel&apos;s code</source>
        <translation>查看内核代码</translation>
    </message>
    <message>
        <source>The source view shows the 2010 walkthrough&apos;s code where it quotes the function, otherwise a card with the function&apos;s real place in 2.6.36 and an outline with the step&apos;s line marked. Point vmviz at a kernel tree (Help → Kernel source tree…) to see the real file.</source>
        <translation>源码视图在 2010 年的剖析文章引用了该函数时显示其代码，否则显示一张卡片，给出该函数在 2.6.36 中的真实位置和一份标出本步所在行的提纲。为 vmviz 指定一棵内核源码树（帮助 → 内核源码树…）即可查看真实文件。</translation>
    </message>
    <message>
        <source>Watch the machine</source>
        <translation>观察机器</translation>
    </message>
    <message>
        <source>The other panels draw physical memory, the vmalloc address range, the page tables and kmemleak; whatever the step changed is highlighted. File → Examples has more scenarios and lessons.</source>
        <translation>其他面板绘出物理内存、vmalloc 地址区、页表和 kmemleak；本步改动的内容都会高亮显示。文件 → 示例中有更多场景和课程。</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::VariablesModel</name>
    <message>
        <source> (dropped: leaked)</source>
        <translation>（已丢弃：泄漏）</translation>
    </message>
    <message>
        <source>no area (freed?)</source>
        <translation>没有区域（已释放？）</translation>
    </message>
    <message>
        <source>its %1 area</source>
        <translation>它的 %1 区域</translation>
    </message>
    <message>
        <source>, %1 bytes in</source>
        <translation>，在其中 %1 字节处</translation>
    </message>
    <message>
        <source>%1 — click to select its area everywhere</source>
        <translation>%1 — 点击即可在各处选中它的区域</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>points into</source>
        <translation>指向</translation>
    </message>
</context>
<context>
    <name>vmviz::ui::VmallocRibbonView</name>
    <message>
        <source>area-&gt;pages[]: %1 of %2 entries stored</source>
        <translation>area-&gt;pages[]：已存入 %2 项中的 %1 项</translation>
    </message>
    <message>
        <source>pages[%1] = pfn %2</source>
        <translation>pages[%1] = pfn %2</translation>
    </message>
    <message>
        <source>area-&gt;pages = %1 (in the page-array area)</source>
        <translation>area-&gt;pages = %1（在页数组区域中）</translation>
    </message>
    <message>
        <source>vfree(%1): bad address</source>
        <translation>vfree(%1)：错误的地址</translation>
    </message>
    <message>
        <source>vmalloc range  0x%1 – 0x%2  (%3)</source>
        <translation>vmalloc 区  0x%1 – 0x%2  （%3）</translation>
    </message>
    <message>
        <source>%1 areas in vmap_area_root · vmap_lazy_nr %2 of lazy_max_pages %3</source>
        <translation>vmap_area_root 中有 %1 个区域 · vmap_lazy_nr %2 / lazy_max_pages %3</translation>
    </message>
    <message>
        <source>data pages</source>
        <translation>数据页</translation>
    </message>
    <message>
        <source>page-array area</source>
        <translation>页数组区域</translation>
    </message>
    <message>
        <source>guard page</source>
        <translation>保护页</translation>
    </message>
    <message>
        <source>2.6.36 gap page</source>
        <translation>2.6.36 间隔页</translation>
    </message>
    <message>
        <source>lazily freed</source>
        <translation>延迟释放</translation>
    </message>
    <message>
        <source>free (folded)</source>
        <translation>空闲（已折叠）</translation>
    </message>
    <message>
        <source> free</source>
        <translation> 空闲</translation>
    </message>
    <message>
        <source> · lazy</source>
        <translation> · 延迟</translation>
    </message>
    <message>
        <source> · page array</source>
        <translation> · 页数组</translation>
    </message>
    <message>
        <source>free: %1
%2</source>
        <translation>空闲：%1
%2</translation>
    </message>
    <message>
        <source>gap page %1
2.6.36 alloc_vmap_area() starts the next area at ALIGN(va_end + PAGE_SIZE):
this page belongs to no area and is never mapped</source>
        <translation>间隔页 %1
2.6.36 的 alloc_vmap_area() 从 ALIGN(va_end + PAGE_SIZE) 开始下一个区域：
这一页不属于任何区域，也从不被映射</translation>
    </message>
    <message>
        <source>
this is its guard page (never mapped)</source>
        <translation>
这是它的保护页（从不被映射）</translation>
    </message>
    <message>
        <source>%1 of %2 stored</source>
        <translation>已存 %1 / %2</translation>
    </message>
    <message>
        <source>area-&gt;pages = %1</source>
        <translation>area-&gt;pages = %1</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>page array</source>
        <translation>页数组</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>保护页</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>间隔页</translation>
    </message>
    <message>
        <source>lazy</source>
        <translation>延迟释放</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
</context>
</TS>
