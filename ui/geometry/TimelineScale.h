// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Step ↔ x for the timeline scrubber: positions 0..stepCount spread over [left, left + width). And
// which of a row of labels can be drawn without two of them colliding.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace vmviz::ui {

class TimelineScale
{
public:
    TimelineScale(std::uint64_t stepCount, double left, double width)
        : m_steps(stepCount), m_left(left), m_width(width)
    {
    }

    double xOf(std::uint64_t position) const
    {
        return m_steps == 0 ? m_left
                            : m_left + m_width * static_cast<double>(position) / static_cast<double>(m_steps);
    }
    /// The position nearest to x, clamped to [0, stepCount].
    std::uint64_t positionAt(double x) const
    {
        if (m_steps == 0 || m_width <= 0 || x <= m_left)
            return 0;
        const double f = (x - m_left) / m_width * static_cast<double>(m_steps) + 0.5;
        return f >= static_cast<double>(m_steps) ? m_steps : static_cast<std::uint64_t>(f);
    }
    /// The step (1-based) drawn under x: the one whose span [xOf(s - 1), xOf(s)) holds it.
    std::uint64_t stepAt(double x) const
    {
        if (m_steps == 0 || m_width <= 0 || x <= m_left)
            return m_steps == 0 ? 0 : 1;
        const double f = (x - m_left) / m_width * static_cast<double>(m_steps);
        return f >= static_cast<double>(m_steps) ? m_steps : static_cast<std::uint64_t>(f) + 1;
    }

private:
    std::uint64_t m_steps;
    double m_left;
    double m_width;
};

/// A label that wants the horizontal span [left, left + width), and the span it must stay inside
/// (its phase band, or the whole track).
struct LabelSpan
{
    double left = 0;
    double width = 0;
    double roomLeft = 0;
    double roomRight = 0;
};

/// The labels to draw, left to right: each must fit its room and start at least `gap` after the
/// last label drawn ends. The others are left to the tooltip, so labels never overlap however
/// crowded the run (six operations in the last 3 % of a trace).
inline std::vector<std::size_t> nonCollidingLabels(const std::vector<LabelSpan>& spans, double gap)
{
    std::vector<std::size_t> shown;
    double lastEnd = -1e300;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const LabelSpan& s = spans[i];
        if (s.left < s.roomLeft || s.left + s.width > s.roomRight || s.left < lastEnd + gap)
            continue;
        shown.push_back(i);
        lastEnd = s.left + s.width;
    }
    return shown;
}

} // namespace vmviz::ui
