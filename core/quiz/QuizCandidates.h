// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The steps of a run a question can be asked at, found in one pass over the trace by the roles and
// focus of its steps (steps/StepFocus.h), never by argument positions. Internal to core/quiz.
#include "quiz/Quiz.h"

#include <cstdint>
#include <vector>

namespace vmviz::quiz {

struct Candidate
{
    QuestionKind kind = QuestionKind::VmallocAddress;
    std::uint64_t askBefore = 0; ///< the call (or the effect) the question stops before
    std::uint64_t proofStep = 0; ///< the effect that shows the answer
    std::uint64_t callEnd = 0;   ///< the return of the call asked about (askBefore for a lone effect)
    std::uint64_t answer = 0;    ///< what the model did: an address, a pfn, an entry, a count, a code
    std::uint64_t subject = 0;   ///< the frame freed, the kmemleak address the event names
};

/// Every candidate of the machine's recorded trace, ordered by askBefore then kind.
std::vector<Candidate> findCandidates(const Machine& machine);

/// The question at `candidate`: reads the state before it (the cursor moves) and computes wrong
/// choices from the model. `salt` orders the choices; `translator` (may be null) the language.
Question buildQuestion(Machine& machine, const Candidate& candidate, std::uint64_t salt,
                       const TextTranslator* translator);

/// splitmix64: the quiz's one source of randomness, the same on every platform and library
/// (std::uniform_int_distribution is not).
class QuizRandom
{
public:
    explicit QuizRandom(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    /// 0 .. n-1 (n > 0); the modulo bias is irrelevant at quiz sizes.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t m_state;
};

} // namespace vmviz::quiz
