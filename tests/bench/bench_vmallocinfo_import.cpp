// SPDX-License-Identifier: GPL-2.0-only
// What importing a real machine's /proc/vmallocinfo costs: a 20,000-line file (a busy server has
// a few thousand areas), timed per line next to reading the same file from disk in the same
// iteration, so ratio_to_read says how much the parse adds to the read it cannot avoid.
#include "BenchCommon.h"
#include "import/VmallocInfoImport.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string generatedFile(std::size_t lines)
{
    static const char* const tails[] = {
        "bpf_prog_alloc_no_stats+0x4a/0x250 pages=1 vmalloc N0=1",
        "acpi_os_map_iomem+0x1ac/0x1e0 phys=0x00000000bffe0000 ioremap",
        "kvmalloc_node_noprof+0x4b/0x120 pages=257 vmalloc vpages N0=129 N1=128",
        "mymod_init+0x1c/0x40 [mymod] pages=1 vmalloc N0=1",
        "unpurged vm_area",
    };
    std::string out;
    std::uint64_t at = 0xffffc90000000000ull;
    for (std::size_t i = 0; i < lines; ++i) {
        char range[64];
        std::snprintf(range, sizeof range, "0x%016llx-0x%016llx %7u ", static_cast<unsigned long long>(at),
                      static_cast<unsigned long long>(at + 8192), 8192u);
        out += range;
        out += tails[i % std::size(tails)];
        out += '\n';
        at += 8192;
    }
    return out;
}

void BM_VmallocInfoImport_PerLine(benchmark::State& state)
{
    const std::size_t lines = vmviz::bench::smoke() ? 500 : 20000;
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "vmviz_bench_vmallocinfo.txt";
    {
        std::ofstream out(file, std::ios::binary);
        out << generatedFile(lines);
    }
    std::uint64_t importNs = 0;
    std::uint64_t readNs = 0;
    for (auto _ : state) {
        const std::uint64_t t0 = vmviz::bench::nowNs();
        std::ifstream in(file, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string text = buffer.str();
        const std::uint64_t t1 = vmviz::bench::nowNs();
        const auto info = vmviz::import::importVmallocInfo(text, "bench");
        const auto summary = vmviz::import::summarize(info);
        const std::uint64_t t2 = vmviz::bench::nowNs();
        benchmark::DoNotOptimize(summary.pages);
        readNs += t1 - t0;
        importNs += t2 - t1;
        state.SetIterationTime(static_cast<double>(t2 - t1) * 1e-9);
    }
    std::filesystem::remove(file);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
    state.counters["ns_per_line"] =
        static_cast<double>(importNs) / static_cast<double>(state.iterations() * lines);
    state.counters["ratio_to_read"] =
        readNs == 0 ? 0.0 : static_cast<double>(importNs) / static_cast<double>(readNs);
}

} // namespace

BENCHMARK(BM_VmallocInfoImport_PerLine)->UseManualTime()->Unit(benchmark::kMillisecond);
