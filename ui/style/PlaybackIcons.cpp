// SPDX-License-Identifier: GPL-2.0-only
#include "style/PlaybackIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace vmviz::ui {

namespace {

/// A right-pointing triangle in the box [x, x + w] × [0.2, 0.8] of a unit square.
QPainterPath triangle(double x, double w, bool pointsLeft = false)
{
    QPainterPath path;
    if (pointsLeft) {
        path.moveTo(x + w, 0.2);
        path.lineTo(x, 0.5);
        path.lineTo(x + w, 0.8);
    } else {
        path.moveTo(x, 0.2);
        path.lineTo(x + w, 0.5);
        path.lineTo(x, 0.8);
    }
    path.closeSubpath();
    return path;
}

QPainterPath bar(double x, double w)
{
    QPainterPath path;
    path.addRect(QRectF(x, 0.2, w, 0.6));
    return path;
}

/// An arrow from the centre's far side along `angle` (degrees, 0 = right, 90 = down).
QPainterPath arrow(double angle)
{
    QPainterPath path;
    path.addRect(QRectF(0.18, 0.42, 0.38, 0.16));
    path.moveTo(0.52, 0.22);
    path.lineTo(0.85, 0.5);
    path.lineTo(0.52, 0.78);
    path.closeSubpath();
    QTransform t;
    t.translate(0.5, 0.5);
    t.rotate(angle);
    t.translate(-0.5, -0.5);
    return t.map(path);
}

QPainterPath glyphPath(PlaybackGlyph glyph)
{
    switch (glyph) {
    case PlaybackGlyph::Start:
        return bar(0.14, 0.1) + triangle(0.26, 0.3, true) + triangle(0.54, 0.3, true);
    case PlaybackGlyph::Back:
        return triangle(0.25, 0.45, true);
    case PlaybackGlyph::Play:
        return triangle(0.3, 0.45);
    case PlaybackGlyph::Pause:
        return bar(0.28, 0.15) + bar(0.57, 0.15);
    case PlaybackGlyph::StepInto:
        return arrow(0);
    case PlaybackGlyph::StepOver:
        return arrow(90);
    case PlaybackGlyph::StepOut:
        return arrow(-90);
    case PlaybackGlyph::End:
        return triangle(0.16, 0.3) + triangle(0.44, 0.3) + bar(0.76, 0.1);
    case PlaybackGlyph::Continue:
        return triangle(0.2, 0.3) + triangle(0.5, 0.3);
    }
    return {};
}

} // namespace

QIcon playbackIcon(PlaybackGlyph glyph, const QColor& colour)
{
    QIcon icon;
    for (const int side : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(side, side);
        p.fillPath(glyphPath(glyph), colour);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace vmviz::ui
