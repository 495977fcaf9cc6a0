<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no line in the reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 (a page array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vm_struct of area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmap_area of area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1&apos;s pages[]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmalloc object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::panels</name>
    <message>
        <source>Physical memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call stack and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page tables (init_mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmemleak objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the pinned step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free lists (buddy and per-CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmemleak scan: references found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::AddressInspector</name>
    <message>
        <source>a kernel virtual address, e.g. 0xffffc90000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an address: type hex (0x…) or decimal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::CallStackModel</name>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
called at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::CallStackPanel</name>
    <message>
        <source>Step narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel log lines this step printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmviz&apos;s model C++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the C++ function in vmviz that models this kernel function, instead of its source card. This is the simulator&apos;s code, not the kernel&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show vmviz&apos;s model code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more lines in dmesg (Kernel text panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a scenario (File → Examples) to step through vmalloc().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 · depth %4 · jiffies %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 0 of %1 · booted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kernel function is running at this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · as quoted by the 2010 walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;This is &lt;b&gt;vmviz&apos;s model&lt;/b&gt; of it (%1:%2), the simulator&apos;s C++, not kernel code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;From your kernel tree: %1, at the line vmviz knows for 2.6.36.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;vmviz&apos;s outline&lt;/b&gt; of it; this step&apos;s line is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2010 walkthrough does not quote this function. Help → Kernel source tree… shows the real file from a local kernel checkout instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ChangeListPanel</name>
    <message>
        <source>No step pinned. Pin step A with View → Compare with this step (Ctrl+P), then move to step B: this lists what changed between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from step %1 to step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ChapterOutline</name>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each scenario line and lesson chapter; PageUp and PageDown move between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters: each scenario line (PageUp / PageDown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::CompareWindow</name>
    <message>
        <source>vmviz: compare machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every machine to the end of the previous scenario line (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every machine to the end of the next scenario line (PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous line where the machines differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next line where the machines differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every machine one step back within the line (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every machine one step on within the line (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they differ on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the scenario on every machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine one step back within the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine one step on within the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 machines: %3 of %4 lines differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 of %2 (scenario line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 of %2   ·   this line: steps %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before the line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs here: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this line did here:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machines did the same on this line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::FreeListsPanel</name>
    <message>
        <source>Free lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buddy allocator&apos;s free lists per zone, order and migratetype, and the per-CPU lists, with the lists the current step changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free lists: step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, block at pfn %1, order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by __rmqueue: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by __rmqueue: the order-%1 block at pfn %2, taken off its list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by __rmqueue: pfn %1, order %2 (taken as order %3; expand() put the upper halves back on the lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1: free_area[order].free_list[migratetype], blocks per list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buddyinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU 0 per-CPU lists (order 0): count %1, high %2, batch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::GlossaryWindow</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the %1 terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No term matches “%1”.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::Handout</name>
    <message>
        <source>vmviz: Linux 2.6.36 vmalloc()/vfree() step by step on a model x86-64 machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the kernel did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1. Each question stops before a step of the run: predict what the kernel does, then play the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Answer: %1) %2. %3
Proof: step %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 (before step %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ImportWindow</name>
    <message>
        <source>%1 — a real kernel&apos;s vmalloc range (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::KernelTextPanel</name>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ptdump (init_mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this text to a .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: %1 is empty at step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a scenario to see what the kernel would print at each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save kernel text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::KmemleakGraphView</name>
    <message>
        <source>kmemleak scan graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roots and objects of the latest kmemleak scan, each pointer it found as an arrow, and why each white object was or was not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan has run yet. A scan counts the pointers to each object it finds in the roots and in the objects it has already reached; an object with fewer than min_count of them stays white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning (started at step %1): %2 pointers found so far; an object turns gray when its count reaches min_count, and gray objects are scanned in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan of steps %1–%2 found %3 pointers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is white (%2 of %3 pointers) but was allocated less than 5 s before the scan began (MSECS_MIN_AGE): not reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the last scan (its crc32 differs): kmemleak treats it as referenced this time and reports it only if it stays unchanged until the next scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is white with %2 of %3 pointers, old enough and unchanged: reported as a leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a fresh leak is not reported at once: kmemleak reports a white object only if it was allocated at least 5 s before the scan began and its contents (crc32 checksum) did not change since the previous scan; otherwise it waits for a later scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmemleak: no scan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmemleak_scan() running at jiffies %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmemleak_scan() at jiffies %1, finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roots (.data/.bss, caller&apos;s variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmalloc objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white, too young</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: grayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white: LEAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  count %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::KmemleakModel</name>
    <message>
        <source>white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmalloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmemleak object %1, %2 bytes, allocated at jiffies %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::KmemleakPanel</name>
    <message>
        <source>vmalloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects on object_list (%2 vmalloc, %3 kmalloc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::LessonPanel</name>
    <message>
        <source>Teacher notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notes for the teacher under the chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This scenario has no chapters. File → Lessons opens one that has.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The first chapter starts at step %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::MainWindow</name>
    <message>
        <source>Break on function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop comparing: highlight each step&apos;s own changes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has errors; see the Scenario panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 steps recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoint: %1 called at step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;no breakpoints&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoints: &lt;b&gt;%1&lt;/b&gt; · F8 continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmviz — %1 — step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.vmviz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.vmviz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoints not restored (no kernel function there): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to %1 (step %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the booted machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the return of the current function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the next breakpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the current step as step A; the views then highlight what changed between it and the step you move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast, colour-blind-safe palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Speed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Step </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger frame cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open S&amp;ession…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Sess&amp;ion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare machines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this scenario on: kernel names (2.6.36,6.18) or variants separated by | (cpus=1|cpus=4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give two machines or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole window as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine state as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps A..B as numbered PNGs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick (120 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (200 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow (300 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animations stay off while playing faster than about 12 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Magnify the step&apos;s frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While frames are too small to read, show the frames the step works on in a magnifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About vmviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About vmviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;vmviz&lt;/b&gt; shows Linux 2.6.36 vmalloc() and vfree() step by step on a model of an x86-64 machine.&lt;br&gt;&lt;br&gt;Keys: → step into, ↓ step over, ↑ step out, ← back, Space play/pause, Home/End, F8 continue to a breakpoint, F5 presentation mode, F7 Lecture or Explore layout, F6 / Shift+F6 next / previous panel, Ctrl+P compare with this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel source &amp;tree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Linux kernel tree (e.g. a v2.6.36 checkout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmviz — %1 — step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export machine state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 images to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting step %1 of %2… (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export steps into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at %1 is past the end of the trace (it has %2 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: one step per vmalloc phase (Ctrl+1) · Standard: buddy, per-CPU and slab calls folded (Ctrl+2) · Full: every step (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the previous scenario line or chapter (PageUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the next scenario line or chapter (PageDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every physical page frame as a cell coloured by its owner; the frames the current step changes are outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vmalloc address range with its areas, guard pages and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current step in words, the kernel call stack and the source line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario being run, editable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init_mm&apos;s page tables, level by level, and a walk of one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objects kmemleak tracks, with their colour and reference count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded step; click or use the arrow keys to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture: the narration and the panels the step is about, large; off: every panel (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break on function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmviz sessions (*.vmvizsession);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PageTableModel</name>
    <message>
        <source>%1 page (init_mm.pgd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pfn 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 present entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init_level4_pgt, the kernel&apos;s top-level table, at pfn 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] in the table at pfn 0x%3 (entry at physical 0x%4)
maps %5 + %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PageTablePanel</name>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four-level walk of the address the step works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init_mm: %1 PGD, %2 PUD, %3 PMD, %4 PTE table pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;this step finds an entry already set&lt;/b&gt; (WARN_ON(!pte_none))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;this step writes an entry&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;this step clears PTEs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PageWalkView</name>
    <message>
        <source>the entry this step finds already set (WARN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry this step writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first vmalloc area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMALLOC_START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine yet: run a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4D %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pfn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] is none: the walk stops here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page frame pfn %1 + offset %2 = physical %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PhysicalLegend</name>
    <message>
        <source>free, order 0→10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-CPU list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::PhysicalMemoryView</name>
    <message>
        <source>Physical memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is one frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is %1 frames (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical memory · %1 in %2 frames of 4 KiB · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine yet: run a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pfn 0x%1–0x%2, magnified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ProgramPanel</name>
    <message>
        <source>Program and variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s lines; the arrow marks the line running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the step does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s pointer variables and their values; activate one to select its area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first line: the machine has booted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Failure:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::QuizPanel</name>
    <message>
        <source>New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press New quiz: the window stops before each question&apos;s step; pick a choice and the step plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run offers no step to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2 (before step %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Proof: step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 of %2 right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ScenarioEditor</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse and run the scenario (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole run: phases, scenario lines, failures and the current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested __vmalloc_node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the nested __vmalloc_node (steps %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure or warning at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 · %2 · depth %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::TourDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to vmviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What vmviz shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model of an x86-64 machine running Linux 2.6.36. A small program (the scenario) calls vmalloc() and vfree(); vmviz records every kernel call, return and change, and lets you walk through them one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ steps into the next step, ← goes back, ↓ steps over a call, ↑ steps out of one. Space plays and pauses; Home and End jump to the start and the end. Press ? for every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Call stack panel says what the step did in the kernel&apos;s words, then in plain words what it means and why. Underlined terms show a definition when you point at them; Help → Glossary lists them all. A failure is marked red, with what the kernel printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the kernel&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source view shows the 2010 walkthrough&apos;s code where it quotes the function, otherwise a card with the function&apos;s real place in 2.6.36 and an outline with the step&apos;s line marked. Point vmviz at a kernel tree (Help → Kernel source tree…) to see the real file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other panels draw physical memory, the vmalloc address range, the page tables and kmemleak; whatever the step changed is highlighted. File → Examples has more scenarios and lessons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::VariablesModel</name>
    <message>
        <source> (dropped: leaked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area (freed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to select its area everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vmviz::ui::VmallocRibbonView</name>
    <message>
        <source>area-&gt;pages[]: %1 of %2 entries stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages[%1] = pfn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area-&gt;pages = %1 (in the page-array area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vfree(%1): bad address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vmalloc range  0x%1 – 0x%2  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 areas in vmap_area_root · vmap_lazy_nr %2 of lazy_max_pages %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page-array area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guard page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.6.36 gap page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lazily freed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free (folded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · lazy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · page array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap page %1
2.6.36 alloc_vmap_area() starts the next area at ALIGN(va_end + PAGE_SIZE):
this page belongs to no area and is never mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
this is its guard page (never mapped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
