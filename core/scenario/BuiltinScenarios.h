// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The raw table of scenario files compiled into vmviz_core from resources/scenarios/*.vmviz (see
// resources/EmbedScenarios.cmake). Front-ends use scenario/ScenarioCatalogue.h, which reads each
// file's header; this is only its storage.
#include <string_view>
#include <vector>

namespace vmviz::scenario {

struct BuiltinScenario
{
    std::string_view name;
    std::string_view text;
};

/// Defined in the generated BuiltinScenarios.cpp, sorted by name.
const std::vector<BuiltinScenario>& builtinScenarios();

} // namespace vmviz::scenario
