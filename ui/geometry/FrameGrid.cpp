// SPDX-License-Identifier: GPL-2.0-only
#include "geometry/FrameGrid.h"

#include <algorithm>

namespace vmviz::ui {

const std::vector<ZoomLevel>& FrameGrid::zoomLevels()
{
    static const std::vector<ZoomLevel> levels = {
        {512, 1}, {256, 1}, {128, 1}, {64, 1}, {32, 1}, {16, 1}, {8, 1},  {4, 1}, {2, 1},
        {1, 1},   {1, 2},   {1, 3},   {1, 4},  {1, 5},  {1, 6},  {1, 7},  {1, 8}, {1, 10},
        {1, 12},  {1, 14},  {1, 16},  {1, 20}, {1, 24}, {1, 32}, {1, 48},
    };
    return levels;
}

int FrameGrid::fitLevel(std::uint64_t frameCount, int widthPx, int heightPx)
{
    const auto& levels = zoomLevels();
    int best = 0;
    for (int i = 0; i < static_cast<int>(levels.size()); ++i) {
        if (FrameGrid(frameCount, widthPx, levels[static_cast<std::size_t>(i)]).heightPx() <= heightPx)
            best = i;
    }
    return best;
}

FrameGrid::FrameGrid(std::uint64_t frameCount, int widthPx, ZoomLevel zoom)
    : m_frames(frameCount), m_zoom(zoom), m_columns(std::max(1, widthPx / std::max(1, zoom.cellPx)))
{
    // Rows of a round number of frames keep buddy blocks aligned: an order-6 block is one row of 64.
    if (m_columns >= 128)
        m_columns -= m_columns % 64;
    else if (m_columns >= 32)
        m_columns -= m_columns % 16;
    m_zoom.framesPerCell = std::max<std::uint32_t>(1, m_zoom.framesPerCell);
    m_zoom.cellPx = std::max(1, m_zoom.cellPx);
}

std::uint64_t FrameGrid::cellCount() const
{
    return (m_frames + m_zoom.framesPerCell - 1) / m_zoom.framesPerCell;
}

std::uint64_t FrameGrid::rows() const
{
    return (cellCount() + static_cast<std::uint64_t>(m_columns) - 1) / static_cast<std::uint64_t>(m_columns);
}

FrameRange FrameGrid::framesOfCell(std::uint64_t cell) const
{
    const std::uint64_t first = cell * m_zoom.framesPerCell;
    return {std::min(first, m_frames), std::min(first + m_zoom.framesPerCell, m_frames)};
}

QRect FrameGrid::cellRect(std::uint64_t cell) const
{
    const auto columns = static_cast<std::uint64_t>(m_columns);
    const int x = static_cast<int>(cell % columns) * m_zoom.cellPx;
    const auto y = static_cast<int>(cell / columns) * m_zoom.cellPx;
    return QRect(x, y, m_zoom.cellPx, m_zoom.cellPx);
}

std::optional<std::uint64_t> FrameGrid::cellAt(QPoint p) const
{
    if (p.x() < 0 || p.y() < 0 || p.x() >= widthPx())
        return std::nullopt;
    const std::uint64_t cell =
        static_cast<std::uint64_t>(p.y() / m_zoom.cellPx) * static_cast<std::uint64_t>(m_columns) +
        static_cast<std::uint64_t>(p.x() / m_zoom.cellPx);
    if (cell >= cellCount())
        return std::nullopt;
    return cell;
}

std::optional<FrameRange> FrameGrid::framesAt(QPoint p) const
{
    if (const auto cell = cellAt(p))
        return framesOfCell(*cell);
    return std::nullopt;
}

std::pair<std::uint64_t, std::uint64_t> FrameGrid::cellsIn(const QRect& rect) const
{
    if (rect.isEmpty() || rect.bottom() < 0)
        return {0, 0};
    const auto columns = static_cast<std::uint64_t>(m_columns);
    const std::uint64_t firstRow = static_cast<std::uint64_t>(std::max(0, rect.top()) / m_zoom.cellPx);
    const std::uint64_t lastRow = static_cast<std::uint64_t>(rect.bottom() / m_zoom.cellPx);
    const std::uint64_t first = std::min(firstRow * columns, cellCount());
    const std::uint64_t end = std::min((lastRow + 1) * columns, cellCount());
    return {first, end};
}

} // namespace vmviz::ui
