// SPDX-License-Identifier: GPL-2.0-only
// The quiz's and the comparison's texts as a message catalogue (base/TextTranslator.h), like the
// narration in test_core_text.cpp: with a translator that wraps each format it is asked for in «…»,
// every question, choice, explanation, fact clause and difference starts from a format and reads
// as its English once unmarked; an identity translator gives today's English byte for byte; and
// every format asked for is in the zh_CN catalogue under its context, so lupdate found it marked.
#include "compare/Compare.h"
#include "quiz/Quiz.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"
#include "support/Golden.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

using namespace vmviz;

namespace {

const std::string kOpen = "«";
const std::string kClose = "»";

struct WrappingTranslator
{
    std::set<std::pair<std::string, std::string>> asked;

    TextTranslator translator()
    {
        return [this](std::string_view context, std::string_view english) {
            asked.emplace(std::string(context), std::string(english));
            return kOpen + std::string(english) + kClose;
        };
    }
};

const TextTranslator kIdentity = [](std::string_view, std::string_view english) {
    return std::string(english);
};

std::string withoutMarks(std::string text)
{
    for (const std::string& mark : {kOpen, kClose})
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at))
            text.erase(at, mark.size());
    return text;
}

/// A sentence made from wrapped formats: it starts with one, expands, and unmarked is the English.
void expectWrapped(const std::string& translated, const std::string& english, const std::string& what)
{
    EXPECT_EQ(translated.find("{?"), std::string::npos) << what << ": " << translated;
    EXPECT_EQ(translated.rfind(kOpen, 0), 0u) << what << ": " << translated;
    EXPECT_EQ(withoutMarks(translated), english) << what;
}

std::string unescapeXml(std::string text)
{
    static const std::pair<std::string, std::string> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&apos;", "'"}, {"&quot;", "\""}, {"&amp;", "&"}};
    for (const auto& [entity, plain] : entities)
        for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, entity.size(), plain);
    return text;
}

/// (context, source) of every message of the core's zh_CN catalogue.
const std::set<std::pair<std::string, std::string>>& catalogue()
{
    static const std::set<std::pair<std::string, std::string>> entries = [] {
        const std::string ts = golden::readFile(std::filesystem::path(VMVIZ_SOURCE_DIR) / "translations" /
                                                "vmviz_text_zh_CN.ts");
        // Plain string search, no <regex> (GCC 12 warns inside it at -O1).
        std::set<std::pair<std::string, std::string>> out;
        std::string context;
        const auto between = [&ts](std::size_t at, std::string_view open, std::string_view close) {
            const std::size_t from = at + open.size();
            return ts.substr(from, ts.find(close, from) - from);
        };
        for (std::size_t at = ts.find('<'); at != std::string::npos; at = ts.find('<', at + 1)) {
            if (ts.compare(at, 6, "<name>") == 0)
                context = between(at, "<name>", "</name>");
            else if (ts.compare(at, 8, "<source>") == 0)
                out.emplace(context, unescapeXml(between(at, "<source>", "</source>")));
        }
        return out;
    }();
    return entries;
}

void expectInCatalogue(const WrappingTranslator& wrapping, const std::set<std::string>& contexts)
{
    EXPECT_FALSE(wrapping.asked.empty());
    for (const auto& [context, english] : wrapping.asked) {
        EXPECT_TRUE(contexts.contains(context)) << context << ": " << english;
        EXPECT_TRUE(catalogue().contains({context, english}))
            << "not in translations/vmviz_text_zh_CN.ts (unmarked, or lupdate not run): " << context << ": "
            << english;
    }
}

scenario::RunResult runGolden(const std::string& name)
{
    const auto path = std::filesystem::path(VMVIZ_GOLDEN_DIR) / name / "scenario.vmviz";
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off;
    return scenario::runScenarioText(golden::readFile(path), name + "/scenario.vmviz", options);
}

// --- quiz -------------------------------------------------------------------------------------

class QuizText : public ::testing::TestWithParam<std::string>
{
};

TEST_P(QuizText, EveryQuestionIsMadeOfMarkedFormatsAndTheIdentityTranslatorGivesTheEnglish)
{
    const auto run = runGolden(GetParam());
    ASSERT_TRUE(run.machine) << run.error;
    const std::vector<quiz::Question> english = quiz::allQuestions(*run.machine, 3);
    ASSERT_FALSE(english.empty());
    WrappingTranslator wrapping;
    const TextTranslator wrap = wrapping.translator();
    const std::vector<quiz::Question> wrapped = quiz::allQuestions(*run.machine, 3, &wrap);
    const std::vector<quiz::Question> same = quiz::allQuestions(*run.machine, 3, &kIdentity);
    ASSERT_EQ(wrapped.size(), english.size());
    ASSERT_EQ(same.size(), english.size());
    std::set<quiz::QuestionKind> kinds;
    for (std::size_t i = 0; i < english.size(); ++i) {
        const quiz::Question& e = english[i];
        const quiz::Question& w = wrapped[i];
        const std::string what = "question at step " + std::to_string(e.askBefore);
        kinds.insert(e.kind);
        expectWrapped(w.prompt, e.prompt, what + " prompt");
        ASSERT_EQ(w.context.size(), e.context.size()) << what;
        for (std::size_t c = 0; c < e.context.size(); ++c)
            expectWrapped(w.context[c], e.context[c], what + " context " + std::to_string(c));
        ASSERT_EQ(w.choices.size(), e.choices.size()) << what;
        for (std::size_t c = 0; c < e.choices.size(); ++c) {
            // Choices that are bare numbers (an address, an entry, a count) have no words to translate.
            if (w.choices[c].text != e.choices[c].text)
                expectWrapped(w.choices[c].text, e.choices[c].text, what + " choice " + std::to_string(c));
            EXPECT_EQ(w.choices[c].value, e.choices[c].value)
                << what << ": the same choices in the same order";
        }
        EXPECT_EQ(w.answer, e.answer) << what;
        expectWrapped(w.why, e.why, what + " why");
        expectWrapped(w.proof, e.proof, what + " proof");

        const quiz::Question& s = same[i];
        EXPECT_EQ(s.prompt, e.prompt) << what;
        EXPECT_EQ(s.context, e.context) << what;
        EXPECT_EQ(s.choices, e.choices) << what;
        EXPECT_EQ(s.why, e.why) << what;
        EXPECT_EQ(s.proof, e.proof) << what;
    }
    EXPECT_GE(kinds.size(), 2u) << "the run should offer several kinds of question";
    expectInCatalogue(wrapping, {"Quiz", "Narration"});
}

INSTANTIATE_TEST_SUITE_P(Goldens, QuizText,
                         ::testing::Values("quiz-seed", "seed-walkthrough", "leak-second-scan",
                                           "recursion-513-pages", "k618-seed-walkthrough"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             for (char& c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });

TEST(QuizTextChoices, TheFreeListAndKmemleakChoicesAreWholeFormats)
{
    // Every worded choice kind appears in these runs: a translator sees each choice as one sentence.
    std::set<std::string> worded;
    for (const char* name : {"quiz-seed", "leak-second-scan", "seed-walkthrough"}) {
        const auto run = runGolden(name);
        ASSERT_TRUE(run.machine) << run.error;
        WrappingTranslator wrapping;
        const TextTranslator wrap = wrapping.translator();
        for (const quiz::Question& q : quiz::allQuestions(*run.machine, 1, &wrap))
            if (q.kind == quiz::QuestionKind::FreeList || q.kind == quiz::QuestionKind::KmemleakReport)
                for (const quiz::Choice& c : q.choices) {
                    EXPECT_EQ(c.text.rfind(kOpen, 0), 0u) << c.text;
                    EXPECT_TRUE(c.text.ends_with(kClose)) << c.text;
                    worded.insert(withoutMarks(c.text));
                }
    }
    EXPECT_TRUE(worded.contains("the head of CPU 0's per-CPU list (a hot page)"));
    EXPECT_TRUE(worded.contains("No: the scan finds a pointer to it"));
}

// --- compare ----------------------------------------------------------------------------------

struct CompareCase
{
    const char* scenario; ///< a golden scenario directory
    std::vector<std::string> variants;
};

class CompareTextCase : public ::testing::TestWithParam<CompareCase>
{
};

TEST_P(CompareTextCase, EveryClauseAndDifferenceIsMadeOfMarkedFormatsAndTheIdentityTranslatorGivesTheEnglish)
{
    const CompareCase& c = GetParam();
    const auto path = std::filesystem::path(VMVIZ_GOLDEN_DIR) / c.scenario / "scenario.vmviz";
    auto parsed = scenario::parseScenario(golden::readFile(path), c.scenario);
    ASSERT_TRUE(parsed.ok());
    std::vector<compare::Variant> variants;
    for (const std::string& text : c.variants) {
        std::string why;
        const auto v = compare::parseVariant(text, &why);
        ASSERT_TRUE(v) << why;
        variants.push_back(*v);
    }
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off;
    const compare::CompareResult result = compare::compareScenario(*parsed.scenario, variants, options);
    ASSERT_FALSE(result.error) << result.error->message;
    const compare::Comparison& comparison = *result.comparison;

    WrappingTranslator wrapping;
    const TextTranslator wrap = wrapping.translator();
    std::size_t differences = 0;
    for (const compare::LineComparison& line : comparison.lines) {
        const std::string what = "line " + std::to_string(line.where.line);
        for (const compare::LineFacts& facts : line.machines) {
            const std::vector<std::string> english = compare::factClauses(facts);
            const std::vector<std::string> wrapped = compare::factClauses(facts, &wrap);
            ASSERT_EQ(wrapped.size(), english.size()) << what;
            for (std::size_t i = 0; i < english.size(); ++i)
                expectWrapped(wrapped[i], english[i], what + " clause " + std::to_string(i));
            EXPECT_EQ(compare::describeFacts(facts, &kIdentity), compare::describeFacts(facts)) << what;
        }
        for (const compare::Difference& d : line.differences) {
            ++differences;
            expectWrapped(compare::describeDifference(d, &wrap), compare::describeDifference(d),
                          what + " " + std::string(compare::differenceKindName(d.kind)));
            EXPECT_EQ(compare::describeDifference(d, &kIdentity), compare::describeDifference(d)) << what;
            for (const compare::Difference::Value& v : d.values)
                EXPECT_EQ(compare::valueText(v, nullptr), v.text) << what;
        }
    }
    EXPECT_GT(differences, 0u) << "the machines should differ somewhere";
    expectInCatalogue(wrapping, {"Compare", "Narration"});
}

INSTANTIATE_TEST_SUITE_P(Goldens, CompareTextCase,
                         ::testing::Values(CompareCase{"seed-walkthrough", {"kernel=2.6.36", "kernel=6.18"}},
                                           CompareCase{"lazy-purge", {"cpus=1", "cpus=4"}},
                                           CompareCase{"leak-second-scan", {"kernel=2.6.36", "kernel=6.18"}},
                                           CompareCase{"fail-alloc-page", {"cpus=1", "cpus=4"}},
                                           CompareCase{"oops-taint-and-walk",
                                                       {"kernel=2.6.36", "kernel=6.18"}}),
                         [](const ::testing::TestParamInfo<CompareCase>& param) {
                             std::string name = param.param.scenario;
                             for (char& c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });

TEST(CompareTextWords, AValueTranslatesItsMarkedWordsOnly)
{
    const TextTranslator chinese = [](std::string_view context, std::string_view english) -> std::string {
        if (context == "Compare" && english == "none")
            return "无";
        if (context == "Compare" && english == "no area below")
            return "下方无区域";
        return {};
    };
    const compare::Difference::Value value{std::nullopt,
                                           "none 4 KiB no area below",
                                           {{"none", true}, {"4 KiB", false}, {"no area below", true}}};
    EXPECT_EQ(compare::valueText(value, &chinese), "无 4 KiB 下方无区域");
    EXPECT_EQ(compare::valueText(value, nullptr), value.text);
}

} // namespace
