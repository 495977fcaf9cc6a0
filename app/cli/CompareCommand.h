// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// `vmviz-cli compare SCENARIO --kernels A,B [--variant SETTINGS]... [--format text|json]`: the
// flags turned into machine variants (compare/Variant.h), the runs compared (compare/Compare.h).
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioRunner.h"

#include <optional>
#include <string>
#include <vector>

namespace vmviz::cli {

struct CompareRequest
{
    std::optional<std::string> kernels; ///< --kernels, comma separated
    std::vector<std::string> variants;  ///< each --variant
    std::string format;                 ///< "", "text" or "json"
};

struct CompareOutcome
{
    enum class Status
    {
        Ok,
        Usage,    ///< bad flags or a variant the scenario cannot boot with (exit 2)
        Scenario, ///< the scenario's own errors, "FILE:LINE: …" (exit 2)
        Internal, ///< a broken invariant: a bug in vmviz (exit 3)
    };
    Status status = Status::Ok;
    std::string message; ///< what to print on stderr when status != Ok
    std::string output;  ///< what to print when status == Ok
};

/// The most machines one comparison runs (each keeps its whole recorded trace).
inline constexpr std::size_t kMaxCompareMachines = 8;

/// Checks the flags before anything runs, then parses and runs `source` on every variant.
CompareOutcome runCompare(const scenario::ScenarioSource& source, const CompareRequest& request,
                          const scenario::RunOptions& options);
/// Only the flag checks (so that `compare` with bad flags fails before it opens the scenario).
std::optional<std::string> checkCompareFlags(const CompareRequest& request);

} // namespace vmviz::cli
