// SPDX-License-Identifier: GPL-2.0-only
#include "geometry/FrameLens.h"

#include <algorithm>

namespace vmviz::ui {

FrameLens::FrameLens(std::uint64_t frameCount, std::uint64_t focusPfn, QRect gridArea, QPoint focusPoint,
                     int cellPx, int titlePx)
    : m_focus(focusPfn), m_cellPx(cellPx), m_titlePx(titlePx)
{
    constexpr std::uint64_t kFrames = std::uint64_t{kColumns} * kRows;
    // Rows of the lens start at multiples of kColumns so a PFN keeps its column as the focus moves.
    const std::uint64_t focusRowStart = focusPfn / kColumns * kColumns;
    const std::uint64_t wanted = std::uint64_t{kFocusRow} * kColumns;
    std::uint64_t first = focusRowStart >= wanted ? focusRowStart - wanted : 0;
    const std::uint64_t lastRowStart = frameCount == 0 ? 0 : (frameCount - 1) / kColumns * kColumns;
    if (first + kFrames > lastRowStart + kColumns)
        first = lastRowStart + kColumns >= kFrames ? lastRowStart + kColumns - kFrames : 0;
    m_first = first;
    m_end = std::min(frameCount, first + kFrames);

    const int width = kColumns * cellPx + 2;
    const int height = titlePx + kRows * cellPx + 2;
    m_fits = frameCount > 0 && focusPfn < frameCount && gridArea.width() >= width + 2 * kMargin &&
             gridArea.height() >= height + 2 * kMargin;
    // The corner farthest from the focus (the other horizontal and the other vertical half), else
    // the next farthest: the lens must never hide the spot it magnifies. The spot is a few pixels,
    // so it is kept clear with a margin.
    const bool right = focusPoint.x() < gridArea.center().x();
    const bool bottom = focusPoint.y() < gridArea.center().y();
    const QRect spot =
        QRect(0, 0, 2 * kMargin, 2 * kMargin).translated(focusPoint - QPoint(kMargin, kMargin));
    const std::pair<bool, bool> corners[] = {
        {right, bottom}, {right, !bottom}, {!right, bottom}, {!right, !bottom}};
    for (const auto& [r, b] : corners) {
        const int x = r ? gridArea.right() - kMargin - width + 1 : gridArea.left() + kMargin;
        const int y = b ? gridArea.bottom() - kMargin - height + 1 : gridArea.top() + kMargin;
        m_rect = QRect(x, y, width, height);
        if (!m_rect.intersects(spot))
            return;
    }
    m_fits = false; // every corner would cover the focus
}

QRect FrameLens::cellsRect() const
{
    return QRect(m_rect.left() + 1, m_rect.top() + m_titlePx + 1, kColumns * m_cellPx, kRows * m_cellPx);
}

std::optional<QRect> FrameLens::frameRect(std::uint64_t pfn) const
{
    if (pfn < m_first || pfn >= m_end)
        return std::nullopt;
    const auto i = static_cast<int>(pfn - m_first);
    const QRect cells = cellsRect();
    return QRect(cells.left() + (i % kColumns) * m_cellPx, cells.top() + (i / kColumns) * m_cellPx, m_cellPx,
                 m_cellPx);
}

std::optional<std::uint64_t> FrameLens::frameAt(QPoint p) const
{
    const QRect cells = cellsRect();
    if (!cells.contains(p))
        return std::nullopt;
    const std::uint64_t pfn = m_first +
                              static_cast<std::uint64_t>((p.y() - cells.top()) / m_cellPx) * kColumns +
                              static_cast<std::uint64_t>((p.x() - cells.left()) / m_cellPx);
    if (pfn >= m_end)
        return std::nullopt;
    return pfn;
}

} // namespace vmviz::ui
