// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// vmviz's JSON files (snapshots, sessions) start the same way: valid JSON, an object, the right
// "format" and a "version" this build reads. One place checks that and words the errors.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace vmviz {

/// The parsed document, or nullopt with `error` set ("not a vmviz session (…)", "snapshot version 7
/// is not supported (…)"). `noun` names the kind of file in messages.
std::optional<nlohmann::json> parseJsonDocument(std::string_view text, std::string_view format,
                                                std::string_view noun, int version, std::string& error);

} // namespace vmviz
