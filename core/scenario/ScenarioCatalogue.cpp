#include "scenario/ScenarioCatalogue.h"

#include "scenario/BuiltinScenarios.h"
#include "scenario/Session.h"

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
        std::string text = buffer.str();
        // A session file stands for its scenario, opened at its position.
        if (text.find("\"vmviz-session\"") != std::string::npos) {
            SessionLoad session = loadSession(text);
            if (!session.session) {
                load.error = shown + ": " + session.error;
                return load;
            }
            load.source = ScenarioSource{std::move(session.session->scenarioText),
                                         std::move(session.session->scenarioName), session.session->position};
            return load;
        }
        load.source = ScenarioSource{std::move(text), shown, std::nullopt};
        return load;
    }
    if (const CatalogueEntry* entry = findInCatalogue(nameOrPath)) {
        load.source = ScenarioSource{std::string(entry->text), entry->fileName(), std::nullopt};
        return load;
    }
    load.error = shown + ": no such file or built-in scenario (`vmviz-cli list` names the built-ins)";
    return load;
}

} // namespace vmviz::scenario
