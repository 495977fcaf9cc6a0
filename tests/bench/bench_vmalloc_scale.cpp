// SPDX-License-Identifier: GPL-2.0-only
// Figure 5: vmalloc + vfree through the whole engine (recording off) with 1k, 10k and 100k live
// areas, to show that the per-operation cost grows like log n (the index of
// bench_vmap_area_index.cpp, the busy/vmlist maps, kmemleak's object tree), not like n.
//
// Three machines are booted once per process and filled with n live areas of 1..4 pages. Each
// iteration does a batch of (vfree a random live area, vmalloc 1..4 pages) on each of the three in
// turn (the order rotates), so the 1k machine is the baseline measured under the same noise as the
// others. Lazy purges happen when the kernel would do them and are part of the cost.
#include "BenchCommon.h"

#include <array>
#include <cmath>

namespace {

using namespace vmviz;
using namespace vmviz::bench;

constexpr std::uint64_t kMaxPages = 4;
constexpr unsigned kBatch = 256;

struct Populated
{
    std::unique_ptr<Machine> machine;
    std::vector<std::uint64_t> live;
    XorShift rng;
};

std::array<std::size_t, 3> liveCounts()
{
    if (smoke())
        return {100, 300, 1000};
    return {1000, 10000, 100000};
}

Populated& populated(std::size_t which)
{
    static std::array<Populated, 3> machines = [] {
        std::array<Populated, 3> out;
        const auto counts = liveCounts();
        for (std::size_t i = 0; i < out.size(); ++i) {
            Populated& p = out[i];
            p.machine = bootMachine(smoke() ? (128ull << 20) : (4ull << 30));
            p.rng = XorShift{0x1234567ull + i};
            p.live.reserve(counts[i]);
            while (p.live.size() < counts[i]) {
                const std::uint64_t size = (1 + p.rng.below(kMaxPages)) * k::PAGE_SIZE;
                const std::uint64_t addr = p.machine->vmalloc.allocate(VmallocApi::Vmalloc, size, 0, 0);
                if (!addr)
                    break;
                p.live.push_back(addr);
            }
        }
        return out;
    }();
    return machines[which];
}

/// kBatch x (vfree + vmalloc); returns ns, or 0 when the machine ran out of memory.
std::uint64_t churnBatch(Populated& p)
{
    const std::uint64_t t0 = nowNs();
    for (unsigned i = 0; i < kBatch; ++i) {
        const std::size_t victim = p.rng.below(p.live.size());
        p.machine->vmalloc.vfree(p.live[victim]);
        const std::uint64_t size = (1 + p.rng.below(kMaxPages)) * k::PAGE_SIZE;
        const std::uint64_t addr = p.machine->vmalloc.allocate(VmallocApi::Vmalloc, size, 0, 0);
        if (!addr)
            return 0;
        p.live[victim] = addr;
    }
    return nowNs() - t0;
}

void BM_EngineVmallocVfree_Scaling(benchmark::State& state)
{
    const auto counts = liveCounts();
    for (std::size_t i = 0; i < 3; ++i)
        if (populated(i).live.size() != counts[i]) {
            state.SkipWithError("could not populate the machine");
            return;
        }
    std::array<double, 3> total{};
    std::size_t rotate = 0;
    for (auto _ : state) {
        std::uint64_t iterationNs = 0;
        for (std::size_t j = 0; j < 3; ++j) {
            const std::size_t i = (j + rotate) % 3;
            const std::uint64_t ns = churnBatch(populated(i));
            if (ns == 0) {
                state.SkipWithError("vmalloc failed during churn");
                return;
            }
            total[i] += static_cast<double>(ns);
            iterationNs += ns;
        }
        rotate = (rotate + 1) % 3;
        state.SetIterationTime(static_cast<double>(iterationNs) * 1e-9);
    }
    const double ops = static_cast<double>(state.iterations()) * kBatch;
    const char* names[] = {"1k", "10k", "100k"};
    for (std::size_t i = 0; i < 3; ++i) {
        state.counters[std::string("ns_per_pair_") + names[i]] = total[i] / ops;
        state.counters[std::string("live_") + names[i]] = static_cast<double>(populated(i).live.size());
    }
    // Cost relative to the 1k machine, and what pure log n growth would give.
    state.counters["ratio_10k"] = total[1] / total[0];
    state.counters["ratio_100k"] = total[2] / total[0];
    state.counters["log_ratio_10k"] =
        std::log2(static_cast<double>(counts[1])) / std::log2(static_cast<double>(counts[0]));
    state.counters["log_ratio_100k"] =
        std::log2(static_cast<double>(counts[2])) / std::log2(static_cast<double>(counts[0]));
}
BENCHMARK(BM_EngineVmallocVfree_Scaling)->UseManualTime()->Unit(benchmark::kMicrosecond);

} // namespace
