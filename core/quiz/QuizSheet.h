// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A quiz as a Markdown exercise sheet: each question with what the class knows and choices a–d;
// with the answers, the right choice, why, and the step of the run that shows it.
#include "quiz/Quiz.h"

#include <string>
#include <string_view>
#include <vector>

namespace vmviz::quiz {

struct SheetInfo
{
    std::string scenario; ///< the scenario's title or name
    std::uint64_t seed = 0;
    bool answers = false;
};

std::string quizSheetMarkdown(const std::vector<Question>& questions, const SheetInfo& info);

/// "a", "b", … for choice i.
char choiceLetter(std::size_t i);

} // namespace vmviz::quiz
