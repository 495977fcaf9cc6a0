// SPDX-License-Identifier: GPL-2.0-only
#include "CompareCommand.h"

#include "compare/Compare.h"
#include "scenario/ScenarioParser.h"

namespace vmviz::cli {

namespace {

struct Variants
{
    std::vector<compare::Variant> list;
    std::string error;
};

Variants variantsOf(const CompareRequest& request)
{
    Variants out;
    std::vector<compare::Variant> kernels;
    if (request.kernels) {
        std::string why;
        const auto parsed = compare::kernelVariants(*request.kernels, &why);
        if (!parsed) {
            out.error = "--kernels " + *request.kernels + ": " + why;
            return out;
        }
        kernels = *parsed;
    }
    std::vector<compare::Variant> others;
    for (const std::string& text : request.variants) {
        std::string why;
        const auto parsed = compare::parseVariant(text, &why);
        if (!parsed) {
            out.error = "--variant '" + text + "': " + why;
            return out;
        }
        others.push_back(*parsed);
    }
    out.list = compare::combineVariants(kernels, others);
    if (out.list.size() < 2)
        out.error = "compare needs two machines or more: --kernels A,B, or --variant twice or more "
                    "(with --kernels, each --variant is laid over every kernel)";
    else if (out.list.size() > kMaxCompareMachines)
        out.error = "compare runs at most " + std::to_string(kMaxCompareMachines) + " machines, not " +
                    std::to_string(out.list.size());
    return out;
}

} // namespace

std::optional<std::string> checkCompareFlags(const CompareRequest& request)
{
    if (!request.format.empty() && request.format != "text" && request.format != "json")
        return "unknown compare format '" + request.format + "' (text or json)";
    Variants variants = variantsOf(request);
    if (!variants.error.empty())
        return variants.error;
    return std::nullopt;
}

CompareOutcome runCompare(const scenario::ScenarioSource& source, const CompareRequest& request,
                          const scenario::RunOptions& options)
{
    using Status = CompareOutcome::Status;
    if (const auto problem = checkCompareFlags(request))
        return {Status::Usage, *problem, {}};
    const Variants variants = variantsOf(request);
    const scenario::ParseResult parsed = scenario::parseScenario(source.text, source.fileName);
    if (!parsed.ok()) {
        std::string errors;
        for (const scenario::ParseError& e : parsed.errors)
            errors += e.toString() + "\n";
        return {Status::Scenario, errors, {}};
    }
    const compare::CompareResult result = compare::compareScenario(*parsed.scenario, variants.list, options);
    if (result.error) {
        const std::string machine = result.error->variant
                                        ? "machine " + compare::machineLetter(*result.error->variant) + " (" +
                                              variants.list[*result.error->variant].label() + "): "
                                        : std::string();
        // A run stopped at its trace limit says FILE:LINE itself; a variant the config refuses is the flag's
        // fault.
        const bool scenarioFault = result.error->message.starts_with(source.fileName + ":");
        return {scenarioFault ? Status::Scenario : Status::Usage, machine + result.error->message, {}};
    }
    const compare::Comparison& comparison = *result.comparison;
    for (std::size_t m = 0; m < comparison.machines.size(); ++m)
        if (!comparison.machines[m].error.empty())
            return {Status::Internal,
                    "machine " + compare::machineLetter(m) + ": " + comparison.machines[m].error,
                    {}};
    return {Status::Ok,
            {},
            request.format == "json" ? compare::compareJson(comparison).dump(2) + "\n"
                                     : compare::compareText(comparison)};
}

} // namespace vmviz::cli
