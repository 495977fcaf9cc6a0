// SPDX-License-Identifier: GPL-2.0-only
#include "scenario/Lesson.h"

#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"

namespace vmviz::scenario {

std::vector<std::uint64_t> chapterStartSteps(const Trace& trace)
{
    std::vector<std::uint64_t> starts;
    for (std::uint64_t i = 1; i <= trace.size(); ++i) {
        const Step step = trace.step(StepIndex{i});
        if (step.kind == StepKind::Effect && step.event == Ev::Chapter)
            starts.push_back(i);
    }
    return starts;
}

std::vector<LessonChapter> lessonChapters(const Scenario& scenario, const Trace& trace)
{
    const std::vector<std::uint64_t> starts = chapterStartSteps(trace);
    std::vector<LessonChapter> chapters;
    for (std::size_t i = 0; i < scenario.chapters.size() && i < starts.size(); ++i)
        chapters.push_back(LessonChapter{scenario.chapters[i], starts[i]});
    return chapters;
}

std::optional<std::size_t> chapterIndexAt(const std::vector<LessonChapter>& chapters, std::uint64_t step)
{
    std::optional<std::size_t> current;
    for (std::size_t i = 0; i < chapters.size() && chapters[i].step <= step; ++i)
        current = i;
    return current;
}

std::uint64_t lessonStartStep(std::string_view text, std::string_view fileName)
{
    const ParseResult parsed = parseScenario(text, fileName);
    if (!parsed.ok() || parsed.scenario->chapters.empty())
        return 0;
    if (parsed.scenario->chapters.front().firstOperation == 0)
        return 1; // the chapter step is the run's first
    RunOptions options;
    options.invariants = InvariantChecks::Off;
    const RunResult run = runScenario(*parsed.scenario, options);
    if (!run.machine)
        return 0;
    const std::vector<std::uint64_t> starts = chapterStartSteps(run.machine->trace);
    return starts.empty() ? 0 : starts.front();
}

std::vector<Chapter> chaptersOfText(std::string_view text, std::string_view fileName)
{
    ParseResult parsed = parseScenario(text, fileName);
    return parsed.ok() ? std::move(parsed.scenario->chapters) : std::vector<Chapter>{};
}

} // namespace vmviz::scenario
