// SPDX-License-Identifier: GPL-2.0-only
#include "phys/PhysicalMemory.h"

#include "base/Constants.h"
#include "trace/StepRoles.h"

#include <bit>
#include <cassert>

namespace vmviz {

std::string_view frameOwnerName(FrameOwner owner)
{
    switch (owner) {
    case FrameOwner::Reserved:
        return "reserved";
    case FrameOwner::Free:
        return "free";
    case FrameOwner::PerCpuList:
        return "on the per-CPU list";
    case FrameOwner::VmallocData:
        return "a vmalloc data page";
    case FrameOwner::VmallocPageArray:
        return "a page of a vmalloc'ed page array";
    case FrameOwner::PageTable:
        return "a page-table page";
    case FrameOwner::KernelStack:
        return "a task's kernel stack";
    case FrameOwner::Slab:
        return "a slab page";
    case FrameOwner::Count:
        break;
    }
    return "?";
}

std::string_view reservedKindName(ReservedKind kind)
{
    switch (kind) {
    case ReservedKind::LowMemory:
        return "BIOS and low memory";
    case ReservedKind::KernelImage:
        return "kernel image";
    case ReservedKind::MemMap:
        return "mem_map (struct page array)";
    }
    return "?";
}

std::string_view zoneName(unsigned zone)
{
    static constexpr std::string_view names[] = {"DMA", "DMA32", "Normal"};
    return zone < MAX_NR_ZONES ? names[zone] : "?";
}

std::string_view migratetypeName(unsigned mt)
{
    // mm/vmstat.c migratetype_names[].
    static constexpr std::string_view names[] = {"Unmovable", "Reclaimable", "Movable", "Reserve", "Isolate"};
    return mt < MIGRATE_TYPES ? names[mt] : "?";
}

namespace {

// fallbacks[] in mm/page_alloc.c (2.6.36).
constexpr unsigned kFallbacks[MIGRATE_TYPES][MIGRATE_TYPES - 1] = {
    {MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE, MIGRATE_RESERVE},
    {MIGRATE_UNMOVABLE, MIGRATE_MOVABLE, MIGRATE_RESERVE},
    {MIGRATE_RECLAIMABLE, MIGRATE_UNMOVABLE, MIGRATE_RESERVE},
    {MIGRATE_RESERVE, MIGRATE_RESERVE, MIGRATE_RESERVE},
    {MIGRATE_RESERVE, MIGRATE_RESERVE, MIGRATE_RESERVE},
};

constexpr std::uint64_t kPageblockPages = 1ull << k::pageblock_order;
constexpr std::uint64_t kSectionPages = (128ull << 20) >> k::PAGE_SHIFT; // SECTION_SIZE_BITS 27

// allocflags_to_migratetype() for the GFP bits the model meets (no __GFP_RECLAIMABLE users).
unsigned migratetypeFor(std::uint32_t gfp)
{
    return (gfp & k::__GFP_MOVABLE) ? MIGRATE_MOVABLE : MIGRATE_UNMOVABLE;
}

// zone_batchsize() and setup_pageset().
void setBatch(ZoneLayout& zone)
{
    std::uint64_t batch = zone.presentPages / 1024;
    if (batch * k::PAGE_SIZE > 512 * 1024)
        batch = (512 * 1024) / k::PAGE_SIZE;
    batch /= 4;
    if (batch < 1)
        batch = 1;
    batch = std::bit_floor(batch + batch / 2) - 1;
    zone.high = static_cast<std::uint32_t>(6 * batch);
    zone.batch = static_cast<std::uint32_t>(batch < 1 ? 1 : batch);
}

} // namespace

PhysicalMemory::PhysicalMemory(Journal& journal, Recorder& recorder)
    : m_recorder(recorder), m_owner(journal, MachinePart::Frames, "frame.owner"),
      m_aux(journal, MachinePart::Frames, "frame.aux"),
      m_linkA(journal, MachinePart::FrameLinks, "frame.linkA"),
      m_linkB(journal, MachinePart::FrameLinks, "frame.linkB"),
      m_pageblockMt(journal, MachinePart::Pageblocks, "pageblock.mt"),
      m_counters(journal, MachinePart::ZoneCounters, "zone.counters"),
      m_inFlight(journal, MachinePart::BuddyInFlight, "buddy.in_flight"), m_lists(m_linkA, m_linkB)
{
}

void PhysicalMemory::boot(std::uint64_t ramBytes, Pfn pgdPfn)
{
    m_frames = ramBytes >> k::PAGE_SHIFT;
    const std::uint64_t n = m_frames;
    m_zones[ZONE_DMA] = {0, std::min(n, k::MAX_DMA_PFN), 0, 0, 0};
    m_zones[ZONE_DMA32] = {std::min(n, k::MAX_DMA_PFN), std::min(n, k::MAX_DMA32_PFN), 0, 0, 0};
    m_zones[ZONE_NORMAL] = {std::min(n, k::MAX_DMA32_PFN), n, 0, 0, 0};

    // Boot-time reservations (illustrative but typical): the first MiB, the kernel image at
    // CONFIG_PHYSICAL_START = 16 MiB, and the vmemmap backing, one 2 MiB block per 128 MiB section
    // at the top of memory (vmemmap_populate).
    const std::uint64_t memmapPages = ((n + kSectionPages - 1) / kSectionPages) * 512;
    m_reserved = {
        {0, 0x100, ReservedKind::LowMemory},
        {0x1000, 0x1a00, ReservedKind::KernelImage},
        {n - memmapPages, n, ReservedKind::MemMap},
    };

    m_owner.resize(n);
    m_aux.resize(n);
    const std::size_t nodes = n + MAX_NR_ZONES * kHeadsPerZone;
    m_linkA.resize(nodes);
    m_linkB.resize(nodes);
    m_pageblockMt.resize((n + kPageblockPages - 1) / kPageblockPages);
    // 6.18 keeps CPU 0's pcp->high, alloc_factor and free_count per zone after the counters.
    m_counters.resize(MAX_NR_ZONES * kCountersPerZone +
                      (m_pcpScheme == PcpScheme::Linux618 ? MAX_NR_ZONES * 3 : 0));
    m_inFlight.resize(2);
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        for (unsigned order = 0; order < k::MAX_ORDER; ++order)
            for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt)
                m_lists.initHead(freeHead(z, order, mt));
        for (unsigned mt = 0; mt < MIGRATE_PCPTYPES; ++mt)
            m_lists.initHead(pcpHead(z, mt));
    }
    // memmap_init_zone(): every pageblock starts MIGRATE_MOVABLE.
    for (std::size_t b = 0; b < m_pageblockMt.size(); ++b)
        m_pageblockMt.initialize(b, MIGRATE_MOVABLE);

    std::vector<bool> reserved(n, false);
    for (const ReservedRange& r : m_reserved)
        for (std::uint64_t p = r.startPfn; p < r.endPfn; ++p) {
            reserved[p] = true;
            m_aux.initialize(p, static_cast<std::uint8_t>(r.kind));
        }
    reserved[pgdPfn.value()] = true;

    // present_pages = spanned - memmap pages - (for DMA) dma_reserve (free_area_init_core).
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        ZoneLayout& zone = m_zones[z];
        const std::uint64_t spanned = zone.endPfn - zone.startPfn;
        const std::uint64_t memmap = k::pageAlign(spanned * k::SIZEOF_STRUCT_PAGE) >> k::PAGE_SHIFT;
        zone.presentPages = spanned >= memmap ? spanned - memmap : spanned;
        if (z == ZONE_DMA)
            zone.presentPages -= std::min<std::uint64_t>(zone.presentPages, 0x100);
        setBatch(zone);
    }

    // free_all_bootmem_core(): ascending, a 64-page chunk at once where all of it is free.
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        const ZoneLayout& zone = m_zones[z];
        std::uint64_t p = zone.startPfn;
        while (p < zone.endPfn) {
            if (reserved[p]) {
                ++p;
                continue;
            }
            unsigned order = 0;
            if (p % 64 == 0 && p + 64 <= zone.endPfn) {
                bool all = true;
                for (std::uint64_t q = p; q < p + 64 && all; ++q)
                    all = !reserved[q];
                if (all)
                    order = 6;
            }
            freeOneBlock(z, p, order, MIGRATE_MOVABLE);
            addCounter(z, kFreePages, std::int64_t{1} << order);
            m_totalram += 1ull << order;
            m_zones[z].managedPages += 1ull << order;
            p += 1ull << order;
        }
    }
    if (m_pcpScheme == PcpScheme::Linux618) {
        // init_per_zone_wmark_min() → setup_per_zone_wmarks() → zone_pcp_update(): limits from
        // the managed pages, after every CPU is online. pcp->high itself starts at 0 and is
        // clamped into [high_min, high_max] by the first refill.
        std::array<std::uint64_t, MAX_NR_ZONES> managed{};
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
            managed[z] = m_zones[z].managedPages;
        m_limits618 = pcpLimits618(managed, m_cpus);
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
            m_zones[z].batch = m_limits618[z].batch;
            m_zones[z].high = m_limits618[z].highMin;
            m_zones[z].highMax = m_limits618[z].highMax;
        }
    }
}

std::optional<Pfn> PhysicalMemory::takeAtBoot(unsigned order, const OwnerTag& tag)
{
    unsigned zone = ZONE_NORMAL;
    while (zone > ZONE_DMA && !m_zones[zone].populated())
        --zone;
    for (unsigned current = k::MAX_ORDER; current-- > order;) {
        const std::uint32_t head = freeHead(zone, current, MIGRATE_MOVABLE);
        if (m_lists.empty(head))
            continue;
        std::uint64_t pfn = m_lists.last(head);
        m_lists.remove(static_cast<std::uint32_t>(pfn));
        m_aux.set(pfn, kFreeTail);
        addCounter(zone, current, -1);
        // Split towards the top: each lower half goes back to its free list, as expand() would.
        for (unsigned h = current; h > order;) {
            --h;
            m_lists.addHead(freeHead(zone, h, MIGRATE_MOVABLE), static_cast<std::uint32_t>(pfn));
            addCounter(zone, h, +1);
            setFreeHead(pfn, h);
            pfn += 1ull << h;
        }
        addCounter(zone, kFreePages, -(std::int64_t{1} << order));
        for (std::uint64_t i = 0; i < (1ull << order); ++i)
            setOwner(Pfn{pfn + i}, OwnerTag{tag.owner, tag.aux, tag.ref, static_cast<std::uint32_t>(i)});
        return Pfn{pfn};
    }
    return std::nullopt;
}

unsigned PhysicalMemory::zoneOf(Pfn pfn) const
{
    const std::uint64_t p = pfn.value();
    if (p < m_zones[ZONE_DMA].endPfn)
        return ZONE_DMA;
    if (p < m_zones[ZONE_DMA32].endPfn)
        return ZONE_DMA32;
    return ZONE_NORMAL;
}

void PhysicalMemory::addCounter(unsigned zone, unsigned field, std::int64_t delta)
{
    const unsigned i = counterIndex(zone, field);
    m_counters.set(i, static_cast<std::uint64_t>(static_cast<std::int64_t>(m_counters[i]) + delta));
}

void PhysicalMemory::setFreeHead(std::uint64_t pfn, unsigned order)
{
    m_owner.set(pfn, static_cast<std::uint8_t>(FrameOwner::Free));
    m_aux.set(pfn, static_cast<std::uint8_t>(order));
}

bool PhysicalMemory::pageIsBuddy(std::uint64_t buddyPfn, unsigned order, unsigned zone) const
{
    if (buddyPfn >= m_frames || zoneOf(Pfn{buddyPfn}) != zone)
        return false;
    return m_owner[buddyPfn] == static_cast<std::uint8_t>(FrameOwner::Free) && m_aux[buddyPfn] == order;
}

void PhysicalMemory::expand(unsigned zone, std::uint64_t pfn, unsigned low, unsigned high, unsigned mt)
{
    std::uint64_t size = 1ull << high;
    while (high > low) {
        --high;
        size >>= 1;
        const std::uint64_t half = pfn + size;
        m_lists.addHead(freeHead(zone, high, mt), static_cast<std::uint32_t>(half));
        addCounter(zone, high, +1);
        setFreeHead(half, high);
        m_recorder.effect(Ev::Expand, half, high);
    }
}

std::optional<Pfn> PhysicalMemory::rmqueueSmallest(unsigned zone, unsigned order, unsigned mt)
{
    for (unsigned current = order; current < k::MAX_ORDER; ++current) {
        const std::uint32_t head = freeHead(zone, current, mt);
        if (m_lists.empty(head))
            continue;
        const std::uint32_t page = m_lists.first(head);
        m_lists.remove(page);
        m_aux.set(page, kFreeTail); // rmv_page_order
        m_inFlight.set(0, std::uint64_t{page} + 1);
        m_inFlight.set(1, current);
        addCounter(zone, current, -1);
        m_recorder.effect(Ev::Rmqueue, page, packBlockOrders(current, order), packZoneMigratetype(zone, mt));
        expand(zone, page, order, current, mt);
        return Pfn{page};
    }
    return std::nullopt;
}

std::uint64_t PhysicalMemory::moveFreepagesBlock(unsigned zone, std::uint64_t pfn, unsigned mt)
{
    std::uint64_t start = pfn & ~(kPageblockPages - 1);
    const std::uint64_t end = start + kPageblockPages - 1;
    if (start < m_zones[zone].startPfn)
        start = pfn;
    if (end >= m_zones[zone].endPfn)
        return 0;
    std::uint64_t moved = 0;
    for (std::uint64_t p = start; p <= end;) {
        if (m_owner[p] != static_cast<std::uint8_t>(FrameOwner::Free) || m_aux[p] == kFreeTail) {
            ++p;
            continue;
        }
        const unsigned order = m_aux[p];
        m_lists.remove(static_cast<std::uint32_t>(p));
        m_lists.addHead(freeHead(zone, order, mt), static_cast<std::uint32_t>(p));
        p += 1ull << order;
        moved += 1ull << order;
    }
    return moved;
}

std::optional<Pfn> PhysicalMemory::rmqueueFallback(unsigned zone, unsigned order, unsigned startMt)
{
    for (int current = static_cast<int>(k::MAX_ORDER) - 1; current >= static_cast<int>(order); --current) {
        for (unsigned i = 0; i < MIGRATE_TYPES - 1; ++i) {
            unsigned mt = kFallbacks[startMt][i];
            if (mt == MIGRATE_RESERVE)
                continue;
            const std::uint32_t head = freeHead(zone, static_cast<unsigned>(current), mt);
            if (m_lists.empty(head))
                continue;
            const std::uint32_t page = m_lists.first(head);
            addCounter(zone, static_cast<unsigned>(current), -1);
            const unsigned fromMt = mt;
            if (static_cast<unsigned>(current) >= (k::pageblock_order >> 1) ||
                startMt == MIGRATE_RECLAIMABLE) {
                const std::uint64_t pages = moveFreepagesBlock(zone, page, startMt);
                if (pages >= (1ull << (k::pageblock_order - 1)))
                    m_pageblockMt.set(page >> k::pageblock_order, static_cast<std::uint8_t>(startMt));
                mt = startMt;
            }
            m_lists.remove(page);
            m_aux.set(page, kFreeTail);
            m_inFlight.set(0, std::uint64_t{page} + 1);
            m_inFlight.set(1, static_cast<unsigned>(current));
            if (static_cast<unsigned>(current) >= k::pageblock_order) {
                // change_pageblock_range()
                const std::uint64_t blocks = 1ull << (static_cast<unsigned>(current) - k::pageblock_order);
                for (std::uint64_t b = 0; b < blocks; ++b)
                    m_pageblockMt.set((page >> k::pageblock_order) + b, static_cast<std::uint8_t>(startMt));
            }
            m_recorder.effect(Ev::RmqueueFallback, page,
                              packBlockOrders(static_cast<unsigned>(current), order),
                              packZoneMigratetype(zone, startMt, fromMt));
            expand(zone, page, order, static_cast<unsigned>(current), mt);
            return Pfn{page};
        }
    }
    return std::nullopt;
}

std::optional<Pfn> PhysicalMemory::rmqueue(unsigned zone, unsigned order, unsigned mt)
{
    // MIGRATE_RESERVE pageblocks are not modelled (setup_zone_migrate_reserve), so the reserve
    // retry of __rmqueue finds nothing more.
    if (auto page = rmqueueSmallest(zone, order, mt))
        return page;
    return rmqueueFallback(zone, order, mt);
}

std::optional<Pfn> PhysicalMemory::allocFromZone(unsigned zone, unsigned order, unsigned mt)
{
    if (order > 0) {
        auto page = rmqueue(zone, order, mt);
        if (page)
            addCounter(zone, kFreePages, -(std::int64_t{1} << order));
        return page;
    }
    // buffered_rmqueue(), order 0: the per-CPU list, refilled by rmqueue_bulk() when empty.
    const std::uint32_t list = pcpHead(zone, mt);
    if (m_lists.empty(list)) {
        const ZoneLayout& z = m_zones[zone];
        m_recorder.effect(Ev::PcpRefillNeeded, packZoneMigratetype(zone, mt), z.batch);
        if (rmqueueBulk(zone, mt, z.batch) == 0)
            return std::nullopt;
    }
    const std::uint32_t page = m_lists.first(list); // hot: list->next
    m_lists.remove(page);
    addCounter(zone, kPcpCount, -1);
    m_recorder.effect(Ev::PcpTake, page, packZoneMigratetype(zone, mt), counter(zone, kPcpCount));
    return Pfn{page};
}

std::uint64_t PhysicalMemory::rmqueueBulk(unsigned zone, unsigned mt, std::uint64_t count)
{
    const std::uint32_t list = pcpHead(zone, mt);
    if (m_recorder.recording()) // the names are interned only for the trace
        m_recorder.call(Fn::rmqueue_bulk, m_recorder.intern(zoneName(zone)), count,
                        m_recorder.intern(migratetypeName(mt)));
    std::uint64_t got = 0;
    for (; got < count; ++got) {
        auto page = rmqueue(zone, 0, mt);
        if (!page)
            break;
        // list_add(&page->lru, list); list = &page->lru: each page after the previous one
        // (6.18: list_add_tail, the same order).
        m_lists.addTail(list, static_cast<std::uint32_t>(page->value()));
        m_owner.set(page->value(), static_cast<std::uint8_t>(FrameOwner::PerCpuList));
        m_aux.set(page->value(), static_cast<std::uint8_t>(mt));
        m_inFlight.set(0, 0);
        // Its own step: otherwise the frame would turn per-CPU in the next __rmqueue's step,
        // which is about another frame.
        m_recorder.effect(Ev::PcpBulkAdd, page->value(), packZoneMigratetype(zone, mt), got + 1);
    }
    addCounter(zone, kFreePages, -static_cast<std::int64_t>(got));
    addCounter(zone, kPcpCount, static_cast<std::int64_t>(got));
    m_recorder.ret(Fn::rmqueue_bulk, got);
    return got;
}

PcpState618 PhysicalMemory::pcpState(unsigned zone) const
{
    if (m_pcpScheme != PcpScheme::Linux618)
        return {};
    const std::size_t at = MAX_NR_ZONES * kCountersPerZone + zone * 3;
    return {static_cast<std::uint32_t>(m_counters[at]), static_cast<std::uint32_t>(m_counters[at + 1]),
            static_cast<std::uint32_t>(m_counters[at + 2])};
}

void PhysicalMemory::setPcpState(unsigned zone, const PcpState618& state)
{
    const std::size_t at = MAX_NR_ZONES * kCountersPerZone + zone * 3;
    m_counters.set(at, state.high);
    m_counters.set(at + 1, state.allocFactor);
    m_counters.set(at + 2, state.freeCount);
}

std::optional<Pfn> PhysicalMemory::rmqueuePcplist618(unsigned zone, unsigned mt, bool bulk)
{
    // rmqueue_pcplist() halves free_count ("on allocation, reduce the number of pages that are
    // batch freed"); alloc_pages_bulk_noprof() calls __rmqueue_pcplist() directly and does not.
    PcpState618 pcp = pcpState(zone);
    if (!bulk)
        pcp.freeCount >>= 1;
    const std::uint32_t list = pcpHead(zone, mt);
    if (m_lists.empty(list) && m_bootPagesets) {
        // A boot pageset (high 0 < batch 1): nr_pcp_alloc() returns 1, and its state stays 0.
        if (rmqueueBulk(zone, mt, 1) == 0)
            return std::nullopt;
    } else if (m_lists.empty(list)) {
        // __rmqueue_pcplist(): nr_pcp_alloc() sizes the refill from batch, alloc_factor and high.
        const std::uint32_t batch = nrPcpAlloc618(pcp, m_limits618[zone], counter(zone, kPcpCount), 0);
        setPcpState(zone, pcp);
        m_recorder.effect(Ev::PcpAllocBatch618, batch, pcp.allocFactor, pcp.high);
        m_recorder.effect(Ev::PcpRefillNeeded, packZoneMigratetype(zone, mt), batch);
        if (rmqueueBulk(zone, mt, batch) == 0)
            return std::nullopt;
    } else {
        setPcpState(zone, pcp);
    }
    const std::uint32_t page = m_lists.first(list); // list_first_entry
    m_lists.remove(page);
    addCounter(zone, kPcpCount, -1);
    m_recorder.effect(Ev::PcpTake, page, packZoneMigratetype(zone, mt), counter(zone, kPcpCount));
    return Pfn{page};
}

std::optional<Pfn> PhysicalMemory::allocPages(std::uint32_t gfp, unsigned order, const OwnerTag& tag,
                                              bool bulk)
{
    // gfp_zone(): on x86-64 __GFP_HIGHMEM means ZONE_NORMAL; the zonelist falls back downwards.
    int highest = ZONE_NORMAL;
    if (gfp & k::__GFP_DMA)
        highest = ZONE_DMA;
    else if (gfp & k::__GFP_DMA32)
        highest = ZONE_DMA32;
    const unsigned mt = migratetypeFor(gfp);
    const auto fromZonelist = [&]() -> std::optional<Pfn> {
        // Watermarks and reclaim are not modelled: a zone serves while it has pages.
        for (int z = highest; z >= 0; --z) {
            if (!m_zones[z].populated())
                continue;
            // 6.18 keeps per-CPU lists for orders 1-3 too (pcp_allowed_order); the model sends
            // those to the buddy allocator, as 2.6.36 did.
            auto page = order == 0 && m_pcpScheme == PcpScheme::Linux618
                            ? rmqueuePcplist618(static_cast<unsigned>(z), mt, bulk)
                            : allocFromZone(static_cast<unsigned>(z), order, mt);
            if (!page)
                continue;
            for (std::uint64_t i = 0; i < (1ull << order); ++i)
                setOwner(Pfn{page->value() + i}, OwnerTag{tag.owner, tag.aux, tag.ref, tag.index});
            m_inFlight.set(0, 0);
            return page;
        }
        return std::nullopt;
    };
    if (auto page = fromZonelist())
        return page;

    // __alloc_pages_slowpath(): the model has nothing to reclaim (no page cache, no swap), so
    // direct reclaim makes no progress. A GFP_KERNEL-like request of order <= 3 for ZONE_NORMAL
    // then calls __alloc_pages_may_oom(); lowmem (vmalloc_32), costly orders, __GFP_NORETRY and
    // a task the OOM killer already chose (TIF_MEMDIE) go straight to nopage.
    const bool mayOom = (gfp & k::__GFP_WAIT) && (gfp & k::__GFP_FS) && !(gfp & k::__GFP_NORETRY) &&
                        order <= k::PAGE_ALLOC_COSTLY_ORDER && highest >= ZONE_NORMAL;
    if (m_failures && mayOom && !m_failures->taskIsDying()) {
        m_failures->outOfMemory(gfp, order);
        // restart: TIF_MEMDIE lets the retry ignore the watermarks, but the model keeps no
        // reserve below them, so the zones are as empty as before.
        if (auto page = fromZonelist())
            return page;
    }
    m_recorder.effect(Ev::PageAllocFailure, order, gfp);
    if (m_failures && !(gfp & k::__GFP_NOWARN))
        m_failures->allocationFailed(gfp, order);
    return std::nullopt;
}

void PhysicalMemory::setOwner(Pfn pfn, const OwnerTag& tag)
{
    const std::uint64_t p = pfn.value();
    m_owner.set(p, static_cast<std::uint8_t>(tag.owner));
    m_aux.set(p, tag.aux);
    m_linkA.set(p, tag.ref);
    m_linkB.set(p, tag.index);
}

void PhysicalMemory::freeOneBlock(unsigned zone, std::uint64_t pfn, unsigned order, unsigned mt)
{
    // __free_one_page().
    for (std::uint64_t i = 0; i < (1ull << order); ++i) {
        m_owner.set(pfn + i, static_cast<std::uint8_t>(FrameOwner::Free));
        m_aux.set(pfn + i, kFreeTail);
    }
    const std::uint64_t freed = pfn;
    while (order < k::MAX_ORDER - 1) {
        const std::uint64_t buddy = pfn ^ (1ull << order);
        if (!pageIsBuddy(buddy, order, zone))
            break;
        m_lists.remove(static_cast<std::uint32_t>(buddy));
        addCounter(zone, order, -1);
        m_aux.set(buddy, kFreeTail);
        pfn &= ~(1ull << order);
        ++order;
    }
    setFreeHead(pfn, order);
    bool tail = false;
    if (order < k::MAX_ORDER - 2) {
        // A block whose next-higher buddy is free is likely to merge soon: keep it at the tail.
        const std::uint64_t combined = pfn & ~(1ull << order);
        const std::uint64_t higherBuddy = combined ^ (1ull << (order + 1));
        tail = pageIsBuddy(higherBuddy, order + 1, zone);
    }
    if (tail)
        m_lists.addTail(freeHead(zone, order, mt), static_cast<std::uint32_t>(pfn));
    else
        m_lists.addHead(freeHead(zone, order, mt), static_cast<std::uint32_t>(pfn));
    addCounter(zone, order, +1);
    m_recorder.effect(Ev::BuddyFree, freed, order, pfn);
}

void PhysicalMemory::freePcppagesBulk(unsigned zone, std::uint64_t count)
{
    if (m_recorder.recording())
        m_recorder.call(Fn::free_pcppages_bulk, m_recorder.intern(zoneName(zone)), count);
    unsigned mt = 0;
    unsigned batchFree = 0;
    std::uint64_t toFree = count;
    addCounter(zone, kFreePages, static_cast<std::int64_t>(count));
    while (toFree) {
        std::uint32_t list = 0;
        unsigned tries = 0;
        do {
            ++batchFree;
            if (++mt == MIGRATE_PCPTYPES)
                mt = 0;
            list = pcpHead(zone, mt);
        } while (m_lists.empty(list) && ++tries <= MIGRATE_PCPTYPES);
        assert(!m_lists.empty(list) && "per-CPU count says pages remain but every list is empty");
        if (m_lists.empty(list))
            break;
        do {
            const std::uint32_t page = m_lists.last(list);
            m_lists.remove(page);
            freeOneBlock(zone, page, 0, m_aux[page]);
        } while (--toFree && --batchFree && !m_lists.empty(list));
    }
    addCounter(zone, kPcpCount, -static_cast<std::int64_t>(count));
    m_recorder.ret(Fn::free_pcppages_bulk);
}

void PhysicalMemory::freePages(Pfn pfn, unsigned order)
{
    const unsigned zone = zoneOf(pfn);
    const std::uint64_t p = pfn.value();
    if (order > 0) {
        // __free_pages_ok(): straight to the buddy allocator.
        addCounter(zone, kFreePages, std::int64_t{1} << order);
        freeOneBlock(zone, p, order, pageblockMigratetype(pfn));
        return;
    }
    // free_hot_cold_page(page, cold=0): head of the per-CPU list, drained in batches past `high`.
    unsigned mt = pageblockMigratetype(pfn);
    if (mt >= MIGRATE_PCPTYPES)
        mt = MIGRATE_MOVABLE;
    if (m_pcpScheme == PcpScheme::Linux618) {
        freePcpPage618(zone, p, mt);
        return;
    }
    const std::uint32_t list = pcpHead(zone, mt);
    m_owner.set(p, static_cast<std::uint8_t>(FrameOwner::PerCpuList));
    m_aux.set(p, static_cast<std::uint8_t>(mt));
    m_lists.addHead(list, static_cast<std::uint32_t>(p));
    addCounter(zone, kPcpCount, +1);
    m_recorder.effect(Ev::PcpAdd, p, packZoneMigratetype(zone, mt), counter(zone, kPcpCount));
    const ZoneLayout& z = m_zones[zone];
    if (counter(zone, kPcpCount) >= z.high) {
        m_recorder.effect(Ev::PcpDrain, z.high, z.batch);
        freePcppagesBulk(zone, z.batch);
    }
}

void PhysicalMemory::freePcpPage618(unsigned zone, std::uint64_t pfn, unsigned mt)
{
    // free_frozen_page_commit() (l.2813), order 0: a free halves the next refill's scale and
    // counts towards the run of frees a drain may hand back at once.
    PcpState618 pcp = pcpState(zone);
    pcp.allocFactor >>= 1;
    const std::uint32_t list = pcpHead(zone, mt);
    m_owner.set(pfn, static_cast<std::uint8_t>(FrameOwner::PerCpuList));
    m_aux.set(pfn, static_cast<std::uint8_t>(mt));
    m_lists.addHead(list, static_cast<std::uint32_t>(pfn));
    addCounter(zone, kPcpCount, +1);
    const std::uint32_t batch = m_limits618[zone].batch;
    if (pcp.freeCount < (batch << kPcpBatchScaleMax))
        ++pcp.freeCount;
    m_recorder.effect(Ev::PcpAdd, pfn, packZoneMigratetype(zone, mt), counter(zone, kPcpCount));
    const std::uint32_t high = nrPcpHigh618(pcp, m_limits618[zone], counter(zone, kPcpCount));
    setPcpState(zone, pcp);
    if (counter(zone, kPcpCount) < high)
        return;
    const std::uint64_t count =
        std::min<std::uint64_t>(nrPcpFree618(pcp, batch, high), counter(zone, kPcpCount));
    m_recorder.effect(Ev::PcpDrain, high, count);
    freePcppagesBulk618(zone, count, mt);
}

void PhysicalMemory::freePcppagesBulk618(unsigned zone, std::uint64_t count, unsigned firstMt)
{
    // free_pcppages_bulk() (l.1442): the list just freed to first, each from its tail, then the
    // next non-empty list round-robin in 6.18's pindex order (Unmovable, Movable, Reclaimable).
    static constexpr unsigned kPindexOrder[MIGRATE_PCPTYPES] = {MIGRATE_UNMOVABLE, MIGRATE_MOVABLE,
                                                                MIGRATE_RECLAIMABLE};
    if (m_recorder.recording())
        m_recorder.call(Fn::free_pcppages_bulk, m_recorder.intern(zoneName(zone)), count);
    unsigned pindex = 0;
    while (kPindexOrder[pindex] != firstMt)
        ++pindex;
    pindex = (pindex + MIGRATE_PCPTYPES - 1) % MIGRATE_PCPTYPES;
    addCounter(zone, kFreePages, static_cast<std::int64_t>(count));
    std::uint64_t left = count;
    while (left) {
        std::uint32_t list = 0;
        do {
            pindex = (pindex + 1) % MIGRATE_PCPTYPES;
            list = pcpHead(zone, kPindexOrder[pindex]);
        } while (m_lists.empty(list));
        do {
            const std::uint32_t page = m_lists.last(list);
            m_lists.remove(page);
            addCounter(zone, kPcpCount, -1);
            freeOneBlock(zone, page, 0, pageblockMigratetype(Pfn{page}));
        } while (--left && !m_lists.empty(list));
    }
    m_recorder.ret(Fn::free_pcppages_bulk);
}

std::vector<Pfn> PhysicalMemory::freeList(unsigned zone, unsigned order, unsigned mt) const
{
    std::vector<Pfn> out;
    m_lists.forEach(freeHead(zone, order, mt), [&](std::uint32_t n) { out.push_back(Pfn{n}); });
    return out;
}

std::vector<Pfn> PhysicalMemory::pcpList(unsigned zone, unsigned mt) const
{
    assert(mt < MIGRATE_PCPTYPES && "CPU 0 keeps per-CPU lists for the first MIGRATE_PCPTYPES types only");
    std::vector<Pfn> out;
    m_lists.forEach(pcpHead(zone, mt), [&](std::uint32_t n) { out.push_back(Pfn{n}); });
    return out;
}

std::string PhysicalMemory::checkListLinks() const
{
    const std::uint64_t nodes = m_linkA.size();
    const auto checkRing = [&](std::uint32_t head, const std::string& name) -> std::string {
        std::uint32_t node = head;
        for (std::uint64_t steps = 0; steps <= nodes; ++steps) {
            const std::uint32_t next = m_lists.next(node);
            if (next >= nodes)
                return name + ": a link points past the last frame";
            if (m_lists.prev(next) != node)
                return name + ": prev and next links disagree";
            if (next == head)
                return {};
            if (next >= m_frames)
                return name + ": a link points at another list's head";
            node = next;
        }
        return name + ": the list never returns to its head";
    };
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        for (unsigned order = 0; order < k::MAX_ORDER; ++order)
            for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt)
                if (std::string problem =
                        checkRing(freeHead(z, order, mt), std::string(zoneName(z)) + " free_area[" +
                                                              std::to_string(order) + "]." +
                                                              std::string(migratetypeName(mt)));
                    !problem.empty())
                    return problem;
        for (unsigned mt = 0; mt < MIGRATE_PCPTYPES; ++mt)
            if (std::string problem = checkRing(pcpHead(z, mt), std::string(zoneName(z)) + " per-CPU list " +
                                                                    std::string(migratetypeName(mt)));
                !problem.empty())
                return problem;
    }
    return {};
}

std::vector<const ColumnBase*> PhysicalMemory::columnsSizedAtBoot() const
{
    return {&m_owner, &m_aux, &m_linkA, &m_linkB, &m_pageblockMt, &m_counters, &m_inFlight};
}

} // namespace vmviz
