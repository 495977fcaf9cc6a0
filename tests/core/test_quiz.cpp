// SPDX-License-Identifier: GPL-2.0-only
// Quiz questions from recorded runs: reproducible from a seed, four distinct choices with one
// right, and every right answer checked against the model by replaying to the step it cites.
#include "quiz/Quiz.h"
#include "quiz/QuizSheet.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

using namespace vmviz;
using namespace vmviz::quiz;

namespace {

// Two leaks and a referenced area, scanned too early and then late enough; two frees of
// different fates; a second mapping that needs no new tables.
constexpr const char* kClassroom = R"(config ram=128M cpus=4
a = vmalloc 100
b = vmalloc 8K
c = vmalloc 64K
write b "hello"
leak a
kmemleak scan
sleep 10s
kmemleak scan
vfree c
vfree b
purge
)";

std::unique_ptr<Machine> run(const std::string& text)
{
    auto result = scenario::runScenarioText(text, "quiz.vmviz");
    EXPECT_TRUE(result.machine) << result.error;
    return std::move(result.machine);
}

std::unique_ptr<Machine> runBuiltin(const char* name)
{
    const scenario::CatalogueEntry* entry = scenario::findInCatalogue(name);
    EXPECT_NE(entry, nullptr) << name;
    return entry ? run(std::string(entry->text)) : nullptr;
}

std::string sheet(Machine& m, std::uint64_t seed, std::size_t count, bool answers = true)
{
    return quizSheetMarkdown(makeQuiz(m, {seed, count}), {"test", seed, answers});
}

bool isFreeFrame(const FrameFields& f)
{
    return f.owner == FrameOwner::Free || f.owner == FrameOwner::PerCpuList;
}

/// On CPU 0's per-CPU list or inside a block on a buddy free list.
bool onFreeList(const Machine& m, Pfn pfn)
{
    const unsigned zone = m.phys.zoneOf(pfn);
    for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt) {
        if (mt < MIGRATE_PCPTYPES) { // the per-CPU lists exist for the first three types only
            const auto pcp = m.phys.pcpList(zone, mt);
            if (std::find(pcp.begin(), pcp.end(), pfn) != pcp.end())
                return true;
        }
        for (unsigned order = 0; order < 11; ++order)
            for (const Pfn head : m.phys.freeList(zone, order, mt))
                if (head <= pfn && pfn.value() < head.value() + (1ull << order))
                    return true;
    }
    return false;
}

/// Replays to the steps `q` cites and checks its right choice against the machine's state.
void expectAnswerHolds(Machine& m, const Question& q)
{
    SCOPED_TRACE(std::string(questionKindName(q.kind)) + " before step " + std::to_string(q.askBefore));
    const std::uint64_t v = q.rightChoice().value;
    ASSERT_LE(q.askBefore, q.proofStep);
    ASSERT_LE(q.proofStep, q.revealEnd);
    const ChangeSet proof = m.changesBetween(StepIndex{q.proofStep - 1}, StepIndex{q.proofStep});
    switch (q.kind) {
    case QuestionKind::VmallocAddress: {
        m.seek(StepIndex{q.proofStep - 1});
        EXPECT_FALSE(m.vmalloc.areaContaining(v).has_value());
        m.seek(StepIndex{q.proofStep});
        const auto id = m.vmalloc.areaContaining(v);
        ASSERT_TRUE(id.has_value());
        EXPECT_EQ(m.vmalloc.area(*id, false).vaStart, v);
        break;
    }
    case QuestionKind::AllocPagePfn: {
        // The frame leaves a free list at the proof step (its owner changes later, when it lands).
        m.seek(StepIndex{q.proofStep - 1});
        EXPECT_TRUE(onFreeList(m, Pfn{v}));
        m.seek(StepIndex{q.proofStep});
        EXPECT_FALSE(onFreeList(m, Pfn{v}));
        const ChangeSet whole = m.changesBetween(StepIndex{q.askBefore - 1}, StepIndex{q.revealEnd});
        const auto after = std::find_if(whole.frames.begin(), whole.frames.end(),
                                        [v](const FrameChange& f) { return f.pfn == Pfn{v}; });
        ASSERT_NE(after, whole.frames.end());
        EXPECT_FALSE(isFreeFrame(after->after)) << "the frame the call returns is taken";
        break;
    }
    case QuestionKind::EntryValue:
        EXPECT_TRUE(std::any_of(proof.entries.begin(), proof.entries.end(),
                                [v](const EntryChange& e) { return e.after == v && e.before != v; }));
        break;
    case QuestionKind::TablePages: {
        const ChangeSet whole = m.changesBetween(StepIndex{q.askBefore - 1}, StepIndex{q.revealEnd});
        const auto tables = std::count_if(whole.frames.begin(), whole.frames.end(), [](const FrameChange& f) {
            return f.after.owner == FrameOwner::PageTable && f.before.owner != FrameOwner::PageTable;
        });
        EXPECT_EQ(static_cast<std::uint64_t>(tables), v);
        break;
    }
    case QuestionKind::FreeList: {
        m.seek(StepIndex{q.proofStep});
        const Pfn pfn{q.subject};
        const unsigned zone = m.phys.zoneOf(pfn);
        bool found = false;
        for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt) {
            if (v == kPerCpuHead || v == kPerCpuTail) {
                if (mt >= MIGRATE_PCPTYPES)
                    continue;
                const auto list = m.phys.pcpList(zone, mt);
                found = found || (!list.empty() && (v == kPerCpuHead ? list.front() : list.back()) == pfn);
                continue;
            }
            const unsigned order = static_cast<unsigned>(v - buddyFreeListCode(0));
            for (const Pfn head : m.phys.freeList(zone, order, mt))
                found = found || (head.value() <= q.subject && q.subject < head.value() + (1ull << order));
        }
        EXPECT_TRUE(found);
        break;
    }
    case QuestionKind::KmemleakReport: {
        m.seek(StepIndex{q.askBefore - 1});
        const auto before = m.kmemleak.find(VirtAddr{q.subject});
        ASSERT_TRUE(before.has_value());
        m.seek(StepIndex{q.revealEnd});
        const auto after = m.kmemleak.find(VirtAddr{q.subject});
        ASSERT_TRUE(after.has_value());
        const bool newlyReported = !(before->flags & OBJECT_REPORTED) && (after->flags & OBJECT_REPORTED);
        EXPECT_EQ(newlyReported, v == static_cast<std::uint64_t>(KmemleakVerdict::Reported));
        if (v == static_cast<std::uint64_t>(KmemleakVerdict::Referenced)) {
            EXPECT_NE(colourOf(*after), KmemleakColour::White);
        }
        break;
    }
    case QuestionKind::Count:
        FAIL();
    }
}

void expectWellFormed(const Question& q)
{
    SCOPED_TRACE(q.prompt);
    ASSERT_EQ(q.choices.size(), 4u);
    ASSERT_LT(q.answer, q.choices.size());
    std::set<std::uint64_t> values;
    std::set<std::string> texts;
    for (const Choice& c : q.choices) {
        values.insert(c.value);
        texts.insert(c.text);
    }
    EXPECT_EQ(values.size(), 4u) << "wrong choices are distinct and never the right one";
    EXPECT_EQ(texts.size(), 4u);
    EXPECT_FALSE(q.prompt.empty());
    EXPECT_FALSE(q.why.empty());
    EXPECT_FALSE(q.proof.empty());
}

} // namespace

TEST(Quiz, EveryQuestionOfEveryRunIsWellFormedAndItsAnswerHolds)
{
    struct Case
    {
        const char* name;
        std::unique_ptr<Machine> machine;
    };
    std::vector<Case> cases;
    cases.push_back({"classroom", run(kClassroom)});
    for (const scenario::CatalogueEntry& entry : scenario::scenarioCatalogue())
        cases.push_back({entry.name.c_str(), run(std::string(entry.text))});
    std::set<QuestionKind> kinds;
    for (Case& c : cases) {
        SCOPED_TRACE(c.name);
        ASSERT_TRUE(c.machine);
        const std::vector<Question> all = allQuestions(*c.machine, 7);
        EXPECT_FALSE(all.empty());
        std::map<QuestionKind, int> checked;
        for (const Question& q : all) {
            kinds.insert(q.kind);
            if (++checked[q.kind] > 40) // a 513-page run has hundreds of PTE writes alike
                continue;
            expectWellFormed(q);
            expectAnswerHolds(*c.machine, q);
        }
    }
    EXPECT_EQ(kinds.size(), static_cast<std::size_t>(QuestionKind::Count)) << "every kind is exercised";
}

TEST(Quiz, TheClassroomRunHasEveryKmemleakVerdict)
{
    auto m = run(kClassroom);
    std::set<std::uint64_t> verdicts;
    for (const Question& q : allQuestions(*m, 1))
        if (q.kind == QuestionKind::KmemleakReport)
            verdicts.insert(q.rightChoice().value);
    EXPECT_TRUE(verdicts.count(static_cast<std::uint64_t>(KmemleakVerdict::Reported)));
    EXPECT_TRUE(verdicts.count(static_cast<std::uint64_t>(KmemleakVerdict::TooYoung)));
    EXPECT_TRUE(verdicts.count(static_cast<std::uint64_t>(KmemleakVerdict::Referenced)));
}

TEST(Quiz, TheSameSeedGivesTheSameSheetAnotherSeedAnother)
{
    auto m = runBuiltin("seed");
    ASSERT_TRUE(m);
    const std::uint64_t position = m->position().value();
    const std::string one = sheet(*m, 1, 4);
    EXPECT_EQ(m->position().value(), position) << "the cursor is put back";
    EXPECT_EQ(sheet(*m, 1, 4), one);
    auto again = runBuiltin("seed");
    EXPECT_EQ(sheet(*again, 1, 4), one) << "a fresh run of the same scenario";
    EXPECT_NE(sheet(*m, 2, 4), one);
    EXPECT_NE(sheet(*m, 3, 4), one);
}

TEST(Quiz, ACountPicksThatManyAndSpreadsOverTheKinds)
{
    auto m = run(kClassroom);
    const auto quiz = makeQuiz(*m, {5, 6});
    ASSERT_EQ(quiz.size(), 6u);
    std::set<QuestionKind> kinds;
    for (const Question& q : quiz)
        kinds.insert(q.kind);
    EXPECT_EQ(kinds.size(), 6u) << "six kinds on offer, six questions: one of each";
    EXPECT_TRUE(std::is_sorted(quiz.begin(), quiz.end(), [](const Question& a, const Question& b) {
        return a.askBefore < b.askBefore;
    }));
    EXPECT_EQ(makeQuiz(*m, {5, 100000}).size(), allQuestions(*m, 5).size())
        << "never more than the run offers";
    EXPECT_TRUE(makeQuiz(*m, {5, 0}).empty());
}

TEST(Quiz, WrongChoicesComeFromTheModel)
{
    auto m = runBuiltin("seed");
    for (const Question& q : allQuestions(*m, 1)) {
        const std::uint64_t v = q.rightChoice().value;
        std::set<std::uint64_t> wrong;
        for (const Choice& c : q.choices)
            if (c.value != v)
                wrong.insert(c.value);
        if (q.kind == QuestionKind::EntryValue && (v & k::_PAGE_NX)) { // a PTE: PAGE_KERNEL has NX
            EXPECT_GE(wrong.count(v ^ k::_PAGE_NX) + wrong.count(v ^ k::_PAGE_RW) +
                          wrong.count(v ^ k::_PAGE_PRESENT),
                      2u)
                << q.prompt;
        }
        if (q.kind == QuestionKind::EntryValue) {
            EXPECT_TRUE(wrong.count(v + k::PAGE_SIZE)) << "the neighbour frame";
        }
        if (q.kind == QuestionKind::AllocPagePfn) {
            EXPECT_TRUE(wrong.count(v + 1) || wrong.count(v - 1)) << q.prompt;
        }
        if (q.kind == QuestionKind::TablePages) {
            EXPECT_TRUE(wrong.count(v + 1)) << "off by one level";
        }
    }
}

TEST(Quiz, EveryAnswerOfASheetHoldsWhenReplayedToItsStep)
{
    auto m = run(kClassroom);
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        for (const Question& q : makeQuiz(*m, {seed, 8})) {
            expectWellFormed(q);
            expectAnswerHolds(*m, q);
        }
    }
}
