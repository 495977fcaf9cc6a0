// SPDX-License-Identifier: GPL-2.0-only
#include "quiz/QuizSheet.h"

namespace vmviz::quiz {

char choiceLetter(std::size_t i)
{
    return static_cast<char>('a' + i);
}

std::string quizSheetMarkdown(const std::vector<Question>& questions, const SheetInfo& info)
{
    std::string out = "# Quiz: " + info.scenario + "\n\n";
    out += "Seed " + std::to_string(info.seed) + ", " + std::to_string(questions.size()) +
           (questions.size() == 1 ? " question" : " questions") +
           ". Each question stops before a step of the run: predict what the kernel does, then play "
           "the step.\n";
    if (questions.empty())
        out += "\nThis run offers no step to ask about.\n";
    for (std::size_t n = 0; n < questions.size(); ++n) {
        const Question& q = questions[n];
        out += "\n## Question " + std::to_string(n + 1) + " (before step " + std::to_string(q.askBefore) +
               ")\n\n" + q.prompt + "\n\n";
        for (const std::string& line : q.context)
            out += "- " + line + "\n";
        out += "\n";
        for (std::size_t i = 0; i < q.choices.size(); ++i)
            out += std::string(1, choiceLetter(i)) + ") " + q.choices[i].text + "\n";
        if (info.answers) {
            out += "\n**Answer: " + std::string(1, choiceLetter(q.answer)) + ") " + q.rightChoice().text +
                   ".** " + q.why + "\n\nProof: step " + std::to_string(q.proofStep) + ": `" + q.proof +
                   "`\n";
        }
    }
    return out;
}

} // namespace vmviz::quiz
