// SPDX-License-Identifier: GPL-2.0-only
#include "base/JsonDocument.h"

namespace vmviz {

std::optional<nlohmann::json> parseJsonDocument(std::string_view text, std::string_view format,
                                                std::string_view noun, int version, std::string& error)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        // parse_error, and out_of_range for a number too large for a double ("1E400"): found by
        // tests/fuzz/fuzz_session_load.
        error = std::string("not valid JSON: ") + e.what();
        return std::nullopt;
    }
    // Not j.value("format", ""): it throws when "format" is there but not a string.
    if (!j.is_object() || !j.contains("format") || !j["format"].is_string() || j["format"] != format) {
        error = "not a vmviz " + std::string(noun) + " (\"format\" is not \"" + std::string(format) + "\")";
        return std::nullopt;
    }
    if (!j.contains("version") || j["version"] != version) {
        error = std::string(noun) + " version " +
                (j.contains("version") ? j["version"].dump() : std::string("(none)")) +
                " is not supported (this vmviz reads version " + std::to_string(version) + ")";
        return std::nullopt;
    }
    return j;
}

} // namespace vmviz
