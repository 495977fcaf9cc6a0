// SPDX-License-Identifier: GPL-2.0-only
// Profiling driver for docs/performance.md: the workloads of the benchmarks without Google Benchmark
// around them, so perf and callgrind see only the engine. Not part of any CMake target (the bench
// glob is tests/bench/*.cpp, not recursive). Build it against a release (or RelWithDebInfo) core:
//
//   g++ -std=c++20 -O2 -g -Icore -Itests/bench tests/bench/profile/driver.cpp
//       build/release/core/libvmviz_core.a -lbenchmark -o /tmp/vmviz-prof
//
// Modes:
//   map-off REPS / map-on REPS   REPS x (boot 1 GiB, vmalloc 64 MiB), recording off / on
//   seek REPS                    record a 2 M-step churn trace, then REPS x (seek 0, seek end)
//   churn REPS N                 N live areas of 1..4 pages, then REPS x (vfree, vmalloc); under
//                                callgrind --collect-atstart=no only the churn is collected
//   hist                         deltas by column and width, steps by kind, deltas per step
//
// e.g. valgrind --tool=callgrind --toggle-collect='vmviz::Vmalloc::allocate*' /tmp/vmviz-prof map-off 2
//      valgrind --tool=callgrind --branch-sim=yes --toggle-collect='vmviz::Machine::seek*' /tmp/vmviz-prof
//      seek 1 valgrind --tool=callgrind --cache-sim=yes --collect-atstart=no /tmp/vmviz-prof churn 20000
//      100000
#include "BenchCommon.h"

#include <cstdio>
#include <map>
#include <string>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_TOGGLE_COLLECT
#endif
using namespace vmviz;
using namespace vmviz::bench;
int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s map-off|map-on|seek|churn|hist [REPS [N]]\n", argv[0]);
        return 2;
    }
    std::string mode = argv[1];
    int reps = argc > 2 ? std::atoi(argv[2]) : 20;
    if (mode == "map-off" || mode == "map-on") {
        for (int i = 0; i < reps; ++i) {
            auto m = bootMachine(1ull << 30);
            if (mode == "map-on")
                m->startRecording();
            m->vmalloc.allocate(VmallocApi::Vmalloc, 64ull << 20, 0, 0);
        }
    } else if (mode == "seek") {
        auto m = bootMachine(1ull << 30);
        m->startRecording();
        recordChurn(*m, 2000000, 2048, 16, 4);
        m->finishRecording();
        for (int i = 0; i < reps; ++i) {
            m->seek(StepIndex{0});
            m->seek(StepIndex{m->stepCount()});
        }
    } else if (mode == "churn") {
        std::size_t n = argc > 3 ? std::atoi(argv[3]) : 1000;
        auto m = bootMachine(4ull << 30);
        XorShift rng;
        std::vector<std::uint64_t> live;
        while (live.size() < n)
            live.push_back(m->vmalloc.allocate(VmallocApi::Vmalloc, (1 + rng.below(4)) * 4096, 0, 0));
        CALLGRIND_START_INSTRUMENTATION;
        CALLGRIND_TOGGLE_COLLECT;
        for (int i = 0; i < reps; ++i) {
            std::size_t v = rng.below(live.size());
            m->vmalloc.vfree(live[v]);
            live[v] = m->vmalloc.allocate(VmallocApi::Vmalloc, (1 + rng.below(4)) * 4096, 0, 0);
        }
        CALLGRIND_TOGGLE_COLLECT; // not the teardown of the machine
    } else if (mode == "hist") {
        auto m = bootMachine(1ull << 30);
        m->startRecording();
        recordChurn(*m, 1000000, 2048, 16, 1);
        m->finishRecording();
        std::map<std::string, std::uint64_t> byCol;
        std::map<int, std::uint64_t> byWidth;
        const auto& cols = m->journal.columns();
        m->journal.forEachDelta(0, m->journal.size(), [&](const Delta& d) {
            byCol[cols[d.column]->name()]++;
            std::size_t w =
                cols[d.column]->slotCount() ? cols[d.column]->byteSize() / cols[d.column]->slotCount() : 0;
            byWidth[(int)w]++;
        });
        double n = m->journal.size();
        std::printf("deltas %.0f steps %llu\n", n, (unsigned long long)m->trace.size());
        for (auto& [k, v] : byCol)
            std::printf("%-28s %10llu %5.1f%%\n", k.c_str(), (unsigned long long)v, 100.0 * v / n);
        for (auto& [k, v] : byWidth)
            std::printf("width %d: %5.1f%%\n", k, 100.0 * v / n);
        std::map<std::string, std::uint64_t> byKind;
        std::uint64_t smallArgs = 0;
        std::uint64_t zeroDelta = 0;
        for (std::uint64_t i = 1; i <= m->trace.size(); ++i) {
            const Step s = m->trace.step(i);
            byKind[s.kind == StepKind::Call ? "call" : s.kind == StepKind::Return ? "return" : "effect"]++;
            bool small = true;
            for (auto a : s.args)
                if (a >= (1ull << 32))
                    small = false;
            smallArgs += small;
        }
        std::uint64_t prev = 0;
        for (std::uint64_t i = 1; i <= m->trace.size(); ++i) {
            const Step s = m->trace.step(i);
            zeroDelta += s.deltaEnd == prev;
            prev = s.deltaEnd;
        }
        for (auto& [k, v] : byKind)
            std::printf("%s %.1f%%\n", k.c_str(), 100.0 * v / m->trace.size());
        std::printf("steps with all args < 2^32: %.1f%%; steps with no deltas: %.1f%%\n",
                    100.0 * smallArgs / m->trace.size(), 100.0 * zeroDelta / m->trace.size());
        std::map<std::uint64_t, std::uint64_t> perStep;
        prev = 0;
        for (std::uint64_t i = 1; i <= m->trace.size(); ++i) {
            const Step s = m->trace.step(i);
            perStep[std::min<std::uint64_t>(s.deltaEnd - prev, 16)]++;
            prev = s.deltaEnd;
        }
        for (auto& [k, v] : perStep)
            std::printf("deltas in step %llu: %.1f%%\n", (unsigned long long)k, 100.0 * v / m->trace.size());
    }
    return 0;
}
