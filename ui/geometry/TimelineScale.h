#pragma once
// Step ↔ x for the timeline scrubber: positions 0..stepCount spread over [left, left + width).
#include <cstdint>

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

private:
    std::uint64_t m_steps;
    double m_left;
    double m_width;
};

} // namespace vmviz::ui
