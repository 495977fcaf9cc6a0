// SPDX-License-Identifier: GPL-2.0-only
// The levels of the tree, checked on every #include: core/ is plain C++ shared by the CLI, the GUI
// and the tests, one folder per level, each including only the folders below it; ui/ builds on
// core/; app/ holds the mains, which nothing includes. docs/architecture.md draws the same table.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

/// For each folder of core/, the other core folders its files may include. A folder may always
/// include its own headers. Lower levels come first; an arrow back up the list is a layering bug.
const std::map<std::string, std::set<std::string>>& allowedCoreIncludes()
{
    static const std::map<std::string, std::set<std::string>> table = {
        {"base", {}},
        {"trace", {"base"}},
        {"kernel", {"base"}}, // fault injection and the kernel profile: knobs every subsystem reads
        {"klog", {"base", "trace"}},
        {"phys", {"base", "trace"}},
        {"kmemleak", {"base", "trace"}},
        {"paging", {"base", "trace", "phys"}},
        {"slab", {"base", "trace", "phys", "kmemleak"}},
        {"vmalloc", {"base", "trace", "kernel", "klog", "phys", "paging", "kmemleak", "slab"}},
        {"machine", {"base", "trace", "kernel", "klog", "phys", "paging", "kmemleak", "slab", "vmalloc"}},
        // Readers of a trace (narration, run index, step focus): beside trace/, naming the
        // subsystems' value types, never the machine.
        {"steps", {"base", "trace", "phys", "paging", "slab"}},
        // Teaching data (glossary, source cards): plain tables keyed by the trace's functions.
        {"teach", {"base", "trace"}},
        // A real machine's /proc/vmallocinfo read back: text in, plain data out, no model.
        {"import", {"base"}},
        {"export",
         {"base", "trace", "kernel", "klog", "phys", "paging", "kmemleak", "slab", "vmalloc", "machine",
          "steps"}},
        // Predict-then-reveal questions: read a recorded machine and its steps.
        {"quiz",
         {"base", "trace", "kernel", "klog", "phys", "paging", "kmemleak", "slab", "vmalloc", "machine",
          "steps"}},
        {"scenario",
         {"base", "trace", "kernel", "klog", "phys", "paging", "kmemleak", "slab", "vmalloc", "machine",
          "steps", "export"}},
        // One scenario on several machine variants, compared line by line.
        {"compare",
         {"base", "trace", "kernel", "klog", "phys", "paging", "kmemleak", "slab", "vmalloc", "machine",
          "steps", "export", "scenario"}},
    };
    return table;
}

const fs::path& sourceDir()
{
    static const fs::path dir(VMVIZ_SOURCE_DIR);
    return dir;
}

struct Include
{
    std::string target; ///< what is between the quotes or angle brackets
    bool angled = false;
};

/// `#include "a/b.h"`, `# include <QWidget>`; plain string matching keeps this test free of <regex>.
std::optional<Include> parseInclude(const std::string& line)
{
    std::size_t i = line.find_first_not_of(" \t");
    if (i == std::string::npos || line[i] != '#')
        return std::nullopt;
    i = line.find_first_not_of(" \t", i + 1);
    if (i == std::string::npos || line.compare(i, 7, "include") != 0)
        return std::nullopt;
    i = line.find_first_not_of(" \t", i + 7);
    if (i == std::string::npos || (line[i] != '<' && line[i] != '"'))
        return std::nullopt;
    const char close = line[i] == '<' ? '>' : '"';
    const std::size_t end = line.find(close, i + 1);
    if (end == std::string::npos)
        return std::nullopt;
    return Include{line.substr(i + 1, end - i - 1), line[i] == '<'};
}

bool isQtHeader(const std::string& target)
{
    return target.size() >= 2 && target[0] == 'Q' && std::isalpha(static_cast<unsigned char>(target[1]));
}

std::string firstComponent(const std::string& target)
{
    const std::size_t slash = target.find('/');
    return slash == std::string::npos ? std::string() : target.substr(0, slash);
}

struct Violation
{
    std::string where; ///< FILE:LINE
    std::string rule;
};

/// Calls `check(file, lineNo, include)` for every #include of every source file under `root`.
template <typename Check> int forEachInclude(const fs::path& root, Check check)
{
    int filesRead = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const std::string ext = entry.path().extension().string();
        if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".h"))
            continue;
        std::ifstream in(entry.path());
        std::string line;
        int lineNo = 0;
        while (std::getline(in, line)) {
            ++lineNo;
            if (const auto include = parseInclude(line))
                check(entry.path(), lineNo, *include);
        }
        ++filesRead;
    }
    return filesRead;
}

std::string location(const fs::path& file, int lineNo)
{
    return fs::relative(file, sourceDir()).string() + ":" + std::to_string(lineNo);
}

std::string report(const std::vector<Violation>& violations)
{
    std::string text;
    for (const Violation& v : violations)
        text += v.where + ": " + v.rule + "\n";
    return text;
}

} // namespace

TEST(Layering, IncludeParserReadsTheSpellingsInUse)
{
    struct Case
    {
        std::string line;
        std::optional<std::string> target;
        bool angled;
    };
    const std::vector<Case> cases = {
        {"#include \"trace/Trace.h\"", "trace/Trace.h", false},
        {"  #  include <QWidget>", "QWidget", true},
        {"#include <vector>", "vector", true},
        {"// #include \"machine/Machine.h\"", std::nullopt, false},
        {"#pragma once", std::nullopt, false},
        {"#include \"unterminated", std::nullopt, false},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.line);
        const auto include = parseInclude(c.line);
        ASSERT_EQ(include.has_value(), c.target.has_value());
        if (include) {
            EXPECT_EQ(include->target, *c.target);
            EXPECT_EQ(include->angled, c.angled);
        }
    }
}

TEST(Layering, TheCoreTableRunsOneWay)
{
    // Every folder the table names is a folder of core/, and following the arrows never comes
    // back: a cycle here would let two levels include each other.
    const auto& table = allowedCoreIncludes();
    for (const auto& [folder, allowed] : table) {
        EXPECT_TRUE(fs::is_directory(sourceDir() / "core" / folder))
            << "core/" << folder << " is in the table but not in the tree";
        for (const std::string& below : allowed) {
            ASSERT_TRUE(table.count(below))
                << folder << " may include " << below << ", which the table does not list";
            EXPECT_NE(below, folder);
        }
    }
    std::map<std::string, int> state; // 1: on the current path, 2: done
    std::function<void(const std::string&, std::string)> visit = [&](const std::string& folder,
                                                                     std::string path) {
        path += (path.empty() ? "" : " -> ") + folder;
        if (state[folder] == 1) {
            ADD_FAILURE() << "the layering table has a cycle: " << path;
            return;
        }
        if (state[folder] == 2)
            return;
        state[folder] = 1;
        for (const std::string& below : table.at(folder))
            visit(below, path);
        state[folder] = 2;
    };
    for (const auto& entry : table)
        visit(entry.first, "");
}

TEST(Layering, CoreIncludesOnlyTheFoldersBelowIt)
{
    const auto& table = allowedCoreIncludes();
    const fs::path core = sourceDir() / "core";
    std::vector<Violation> violations;
    const int filesRead = forEachInclude(core, [&](const fs::path& file, int lineNo, const Include& include) {
        const std::string folder = fs::relative(file, core).begin()->string();
        const auto rules = table.find(folder);
        if (rules == table.end()) {
            violations.push_back(
                {location(file, lineNo),
                 "core/" + folder + " is not in the layering table (add it, with what it may include)"});
            return;
        }
        if (include.angled) {
            if (isQtHeader(include.target))
                violations.push_back(
                    {location(file, lineNo), "core/ never includes Qt (<" + include.target + ">)"});
            return;
        }
        const std::string target = firstComponent(include.target);
        if (!fs::exists(core / include.target)) {
            const bool inUi = fs::exists(sourceDir() / "ui" / include.target);
            violations.push_back(
                {location(file, lineNo),
                 inUi ? "core/ never includes ui/ (\"" + include.target + "\")"
                      : "\"" + include.target +
                            "\" is not a core header; core includes name their folder (\"trace/Trace.h\")"});
            return;
        }
        if (target != folder && !rules->second.count(target))
            violations.push_back({location(file, lineNo), "core/" + folder + " may not include core/" +
                                                              target + " (\"" + include.target +
                                                              "\"): it sits above " + folder +
                                                              " in the layering table"});
    });
    EXPECT_GT(filesRead, 5) << "the scan found almost no files under " << core;
    EXPECT_TRUE(violations.empty()) << report(violations);
}

TEST(Layering, NothingIncludesTheMains)
{
    // ui/ builds on core/ (its include path is ui/ then core/); app/ holds only the mains.
    const fs::path ui = sourceDir() / "ui";
    const fs::path app = sourceDir() / "app";
    std::vector<Violation> violations;
    for (const fs::path& root : {ui, sourceDir() / "core"}) {
        forEachInclude(root, [&](const fs::path& file, int lineNo, const Include& include) {
            if (include.angled)
                return;
            const fs::path local = file.parent_path() / include.target;
            const bool reachesApp = firstComponent(include.target) == "app" ||
                                    (fs::exists(local) && fs::relative(local, app).begin()->string() != "..");
            if (reachesApp)
                violations.push_back(
                    {location(file, lineNo),
                     "app/ holds the mains; nothing includes it (\"" + include.target + "\")"});
        });
    }
    EXPECT_TRUE(violations.empty()) << report(violations);
}

TEST(Layering, TheWindowReadsStepArgumentsByTheirRoles)
{
    // What a step's numbers mean is the core's (trace/StepRoles.h: argWith<ArgRole::…>); a view
    // that indexes args[] guesses it, and goes stale when the event table changes.
    const fs::path ui = sourceDir() / "ui";
    std::vector<Violation> violations;
    int filesRead = 0;
    for (const auto& entry : fs::recursive_directory_iterator(ui)) {
        const std::string ext = entry.path().extension().string();
        if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".h"))
            continue;
        ++filesRead;
        std::ifstream in(entry.path());
        std::string line;
        for (int lineNo = 1; std::getline(in, line); ++lineNo)
            if (line.find("args[") != std::string::npos)
                violations.push_back({location(entry.path(), lineNo),
                                      "ui/ indexes a step's args[]: ask argWith<ArgRole::…>(step) instead"});
    }
    EXPECT_GT(filesRead, 20) << "the scan found almost no files under " << ui;
    EXPECT_TRUE(violations.empty()) << report(violations);
}
