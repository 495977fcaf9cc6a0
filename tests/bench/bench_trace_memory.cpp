// SPDX-License-Identifier: GPL-2.0-only
// Figure 3: memory per recorded step over a ~1-million-step trace of large vmalloc/vfree churn.
//   bytes/step = (the trace's step storage + the journal's delta storage, whole chunks counted
//                 + the trace's other storage: interned strings and their map, log lines, stacks) / steps
// Goal <= 48. The split is reported too, plus the growth of the model's own columns during the run
// (area and kmemleak slots are never reused, so they grow with the trace, not with the machine).
//
// Memory is deterministic, so no in-run baseline is needed; the time it took to record the trace is
// reported as an extra (record_ns_per_step).
#include "BenchCommon.h"

#include <stdexcept>
#include <string>

namespace {

using namespace vmviz;
using namespace vmviz::bench;

std::size_t heapBytes(const std::string& s)
{
    // Short strings live inside the object (libstdc++ SSO: 15 characters).
    return s.capacity() > 15 ? s.capacity() + 1 : 0;
}

struct OtherTraceBytes
{
    std::size_t strings = 0; ///< m_strings and the m_stringIds map (approximate node layout)
    std::size_t log = 0;
    std::size_t stacks = 0;
    std::size_t total() const { return strings + log + stacks; }
};

/// Trace keeps its interned strings and stacks private; count them through the public accessors,
/// which throw past the end.
OtherTraceBytes otherTraceBytes(const Trace& trace)
{
    OtherTraceBytes out;
    std::size_t strings = 0;
    try {
        for (;; ++strings) {
            const std::string& s = trace.string(strings);
            // vector<string> element + its heap, and the unordered_map node holding a copy:
            // next pointer + key + value + cached hash, plus one bucket pointer.
            out.strings += sizeof(std::string) + 2 * heapBytes(s) + sizeof(void*) + sizeof(std::string) +
                           sizeof(std::uint32_t) + 4 + sizeof(std::size_t) + sizeof(void*);
        }
    } catch (const std::out_of_range&) {
    }
    for (const LogLine& line : trace.log())
        out.log += heapBytes(line.text);
    out.log += trace.log().capacity() * sizeof(LogLine);
    std::uint32_t stacks = 0;
    try {
        for (;; ++stacks) {
            const auto& st = trace.stack(stacks);
            out.stacks += sizeof(st) + st.capacity() * sizeof(Fn);
        }
    } catch (const std::out_of_range&) {
    }
    return out;
}

std::size_t columnBytes(const Journal& journal)
{
    std::size_t bytes = 0;
    for (const ColumnBase* c : journal.columns())
        bytes += c->byteSize();
    return bytes;
}

struct RecordedTrace
{
    std::unique_ptr<Machine> machine;
    std::uint64_t recordNs = 0;
    std::size_t columnBytesBefore = 0;
    std::size_t columnBytesAfter = 0;
};

const RecordedTrace& millionStepTrace()
{
    static const RecordedTrace trace = [] {
        RecordedTrace t;
        t.machine = bootMachine(1ull << 30);
        t.columnBytesBefore = columnBytes(t.machine->journal);
        t.machine->startRecording();
        const std::uint64_t t0 = nowNs();
        recordChurn(*t.machine, smoke() ? 20000 : 1000000, 2048, 16);
        t.recordNs = nowNs() - t0;
        t.machine->finishRecording();
        t.columnBytesAfter = columnBytes(t.machine->journal);
        return t;
    }();
    return trace;
}

void BM_TraceMemory_PerStep(benchmark::State& state)
{
    const RecordedTrace& rec = millionStepTrace();
    const Machine& m = *rec.machine;
    for (auto _ : state)
        benchmark::DoNotOptimize(m.trace.size());

    const double steps = static_cast<double>(m.trace.size());
    const OtherTraceBytes other = otherTraceBytes(m.trace);
    const double stepBytes = static_cast<double>(m.trace.stepBytes());
    const double deltaBytes = static_cast<double>(m.journal.storageBytes());
    const double usedBytes = static_cast<double>(m.trace.stepBytesUsed() + m.journal.storageBytesUsed()) +
                             static_cast<double>(other.total());

    state.counters["steps"] = steps;
    state.counters["deltas_per_step"] = static_cast<double>(m.journal.size()) / steps;
    // Playback checkpoints count too (none below 4 M deltas, see Machine::buildCheckpoints).
    const double checkpointBytes = static_cast<double>(m.checkpointBytes());
    state.counters["checkpoint_bytes_per_step"] = checkpointBytes / steps;
    state.counters["bytes_per_step"] =
        (stepBytes + deltaBytes + static_cast<double>(other.total()) + checkpointBytes) / steps;
    state.counters["step_bytes_per_step"] = stepBytes / steps;
    state.counters["delta_bytes_per_step"] = deltaBytes / steps;
    state.counters["other_bytes_per_step"] = static_cast<double>(other.total()) / steps;
    state.counters["used_bytes_per_step"] = usedBytes / steps; ///< size() instead of capacity()
    // Stored sizes: step and delta storage (used, not whole chunks) per step and per delta.
    state.counters["stored_bytes_per_step_record"] = static_cast<double>(m.trace.stepBytesUsed()) / steps;
    state.counters["stored_bytes_per_delta"] =
        static_cast<double>(m.journal.storageBytesUsed()) / static_cast<double>(m.journal.size());
    state.counters["column_growth_bytes_per_step"] =
        static_cast<double>(rec.columnBytesAfter - rec.columnBytesBefore) / steps;
    state.counters["record_ns_per_step"] = static_cast<double>(rec.recordNs) / steps;
}
BENCHMARK(BM_TraceMemory_PerStep)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
