// SPDX-License-Identifier: GPL-2.0-only
// Figure 4: seeking in a 10-million-step trace (goal: median and max <= 100 ms per seek).
//
// The trace is recorded once per process: vmalloc/vfree churn of areas up to 8 MiB on a 1 GiB
// machine (BenchCommon.h recordChurn) until it holds 10 M steps (20 k in smoke runs). Each
// iteration seeks from wherever the cursor stands to a uniformly random position, then replays the
// same delta range through the floor: a plain loop doing shadow[column][index] ^= bits with no
// virtual call and no observers, the least work any seek over this delta format can do (it decodes
// the journal's packed deltas the way a replay must). The
// seek/floor ratio says how much of the seek is dispatch and derived-index upkeep.
#include "BenchCommon.h"

namespace {

using namespace vmviz;
using namespace vmviz::bench;

struct SeekTrace
{
    std::unique_ptr<Machine> machine;
    std::uint64_t endHash = 0;
    std::uint64_t recordNs = 0;
    std::uint64_t finishNs = 0;                     ///< finishRecording(): the checkpoint sweep
    std::vector<std::vector<std::uint64_t>> shadow; ///< one slot array per column, for the floor
};

SeekTrace& tenMillionStepTrace()
{
    static SeekTrace t = [] {
        SeekTrace s;
        s.machine = bootMachine(1ull << 30);
        s.machine->startRecording();
        const std::uint64_t t0 = nowNs();
        recordChurn(*s.machine, smoke() ? 20000 : 10000000, 2048, 16, 4);
        s.recordNs = nowNs() - t0;
        const std::uint64_t t1 = nowNs();
        s.machine->finishRecording();
        s.finishNs = nowNs() - t1;
        s.endHash = s.machine->stateHash();
        for (const ColumnBase* c : s.machine->journal.columns())
            s.shadow.emplace_back(c->slotCount(), 0);
        return s;
    }();
    return t;
}

std::uint64_t deltaEndAt(const Machine& m, std::uint64_t position)
{
    return m.trace.deltaEnd(position);
}

/// The floor: apply deltas [begin, end) to flat shadow arrays.
void floorReplay(SeekTrace& t, std::uint64_t begin, std::uint64_t end)
{
    auto* shadow = t.shadow.data();
    t.machine->journal.forEachDelta(begin, end,
                                    [shadow](const Delta& d) { shadow[d.column][d.index] ^= d.xorBits; });
    benchmark::ClobberMemory();
}

void BM_Seek_Random(benchmark::State& state)
{
    SeekTrace& t = tenMillionStepTrace();
    Machine& m = *t.machine;
    const std::uint64_t steps = m.stepCount();
    XorShift rng{0x5eed5eedull};
    std::vector<double> seekMs;
    std::vector<double> floorMs;
    double deltasMoved = 0;
    for (auto _ : state) {
        const std::uint64_t from = m.position().value();
        const std::uint64_t to = rng.below(steps + 1);
        const std::uint64_t t0 = nowNs();
        m.seek(StepIndex{to});
        const std::uint64_t t1 = nowNs();
        const std::uint64_t a = deltaEndAt(m, std::min(from, to));
        const std::uint64_t b = deltaEndAt(m, std::max(from, to));
        floorReplay(t, a, b);
        const std::uint64_t t2 = nowNs();
        seekMs.push_back(static_cast<double>(t1 - t0) * 1e-6);
        floorMs.push_back(static_cast<double>(t2 - t1) * 1e-6);
        deltasMoved += static_cast<double>(b - a);
        state.SetIterationTime(static_cast<double>(t1 - t0) * 1e-9);
    }
    m.seek(StepIndex{steps});
    if (m.stateHash() != t.endHash)
        state.SkipWithError("seeking back to the end did not restore the recorded state");

    double seekSum = 0;
    double floorSum = 0;
    for (double v : seekMs)
        seekSum += v;
    for (double v : floorMs)
        floorSum += v;
    state.counters["steps"] = static_cast<double>(steps);
    state.counters["deltas"] = static_cast<double>(m.journal.size());
    state.counters["seeks"] = static_cast<double>(seekMs.size());
    state.counters["median_ms"] = median(seekMs);
    state.counters["max_ms"] = seekMs.empty() ? 0 : *std::max_element(seekMs.begin(), seekMs.end());
    state.counters["floor_median_ms"] = median(floorMs);
    state.counters["seek_vs_floor"] = floorSum > 0 ? seekSum / floorSum : 0;
    state.counters["ns_per_delta"] = deltasMoved > 0 ? seekSum * 1e6 / deltasMoved : 0;
    state.counters["record_ns_per_step"] = static_cast<double>(t.recordNs) / static_cast<double>(steps);
    state.counters["checkpoints"] = static_cast<double>(m.checkpointCount());
    state.counters["checkpoint_mib"] = static_cast<double>(m.checkpointBytes()) / (1 << 20);
    state.counters["checkpoint_build_ms"] = static_cast<double>(t.finishNs) * 1e-6;
    state.counters["restores"] = static_cast<double>(m.checkpointRestores());
}
BENCHMARK(BM_Seek_Random)->Iterations(smoke() ? 8 : 60)->UseManualTime()->Unit(benchmark::kMillisecond);

/// The worst case: the whole trace in one seek, end -> 0 (undo everything) and 0 -> end.
void BM_Seek_FullSweep(benchmark::State& state)
{
    SeekTrace& t = tenMillionStepTrace();
    Machine& m = *t.machine;
    const std::uint64_t steps = m.stepCount();
    std::vector<double> backMs;
    std::vector<double> forwardMs;
    std::vector<double> floorMs;
    for (auto _ : state) {
        m.seek(StepIndex{steps});
        const std::uint64_t t0 = nowNs();
        m.seek(StepIndex{0});
        const std::uint64_t t1 = nowNs();
        m.seek(StepIndex{steps});
        const std::uint64_t t2 = nowNs();
        floorReplay(t, 0, m.journal.size());
        const std::uint64_t t3 = nowNs();
        backMs.push_back(static_cast<double>(t1 - t0) * 1e-6);
        forwardMs.push_back(static_cast<double>(t2 - t1) * 1e-6);
        floorMs.push_back(static_cast<double>(t3 - t2) * 1e-6);
        state.SetIterationTime(static_cast<double>(t2 - t0) * 1e-9 / 2);
    }
    if (m.stateHash() != t.endHash)
        state.SkipWithError("a full sweep did not restore the recorded state");
    state.counters["steps"] = static_cast<double>(steps);
    state.counters["back_ms"] = median(backMs);
    state.counters["forward_ms"] = median(forwardMs);
    state.counters["floor_ms"] = median(floorMs);
    state.counters["sweep_vs_floor"] =
        median(floorMs) > 0 ? (median(backMs) + median(forwardMs)) / 2 / median(floorMs) : 0;
}
BENCHMARK(BM_Seek_FullSweep)->Iterations(smoke() ? 1 : 3)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
