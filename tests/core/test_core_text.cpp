// SPDX-License-Identifier: GPL-2.0-only
// The core's teaching text as a message catalogue (base/TextTranslator.h): with a translator that
// wraps every format it is asked for in «…», every step of the golden runs still expands, each
// sentence is its English with the marks added around the formats (so the translated path uses
// the same formats and the same arguments, and reorders nothing by itself), and without a
// translator the English is what it always was (the goldens pin it byte for byte).
#include "scenario/ScenarioRunner.h"
#include "steps/DetailLevel.h"
#include "steps/Narration.h"
#include "steps/PlainLanguage.h"
#include "support/Golden.h"
#include "teach/Glossary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

using namespace vmviz;

namespace {

scenario::RunResult runGolden(const std::string& name)
{
    const auto path = std::filesystem::path(VMVIZ_GOLDEN_DIR) / name / "scenario.vmviz";
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off;
    return scenario::runScenarioText(golden::readFile(path), name + "/scenario.vmviz", options);
}

const std::string kOpen = "«";
const std::string kClose = "»";

/// Wraps each format and remembers what it was asked.
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

std::string withoutMarks(std::string text)
{
    for (const std::string& mark : {kOpen, kClose})
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at))
            text.erase(at, mark.size());
    return text;
}

/// A sentence the wrapped formats made: marked, expanded, and the English once unmarked.
void expectWrapped(const std::string& translated, const std::string& english, const std::string& what)
{
    EXPECT_EQ(translated.find("{?"), std::string::npos) << what << ": " << translated;
    EXPECT_EQ(english.find("{?"), std::string::npos) << what << ": " << english;
    EXPECT_EQ(translated.rfind(kOpen, 0), 0u) << what << ": " << translated;
    EXPECT_EQ(withoutMarks(translated), english) << what;
}

class CoreText : public ::testing::TestWithParam<std::string>
{
};

TEST_P(CoreText, EveryStepExpandsThroughATranslatorToItsEnglishWithTheFormatsMarked)
{
    const auto run = runGolden(GetParam());
    ASSERT_TRUE(run.machine) << run.error;
    const Trace& trace = run.machine->trace;
    WrappingTranslator wrapping;
    const TextTranslator tr = wrapping.translator();
    for (std::uint64_t s = 1; s <= trace.size(); ++s) {
        const Step step = trace.step(StepIndex{s});
        const std::string where = "step " + std::to_string(s);
        expectWrapped(narrate(trace, step, tr), narrate(trace, step), where + " narration");
        expectWrapped(plainLanguage(trace, step, tr), plainLanguage(trace, step), where + " plain line");
    }
    const DetailIndex index(trace);
    for (const DetailLevel level : {DetailLevel::Overview, DetailLevel::Standard}) {
        for (std::uint64_t i = 0; i < index.unitCount(level); ++i) {
            const LevelUnit unit = index.unit(level, i);
            expectWrapped(summarizeUnit(trace, unit, tr), summarizeUnit(trace, unit),
                          std::string(detailLevelName(level)) + " unit " + std::to_string(i));
        }
    }
    for (const ChapterMark& chapter : index.chapters())
        if (chapter.number != 0)
            expectWrapped(chapterLabel(chapter, tr), chapter.label,
                          "chapter at " + std::to_string(chapter.step));
    // Every format was asked under one of the catalogue's contexts.
    for (const auto& [context, english] : wrapping.asked)
        EXPECT_TRUE(context == "Narration" || context == "PlainLanguage" || context == "DetailLevel")
            << context << ": " << english;
}

INSTANTIATE_TEST_SUITE_P(Goldens, CoreText,
                         ::testing::Values("seed-walkthrough", "recursion-513-pages", "lazy-purge",
                                           "fail-alloc-page", "fail-vmap-area", "oops-taint-and-walk",
                                           "leak-second-scan", "lesson-02-guard-and-gap",
                                           "k618-seed-walkthrough", "size-zero-and-too-big"),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             for (char& c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });

TEST(CoreTextLabels, PhaseTitlesAndChapterLabelsAreLookedUpAsWholeFormats)
{
    WrappingTranslator wrapping;
    const TextTranslator tr = wrapping.translator();
    for (std::size_t p = 0; p < kPhaseCount; ++p) {
        const auto phase = static_cast<Phase>(p);
        EXPECT_EQ(phaseTitle(phase, tr), kOpen + std::string(phaseTitle(phase)) + kClose);
    }
    // A translator may move the number after the title: the label is one format, not pieces.
    const TextTranslator reorder = [](std::string_view, std::string_view english) -> std::string {
        return english == "line {0}: {1:t}" ? "{1:t} (#{0})" : std::string(english);
    };
    const ChapterMark line{1, ChapterMark::Kind::Line, 0, "line 7: buf = vmalloc 100",
                           7, "buf = vmalloc 100"};
    EXPECT_EQ(chapterLabel(line, reorder), "buf = vmalloc 100 (#7)");
    const TextTranslator nothing = [](std::string_view, std::string_view) { return std::string(); };
    EXPECT_EQ(chapterLabel(line, nothing), line.label) << "an empty answer keeps the English";
}

TEST(CoreTextGlossary, TermsTranslateAndTranslatedWordsAreFoundBesideTheEnglishOnes)
{
    const teach::GlossaryTerm* frame = teach::findGlossaryTerm("page frame");
    ASSERT_NE(frame, nullptr);
    const TextTranslator tr = [](std::string_view context, std::string_view english) -> std::string {
        if (context == "Glossary" && english == "page frame")
            return "页框";
        if (context == "GlossaryMatches" && english == "page frame|page frames|frame|frames")
            return "页框|物理页";
        return std::string(english);
    };
    const teach::LocalizedGlossaryTerm local = teach::localizedGlossaryTerm(*frame, tr);
    EXPECT_EQ(local.term, "页框");
    EXPECT_EQ(local.definition, frame->definition);
    EXPECT_EQ(local.where, frame->where);

    const std::string text = "把 pfn 0x7803 的页框映射到 vmalloc 地址";
    const auto hits = teach::findGlossaryTerms(text, tr);
    std::set<std::string> found;
    for (const teach::GlossaryHit& hit : hits)
        found.insert(text.substr(hit.offset, hit.length));
    EXPECT_EQ(found, (std::set<std::string>{"pfn", "页框", "vmalloc"}));
    EXPECT_EQ(teach::glossary()[hits[1].term].term, "page frame");
    // The identity translator finds what the English search finds.
    const TextTranslator same = [](std::string_view, std::string_view english) {
        return std::string(english);
    };
    const std::string english = "The page frame at pfn 0x7803 backs the vmalloc buffer's first page.";
    EXPECT_EQ(teach::findGlossaryTerms(english, same), teach::findGlossaryTerms(english));
}

} // namespace
