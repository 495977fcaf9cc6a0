// SPDX-License-Identifier: GPL-2.0-only
// Figures 1 and 2: page-mapping throughput of the engine against the floor loop, and the cost of
// recording. Each iteration runs, back to back on the same core:
//   floor : MappingFloor maps the same number of pages (BenchCommon.h);
//   off   : vmalloc(64 MiB) on a freshly booted 1 GiB machine, recording off;
//   on    : the same on another freshly booted machine with startRecording() (trace and journal
//           start empty, so their growth is part of the cost, as it is for a user's first run).
// Booting and destroying the machines is not timed. The counters are ratios of per-iteration
// medians, so a burst of noise on the shared machine moves one sample, not the figure.
#include "BenchCommon.h"

namespace {

using namespace vmviz;
using namespace vmviz::bench;

void BM_PageMapping_Vmalloc64MiB(benchmark::State& state)
{
    const std::uint64_t ram = smoke() ? (128ull << 20) : (1ull << 30);
    const std::uint64_t bytes = smoke() ? (1ull << 20) : (64ull << 20);
    const std::uint64_t pages = bytes >> k::PAGE_SHIFT;
    MappingFloor floor(ram >> k::PAGE_SHIFT);

    std::vector<double> floorNs;
    std::vector<double> offNs;
    std::vector<double> onNs;
    double steps = 0;
    double deltas = 0;
    for (auto _ : state) {
        auto off = bootMachine(ram);
        auto on = bootMachine(ram);
        on->startRecording();

        floor.reset();
        const std::uint64_t t0 = nowNs();
        benchmark::DoNotOptimize(floor.map(pages, 1));
        const std::uint64_t t1 = nowNs();
        const std::uint64_t a = off->vmalloc.allocate(VmallocApi::Vmalloc, bytes, 0, 0);
        const std::uint64_t t2 = nowNs();
        const std::uint64_t b = on->vmalloc.allocate(VmallocApi::Vmalloc, bytes, 0, 0);
        const std::uint64_t t3 = nowNs();
        if (!a || !b) {
            state.SkipWithError("vmalloc failed");
            break;
        }
        floorNs.push_back(static_cast<double>(t1 - t0));
        offNs.push_back(static_cast<double>(t2 - t1));
        onNs.push_back(static_cast<double>(t3 - t2));
        steps = static_cast<double>(on->trace.size());
        deltas = static_cast<double>(on->journal.size());
        state.SetIterationTime(static_cast<double>(t2 - t1) * 1e-9);
    }
    const double f = median(floorNs);
    const double off = median(offNs);
    const double on = median(onNs);
    const double n = static_cast<double>(pages);
    state.counters["pages"] = n;
    state.counters["floor_ns_per_page"] = f / n;
    state.counters["off_ns_per_page"] = off / n;
    state.counters["on_ns_per_page"] = on / n;
    // Figure 1: engine throughput / floor throughput = floor time / engine time. Goal >= 0.25.
    state.counters["engine_vs_floor"] = off > 0 ? f / off : 0;
    // Figure 2: recording on / off. Goal <= 3.
    state.counters["recording_overhead"] = off > 0 ? on / off : 0;
    state.counters["steps_per_page"] = steps / n;
    state.counters["deltas_per_page"] = deltas / n;
}
BENCHMARK(BM_PageMapping_Vmalloc64MiB)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
