// SPDX-License-Identifier: GPL-2.0-only
#include "views/VmallocRibbonView.h"

#include "base/Format.h"
#include "snapshot/Describe.h"
#include "views/VariableLabels.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace vmviz::ui {

namespace {

QString sizeText(std::uint64_t bytes)
{
    return QString::fromStdString(fmt::humanSize(bytes));
}

/// "8 KiB", "2 MiB + 4 KiB" for small sizes; "≈ 31.9 TiB" where the exact sum would be long.
QString compactSize(std::uint64_t bytes)
{
    if (bytes < (1ull << 30))
        return sizeText(bytes);
    static const char* const units[] = {"GiB", "TiB", "PiB"};
    double v = static_cast<double>(bytes) / static_cast<double>(1ull << 30);
    int u = 0;
    while (v >= 1024 && u < 2) {
        v /= 1024;
        ++u;
    }
    const bool exact = bytes % (1ull << (30 + 10 * u)) == 0;
    return (exact ? QString() : QStringLiteral("≈ ")) + QString::number(v, 'f', exact ? 0 : 1) +
           QLatin1Char(' ') + QLatin1String(units[u]);
}

QString offsetText(std::uint64_t vaddr, std::uint64_t start)
{
    return QStringLiteral("+0x") + QString::number(vaddr - start, 16);
}

void hatch(QPainter& p, const QRectF& r, const QColor& colour, double spacing)
{
    p.save();
    p.setClipRect(r);
    p.setPen(QPen(colour, 1));
    for (double x = r.left() - r.height(); x < r.right(); x += spacing)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
}

} // namespace

VmallocRibbonView::VmallocRibbonView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QSize VmallocRibbonView::sizeHint() const
{
    return QSize(800, metrics().total + 8);
}

VmallocRibbonView::Metrics VmallocRibbonView::metrics() const
{
    QFont f = font();
    const int h = QFontMetrics(f).height();
    Metrics m{};
    m.margin = static_cast<int>(10 * m_scale);
    m.header = 2 * h + 12;
    m.labelRow = h + 4;
    m.ribbonTop = m.header + m.labelRow;
    m.ribbonHeight = static_cast<int>(std::max(36.0, 40 * m_scale));
    m.captionTop = m.ribbonTop + m.ribbonHeight + 4;
    m.linkTop = m.captionTop + 2 * h + 4;
    m.linkHeight = stripArea() ? 4 * h + 8 : 0;
    m.total = m.linkTop + m.linkHeight + 4;
    return m;
}

void VmallocRibbonView::setSnapshot(const SnapshotPtr& snapshot)
{
    const bool areasChanged = !m_snapshot || !snapshot || m_snapshot->areas != snapshot->areas;
    const bool hadStrip = stripArea() != nullptr;
    m_snapshot = snapshot;
    if (hadStrip != (stripArea() != nullptr))
        updateGeometry(); // the strip's rows come and go
    if (areasChanged && m_fit)
        zoomToFit();
    updateScrollRange();
    viewport()->update();
}

void VmallocRibbonView::setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked)
{
    m_linked = linked;
    if (linked && linked->valid) {
        if (const auto span = layout().areaSpan(linked->area)) {
            QScrollBar* bar = horizontalScrollBar();
            const int visible = viewport()->width() - 2 * metrics().margin;
            if (span->first < bar->value() || span->second > bar->value() + visible)
                bar->setValue(std::max(0, static_cast<int>(span->first) - visible / 4));
        }
    }
    viewport()->update();
}

void VmallocRibbonView::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    viewport()->update();
}

void VmallocRibbonView::setPresentationScale(double scale)
{
    m_scale = scale;
    updateGeometry();
    if (m_fit)
        zoomToFit();
    viewport()->update();
}

std::vector<RibbonArea> VmallocRibbonView::ribbonAreas() const
{
    std::vector<RibbonArea> out;
    if (!m_snapshot || !m_snapshot->areas)
        return out;
    out.reserve(m_snapshot->areas->areas.size());
    for (const AreaInfo& a : m_snapshot->areas->areas)
        out.push_back(
            RibbonArea{a.id, a.vaStart, a.vaEnd, (a.vaFlags & k::VM_LAZY_FREE) != 0, a.arrayOf.has_value()});
    return out;
}

std::uint64_t VmallocRibbonView::rangeStart() const
{
    return m_snapshot && m_snapshot->areas ? m_snapshot->areas->vmallocStart : k::VMALLOC_START;
}

std::uint64_t VmallocRibbonView::rangeEnd() const
{
    // The kernel's VMALLOC_END is inclusive; the ribbon's end is one past it. An area may reach
    // the very top of the address space (an imported module area), which the ribbon then stops at.
    const std::uint64_t last =
        m_snapshot && m_snapshot->areas ? m_snapshot->areas->vmallocEnd : k::VMALLOC_END;
    return last == ~0ull ? last : last + 1;
}

std::uint64_t VmallocRibbonView::gapBytes() const
{
    return m_snapshot && m_snapshot->areas ? m_snapshot->areas->gapBytes : 0;
}

const RibbonLayout& VmallocRibbonView::layout() const
{
    const std::shared_ptr<const AreasSnapshot> areas = m_snapshot ? m_snapshot->areas : nullptr;
    if (!m_layout || m_layoutAreas != areas || m_layoutPxPerPage != m_pxPerPage) {
        m_layout.emplace(ribbonAreas(), rangeStart(), rangeEnd(), m_pxPerPage, gapBytes());
        m_layoutAreas = areas;
        m_layoutPxPerPage = m_pxPerPage;
    }
    return *m_layout;
}

void VmallocRibbonView::zoomIn()
{
    m_fit = false;
    m_pxPerPage = std::min(64.0, m_pxPerPage * 1.5);
    updateScrollRange();
    viewport()->update();
}

void VmallocRibbonView::zoomOut()
{
    m_fit = false;
    m_pxPerPage = std::max(0.05, m_pxPerPage / 1.5);
    updateScrollRange();
    viewport()->update();
}

void VmallocRibbonView::zoomToFit()
{
    m_fit = true;
    const double width = std::max(100, viewport()->width() - 2 * metrics().margin);
    m_pxPerPage = std::min(
        24.0, RibbonLayout::fitPxPerPage(ribbonAreas(), rangeStart(), rangeEnd(), width, gapBytes()));
    updateScrollRange();
    viewport()->update();
}

void VmallocRibbonView::updateScrollRange()
{
    const int width = static_cast<int>(layout().widthPx()) + 2 * metrics().margin;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(20);
}

QSize VmallocRibbonView::renderSize() const
{
    return QSize(viewport()->width(), std::max(viewport()->height(), metrics().total));
}

void VmallocRibbonView::render(QPainter& painter, QSize size) const
{
    renderAt(painter, size, horizontalScrollBar()->value());
}

void VmallocRibbonView::paintHeader(QPainter& p, const QRect& rect) const
{
    p.fillRect(rect, m_palette.panel);
    QFont f = font();
    QFont bold = f;
    bold.setBold(true);
    const QFontMetrics fm(f);
    const int pad = metrics().margin;
    p.setFont(bold);
    p.setPen(m_palette.text);
    const std::uint64_t first = rangeStart();
    const std::uint64_t last = rangeEnd() - 1;
    const QString fullTitle = tr("vmalloc range  0x%1 – 0x%2  (%3)")
                                  .arg(first, 16, 16, QLatin1Char('0'))
                                  .arg(last, 16, 16, QLatin1Char('0'))
                                  .arg(compactSize(last - first + 1));
    const QString rangeOnly = QStringLiteral("0x%1 – 0x%2  (%3)")
                                  .arg(first, 16, 16, QLatin1Char('0'))
                                  .arg(last, 16, 16, QLatin1Char('0'))
                                  .arg(compactSize(last - first + 1));
    // Narrow, the range keeps its addresses and size and drops its name (the dock's title says it).
    const QFontMetrics bfm(bold);
    const int titleRoom = rect.width() - 2 * pad;
    QString title = fullTitle;
    if (bfm.horizontalAdvance(title) > titleRoom)
        title = bfm.elidedText(rangeOnly, Qt::ElideRight, titleRoom);
    p.drawText(QPoint(pad, rect.top() + 4 + fm.ascent()), title);
    p.setFont(f);
    if (m_snapshot && m_snapshot->areas) {
        const AreasSnapshot& a = *m_snapshot->areas;
        const QString stats = tr("%1 areas in vmap_area_root · vmap_lazy_nr %2 of lazy_max_pages %3")
                                  .arg(a.areas.size())
                                  .arg(a.lazyNr)
                                  .arg(a.lazyMaxPages);
        p.setPen(m_palette.mutedText);
        // Right-aligned in what the title leaves, elided rather than drawn over it.
        const int titleEnd = pad + QFontMetrics(bold).horizontalAdvance(title) + 2 * pad;
        const int room = rect.width() - pad - titleEnd;
        if (room > fm.horizontalAdvance(QStringLiteral("…")) * 4)
            p.drawText(QRect(titleEnd, rect.top() + 4, room, fm.height()), Qt::AlignRight,
                       fm.elidedText(stats, Qt::ElideLeft, room));
    }
    // Legend.
    struct Item
    {
        QString label;
        QString shortLabel;
        QColor colour;
        int style; // 0 fill, 1 hatch, 2 gap, 3 fold
    };
    const Item items[] = {
        {tr("data pages"), tr("data"), m_palette.frameColour(FrameClass::VmallocData), 0},
        {tr("page-array area"), tr("page array"), m_palette.frameColour(FrameClass::PageArray), 0},
        {tr("guard page"), tr("guard"), m_palette.guard, 1},
        {tr("2.6.36 gap page"), tr("gap"), m_palette.gap, 2},
        {tr("lazily freed"), tr("lazy"), m_palette.lazy, 1},
        {tr("free (folded)"), tr("free"), m_palette.freeSpace, 3},
    };
    int x = pad;
    const int y = rect.top() + 8 + fm.height();
    const int sw = fm.height() - 3;
    // One row: the short words when the long ones do not fit (a 720p projector), and never an
    // entry cut at the edge.
    // No gap page on this kernel (6.18, an imported 6.x file): its key would only mislead.
    const auto shown = [&](const Item& item) { return item.style != 2 || gapBytes() != 0; };
    const auto rowWidth = [&](bool shortWords) {
        int w = 0;
        for (const Item& item : items)
            if (shown(item))
                w += sw * 2 + 5 + fm.horizontalAdvance(shortWords ? item.shortLabel : item.label) + 14;
        return w - 14;
    };
    const bool shortWords = pad + rowWidth(false) > rect.width() - pad;
    for (Item item : items) {
        if (!shown(item))
            continue;
        if (shortWords)
            item.label = item.shortLabel;
        if (x + sw * 2 + 5 + fm.horizontalAdvance(item.label) > rect.width() - pad)
            break;
        const QRect r(x, y + 1, sw * 2, sw);
        p.fillRect(r, item.style == 1 ? m_palette.background : item.colour);
        if (item.style == 1) {
            p.fillRect(r, item.colour.lighter(110));
            hatch(p, r, m_palette.text, 4);
        } else if (item.style == 3) {
            p.setPen(QPen(m_palette.mutedText, 1, Qt::DashLine));
            p.drawLine(r.center().x(), r.top(), r.center().x(), r.bottom());
        }
        p.setPen(m_palette.text);
        p.drawText(QPoint(r.right() + 5, y + fm.ascent()), item.label);
        x = r.right() + 5 + fm.horizontalAdvance(item.label) + 14;
    }
}

void VmallocRibbonView::renderAt(QPainter& p, QSize size, int scrollX) const
{
    const Metrics m = metrics();
    p.fillRect(QRect(QPoint(0, 0), size), m_palette.background);
    paintHeader(p, QRect(0, 0, size.width(), m.header));
    if (!m_snapshot)
        return;
    const RibbonLayout& lay = layout();
    QFont f = font();
    QFont small = f;
    small.setPointSizeF(f.pointSizeF() * 0.85);
    const QFontMetrics fm(f);
    const QFontMetrics sfm(small);

    p.save();
    p.setClipRect(QRect(0, m.header, size.width(), size.height() - m.header));
    p.translate(m.margin - scrollX, 0);
    const double top = m.ribbonTop;
    const double height = m.ribbonHeight;
    const double visibleLeft = scrollX - m.margin;
    const double visibleRight = visibleLeft + size.width();

    double lastLabelEnd = -1e9;
    double lastCaptionEnd = -1e9;
    // Segments are laid out left to right: start at the first one reaching into view.
    const std::vector<RibbonSegment>& segments = lay.segments();
    const auto firstVisible =
        std::partition_point(segments.begin(), segments.end(),
                             [visibleLeft](const RibbonSegment& s) { return s.x + s.width < visibleLeft; });
    for (auto it = firstVisible; it != segments.end() && it->x <= visibleRight; ++it) {
        const RibbonSegment& s = *it;
        const QRectF r(s.x, top, s.width, height);
        const AreaInfo* area = s.area ? m_snapshot->areas->find(*s.area) : nullptr;
        const bool selected = m_linked && m_linked->valid && s.area && m_linked->area == *s.area;
        switch (s.kind) {
        case RibbonSegment::Kind::Folded: {
            p.fillRect(r, m_palette.freeSpace);
            p.setPen(QPen(m_palette.mutedText, 1.2));
            QPainterPath zig;
            const double cx = r.center().x();
            zig.moveTo(cx - 3, r.top());
            for (double y = r.top(); y < r.bottom(); y += 8) {
                zig.lineTo(cx + 3, y + 4);
                zig.lineTo(cx - 3, std::min(r.bottom(), y + 8));
            }
            p.drawPath(zig);
            p.setFont(small);
            const QString text = compactSize(s.end - s.start) + tr(" free");
            const double w = sfm.horizontalAdvance(text) + 4;
            const bool last = &s == &lay.segments().back();
            double x = last ? r.right() - w : r.center().x() - w / 2;
            // The last run's caption may run past its fold into the empty view rather than vanish
            // behind the previous caption (6.18's first area has no gap page to make room).
            if (last && x <= lastCaptionEnd + 6)
                x = lastCaptionEnd + 7;
            if (x > lastCaptionEnd + 6 && (!last || x + w <= visibleRight - 4)) {
                p.drawText(QRectF(x, r.bottom() + 4, w, sfm.height()), Qt::AlignHCenter, text);
                lastCaptionEnd = x + w;
            }
            break;
        }
        case RibbonSegment::Kind::Free:
            p.fillRect(r, m_palette.freeSpace);
            break;
        case RibbonSegment::Kind::Gap:
            p.fillRect(r, m_palette.gap);
            if (r.width() >= 6) {
                p.setPen(QPen(m_palette.background, 1, Qt::DotLine));
                p.drawLine(r.center().x(), r.top() + 2, r.center().x(), r.bottom() - 2);
            }
            break;
        case RibbonSegment::Kind::Guard:
            p.fillRect(r, s.lazy ? m_palette.lazy : m_palette.guard);
            hatch(p, r, m_palette.text, 4);
            break;
        case RibbonSegment::Kind::Data: {
            const QColor base = s.lazy        ? m_palette.lazy
                                : s.pageArray ? m_palette.frameColour(FrameClass::PageArray)
                                              : m_palette.frameColour(FrameClass::VmallocData);
            p.fillRect(r, base);
            if (area && !s.lazy) {
                // Pages whose struct page is not yet stored in area->pages are drawn pale.
                const std::uint64_t pages = (s.end - s.start) / k::PAGE_SIZE;
                std::uint64_t stored = 0;
                for (const std::uint64_t pfn : area->pagePfns)
                    stored += pfn != 0;
                if (stored < pages) {
                    const double x0 =
                        r.left() + r.width() * static_cast<double>(stored) / static_cast<double>(pages);
                    QColor pale = base;
                    pale.setAlpha(70);
                    p.fillRect(QRectF(x0, r.top(), r.right() - x0, r.height()), m_palette.background);
                    p.fillRect(QRectF(x0, r.top(), r.right() - x0, r.height()), pale);
                }
            }
            if (s.lazy)
                hatch(p, r, m_palette.mutedText, 6);
            if (lay.pxPerPage() >= 6) {
                p.setPen(QPen(m_palette.background, 1));
                for (double x = r.left() + lay.pxPerPage(); x < r.right() - 0.5; x += lay.pxPerPage())
                    p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
            }
            // Address above, caption below: only where there is room.
            p.setFont(small);
            p.setPen(m_palette.mutedText);
            const QString address = offsetText(s.start, rangeStart());
            if (r.left() > lastLabelEnd + 6) {
                p.drawLine(QPointF(r.left(), top - 3), QPointF(r.left(), top));
                p.drawText(QPointF(r.left(), top - 5), address);
                lastLabelEnd = r.left() + sfm.horizontalAdvance(address);
            }
            if (area && r.left() > lastCaptionEnd + 6) {
                const std::uint64_t bytes = s.end - s.start;
                QString caption = sizeText(bytes);
                if (s.lazy)
                    caption += tr(" · lazy");
                else if (s.pageArray)
                    caption += tr(" · page array");
                // Near the view's right edge the caption ends at the edge instead of running off.
                const double w = sfm.horizontalAdvance(caption);
                const double x = std::max(lastCaptionEnd + 6, std::min(r.left(), visibleRight - 4 - w));
                if (x + w > visibleRight - 4 && (s.lazy || s.pageArray))
                    caption = sizeText(bytes); // what is left says the size; the colour and legend the kind
                p.setPen(m_palette.text);
                p.drawText(QPointF(x, m.captionTop + sfm.ascent()), caption);
                lastCaptionEnd = x + sfm.horizontalAdvance(caption);
            }
            break;
        }
        }
        if (selected) {
            p.fillRect(r, m_palette.selectionFill);
        }
    }
    // Selection outline around the whole area (data + guard).
    if (m_linked && m_linked->valid) {
        if (const auto span = lay.areaSpan(m_linked->area)) {
            p.setPen(QPen(m_palette.selection, 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(span->first, top - 1, span->second - span->first, height + 2));
        }
    }
    if (m_snapshot->comparison)
        paintCompared(p, *m_snapshot->comparison, top, height);
    paintPageArrayLink(p, m, visibleLeft, visibleRight);
    paintBadFree(p, m, visibleLeft, visibleRight);
    paintVariableLabels(p, lay, *m_snapshot, m_palette, small, top, height, visibleLeft, visibleRight);
    p.restore();
}

void VmallocRibbonView::paintCompared(QPainter& p, const exports::Comparison& comparison, double top,
                                      double height) const
{
    // Compare mode: every area that changed since the pinned step is outlined; one purged or
    // removed since is outlined dashed where it was, over what is free space now.
    const RibbonLayout& lay = layout();
    p.setBrush(Qt::NoBrush);
    for (const AreaChange& change : comparison.changes.areas) {
        if (const auto span = lay.areaSpan(change.id)) {
            p.setPen(QPen(m_palette.changed, 2));
            p.drawRect(QRectF(span->first, top - 3, span->second - span->first, height + 6));
        } else if (const AreaInfo* was = comparison.before.area(change.id)) {
            const double left = lay.xOf(was->vaStart);
            p.setPen(QPen(m_palette.changed, 2, Qt::DashLine));
            p.drawRect(QRectF(left, top - 3, std::max(2.0, lay.xOf(was->vaEnd) - left), height + 6));
        }
    }
}

std::optional<QRectF> VmallocRibbonView::pageRectInViewport(std::uint64_t vaddr) const
{
    if (!m_snapshot || !m_snapshot->areas || !m_snapshot->areas->containing(vaddr))
        return std::nullopt;
    const Metrics m = metrics();
    const RibbonLayout& lay = layout();
    const std::uint64_t page = vaddr & ~(k::PAGE_SIZE - 1);
    const double offset = m.margin - horizontalScrollBar()->value();
    const double left = lay.xOf(page) + offset;
    const double right = std::max(left + 2, lay.xOf(page + k::PAGE_SIZE) + offset);
    const QRectF r(left, m.ribbonTop, right - left, m.ribbonHeight);
    if (r.right() < 0 || r.left() > viewport()->width())
        return std::nullopt;
    return r;
}

void VmallocRibbonView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    renderAt(painter, viewport()->size(), horizontalScrollBar()->value());
}

void VmallocRibbonView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit)
        zoomToFit();
    updateScrollRange();
}

void VmallocRibbonView::scrollContentsBy(int, int)
{
    viewport()->update();
}

std::optional<std::size_t> VmallocRibbonView::segmentAtViewport(QPoint pos) const
{
    const Metrics m = metrics();
    if (pos.y() < m.ribbonTop - m.labelRow || pos.y() > m.captionTop + 20)
        return std::nullopt;
    return layout().segmentAt(pos.x() + horizontalScrollBar()->value() - m.margin);
}

bool VmallocRibbonView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_snapshot && m_snapshot->areas) {
        auto* help = static_cast<QHelpEvent*>(event);
        const RibbonLayout& lay = layout();
        if (const auto i = segmentAtViewport(help->pos())) {
            const RibbonSegment& s = lay.segments()[*i];
            QString text;
            const QString range =
                QString::fromStdString("[" + fmt::address(s.start) + ", " + fmt::address(s.end) + ")");
            switch (s.kind) {
            case RibbonSegment::Kind::Free:
            case RibbonSegment::Kind::Folded:
                text = tr("free: %1\n%2").arg(compactSize(s.end - s.start), range);
                break;
            case RibbonSegment::Kind::Gap:
                text = tr("gap page %1\n2.6.36 alloc_vmap_area() starts the next area at ALIGN(va_end + "
                          "PAGE_SIZE):\n"
                          "this page belongs to no area and is never mapped")
                           .arg(range);
                break;
            case RibbonSegment::Kind::Guard:
            case RibbonSegment::Kind::Data:
                if (const AreaInfo* a = m_snapshot->areas->find(*s.area))
                    text =
                        QString::fromStdString(describeArea(*a)) +
                        (s.kind == RibbonSegment::Kind::Guard ? tr("\nthis is its guard page (never mapped)")
                                                              : QString());
                break;
            }
            QToolTip::showText(help->globalPos(), text, viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void VmallocRibbonView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    // A plain wheel scrolls the ribbon sideways.
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
    event->accept();
}

void VmallocRibbonView::mousePressEvent(QMouseEvent* event)
{
    if (const auto i = segmentAtViewport(event->position().toPoint())) {
        const RibbonSegment& s = layout().segments()[*i];
        if (s.area)
            Q_EMIT areaClicked(*s.area);
    }
}

} // namespace vmviz::ui
