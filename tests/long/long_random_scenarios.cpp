// SPDX-License-Identifier: GPL-2.0-only
// The long soak run: random scenarios (tests/support/RandomScenario.h) for at least a million
// operations, invariants checked between operations. Not registered with ctest; run it by hand:
//
//   cmake --preset release -DVMVIZ_BUILD_GUI=OFF -DVMVIZ_BUILD_BENCHMARKS=OFF
//   cmake --build build/release -j2 --target vmviz_long_tests && build/release/tests/vmviz_long_tests
//
// (the dev build works too, about five times slower).
//
// Environment: VMVIZ_LONG_OPS (total operations, default 1000000), VMVIZ_LONG_FIRST_SEED (default 1).
// A failing seed is printed with its scenario text so it can be replayed with vmviz-cli.
#include "machine/Invariants.h"
#include "machine/Machine.h"
#include "scenario/ScenarioRunner.h"
#include "support/RandomScenario.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>

using namespace vmviz;

namespace {

std::uint64_t envOr(const char* name, std::uint64_t fallback)
{
    const char* v = std::getenv(name);
    return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}

TEST(LongRandomScenarios, AMillionOperationsKeepTheInvariants)
{
    const std::uint64_t wanted = envOr("VMVIZ_LONG_OPS", 1000000);
    const std::uint64_t firstSeed = envOr("VMVIZ_LONG_FIRST_SEED", 1);

    std::uint64_t operations = 0;
    std::uint64_t steps = 0;
    std::uint64_t seeds = 0;
    std::uint64_t pageAllocFailures = 0;
    std::uint64_t lazyPurges = 0;
    std::uint64_t oopses = 0;
    std::uint64_t warnings = 0;
    double engineSeconds = 0;
    const auto start = std::chrono::steady_clock::now();
    for (std::uint64_t seed = firstSeed; operations < wanted; ++seed) {
        testsupport::RandomScenarioOptions o;
        o.seed = seed;
        // Two profiles. Most seeds: 1000 operations on machines up to 256 MiB (the checks are linear
        // in RAM) with sizes up to 1 MiB, about 200 steps an operation. Every 25th seed the full
        // range: up to 4 GiB of RAM, sizes up to 64 MiB, out-of-memory and lazy-purge bursts, 300
        // operations, about 10000 steps an operation.
        const bool full = seed % 25 == 0;
        o.operations = full ? 300 : 1000;
        o.minRamBytes = 32ull << 20;
        o.maxRamBytes = full ? 4ull << 30 : 256ull << 20;
        o.maxAllocBytes = full ? 64ull << 20 : 1ull << 20;
        o.pressureBursts = full;
        const std::string text = randomScenario(o);
        scenario::RunOptions options;
        options.invariants = scenario::InvariantChecks::Operations;
        const auto t0 = std::chrono::steady_clock::now();
        auto run = scenario::runScenarioText(text, "long-" + std::to_string(seed) + ".vmviz", options);
        engineSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!run.machine || !run.error.empty()) {
            const std::string file = "long-failure-" + std::to_string(seed) + ".vmviz";
            std::ofstream(file) << text;
            FAIL() << "seed " << seed << ": " << run.error << "\n(scenario written to " << file << ")";
        }
        const Machine& m = *run.machine;
        for (std::uint64_t s = 1; s <= m.stepCount(); ++s) {
            const Step& step = m.trace.step(StepIndex{s});
            if (step.kind != StepKind::Effect)
                continue;
            pageAllocFailures += step.event == Ev::PageAllocFailure;
            lazyPurges += step.event == Ev::LazyPurgeNeeded;
            oopses += step.event == Ev::Oops;
            warnings += step.event == Ev::Warn;
        }
        operations += o.operations;
        steps += m.stepCount();
        ++seeds;
        if (seeds % 50 == 0) {
            const double elapsed =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::fprintf(stderr, "  %llu seeds, %llu operations, %.0f ops/s\n",
                         static_cast<unsigned long long>(seeds), static_cast<unsigned long long>(operations),
                         operations / elapsed);
        }
    }
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "[ long     ] seeds %llu..%llu: %llu operations, %llu steps in %.1f s: %.0f ops/s, %.0f steps/s "
        "(runner incl. checks %.1f s)\n"
        "[ long     ] %llu page allocation failures, %llu lazy purges, %llu WARNs, %llu oopses\n",
        static_cast<unsigned long long>(firstSeed), static_cast<unsigned long long>(firstSeed + seeds - 1),
        static_cast<unsigned long long>(operations), static_cast<unsigned long long>(steps), elapsed,
        operations / elapsed, steps / elapsed, engineSeconds,
        static_cast<unsigned long long>(pageAllocFailures), static_cast<unsigned long long>(lazyPurges),
        static_cast<unsigned long long>(warnings), static_cast<unsigned long long>(oopses));
    EXPECT_GE(operations, wanted);
    EXPECT_GT(pageAllocFailures, 0u);
    EXPECT_GT(lazyPurges, 0u);
}

} // namespace
