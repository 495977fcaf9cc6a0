// SPDX-License-Identifier: GPL-2.0-only
// Streaming trace output: `vmviz-cli trace --format jsonl` on a 5-million-step run (5 k in smoke
// runs). The streamed writer hands the reader 64 KiB pieces, so the first line arrives after one
// piece's work and the bytes held at once stay at one piece, however long the trace; the counters
// put both beside the whole-string export it replaced and beside a plain write of the same bytes
// to a file (the least any exporter can cost once the text exists; /dev/null would discard them
// without a copy and make every ratio meaningless).
#include "BenchCommon.h"

#include "export/Exports.h"

#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace {

using namespace vmviz;
using namespace vmviz::bench;

Machine& fiveMillionStepRun()
{
    static std::unique_ptr<Machine> m = [] {
        auto machine = bootMachine(1ull << 30);
        machine->startRecording();
        recordChurn(*machine, smoke() ? 5000 : 5000000, 2048, 16, 7);
        machine->finishRecording();
        return machine;
    }();
    return *m;
}

void BM_TraceJsonl_Streamed(benchmark::State& state)
{
    Machine& m = fiveMillionStepRun();
    const std::filesystem::path sinkPath =
        std::filesystem::temp_directory_path() / ("vmviz-bench-stream-" + std::to_string(::getpid()));
    std::FILE* sink = std::fopen(sinkPath.c_str(), "wb");
    double firstPieceNs = 0;
    double totalNs = 0;
    std::size_t bytes = 0;
    std::size_t largestPiece = 0;
    for (auto _ : state) {
        std::rewind(sink);
        const std::uint64_t t0 = nowNs();
        std::uint64_t first = 0;
        bytes = 0;
        exports::writeTraceJsonl(m, 1, m.stepCount(), [&](std::string_view piece) {
            if (!first)
                first = nowNs();
            bytes += piece.size();
            largestPiece = std::max(largestPiece, piece.size());
            return std::fwrite(piece.data(), 1, piece.size(), sink) == piece.size();
        });
        std::fflush(sink);
        firstPieceNs = static_cast<double>(first - t0);
        totalNs = static_cast<double>(nowNs() - t0);
    }
    // The plain write: the same bytes, already formatted, to the same place.
    const std::string whole = exports::traceJsonl(m, 1, m.stepCount());
    std::rewind(sink);
    const std::uint64_t w0 = nowNs();
    std::fwrite(whole.data(), 1, whole.size(), sink);
    std::fflush(sink);
    const double plainNs = static_cast<double>(std::max<std::uint64_t>(nowNs() - w0, 1));
    std::fclose(sink);
    std::filesystem::remove(sinkPath);
    state.counters["steps"] = static_cast<double>(m.stepCount());
    state.counters["bytes"] = static_cast<double>(bytes);
    state.counters["first_line_ms"] = firstPieceNs / 1e6;
    state.counters["first_line_vs_plain_write"] = firstPieceNs / plainNs;
    state.counters["total_vs_plain_write"] = totalNs / plainNs;
    state.counters["held_bytes"] = static_cast<double>(largestPiece);
    state.counters["held_vs_whole_string"] =
        static_cast<double>(largestPiece) / static_cast<double>(whole.size());
}
BENCHMARK(BM_TraceJsonl_Streamed)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
