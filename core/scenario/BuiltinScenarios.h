#pragma once
// Scenarios compiled into the binaries from resources/scenarios/*.vmviz (see resources/EmbedScenarios.cmake).
#include <string_view>
#include <vector>

namespace vmviz::scenario {

struct BuiltinScenario
{
    std::string_view name;
    std::string_view text;
};

/// Defined in the generated resources library; every front-end links it.
const std::vector<BuiltinScenario>& builtinScenarios();

} // namespace vmviz::scenario
