// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Physical page frames of a 2.6.36 x86-64 machine: zones DMA / DMA32 / Normal, the buddy allocator
// (free_area[order].free_list[migratetype]), the per-CPU order-0 lists of CPU 0, and who owns each
// frame. Ordering follows mm/page_alloc.c exactly (kernel-facts §5): ascending PFNs from a split,
// LIFO reuse of freed pages, buddy merging with pfn ^ (1 << order).
//
// Per frame the model keeps 10 bytes: owner kind, an aux byte (order / table level / cache /
// migratetype) and two 32-bit words that are the list links while the frame is free and
// (owner id, index) while it is owned.
#include "base/Constants.h"
#include "base/Types.h"
#include "phys/AllocFailureReporter.h"
#include "phys/FrameTypes.h"
#include "phys/PcpTuning.h"
#include "trace/IntrusiveList.h"
#include "trace/Trace.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz {

class PhysicalMemory
{
public:
    PhysicalMemory(Journal& journal, Recorder& recorder);

    /// Whose per-CPU list rules to follow (2.6.36 unless told) and how many CPUs share each
    /// zone's high watermark; before boot().
    void setPcpScheme(PcpScheme scheme, unsigned cpus)
    {
        m_pcpScheme = scheme;
        m_cpus = cpus;
    }
    PcpScheme pcpScheme() const { return m_pcpScheme; }
    /// 6.18: the zone's pcp limits and the watermarks they came from (zero in 2.6.36).
    const PcpLimits618& limits618(unsigned zone) const { return m_limits618[zone]; }
    /// setup_per_cpu_pageset(): until this is called, a 6.18 machine's order-0 allocations go
    /// through the boot pagesets (batch 1, high 0), one page from the buddy allocator at a time,
    /// leaving nothing on a per-CPU list; after it, CPU 0's real pageset starts empty.
    void setupPerCpuPagesets() { m_bootPagesets = false; }

    /// Lays out zones and reserved ranges for `ramBytes` and frees the rest the way
    /// free_all_bootmem() does (ascending, 64-page chunks, merging). Not journaled.
    void boot(std::uint64_t ramBytes, Pfn pgdPfn);

    /// A block of `order` the allocator handed out before the scenario began (a task's stack at
    /// fork). It comes from the zone GFP_KERNEL allocates from, at the top of the block at the
    /// tail of its largest free list: the block the allocator reaches last, so the scenario's own
    /// allocations find the lists they would find without it. Call after boot(); not journaled.
    std::optional<Pfn> takeAtBoot(unsigned order, const OwnerTag& tag);

    std::uint64_t frameCount() const { return m_frames; }
    std::uint64_t totalramPages() const { return m_totalram; }
    const ZoneLayout& zone(unsigned z) const { return m_zones[z]; }
    unsigned zoneOf(Pfn pfn) const;
    const std::vector<ReservedRange>& reservedRanges() const { return m_reserved; }

    FrameOwner owner(Pfn pfn) const { return static_cast<FrameOwner>(m_owner[pfn.value()]); }
    /// Every frame's FrameOwner byte at once, for whole-machine scans (views, invariant checks).
    const std::vector<std::uint8_t>& owners() const { return m_owner.raw(); }
    std::uint8_t aux(Pfn pfn) const { return m_aux[pfn.value()]; }
    std::uint32_t ref(Pfn pfn) const { return m_linkA[pfn.value()]; }
    std::uint32_t index(Pfn pfn) const { return m_linkB[pfn.value()]; }
    unsigned pageblockMigratetype(Pfn pfn) const { return m_pageblockMt[pfn.value() >> 9]; }

    /// Who prints and kills when an allocation finds no page (the machine); without one a failure
    /// is only recorded.
    void setFailureReporter(AllocFailureReporter* reporter) { m_failures = reporter; }
    AllocFailureReporter* failureReporter() const { return m_failures; }

    /// alloc_pages(gfp, order): the zonelist for gfp, per-CPU list for order 0, buddy otherwise;
    /// when every zone is empty, the slowpath's OOM killer and failure report.
    /// Records the allocator's effects; the caller records its own call and return.
    /// `bulk`: the page is one of alloc_pages_bulk_noprof()'s, taken straight from the per-CPU list
    /// (6.18 then leaves pcp->free_count alone; rmqueue_pcplist halves it).
    std::optional<Pfn> allocPages(std::uint32_t gfp, unsigned order, const OwnerTag& tag, bool bulk = false);
    /// __free_page (order 0, onto the per-CPU list) or __free_pages (order > 0, to the buddy).
    void freePages(Pfn pfn, unsigned order);
    /// Re-tag an allocated frame (a page-table page, a page-array page…).
    void setOwner(Pfn pfn, const OwnerTag& tag);

    // Read-only views for exports, the GUI and invariant checks.
    std::uint64_t nrFree(unsigned zone, unsigned order) const
    {
        return m_counters[counterIndex(zone, order)];
    }
    std::uint64_t pcpCount(unsigned zone) const { return m_counters[counterIndex(zone, kPcpCount)]; }
    /// 6.18: CPU 0's pcp->high, alloc_factor and free_count for the zone (all 0 in 2.6.36).
    PcpState618 pcpState(unsigned zone) const;
    std::uint64_t freePagesCounter(unsigned zone) const { return m_counters[counterIndex(zone, kFreePages)]; }
    /// Frames of each free block on free_area[order].free_list[mt], head first.
    std::vector<Pfn> freeList(unsigned zone, unsigned order, unsigned mt) const;
    std::vector<Pfn> pcpList(unsigned zone, unsigned mt) const;
    /// For state that did not come from a run (a loaded snapshot): every free and per-CPU list
    /// is a well-formed ring — links in range, prev matching next, back at its head within the
    /// frame count — so that walking it terminates. "" or what is wrong, naming the list.
    std::string checkListLinks() const;
    /// The columns whose sizes the RAM size fixes at boot; a loaded state must match them exactly.
    std::vector<const ColumnBase*> columnsSizedAtBoot() const;
    /// The block __rmqueue() took off a free list and has not handed out yet (the kernel's local
    /// `page`): its frames are on no list for a few steps. nullopt when none.
    std::optional<std::pair<Pfn, unsigned>> inFlight() const
    {
        if (!m_inFlight[0])
            return std::nullopt;
        return std::pair{Pfn{m_inFlight[0] - 1}, static_cast<unsigned>(m_inFlight[1])};
    }

private:
    static constexpr unsigned kPcpCount = k::MAX_ORDER;
    static constexpr unsigned kFreePages = k::MAX_ORDER + 1;
    static constexpr unsigned kCountersPerZone = k::MAX_ORDER + 2;
    static constexpr unsigned kHeadsPerZone = k::MAX_ORDER * MIGRATE_TYPES + MIGRATE_PCPTYPES;
    static unsigned counterIndex(unsigned zone, unsigned field) { return zone * kCountersPerZone + field; }
    std::uint32_t freeHead(unsigned zone, unsigned order, unsigned mt) const
    {
        return static_cast<std::uint32_t>(m_frames + zone * kHeadsPerZone + order * MIGRATE_TYPES + mt);
    }
    std::uint32_t pcpHead(unsigned zone, unsigned mt) const
    {
        return static_cast<std::uint32_t>(m_frames + zone * kHeadsPerZone + k::MAX_ORDER * MIGRATE_TYPES +
                                          mt);
    }
    std::uint64_t counter(unsigned zone, unsigned field) const
    {
        return m_counters[counterIndex(zone, field)];
    }
    void addCounter(unsigned zone, unsigned field, std::int64_t delta);

    bool pageIsBuddy(std::uint64_t buddyPfn, unsigned order, unsigned zone) const;
    std::optional<Pfn> rmqueue(unsigned zone, unsigned order, unsigned mt);
    std::optional<Pfn> rmqueueSmallest(unsigned zone, unsigned order, unsigned mt);
    std::optional<Pfn> rmqueueFallback(unsigned zone, unsigned order, unsigned startMt);
    void expand(unsigned zone, std::uint64_t pfn, unsigned low, unsigned high, unsigned mt);
    std::uint64_t moveFreepagesBlock(unsigned zone, std::uint64_t pfn, unsigned mt);
    std::optional<Pfn> allocFromZone(unsigned zone, unsigned order, unsigned mt);
    void freeOneBlock(unsigned zone, std::uint64_t pfn, unsigned order, unsigned mt);
    void freePcppagesBulk(unsigned zone, std::uint64_t count);
    std::optional<Pfn> rmqueuePcplist618(unsigned zone, unsigned mt, bool bulk);
    void freePcpPage618(unsigned zone, std::uint64_t pfn, unsigned mt);
    void freePcppagesBulk618(unsigned zone, std::uint64_t count, unsigned firstMt);
    void setPcpState(unsigned zone, const PcpState618& state);
    std::uint64_t rmqueueBulk(unsigned zone, unsigned mt, std::uint64_t count);
    void setFreeHead(std::uint64_t pfn, unsigned order);

    Recorder& m_recorder;
    AllocFailureReporter* m_failures = nullptr;
    PcpScheme m_pcpScheme = PcpScheme::Linux2636;
    unsigned m_cpus = 1;
    bool m_bootPagesets = true;
    std::array<PcpLimits618, MAX_NR_ZONES> m_limits618{};
    std::uint64_t m_frames = 0;
    std::uint64_t m_totalram = 0;
    std::array<ZoneLayout, MAX_NR_ZONES> m_zones{};
    std::vector<ReservedRange> m_reserved;

    Column<std::uint8_t> m_owner;
    Column<std::uint8_t> m_aux;
    Column<std::uint32_t> m_linkA; ///< list prev while free / on a pcp list; owner ref otherwise
    Column<std::uint32_t> m_linkB; ///< list next while free / on a pcp list; owner index otherwise
    Column<std::uint8_t> m_pageblockMt;
    Column<std::uint64_t> m_counters; ///< per zone; under 6.18 then pcp->high, alloc_factor, free_count
    Column<std::uint64_t> m_inFlight; ///< [0] = pfn + 1 (0: none), [1] = order
    IntrusiveList m_lists;
};

} // namespace vmviz
