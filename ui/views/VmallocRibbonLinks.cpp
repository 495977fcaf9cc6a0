// SPDX-License-Identifier: GPL-2.0-only
// The recursion drawn on the ribbon: when a page array needs more than a page, __vmalloc_area_node
// vmallocs it (mm/vmalloc.c, 2.6.36: "the recursion is strictly bounded"), so one area's
// vm_struct->pages points into another area. A bracket labelled "area->pages" joins the two, and
// the array's entries are a strip under the data area, entry i under page i, filled as
// area->pages[i] = page runs. And a vfree that __vunmap refused is marked at its address.
#include "views/VmallocRibbonView.h"

#include "base/Format.h"
#include "steps/StepFocus.h"

#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <optional>

namespace vmviz::ui {

namespace {

/// Labels keep this far inside the view's edges.
constexpr double kEdge = 4;

} // namespace

const AreaInfo* VmallocRibbonView::stripArea() const
{
    if (!m_snapshot || !m_snapshot->areas)
        return nullptr;
    const AreasSnapshot& areas = *m_snapshot->areas;
    if (m_snapshot->step.step && m_snapshot->step.step->event == Ev::PageStore &&
        m_snapshot->step.step->kind == StepKind::Effect) {
        const StepFocus focus = focusOf(*m_snapshot->step.step);
        for (const AreaInfo& a : areas.areas)
            if (a.vmAlive && focus.pageIndex && *focus.pageIndex < a.pagePfns.size() && focus.frame &&
                a.pagePfns[*focus.pageIndex] == focus.frame->value())
                return &a;
    }
    for (const AreaInfo& a : areas.areas)
        if (a.vmAlive && a.pagesArea && areas.find(*a.pagesArea))
            return &a;
    return nullptr;
}

void VmallocRibbonView::paintPageArrayLink(QPainter& p, const Metrics& m, double visibleLeft,
                                           double visibleRight) const
{
    const AreaInfo* area = stripArea();
    if (!area || area->pagePfns.empty())
        return;
    const RibbonLayout& lay = layout();
    const auto dataSpan = lay.areaSpan(area->id);
    if (!dataSpan)
        return;
    // The widget's font already carries the presentation factor (typography.h); metrics() sizes
    // the strip's rows by it.
    const QFont f = font();
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(f.pointSizeF() * 0.9);
    const QFontMetricsF fm(f);
    const double h = fm.height();
    const QColor ink = m_palette.text;
    const QColor arrayColour = m_palette.frameColour(FrameClass::PageArray);

    // The strip: entry i of area->pages under page i of the data area.
    const std::size_t n = area->pagePfns.size();
    const double stripTop = m.linkTop + 2 * h;
    const double stripH = h * 0.9;
    const double left = dataSpan->first;
    const double right = lay.xOf(area->addr + n * k::PAGE_SIZE);
    const double cell = (right - left) / static_cast<double>(n);
    std::size_t stored = 0;
    p.setPen(Qt::NoPen);
    p.fillRect(QRectF(left, stripTop, right - left, stripH), m_palette.freeSpace);
    for (std::size_t i = 0; i < n; ++i) {
        if (area->pagePfns[i] == 0)
            continue;
        ++stored;
        p.fillRect(QRectF(left + cell * static_cast<double>(i), stripTop, std::max(cell, 1.0), stripH),
                   arrayColour);
    }
    p.setPen(QPen(m_palette.mutedText, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(left, stripTop, right - left, stripH));
    if (cell >= 5) {
        p.setPen(QPen(m_palette.background, 1));
        for (std::size_t i = 1; i < n; ++i)
            p.drawLine(QPointF(left + cell * static_cast<double>(i), stripTop + 1),
                       QPointF(left + cell * static_cast<double>(i), stripTop + stripH - 1));
    }
    // The entry the step stores, with its value, is the step's subject: placed first, and the
    // strip's caption goes beside it.
    std::optional<QRectF> chipBox;
    if (m_snapshot->step.step && m_snapshot->step.step->kind == StepKind::Effect &&
        m_snapshot->step.step->event == Ev::PageStore) {
        const StepFocus focus = focusOf(*m_snapshot->step.step);
        if (focus.pageIndex && *focus.pageIndex < n && focus.frame) {
            const double x = left + cell * (static_cast<double>(*focus.pageIndex) + 0.5);
            p.setPen(QPen(m_palette.changed, 2.5 * m_scale));
            p.drawRect(QRectF(x - std::max(cell, 3.0) / 2, stripTop - 2, std::max(cell, 3.0), stripH + 4));
            p.drawLine(QPointF(x, m.ribbonTop + m.ribbonHeight), QPointF(x, stripTop - 2));
            p.setFont(mono);
            const QString text =
                tr("pages[%1] = pfn %2").arg(*focus.pageIndex).arg(focus.frame->value(), 0, 16);
            const double w = QFontMetricsF(mono).horizontalAdvance(text) + 8;
            const double lo = std::max(left, visibleLeft + kEdge);
            const double hi = std::min(right, visibleRight - kEdge) - w;
            const double tx = std::clamp(x - w / 2, std::min(lo, hi), std::max(lo, hi));
            const QRectF box(tx, stripTop + stripH + h * 0.1, w, h);
            chipBox = box;
            p.setPen(Qt::NoPen);
            p.setBrush(m_palette.changed);
            p.drawRoundedRect(box, 3, 3);
            p.setPen(readableTextOn(m_palette.changed));
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
    // The caption, in the longest wording that fits the view at the strip's left or right end (or
    // the view's) without running under the chip; on a narrow view the chip alone says it.
    p.setFont(f);
    p.setPen(ink);
    const double captionTop = stripTop + stripH + h * 0.1;
    const QString wordings[] = {tr("area->pages[]: %1 of %2 entries stored").arg(stored).arg(n),
                                tr("%1 of %2 stored").arg(stored).arg(n)};
    const auto placeCaption = [&]() -> std::optional<std::pair<QString, QRectF>> {
        for (const QString& caption : wordings) {
            const double w = fm.horizontalAdvance(caption);
            for (const double x : {std::max(left, visibleLeft + kEdge),
                                   std::min(right, visibleRight - kEdge) - w, visibleRight - kEdge - w}) {
                const QRectF box(x, captionTop, w, h);
                if (box.left() >= visibleLeft + kEdge - 0.5 && box.right() <= visibleRight - kEdge + 0.5 &&
                    !(chipBox && chipBox->adjusted(-6, 0, 6, 0).intersects(box)))
                    return std::pair{caption, box};
            }
        }
        return std::nullopt;
    };
    if (const auto caption = placeCaption())
        p.drawText(caption->second, Qt::AlignLeft | Qt::AlignVCenter, caption->first);

    // The bracket: this area's vm_struct->pages points into the page-array area.
    if (!area->pagesArea)
        return;
    const auto arraySpan = lay.areaSpan(*area->pagesArea);
    if (!arraySpan)
        return;
    const double y0 = m.linkTop + h * 0.2;
    const double y1 = m.linkTop + h * 1.3;
    const double from = (dataSpan->first + dataSpan->second) / 2;
    const double to = (arraySpan->first + arraySpan->second) / 2;
    QPainterPath path(QPointF(from, y0));
    path.lineTo(from, y1);
    path.lineTo(to, y1);
    path.lineTo(to, y0);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(arrayColour.darker(120), 2 * m_scale));
    p.drawPath(path);
    const double a = h * 0.35;
    QPainterPath head(QPointF(to, y0 - 2));
    head.lineTo(to - a, y0 + a);
    head.lineTo(to + a, y0 + a);
    head.closeSubpath();
    p.setBrush(arrayColour.darker(120));
    p.drawPath(head);
    // The strip is the array's contents: a thin tie from the array area down to it.
    p.setPen(QPen(arrayColour.darker(120), 1, Qt::DotLine));
    p.drawLine(QPointF(to, y1), QPointF(std::clamp(to, left, right), stripTop));
    p.setFont(f);
    p.setPen(ink);
    // The longest wording the view has room for, centred on the bracket and moved inside the
    // view rather than clipped at its edge.
    const QString address = QString::fromStdString(fmt::address(area->pagesAddr));
    const QString wordings2[] = {tr("area->pages = %1 (in the page-array area)").arg(address),
                                 tr("area->pages = %1").arg(address), QStringLiteral("area->pages")};
    const double room = visibleRight - visibleLeft - 2 * kEdge;
    QString label = wordings2[2];
    for (const QString& wording : wordings2)
        if (fm.horizontalAdvance(wording) + 8 <= room) {
            label = wording;
            break;
        }
    const double lw = fm.horizontalAdvance(label) + 8;
    const double centred = std::min(from, to) + std::abs(to - from) / 2 - lw / 2;
    const double lx = std::max(visibleLeft + kEdge, std::min(centred, visibleRight - kEdge - lw));
    const QRectF lbox(lx, y1 - h * 0.55, lw, h * 1.1);
    p.setPen(Qt::NoPen);
    p.setBrush(m_palette.background);
    p.drawRect(lbox);
    p.setPen(ink);
    p.drawText(lbox, Qt::AlignCenter, label);
}

void VmallocRibbonView::paintBadFree(QPainter& p, const Metrics& m, double visibleLeft,
                                     double visibleRight) const
{
    if (!m_snapshot || !m_snapshot->step.badFreeAddress)
        return;
    const std::uint64_t addr = *m_snapshot->step.badFreeAddress;
    const double x = layout().xOf(addr);
    QFont f = font(); // already at the presentation factor
    f.setBold(true);
    const QFontMetricsF fm(f);
    const QColor red = m_palette.warn;
    p.setPen(QPen(red, 2.5 * m_scale));
    p.drawLine(QPointF(x, m.ribbonTop - 4), QPointF(x, m.ribbonTop + m.ribbonHeight + 4));
    const double a = fm.height() * 0.4;
    QPainterPath head(QPointF(x, m.ribbonTop - 2));
    head.lineTo(x - a, m.ribbonTop - 2 - a * 1.4);
    head.lineTo(x + a, m.ribbonTop - 2 - a * 1.4);
    head.closeSubpath();
    p.setBrush(red);
    p.drawPath(head);
    const QString text = tr("vfree(%1): bad address").arg(QString::fromStdString(fmt::address(addr)));
    const double w = fm.horizontalAdvance(text) + 10;
    // Beside the mark, or before it when the mark is near the view's right edge.
    const double bx = x + a + w <= visibleRight - kEdge ? x + a : std::max(visibleLeft + kEdge, x - a - w);
    const QRectF box(bx, m.ribbonTop + m.ribbonHeight * 0.15, w, fm.height() + 4);
    p.setPen(Qt::NoPen);
    p.setBrush(red);
    p.drawRoundedRect(box, 3, 3);
    p.setPen(readableTextOn(red));
    p.setFont(f);
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace vmviz::ui
