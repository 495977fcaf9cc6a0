// SPDX-License-Identifier: GPL-2.0-only
// What a hostile scenario file costs the parser: one 100 MiB line with no newline in it is
// measured and rejected without being lexed (ScenarioParser.LongLinesAreRejectedUnread checks the
// work is bounded; this measures the time). Reported per byte of input, next to a plain memchr
// pass over the same bytes, so the ratio says how close the parser stays to one scan.
#include "BenchCommon.h"
#include "scenario/ScenarioParser.h"

#include <cstring>
#include <string>

namespace {

void BM_ScenarioParser_HundredMegabyteLine(benchmark::State& state)
{
    const std::size_t size = vmviz::bench::smoke() ? (1u << 20) : (100u << 20);
    const std::string text = std::string(size, 'a') + "\nvmalloc 4K\n";
    std::uint64_t parserNs = 0;
    std::uint64_t scanNs = 0;
    for (auto _ : state) {
        const std::uint64_t t0 = vmviz::bench::nowNs();
        const auto result = vmviz::scenario::parseScenario(text, "huge.vmviz");
        const std::uint64_t t1 = vmviz::bench::nowNs();
        const void* newline = std::memchr(text.data(), '\n', text.size());
        const std::uint64_t t2 = vmviz::bench::nowNs();
        benchmark::DoNotOptimize(result.errors.size());
        benchmark::DoNotOptimize(newline);
        parserNs += t1 - t0;
        scanNs += t2 - t1;
        state.SetIterationTime(static_cast<double>(t1 - t0) * 1e-9);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["ratio_to_memchr"] =
        scanNs == 0 ? 0.0 : static_cast<double>(parserNs) / static_cast<double>(scanNs);
}

} // namespace

BENCHMARK(BM_ScenarioParser_HundredMegabyteLine)->UseManualTime()->Unit(benchmark::kMillisecond);
