// SPDX-License-Identifier: GPL-2.0-only
#include "views/FreeListsPanel.h"

#include "animation/StepTransition.h"
#include "style/Typography.h"

#include <QAccessible>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>

#include <algorithm>
#include <cmath>

namespace vmviz::ui {

namespace {

constexpr int kRowsPerZone = 15; // title, header, 11 orders, per-CPU title, per-CPU lists
/// Two zones side by side need this many rows' height of width each: five migratetype columns
/// with a count and a pfn chip, the order and the buddyinfo total.
constexpr double kMinZoneWidthInRows = 26;

QString hexPfn(std::uint64_t pfn)
{
    return QStringLiteral("%1").arg(pfn, 0, 16);
}

QString shortMigratetype(unsigned mt)
{
    static const char* const names[] = {"Unmovable", "Reclaimable", "Movable", "Reserve", "Isolate"};
    return mt < MIGRATE_TYPES ? QString::fromLatin1(names[mt]) : QStringLiteral("?");
}

/// A row is the text's line height and a little air for the pfn chips.
double rowHeightFor(const QFont& text)
{
    return std::ceil(QFontMetricsF(text).height() * 1.3);
}

std::vector<unsigned> populatedZones(const PhysSnapshot& phys)
{
    std::vector<unsigned> out;
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
        if (phys.zones[z].populated())
            out.push_back(z);
    return out;
}

} // namespace

QRectF FreeListsLayout::rectOf(const FreeListRef& ref) const
{
    for (const ZoneBox& box : zones) {
        if (box.zone != ref.zone)
            continue;
        if (ref.perCpu)
            return ref.migratetype < MIGRATE_PCPTYPES ? box.perCpu[ref.migratetype] : box.perCpuTitle;
        if (ref.order >= k::MAX_ORDER)
            return {};
        if (ref.migratetype == FreeListRef::kAnyMigratetype)
            return box.buddy[ref.order][0].united(box.buddy[ref.order][MIGRATE_TYPES - 1]);
        return ref.migratetype < MIGRATE_TYPES ? box.buddy[ref.order][ref.migratetype] : QRectF{};
    }
    return {};
}

FreeListsLayout layoutFreeLists(const PhysSnapshot& phys, double width, double rowHeight)
{
    FreeListsLayout out;
    const std::vector<unsigned> zones = populatedZones(phys);
    if (zones.empty())
        return out;
    // The rows follow the text, not the panel's height: squeezed to fit a small dock the numbers
    // were the smallest on a projector. The panel scrolls instead (heightForWidth).
    const double rh = rowHeight;
    out.rowHeight = rh;
    const double margin = std::round(rh * 0.3);
    const QSizeF size(width, 0);
    const int across = std::clamp(static_cast<int>(size.width() / (kMinZoneWidthInRows * rh)), 1,
                                  static_cast<int>(zones.size()));
    const int down = static_cast<int>((zones.size() + across - 1) / across);
    out.height = 2 * margin + rh * (1.0 + down * kRowsPerZone); // the in-flight row on top
    out.inFlight = QRectF(margin, margin, size.width() - 2 * margin, rh);
    const double zoneWidth = (size.width() - 2 * margin) / across;
    for (std::size_t i = 0; i < zones.size(); ++i) {
        FreeListsLayout::ZoneBox box;
        box.zone = zones[i];
        const double x0 = margin + static_cast<double>(i % across) * zoneWidth;
        const double y0 = margin + rh * (1 + static_cast<double>(i / across) * kRowsPerZone);
        const double w = zoneWidth - margin;
        box.title = QRectF(x0, y0, w, rh);
        const double orderW = rh * 2.2;
        const double totalW = rh * 3.6;
        const double cellW = (w - orderW - totalW) / double{MIGRATE_TYPES};
        for (unsigned o = 0; o < k::MAX_ORDER; ++o) {
            const double y = y0 + rh * (2 + o);
            for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt)
                box.buddy[o][mt] = QRectF(x0 + orderW + mt * cellW, y, cellW, rh);
            box.orderTotal[o] = QRectF(x0 + orderW + double{MIGRATE_TYPES} * cellW, y, totalW, rh);
        }
        box.perCpuTitle = QRectF(x0, y0 + rh * 13, w, rh);
        for (unsigned mt = 0; mt < MIGRATE_PCPTYPES; ++mt)
            box.perCpu[mt] = QRectF(x0 + orderW + mt * cellW, y0 + rh * 14, cellW, rh);
        out.zones.push_back(box);
    }
    return out;
}

FreeListsPanel::FreeListsPanel(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Free lists"));
    setAccessibleDescription(tr("The buddy allocator's free lists per zone, order and migratetype, and the "
                                "per-CPU lists, with the lists the current step changed"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 200);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QFont FreeListsPanel::textFont() const
{
    return font(); // the application's, which presentation mode enlarges
}

QFont FreeListsPanel::monoFont() const
{
    QFont mono = typography::monoFont();
    mono.setPointSizeF(textFont().pointSizeF());
    return mono;
}

FreeListsLayout FreeListsPanel::layoutFor(double width) const
{
    if (!m_snapshot || !m_snapshot->phys)
        return {};
    return layoutFreeLists(*m_snapshot->phys, width, rowHeightFor(textFont()));
}

int FreeListsPanel::heightForWidth(int width) const
{
    const FreeListsLayout layout = layoutFor(width);
    return std::max(minimumHeight(), static_cast<int>(std::ceil(layout.height)));
}

QSize FreeListsPanel::sizeHint() const
{
    const int width = static_cast<int>(rowHeightFor(textFont()) * kMinZoneWidthInRows);
    return {width, heightForWidth(width)};
}

void FreeListsPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    if (snapshot && !snapshot->step.listMoves.empty()) {
        const FreeListMoves& m = snapshot->step.listMoves;
        QString text = tr("Free lists: step %1").arg(snapshot->step.position);
        if (m.block)
            text += tr(", block at pfn %1, order %2").arg(hexPfn(*m.block)).arg(m.blockOrder);
        setAccessibleDescription(text);
        if (QAccessible::isActive()) {
            QAccessibleEvent event(this, QAccessible::DescriptionChanged);
            QAccessible::updateAccessibility(&event);
        }
    }
    revealMoves();
    update();
}

void FreeListsPanel::revealMoves()
{
    // The step's lists are its subject: in a dock shorter than the panel (DMA32 under DMA), the
    // scroller brings the list the block joined, and the one it left if both fit, into sight.
    if (!m_snapshot || m_snapshot->step.listMoves.empty() || width() <= 0)
        return;
    QScrollArea* scroller = nullptr;
    for (QWidget* w = parentWidget(); w && !scroller; w = w->parentWidget())
        scroller = qobject_cast<QScrollArea*>(w);
    if (!scroller || scroller->widget() != this)
        return;
    const FreeListsLayout layout = layoutFor(width());
    const FreeListMoves& moves = m_snapshot->step.listMoves;
    QRectF target;
    for (const FreeListRef& r : moves.left)
        target = target.united(layout.rectOf(r));
    for (const FreeListRef& r : moves.joined)
        target = target.united(layout.rectOf(r));
    if (moves.toInFlight || moves.fromInFlight)
        target = target.united(layout.inFlight);
    if (target.height() > scroller->viewport()->height() && !moves.joined.empty())
        target = layout.rectOf(moves.joined.front());
    if (target.isEmpty())
        return;
    const QPoint centre = target.center().toPoint();
    scroller->ensureVisible(centre.x(), centre.y(), 0,
                            static_cast<int>(target.height() / 2 + layout.rowHeight));
}

void FreeListsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    revealMoves();
}

void FreeListsPanel::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    update();
}

void FreeListsPanel::setAnimationFrame(const AnimationFrame& frame)
{
    m_frame = frame;
    update();
}

void FreeListsPanel::setPresentationScale(double scale)
{
    m_scale = scale;
    updateGeometry(); // its rows follow the enlarged font: the scroller gives it the new height
    update();
}

void FreeListsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
}

void FreeListsPanel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render(p, size());
}

void FreeListsPanel::render(QPainter& p, QSize size) const
{
    p.fillRect(QRect(QPoint(0, 0), size), m_palette.background);
    if (!m_snapshot || !m_snapshot->phys || !m_snapshot->phys->freeLists)
        return;
    p.setRenderHint(QPainter::Antialiasing);
    const FreeListsSnapshot& lists = *m_snapshot->phys->freeLists;
    const FreeListsLayout layout = layoutFor(size.width());

    // The block __rmqueue holds: taken off its list, not yet split or handed out.
    p.setFont(textFont());
    p.setPen(m_palette.mutedText);
    // The longest wording that fits: on a narrow panel the block's pfn and order matter most.
    QStringList wordings{tr("Held by __rmqueue: none")};
    if (lists.inFlight) {
        const QString pfn = hexPfn(lists.inFlight->pfn);
        if (lists.inFlight->heldOrder == lists.inFlight->takenOrder)
            wordings = {tr("Held by __rmqueue: the order-%1 block at pfn %2, taken off its list")
                            .arg(lists.inFlight->takenOrder)
                            .arg(pfn),
                        tr("Held by __rmqueue: pfn %1, order %2").arg(pfn).arg(lists.inFlight->takenOrder)};
        else
            wordings = {tr("Held by __rmqueue: pfn %1, order %2 (taken as order %3; expand() put the upper "
                           "halves back on the lists)")
                            .arg(pfn)
                            .arg(lists.inFlight->heldOrder)
                            .arg(lists.inFlight->takenOrder),
                        tr("Held by __rmqueue: pfn %1, order %2 (taken as order %3)")
                            .arg(pfn)
                            .arg(lists.inFlight->heldOrder)
                            .arg(lists.inFlight->takenOrder),
                        tr("Held by __rmqueue: pfn %1, order %2").arg(pfn).arg(lists.inFlight->heldOrder)};
    }
    if (lists.inFlight) {
        p.setPen(QPen(m_palette.frameColour(FrameClass::Taken), 1.5 * m_scale));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(layout.inFlight.adjusted(0, 1, 0, -1), 3, 3);
        p.setPen(m_palette.text);
    }
    const QRectF heldRect = layout.inFlight.adjusted(6 * m_scale, 0, -6 * m_scale, 0);
    const QFontMetricsF fm(textFont());
    QString held = wordings.back();
    for (const QString& wording : wordings)
        if (fm.horizontalAdvance(wording) <= heldRect.width()) {
            held = wording;
            break;
        }
    p.drawText(heldRect, Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(held, Qt::ElideRight, heldRect.width()));

    for (const FreeListsLayout::ZoneBox& box : layout.zones)
        paintZone(p, box, lists.zones[box.zone]);
    paintMoves(p, layout);
}

void FreeListsPanel::paintList(QPainter& p, const QRectF& r, const FreeListContents& list, QColor chip,
                               bool drawZero) const
{
    const QFont mono = monoFont();
    p.setFont(mono);
    const QFontMetricsF fm(mono);
    const QRectF inner = r.adjusted(2, 2, -2, -2);
    if (list.blocks == 0) {
        if (drawZero) {
            p.setPen(m_palette.mutedText);
            p.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("0"));
        }
        return;
    }
    p.setPen(m_palette.text);
    const QString count = QString::number(list.blocks);
    p.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, count);
    double x = inner.left() + fm.horizontalAdvance(count) + 4;
    for (std::size_t i = 0; i < list.firstPfns.size(); ++i) {
        const QString label = hexPfn(list.firstPfns[i]);
        const double w = fm.horizontalAdvance(label) + 6;
        const bool last = i + 1 == list.firstPfns.size();
        const bool more = list.blocks > i + 1;
        if (x + w + (more && !last ? fm.horizontalAdvance(QStringLiteral("…")) : 0) > inner.right()) {
            p.setPen(m_palette.mutedText);
            p.drawText(QRectF(x, inner.top(), inner.right() - x + 2, inner.height()),
                       Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("…"));
            return;
        }
        const QRectF c(x, inner.top() + 1, w, inner.height() - 2);
        p.setPen(Qt::NoPen);
        p.setBrush(chip);
        p.drawRoundedRect(c, 2, 2);
        p.setPen(readableTextOn(chip));
        p.drawText(c, Qt::AlignCenter, label);
        x += w + 2;
    }
    if (list.blocks > list.firstPfns.size() && x < inner.right()) {
        p.setPen(m_palette.mutedText);
        p.drawText(QRectF(x, inner.top(), inner.right() - x, inner.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("…"));
    }
}

void FreeListsPanel::paintZone(QPainter& p, const FreeListsLayout::ZoneBox& box,
                               const ZoneFreeLists& lists) const
{
    const double rh = box.title.height();
    const QFont text = textFont();
    QFont bold = text;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(m_palette.text);
    // Narrow, the title keeps the zone's name and the array it draws; the rest is elided.
    const QString zone =
        QString::fromUtf8(zoneName(box.zone).data(), static_cast<qsizetype>(zoneName(box.zone).size()));
    QString title = tr("Zone %1: free_area[order].free_list[migratetype], blocks per list").arg(zone);
    if (QFontMetricsF(bold).horizontalAdvance(title) > box.title.width())
        title = tr("Zone %1: free_area[order]").arg(zone);
    p.drawText(box.title, Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetricsF(bold).elidedText(title, Qt::ElideRight, box.title.width()));
    // Header row.
    p.setFont(text);
    p.setPen(m_palette.mutedText);
    const QRectF header(box.title.left(), box.title.bottom(), box.title.width(), rh);
    p.fillRect(header, m_palette.panel);
    p.drawText(QRectF(header.left() + 2, header.top(), box.buddy[0][0].left() - header.left(), rh),
               Qt::AlignVCenter | Qt::AlignLeft, tr("order"));
    for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt) {
        const QRectF cell(box.buddy[0][mt].left() + 2, header.top(), box.buddy[0][mt].width() - 2, rh);
        p.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetricsF(text).elidedText(shortMigratetype(mt), Qt::ElideRight, cell.width()));
    }
    p.drawText(QRectF(box.orderTotal[0].left() + 2, header.top(), box.orderTotal[0].width(), rh),
               Qt::AlignVCenter | Qt::AlignLeft, tr("buddyinfo"));

    for (unsigned o = 0; o < k::MAX_ORDER; ++o) {
        const QRectF row = box.buddy[o][0].united(box.orderTotal[o]);
        if (o % 2)
            p.fillRect(QRectF(box.title.left(), row.top(), box.title.width(), rh),
                       m_palette.panel.lighter(104));
        p.setFont(text);
        p.setPen(m_palette.mutedText);
        p.drawText(QRectF(box.title.left() + 2, row.top(), box.buddy[o][0].left() - box.title.left(), rh),
                   Qt::AlignVCenter | Qt::AlignLeft, QString::number(o));
        const QColor chip =
            m_palette.frameColour(static_cast<FrameClass>(static_cast<unsigned>(FrameClass::Free0) + o));
        for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt)
            paintList(p, box.buddy[o][mt], lists.buddy[o][mt], chip.darker(115), false);
        p.setFont(monoFont());
        p.setPen(m_palette.text);
        p.drawText(box.orderTotal[o].adjusted(2, 0, -2, 0), Qt::AlignVCenter | Qt::AlignRight,
                   QString::number(lists.blocksOfOrder(o)));
    }
    for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt)
        p.fillRect(QRectF(box.buddy[0][mt].left(), box.buddy[0][mt].top(), 0.6, rh * k::MAX_ORDER),
                   m_palette.gridLine);

    p.setFont(bold);
    p.setPen(m_palette.text);
    p.drawText(box.perCpuTitle, Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetricsF(bold).elidedText(tr("CPU 0 per-CPU lists (order 0): count %1, high %2, batch %3")
                                                  .arg(lists.pcpCount)
                                                  .arg(lists.high)
                                                  .arg(lists.batch),
                                              Qt::ElideRight, box.perCpuTitle.width()));
    p.setFont(text);
    p.setPen(m_palette.mutedText);
    const QRectF pcpRow(box.title.left() + 2, box.perCpu[0].top(), box.perCpu[0].left() - box.title.left(),
                        rh);
    p.drawText(pcpRow, Qt::AlignVCenter | Qt::AlignLeft, tr("pcp"));
    for (unsigned mt = 0; mt < MIGRATE_PCPTYPES; ++mt)
        paintList(p, box.perCpu[mt], lists.perCpu[mt], m_palette.frameColour(FrameClass::PerCpu), true);
}

void FreeListsPanel::paintMoves(QPainter& p, const FreeListsLayout& layout) const
{
    const FreeListMoves& moves = m_snapshot->step.listMoves;
    if (moves.empty())
        return;
    const double w = 2.2 * m_scale;
    const auto outline = [&](const QRectF& r, const QColor& c, const QString& tag) {
        if (r.isEmpty())
            return;
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, w));
        p.drawRect(r.adjusted(1, 1, -1, -1));
        QFont f = textFont();
        f.setBold(true);
        p.setFont(f);
        const QRectF t(r.right() - layout.rowHeight, r.top(), layout.rowHeight, r.height());
        p.setPen(c);
        p.drawText(t, Qt::AlignCenter, tag);
    };
    const QColor leftColour = m_palette.changed;
    const QColor joinColour =
        m_palette.scheme == Scheme::Standard ? QColor(0x1f, 0x9d, 0x4a) : m_palette.marker;
    for (const FreeListRef& r : moves.left)
        outline(layout.rectOf(r), leftColour, QStringLiteral("−"));
    for (const FreeListRef& r : moves.joined)
        outline(layout.rectOf(r), joinColour, QStringLiteral("+"));
    if (moves.toInFlight || moves.fromInFlight)
        outline(layout.inFlight, moves.toInFlight ? joinColour : leftColour,
                moves.toInFlight ? QStringLiteral("+") : QStringLiteral("−"));

    // The block travelling from the list it left (or __rmqueue's hands) to the one it joined.
    if (!m_frame.active() || !moves.block || m_frame.transition->step != m_snapshot->step.position)
        return;
    const QRectF from = moves.fromInFlight    ? layout.inFlight
                        : !moves.left.empty() ? layout.rectOf(moves.left.front())
                                              : QRectF{};
    const QRectF to = moves.toInFlight        ? layout.inFlight
                      : !moves.joined.empty() ? layout.rectOf(moves.joined.front())
                                              : QRectF{};
    if (from.isEmpty() || to.isEmpty())
        return;
    const double t = easeInOut(m_frame.progress);
    const QPointF a = from.center();
    const QPointF b = to.center();
    const QPointF at = a + (b - a) * t;
    const QFont mono = monoFont();
    p.setFont(mono);
    const QString label = tr("%1 (order %2)").arg(hexPfn(*moves.block)).arg(moves.blockOrder);
    // A split half starts as wide as the whole block and halves on its way (expand()).
    const double full = QFontMetricsF(mono).horizontalAdvance(label) + 10;
    const double width = moves.fromInFlight && !moves.toInFlight ? full * (2.0 - t) / 2.0 + full / 2.0 : full;
    const QRectF chip(at.x() - width / 2, at.y() - layout.rowHeight / 2, width, layout.rowHeight);
    p.setPen(QPen(m_palette.changed, 1.5 * m_scale, Qt::DashLine));
    p.drawLine(a, at);
    p.setPen(QPen(m_palette.changed, 1.5 * m_scale));
    p.setBrush(m_palette.frameColour(FrameClass::Taken));
    p.drawRoundedRect(chip, 3, 3);
    p.setPen(readableTextOn(m_palette.frameColour(FrameClass::Taken)));
    p.drawText(chip, Qt::AlignCenter, label);
}

} // namespace vmviz::ui
