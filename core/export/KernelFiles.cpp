// SPDX-License-Identifier: GPL-2.0-only
// ptdump, meminfo and buddyinfo in the kernel's own layouts.
#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"

#include <algorithm>

namespace vmviz::exports {

namespace {

// note_page() state of dump_pagetables.c: one folded run of equal (flags, level). Levels are as
// the kernel numbers them: 2.6.36 has cr3 0, pgd 1, pud 2, pmd 3, pte 4; a 5-level machine prints
// as 6.x does (printk_prot(), arch/x86/mm/dump_pagetables.c): pgd 0, p4d 1, pud 2, pmd 3, pte 4,
// with a PAT column and a 30-column blank for an empty entry.
class PtdumpWriter
{
public:
    PtdumpWriter(std::uint64_t start, bool modern) : m_start(start), m_modern(modern) {}

    void note(std::uint64_t address, std::uint64_t prot, int level)
    {
        if (m_level < 0) {
            m_level = level;
            m_prot = prot;
            m_start = address;
            return;
        }
        if (prot != m_prot || level != m_level) {
            flush(address);
            m_start = address;
            m_prot = prot;
            m_level = level;
        }
    }
    void finish(std::uint64_t end) { flush(end); }
    const std::string& text() const { return m_out; }

private:
    void flush(std::uint64_t end)
    {
        static constexpr const char* levelName2636[] = {"cr3", "pgd", "pud", "pmd", "pte"};
        static constexpr const char* levelName6[] = {"pgd", "p4d", "pud", "pmd", "pte"};
        static constexpr char units[] = "KMGTPE";
        m_out += fmt::printf("0x%016llx-0x%016llx   ", static_cast<unsigned long long>(m_start),
                             static_cast<unsigned long long>(end));
        std::uint64_t delta = (end - m_start) >> 10;
        const char* unit = units;
        while (!(delta & 1023) && unit[1]) {
            delta >>= 10;
            ++unit;
        }
        m_out += fmt::printf("%9llu%c ", static_cast<unsigned long long>(delta), *unit);
        if (!m_prot) {
            m_out += m_modern ? "                              " : "                          ";
        } else if (m_modern) {
            m_out += (m_prot & k::_PAGE_USER) ? "USR " : "    ";
            m_out += (m_prot & k::_PAGE_RW) ? "RW " : "ro ";
            m_out += (m_prot & k::_PAGE_PWT) ? "PWT " : "    ";
            m_out += (m_prot & k::_PAGE_PCD) ? "PCD " : "    ";
            m_out += (m_level <= 3 && (m_prot & k::_PAGE_PSE)) ? "PSE " : "    ";
            const bool pat = (m_level == 4 && (m_prot & k::_PAGE_PSE)) ||
                             ((m_level == 3 || m_level == 2) && (m_prot & kPageLargePat));
            m_out += pat ? "PAT " : "    ";
            m_out += (m_prot & k::_PAGE_GLOBAL) ? "GLB " : "    ";
            m_out += (m_prot & k::_PAGE_NX) ? "NX " : "x  ";
        } else {
            m_out += (m_prot & k::_PAGE_USER) ? "USR " : "    ";
            m_out += (m_prot & k::_PAGE_RW) ? "RW " : "ro ";
            m_out += (m_prot & k::_PAGE_PWT) ? "PWT " : "    ";
            m_out += (m_prot & k::_PAGE_PCD) ? "PCD " : "    ";
            if (m_level <= 3)
                m_out += (m_prot & k::_PAGE_PSE) ? "PSE " : "    ";
            else
                m_out += (m_prot & k::_PAGE_PSE) ? "pat " : "    ";
            m_out += (m_prot & k::_PAGE_GLOBAL) ? "GLB " : "    ";
            m_out += (m_prot & k::_PAGE_NX) ? "NX " : "x  ";
        }
        m_out += m_modern ? levelName6[m_level] : levelName2636[m_level];
        m_out += '\n';
    }

    /// _PAGE_PAT_LARGE: bit 12, the PAT bit of a huge PMD or PUD entry.
    static constexpr std::uint64_t kPageLargePat = 0x1000;

    std::string m_out;
    std::uint64_t m_start;
    bool m_modern;
    std::uint64_t m_prot = 0;
    int m_level = -1;
};

/// The level dump_pagetables.c gives a table of `level` (see PtdumpWriter).
int dumpLevelOf(unsigned level)
{
    switch (level) {
    case LEVEL_PGD_L5:
        return 0;
    case LEVEL_P4D:
    case LEVEL_PGD:
        return 1;
    default:
        return 5 - static_cast<int>(level);
    }
}

void walk(const Machine& machine, std::uint32_t table, unsigned level, std::uint64_t base, std::uint64_t from,
          std::uint64_t to, PtdumpWriter& out)
{
    const int dumpLevel = dumpLevelOf(level);
    const unsigned shift = tableLevelShift(level);
    for (unsigned i = 0; i < 512; ++i) {
        const std::uint64_t address = machine.tables.layout().canonical(base + (std::uint64_t{i} << shift));
        const std::uint64_t span = 1ull << shift;
        if (address + span <= from || address >= to)
            continue;
        const std::uint64_t entry = machine.tables.entry(table, i);
        if (level == LEVEL_PTE || !(entry & k::_PAGE_PRESENT) || isLeafEntry(entry, level)) {
            out.note(address, (entry & k::_PAGE_PRESENT) ? (entry & ~k::PTE_PFN_MASK) : 0, dumpLevel);
            continue;
        }
        const auto child = machine.tables.tableOfEntry(entry);
        if (!child) {
            out.note(address, 0, dumpLevel);
            continue;
        }
        walk(machine, *child, childTableLevel(level), address, from, to, out);
    }
}

} // namespace

std::string ptdump(const Machine& machine)
{
    const AddressLayout& layout = machine.tables.layout();
    PtdumpWriter writer(layout.vmallocStart, machine.tables.pagingLevels() == 5);
    walk(machine, 0, machine.tables.topLevel(), 0, layout.vmallocStart, layout.vmemmapStart, writer);
    writer.finish(layout.vmemmapStart);
    return "---[ vmalloc() Area ]---\n" + writer.text();
}

namespace {

std::string meminfoLine(const char* tag, unsigned long kb)
{
    return fmt::printf("%-16s%8lu kB\n", tag, kb);
}

unsigned long pagesKb(std::uint64_t pages)
{
    return static_cast<unsigned long>(pages << (k::PAGE_SHIFT - 10));
}

/// meminfo_proc_show() of Linux 6.18.2 (fs/proc/meminfo.c) for x86_64_defconfig: CONFIG_HIGHMEM
/// and CONFIG_MMU as on any x86-64 (no High/Low or MmapCopy lines), CONFIG_ZSWAP,
/// CONFIG_SHADOW_CALL_STACK, CONFIG_MEMTEST, CONFIG_MEMORY_FAILURE, CONFIG_TRANSPARENT_HUGEPAGE,
/// CONFIG_CMA and CONFIG_UNACCEPTED_MEMORY off (none of their lines), then hugetlb_report_meminfo()
/// (CONFIG_HUGETLB_PAGE=y, the 2 MiB hstate only) and arch_report_meminfo()
/// (arch/x86/mm/pat/set_memory.c). The machine has no user memory, page cache or swap.
std::string meminfo618(const Machine& machine)
{
    const PhysicalMemory& phys = machine.phys;
    // si_meminfo(): totalram_pages() (managed pages) and NR_FREE_PAGES (the buddy lists; pages on
    // the per-CPU lists are not in it).
    const std::uint64_t totalram = phys.totalramPages();
    std::uint64_t freePages = 0;
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
        freePages += phys.freePagesCounter(z);
    // Watermarks, lowmem_reserve[] and NR_PAGETABLE as show_mem() computes them for 6.18.
    const ShowMem mem = showMemOf(phys, machine.config().cpus);
    // si_mem_available(): NR_FREE_PAGES - totalreserve_pages, plus page cache and reclaimable
    // slab (none here). calculate_totalreserve_pages(): per zone, its largest lowmem_reserve[]
    // plus its high watermark, at most its managed pages.
    std::uint64_t totalreserve = 0;
    for (const ShowMemZone& zone : mem.zones) {
        const std::uint64_t reserve = *std::max_element(zone.lowmemReserve.begin(), zone.lowmemReserve.end());
        totalreserve += std::min(reserve + zone.highPages, zone.managedPages);
    }
    const std::uint64_t available = freePages > totalreserve ? freePages - totalreserve : 0;
    // NR_SLAB_UNRECLAIMABLE_B: every kmalloc slab and the vmap_area cache's (no
    // SLAB_RECLAIM_ACCOUNT).
    std::uint64_t slabPages = 0;
    for (const std::uint8_t owner : phys.owners())
        slabPages += static_cast<FrameOwner>(owner) == FrameOwner::Slab;
    // vmalloc_nr_pages(): nr_vmalloc_pages, which __vmalloc_area_node() raises by area->nr_pages
    // once the pages are in and vfree() lowers after freeing them, so every live vmalloc'ed
    // vm_struct's pages (a page array's own area included); an area waiting for the purge has
    // none left.
    std::uint64_t vmallocPages = 0;
    for (std::uint32_t id = 0; id < machine.vmalloc.areaSlots(); ++id) {
        const AreaInfo area = machine.vmalloc.area(AreaId{id}, false);
        if (area.vmAlive && (area.flags & k::VM_ALLOC))
            vmallocPages += area.nrPages;
    }
    // arch_report_meminfo(): direct_pages_count[] as init_mem_mapping() (arch/x86/mm/init.c) left
    // it: the ISA range [0, 1 MiB) in 4 KiB pages on its own, then memory_map_top_down() from
    // 1 MiB, whose split_mem_range() maps the unaligned head [1 MiB, 2 MiB) in 4 KiB pages, 2 MiB
    // pages up to the last whole 2 MiB, and 4 KiB pages for the rest. No GB pages on the model's
    // CPU, so no DirectMap1G line.
    const std::uint64_t ramBytes = phys.frameCount() << k::PAGE_SHIFT;
    const std::uint64_t twoMiB = 2ull << 20;
    const std::uint64_t large = ramBytes >= twoMiB ? (ramBytes & ~(twoMiB - 1)) - twoMiB : 0;
    const auto bytesKb = [](std::uint64_t bytes) { return static_cast<unsigned long>(bytes >> 10); };

    std::string out;
    out += meminfoLine("MemTotal:", pagesKb(totalram));
    out += meminfoLine("MemFree:", pagesKb(freePages));
    out += meminfoLine("MemAvailable:", pagesKb(available));
    for (const char* zero :
         {"Buffers:", "Cached:", "SwapCached:", "Active:", "Inactive:", "Active(anon):", "Inactive(anon):",
          "Active(file):", "Inactive(file):", "Unevictable:", "Mlocked:", "SwapTotal:", "SwapFree:", "Dirty:",
          "Writeback:", "AnonPages:", "Mapped:", "Shmem:", "KReclaimable:"})
        out += meminfoLine(zero, 0);
    out += meminfoLine("Slab:", pagesKb(slabPages));
    out += meminfoLine("SReclaimable:", 0);
    out += meminfoLine("SUnreclaim:", pagesKb(slabPages));
    // NR_KERNEL_STACK_KB: 6.x stacks are vmalloc'ed (CONFIG_VMAP_STACK, 16 KiB), which the model
    // does not do, so it counts no stack (docs/model.md).
    out += meminfoLine("KernelStack:", 0);
    out += meminfoLine("PageTables:", pagesKb(mem.pageTablePages));
    for (const char* zero : {"SecPageTables:", "NFS_Unstable:", "Bounce:", "WritebackTmp:"})
        out += meminfoLine(zero, 0);
    // vm_commit_limit(): (totalram_pages - hugetlb_total_pages) * overcommit_ratio 50 / 100 + swap.
    out += meminfoLine("CommitLimit:", pagesKb(totalram * 50 / 100));
    out += meminfoLine("Committed_AS:", 0);
    out +=
        meminfoLine("VmallocTotal:", bytesKb(machine.vmalloc.vmallocEnd() - machine.vmalloc.vmallocStart()));
    out += meminfoLine("VmallocUsed:", pagesKb(vmallocPages));
    out += meminfoLine("VmallocChunk:", 0); // 0 since Linux 5.3
    out += meminfoLine("Percpu:", 0);       // the per-CPU first chunk is not modelled
    out += meminfoLine("Balloon:", 0);
    out += fmt::printf("HugePages_Total:   %5lu\nHugePages_Free:    %5lu\nHugePages_Rsvd:    %5lu\n"
                       "HugePages_Surp:    %5lu\n",
                       0ul, 0ul, 0ul, 0ul);
    out += meminfoLine("Hugepagesize:", 2048);
    out += meminfoLine("Hugetlb:", 0);
    out += meminfoLine("DirectMap4k:", bytesKb(ramBytes - large));
    out += meminfoLine("DirectMap2M:", bytesKb(large));
    return out;
}

} // namespace

std::string meminfo(const Machine& machine)
{
    if (machine.profile->vmallocPath() == VmallocPath::Linux618)
        return meminfo618(machine);
    // fs/proc/meminfo.c: meminfo_proc_show, 2.6.36, for x86-64 with CONFIG_HIGHMEM and
    // CONFIG_QUICKLIST off, CONFIG_MMU on, CONFIG_MEMORY_FAILURE off (x86_64_defconfig), then
    // hugetlb_report_meminfo() (CONFIG_HUGETLBFS=y) and arch_report_meminfo()
    // (arch/x86/mm/pageattr.c). The machine has no user memory, page cache or swap: those
    // counters are 0, as in show_mem() (docs/model.md).

    // get_vmalloc_info(): used and the largest gap between vm_structs on vmlist.
    std::uint64_t used = 0;
    std::uint64_t largest = 0;
    const std::uint64_t vmallocStart = machine.vmalloc.vmallocStart();
    std::uint64_t prevEnd = vmallocStart;
    const auto vmlist = machine.vmalloc.vmlist();
    if (vmlist.empty()) {
        largest = machine.vmalloc.vmallocEnd() - vmallocStart;
    } else {
        for (const AreaId id : vmlist) {
            const AreaInfo a = machine.vmalloc.area(id);
            used += a.size;
            largest = std::max(largest, a.addr - prevEnd);
            prevEnd = a.addr + a.size;
        }
        largest = std::max(largest, machine.vmalloc.vmallocEnd() - prevEnd);
    }
    std::uint64_t freePages = 0; // NR_FREE_PAGES: the buddy lists, not the per-CPU lists
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
        freePages += machine.phys.freePagesCounter(z);
    // NR_SLAB_UNRECLAIMABLE: allocate_slab() accounts every kmalloc slab there (no
    // SLAB_RECLAIM_ACCOUNT). NR_KERNEL_STACK: account_kernel_stack(), one per task. NR_PAGETABLE
    // counts user PTE pages only (pgtable_page_ctor() in pte_alloc_one()); init_mm's tables come
    // from __get_free_page() / get_zeroed_page() unaccounted, and the task's user tables have no
    // PTE page in the model.
    std::uint64_t slabPages = 0;
    std::uint64_t stackPages = 0;
    for (const std::uint8_t owner : machine.phys.owners()) {
        slabPages += static_cast<FrameOwner>(owner) == FrameOwner::Slab;
        stackPages += static_cast<FrameOwner>(owner) == FrameOwner::KernelStack;
    }
    const std::uint64_t totalram = machine.phys.totalramPages();
    // CommitLimit: (totalram_pages - hugetlb_total_pages()) * sysctl_overcommit_ratio (50) / 100
    // + total_swap_pages; no huge pages, no swap.
    const std::uint64_t commitLimit = totalram * 50 / 100;
    // arch_report_meminfo(): direct_pages_count[] as init_memory_mapping() left it: 2 MiB pages up
    // to the last whole 2 MiB of RAM, 4 KiB pages for the rest; no 1 GiB pages (the model's CPU
    // has no pdpe1gb, so direct_gbpages is 0 and no DirectMap1G line is printed).
    const std::uint64_t ramBytes = machine.phys.frameCount() << k::PAGE_SHIFT;
    const std::uint64_t large = ramBytes & ~((2ull << 20) - 1);

    const auto pagesKb = [](std::uint64_t pages) {
        return static_cast<unsigned long>(pages << (k::PAGE_SHIFT - 10));
    };
    const auto bytesKb = [](std::uint64_t bytes) { return static_cast<unsigned long>(bytes >> 10); };
    const auto line = [](const char* tag, unsigned long kb) {
        return fmt::printf("%-16s%8lu kB\n", tag, kb);
    };
    std::string out;
    out += line("MemTotal:", pagesKb(totalram));
    out += line("MemFree:", pagesKb(freePages));
    for (const char* zero :
         {"Buffers:", "Cached:", "SwapCached:", "Active:", "Inactive:", "Active(anon):", "Inactive(anon):",
          "Active(file):", "Inactive(file):", "Unevictable:", "Mlocked:", "SwapTotal:", "SwapFree:", "Dirty:",
          "Writeback:", "AnonPages:", "Mapped:", "Shmem:"})
        out += line(zero, 0);
    out += line("Slab:", pagesKb(slabPages));
    out += line("SReclaimable:", 0);
    out += line("SUnreclaim:", pagesKb(slabPages));
    out += line("KernelStack:",
                static_cast<unsigned long>((stackPages >> k::THREAD_ORDER) * k::THREAD_SIZE / 1024));
    out += line("PageTables:", 0);
    for (const char* zero : {"NFS_Unstable:", "Bounce:", "WritebackTmp:"})
        out += line(zero, 0);
    out += line("CommitLimit:", pagesKb(commitLimit));
    out += line("Committed_AS:", 0);
    out += line("VmallocTotal:", bytesKb(machine.vmalloc.vmallocEnd() - vmallocStart));
    out += line("VmallocUsed:", bytesKb(used));
    out += line("VmallocChunk:", bytesKb(largest));
    // hugetlb_report_meminfo(): no huge pages reserved; the default hstate is 2 MiB.
    out += fmt::printf("HugePages_Total:   %5lu\nHugePages_Free:    %5lu\nHugePages_Rsvd:    %5lu\n"
                       "HugePages_Surp:    %5lu\n",
                       0ul, 0ul, 0ul, 0ul);
    out += line("Hugepagesize:", 2048);
    out += line("DirectMap4k:", bytesKb(ramBytes - large));
    out += line("DirectMap2M:", bytesKb(large));
    return out;
}

std::string buddyinfo(const Machine& machine)
{
    std::string out;
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        if (!machine.phys.zone(z).populated())
            continue;
        out += fmt::printf("Node %d, zone %8s ", 0, std::string(zoneName(z)).c_str());
        for (unsigned order = 0; order < k::MAX_ORDER; ++order)
            out += fmt::printf("%6llu ", static_cast<unsigned long long>(machine.phys.nrFree(z, order)));
        out += '\n';
    }
    return out;
}

} // namespace vmviz::exports
