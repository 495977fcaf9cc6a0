// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The magnifier of the physical view. At whole-machine zoom a frame is a pixel or less, so the
// frames a step works on cannot be seen; the lens shows the rows of frames around the step's focus
// frame again at readable size, with their PFNs, in the corner of the view farthest from the
// focus (so it never hides what it magnifies). Value type in viewport coordinates; table-tested.
#include <QPoint>
#include <QRect>

#include <cstdint>
#include <optional>

namespace vmviz::ui {

class FrameLens
{
public:
    static constexpr int kColumns = 16;
    static constexpr int kRows = 4;
    /// The focus frame's row inside the lens (when the machine allows it).
    static constexpr int kFocusRow = 1;
    static constexpr int kMargin = 8;

    /// `gridArea`: the part of the viewport the frame grid uses; `focusPoint`: where the focus
    /// frame is in the overview (viewport coordinates); `cellPx`: the lens's cell size;
    /// `titlePx`: height of its caption.
    FrameLens(std::uint64_t frameCount, std::uint64_t focusPfn, QRect gridArea, QPoint focusPoint, int cellPx,
              int titlePx);

    /// False when the grid area is too small to hold the lens next to the overview.
    bool fits() const { return m_fits; }
    QRect rect() const { return m_rect; } ///< the whole inset: caption and cells
    QRect cellsRect() const;
    std::uint64_t firstPfn() const { return m_first; }
    std::uint64_t endPfn() const { return m_end; } ///< exclusive
    std::uint64_t focusPfn() const { return m_focus; }
    int cellPx() const { return m_cellPx; }

    std::optional<QRect> frameRect(std::uint64_t pfn) const;
    std::optional<std::uint64_t> frameAt(QPoint p) const;

private:
    std::uint64_t m_first = 0;
    std::uint64_t m_end = 0;
    std::uint64_t m_focus = 0;
    int m_cellPx = 0;
    int m_titlePx = 0;
    QRect m_rect;
    bool m_fits = false;
};

} // namespace vmviz::ui
