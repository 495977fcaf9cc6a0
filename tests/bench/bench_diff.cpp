// SPDX-License-Identifier: GPL-2.0-only
// vmviz-cli diff across a long trace: Machine::changesBetween(a, b) for two random steps, then the
// whole diff (exports::compareSteps, which also seeks to both ends to name areas and counters, and
// exports::diffText). Reported as diff_vs_changes, the ratio of the medians, measured in the same
// iteration so the shared machine's noise cancels; text_vs_changes is the formatting alone.
//
// The trace is recordChurn on a 1 GiB machine (BenchCommon.h), 2 M steps (20 k in smoke runs):
// vmallocs of up to 2048 pages, so a diff across it folds thousands of frames and PTEs into lines.
#include "BenchCommon.h"
#include "export/Diff.h"

namespace {

using namespace vmviz;
using namespace vmviz::bench;

Machine& diffTrace()
{
    static std::unique_ptr<Machine> m = [] {
        auto machine = bootMachine(1ull << 30);
        machine->startRecording();
        recordChurn(*machine, smoke() ? 20000 : 2000000, 2048, 16, 7);
        machine->finishRecording();
        return machine;
    }();
    return *m;
}

void BM_Diff_Random(benchmark::State& state)
{
    Machine& m = diffTrace();
    const std::uint64_t steps = m.stepCount();
    XorShift rng{0xd1ffull};
    std::vector<double> changesMs;
    std::vector<double> diffMs;
    std::vector<double> textMs;
    double lines = 0;
    for (auto _ : state) {
        const std::uint64_t a = rng.below(steps + 1);
        const std::uint64_t b = rng.below(steps + 1);
        m.seek(StepIndex{b}); // as the window stands: the cursor at B
        const std::uint64_t t0 = nowNs();
        const ChangeSet changes = m.changesBetween(StepIndex{a}, StepIndex{b});
        const std::uint64_t t1 = nowNs();
        const exports::Comparison comparison = exports::compareSteps(m, StepIndex{a}, StepIndex{b});
        const std::uint64_t t2 = nowNs();
        const std::string text = exports::diffText(comparison);
        const std::uint64_t t3 = nowNs();
        benchmark::DoNotOptimize(changes.parts);
        benchmark::DoNotOptimize(text.data());
        changesMs.push_back(static_cast<double>(t1 - t0) * 1e-6);
        diffMs.push_back(static_cast<double>(t3 - t1) * 1e-6);
        textMs.push_back(static_cast<double>(t3 - t2) * 1e-6);
        lines += static_cast<double>(std::count(text.begin(), text.end(), '\n'));
        state.SetIterationTime(static_cast<double>(t3 - t1) * 1e-9);
    }
    const double n = static_cast<double>(std::max<std::size_t>(diffMs.size(), 1));
    const double base = median(changesMs);
    state.counters["steps"] = static_cast<double>(steps);
    state.counters["changes_median_ms"] = base;
    state.counters["diff_median_ms"] = median(diffMs);
    state.counters["diff_vs_changes"] = base > 0 ? median(diffMs) / base : 0;
    state.counters["text_vs_changes"] = base > 0 ? median(textMs) / base : 0;
    state.counters["mean_lines"] = lines / n;
}
BENCHMARK(BM_Diff_Random)->Iterations(smoke() ? 8 : 40)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
