// SPDX-License-Identifier: GPL-2.0-only
#include "klog/ShowMem.h"

#include "base/Constants.h"
#include "base/Format.h"

namespace vmviz {

namespace {
unsigned long long kB(std::uint64_t pages)
{
    return static_cast<unsigned long long>(pages) * 4;
}
} // namespace

std::vector<std::string> showMemLines(const ShowMem& mem)
{
    // CONFIG_NUMA=y: show_node() prefixes "Node 0 ". The counters the model does not track
    // (LRU lists, page cache, dirty/writeback, swap) are those of a machine with no user memory.
    std::vector<std::string> lines{"Mem-Info:"};
    std::uint64_t free = 0, slab = 0;
    for (const ShowMemZone& z : mem.zones) {
        free += z.freePages;
        slab += z.slabPages;
        lines.push_back(fmt::printf("Node 0 %s per-cpu:", z.name.c_str()));
        for (std::size_t cpu = 0; cpu < z.pcpCount.size(); ++cpu)
            lines.push_back(fmt::printf("CPU %4zu: hi:%5u, btch:%4u usd:%4llu", cpu, z.pcpHigh, z.pcpBatch,
                                        static_cast<unsigned long long>(z.pcpCount[cpu])));
    }
    lines.push_back("active_anon:0 inactive_anon:0 isolated_anon:0");
    lines.push_back(" active_file:0 inactive_file:0 isolated_file:0");
    lines.push_back(" unevictable:0 dirty:0 writeback:0 unstable:0");
    lines.push_back(fmt::printf(" free:%llu slab_reclaimable:0 slab_unreclaimable:%llu",
                                static_cast<unsigned long long>(free),
                                static_cast<unsigned long long>(slab)));
    lines.push_back(" mapped:0 shmem:0 pagetables:0 bounce:0");
    for (const ShowMemZone& z : mem.zones) {
        lines.push_back(fmt::printf(
            "Node 0 %s free:%llukB min:%llukB low:%llukB high:%llukB active_anon:0kB inactive_anon:0kB "
            "active_file:0kB inactive_file:0kB unevictable:0kB isolated(anon):0kB isolated(file):0kB "
            "present:%llukB mlocked:0kB dirty:0kB writeback:0kB mapped:0kB shmem:0kB slab_reclaimable:0kB "
            "slab_unreclaimable:%llukB kernel_stack:%llukB pagetables:0kB unstable:0kB bounce:0kB "
            "writeback_tmp:0kB pages_scanned:0 all_unreclaimable? no",
            z.name.c_str(), kB(z.freePages), kB(z.minPages), kB(z.lowPages), kB(z.highPages),
            kB(z.presentPages), kB(z.slabPages),
            static_cast<unsigned long long>(z.kernelStacks * k::THREAD_SIZE / 1024)));
        std::string reserve = "lowmem_reserve[]:";
        for (const std::uint64_t r : z.lowmemReserve)
            reserve += fmt::printf(" %llu", static_cast<unsigned long long>(r));
        lines.push_back(reserve);
    }
    for (const ShowMemZone& z : mem.zones) {
        std::string line = fmt::printf("Node 0 %s: ", z.name.c_str());
        std::uint64_t total = 0;
        for (std::size_t order = 0; order < z.nrFree.size(); ++order) {
            total += z.nrFree[order] << order;
            line += fmt::printf("%llu*%llukB ", static_cast<unsigned long long>(z.nrFree[order]),
                                static_cast<unsigned long long>(4ull << order));
        }
        lines.push_back(line + fmt::printf("= %llukB", kB(total)));
    }
    lines.push_back("0 total pagecache pages");
    // show_swap_cache_info(): CONFIG_SWAP=y with no swap device.
    lines.push_back("0 pages in swap cache");
    lines.push_back("Swap cache stats: add 0, delete 0, find 0/0");
    lines.push_back("Free swap  = 0kB");
    lines.push_back("Total swap = 0kB");
    lines.push_back(fmt::printf("%llu pages RAM", static_cast<unsigned long long>(mem.ramPages)));
    lines.push_back(fmt::printf("%llu pages reserved", static_cast<unsigned long long>(mem.reservedPages)));
    lines.push_back("0 pages shared");
    lines.push_back(
        fmt::printf("%llu pages non-shared", static_cast<unsigned long long>(mem.nonsharedPages)));
    return lines;
}

std::vector<std::string> showMemLines6(const ShowMem& mem, unsigned maxZone)
{
    // show_free_areas(): "free:" is every zone's NR_FREE_PAGES, "free_pcp:" only the zones up to
    // maxZone; the node line is the node's, the zone and buddy lines skip zones above maxZone.
    std::uint64_t free = 0, slab = 0, freePcp = 0;
    for (const ShowMemZone& z : mem.zones) {
        free += z.freePages;
        slab += z.slabPages;
        if (z.index <= maxZone)
            for (const std::uint64_t count : z.pcpCount)
                freePcp += count;
    }
    std::vector<std::string> lines{
        "Mem-Info:",
        "active_anon:0 inactive_anon:0 isolated_anon:0",
        " active_file:0 inactive_file:0 isolated_file:0",
        " unevictable:0 dirty:0 writeback:0",
        fmt::printf(" slab_reclaimable:0 slab_unreclaimable:%llu", static_cast<unsigned long long>(slab)),
        fmt::printf(" mapped:0 shmem:0 pagetables:%llu", static_cast<unsigned long long>(mem.pageTablePages)),
        " sec_pagetables:0 bounce:0",
        " kernel_misc_reclaimable:0",
        fmt::printf(" free:%llu free_pcp:%llu free_cma:0", static_cast<unsigned long long>(free),
                    static_cast<unsigned long long>(freePcp)),
        // kernel_stack: NR_KERNEL_STACK_KB; the task's vmalloc'ed stack is not modelled.
        fmt::printf(
            "Node 0 active_anon:0kB inactive_anon:0kB active_file:0kB inactive_file:0kB unevictable:0kB "
            "isolated(anon):0kB isolated(file):0kB mapped:0kB dirty:0kB writeback:0kB shmem:0kB "
            "kernel_stack:0kB pagetables:%llukB sec_pagetables:0kB all_unreclaimable? no Balloon:0kB",
            kB(mem.pageTablePages)),
    };
    for (const ShowMemZone& z : mem.zones) {
        if (z.index > maxZone)
            continue;
        std::uint64_t zonePcp = 0;
        for (const std::uint64_t count : z.pcpCount)
            zonePcp += count;
        lines.push_back(fmt::printf(
            "Node 0 %s free:%llukB boost:0kB min:%llukB low:%llukB high:%llukB reserved_highatomic:0KB "
            "free_highatomic:0KB active_anon:0kB inactive_anon:0kB active_file:0kB inactive_file:0kB "
            "unevictable:0kB writepending:0kB zspages:0kB present:%llukB managed:%llukB mlocked:0kB "
            "bounce:0kB "
            "free_pcp:%llukB local_pcp:%llukB free_cma:0kB",
            z.name.c_str(), kB(z.freePages), kB(z.minPages), kB(z.lowPages), kB(z.highPages),
            kB(z.presentPages), kB(z.managedPages), kB(zonePcp), kB(z.pcpCount.empty() ? 0 : z.pcpCount[0])));
        std::string reserve = "lowmem_reserve[]:";
        for (const std::uint64_t r : z.lowmemReserve)
            reserve += fmt::printf(" %llu", static_cast<unsigned long long>(r));
        lines.push_back(reserve);
    }
    for (const ShowMemZone& z : mem.zones) {
        if (z.index > maxZone)
            continue;
        std::string line = fmt::printf("Node 0 %s: ", z.name.c_str());
        std::uint64_t total = 0;
        for (std::size_t order = 0; order < z.nrFree.size(); ++order) {
            total += z.nrFree[order] << order;
            line += fmt::printf("%llu*%llukB ", static_cast<unsigned long long>(z.nrFree[order]),
                                static_cast<unsigned long long>(4ull << order));
            if (z.nrFree[order]) // show_migration_types()
                line += "(" + z.freeTypes[order] + ") ";
        }
        lines.push_back(line + fmt::printf("= %llukB", kB(total)));
    }
    // hugetlb_show_meminfo_node(): one line per hstate, and x86-64 registers only the 2 MiB one
    // (the 1 GiB hstate needs CONFIG_CONTIG_ALLOC and a CPU with GB pages); none reserved.
    lines.push_back("Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB");
    lines.push_back("0 total pagecache pages");
    // show_swap_cache_info(), 6.18: no "Swap cache stats" line any more.
    lines.push_back("0 pages in swap cache");
    lines.push_back("Free swap  = 0kB");
    lines.push_back("Total swap = 0kB");
    // __show_mem(): every populated zone, whatever maxZone; no CMA or hwpoison lines without
    // CONFIG_CMA and CONFIG_MEMORY_FAILURE.
    lines.push_back(fmt::printf("%llu pages RAM", static_cast<unsigned long long>(mem.ramPages)));
    lines.push_back("0 pages HighMem/MovableOnly");
    lines.push_back(fmt::printf("%llu pages reserved", static_cast<unsigned long long>(mem.reservedPages)));
    return lines;
}

std::vector<std::string> unreclaimableSlabLines(const ShowMem& mem)
{
    std::vector<std::string> lines{"Unreclaimable slab info:",
                                   "Name                      Used          Total"};
    for (const ShowMem::SlabCacheUse& cache : mem.slabCaches)
        if (cache.objects > 0)
            lines.push_back(
                fmt::printf("%-17s %10lluKB %10lluKB", cache.name.c_str(),
                            static_cast<unsigned long long>(cache.activeObjects * cache.objectSize / 1024),
                            static_cast<unsigned long long>(cache.objects * cache.objectSize / 1024)));
    return lines;
}

} // namespace vmviz
