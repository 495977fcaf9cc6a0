// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: parse and run small scenarios. The machine is capped at 32..64 MiB and the
// scenario at its first 24 operations, so one input runs in milliseconds. A broken invariant
// (checked between operations), playback that does not return to the booted state, or an export
// that throws or crashes aborts the run.
#include "export/Exports.h"
#include "machine/Invariants.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace vmviz;

namespace {

constexpr std::size_t kMaxOps = 24;

[[noreturn]] void fail(const char* what, const std::string& detail, const scenario::Scenario& s)
{
    std::fprintf(stderr, "fuzz_scenario_run: %s\n%s\nscenario (capped):\n%s\n", what, detail.c_str(),
                 scenario::formatScenario(s).c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 4096)
        return -1; // small scenarios only; keeps each input fast
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    scenario::ParseResult parsed = scenario::parseScenario(text, "fuzz.vmviz");
    if (!parsed.ok())
        return 0;
    scenario::Scenario s = std::move(*parsed.scenario);
    if (s.operations.size() > kMaxOps)
        s.operations.resize(kMaxOps);
    const std::uint64_t ram = s.config.ramBytes.value_or(32ull << 20);
    s.config.ramBytes = std::clamp<std::uint64_t>(ram, 32ull << 20, 64ull << 20) & ~0xfffull;
    s.config.cpus = std::min(s.config.cpus.value_or(2), 8u);

    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Operations;
    scenario::RunResult run = scenario::runScenario(s, options);
    if (!run.machine) {
        if (run.error.empty())
            fail("no machine and no error", "", s);
        return 0; // a config the engine refuses, with a message
    }
    if (!run.error.empty())
        fail("invariant broken", run.error, s);
    Machine& m = *run.machine;

    for (const std::string_view format : exports::snapshotFormats())
        if (!exports::renderSnapshot(m, format))
            fail("a listed snapshot format renders nothing", std::string(format), s);
    const std::uint64_t n = m.stepCount();
    if (n)
        (void)exports::traceText(m, n > 50 ? n - 50 : 1, n);
    (void)exports::translateText(m, VirtAddr{0xffffc90000000000ull});

    const std::uint64_t endHash = m.stateHash();
    m.seek(StepIndex{n / 2});
    if (!checkInvariants(m, isQuiescent(m, n / 2) ? InvariantScope::Quiescent : InvariantScope::EveryStep)
             .empty())
        fail("invariants broken after seeking to the middle", std::to_string(n / 2), s);
    m.seek(StepIndex{0});
    const Machine booted(m.config());
    if (m.stateHash() != booted.stateHash())
        fail("stepping back to 0 does not give the booted machine", "", s);
    m.seek(StepIndex{n});
    if (m.stateHash() != endHash)
        fail("stepping forward again does not give the end state", "", s);
    return 0;
}
