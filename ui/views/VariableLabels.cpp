// SPDX-License-Identifier: GPL-2.0-only
#include "views/VariableLabels.h"

#include "geometry/TimelineScale.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace vmviz::ui {

void paintVariableLabels(QPainter& p, const RibbonLayout& layout, const MachineSnapshot& snapshot,
                         const ViewPalette& palette, const QFont& font, double top, double height,
                         double visibleLeft, double visibleRight)
{
    if (!snapshot.variables || !snapshot.variables->names || !snapshot.areas)
        return;
    const VariablesSnapshot& vars = *snapshot.variables;
    struct Label
    {
        double x;
        QString text;
    };
    std::vector<Label> labels;
    for (std::size_t i = 0; i < vars.values.size(); ++i) {
        const std::uint64_t value = vars.values[i];
        if (value == 0 || !snapshot.areas->containing(value))
            continue;
        const double x = layout.xOf(value);
        if (x < visibleLeft - 200 || x > visibleRight)
            continue;
        labels.push_back({x, QString::fromStdString((*vars.names)[i])});
    }
    if (labels.empty())
        return;
    std::sort(labels.begin(), labels.end(), [](const Label& a, const Label& b) { return a.x < b.x; });
    p.save();
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double pad = 3;
    std::vector<LabelSpan> spans;
    for (const Label& l : labels) {
        const double w = fm.horizontalAdvance(l.text) + 2 * pad;
        spans.push_back({l.x + 4, w, -1e300, 1e300});
    }
    const double chipHeight = std::min(height - 4, fm.height() + 2);
    const double chipTop = top + height - chipHeight - 2;
    for (const std::size_t i : nonCollidingLabels(spans, 4)) {
        const Label& l = labels[i];
        // The arrow: from the chip up to the address at the ribbon's top edge.
        p.setPen(QPen(palette.text, 1.5));
        p.drawLine(QPointF(l.x, chipTop + chipHeight / 2), QPointF(l.x, top + 5));
        QPainterPath head;
        head.moveTo(l.x, top + 1);
        head.lineTo(l.x - 4, top + 7);
        head.lineTo(l.x + 4, top + 7);
        head.closeSubpath();
        p.fillPath(head, palette.text);
        p.drawLine(QPointF(l.x, chipTop + chipHeight / 2), QPointF(spans[i].left, chipTop + chipHeight / 2));
        const QRectF chip(spans[i].left, chipTop, spans[i].width, chipHeight);
        p.setBrush(palette.background);
        p.drawRoundedRect(chip, 3, 3);
        p.setBrush(Qt::NoBrush);
        p.drawText(chip, Qt::AlignCenter, l.text);
    }
    p.restore();
}

} // namespace vmviz::ui
