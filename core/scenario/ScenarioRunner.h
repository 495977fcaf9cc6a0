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
enum class InvariantChecks {
    Off,
    Operations, ///< between scenario operations
    EveryStep,  ///< after every step, and the stricter set between operations
    Default,    ///< debug builds: every step on machines up to 256 MiB, else between operations; release: off
};

struct RunOptions
{
    InvariantChecks invariants = InvariantChecks::Default;
    /// Called after each operation with (done, total); return false to cancel the run.
    std::function<bool(std::size_t done, std::size_t total)> progress;
    /// Runs after every recorded step (invariant checks in debug and test builds).
    std::function<void(const Machine&, std::uint64_t step)> afterStep;
};

struct RunResult
{
    std::unique_ptr<Machine> machine; ///< null when the scenario could not be parsed or booted
    std::string error;                ///< parse errors ("FILE:LINE: …"), or a broken invariant ("step N: …")
    bool cancelled = false;
};

RunResult runScenario(const Scenario& scenario, const RunOptions& options = {});

/// Parses and runs; parse errors come back in `error`, one "FILE:LINE: message" per line.
RunResult runScenarioText(std::string_view text, std::string_view fileName, const RunOptions& options = {});

} // namespace vmviz::scenario
