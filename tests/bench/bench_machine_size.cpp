// SPDX-License-Identifier: GPL-2.0-only
// Figure 6: a 64 GiB model machine. Boot it, vmalloc 1 GiB with recording off, and measure
//   bytes of model state per frame = sum of column byteSize() over journal.columns() / frames
// (goal <= 16), plus the boot and vmalloc times, each against a floor measured in the same iteration:
//   boot floor    : allocate the same 10 bytes per frame the model keeps (owner, aux, two links) and
//                   link every frame into one free list in a single pass;
//   vmalloc floor : MappingFloor (BenchCommon.h) mapping the same 262144 pages.
// Smoke runs use a 1 GiB machine and 16 MiB.
#include "BenchCommon.h"

namespace {

using namespace vmviz;
using namespace vmviz::bench;

/// The least a boot can do for `frames` frames of 10 bytes each.
std::uint64_t bootFloor(std::uint64_t frames)
{
    std::vector<std::uint8_t> owner(frames);
    std::vector<std::uint8_t> aux(frames);
    std::vector<std::uint32_t> prev(frames);
    std::vector<std::uint32_t> next(frames);
    for (std::uint64_t p = 0; p < frames; ++p) {
        owner[p] = 1;
        aux[p] = 0;
        prev[p] = static_cast<std::uint32_t>(p - 1);
        next[p] = static_cast<std::uint32_t>(p + 1);
    }
    benchmark::DoNotOptimize(owner.data());
    benchmark::DoNotOptimize(aux.data());
    benchmark::DoNotOptimize(prev.data());
    benchmark::DoNotOptimize(next.data());
    benchmark::ClobberMemory();
    return next[frames / 2];
}

void BM_MachineSize_Boot64GiB_Vmalloc1GiB(benchmark::State& state)
{
    const std::uint64_t ram = smoke() ? (1ull << 30) : (64ull << 30);
    const std::uint64_t bytes = smoke() ? (16ull << 20) : (1ull << 30);
    const std::uint64_t frames = ram >> k::PAGE_SHIFT;
    const std::uint64_t pages = bytes >> k::PAGE_SHIFT;
    std::vector<double> bootNs, bootFloorNs, vmallocNs, mapFloorNs;
    double bytesPerFrameBoot = 0;
    double bytesPerFrame = 0;
    double frameColumnsPerFrame = 0;
    for (auto _ : state) {
        const std::uint64_t t0 = nowNs();
        benchmark::DoNotOptimize(bootFloor(frames));
        const std::uint64_t t1 = nowNs();
        auto m = bootMachine(ram);
        const std::uint64_t t2 = nowNs();
        std::size_t columnBytes = 0;
        for (const ColumnBase* c : m->journal.columns())
            columnBytes += c->byteSize();
        bytesPerFrameBoot = static_cast<double>(columnBytes) / static_cast<double>(frames);

        MappingFloor floor(pages + 1);
        const std::uint64_t t3 = nowNs();
        benchmark::DoNotOptimize(floor.map(pages, 1));
        const std::uint64_t t4 = nowNs();
        const std::uint64_t addr = m->vmalloc.allocate(VmallocApi::Vmalloc, bytes, 0, 0);
        const std::uint64_t t5 = nowNs();
        if (!addr) {
            state.SkipWithError("vmalloc 1 GiB failed");
            break;
        }
        columnBytes = 0;
        std::size_t frameColumns = 0;
        for (const ColumnBase* c : m->journal.columns()) {
            columnBytes += c->byteSize();
            const std::string_view name = c->name();
            if (name.substr(0, 6) == "frame.")
                frameColumns += c->byteSize();
        }
        bytesPerFrame = static_cast<double>(columnBytes) / static_cast<double>(frames);
        frameColumnsPerFrame = static_cast<double>(frameColumns) / static_cast<double>(frames);

        bootFloorNs.push_back(static_cast<double>(t1 - t0));
        bootNs.push_back(static_cast<double>(t2 - t1));
        mapFloorNs.push_back(static_cast<double>(t4 - t3));
        vmallocNs.push_back(static_cast<double>(t5 - t4));
        state.SetIterationTime(static_cast<double>((t2 - t1) + (t5 - t4)) * 1e-9);
    }
    state.counters["frames"] = static_cast<double>(frames);
    state.counters["boot_ms"] = median(bootNs) * 1e-6;
    state.counters["boot_floor_ms"] = median(bootFloorNs) * 1e-6;
    state.counters["boot_vs_floor"] = median(bootNs) / median(bootFloorNs);
    state.counters["vmalloc_ms"] = median(vmallocNs) * 1e-6;
    state.counters["map_floor_ms"] = median(mapFloorNs) * 1e-6;
    // Same sense as figure 1: engine throughput / floor throughput.
    state.counters["engine_vs_floor"] = median(mapFloorNs) / median(vmallocNs);
    state.counters["bytes_per_frame_boot"] = bytesPerFrameBoot;
    state.counters["bytes_per_frame"] = bytesPerFrame;
    state.counters["frame_columns_per_frame"] = frameColumnsPerFrame;
}
BENCHMARK(BM_MachineSize_Boot64GiB_Vmalloc1GiB)
    ->Iterations(smoke() ? 1 : 3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
