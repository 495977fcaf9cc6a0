// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Lessons: scenarios with chapters (`chapter`, `say`, `ask`, `note` lines). The parser keeps the
// chapters in Scenario::chapters; the runner records an Ev::Chapter step where each starts. This
// header joins the two, for the GUI's lesson stops, quizzes and handouts.
#include "scenario/Scenario.h"
#include "trace/Trace.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace vmviz::scenario {

/// A chapter and the step where a run starts it (its Ev::Chapter step, 1-based).
struct LessonChapter
{
    Chapter chapter;
    std::uint64_t step = 0;
};

/// The Ev::Chapter steps of a run, in order; the i-th belongs to Scenario::chapters[i].
std::vector<std::uint64_t> chapterStartSteps(const Trace& trace);

/// The chapters of `scenario` with the steps where `trace` (a run of it) starts them. A run that
/// stopped early has no step for its later chapters: they are left out.
std::vector<LessonChapter> lessonChapters(const Scenario& scenario, const Trace& trace);

/// The chapter current at `step`: the last one starting at or before it; nullopt before the first.
std::optional<std::size_t> chapterIndexAt(const std::vector<LessonChapter>& chapters, std::uint64_t step);

/// The step a lesson opens at: its first chapter's (1 when the first chapter comes before the first
/// operation; otherwise found by running the text). 0 for text with no chapters or that fails.
std::uint64_t lessonStartStep(std::string_view text, std::string_view fileName);

/// The chapters of a scenario text, without running it; empty when it does not parse.
std::vector<Chapter> chaptersOfText(std::string_view text, std::string_view fileName);

} // namespace vmviz::scenario
