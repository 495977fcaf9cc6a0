// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Shared pieces of the vmviz benchmarks: the smoke switch, a steady clock, the "floor" loop that
// does only the irreducible work of mapping a page, and the workload that records long traces.
//
// Every figure is reported as a ratio to a baseline measured in the same process, interleaved with
// the engine measurement, because the machines these run on are shared and noisy: an absolute
// nanosecond figure from one run says little, a ratio to a loop run next to it says more.
#include "base/Constants.h"
#include "machine/Machine.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

namespace vmviz::bench {

/// VMVIZ_BENCH_SMOKE=1 (set by the bench_smoke ctest) scales every problem down so the whole
/// binary runs in a few seconds; the figures it prints are then meaningless.
inline bool smoke()
{
    static const bool on = [] {
        const char* v = std::getenv("VMVIZ_BENCH_SMOKE");
        return v != nullptr && *v != '\0' && std::string_view(v) != "0";
    }();
    return on;
}

inline std::uint64_t nowNs()
{
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                          std::chrono::steady_clock::now().time_since_epoch())
                                          .count());
}

/// Deterministic and cheap.
struct XorShift
{
    std::uint64_t state = 0x9e3779b97f4a7c15ull;
    std::uint64_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
};

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

inline std::unique_ptr<Machine> bootMachine(std::uint64_t ramBytes, unsigned cpus = 4)
{
    MachineConfig config;
    config.ramBytes = ramBytes;
    config.cpus = cpus;
    return std::make_unique<Machine>(config);
}

/// The size of a struct page on x86-64 2.6.36 (flags, _count, _mapcount, private, mapping, index, lru).
struct FloorPage
{
    std::uint64_t flags;
    std::uint32_t count;
    std::uint32_t mapcount;
    std::uint64_t privateData;
    std::uint64_t mapping;
    std::uint64_t index;
    std::uint64_t lruNext;
    std::uint64_t lruPrev;
};
static_assert(sizeof(FloorPage) == 56, "the floor writes a struct-page-sized record");

/// The floor of page mapping: per page, pop a frame from an intrusive free list, write a
/// struct-page-sized record for it, write one 8-byte entry into a 512-entry table. No tracing, no
/// zones, no per-CPU lists, no page-table walk: a lower bound no simulator of vmalloc can beat.
class MappingFloor
{
public:
    explicit MappingFloor(std::uint64_t frames) : m_next(frames), m_pages(frames), m_tables(frames)
    {
        reset();
    }

    /// All frames free again, linked in ascending order (what a freshly split buddy block gives).
    void reset()
    {
        for (std::uint32_t p = 0; p + 1 < m_next.size(); ++p)
            m_next[p] = p + 1;
        m_next.back() = kNil;
        m_head = 0;
    }

    /// Maps n pages for area `area`; returns the last pfn so the work cannot be optimised away.
    std::uint64_t map(std::uint64_t n, std::uint32_t area)
    {
        std::uint64_t last = 0;
        for (std::uint64_t i = 0; i < n; ++i) {
            const std::uint32_t pfn = m_head; // pop
            m_head = m_next[pfn];
            FloorPage& page = m_pages[pfn]; // struct page
            page = FloorPage{0x4000, 1, 0xffffffffu, area, 0, i, 0, 0};
            m_tables[i] = (std::uint64_t{pfn} << k::PAGE_SHIFT) | 0x8000000000000163ull; // pte
            last = pfn;
        }
        benchmark::DoNotOptimize(m_pages.data());
        benchmark::DoNotOptimize(m_tables.data());
        benchmark::ClobberMemory();
        return last;
    }

private:
    static constexpr std::uint32_t kNil = 0xffffffffu;
    std::vector<std::uint32_t> m_next;
    std::vector<FloorPage> m_pages;
    std::vector<std::uint64_t> m_tables; ///< consecutive 512-entry PTE tables
    std::uint32_t m_head = 0;
};

/// Records vmalloc/vfree churn of large areas on `m` (recording must be on) until the trace holds
/// at least `targetSteps` steps: up to `maxLive` live areas of 1..maxPages pages each, freed in
/// random order, with the kernel's lazy purges happening as they come.
inline void recordChurn(Machine& m, std::uint64_t targetSteps, std::uint64_t maxPages, std::size_t maxLive,
                        std::uint64_t seed = 1)
{
    XorShift rng{0x9e3779b97f4a7c15ull ^ seed};
    std::vector<std::uint64_t> live;
    while (m.trace.size() < targetSteps) {
        bool alloc = live.empty() || (live.size() < maxLive && rng.below(2) == 0);
        if (alloc) {
            const std::uint64_t size = (1 + rng.below(maxPages)) * k::PAGE_SIZE;
            const std::uint64_t addr = m.vmalloc.allocate(VmallocApi::Vmalloc, size, 0, 0);
            if (addr)
                live.push_back(addr);
            else if (!live.empty()) // out of memory: free something instead
                alloc = false;
        }
        if (!alloc) {
            const std::size_t victim = rng.below(live.size());
            m.vmalloc.vfree(live[victim]);
            live[victim] = live.back();
            live.pop_back();
        }
    }
}

} // namespace vmviz::bench
