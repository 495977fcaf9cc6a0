// SPDX-License-Identifier: GPL-2.0-only
#include "machine/OutOfMemory.h"

#include "base/Constants.h"
#include "klog/KernelText.h"
#include "paging/PageTables.h"
#include "phys/PhysicalMemory.h"
#include "slab/Slab.h"
#include "trace/Trace.h"
#include "vmalloc/Vmalloc.h"

#include <cmath>

namespace vmviz {

namespace {
// sysctl_lowmem_reserve_ratio[] for DMA, DMA32 and Normal (mm/page_alloc.c, 2.6.36).
constexpr std::uint64_t kLowmemReserveRatio[] = {256, 256, 32};
constexpr unsigned kKernelZones = 4; // DMA, DMA32, Normal, Movable

std::uint64_t intSqrt(std::uint64_t x)
{
    auto r = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(x)));
    while (r * r > x)
        --r;
    while ((r + 1) * (r + 1) <= x)
        ++r;
    return r;
}
} // namespace

ShowMem showMemOf(const PhysicalMemory& phys, unsigned cpus)
{
    std::array<std::uint64_t, kKernelZones> present{};
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
        present[z] = phys.zone(z).presentPages;
    std::uint64_t lowmemPages = 0;
    for (const std::uint64_t p : present)
        lowmemPages += p;

    // init_per_zone_wmark_min(): min_free_kbytes = sqrt(16 * lowmem kB), 128 to 65536, from
    // nr_free_buffer_pages() taken before any watermark was set (all present pages).
    const std::uint64_t minFreeKbytes = std::clamp<std::uint64_t>(intSqrt(lowmemPages * 4 * 16), 128, 65536);
    const std::uint64_t pagesMin = minFreeKbytes >> 2;

    // setup_per_zone_lowmem_reserve(): lower_zone->lowmem_reserve[j] = pages above it / ratio.
    std::array<std::array<std::uint64_t, kKernelZones>, kKernelZones> reserve{};
    for (unsigned j = 0; j < kKernelZones; ++j) {
        std::uint64_t pages = present[j];
        for (unsigned idx = j; idx-- > 0;) {
            reserve[idx][j] = pages / kLowmemReserveRatio[idx];
            pages += present[idx];
        }
    }

    ShowMem mem;
    std::array<std::uint64_t, MAX_NR_ZONES> slab{};
    std::array<std::uint64_t, MAX_NR_ZONES> stacks{}; // NR_KERNEL_STACK: one per task
    const std::vector<std::uint8_t>& owners = phys.owners();
    for (std::uint64_t pfn = 0; pfn < owners.size(); ++pfn) {
        const auto owner = static_cast<FrameOwner>(owners[pfn]);
        if (owner == FrameOwner::Reserved)
            ++mem.reservedPages;
        else if (owner == FrameOwner::KernelStack)
            mem.nonsharedPages += phys.index(Pfn{pfn}) == 0; // not compound: the tail's count is 0
        else if (owner != FrameOwner::Free && owner != FrameOwner::PerCpuList)
            ++mem.nonsharedPages; // page_count() == 1, a compound page's tails included
        if (owner == FrameOwner::Slab)
            ++slab[phys.zoneOf(Pfn{pfn})];
        if (owner == FrameOwner::KernelStack && phys.index(Pfn{pfn}) == 0)
            ++stacks[phys.zoneOf(Pfn{pfn})];
    }
    mem.ramPages = phys.frameCount();
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        const ZoneLayout& layout = phys.zone(z);
        if (!layout.populated())
            continue;
        ShowMemZone zone;
        zone.name = std::string(zoneName(z));
        zone.index = z;
        zone.presentPages = layout.presentPages;
        zone.freePages = phys.freePagesCounter(z);
        // setup_per_zone_wmarks(): min in proportion to the zone's share of lowmem.
        const std::uint64_t tmp = lowmemPages ? pagesMin * layout.presentPages / lowmemPages : 0;
        zone.minPages = tmp;
        zone.lowPages = tmp + (tmp >> 2);
        zone.highPages = tmp + (tmp >> 1);
        zone.slabPages = slab[z];
        zone.kernelStacks = stacks[z];
        zone.lowmemReserve = reserve[z];
        for (unsigned order = 0; order < k::MAX_ORDER; ++order)
            zone.nrFree[order] = phys.nrFree(z, order);
        zone.pcpHigh = layout.high;
        zone.pcpBatch = layout.batch;
        zone.pcpCount.assign(cpus ? cpus : 1, 0);
        zone.pcpCount[0] = phys.pcpCount(z);
        zone.managedPages = layout.managedPages;
        for (unsigned order = 0; order < k::MAX_ORDER; ++order)
            for (const unsigned mt : {0u, 2u, 1u}) // Unmovable, Movable, Reclaimable: 6.x's letter order
                if (!phys.freeList(z, order, mt).empty())
                    zone.freeTypes[order] += mt == 0 ? 'U' : mt == 2 ? 'M' : 'E';
        mem.zones.push_back(std::move(zone));
    }
    if (phys.pcpScheme() == PcpScheme::Linux618) {
        // 6.18: watermarks from managed pages (PcpTuning), lowmem_reserve[] likewise
        // (setup_per_zone_lowmem_reserve), and "pages RAM" / "reserved" from present - managed.
        mem.ramPages = 0;
        mem.reservedPages = 0;
        for (ShowMemZone& zone : mem.zones) {
            const unsigned z = zone.index;
            const PcpLimits618& limits = phys.limits618(z);
            zone.minPages = limits.wmarkMin;
            zone.lowPages = limits.wmarkLow;
            zone.highPages = limits.wmarkLow + (limits.wmarkLow - limits.wmarkMin);
            zone.lowmemReserve = {};
            std::uint64_t above = 0;
            for (unsigned j = z + 1; j < kKernelZones; ++j) {
                above += j < MAX_NR_ZONES ? phys.zone(j).managedPages : 0;
                zone.lowmemReserve[j] = zone.managedPages ? above / kLowmemReserveRatio[z] : 0;
            }
            // present_pages in 6.x is the span less holes (the model has none): memmap is in it.
            zone.presentPages = phys.zone(z).endPfn - phys.zone(z).startPfn;
            mem.ramPages += zone.presentPages;
            mem.reservedPages += zone.presentPages - std::min(zone.presentPages, zone.managedPages);
        }
        for (std::uint64_t pfn = 0; pfn < owners.size(); ++pfn)
            // NR_PAGETABLE counts the tables pagetable_*_ctor() set up, not init_mm's PGD in the image.
            if (static_cast<FrameOwner>(owners[pfn]) == FrameOwner::PageTable &&
                phys.aux(Pfn{pfn}) != LEVEL_PGD && phys.aux(Pfn{pfn}) != LEVEL_PGD_L5)
                ++mem.pageTablePages;
    }
    return mem;
}

std::vector<ShowMem::SlabCacheUse> slabCacheUse(const Slab& slab)
{
    // get_slabinfo(): num_objs counts every slab's objects; active_objs takes off only the free
    // objects of the node's partial slabs (count_partial_free_approx). A CPU slab is frozen with
    // inuse = objects and a full slab has none free, so objects - inuse over the live slabs is it.
    std::vector<ShowMem::SlabCacheUse> caches(slab.cacheCount());
    for (unsigned c = 0; c < slab.cacheCount(); ++c) {
        caches[c].name = slab.cache(c).name;
        caches[c].objectSize = slab.cache(c).size;
    }
    for (std::uint32_t s = slab.firstSlabId(); s < slab.slabCount(); ++s) {
        if (!slab.slabAlive(s))
            continue;
        ShowMem::SlabCacheUse& cache = caches[slab.slabCache(s)];
        cache.objects += slab.cache(slab.slabCache(s)).objects;
        cache.activeObjects += slab.slabInuse(s);
    }
    return caches;
}

OutOfMemory::OutOfMemory(Journal& journal, Recorder& recorder, const PhysicalMemory& phys, const Slab& slab,
                         KernelText& text, const Vmalloc& vmalloc, unsigned cpus)
    : m_recorder(recorder), m_phys(phys), m_slab(slab), m_text(text), m_vmalloc(vmalloc), m_cpus(cpus),
      m_memdie(journal, MachinePart::Task, "task.memdie")
{
    m_memdie.resize(1);
}

void OutOfMemory::outOfMemory(std::uint32_t gfp, unsigned order)
{
    // select_bad_process() finds the scenario's task, the only one the model has; it is not
    // exiting, so oom_kill_process() prints dump_header() and kills it: SIGKILL and TIF_MEMDIE.
    // The module's init keeps running (2.6.36's vmalloc does not check for a fatal signal), so
    // the scenario goes on; the task would die on its return to user space.
    const std::uint64_t totalPages = m_phys.totalramPages(); // + total_swap_pages, 0
    ShowMem mem = showMemOf(m_phys, m_cpus);
    mem.slabCaches = slabCacheUse(m_slab);
    const auto lines =
        m_text.oomKill(order, gfp, m_recorder.openCalls(), m_vmalloc.callerOffset(), mem, totalPages);
    // The step's headline is the kill: 2.6.36's "Out of memory: Kill process …" is the line before
    // "Killed process …"; 6.18's "Out of memory: Killed process …" comes last.
    const bool linux6 = m_text.identity().layout == TextLayout::Linux6;
    m_recorder.printk(Ev::OomKill, linux6 ? lines.back() : lines[lines.size() - 2], lines);
    m_memdie.set(0, 1);
}

void OutOfMemory::allocationFailed(std::uint32_t gfp, unsigned order)
{
    const auto lines = m_text.pageAllocFailure(order, gfp, m_recorder.openCalls(), m_vmalloc.callerOffset(),
                                               showMemOf(m_phys, m_cpus));
    m_recorder.printk(Ev::LogLine, lines.front(), lines);
}

void OutOfMemory::warnAlloc(std::uint32_t gfp, const std::string& message)
{
    // warn_alloc() from mm/vmalloc.c: under the open vmalloc calls, so dump_stack() lists them.
    const auto lines =
        m_text.warnAlloc(message, gfp, {"dump_stack_lvl", "warn_alloc"}, m_recorder.openCalls(),
                         m_vmalloc.callerOffset(), showMemOf(m_phys, m_cpus));
    m_recorder.printk(Ev::LogLine, lines.front(), lines);
}

void OutOfMemory::failureInjected(FailurePoint point)
{
    const auto lines = point == FailurePoint::Slab
                           ? m_text.faultInjection({"should_fail", "should_failslab"}, m_recorder.openCalls(),
                                                   m_vmalloc.callerOffset())
                           : m_text.faultInjection({"should_fail", "__alloc_pages_nodemask"},
                                                   m_recorder.openCalls(), m_vmalloc.callerOffset());
    m_recorder.printk(Ev::LogLine, lines.front(), lines);
}

} // namespace vmviz
