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

QFont PhysicalMemoryView::legendFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

const PhysicalMemoryView::HeaderLayout& PhysicalMemoryView::headerLayout() const
{
    const QSize size = viewport()->size();
    const QFont f = legendFont();
    if (m_header && m_header->viewSize == size && m_header->pointSize == f.pointSizeF())
        return *m_header;
    const QFontMetrics fm(f);
    HeaderLayout header;
    header.viewSize = size;
    header.pointSize = f.pointSizeF();
    header.items = legendItems(m_palette);
    if (m_phys) {
        const std::vector<LegendItem> zones = zoneItems(m_palette, *m_phys);
        header.items.insert(header.items.end(), zones.begin(), zones.end());
    }
    // Legend items, then the zones, flow into as many rows as the width needs; the grid starts
    // below the last row.
    const QRect rect(0, titleHeight(), std::max(200, size.width()), 1);
    header.flow = flowLegend(fm, header.items, rect, LegendStyle::Full);
    // Short of room (a projector's 720 lines, presentation's large text) the whole legend took
    // two thirds of the panel: then only what is on screen, in a word each, the full words in
    // the tooltip. The patterns stay, so colour alone still says nothing.
    if (header.flow.bottom > size.height() / 4) {
        std::erase_if(header.items,
                      [this](const LegendItem& item) { return !legendItemRelevant(item, m_legendContext); });
        header.style = LegendStyle::Compact;
        header.flow = flowLegend(fm, header.items, rect, LegendStyle::Compact);
    }
    header.height = header.flow.bottom;
    m_header = std::move(header);
    return *m_header;
}

int PhysicalMemoryView::headerHeight() const
{
    return headerLayout().height;
}

QRect PhysicalMemoryView::freeListSwatch(FreeList list) const
{
    // legendItems() lists the buddy lists first and the per-CPU list second; neither is ever left out.
    return headerLayout().flow.swatches[list == FreeList::PerCpu ? 1 : 0];
}

std::optional<QString> PhysicalMemoryView::legendToolTip(QPoint pos) const
{
    const HeaderLayout& header = headerLayout();
    if (pos.y() >= header.height)
        return std::nullopt;
    for (std::size_t i = 0; i < header.items.size(); ++i)
        if (header.flow.entries[i].contains(pos)) {
            const LegendItem& item = header.items[i];
            return item.kind == LegendItem::Kind::Zone ? tr("zone %1").arg(item.label) : item.label;
        }
    return std::nullopt;
}

void PhysicalMemoryView::updateLegendContext()
{
    LegendContext context;
    if (m_phys)
        context.present = m_census.update(*m_phys);
    context.selected = m_linked && !selectedFrames().empty();
    if (context.present == m_legendContext.present && context.selected == m_legendContext.selected)
        return;
    const int before = m_header ? m_header->height : -1;
    m_legendContext = std::move(context);
    m_header.reset();
    // A row more or less in the legend moves the grid: refit it, or repaint it at its new place.
    if (headerHeight() != before) {
        if (m_fit)
            zoomToFit();
        updateScrollRange();
        invalidate();
    }
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
    const QFont f = legendFont();
    p.setFont(f);
    const QFontMetrics fm(f);
    const HeaderLayout& layout = headerLayout();
    const bool compact = layout.style == LegendStyle::Compact;
    for (std::size_t i = 0; i < layout.items.size(); ++i) {
        const LegendItem& item = layout.items[i];
        const QRect sw = layout.flow.swatches[i];
        if (item.kind == LegendItem::Kind::Zone) {
            p.fillRect(QRect(sw.left(), sw.top() + sw.height() / 4, sw.width(), sw.height() / 2),
                       item.colour);
        } else if (item.outline) {
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
        p.drawText(QPoint(sw.right() + 5, sw.top() - 1 + fm.ascent()),
                   compact ? item.shortLabel : item.label);
    }
}

} // namespace vmviz::ui
