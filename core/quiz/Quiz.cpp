// SPDX-License-Identifier: GPL-2.0-only
#include "quiz/Quiz.h"

#include "quiz/QuizCandidates.h"

#include <algorithm>
#include <array>

namespace vmviz::quiz {

std::string_view questionKindName(QuestionKind kind)
{
    static constexpr std::array<std::string_view, static_cast<std::size_t>(QuestionKind::Count)> names = {
        "vmalloc-address", "alloc-page-pfn", "entry-value", "table-pages", "free-list", "kmemleak-report"};
    const auto i = static_cast<std::size_t>(kind);
    return i < names.size() ? names[i] : "?";
}

namespace {

/// A salt per question: the seed and the step, so one question's choices do not depend on which
/// other questions were picked.
std::uint64_t choiceSalt(std::uint64_t seed, const Candidate& c)
{
    return QuizRandom(seed ^ (c.askBefore * 0x100000001b3ull) ^ (c.proofStep << 20)).next();
}

std::vector<Question> build(Machine& machine, const std::vector<Candidate>& picked, std::uint64_t seed,
                            const TextTranslator* translator)
{
    const std::uint64_t position = machine.position().value();
    std::vector<Question> out;
    out.reserve(picked.size());
    for (const Candidate& c : picked)
        out.push_back(buildQuestion(machine, c, choiceSalt(seed, c), translator));
    machine.seek(StepIndex{position});
    return out;
}

} // namespace

std::vector<Question> makeQuiz(Machine& machine, const QuizOptions& options)
{
    const std::vector<Candidate> all = findCandidates(machine);
    // Round robin over the kinds, in an order the seed shuffles, each turn a random step of that
    // kind: a spread of kinds even where one kind (PTE writes) has thousands of steps.
    std::array<std::vector<Candidate>, static_cast<std::size_t>(QuestionKind::Count)> byKind;
    for (const Candidate& c : all)
        byKind[static_cast<std::size_t>(c.kind)].push_back(c);
    QuizRandom random(options.seed);
    std::vector<std::size_t> kinds;
    for (std::size_t k = 0; k < byKind.size(); ++k)
        if (!byKind[k].empty())
            kinds.push_back(k);
    for (std::size_t i = kinds.size(); i > 1; --i)
        std::swap(kinds[i - 1], kinds[random.below(i)]);
    std::vector<Candidate> picked;
    while (picked.size() < options.count && !kinds.empty()) {
        for (auto it = kinds.begin(); it != kinds.end() && picked.size() < options.count;) {
            std::vector<Candidate>& pool = byKind[*it];
            const std::size_t j = random.below(pool.size());
            picked.push_back(pool[j]);
            pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(j));
            it = pool.empty() ? kinds.erase(it) : it + 1;
        }
    }
    std::stable_sort(picked.begin(), picked.end(), [](const Candidate& a, const Candidate& b) {
        return std::pair(a.askBefore, a.proofStep) < std::pair(b.askBefore, b.proofStep);
    });
    return build(machine, picked, options.seed, options.translator);
}

std::vector<Question> allQuestions(Machine& machine, std::uint64_t seed, const TextTranslator* translator)
{
    return build(machine, findCandidates(machine), seed, translator);
}

} // namespace vmviz::quiz
