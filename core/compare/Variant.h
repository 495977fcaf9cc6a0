// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A machine variant: `config` settings (kernel, cpus, ram, paging …) laid over a scenario's own
// config line, so one scenario can run on several machines that differ only in what the variant
// names. `vmviz-cli compare --kernels 2.6.36,6.18 --variant cpus=4` and `vmviz --compare` build
// their machines from these.
#include "machine/Machine.h"
#include "scenario/Scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz::compare {

struct Setting
{
    std::string key;
    std::string value;

    bool operator==(const Setting&) const = default;
};

struct Variant
{
    std::vector<Setting> settings; ///< in the order given; a key at most once

    /// "kernel=6.18 cpus=4"; "as written" for a variant that changes nothing.
    std::string label() const;
    bool operator==(const Variant&) const = default;
};

/// "cpus=4 ram=1G" (settings separated by spaces or commas) as a variant. The keys and values are
/// checked when the variant is laid over a scenario (machineFor), by the scenario parser itself.
std::optional<Variant> parseVariant(std::string_view text, std::string* error);

/// The kernel profiles this build models ("2.6.36", and "6.18" once that profile exists).
std::vector<std::string> knownKernels();

/// "2.6.36,6.18": one `kernel=NAME` variant per name; an unknown name is an error naming the known ones.
std::optional<std::vector<Variant>> kernelVariants(std::string_view commaList, std::string* error);

/// The machines in one argument (`vmviz --compare`): kernel names separated by commas
/// ("2.6.36,6.18"), or variants separated by '|' ("cpus=1|cpus=4", "kernel=6.18 cpus=4|kernel=2.6.36").
std::optional<std::vector<Variant>> parseMachineList(std::string_view text, std::string* error);

/// The machines `compare` runs: every kernel variant with every other variant laid over it (either
/// list may be empty). A key given in both takes the second one's value.
std::vector<Variant> combineVariants(const std::vector<Variant>& kernels, const std::vector<Variant>& others);

/// The machine `scenario` boots under `variant`: its config line with the variant's settings in
/// place of its own; or why there is none ("kernel=7.0: unknown kernel …", "cpus=0 is out of range …").
struct VariantMachine
{
    std::optional<MachineConfig> config;
    std::string error;
};
VariantMachine machineFor(const scenario::Scenario& scenario, const Variant& variant);

} // namespace vmviz::compare
