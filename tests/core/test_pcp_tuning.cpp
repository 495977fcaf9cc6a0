// SPDX-License-Identifier: GPL-2.0-only
// 6.18's per-CPU page list limits and refill sizes (mm/page_alloc.c, 6.18.2), against numbers
// worked by hand from the kernel's formulas, and what a 6.18 machine's CPU 0 does with them.
#include "machine/Machine.h"
#include "phys/PcpTuning.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

using namespace vmviz;

namespace {

struct LimitsCase
{
    const char* what;
    std::array<std::uint64_t, MAX_NR_ZONES> managed;
    unsigned cpus;
    std::uint64_t minFreeKbytes;
    std::array<PcpLimits618, MAX_NR_ZONES> expected; // batch, high_min, high_max, min, low
};

// Worked by hand. The 128 MiB machine (the model's, 4 CPUs): lowmem = 3840 + 25600 = 29440 pages,
// min_free_kbytes = int_sqrt(29440 * 4 * 16) = int_sqrt(1884160) = 1372, pages_min = 343.
//   DMA32: min = 343 * 25600 / 29440 = 298; low = 298 + max(298 / 4, 25600 * 10 / 10000) = 298 + 74 = 372;
//          batch: 25600 >> 10 = 25, / 4 = 6, rounddown_pow_of_two(6 + 3) - 1 = 7;
//          high_min = max(372 / 4, 7 * 4) = 93; high_max = max(25600 / 8 / 4, 28) = 800.
//   DMA:   min = 343 * 3840 / 29440 = 44; low = 44 + max(11, 3) = 55; batch: 3 / 4 = 0 -> 1,
//          rounddown_pow_of_two(1) - 1 = 0 -> max(1, 0) = 1; high_min = max(55 / 4, 4) = 13;
//          high_max = max(3840 / 8 / 4, 4) = 120.
// 1 GiB, 1 CPU: lowmem 262400, min_free_kbytes = int_sqrt(16793600) = 4097, pages_min 1024;
//   DMA32: min = 1024 * 258560 / 262400 = 1009, low = 1009 + max(252, 258) = 1267, batch: min(252,
//          256) / 4 = 63, rounddown_pow_of_two(94) - 1 = 63; high_min 1267, high_max 258560 / 8 = 32320.
// 8 GiB-ish, 2 CPUs, a Normal zone: the batch stops growing at 1 MiB (256 pages → 63).
const LimitsCase kLimits[] = {
    {"128 MiB, 4 CPUs",
     {3840, 25600, 0},
     4,
     1372,
     {PcpLimits618{1, 13, 120, 44, 55}, PcpLimits618{7, 93, 800, 298, 372}, PcpLimits618{1, 4, 4, 0, 0}}},
    {"1 GiB, 1 CPU",
     {3840, 258560, 0},
     1,
     4097,
     {PcpLimits618{1, 17, 480, 14, 17}, PcpLimits618{63, 1267, 32320, 1009, 1267},
      PcpLimits618{1, 4, 4, 0, 0}}},
    {"8 GiB, 2 CPUs",
     {3840, 520000, 1500000},
     2,
     11380,
     {PcpLimits618{1, 4, 240, 5, 8}, PcpLimits618{63, 625, 32500, 730, 1250},
      PcpLimits618{63, 1804, 93750, 2108, 3608}}},
};

} // namespace

TEST(PcpTuning, LimitsFromManagedPagesMatchTheKernelsFormulas)
{
    for (const LimitsCase& c : kLimits) {
        SCOPED_TRACE(c.what);
        std::uint64_t lowmem = 0;
        for (auto pages : c.managed)
            lowmem += pages;
        EXPECT_EQ(minFreeKbytes618(lowmem), c.minFreeKbytes);
        const auto limits = pcpLimits618(c.managed, c.cpus);
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
            SCOPED_TRACE(zoneName(z));
            EXPECT_EQ(limits[z].batch, c.expected[z].batch);
            EXPECT_EQ(limits[z].highMin, c.expected[z].highMin);
            EXPECT_EQ(limits[z].highMax, c.expected[z].highMax);
            EXPECT_EQ(limits[z].wmarkMin, c.expected[z].wmarkMin);
            EXPECT_EQ(limits[z].wmarkLow, c.expected[z].wmarkLow);
        }
    }
}

TEST(PcpTuning, BatchIsCappedAtOneMebibyte)
{
    const struct
    {
        std::uint64_t managed;
        std::uint32_t batch;
    } cases[] = {{0, 1},      {1024, 1},    {8192, 1},    {16384, 3},    {28672, 7},
                 {65536, 15}, {131072, 31}, {262144, 63}, {4u << 20, 63}};
    for (const auto& c : cases)
        EXPECT_EQ(zoneBatchsize618(c.managed), c.batch) << c.managed << " managed pages";
}

TEST(PcpTuning, RefillsDoubleUntilTheScaleLimit)
{
    const PcpLimits618 limits{7, 93, 800, 0, 0};
    PcpState618 pcp;
    // {refill, alloc_factor after, pcp->high after}, each with an empty list: nr_pcp_alloc raises
    // high by the (scaled) batch, then allows at most high - count - batch pages.
    const struct
    {
        std::uint32_t refill, factor, high;
    } steps[] = {{7, 1, 100},   {14, 2, 114},  {28, 3, 142},  {56, 4, 198},
                 {112, 5, 310}, {224, 5, 534}, {224, 5, 758}, {224, 5, 800}};
    for (const auto& s : steps) {
        EXPECT_EQ(nrPcpAlloc618(pcp, limits, 0, 0), s.refill);
        EXPECT_EQ(pcp.allocFactor, s.factor);
        EXPECT_EQ(pcp.high, s.high);
    }
    // With pages still on the list the room left caps the refill: 800 - 780 - 7 = 13 pages, and
    // never less than a batch (800 - 790 - 7 = 3, so 7).
    EXPECT_EQ(nrPcpAlloc618(pcp, limits, 780, 0), 13u);
    EXPECT_EQ(nrPcpAlloc618(pcp, limits, 790, 0), 7u);
    // Order 3 takes batch >> 3, at least 2, and does not scale.
    PcpState618 fresh;
    EXPECT_EQ(nrPcpAlloc618(fresh, limits, 0, 3), 2u);
    EXPECT_EQ(fresh.allocFactor, 0u);
}

TEST(PcpTuning, DrainsHandBackTheRunOfFreesLeavingABatch)
{
    const PcpLimits618 limits{7, 93, 800, 0, 0};
    PcpState618 pcp{93, 0, 10};
    EXPECT_EQ(nrPcpHigh618(pcp, limits, 50), 93u); // below high: no drain
    EXPECT_EQ(nrPcpFree618(pcp, 7, 93), 10u);      // free_count between batch and high - batch
    pcp.freeCount = 3;
    EXPECT_EQ(nrPcpFree618(pcp, 7, 93), 7u);
    pcp.freeCount = 200;
    EXPECT_EQ(nrPcpFree618(pcp, 7, 93), 86u);
    // At high, a long run of frees raises high so that the run fits (free_count + batch).
    pcp = {93, 0, 150};
    EXPECT_EQ(nrPcpHigh618(pcp, limits, 93), 93u);
    EXPECT_EQ(pcp.high, 157u);
}

TEST(PcpTuning, A618MachineUsesTheAutoTunedLimits)
{
    MachineConfig config;
    config.profile = "6.18";
    config.cpus = 4;
    Machine linux618(config);
    EXPECT_EQ(linux618.phys.pcpScheme(), PcpScheme::Linux618);
    const ZoneLayout& dma32 = linux618.phys.zone(ZONE_DMA32);
    EXPECT_EQ(dma32.managedPages, 25600u);
    EXPECT_EQ(dma32.batch, 7u);
    EXPECT_EQ(dma32.high, 93u);
    EXPECT_EQ(dma32.highMax, 800u);

    config.profile = "2.6.36";
    Machine linux2636(config);
    EXPECT_EQ(linux2636.phys.pcpScheme(), PcpScheme::Linux2636);
    EXPECT_EQ(linux2636.phys.zone(ZONE_DMA32).batch, 7u);
    EXPECT_EQ(linux2636.phys.zone(ZONE_DMA32).high, 42u); // 6 × batch
    EXPECT_EQ(linux2636.phys.pcpState(ZONE_DMA32).high, 0u);
}
