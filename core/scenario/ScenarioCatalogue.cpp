// SPDX-License-Identifier: GPL-2.0-only
#include "scenario/ScenarioCatalogue.h"

#include "scenario/BuiltinScenarios.h"
#include "scenario/ScenarioSyntax.h"
#include "scenario/Session.h"

#include <nlohmann/json.hpp>

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

namespace vmviz::scenario {

namespace {

constexpr std::array<std::pair<ScenarioKind, std::string_view>, 3> kKindNames = {{
    {ScenarioKind::Scenario, "scenario"},
    {ScenarioKind::Example, "example"},
    {ScenarioKind::Lesson, "lesson"},
}};

std::string_view trim(std::string_view s)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

/// "# key: value" -> {key, value}; an empty key when the comment is not of that shape.
std::pair<std::string_view, std::string_view> headerField(std::string_view comment)
{
    std::size_t keyEnd = 0;
    while (keyEnd < comment.size() && comment[keyEnd] >= 'a' && comment[keyEnd] <= 'z')
        ++keyEnd;
    if (keyEnd == 0 || keyEnd >= comment.size() || comment[keyEnd] != ':')
        return {};
    return {comment.substr(0, keyEnd), trim(comment.substr(keyEnd + 1))};
}

} // namespace

std::string_view scenarioKindName(ScenarioKind kind)
{
    for (const auto& [k, name] : kKindNames) {
        if (k == kind)
            return name;
    }
    return "scenario";
}

std::optional<ScenarioKind> scenarioKindFromName(std::string_view name)
{
    for (const auto& [kind, n] : kKindNames) {
        if (n == name)
            return kind;
    }
    return std::nullopt;
}

ScenarioHeader readScenarioHeader(std::string_view text)
{
    ScenarioHeader header;
    bool sawTitle = false;
    bool sawAbout = false;
    bool sawKind = false;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        const std::string_view line = trim(text.substr(0, newline));
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        if (line.empty())
            continue;
        if (line.front() != '#')
            break; // the first operation or config line ends the header
        const auto [key, value] = headerField(trim(line.substr(1)));
        // The first line of each key wins, so a later comment that happens to look like one
        // cannot retitle the file.
        if (key == "title" && !std::exchange(sawTitle, true)) {
            header.title = value;
        } else if (key == "about" && !std::exchange(sawAbout, true)) {
            header.about = value;
        } else if (key == "kind" && !std::exchange(sawKind, true)) {
            if (const auto kind = scenarioKindFromName(value))
                header.kind = *kind;
            else
                header.problems.push_back("kind '" + std::string(value) +
                                          "' is not scenario, example or lesson");
        }
    }
    return header;
}

const std::vector<CatalogueEntry>& scenarioCatalogue()
{
    static const std::vector<CatalogueEntry> catalogue = [] {
        std::vector<CatalogueEntry> entries;
        for (const BuiltinScenario& builtin : builtinScenarios())
            entries.push_back(
                CatalogueEntry{std::string(builtin.name), readScenarioHeader(builtin.text), builtin.text});
        return entries;
    }();
    return catalogue;
}

const CatalogueEntry* findInCatalogue(std::string_view name)
{
    // The shorthand every README example and the GUI's default use.
    if (name == "seed")
        name = "seed-walkthrough";
    for (const CatalogueEntry& entry : scenarioCatalogue()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

namespace {

/// The first line that is not text (invalid UTF-8, NUL, control bytes), as "NAME:LINE: why", so
/// the GUI refuses what the CLI refuses instead of showing U+FFFD.
std::string firstNonTextLine(std::string_view text, const std::string& name)
{
    std::size_t lineNumber = 1;
    for (std::size_t begin = 0; begin <= text.size(); ++lineNumber) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(begin, end - begin);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (lineNumber == 1 && line.substr(0, 3) == "\xEF\xBB\xBF")
            line.remove_prefix(3); // the byte order mark the parser skips
        if (std::string why = syntax::checkText(line); !why.empty()) {
            std::string where = name;
            where += ':';
            where += std::to_string(lineNumber);
            where += ": ";
            where += why;
            return where;
        }
        begin = end + 1;
    }
    return {};
}

/// A JSON document's "format", or "" when the text is not a JSON object with a string "format".
std::string jsonFormatOf(std::string_view text)
{
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("format") || !j["format"].is_string())
        return {};
    return j["format"].get<std::string>();
}

} // namespace

ScenarioSourceLoad openScenarioText(std::string_view text, const std::string& shown)
{
    ScenarioSourceLoad load;
    // What a file is comes from its structure, not from a substring: a scenario is never JSON (its
    // lines are operations and `#` comments), so only text that opens with `{` is read as JSON.
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '{') {
        const std::string format = jsonFormatOf(text);
        if (format == "vmviz-snapshot") {
            load.error = shown + ": this is a snapshot: use `vmviz-cli load`";
            return load;
        }
        if (format != "vmviz-session") {
            // Not a document vmviz writes; loadSession() words why (not JSON, wrong format, …).
            load.error = shown + ": not a scenario, and " + loadSession(text).error;
            return load;
        }
        SessionLoad session = loadSession(text);
        if (!session.session) {
            load.error = shown + ": " + session.error;
            return load;
        }
        // Errors inside the session's scenario name the session file, then the scenario in it.
        const std::string inner = shown + " (scenario " + session.session->scenarioName + ")";
        if (std::string bad = firstNonTextLine(session.session->scenarioText, inner); !bad.empty()) {
            load.error = std::move(bad);
            return load;
        }
        load.source = ScenarioSource{std::move(session.session->scenarioText), inner,
                                     session.session->position, std::move(session.session->scenarioName)};
        return load;
    }
    if (std::string bad = firstNonTextLine(text, shown); !bad.empty()) {
        load.error = std::move(bad);
        return load;
    }
    load.source = ScenarioSource{std::string(text), shown, std::nullopt, shown};
    return load;
}

ScenarioSourceLoad openScenarioSource(std::string_view nameOrPath)
{
    const std::string shown(nameOrPath);
    ScenarioSourceLoad load;
    const std::filesystem::path path(shown);
    if (std::error_code ec; std::filesystem::is_regular_file(path, ec)) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream buffer;
        if (in.is_open())
            buffer << in.rdbuf();
        if (!in.is_open() || in.bad()) {
            load.error = shown + ": cannot read the file";
            return load;
        }
        return openScenarioText(buffer.str(), shown);
    }
    if (const CatalogueEntry* entry = findInCatalogue(nameOrPath)) {
        load.source =
            ScenarioSource{std::string(entry->text), entry->fileName(), std::nullopt, entry->fileName()};
        return load;
    }
    load.error = shown + ": no such file or built-in scenario (`vmviz-cli list` names the built-ins)";
    return load;
}

} // namespace vmviz::scenario
