// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// How big CPU 0's per-CPU page lists grow and how many pages one refill or drain moves: the fixed
// 2.6.36 rule (high = 6 × batch) and 6.18's auto-tuned one (mm/page_alloc.c, 6.18.2:
// zone_batchsize l.5852, zone_highsize l.5901, nr_pcp_alloc l.3197, nr_pcp_high l.2765,
// nr_pcp_free l.2740). Pure arithmetic, so each rule can be checked against numbers worked by hand.
#include "phys/FrameTypes.h"

#include <array>
#include <cstdint>

namespace vmviz {

/// Which page allocator's per-CPU list rules the machine follows.
enum class PcpScheme : std::uint8_t
{
    Linux2636, ///< batch from present pages (capped at 512 KiB), high = 6 × batch, refill = batch
    Linux618,  ///< batch from managed pages (capped at 1 MiB), high between high_min and high_max,
               ///< refills scaled by alloc_factor, drains by free_count
};

/// CONFIG_PCP_BATCH_SCALE_MAX (mm/Kconfig, default 5).
inline constexpr unsigned kPcpBatchScaleMax = 5;

/// zone_batchsize() of 6.18 (at least 1, as zone_set_pageset_high_and_batch makes it), from the
/// zone's managed pages.
std::uint32_t zoneBatchsize618(std::uint64_t managedPages);

/// One zone's per-CPU limits after boot in 6.18 (pcp->batch, high_min, high_max) and the
/// watermarks high_min comes from.
struct PcpLimits618
{
    std::uint32_t batch = 1;
    std::uint32_t highMin = 0;
    std::uint32_t highMax = 0;
    std::uint64_t wmarkMin = 0;
    std::uint64_t wmarkLow = 0;
};

/// min_free_kbytes as init_per_zone_wmark_min() first sets it: int_sqrt(16 × lowmem KiB), with
/// lowmem = every zone's managed pages (no watermark is set yet), clamped to [128, 262144].
std::uint64_t minFreeKbytes618(std::uint64_t lowmemPages);

/// __setup_per_zone_wmarks() then zone_set_pageset_high_and_batch(zone, 0) for every zone of a
/// one-node machine with `cpus` CPUs online (all of them local to node 0), no
/// percpu_pagelist_high_fraction and no THP raising min_free_kbytes (khugepaged not started).
std::array<PcpLimits618, MAX_NR_ZONES> pcpLimits618(const std::array<std::uint64_t, MAX_NR_ZONES>& managed,
                                                    unsigned cpus);

/// What a 6.18 per_cpu_pages keeps between calls, for one zone of one CPU.
struct PcpState618
{
    std::uint32_t high = 0; ///< pcp->high, 0 until the first clamp
    std::uint32_t allocFactor = 0;
    std::uint32_t freeCount = 0;
};

/// nr_pcp_alloc(pcp, zone, order) for a zone not flagged ZONE_BELOW_HIGH: how many pages one
/// refill takes from the buddy allocator. Updates pcp->high and alloc_factor as the kernel does.
std::uint32_t nrPcpAlloc618(PcpState618& pcp, const PcpLimits618& limits, std::uint64_t count,
                            unsigned order);
/// nr_pcp_high() for an order-0 free (no reclaim active, zone not below its high watermark): the
/// count at which the list drains; may raise pcp->high so a run of frees fits.
std::uint32_t nrPcpHigh618(PcpState618& pcp, const PcpLimits618& limits, std::uint64_t count);
/// nr_pcp_free(): how many pages one drain hands back, from the run of frees in free_count.
std::uint32_t nrPcpFree618(const PcpState618& pcp, std::uint32_t batch, std::uint32_t high);

} // namespace vmviz
