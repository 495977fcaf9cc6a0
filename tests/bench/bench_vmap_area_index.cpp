// SPDX-License-Identifier: GPL-2.0-only
// Cost of one vmalloc placement (firstFit + insert) plus one vfree (erase) with n live areas, for the
// index and for the 2.6.36 linear walk it replaces. The layout is vmalloc-like: areas packed by first
// fit with a guard page after each, then one in nine freed at random, so the walk has to pass many
// too-small holes before it finds one that fits.
#include "base/Constants.h"
#include "vmalloc/VmapAreaIndex.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <random>
#include <utility>
#include <vector>

namespace {

using vmviz::VmapAreaIndex;
using vmviz::k::PAGE_SIZE;
using vmviz::k::VMALLOC_END;
using vmviz::k::VMALLOC_START;

constexpr std::uint64_t kGap = PAGE_SIZE;
constexpr std::uint64_t kMaxPages = 16;

/// Deterministic and cheap, so the measured loop is dominated by the structure under test.
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

/// The 2.6.36 walk over a std::map (start -> end), as in tests/core/test_vmap_area_index.cpp, but
/// with the rbtree descent done in O(log n) like the kernel does. No wrap handling: the benchmark
/// stays far from 2^64.
std::optional<std::uint64_t> kernelWalk(const std::map<std::uint64_t, std::uint64_t>& areas,
                                        std::uint64_t size, std::uint64_t vstart, std::uint64_t vend)
{
    std::uint64_t addr = (vstart + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    // Lowest area with va_end >= addr: at most two areas starting at or below addr can qualify.
    auto first = areas.upper_bound(addr);
    while (first != areas.begin() && std::prev(first)->second >= addr)
        --first;
    if (first != areas.end()) {
        while (addr + size > first->first && addr + size <= vend) {
            addr = first->second + kGap;
            if (++first == areas.end())
                break;
        }
    }
    if (addr + size > vend)
        return std::nullopt;
    return addr;
}

/// n live areas in both structures, built once per n and copied into every run: Google Benchmark
/// re-enters the function while it sizes the iteration count, and a copy is much cheaper than n inserts.
struct Layout
{
    VmapAreaIndex index;
    std::map<std::uint64_t, std::uint64_t> areas;
    std::vector<std::uint64_t> live; // starts, in random order
};

const Layout& layoutFor(std::size_t n)
{
    static std::map<std::size_t, Layout> cache;
    auto it = cache.find(n);
    if (it != cache.end())
        return it->second;

    std::mt19937_64 rng(n);
    std::vector<VmapAreaIndex::Range> all;
    const std::size_t total = n + n / 8;
    all.reserve(total);
    std::uint64_t addr = VMALLOC_START;
    for (std::size_t i = 0; i < total; ++i) {
        const std::uint64_t size = (1 + rng() % kMaxPages) * PAGE_SIZE;
        all.push_back({addr, addr + size});
        addr += size + kGap;
    }
    // Keep n of them at random (a partial Fisher-Yates picks the survivors); the rest are the holes.
    for (std::size_t i = 0; i < n; ++i)
        std::swap(all[i], all[i + rng() % (total - i)]);
    all.resize(n);

    Layout& layout = cache[n];
    layout.index.reserve(n + 1);
    layout.live.reserve(n);
    for (const auto& r : all) {
        layout.index.insert(r.start, r.end);
        layout.areas.emplace(r.start, r.end);
        layout.live.push_back(r.start);
    }
    return layout;
}

/// One vfree of a random live area, then one vmalloc of a random size.
template <typename Structure>
void churn(benchmark::State& state, Structure& s, std::vector<std::uint64_t>& live)
{
    XorShift rng;
    for (auto _ : state) {
        const std::size_t victim = rng.below(live.size());
        s.erase(live[victim]);
        const std::uint64_t size = (1 + rng.below(kMaxPages)) * PAGE_SIZE;
        const std::optional<std::uint64_t> addr = s.firstFit(size);
        if (!addr) {
            state.SkipWithError("vmalloc space exhausted");
            break;
        }
        s.insert(*addr, *addr + size);
        live[victim] = *addr;
        benchmark::DoNotOptimize(*addr);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["live"] = static_cast<double>(live.size());
}

struct IndexStructure
{
    VmapAreaIndex index;
    void erase(std::uint64_t start) { index.erase(start); }
    void insert(std::uint64_t start, std::uint64_t end) { index.insert(start, end); }
    std::optional<std::uint64_t> firstFit(std::uint64_t size) const
    {
        return index.firstFit(size, PAGE_SIZE, VMALLOC_START, VMALLOC_END, kGap);
    }
};

struct WalkStructure
{
    std::map<std::uint64_t, std::uint64_t> areas;
    void erase(std::uint64_t start) { areas.erase(start); }
    void insert(std::uint64_t start, std::uint64_t end) { areas.emplace(start, end); }
    std::optional<std::uint64_t> firstFit(std::uint64_t size) const
    {
        return kernelWalk(areas, size, VMALLOC_START, VMALLOC_END);
    }
};

void BM_VmapAreaIndex_FirstFitInsertErase(benchmark::State& state)
{
    const Layout& layout = layoutFor(static_cast<std::size_t>(state.range(0)));
    IndexStructure s{layout.index};
    std::vector<std::uint64_t> live = layout.live;
    churn(state, s, live);
}
BENCHMARK(BM_VmapAreaIndex_FirstFitInsertErase)->Arg(1000)->Arg(10000)->Arg(100000);

void BM_KernelLinearWalk_FirstFitInsertErase(benchmark::State& state)
{
    const Layout& layout = layoutFor(static_cast<std::size_t>(state.range(0)));
    WalkStructure s{layout.areas};
    std::vector<std::uint64_t> live = layout.live;
    churn(state, s, live);
}
BENCHMARK(BM_KernelLinearWalk_FirstFitInsertErase)->Arg(1000)->Arg(10000);

} // namespace
