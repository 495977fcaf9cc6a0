// SPDX-License-Identifier: GPL-2.0-only
// The scenario catalogue both front-ends share: what each file says about itself, and how
// "a name or a path" is opened.
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioParser.h"
#include "scenario/Session.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

using namespace vmviz::scenario;

namespace {

/// A file in a directory of its own under the test temp dir; removed with the directory.
class TempFiles
{
public:
    TempFiles()
        : m_dir(std::filesystem::path(::testing::TempDir()) /
                ("catalogue-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name())))
    {
        std::filesystem::create_directories(m_dir);
    }
    ~TempFiles()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    TempFiles(const TempFiles&) = delete;
    TempFiles& operator=(const TempFiles&) = delete;

    std::string write(const std::string& name, const std::string& text) const
    {
        const std::filesystem::path path = m_dir / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }

private:
    std::filesystem::path m_dir;
};

} // namespace

TEST(ScenarioCatalogue, ReadsTheHeaderAtTheTopOfAFile)
{
    struct Case
    {
        std::string text;
        std::string title;
        std::string about;
        ScenarioKind kind;
        std::size_t problems;
    };
    const std::vector<Case> cases = {
        {"# title: T\n# about: A\n# kind: example\nvmalloc 4K\n", "T", "A", ScenarioKind::Example, 0},
        {"# title: Colons: kept in the value\nvmalloc 4K\n", "Colons: kept in the value", "",
         ScenarioKind::Scenario, 0},
        // Plain comments and blank lines may sit among the fields; CRLF and spacing do not matter.
        {"# a plain comment\n\n#   about:   spaced  \r\n#title:T\r\n", "T", "spaced", ScenarioKind::Scenario,
         0},
        // The first operation ends the header: a field after it is an ordinary comment.
        {"vmalloc 4K\n# title: too late\n", "", "", ScenarioKind::Scenario, 0},
        {"config ram=128M\n# title: too late\n", "", "", ScenarioKind::Scenario, 0},
        // The first line of each key wins.
        {"# title: first\n# title: second\n", "first", "", ScenarioKind::Scenario, 0},
        // Not a key: capitals, spaces before the colon, no colon at all.
        {"# The 2010 walkthrough: one vmalloc\n# Title: x\n# title : x\n# title\n", "", "",
         ScenarioKind::Scenario, 0},
        {"# kind: lesson\n", "", "", ScenarioKind::Lesson, 0},
        {"# kind: exmaple\n", "", "", ScenarioKind::Scenario, 1},
        {"", "", "", ScenarioKind::Scenario, 0},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.text);
        const ScenarioHeader header = readScenarioHeader(c.text);
        EXPECT_EQ(header.title, c.title);
        EXPECT_EQ(header.about, c.about);
        EXPECT_EQ(header.kind, c.kind);
        EXPECT_EQ(header.problems.size(), c.problems);
    }
}

TEST(ScenarioCatalogue, EveryEntryDescribesItselfAndParses)
{
    const auto& catalogue = scenarioCatalogue();
    ASSERT_FALSE(catalogue.empty());
    std::set<std::string> names;
    for (const CatalogueEntry& entry : catalogue) {
        SCOPED_TRACE(entry.name);
        EXPECT_TRUE(names.insert(entry.name).second) << "two entries are called " << entry.name;
        EXPECT_FALSE(entry.header.title.empty()) << "no `# title:` line";
        EXPECT_FALSE(entry.header.about.empty()) << "no `# about:` line";
        EXPECT_EQ(entry.header.about.find('\n'), std::string::npos);
        EXPECT_TRUE(entry.header.problems.empty()) << entry.header.problems.front();
        const ParseResult parsed = parseScenario(entry.text, entry.fileName());
        EXPECT_TRUE(parsed.ok()) << (parsed.errors.empty() ? "" : parsed.errors.front().message);
    }
    EXPECT_TRUE(
        std::is_sorted(catalogue.begin(), catalogue.end(),
                       [](const CatalogueEntry& a, const CatalogueEntry& b) { return a.name < b.name; }));
}

TEST(ScenarioCatalogue, HoldsTheBuiltInsAndTheGuiExamples)
{
    // What the GUI's File > Examples offered before the catalogue; `vmviz-cli list` prints them too.
    const std::vector<std::pair<std::string, ScenarioKind>> expected = {
        {"seed-walkthrough", ScenarioKind::Scenario},
        {"lazy-free-and-purge", ScenarioKind::Example},
        {"recursion-513-pages", ScenarioKind::Example},
    };
    for (const auto& [name, kind] : expected) {
        const CatalogueEntry* entry = findInCatalogue(name);
        ASSERT_NE(entry, nullptr) << name;
        EXPECT_EQ(entry->header.kind, kind) << name;
    }
    EXPECT_EQ(findInCatalogue("seed"), findInCatalogue("seed-walkthrough"));
    EXPECT_EQ(findInCatalogue("seed-walkthrough.vmviz"), nullptr);
    EXPECT_EQ(findInCatalogue(""), nullptr);
}

TEST(ScenarioCatalogue, OpensANameOrAPath)
{
    const TempFiles files;
    const std::string plain = files.write("mine.vmviz", "a = vmalloc 8K\n");
    const std::string session =
        files.write("saved.vmvizsession", saveSession(Session{"kept.vmviz", "b = vmalloc 4K\n", 42, {}}));
    const std::string brokenSession = files.write("broken.vmvizsession", R"({"format": "vmviz-session"})");

    struct Case
    {
        std::string nameOrPath;
        std::string text;     ///< empty: the load fails
        std::string fileName; ///< or, when it fails, the start of the error
        std::optional<std::uint64_t> position;
    };
    const std::vector<Case> cases = {
        {"seed", std::string(findInCatalogue("seed")->text), "seed-walkthrough.vmviz", std::nullopt},
        {"lazy-free-and-purge", std::string(findInCatalogue("lazy-free-and-purge")->text),
         "lazy-free-and-purge.vmviz", std::nullopt},
        {plain, "a = vmalloc 8K\n", plain, std::nullopt},
        {session, "b = vmalloc 4K\n", session + " (scenario kept.vmviz)", 42}, // errors name the session
        {brokenSession, "", brokenSession + ": ", std::nullopt},
        {"no-such-scenario", "", "no-such-scenario: no such file or built-in scenario", std::nullopt},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.nameOrPath);
        const ScenarioSourceLoad load = openScenarioSource(c.nameOrPath);
        if (c.text.empty()) {
            EXPECT_FALSE(load.source);
            EXPECT_EQ(load.error.rfind(c.fileName, 0), 0u) << load.error;
            continue;
        }
        ASSERT_TRUE(load.source) << load.error;
        EXPECT_EQ(load.source->text, c.text);
        EXPECT_EQ(load.source->fileName, c.fileName);
        EXPECT_EQ(load.source->position, c.position);
    }
}

// What a text is comes from its structure, not from a substring, and a scenario must be text: the
// rules both front-ends share (the GUI used to show invalid UTF-8 as U+FFFD).
TEST(ScenarioCatalogue, OpensTextByItsStructure)
{
    struct Case
    {
        const char* what;
        std::string text;
        std::string error; ///< empty: opens as a scenario (no position) or a session (position)
        std::optional<std::uint64_t> position = std::nullopt;
    };
    const std::string session = saveSession(Session{"kept.vmviz", "b = vmalloc 4K\n", 7, {}});
    const std::vector<Case> cases = {
        {"plain scenario", "a = vmalloc 8K\n", ""},
        {"session text in a comment", "# \"format\": \"vmviz-session\"\na = vmalloc 8K\n", ""},
        {"a session", session, "", 7},
        {"a session after blank lines", "\n  \n" + session, "", 7},
        {"a snapshot", R"({"format": "vmviz-snapshot", "version": 1})",
         "F: this is a snapshot: use `vmviz-cli load`"},
        {"other JSON", R"({"format": 5})", "F: not a scenario, and not a vmviz session"},
        {"broken JSON", "{\"format\": \"vmviz-session\"", "F: not a scenario, and not valid JSON"},
        {"invalid UTF-8", "a = vmalloc 8K\n\xc3\x28\n", "F:2: not text (invalid UTF-8)"},
        {"NUL byte", std::string("a = vmalloc 8K\r\nb\0\n", 19), "F:2: not text (NUL byte)"},
        {"a byte order mark is fine",
         "\xEF\xBB\xBF"
         "a = vmalloc 8K\n",
         ""},
        {"a session whose scenario is not text",
         saveSession(Session{"in.vmviz", "a = vmalloc 8K\n\x01\n", 0, {}}),
         "F (scenario in.vmviz):2: not text (control byte 0x01)"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const ScenarioSourceLoad load = openScenarioText(c.text, "F");
        if (!c.error.empty()) {
            EXPECT_FALSE(load.source);
            EXPECT_EQ(load.error.rfind(c.error, 0), 0u) << load.error;
            continue;
        }
        ASSERT_TRUE(load.source) << load.error;
        EXPECT_EQ(load.source->position, c.position);
        EXPECT_EQ(load.source->scenarioName, c.position ? "kept.vmviz" : "F");
    }
}
