// SPDX-License-Identifier: GPL-2.0-only
// The physical view's step-driven overlays, drawn over the cached picture every paint: the
// magnifier on the frames the current step works on, and the step animation (cells fading from
// their old colour to the new one, frames flying between their cell and a free-list swatch).
#include "views/PhysicalMemoryView.h"

#include "views/PhysicalLegend.h"

#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace vmviz::ui {

namespace {

/// Cells this large show each frame readably; below it the lens magnifies the step's frames.
constexpr int kReadableCellPx = 8;

/// Chips in flight at once; a step that moves more frames fades the rest in place.
constexpr std::size_t kMaxFlights = 8;
/// Each further chip leaves this much later (as a fraction of the animation), so they read as a queue.
constexpr double kFlightStagger = 0.05;

} // namespace

void PhysicalMemoryView::setAnimationFrame(const AnimationFrame& frame)
{
    if (!frame.active() && !m_animation.active())
        return;
    m_animation = frame;
    viewport()->update();
}

std::optional<QRect> PhysicalMemoryView::frameRectInViewport(std::uint64_t pfn) const
{
    return frameRectIn(pfn, lens());
}

std::optional<QRect> PhysicalMemoryView::frameRectIn(std::uint64_t pfn,
                                                     const std::optional<FrameLens>& lens) const
{
    if (!m_phys || pfn >= m_phys->frameCount)
        return std::nullopt;
    if (lens) {
        if (const auto r = lens->frameRect(pfn))
            return r; // magnified: the readable place to point at
    }
    const QRect area = gridViewport(viewport()->size());
    const QRect r = grid().frameRect(pfn).translated(area.left(), area.top() - verticalScrollBar()->value());
    if (!r.intersects(area) || (lens && lens->rect().contains(r.center())))
        return std::nullopt; // off screen, or under the lens
    return r;
}

void PhysicalMemoryView::setLensEnabled(bool on)
{
    m_lensEnabled = on;
    viewport()->update();
}

std::optional<FrameLens> PhysicalMemoryView::lens() const
{
    return lensFor(viewport()->size());
}

std::optional<FrameLens> PhysicalMemoryView::lensFor(QSize size) const
{
    if (!m_lensEnabled || !m_phys || !m_focus || *m_focus >= m_phys->frameCount)
        return std::nullopt;
    const QRect area = gridViewport(size);
    const FrameGrid g(m_phys->frameCount, area.width(),
                      FrameGrid::zoomLevels()[static_cast<std::size_t>(m_zoomIndex)]);
    if (g.zoom().cellPx >= kReadableCellPx && g.zoom().framesPerCell == 1)
        return std::nullopt; // the grid itself shows the frames
    const QPoint focus =
        g.frameRect(*m_focus).center() + QPoint(area.left(), area.top() - verticalScrollBar()->value());
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    FrameLens l(m_phys->frameCount, *m_focus, area, focus, static_cast<int>(24 * m_scale),
                QFontMetrics(f).height() + 6);
    if (!l.fits())
        return std::nullopt;
    return l;
}

void PhysicalMemoryView::paintLens(QPainter& p, QSize size) const
{
    const auto l = lensFor(size);
    if (!l)
        return;
    p.save();
    const QRect area = gridViewport(size);
    const FrameGrid g(m_phys->frameCount, area.width(),
                      FrameGrid::zoomLevels()[static_cast<std::size_t>(m_zoomIndex)]);
    const QRect spot =
        g.frameRect(l->focusPfn()).translated(area.left(), area.top() - verticalScrollBar()->value());

    // Where in the overview the lens looks: a small box, and a leader line to the lens (when that
    // spot is scrolled into view).
    if (area.contains(spot.center())) {
        p.setClipRect(area);
        p.setRenderHint(QPainter::Antialiasing);
        QColor leader = m_palette.changed;
        leader.setAlpha(150);
        const QRect box = QRect(0, 0, 9, 9).translated(spot.center() - QPoint(4, 4));
        const auto focusCell = l->frameRect(l->focusPfn());
        p.setPen(QPen(leader, 1.2 * m_scale, Qt::DashLine));
        p.drawLine(box.center(), focusCell ? focusCell->center() : l->rect().center());
        p.setPen(QPen(m_palette.changed, 1.5 * m_scale));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setClipping(false);
    }

    const QRect r = l->rect();
    p.fillRect(r, m_palette.panel);
    p.setPen(m_palette.gridLine);
    p.drawRect(r.adjusted(0, 0, -1, -1));
    QFont caption = font();
    caption.setPointSizeF(caption.pointSizeF() * 0.85);
    p.setFont(caption);
    p.setPen(m_palette.text);
    const std::uint64_t last = l->endPfn() - 1;
    p.drawText(QRect(r.left() + 6, r.top(), r.width() - 12, l->cellsRect().top() - r.top()),
               Qt::AlignVCenter | Qt::AlignLeft,
               tr("pfn 0x%1–0x%2, magnified").arg(l->firstPfn(), 0, 16).arg(last, 0, 16));

    const std::vector<std::uint64_t> selected = selectedFrames();
    QFont label = font();
    label.setPixelSize(std::max(7, static_cast<int>(l->cellPx() * 0.34)));
    p.setFont(label);
    for (std::uint64_t pfn = l->firstPfn(); pfn < l->endPfn(); ++pfn) {
        const QRect cell = l->frameRect(pfn)->adjusted(1, 1, -1, -1);
        const QColor fill = m_palette.frameColour(m_phys->frameClass(pfn));
        p.fillRect(cell, fill);
        p.setPen(readableTextOn(fill));
        p.drawText(cell, Qt::AlignCenter, QStringLiteral("%1").arg(pfn & 0xffff, 4, 16, QLatin1Char('0')));
        const bool isChanged = std::find(m_changed.begin(), m_changed.end(), pfn) != m_changed.end();
        if (isChanged || std::binary_search(selected.begin(), selected.end(), pfn)) {
            p.setPen(QPen(isChanged ? m_palette.changed : m_palette.selection, 2));
            p.drawRect(cell.adjusted(1, 1, -1, -1));
        }
    }
    p.restore();
}

void PhysicalMemoryView::paintAnimation(QPainter& p) const
{
    if (!m_animation.active() || !m_snapshot || m_animation.transition->generation != m_snapshot->generation)
        return;
    const StepTransition& t = *m_animation.transition;
    const double e = easeInOut(m_animation.progress);
    const QRect area = gridViewport(viewport()->size());
    const std::optional<FrameLens> lens = this->lens(); // once per paint: it is not free
    // Zoomed out, a cell is a pixel or two: moving frames get a cell big enough to see.
    const int minCell = static_cast<int>(6 * m_scale);
    const auto visibleCell = [&](std::uint64_t pfn) -> std::optional<QRect> {
        const auto r = frameRectIn(pfn, lens);
        if (!r)
            return std::nullopt;
        if (r->width() >= minCell)
            return r;
        QRect big(0, 0, minCell, minCell);
        big.moveCenter(r->center());
        return big;
    };

    p.save();
    // Overview cells stay out of the lens; the lens's own cells are inside it.
    QRegion clip(area);
    if (lens)
        clip = clip.subtracted(QRegion(lens->rect())).united(QRegion(lens->cellsRect()));
    p.setClipRegion(clip);
    for (const FrameMotion& m : t.frames) {
        if (const auto r = visibleCell(m.pfn))
            p.fillRect(*r, mixColours(m_palette.frameColour(m.before), m_palette.frameColour(m.after), e));
    }
    // A frame that changed owner without a list (a table page, a slab page): a ring that widens
    // and fades marks it.
    p.setRenderHint(QPainter::Antialiasing);
    std::size_t rings = 0;
    for (const FrameMotion& m : t.frames) {
        if (m.leaves != FreeList::None || m.joins != FreeList::None || rings++ >= kMaxFlights)
            continue;
        if (const auto r = visibleCell(m.pfn)) {
            QColor c = m_palette.changed;
            // Fades in and out, so neither direction of play ends on a ring that pops away.
            c.setAlphaF(static_cast<float>(std::min(1.0, 3 * std::min(e, 1.0 - e))));
            p.setPen(QPen(c, 2 * m_scale));
            const double grow = 3 + 14 * m_scale * e;
            p.drawEllipse(QRectF(*r).adjusted(-grow, -grow, grow, grow));
        }
    }
    p.restore();

    // Frames leaving a free list fly from its legend swatch to their cell; frames joining one fly
    // back. The chip's colour turns from the frame's old class to its new one on the way.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    std::size_t flights = 0;
    for (const FrameMotion& m : t.frames) {
        if (m.leaves == FreeList::None && m.joins == FreeList::None)
            continue;
        if (flights >= kMaxFlights)
            break;
        const auto cell = visibleCell(m.pfn);
        if (!cell)
            continue;
        const double span = 1.0 - kFlightStagger * static_cast<double>(kMaxFlights - 1);
        const double local =
            easeInOut((m_animation.progress - kFlightStagger * static_cast<double>(flights)) / span);
        ++flights;
        const bool fromList = m.leaves != FreeList::None;
        const QPointF list = QRectF(freeListSwatch(fromList ? m.leaves : m.joins)).center();
        const QPointF home = QRectF(*cell).center();
        const QPointF a = fromList ? list : home;
        const QPointF b = fromList ? home : list;
        const QPointF at = a + (b - a) * local;
        if ((fromList && local <= 0.0) || (!fromList && local >= 1.0))
            continue; // still on (or already back on) its list
        QColor trail = m_palette.changed;
        trail.setAlpha(110);
        p.setPen(QPen(trail, 1.5 * m_scale, Qt::DashLine));
        p.drawLine(a, at);
        const double size = std::max<double>(cell->width(), 12 * m_scale);
        const QRectF chip(at.x() - size / 2, at.y() - size / 2, size, size);
        p.setPen(QPen(m_palette.changed, 2 * m_scale));
        p.setBrush(mixColours(m_palette.frameColour(m.before), m_palette.frameColour(m.after), local));
        p.drawRoundedRect(chip, 2, 2);
    }
    p.restore();
}

} // namespace vmviz::ui
