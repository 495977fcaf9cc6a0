// SPDX-License-Identifier: GPL-2.0-only
#include "style/FramePattern.h"

#include "style/ViewPalette.h"

#include <QBrush>
#include <QPainter>

namespace vmviz::ui {

FramePattern framePattern(FrameClass c)
{
    if (c <= FrameClass::Free10)
        return FramePattern::Solid;
    switch (c) {
    case FrameClass::PerCpu:
        return FramePattern::Dots;
    case FrameClass::LowMemory:
    case FrameClass::KernelImage:
    case FrameClass::MemMap:
        return FramePattern::Crosshatch;
    case FrameClass::Slab:
        return FramePattern::Diamonds;
    case FrameClass::PgdTable:
    case FrameClass::PudTable:
    case FrameClass::PmdTable:
    case FrameClass::PteTable:
        return FramePattern::Rows;
    case FrameClass::VmallocData:
        return FramePattern::Rising;
    case FrameClass::PageArray:
        return FramePattern::Columns;
    case FrameClass::Taken:
        return FramePattern::Falling;
    default:
        return FramePattern::Solid;
    }
}

namespace {

Qt::BrushStyle brushStyle(FramePattern pattern)
{
    switch (pattern) {
    case FramePattern::Solid:
        return Qt::NoBrush;
    case FramePattern::Dots:
        return Qt::Dense6Pattern;
    case FramePattern::Crosshatch:
        return Qt::CrossPattern;
    case FramePattern::Diamonds:
        return Qt::DiagCrossPattern;
    case FramePattern::Rows:
        return Qt::HorPattern;
    case FramePattern::Rising:
        return Qt::BDiagPattern;
    case FramePattern::Columns:
        return Qt::VerPattern;
    case FramePattern::Falling:
        return Qt::FDiagPattern;
    }
    return Qt::NoBrush;
}

} // namespace

void paintFramePattern(QPainter& p, const QRect& rect, FrameClass c, const QColor& fill)
{
    const Qt::BrushStyle style = brushStyle(framePattern(c));
    if (style == Qt::NoBrush || rect.isEmpty())
        return;
    // Half-strength ink: the pattern is read, the colour still dominates.
    QColor ink = readableTextOn(fill);
    ink.setAlpha(110);
    p.fillRect(rect, QBrush(ink, style));
}

} // namespace vmviz::ui
