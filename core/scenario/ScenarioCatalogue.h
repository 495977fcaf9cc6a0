// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The scenarios vmviz ships, in one catalogue shared by `vmviz-cli list` and the GUI's
// File > Examples menu, and the one way both front-ends open "a scenario name or a path".
//
// Entries come from resources/scenarios/*.vmviz, compiled in. Each file describes itself in
// `# key: value` comment lines at its top (docs/scenario-language.md, "Catalogue header"):
//
//   # title: Lazy free and purge
//   # about: vfree leaves the area busy as VM_LAZY_FREE until a purge unmaps it
//   # kind: example
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz::scenario {

/// What an entry is for. Lessons (with a chapter list) are the kind still to come.
enum class ScenarioKind
{
    Scenario, ///< a reference run: the seed walkthrough, the golden cases
    Example,  ///< a short demonstration of one kernel behaviour
    Lesson,   ///< a step of the lesson library
};

std::string_view scenarioKindName(ScenarioKind kind);
std::optional<ScenarioKind> scenarioKindFromName(std::string_view name);

/// The `# title:`, `# about:` and `# kind:` lines among the comment lines that open a file (blank
/// lines may sit between them); the first other line ends the header. Other comments, and keys
/// the catalogue does not know, are ordinary comments.
struct ScenarioHeader
{
    std::string title; ///< empty when the file has none
    std::string about; ///< one line: what the scenario shows
    ScenarioKind kind = ScenarioKind::Scenario;
    std::vector<std::string> problems; ///< e.g. an unknown kind; the catalogue test wants none
};

ScenarioHeader readScenarioHeader(std::string_view text);

struct CatalogueEntry
{
    std::string name; ///< the file name without `.vmviz`: what `vmviz-cli trace NAME` takes
    ScenarioHeader header;
    std::string_view text;

    std::string fileName() const { return name + ".vmviz"; }
    /// The header's title, or the name when the file has no title.
    std::string_view displayTitle() const
    {
        return header.title.empty() ? std::string_view(name) : header.title;
    }
};

/// Every compiled-in scenario, sorted by name.
const std::vector<CatalogueEntry>& scenarioCatalogue();

/// An entry by name; "seed" is short for "seed-walkthrough". nullptr when there is none.
const CatalogueEntry* findInCatalogue(std::string_view name);

/// A scenario ready to run.
struct ScenarioSource
{
    std::string text;
    std::string fileName;                  ///< what errors and titles call it
    std::optional<std::uint64_t> position; ///< set when it came from a session file: the step to open at
    std::string scenarioName;              ///< the scenario's own name: in a session, the one it saved
};

struct ScenarioSourceLoad
{
    std::optional<ScenarioSource> source;
    std::string error; ///< "NAME: why", with no program name in front
};

/// `nameOrPath` as the command lines take it: an existing file first (a session file, JSON with
/// "format": "vmviz-session", stands for its scenario opened at its step; errors in that scenario
/// name "SESSION (scenario NAME)"), then a catalogue name.
ScenarioSourceLoad openScenarioSource(std::string_view nameOrPath);

/// The same for text already read, `shown` naming it in errors. What the text is comes from its
/// structure: JSON whose "format" is "vmviz-session" is a session, a snapshot is refused with
/// "use `vmviz-cli load`", anything else is a scenario and must be text (UTF-8, no control bytes:
/// "NAME:LINE: not text (…)"), so every front-end refuses what the parser would refuse.
ScenarioSourceLoad openScenarioText(std::string_view text, const std::string& shown);

} // namespace vmviz::scenario
