#pragma once
// What the views need to know about a whole recorded run, derived once from its trace: the call
// tree (for the call stack and step over/out), the timeline markers, and per-step kinds for
// breakpoints. Immutable after construction and independent of the Machine, so it can be built on
// the worker thread and shared read-only.
#include "trace/Trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vmviz::ui {

struct TimelineMarker
{
    enum class Kind : std::uint8_t { ScenarioLine, Warn, AllocFailure };
    std::uint64_t step = 0;
    Kind kind = Kind::ScenarioLine;
    std::string label;
};

class RunIndex
{
public:
    explicit RunIndex(const Trace& trace);

    std::uint64_t stepCount() const { return m_kind.size(); }
    StepKind kind(std::uint64_t step) const { return m_kind[step - 1]; }
    Fn function(std::uint64_t step) const { return m_fn[step - 1]; }
    std::uint8_t depth(std::uint64_t step) const { return m_depth[step - 1]; }
    std::uint16_t categories(std::uint64_t step) const { return m_categories[step - 1]; }
    std::uint8_t maxDepth() const { return m_maxDepth; }

    /// The call steps of the frames open at position p, outermost first. A call step shows its new
    /// frame and a return step still shows the frame it leaves, so the stack matches the narration.
    std::vector<std::uint64_t> stackAt(std::uint64_t position) const;

    /// Next position for "step over": past the whole call if the next step is a call.
    std::uint64_t stepOver(std::uint64_t position) const;
    /// Next position for "step out": the return of the innermost frame open after `position`.
    std::uint64_t stepOut(std::uint64_t position) const;
    /// The first call of `fn` after `position`, or 0.
    std::uint64_t nextCallOf(const std::vector<Fn>& functions, std::uint64_t position, std::uint64_t limit) const;

    const std::vector<TimelineMarker>& markers() const { return m_markers; }

private:
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
    std::uint8_t m_maxDepth = 0;
};

} // namespace vmviz::ui
