// SPDX-License-Identifier: GPL-2.0-only
// The teaching layer: every step of every shipped scenario has a plain-language line, failures are
// flagged and narrated as NULL/-errno, the glossary is big enough and well formed, and every
// kernel function the engine records has a source card whose outline a step can stand on.
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioRunner.h"
#include "steps/Narration.h"
#include "steps/PlainLanguage.h"
#include "teach/Glossary.h"
#include "teach/SourceCard.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace vmviz;

namespace {

/// Invariants are other tests' business; these read the trace only, so the long catalogue
/// scenarios run without the per-step checks.
std::unique_ptr<Machine> run(std::string_view text)
{
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off;
    auto result = scenario::runScenarioText(text, "test.vmviz", options);
    EXPECT_TRUE(result.machine && result.error.empty()) << result.error;
    return std::move(result.machine);
}

} // namespace

TEST(PlainLanguage, EveryFunctionAndEventHasItsOwnSentence)
{
    for (std::size_t f = 0; f < static_cast<std::size_t>(Fn::Count); ++f) {
        const Fn fn = static_cast<Fn>(f);
        EXPECT_FALSE(plainCallFormat(fn).empty()) << functionInfo(fn).name;
        EXPECT_FALSE(plainReturnFormat(fn).empty()) << functionInfo(fn).name;
        EXPECT_NE(plainCallFormat(fn), plainReturnFormat(fn)) << functionInfo(fn).name;
    }
    for (std::size_t e = 0; e < static_cast<std::size_t>(Ev::Count); ++e) {
        const Ev ev = static_cast<Ev>(e);
        EXPECT_FALSE(plainEventFormat(ev).empty()) << eventInfo(ev).name;
        // The plain line explains; it does not repeat the narration's format.
        if (ev != Ev::Note) {
            EXPECT_NE(plainEventFormat(ev), eventInfo(ev).format) << eventInfo(ev).name;
        }
    }
}

TEST(PlainLanguage, EveryStepOfEveryShippedScenarioHasAPlainLine)
{
    ASSERT_FALSE(scenario::scenarioCatalogue().empty());
    for (const auto& entry : scenario::scenarioCatalogue()) {
        const auto machine = run(entry.text);
        ASSERT_TRUE(machine) << entry.name;
        ASSERT_GT(machine->trace.size(), 0u) << entry.name;
        for (std::uint64_t i = 1; i <= machine->trace.size(); ++i) {
            const Step step = machine->trace.step(StepIndex{i});
            const std::string plain = plainLanguage(machine->trace, step);
            ASSERT_FALSE(plain.empty()) << entry.name << " step " << i;
            // Every placeholder was filled.
            ASSERT_EQ(plain.find("{?"), std::string::npos) << entry.name << " step " << i << ": " << plain;
        }
    }
}

TEST(Failures, AFailedAllocPageNarratesNullAndIsFlagged)
{
    const auto machine = run("fail alloc_page after 2\na = vmalloc 20K\n");
    ASSERT_TRUE(machine);
    int nullReturns = 0;
    for (std::uint64_t i = 1; i <= machine->trace.size(); ++i) {
        const Step step = machine->trace.step(StepIndex{i});
        if (step.kind != StepKind::Return || step.function != Fn::alloc_page || step.args[0] != 0)
            continue;
        ++nullReturns;
        EXPECT_EQ(narrate(machine->trace, step), "alloc_page returns NULL");
        EXPECT_TRUE(stepIsFailure(step));
        EXPECT_NE(plainLanguage(machine->trace, step).find("returned NULL"), std::string::npos);
    }
    EXPECT_EQ(nullReturns, 1);
}

TEST(Failures, WhichStepsAreFailures)
{
    const auto machine = run("fail alloc_page after 2\na = vmalloc 20K\nvfree 0xffffc90000000010\n");
    ASSERT_TRUE(machine);
    std::set<std::string> failed;
    for (std::uint64_t i = 1; i <= machine->trace.size(); ++i) {
        const Step step = machine->trace.step(StepIndex{i});
        if (!stepIsFailure(step))
            continue;
        failed.insert(std::string(step.kind == StepKind::Effect ? eventInfo(step.event).name
                                                                : functionInfo(step.function).name));
        // A successful return is never a failure; a failure's plain line says so.
        if (step.kind == StepKind::Return) {
            EXPECT_NE(plainLanguage(machine->trace, step).find("failed"), std::string::npos);
        }
    }
    for (const char* expected :
         {"FaultInjected", "alloc_page", "NrPagesCut", "__vmalloc_area_node", "vmalloc", "Warn"})
        EXPECT_TRUE(failed.count(expected)) << expected;
    EXPECT_FALSE(failed.count("vfree")) << "vfree returns nothing; it cannot fail by its value";
}

TEST(Glossary, HasAtLeastFortyWellFormedTerms)
{
    const auto terms = teach::glossary();
    EXPECT_GE(terms.size(), 40u);
    std::set<std::string_view> headings;
    std::set<std::string_view> words;
    for (const teach::GlossaryTerm& term : terms) {
        EXPECT_FALSE(term.term.empty());
        EXPECT_GT(term.definition.size(), 20u) << term.term;
        EXPECT_FALSE(term.where.empty()) << term.term;
        EXPECT_FALSE(term.matches.empty()) << term.term;
        EXPECT_TRUE(headings.insert(term.term).second) << "twice: " << term.term;
        std::string_view rest = term.matches;
        while (!rest.empty()) {
            const auto bar = rest.find('|');
            const std::string_view word = rest.substr(0, bar);
            EXPECT_FALSE(word.empty()) << term.term;
            EXPECT_TRUE(words.insert(word).second) << "'" << word << "' stands for two terms";
            rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
        }
    }
    for (const char* needed : {"PFN",
                               "struct page",
                               "zone",
                               "buddy order",
                               "per-CPU list",
                               "migratetype",
                               "kmalloc cache",
                               "vmap_area",
                               "vm_struct",
                               "guard page",
                               "gap page",
                               "PGD",
                               "PUD",
                               "PMD",
                               "PTE",
                               "_PAGE_* bits",
                               "TLB flush",
                               "lazy purge",
                               "kmemleak colours",
                               "min_count",
                               "checksum"})
        EXPECT_TRUE(teach::findGlossaryTerm(needed)) << needed;
}

TEST(Glossary, FindsWholeWordsLongestFirst)
{
    struct Case
    {
        std::string_view text;
        std::vector<std::string_view> found; ///< the matched words, in order
    };
    const Case cases[] = {
        {"take pfn 0x7803 from the head of the DMA32 per-CPU Unmovable list",
         {"pfn", "DMA32", "per-CPU", "Unmovable"}},
        {"PTE[0] = 0x8000000007803163 (P RW A D G NX)", {"PTE", "P RW", "NX"}},
        {"pfns_left and unmovable and zonex", {}},
        {"the struct page of a page frame", {"struct page", "page frame"}},
    };
    for (const Case& c : cases) {
        std::vector<std::string_view> found;
        for (const teach::GlossaryHit& hit : teach::findGlossaryTerms(c.text))
            found.push_back(c.text.substr(hit.offset, hit.length));
        EXPECT_EQ(found, c.found) << c.text;
    }
}

TEST(SourceCards, EveryRecordedFunctionHasACardAtARealLine)
{
    // 2.6.36's cards up to Fn::vmalloc_noprof, 6.18's from there on (and LA57's p4d_alloc).
    for (std::size_t f = 0; f < static_cast<std::size_t>(Fn::Count); ++f) {
        const Fn fn = static_cast<Fn>(f);
        const teach::SourceCard* card = teach::sourceCard(fn);
        ASSERT_TRUE(card) << functionInfo(fn).name;
        EXPECT_EQ(card->function, fn);
        EXPECT_FALSE(card->signature.empty()) << functionInfo(fn).name;
        EXPECT_FALSE(card->outline.empty()) << functionInfo(fn).name;
        if (fn == Fn::Caller)
            continue;
        EXPECT_FALSE(card->file.empty()) << functionInfo(fn).name;
        EXPECT_GT(card->line, 0) << functionInfo(fn).name;
        // The signature names the function (a macro's card names the macro).
        EXPECT_NE(card->signature.find(functionInfo(fn).name), std::string_view::npos) << card->signature;
        // Where the function table gives a line too, the two agree (__vmalloc's table line, 1600, is
        // in vmalloc's comment block; the definition is at 1592 in 2.6.36).
        const FunctionInfo& info = functionInfo(fn);
        if (info.line != 0 && fn != Fn::__vmalloc) {
            EXPECT_EQ(card->file, info.file) << info.name;
            EXPECT_EQ(card->line, info.line) << info.name;
        }
    }
}

TEST(SourceCards, TheLinux618CardsAreOnlyFor618Rows)
{
    // A 6.18 card never shadows a 2.6.36 function of the same name, and each says where in 6.18.
    for (const teach::SourceCard& card : teach::linux618Cards()) {
        EXPECT_TRUE(card.function >= Fn::vmalloc_noprof || card.function == Fn::p4d_alloc)
            << functionInfo(card.function).name;
        EXPECT_EQ(teach::sourceCard(card.function), &card) << functionInfo(card.function).name;
    }
    EXPECT_EQ(teach::sourceCardLocation(*teach::sourceCard(Fn::vfree_618)), "mm/vmalloc.c:3403");
    EXPECT_EQ(teach::sourceCardLocation(*teach::sourceCard(Fn::vfree)), "mm/vmalloc.c:1418");
}

class SourceCardsOnAScenario : public ::testing::TestWithParam<const char*>
{
};

TEST_P(SourceCardsOnAScenario, AStepStandsOnTheLineThatRecordsIt)
{
    const auto machine = run(GetParam());
    ASSERT_TRUE(machine);
    // Every effect lands on a line that names it, in its own function's card.
    for (std::uint64_t i = 1; i <= machine->trace.size(); ++i) {
        const Step step = machine->trace.step(StepIndex{i});
        if (step.kind != StepKind::Effect || step.function == Fn::Caller)
            continue;
        const teach::SourceCard* card = teach::sourceCard(step.function);
        ASSERT_TRUE(card) << functionInfo(step.function).name;
        const std::size_t line = teach::sourceCardLine(*card, &step, Fn::Count);
        bool named = false;
        for (const Ev ev : card->outline[line].effects)
            named = named || ev == step.event;
        EXPECT_TRUE(named) << "step " << i << " " << eventInfo(step.event).name << " in "
                           << functionInfo(step.function).name;
    }
}

// 6.18: the seed, a vfree, a purge with a merge, a WARN, a short page allocation with its
// warn_alloc(), and the drain worker.
INSTANTIATE_TEST_SUITE_P(
    Linux618, SourceCardsOnAScenario,
    ::testing::Values("config kernel=6.18\nbuf = vmalloc 100\nvfree buf\n",
                      "config kernel=6.18 cpus=1\na = vmalloc 8K\nvfree a\nb = vmalloc "
                      "4K\npurge\nc = vmalloc 4K\nvfree 0xffffc90000000010\n",
                      "config kernel=6.18 cpus=1\nfail alloc_page every 3\na = vmalloc 20K\n",
                      "config kernel=6.18 cpus=1\na = vmalloc 3M\nvfree a\nvfree 0\n"));

TEST(SourceCards, AStepStandsOnTheLineThatRecordsIt)
{
    const auto machine = run(scenario::findInCatalogue("seed")->text);
    ASSERT_TRUE(machine);
    // Every effect of the seed lands on a line that names it, in its own function's card.
    for (std::uint64_t i = 1; i <= machine->trace.size(); ++i) {
        const Step step = machine->trace.step(StepIndex{i});
        if (step.kind != StepKind::Effect || step.function == Fn::Caller)
            continue;
        const teach::SourceCard* card = teach::sourceCard(step.function);
        ASSERT_TRUE(card);
        const std::size_t line = teach::sourceCardLine(*card, &step, Fn::Count);
        bool named = false;
        for (const Ev ev : card->outline[line].effects)
            named = named || ev == step.event;
        EXPECT_TRUE(named) << "step " << i << " " << eventInfo(step.event).name << " in "
                           << functionInfo(step.function).name;
    }
    // An outer frame stands on its call to the inner one.
    const teach::SourceCard* vunmap = teach::sourceCard(Fn::__vunmap);
    ASSERT_TRUE(vunmap);
    EXPECT_EQ(vunmap->outline[teach::sourceCardLine(*vunmap, nullptr, Fn::__free_page)].calls,
              Fn::__free_page);
    EXPECT_EQ(teach::sourceCardLocation(*vunmap), "mm/vmalloc.c:1366");
}
