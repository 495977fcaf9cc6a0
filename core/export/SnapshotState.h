// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The "state" section of a JSON snapshot: every journaled column by name (runs of non-zero
// values), the trace's string and stack tables, the caller's variable names and the kernel log.
// It is what `vmviz-cli load` rebuilds a machine from; the readable sections beside it are
// checked against the rebuilt machine.
#include "machine/Machine.h"

#include <nlohmann/json.hpp>

#include <string>

namespace vmviz::exports {

nlohmann::ordered_json stateJson(const Machine& machine);

/// Writes `state` into a freshly booted machine of the snapshot's configuration. Returns "" on
/// success, else what is wrong, naming the field.
std::string restoreState(Machine& machine, const nlohmann::json& state);

} // namespace vmviz::exports
