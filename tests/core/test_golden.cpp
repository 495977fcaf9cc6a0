// SPDX-License-Identifier: GPL-2.0-only
// Golden traces and exports: tests/golden/<case>/scenario.vmviz runs, and each <what>.expected
// beside it must match what vmviz produces. <what> is trace, vmallocinfo, snapshot.json, or any of
// them with "@STEP" (the machine as step STEP left it), "translate-<vaddr>", "diff-A-B[.json]"
// (the change list between steps A and B), "trace-overview" / "trace-standard" (the run at a
// detail level), or, for a lesson, "chapter-N": chapter N's text and the trace from its start to
// the next chapter's.
#include "export/Exports.h"
#include "quiz/Quiz.h"
#include "quiz/QuizSheet.h"
#include "scenario/Lesson.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"
#include "steps/DetailLevel.h"
#include "support/Golden.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace vmviz;

namespace {

std::vector<std::string> goldenCases()
{
    std::vector<std::string> cases;
    for (const auto& entry : fs::directory_iterator(VMVIZ_GOLDEN_DIR))
        if (entry.is_directory() && fs::exists(entry.path() / "scenario.vmviz"))
            cases.push_back(entry.path().filename().string());
    std::sort(cases.begin(), cases.end());
    return cases;
}

std::string renderChapter(Machine& machine, const std::string& scenarioText, std::size_t number)
{
    const auto parsed = scenario::parseScenario(scenarioText, "scenario.vmviz");
    if (!parsed.ok())
        return "does not parse\n";
    const auto chapters = scenario::lessonChapters(*parsed.scenario, machine.trace);
    if (number == 0 || number > chapters.size())
        return "no chapter " + std::to_string(number) + "\n";
    const scenario::Chapter& chapter = chapters[number - 1].chapter;
    const std::uint64_t from = chapters[number - 1].step;
    const std::uint64_t to = number < chapters.size() ? chapters[number].step - 1 : machine.stepCount();
    machine.seek(StepIndex{to});
    return "chapter " + std::to_string(number) + ": " + chapter.title + "\nsay: " + chapter.say +
           "\nask: " + chapter.ask + "\nnote: " + chapter.note + "\nsteps " + std::to_string(from) + ".." +
           std::to_string(to) + "\n\n" + exports::traceText(machine, from, to);
}

/// "quiz-seedN-countK[-answers]": the sheet `vmviz-cli quiz --seed N --count K [--answers]` writes.
std::string quizSheet(Machine& machine, const std::string& kind, const std::string& title)
{
    unsigned long long seed = 0;
    unsigned long long count = 0;
    if (std::sscanf(kind.c_str(), "quiz-seed%llu-count%llu", &seed, &count) != 2) {
        ADD_FAILURE() << "a quiz golden file is named quiz-seedN-countK[-answers].expected, not " << kind;
        return {};
    }
    const auto questions = quiz::makeQuiz(machine, {seed, count});
    return quiz::quizSheetMarkdown(questions, {title, seed, kind.ends_with("-answers")});
}

std::string render(Machine& machine, const std::string& what, const std::string& title,
                   const std::string& scenarioText)
{
    if (what.rfind("chapter-", 0) == 0)
        return renderChapter(machine, scenarioText, std::stoull(what.substr(8)));
    // diff-A-B and diff-A-B.json: vmviz-cli diff --from A --to B.
    if (what.rfind("diff-", 0) == 0) {
        const bool json = what.ends_with(".json");
        const std::string range = what.substr(5, what.size() - 5 - (json ? 5 : 0));
        const auto dash = range.find('-');
        const exports::Comparison comparison =
            exports::compareSteps(machine, StepIndex{std::stoull(range.substr(0, dash))},
                                  StepIndex{std::stoull(range.substr(dash + 1))});
        return json ? exports::diffJson(comparison).dump(2) + "\n" : exports::diffText(comparison);
    }
    std::string kind = what;
    std::uint64_t at = machine.stepCount();
    if (const auto sign = what.find('@'); sign != std::string::npos) {
        kind = what.substr(0, sign);
        at = std::stoull(what.substr(sign + 1));
    }
    machine.seek(StepIndex{at});
    if (kind.starts_with("quiz-"))
        return quizSheet(machine, kind, title);
    if (kind == "trace")
        return exports::traceText(machine, 1, machine.stepCount());
    if (kind == "trace.explain")
        return exports::traceExplained(machine, 1, machine.stepCount());
    if (kind == "trace.jsonl")
        return exports::traceJsonl(machine, 1, machine.stepCount());
    // trace-overview, trace-standard: vmviz-cli trace --level LEVEL.
    if (kind.starts_with("trace-")) {
        const auto level = detailLevelByName(kind.substr(6));
        if (!level) {
            ADD_FAILURE() << "unknown detail level in '" << kind << "'";
            return {};
        }
        std::string out;
        writeLevelTrace(machine.trace, DetailIndex(machine.trace), *level, [&out](std::string_view piece) {
            out += piece;
            return true;
        });
        return out;
    }
    if (kind == "snapshot.json") {
        // The readable sections; the engine's raw columns ("state") are covered by the round-trip tests.
        auto json = exports::snapshotJson(machine);
        json.erase("state");
        json["frames"].erase("owners");
        return json.dump(2) + "\n";
    }
    if (auto text = exports::renderSnapshot(machine, kind))
        return *text;
    if (kind.rfind("translate-", 0) == 0)
        return exports::translateText(machine, VirtAddr{std::stoull(kind.substr(10), nullptr, 16)});
    ADD_FAILURE() << "unknown golden file kind '" << kind << "'";
    return {};
}

class Golden : public ::testing::TestWithParam<std::string>
{
};

TEST_P(Golden, MatchesExpectedFiles)
{
    const fs::path dir = fs::path(VMVIZ_GOLDEN_DIR) / GetParam();
    const std::string text = golden::readFile(dir / "scenario.vmviz");
    auto result = scenario::runScenarioText(text, (fs::path(GetParam()) / "scenario.vmviz").string());
    ASSERT_TRUE(result.machine && result.error.empty()) << result.error;
    const std::string title = scenario::readScenarioHeader(text).title;
    int compared = 0;
    std::vector<fs::path> expected;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".expected")
            expected.push_back(entry.path());
    std::sort(expected.begin(), expected.end());
    for (const fs::path& file : expected) {
        const std::string what = file.stem().string();
        const std::string problem =
            golden::compareWithGolden(file, render(*result.machine, what, title, text));
        EXPECT_TRUE(problem.empty()) << GetParam() << "/" << file.filename().string() << ":\n" << problem;
        ++compared;
    }
    EXPECT_GT(compared, 0) << "no .expected files in " << dir;
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, ::testing::ValuesIn(goldenCases()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

} // namespace
