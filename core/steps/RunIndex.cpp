// SPDX-License-Identifier: GPL-2.0-only
#include "steps/RunIndex.h"

#include "steps/Narration.h"

#include <algorithm>

namespace vmviz {

RunIndex::RunIndex(const Trace& trace) : m_detail(trace)
{
    const std::uint64_t n = trace.size();
    m_kind.reserve(n);
    m_fn.reserve(n);
    m_depth.reserve(n);
    m_categories.reserve(n);
    m_openAfter.assign(n + 1, 0);
    m_parent.assign(n + 1, 0);
    m_return.assign(n + 1, 0);
    m_callOf.assign(n + 1, 0);

    std::vector<std::uint64_t> open;
    for (std::uint64_t s = 1; s <= n; ++s) {
        const Step& step = trace.step(StepIndex{s});
        m_kind.push_back(step.kind);
        m_fn.push_back(step.function);
        m_depth.push_back(step.depth);
        m_maxDepth = std::max(m_maxDepth, step.depth);
        const std::uint16_t cats =
            step.kind == StepKind::Effect ? eventInfo(step.event).categories : std::uint16_t{CatNone};
        m_categories.push_back(cats);
        switch (step.kind) {
        case StepKind::Call:
            m_parent[s] = open.empty() ? 0 : open.back();
            open.push_back(s);
            if (step.function == Fn::Caller)
                m_markers.push_back({StepIndex{s}, TimelineMarker::Kind::ScenarioLine, narrate(trace, step)});
            break;
        case StepKind::Return:
            // Returns always close the innermost call; an unbalanced return (an oops unwinding)
            // closes whatever is open with the same function.
            while (!open.empty()) {
                const std::uint64_t call = open.back();
                open.pop_back();
                if (m_fn[call - 1] == step.function) {
                    m_return[call] = s;
                    m_callOf[s] = call;
                    break;
                }
            }
            break;
        case StepKind::Effect:
            if (step.event == Ev::TaskKilled)
                open.clear(); // an oops: the open calls never return
            if (cats & CatWarn)
                m_markers.push_back({StepIndex{s}, TimelineMarker::Kind::Warn, narrate(trace, step)});
            else if (step.event == Ev::PageAllocFailure)
                m_markers.push_back({StepIndex{s}, TimelineMarker::Kind::AllocFailure, narrate(trace, step)});
            break;
        }
        m_openAfter[s] = open.empty() ? 0 : open.back();
    }
}

std::vector<StepIndex> RunIndex::stackAt(StepIndex at) const
{
    const std::uint64_t position = at.value();
    std::vector<StepIndex> stack;
    if (position == 0 || position > stepCount())
        return stack;
    std::uint64_t frame = 0;
    switch (m_kind[position - 1]) {
    case StepKind::Call:
        frame = position;
        break;
    case StepKind::Return:
        frame = m_callOf[position] ? m_callOf[position] : openAfter(position);
        break;
    case StepKind::Effect:
        frame = openAfter(position);
        break;
    }
    for (; frame != 0; frame = m_parent[frame])
        stack.push_back(StepIndex{frame});
    std::reverse(stack.begin(), stack.end());
    return stack;
}

StepIndex RunIndex::stepOver(StepIndex position) const
{
    const std::uint64_t next = position.value() + 1;
    if (next > stepCount())
        return StepIndex{stepCount()};
    if (m_kind[next - 1] == StepKind::Call && m_return[next] != 0)
        return StepIndex{m_return[next]};
    return StepIndex{next};
}

StepIndex RunIndex::stepOut(StepIndex position) const
{
    const std::uint64_t frame = openAfter(std::min(position.value(), stepCount()));
    if (frame == 0)
        return StepIndex{stepCount()};
    return StepIndex{m_return[frame] != 0 ? m_return[frame] : stepCount()};
}

StepIndex RunIndex::nextCallOf(const std::vector<Fn>& functions, StepIndex position,
                               StepIndex limitStep) const
{
    const std::uint64_t limit = std::min(limitStep.value(), stepCount());
    for (std::uint64_t s = position.value() + 1; s <= limit; ++s) {
        if (m_kind[s - 1] == StepKind::Call &&
            std::find(functions.begin(), functions.end(), m_fn[s - 1]) != functions.end())
            return StepIndex{s};
    }
    return StepIndex{0};
}

StepIndex RunIndex::stepOverBack(StepIndex at) const
{
    const std::uint64_t position = at.value();
    if (position == 0 || position > stepCount())
        return StepIndex{position ? stepCount() - 1 : 0};
    if (m_kind[position - 1] == StepKind::Return && m_callOf[position] != 0)
        return StepIndex{m_callOf[position] - 1};
    return StepIndex{position - 1};
}

StepIndex RunIndex::stepOutBack(StepIndex position) const
{
    const auto stack = stackAt(position);
    if (stack.empty())
        return StepIndex{0};
    // At a call step the innermost frame is the one just opened: leave it, then its parent.
    const StepIndex frame =
        stack.back() == position && stack.size() > 1 ? stack[stack.size() - 2] : stack.back();
    return StepIndex{frame.value() - 1};
}

StepIndex RunIndex::nextOfKind(std::uint16_t categories, StepIndex position) const
{
    for (std::uint64_t s = position.value() + 1; s <= stepCount(); ++s)
        if (m_categories[s - 1] & categories)
            return StepIndex{s};
    return StepIndex{0};
}

StepIndex RunIndex::previousOfKind(std::uint16_t categories, StepIndex position) const
{
    for (std::uint64_t s = std::min(position.value(), stepCount() + 1); s > 1; --s)
        if (m_categories[s - 2] & categories)
            return StepIndex{s - 1};
    return StepIndex{0};
}

bool RunIndex::stopsAt(const std::vector<Breakpoint>& breakpoints, std::uint64_t step) const
{
    if (m_kind[step - 1] != StepKind::Call)
        return false;
    const Fn fn = m_fn[step - 1];
    const FunctionInfo& info = functionInfo(fn);
    for (const Breakpoint& b : breakpoints) {
        if (b.file.empty() ? b.function == fn : (b.file == info.file && b.line == info.line))
            return true;
    }
    return false;
}

StepIndex RunIndex::nextBreakpoint(const std::vector<Breakpoint>& breakpoints, StepIndex position) const
{
    for (std::uint64_t s = position.value() + 1; s <= stepCount(); ++s)
        if (stopsAt(breakpoints, s))
            return StepIndex{s};
    return StepIndex{0};
}

StepIndex RunIndex::previousBreakpoint(const std::vector<Breakpoint>& breakpoints, StepIndex position) const
{
    for (std::uint64_t s = std::min(position.value(), stepCount() + 1); s > 1; --s)
        if (stopsAt(breakpoints, s - 1))
            return StepIndex{s - 1};
    return StepIndex{0};
}

} // namespace vmviz
