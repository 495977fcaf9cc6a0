// SPDX-License-Identifier: GPL-2.0-only
// The physical view's header: its title (what a cell stands for) and the legend of owners'
// colours and patterns, free-list swatches and zones.
#include "views/PhysicalMemoryView.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "style/FramePattern.h"
#include "views/PhysicalLegend.h"

#include <QPainter>

#include <algorithm>

namespace vmviz::ui {

namespace {

constexpr int kPad = 6;

} // namespace

QString PhysicalMemoryView::titleText() const
{
    if (!m_phys)
        return tr("Physical memory");
    const auto qs = [](const std::string& s) { return QString::fromStdString(s); };
    const ZoomLevel zoom = FrameGrid::zoomLevels()[static_cast<std::size_t>(m_zoomIndex)];
    const QString cell =
        zoom.framesPerCell == 1
            ? tr("a cell is one frame")
            : tr("a cell is %1 frames (%2)")
                  .arg(zoom.framesPerCell)
                  .arg(qs(fmt::humanSize(std::uint64_t{zoom.framesPerCell} << k::PAGE_SHIFT)));
    return tr("Physical memory · %1 in %2 frames of 4 KiB · %3")
        .arg(qs(fmt::humanSize(m_phys->frameCount << k::PAGE_SHIFT)))
        .arg(m_phys->frameCount)
        .arg(cell);
}

int PhysicalMemoryView::titleHeight() const
{
    return QFontMetrics(titleFont()).height() + 4;
}

QFont PhysicalMemoryView::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

int PhysicalMemoryView::headerHeight() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    const QFontMetrics fm(f);
    // Legend items, then the zones, flow into as many rows as the width needs: the same flow as
    // paintLegend, or the last row would be drawn over the grid.
    const QRect rect(0, 0, std::max(200, viewport()->width()), 1);
    const LegendFlow flow = flowLegend(fm, legendItems(m_palette), rect);
    const int swatch = fm.height() - 2;
    int x = flow.end.x();
    int y = flow.end.y();
    if (m_phys) {
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
            if (!m_phys->zones[z].populated())
                continue;
            const int w = swatch + 4 +
                          fm.horizontalAdvance(QString::fromUtf8(
                              zoneName(z).data(), static_cast<qsizetype>(zoneName(z).size()))) +
                          12;
            if (x + w > rect.right() - kPad) {
                x = rect.left() + kPad;
                y += fm.height() + 4;
            }
            x += w;
        }
    }
    return titleHeight() + y + fm.height() + 4 + kPad;
}

void PhysicalMemoryView::paintLegend(QPainter& p, const QRect& header) const
{
    p.fillRect(header, m_palette.panel);
    // The title says what a cell stands for: without a unit the grid is only a green block.
    p.setFont(titleFont());
    p.setPen(m_palette.text);
    const QRect titleRect(header.left() + kPad, header.top() + kPad, header.width() - 2 * kPad,
                          titleHeight());
    // Narrow, the title keeps the unit: what one cell stands for matters more than the total.
    const QFontMetrics tfm(titleFont());
    QString title = titleText();
    for (const QString& part : title.split(QStringLiteral(" · "))) {
        if (tfm.horizontalAdvance(title) <= titleRect.width())
            break;
        title = title.mid(part.size() + 3);
    }
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
               tfm.elidedText(title, Qt::ElideRight, titleRect.width()));
    const QRect rect = header.adjusted(0, titleHeight(), 0, 0);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    const QFontMetrics fm(f);
    const int swatch = fm.height() - 2;
    const std::vector<LegendItem> items = legendItems(m_palette);
    const LegendFlow flow = flowLegend(fm, items, rect);
    int x = flow.end.x();
    int y = flow.end.y();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const LegendItem& item = items[i];
        const QRect sw = flow.swatches[i];
        if (item.outline) {
            p.fillRect(sw, m_palette.background);
            p.setPen(QPen(item.colour, 2));
            p.drawRect(sw.adjusted(1, 1, -1, -1));
        } else if (item.colour2.isValid()) {
            QLinearGradient gradient(sw.topLeft(), sw.topRight());
            gradient.setColorAt(0, item.colour);
            gradient.setColorAt(1, item.colour2);
            p.fillRect(sw, gradient);
        } else {
            p.fillRect(sw, item.colour);
        }
        if (item.frameClass != FrameClass::Count)
            paintFramePattern(p, sw, item.frameClass, item.colour);
        p.setPen(m_palette.text);
        p.drawText(QPoint(sw.right() + 5, sw.top() - 1 + fm.ascent()), item.label);
    }
    // Zones, at the right end of the last row if they fit.
    if (m_phys) {
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
            if (!m_phys->zones[z].populated())
                continue;
            const QString label =
                QString::fromUtf8(zoneName(z).data(), static_cast<qsizetype>(zoneName(z).size()));
            const int w = swatch + 4 + fm.horizontalAdvance(label) + 12;
            if (x + w > rect.right() - kPad) {
                x = rect.left() + kPad;
                y += fm.height() + 4;
            }
            p.fillRect(QRect(x, y + 1 + swatch / 4, swatch, swatch / 2), m_palette.zone[z]);
            p.setPen(m_palette.text);
            p.drawText(QPoint(x + swatch + 4, y + fm.ascent()), label);
            x += w;
        }
    }
}
} // namespace vmviz::ui
