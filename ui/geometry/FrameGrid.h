// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Frame ↔ pixel geometry of the physical-memory grid, in grid coordinates (0,0 = top-left cell).
// A zoom level either aggregates several frames into one pixel-sized cell (zoomed out) or gives
// each frame a square cell of several pixels (zoomed in). Value type; table-tested.
#include <QPoint>
#include <QRect>

#include <cstdint>
#include <optional>
#include <vector>

namespace vmviz::ui {

struct ZoomLevel
{
    std::uint32_t framesPerCell = 1;
    int cellPx = 1;
    bool operator==(const ZoomLevel&) const = default;
};

struct FrameRange
{
    std::uint64_t first = 0;
    std::uint64_t end = 0; ///< exclusive
    bool operator==(const FrameRange&) const = default;
};

class FrameGrid
{
public:
    /// Index 0 is the most zoomed-out level.
    static const std::vector<ZoomLevel>& zoomLevels();
    /// The most zoomed-in level at which all frames fit in width × height.
    static int fitLevel(std::uint64_t frameCount, int widthPx, int heightPx);
    /// Smallest cell size at which a frame's PFN is drawn.
    static constexpr int kLabelCellPx = 16;

    FrameGrid(std::uint64_t frameCount, int widthPx, ZoomLevel zoom);

    std::uint64_t frameCount() const { return m_frames; }
    ZoomLevel zoom() const { return m_zoom; }
    int columns() const { return m_columns; }
    std::uint64_t cellCount() const;
    std::uint64_t rows() const;
    int widthPx() const { return m_columns * m_zoom.cellPx; }
    std::int64_t heightPx() const { return static_cast<std::int64_t>(rows()) * m_zoom.cellPx; }

    std::uint64_t cellOfFrame(std::uint64_t pfn) const { return pfn / m_zoom.framesPerCell; }
    FrameRange framesOfCell(std::uint64_t cell) const;
    QRect cellRect(std::uint64_t cell) const;
    QRect frameRect(std::uint64_t pfn) const { return cellRect(cellOfFrame(pfn)); }
    /// The cell under a point, if any.
    std::optional<std::uint64_t> cellAt(QPoint p) const;
    std::optional<FrameRange> framesAt(QPoint p) const;
    /// Cells that intersect a rectangle: [first, end), whole rows.
    std::pair<std::uint64_t, std::uint64_t> cellsIn(const QRect& rect) const;

private:
    std::uint64_t m_frames;
    ZoomLevel m_zoom;
    int m_columns;
};

} // namespace vmviz::ui
