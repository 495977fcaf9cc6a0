// SPDX-License-Identifier: GPL-2.0-only
// Figure 4d: Machine::changesBetween(a, b) for two random steps of a 10-million-step trace (goal:
// median <= 100 ms), beside a seek to a random step measured in the same iteration.
//
// The trace is the seek benchmark's (BenchCommon.h recordChurn on a 1 GiB machine, 10 M steps;
// 20 k in smoke runs), recorded once per process here. Each iteration seeks the cursor to a random
// step, then asks for the changes between two other random steps: the change set must not depend
// on where the cursor stands, and costs one pass over the deltas between a and b plus a short pass
// from the nearest checkpoint to one end. changes_vs_seek is the ratio of the two medians.
#include "BenchCommon.h"

namespace {

using namespace vmviz;
using namespace vmviz::bench;

Machine& churnTrace()
{
    static std::unique_ptr<Machine> m = [] {
        auto machine = bootMachine(1ull << 30);
        machine->startRecording();
        recordChurn(*machine, smoke() ? 20000 : 10000000, 2048, 16, 4);
        machine->finishRecording();
        return machine;
    }();
    return *m;
}

void BM_ChangesBetween_Random(benchmark::State& state)
{
    Machine& m = churnTrace();
    const std::uint64_t steps = m.stepCount();
    XorShift rng{0xc4a9e5e7ull};
    std::vector<double> changesMs;
    std::vector<double> seekMs;
    double deltas = 0;
    double items = 0;
    for (auto _ : state) {
        const std::uint64_t cursor = rng.below(steps + 1);
        const std::uint64_t a = rng.below(steps + 1);
        const std::uint64_t b = rng.below(steps + 1);
        const std::uint64_t t0 = nowNs();
        m.seek(StepIndex{cursor});
        const std::uint64_t t1 = nowNs();
        const ChangeSet changes = m.changesBetween(StepIndex{a}, StepIndex{b});
        const std::uint64_t t2 = nowNs();
        benchmark::DoNotOptimize(changes.parts);
        seekMs.push_back(static_cast<double>(t1 - t0) * 1e-6);
        changesMs.push_back(static_cast<double>(t2 - t1) * 1e-6);
        const std::uint64_t lo = m.trace.deltaEnd(std::min(a, b));
        const std::uint64_t hi = m.trace.deltaEnd(std::max(a, b));
        deltas += static_cast<double>(hi - lo);
        items += static_cast<double>(changes.frames.size() + changes.entries.size() + changes.areas.size() +
                                     changes.kmemleak.size() + changes.slabObjects.size());
        state.SetIterationTime(static_cast<double>(t2 - t1) * 1e-9);
    }
    double changesSum = 0;
    for (double v : changesMs)
        changesSum += v;
    const double n = static_cast<double>(std::max<std::size_t>(changesMs.size(), 1));
    state.counters["steps"] = static_cast<double>(steps);
    state.counters["median_ms"] = median(changesMs);
    state.counters["max_ms"] = changesMs.empty() ? 0 : *std::max_element(changesMs.begin(), changesMs.end());
    state.counters["seek_median_ms"] = median(seekMs);
    state.counters["changes_vs_seek"] = median(seekMs) > 0 ? median(changesMs) / median(seekMs) : 0;
    state.counters["ns_per_delta"] = deltas > 0 ? changesSum * 1e6 / deltas : 0;
    state.counters["mean_items"] = items / n;
}
BENCHMARK(BM_ChangesBetween_Random)
    ->Iterations(smoke() ? 8 : 60)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// One step's changes, as the GUI asks on every step: changesBetween(p - 1, p) at the cursor.
void BM_ChangesBetween_OneStep(benchmark::State& state)
{
    Machine& m = churnTrace();
    const std::uint64_t steps = m.stepCount();
    XorShift rng{0x0fe57e9ull};
    for (auto _ : state) {
        state.PauseTiming();
        const std::uint64_t p = 1 + rng.below(steps);
        m.seek(StepIndex{p});
        state.ResumeTiming();
        const ChangeSet changes = m.changesBetween(StepIndex{p - 1}, StepIndex{p});
        benchmark::DoNotOptimize(changes.parts);
    }
}
BENCHMARK(BM_ChangesBetween_OneStep)->Iterations(smoke() ? 8 : 2000)->Unit(benchmark::kMicrosecond);

} // namespace
