// SPDX-License-Identifier: GPL-2.0-only
// The lesson forms of the scenario language: chapters, repeat blocks with an index, seeded random
// sizes; and every lesson in the catalogue parses, runs and has its chapters.
#include "scenario/Lesson.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"

#include "support/Golden.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <string>
#include <variant>
#include <vector>

using namespace vmviz;
using namespace vmviz::scenario;

namespace {

constexpr const char* kFile = "t.vmviz";

/// "var:size" per allocation, "free:var" per vfree, "op" for the rest: enough to pin an expansion.
std::vector<std::string> expansion(const Scenario& scenario)
{
    std::vector<std::string> out;
    for (const Operation& operation : scenario.operations) {
        if (const auto* alloc = std::get_if<AllocOp>(&operation.op))
            out.push_back(alloc->var + ":" + std::to_string(alloc->size));
        else if (const auto* freeOp = std::get_if<FreeOp>(&operation.op))
            out.push_back("free:" + freeOp->var);
        else
            out.push_back("op");
    }
    return out;
}

std::vector<std::string> errors(const ParseResult& result)
{
    std::vector<std::string> out;
    for (const ParseError& error : result.errors)
        out.push_back(error.toString());
    return out;
}

} // namespace

TEST(ScenarioLessons, RepeatExpandsWithItsIndex)
{
    struct Case
    {
        std::string input;
        std::vector<std::string> ops;
    };
    const std::vector<Case> cases = {
        {"repeat 3 { p[i] = vmalloc (i+1)*4K }", {"p[0]:4096", "p[1]:8192", "p[2]:12288"}},
        {"repeat 2 {\n  p = vmalloc 4K\n  vfree p\n}", {"p:4096", "free:p", "p:4096", "free:p"}},
        {"repeat 2 as j {\nrepeat 2 {\nq[j*2+i] = vmalloc 4K+i*4K\n}\n}",
         {"q[0]:4096", "q[1]:8192", "q[2]:4096", "q[3]:8192"}},
        {"repeat 0 {\np = vmalloc 4K\n}", {}},
        {"repeat 2 { p[i] = vmalloc 8K }\nrepeat 2 { vfree p[1-i] }",
         {"p[0]:8192", "p[1]:8192", "free:p[1]", "free:p[0]"}},
        {"repeat 1 { p = vmalloc (2+3)*(1+1)*1K }", {"p:10240"}},
        {"p[7] = vmalloc 4K\nvfree p[7]", {"p[7]:4096", "free:p[7]"}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.input);
        const ParseResult result = parseScenario(c.input, kFile);
        ASSERT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors[0].toString());
        EXPECT_EQ(expansion(*result.scenario), c.ops);
    }
}

TEST(ScenarioLessons, RepeatedLinesKeepTheirLineAndShowTheIndex)
{
    const ParseResult result = parseScenario("\nrepeat 2 as k {\n  vmalloc k*4K+4K\n}", kFile);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.scenario->operations.size(), 2u);
    EXPECT_EQ(result.scenario->operations[1].where.line, 3);
    EXPECT_EQ(result.scenario->operations[1].text, "vmalloc k*4K+4K  (k=1)");
}

TEST(ScenarioLessons, RandomSizesFollowTheSeed)
{
    const auto sizes = [](const std::string& seedLine) {
        const ParseResult result =
            parseScenario(seedLine + "repeat 16 { p[i] = vmalloc random 4K..64K step 4K }", kFile);
        EXPECT_TRUE(result.ok());
        return result.ok() ? expansion(*result.scenario) : std::vector<std::string>{};
    };
    const std::vector<std::string> first = sizes("config seed=1\n");
    EXPECT_EQ(first, sizes("config seed=1\n"));
    EXPECT_NE(first, sizes("config seed=2\n"));
    for (const std::string& op : first) {
        const std::uint64_t size = std::stoull(op.substr(op.find(':') + 1));
        EXPECT_GE(size, 4096u);
        EXPECT_LE(size, 65536u);
        EXPECT_EQ(size % 4096, 0u) << op;
    }
}

TEST(ScenarioLessons, Chapters)
{
    const char* text = "chapter \"Start\"\nsay \"one\"\nsay \"two\"\nask \"why?\"\nnote \"psst\"\n"
                       "p = vmalloc 4K\nchapter \"Free\"\nsay \"gone\"\nvfree p\nchapter \"After\"\n";
    const ParseResult result = parseScenario(text, kFile);
    ASSERT_TRUE(result.ok());
    const std::vector<Chapter> expected = {
        {{kFile, 1}, "Start", "one two", "why?", "psst", 0},
        {{kFile, 7}, "Free", "gone", "", "", 1},
        {{kFile, 10}, "After", "", "", "", 2},
    };
    EXPECT_EQ(result.scenario->chapters, expected);

    const RunResult run = runScenario(*result.scenario);
    ASSERT_TRUE(run.machine) << run.error;
    const std::vector<LessonChapter> chapters = lessonChapters(*result.scenario, run.machine->trace);
    ASSERT_EQ(chapters.size(), 3u);
    EXPECT_EQ(chapters[0].step, 1u);
    EXPECT_LT(chapters[0].step, chapters[1].step);
    EXPECT_EQ(chapters[2].step, run.machine->trace.size()); // a chapter after the last line ends the run
    EXPECT_EQ(run.machine->trace.string(run.machine->trace.step(StepIndex{chapters[1].step}).args[0]),
              "Free");
    EXPECT_EQ(chapterIndexAt(chapters, chapters[1].step + 1), 1u);
    EXPECT_EQ(chapterIndexAt(chapters, 0), std::nullopt);
}

TEST(ScenarioLessons, Errors)
{
    struct Case
    {
        std::string input;
        std::vector<std::string> errors;
    };
    const std::vector<Case> cases = {
        {"say \"hi\"", {"t.vmviz:1: say must come after a chapter line (chapter \"Title\")"}},
        {"chapter Title", {"t.vmviz:1: chapter needs its text in double quotes, e.g. chapter \"...\""}},
        {"chapter \"\"", {"t.vmviz:1: chapter has an empty text"}},
        {"chapter \"a\" \"b\"", {"t.vmviz:1: trailing junk '\"b\"' after a complete operation"}},
        {"x = chapter \"a\"", {"t.vmviz:1: 'chapter' cannot be assigned to a variable"}},
        {"repeat 2 {\nchapter \"a\"\n}", {"t.vmviz:2: chapter cannot be inside a repeat block"}},
        {"repeat 3 {\nvmalloc 4K", {"t.vmviz:1: this repeat block is never closed with a '}' line"}},
        {"}", {"t.vmviz:1: '}' without a repeat block to close"}},
        {"repeat {",
         {"t.vmviz:1: '{' is not a repeat count (expected a number like 4096, 0x1000, 4K or "
          "2M+4K)"}},
        {"repeat 3", {"t.vmviz:1: repeat needs COUNT [as INDEX] and then '{', e.g. repeat 8 as i {"}},
        {"repeat 3 as 9 {\n}", {"t.vmviz:1: '9' is not a valid index name (letters, digits and _)"}},
        {"repeat 100001 {\n}", {"t.vmviz:1: repeat 100001 is over the operation limit (100000)"}},
        {"repeat 4 {\nvmalloc j*4K\n}",
         {"t.vmviz:2: size 'j*4K': 'j' is not the index of an enclosing repeat (sizes with a loop index look "
          "like (i+1)*4K, with no spaces)"}},
        {"repeat 4 {\nvmalloc (i-1)*4K\n}",
         {"t.vmviz:2: size '(i-1)*4K': is negative (sizes with a loop index look like (i+1)*4K, with no "
          "spaces)"}},
        {"repeat 2 {\nvfree p[i]\n}", {"t.vmviz:2: vfree of 'p[i]', which no earlier line assigns"}},
        {"vmalloc random 64K..4K", {"t.vmviz:1: random 64K..4K: LOW is above HIGH"}},
        {"vmalloc random 4K",
         {"t.vmviz:1: random needs LOW..HIGH [step STEP], e.g. random 4K..64K step 4K, not "
          "'4K'"}},
        {"vmalloc random 4K..8K step 0", {"t.vmviz:1: random ... step 0: the step must be at least 1"}},
        {"repeat 100000 {\nrepeat 100000 {\n}\n}",
         {"t.vmviz:2: repeat blocks make more than 200000 passes in this file"}},
        {"repeat 2 {\nrepeat 100000 {\npurge\n}\n}",
         {"t.vmviz:3: too many operations (the limit is 100000)"}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.input);
        const ParseResult result = parseScenario(c.input, kFile);
        EXPECT_FALSE(result.ok());
        EXPECT_EQ(errors(result), c.errors);
    }
}

TEST(ScenarioLessons, EveryLessonParsesRunsAndHasChapters)
{
    std::size_t lessons = 0;
    for (const CatalogueEntry& entry : scenarioCatalogue()) {
        if (entry.header.kind != ScenarioKind::Lesson)
            continue;
        SCOPED_TRACE(entry.name);
        ++lessons;
        EXPECT_FALSE(entry.header.about.empty());
        const ParseResult parsed = parseScenario(entry.text, entry.fileName());
        ASSERT_TRUE(parsed.ok()) << parsed.errors[0].toString();
        const std::vector<Chapter>& chapters = parsed.scenario->chapters;
        EXPECT_GE(chapters.size(), 2u);
        for (const Chapter& chapter : chapters) {
            EXPECT_FALSE(chapter.title.empty());
            EXPECT_FALSE(chapter.say.empty()) << chapter.title;
        }
        RunOptions options;
        options.invariants = InvariantChecks::Operations; // the invariant tests check every step elsewhere
        const RunResult run = runScenario(*parsed.scenario, options);
        ASSERT_TRUE(run.machine) << run.error;
        EXPECT_EQ(lessonChapters(*parsed.scenario, run.machine->trace).size(), chapters.size());
    }
    EXPECT_GE(lessons, 12u);
}

TEST(ScenarioLessons, GoldenLessonsAreTheCatalogueLessons)
{
    // tests/golden/lesson-*/scenario.vmviz are copies, so the goldens check what the catalogue ships.
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(VMVIZ_GOLDEN_DIR)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("lesson-", 0) != 0)
            continue;
        SCOPED_TRACE(name);
        const CatalogueEntry* lesson = findInCatalogue(name);
        ASSERT_NE(lesson, nullptr);
        EXPECT_EQ(golden::readFile(entry.path() / "scenario.vmviz"), lesson->text);
        ++checked;
    }
    EXPECT_GE(checked, 2);
}
