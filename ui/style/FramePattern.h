// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// No meaning by colour alone: beside its colour, each kind of frame owner has a fill pattern, so a
// reader who cannot tell the palette's hues apart (or a grey-scale printout) still tells a free
// frame from a per-CPU one, vmalloc data from a page table or a slab page. The physical view draws
// it on cells large enough to show it, and its legend on every swatch.
#include "snapshot/FrameClass.h"

#include <QColor>
#include <QRect>

class QPainter;

namespace vmviz::ui {

/// The pattern's family: a few kinds of owner share one (the four table levels, the three
/// reserved kinds, the eleven free orders) and differ by colour within it.
enum class FramePattern : std::uint8_t
{
    Solid,      ///< free: the plain ground the others stand out from
    Dots,       ///< on a per-CPU list
    Crosshatch, ///< reserved: kernel image, mem_map, low memory
    Diamonds,   ///< slab
    Rows,       ///< a page-table page (PGD, PUD, PMD, PTE): rows of entries
    Rising,     ///< vmalloc data
    Columns,    ///< the page array
    Falling,    ///< taken: off every free list, not yet handed out
};

FramePattern framePattern(FrameClass c);

/// Cells at least this many pixels wide show their pattern; smaller ones show colour only.
inline constexpr int kPatternCellPx = 6;

/// Draws `c`'s pattern over `rect`, already filled with `fill`, in ink that reads on that fill.
void paintFramePattern(QPainter& p, const QRect& rect, FrameClass c, const QColor& fill);

} // namespace vmviz::ui
