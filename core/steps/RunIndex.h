// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Navigation over a whole recorded run, derived once from its trace: the call tree (call stack,
// step over/out and their backward twins), run-to-next-of-a-kind, breakpoints on a kernel
// function or a source line, and the timeline markers. Immutable after construction and
// independent of the Machine, so a front-end can build it on a worker thread and share it.
#include "base/Types.h"
#include "steps/DetailLevel.h"
#include "trace/Trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vmviz {

/// Stops on a call of `function`, or (when `file` is set) on a call whose source anchor is
/// file:line ("mm/vmalloc.c", 1562).
struct Breakpoint
{
    Fn function = Fn::Count;
    std::string file;
    int line = 0;
};

struct TimelineMarker
{
    enum class Kind : std::uint8_t
    {
        ScenarioLine,
        Warn,
        AllocFailure
    };
    StepIndex step;
    Kind kind = Kind::ScenarioLine;
    std::string label;
};

class RunIndex
{
public:
    explicit RunIndex(const Trace& trace);

    std::uint64_t stepCount() const { return m_kind.size(); }
    StepKind kind(StepIndex step) const { return m_kind[step.value() - 1]; }
    Fn function(StepIndex step) const { return m_fn[step.value() - 1]; }
    std::uint8_t depth(StepIndex step) const { return m_depth[step.value() - 1]; }
    std::uint16_t categories(StepIndex step) const { return m_categories[step.value() - 1]; }
    std::uint8_t maxDepth() const { return m_maxDepth; }

    /// The call steps of the frames open at position p, outermost first. A call step shows its new
    /// frame and a return step still shows the frame it leaves, so the stack matches the narration.
    std::vector<StepIndex> stackAt(StepIndex at) const;

    /// Next position for "step over": past the whole call if the next step is a call.
    StepIndex stepOver(StepIndex position) const;
    /// Next position for "step out": the return of the innermost frame open after `position`.
    StepIndex stepOut(StepIndex position) const;
    /// The first call of `fn` after `position`, or 0.
    StepIndex nextCallOf(const std::vector<Fn>& functions, StepIndex position, StepIndex limit) const;

    // Backwards: the mirror images, landing just before the step that opened the frame.
    StepIndex stepBack(StepIndex position) const
    {
        return StepIndex{position.value() ? position.value() - 1 : 0};
    }
    /// If the last step was a return, back to just before its call; else one step back.
    StepIndex stepOverBack(StepIndex at) const;
    /// Back to just before the call that opened the innermost frame at `position`.
    StepIndex stepOutBack(StepIndex position) const;

    /// The next / previous step whose effect touches any of `categories` (EventCategory bits),
    /// e.g. CatFrames, CatPteWrite, CatKmemleak, CatWarn; 0 when there is none.
    StepIndex nextOfKind(std::uint16_t categories, StepIndex position) const;
    StepIndex previousOfKind(std::uint16_t categories, StepIndex position) const;
    /// The next / previous call that a breakpoint stops on; 0 when there is none.
    StepIndex nextBreakpoint(const std::vector<Breakpoint>& breakpoints, StepIndex position) const;
    StepIndex previousBreakpoint(const std::vector<Breakpoint>& breakpoints, StepIndex position) const;

    const std::vector<TimelineMarker>& markers() const { return m_markers; }
    /// The run at each detail level, its phases and chapters (DetailLevel.h).
    const DetailIndex& detail() const { return m_detail; }

private:
    bool stopsAt(const std::vector<Breakpoint>& breakpoints, std::uint64_t step) const;
    /// Innermost open call after step s executed (0: none); index 0 is position 0.
    std::uint64_t openAfter(std::uint64_t position) const { return m_openAfter[position]; }

    std::vector<StepKind> m_kind;
    std::vector<Fn> m_fn;
    std::vector<std::uint8_t> m_depth;
    std::vector<std::uint16_t> m_categories;
    std::vector<std::uint64_t> m_openAfter; ///< size stepCount + 1
    std::vector<std::uint64_t> m_parent;    ///< per step: for a call, the enclosing call; else 0
    std::vector<std::uint64_t> m_return;    ///< per step: for a call, its return step (0: never returns)
    std::vector<std::uint64_t> m_callOf;    ///< per step: for a return, its call
    std::vector<TimelineMarker> m_markers;
    DetailIndex m_detail;
    std::uint8_t m_maxDepth = 0;
};

} // namespace vmviz
