// SPDX-License-Identifier: GPL-2.0-only
#include "phys/PcpTuning.h"

#include "base/Constants.h"

#include <algorithm>
#include <bit>

namespace vmviz {

namespace {

// include/linux/mmzone.h, 6.18: MIN_PERCPU_PAGELIST_HIGH_FRACTION; mm/page_alloc.c:
// watermark_scale_factor's default.
constexpr std::uint64_t kMinHighFraction = 8;
constexpr std::uint64_t kWatermarkScaleFactor = 10;

std::uint32_t clampBatch(std::uint64_t batch)
{
    batch /= 4; // "We effectively *= 4 below"
    if (batch < 1)
        batch = 1;
    // rounddown_pow_of_two(batch + batch / 2) - 1: a 2^n - 1 batch aliases less in the cache.
    return static_cast<std::uint32_t>(std::bit_floor(batch + batch / 2) - 1);
}

std::uint64_t intSqrt(std::uint64_t x)
{
    std::uint64_t r = 0;
    for (std::uint64_t bit = std::uint64_t{1} << 62; bit; bit >>= 2)
        if (x >= r + bit) {
            x -= r + bit;
            r = (r >> 1) + bit;
        } else {
            r >>= 1;
        }
    return r;
}

// zone_highsize(): a share of `total` for each CPU of the node, never below 4 batches.
// clamp() as the kernel's macro evaluates it: the lower bound first, then the upper.
std::uint32_t kclamp(std::uint32_t v, std::uint32_t lo, std::uint32_t hi)
{
    return std::min(std::max(v, lo), hi);
}

std::uint32_t highsize(std::uint64_t total, std::uint32_t batch, unsigned cpus)
{
    const std::uint64_t high = total / std::max(cpus, 1u);
    return static_cast<std::uint32_t>(std::max<std::uint64_t>(high, std::uint64_t{batch} << 2));
}

} // namespace

std::uint32_t zoneBatchsize618(std::uint64_t managedPages)
{
    const std::uint64_t batch = std::min<std::uint64_t>(managedPages >> 10, (1u << 20) / k::PAGE_SIZE);
    return std::max<std::uint32_t>(clampBatch(batch), 1);
}

std::uint64_t minFreeKbytes618(std::uint64_t lowmemPages)
{
    const std::uint64_t lowmemKbytes = lowmemPages * (k::PAGE_SIZE >> 10);
    return std::clamp<std::uint64_t>(intSqrt(lowmemKbytes * 16), 128, 262144);
}

std::array<PcpLimits618, MAX_NR_ZONES> pcpLimits618(const std::array<std::uint64_t, MAX_NR_ZONES>& managed,
                                                    unsigned cpus)
{
    std::uint64_t lowmem = 0;
    for (const std::uint64_t pages : managed)
        lowmem += pages;
    const std::uint64_t pagesMin = minFreeKbytes618(lowmem) >> (k::PAGE_SHIFT - 10);
    std::array<PcpLimits618, MAX_NR_ZONES> out{};
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        PcpLimits618& l = out[z];
        const std::uint64_t pages = managed[z];
        // __setup_per_zone_wmarks(): a lowmem zone's share of pages_min, then the kswapd distance.
        l.wmarkMin = lowmem ? pagesMin * pages / lowmem : 0;
        const std::uint64_t distance = std::max(l.wmarkMin >> 2, pages * kWatermarkScaleFactor / 10000);
        l.wmarkLow = l.wmarkMin + distance;
        // zone_set_pageset_high_and_batch(zone, cpu_online = 0).
        l.batch = zoneBatchsize618(pages);
        l.highMin = highsize(l.wmarkLow, l.batch, cpus);
        l.highMax = highsize(pages / kMinHighFraction, l.batch, cpus);
    }
    return out;
}

std::uint32_t nrPcpAlloc618(PcpState618& pcp, const PcpLimits618& limits, std::uint64_t count, unsigned order)
{
    const std::uint32_t baseBatch = limits.batch;
    std::uint32_t high = pcp.high = kclamp(pcp.high, limits.highMin, limits.highMax);
    if (high < baseBatch) // PCP disabled or a boot pageset
        return 1;
    std::uint32_t batch = order ? baseBatch : baseBatch << pcp.allocFactor;
    if (limits.highMin != limits.highMax) // a bigger high could have saved this refill
        high = pcp.high = std::min(high + batch, limits.highMax);
    if (order == 0) {
        const std::int64_t room =
            static_cast<std::int64_t>(high) - static_cast<std::int64_t>(count) - baseBatch;
        const auto maxNrAlloc = static_cast<std::uint32_t>(std::max<std::int64_t>(room, baseBatch));
        // Each refill with no free since the last one doubles the next.
        if (batch <= maxNrAlloc && pcp.allocFactor < kPcpBatchScaleMax)
            ++pcp.allocFactor;
        batch = std::min(batch, maxNrAlloc);
    }
    if (batch > 1)
        batch = std::max(batch >> order, 2u);
    return batch;
}

std::uint32_t nrPcpHigh618(PcpState618& pcp, const PcpLimits618& limits, std::uint64_t count)
{
    const std::uint32_t high = pcp.high = kclamp(pcp.high, limits.highMin, limits.highMax);
    if (!high || limits.highMin == limits.highMax)
        return high;
    if (count >= high) {
        // pcp->high should be large enough to hold a batch of freed pages.
        const std::uint32_t needHigh = pcp.freeCount + limits.batch;
        if (pcp.high < needHigh)
            pcp.high = kclamp(needHigh, limits.highMin, limits.highMax);
    }
    return high;
}

std::uint32_t nrPcpFree618(const PcpState618& pcp, std::uint32_t batch, std::uint32_t high)
{
    if (high < batch)
        return 1;
    // Leave at least a batch on the list; a long run of frees drains more at once.
    return std::min(std::max(pcp.freeCount, batch), high - batch); // clamp_t, lower bound first
}

} // namespace vmviz
