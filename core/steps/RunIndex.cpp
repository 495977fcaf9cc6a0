#include "steps/RunIndex.h"

#include "steps/Narration.h"

#include <algorithm>

namespace vmviz {

RunIndex::RunIndex(const Trace& trace)
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
        const Step& step = trace.step(s);
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
                m_markers.push_back({s, TimelineMarker::Kind::ScenarioLine, narrate(trace, step)});
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
                m_markers.push_back({s, TimelineMarker::Kind::Warn, narrate(trace, step)});
            else if (step.event == Ev::PageAllocFailure)
                m_markers.push_back({s, TimelineMarker::Kind::AllocFailure, narrate(trace, step)});
            break;
        }
        m_openAfter[s] = open.empty() ? 0 : open.back();
    }
}

std::vector<std::uint64_t> RunIndex::stackAt(std::uint64_t position) const
{
    std::vector<std::uint64_t> stack;
    if (position == 0 || position > stepCount())
        return stack;
    std::uint64_t frame = 0;
    switch (kind(position)) {
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
        stack.push_back(frame);
    std::reverse(stack.begin(), stack.end());
    return stack;
}

std::uint64_t RunIndex::stepOver(std::uint64_t position) const
{
    const std::uint64_t next = position + 1;
    if (next > stepCount())
        return stepCount();
    if (kind(next) == StepKind::Call && m_return[next] != 0)
        return m_return[next];
    return next;
}

std::uint64_t RunIndex::stepOut(std::uint64_t position) const
{
    const std::uint64_t frame = openAfter(std::min(position, stepCount()));
    if (frame == 0)
        return stepCount();
    return m_return[frame] != 0 ? m_return[frame] : stepCount();
}

std::uint64_t RunIndex::nextCallOf(const std::vector<Fn>& functions, std::uint64_t position,
                                   std::uint64_t limit) const
{
    limit = std::min(limit, stepCount());
    for (std::uint64_t s = position + 1; s <= limit; ++s) {
        if (kind(s) == StepKind::Call &&
            std::find(functions.begin(), functions.end(), function(s)) != functions.end())
            return s;
    }
    return 0;
}

std::uint64_t RunIndex::stepOverBack(std::uint64_t position) const
{
    if (position == 0 || position > stepCount())
        return position ? stepCount() - 1 : 0;
    if (kind(position) == StepKind::Return && m_callOf[position] != 0)
        return m_callOf[position] - 1;
    return position - 1;
}

std::uint64_t RunIndex::stepOutBack(std::uint64_t position) const
{
    const auto stack = stackAt(position);
    if (stack.empty())
        return 0;
    // At a call step the innermost frame is the one just opened: leave it, then its parent.
    const std::uint64_t frame =
        stack.back() == position && stack.size() > 1 ? stack[stack.size() - 2] : stack.back();
    return frame - 1;
}

std::uint64_t RunIndex::nextOfKind(std::uint16_t categories, std::uint64_t position) const
{
    for (std::uint64_t s = position + 1; s <= stepCount(); ++s)
        if (this->categories(s) & categories)
            return s;
    return 0;
}

std::uint64_t RunIndex::previousOfKind(std::uint16_t categories, std::uint64_t position) const
{
    for (std::uint64_t s = std::min(position, stepCount() + 1); s > 1; --s)
        if (this->categories(s - 1) & categories)
            return s - 1;
    return 0;
}

bool RunIndex::stopsAt(const std::vector<Breakpoint>& breakpoints, std::uint64_t step) const
{
    if (kind(step) != StepKind::Call)
        return false;
    const FunctionInfo& info = functionInfo(function(step));
    for (const Breakpoint& b : breakpoints) {
        if (b.file.empty() ? b.function == function(step) : (b.file == info.file && b.line == info.line))
            return true;
    }
    return false;
}

std::uint64_t RunIndex::nextBreakpoint(const std::vector<Breakpoint>& breakpoints,
                                       std::uint64_t position) const
{
    for (std::uint64_t s = position + 1; s <= stepCount(); ++s)
        if (stopsAt(breakpoints, s))
            return s;
    return 0;
}

std::uint64_t RunIndex::previousBreakpoint(const std::vector<Breakpoint>& breakpoints,
                                           std::uint64_t position) const
{
    for (std::uint64_t s = std::min(position, stepCount() + 1); s > 1; --s)
        if (stopsAt(breakpoints, s - 1))
            return s - 1;
    return 0;
}

} // namespace vmviz
