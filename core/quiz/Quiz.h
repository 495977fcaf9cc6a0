// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Predict-then-reveal questions generated from a recorded run. Each question stops before a step,
// asks what the kernel is about to do, and offers four choices: the one the model did, and three
// wrong ones computed from the same model (the address without the guard page, the neighbour
// frame, a flipped PTE flag…). The answer is read from the run, never from a table of answers.
// The same run and seed give the same questions; another seed picks another set.
// Every sentence of a question is a format marked VMVIZ_TRANSLATE_NOOP("Quiz", …) filled with
// formatted arguments: English by default (the CLI, the sheets, the goldens), the reader's language
// when the caller passes a translator (base/TextTranslator.h), with the same choices in the same order.
#include "base/TextTranslator.h"
#include "machine/Machine.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz::quiz {

enum class QuestionKind : std::uint8_t
{
    VmallocAddress, ///< which address will this vmalloc return
    AllocPagePfn,   ///< which frame will alloc_page take
    EntryValue,     ///< what value will this page-table entry hold
    TablePages,     ///< how many page-table pages will this mapping allocate
    FreeList,       ///< which free list does this freed frame go to
    KmemleakReport, ///< will kmemleak report this object at this scan
    Count
};

std::string_view questionKindName(QuestionKind kind);

/// FreeList answers: where a freed frame lands (free_hot_cold_page puts a hot page at the head of
/// the per-CPU list, a cold one at its tail; __free_one_page merges into free_area[order]).
inline constexpr std::uint64_t kPerCpuHead = 0;
inline constexpr std::uint64_t kPerCpuTail = 1;
constexpr std::uint64_t buddyFreeListCode(unsigned order)
{
    return 2 + order;
}

/// KmemleakReport answers: reported, or why not (mm/kmemleak.c: kmemleak_scan, 2.6.36).
enum class KmemleakVerdict : std::uint8_t
{
    Reported,        ///< white and older than 5 s at the scan's start
    TooYoung,        ///< white, but younger than 5 s
    ChecksumChanged, ///< white, but its contents changed since the last scan
    Referenced,      ///< a pointer to it was found: count reached min_count, it is gray
};

struct Choice
{
    std::string text;
    std::uint64_t value = 0; ///< an address, a pfn, an entry, a count, a free-list code or a verdict
    bool operator==(const Choice&) const = default;
};

struct Question
{
    QuestionKind kind = QuestionKind::VmallocAddress;
    /// The step the question stops before: the class sees position askBefore - 1.
    std::uint64_t askBefore = 0;
    /// The step whose effect shows the answer (replay to it to check).
    std::uint64_t proofStep = 0;
    /// The last step of what the question asks about (the call's return): play up to here to reveal.
    std::uint64_t revealEnd = 0;
    std::string prompt;
    std::vector<std::string> context; ///< what the class knows at askBefore - 1
    std::vector<Choice> choices;      ///< four, distinct; exactly one is right
    std::size_t answer = 0;           ///< index of the right choice
    std::string why;                  ///< the reason, in one sentence
    std::string proof;                ///< the proof step's sentence (steps/Narration.h)
    /// The frame a free-list question frees, the object a kmemleak question asks about; 0 for the
    /// other kinds, whose subject is in the proof step.
    std::uint64_t subject = 0;

    const Choice& rightChoice() const { return choices[answer]; }
};

struct QuizOptions
{
    std::uint64_t seed = 1;
    std::size_t count = 5;
    /// Asked for each format (context "Quiz", and "Narration" for the steps quoted); null: English.
    /// Must outlive the call.
    const TextTranslator* translator = nullptr;
};

/// Picks up to `count` steps of the machine's recorded run (a spread over the question kinds the
/// run offers) and makes one question at each, ordered by step. Moves the machine's cursor to read
/// the state before each question and puts it back.
std::vector<Question> makeQuiz(Machine& machine, const QuizOptions& options);

/// Every question the run offers, one per candidate step, before any selection (ordered by step).
/// For tests and for the window's quiz mode, which asks at every step it can.
std::vector<Question> allQuestions(Machine& machine, std::uint64_t seed,
                                   const TextTranslator* translator = nullptr);

} // namespace vmviz::quiz
