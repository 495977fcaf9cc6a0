// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Runs a parsed scenario on a freshly booted machine, recording every step.
#include "machine/Machine.h"
#include "scenario/Scenario.h"

#include <functional>
#include <memory>
#include <string>

namespace vmviz::scenario {

/// The machine a scenario asks for: its `config` line over the defaults.
MachineConfig machineConfigFor(const Scenario& scenario);

/// How often the runner checks the machine's invariants (machine/Invariants.h).
enum class InvariantChecks
{
    Off,
    Operations, ///< between scenario operations
    EveryStep,  ///< after every step, and the stricter set between operations
    Default,    ///< debug builds: every step on machines up to 256 MiB, else between operations; release: off
};

/// What a run may spend on its recorded trace (steps, journal deltas, checkpoints) by default:
/// a quarter of a 16 GiB desktop. `--max-trace-memory` raises or lowers it.
inline constexpr std::uint64_t kDefaultMaxTraceBytes = std::uint64_t{4} << 30;

struct RunOptions
{
    /// The run stops before a line that would take the recorded trace past this many bytes, and
    /// after a line that did, with "FILE:LINE: …" saying so (never std::bad_alloc).
    std::uint64_t maxTraceBytes = kDefaultMaxTraceBytes;
    InvariantChecks invariants = InvariantChecks::Default;
    /// Called after each operation with (done, total); return false to cancel the run.
    std::function<bool(std::size_t done, std::size_t total)> progress;
    /// Runs after every recorded step (invariant checks in debug and test builds).
    std::function<void(const Machine&, std::uint64_t step)> afterStep;
};

struct RunResult
{
    std::unique_ptr<Machine> machine; ///< null when the scenario could not be parsed or booted
    std::string error; ///< parse errors or a trace over its limit ("FILE:LINE: …"), or a broken invariant
                       ///< ("step N: …")
    bool cancelled = false;
};

RunResult runScenario(const Scenario& scenario, const RunOptions& options = {});
/// The same on a machine of the caller's choosing instead of the one the config line asks for
/// (compare/Variant.h lays other settings over it).
RunResult runScenarioOn(const Scenario& scenario, const MachineConfig& config,
                        const RunOptions& options = {});

/// Bytes the machine's recorded trace holds now: steps, journal deltas, strings and log.
std::uint64_t recordedTraceBytes(const Machine& machine);
/// A rough upper estimate of the trace bytes `op` will record on `machine` (about 1 KiB per
/// page it maps or frees, a kmemleak scan per 10 minutes slept), so a run can stop before a line
/// that would not fit instead of running out of memory in it.
std::uint64_t estimatedTraceBytes(const Machine& machine, const Operation& op);

/// Parses and runs; parse errors come back in `error`, one "FILE:LINE: message" per line.
RunResult runScenarioText(std::string_view text, std::string_view fileName, const RunOptions& options = {});

} // namespace vmviz::scenario
