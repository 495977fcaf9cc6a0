// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The physical view's legend: its items and how they flow into rows. Shared by the legend painter
// and the step animation, whose flying frames start or land on the free-list swatches.
#include "snapshot/FrameClass.h"
#include "style/ViewPalette.h"

#include <QFontMetrics>
#include <QPoint>
#include <QRect>
#include <QString>

#include <vector>

namespace vmviz::ui {

struct LegendItem
{
    QString label;
    QColor colour;
    QColor colour2; ///< gradient end (free) or invalid
    bool outline = false;
    /// The frames it stands for, whose fill pattern the swatch shows (style/FramePattern.h).
    FrameClass frameClass = FrameClass::Count;
};

/// In painting order; the buddy free lists first and the per-CPU list second. Labels translated.
std::vector<LegendItem> legendItems(const ViewPalette& pal);

/// Where the legend's swatches go: items flow left to right and wrap to new rows.
struct LegendFlow
{
    std::vector<QRect> swatches;
    QPoint end; ///< where the next item (the zones) would start
};

LegendFlow flowLegend(const QFontMetrics& fm, const std::vector<LegendItem>& items, const QRect& rect);

} // namespace vmviz::ui
