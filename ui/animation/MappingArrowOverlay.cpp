// SPDX-License-Identifier: GPL-2.0-only
#include "animation/MappingArrowOverlay.h"

#include "views/PhysicalMemoryView.h"
#include "views/VmallocRibbonView.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace vmviz::ui {

namespace {

/// Inside the visible part of its window and drawn by the same native window as the overlay.
bool onScreenWith(const QWidget& overlay, const QWidget& view)
{
    return view.isVisible() && view.window() == overlay.window() && !view.visibleRegion().isEmpty();
}

QPainterPath arrowPath(const QPointF& from, const QPointF& to)
{
    // A gentle S-curve: leaves and arrives vertically, so it reads as "down to the frame" even
    // when the frame is far to one side.
    QPainterPath path(from);
    const double dy = (to.y() - from.y()) * 0.5;
    path.cubicTo(QPointF(from.x(), from.y() + dy), QPointF(to.x(), to.y() - dy), to);
    return path;
}

} // namespace

MappingArrowOverlay::MappingArrowOverlay(QWidget* window, const VmallocRibbonView& ribbon,
                                         const PhysicalMemoryView& phys)
    : QWidget(window), m_ribbon(ribbon), m_phys(phys)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(window->rect());
    window->installEventFilter(this);
    hide();
}

bool MappingArrowOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void MappingArrowOverlay::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
}

void MappingArrowOverlay::setPresentationScale(double scale)
{
    m_scale = scale;
}

std::optional<std::pair<QRectF, QRectF>> MappingArrowOverlay::endpoints() const
{
    if (!m_frame.active() || !m_frame.transition->arrow)
        return std::nullopt;
    if (!onScreenWith(*this, *m_ribbon.viewport()) || !onScreenWith(*this, *m_phys.viewport()))
        return std::nullopt;
    const MappingArrow& arrow = *m_frame.transition->arrow;
    const auto page = m_ribbon.pageRectInViewport(arrow.vaddr);
    const auto frame = m_phys.frameRectInViewport(arrow.pfn);
    if (!page || !frame)
        return std::nullopt;
    // mapFrom() only maps from ancestors: go through the window both share.
    const QPointF pageOrigin = mapFromParent(m_ribbon.viewport()->mapTo(window(), QPoint(0, 0)));
    const QPointF frameOrigin = mapFromParent(m_phys.viewport()->mapTo(window(), QPoint(0, 0)));
    const QRectF pageRect = page->translated(pageOrigin);
    const QRectF frameRect = QRectF(*frame).translated(frameOrigin);
    if (arrow.direction == MappingArrow::Direction::VirtualToFrame)
        return std::pair{pageRect, frameRect};
    return std::pair{frameRect, pageRect};
}

void MappingArrowOverlay::setAnimationFrame(const AnimationFrame& frame)
{
    m_frame = frame;
    const bool show = frame.active() && frame.transition->arrow && endpoints();
    if (show && !isVisible()) {
        setGeometry(parentWidget()->rect());
        raise();
        QWidget::show();
    }
    // Repaint only the arrow's box (now and last time): what lies under it repaints too.
    const QRect dirty = show ? dirtyRect() : QRect();
    update(m_lastDirty.united(dirty));
    m_lastDirty = dirty;
    if (!show && isVisible())
        hide();
}

QRect MappingArrowOverlay::dirtyRect() const
{
    const auto ends = endpoints();
    if (!ends)
        return {};
    const int pad = static_cast<int>(24 * m_scale);
    return ends->first.united(ends->second).toAlignedRect().adjusted(-pad, -pad, pad, pad);
}

void MappingArrowOverlay::paintEvent(QPaintEvent*)
{
    const auto ends = endpoints();
    if (!ends)
        return;
    const double e = easeInOut(m_frame.progress);
    const auto [tailRect, headRect] = *ends;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Stepping back the arrow shrinks into its tail; it fades over the last part of that, so it
    // does not end by popping away. (Forward it ends complete, and the step's state stays.)
    const double elapsed = m_frame.transition->backward ? 1.0 - m_frame.progress : m_frame.progress;
    if (m_frame.transition->backward && elapsed > 0.7)
        p.setOpacity((1.0 - elapsed) / 0.3);

    // Both ends boxed; the tail's box is there from the start, the head's box as the arrow lands.
    const double box = 5 * m_scale;
    const auto boxed = [box](const QRectF& r) { return r.adjusted(-box, -box, box, box); };
    p.setPen(QPen(m_palette.changed, 2 * m_scale));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(boxed(tailRect), 3, 3);

    const QPointF from(tailRect.center().x(), tailRect.center().y());
    const QPointF to(headRect.center().x(), headRect.center().y());
    const QPainterPath path = arrowPath(from, to);
    // The arrow grows from the tail as the step happens (and shrinks back when stepping back).
    QPainterPath grown(from);
    constexpr int kSamples = 48;
    for (int i = 1; i <= kSamples; ++i)
        grown.lineTo(path.pointAtPercent(e * i / kSamples));
    QColor shadow = m_palette.background;
    shadow.setAlpha(200);
    p.setPen(QPen(shadow, 6 * m_scale, Qt::SolidLine, Qt::RoundCap));
    p.drawPath(grown);
    p.setPen(QPen(m_palette.changed, 3 * m_scale, Qt::SolidLine, Qt::RoundCap));
    p.drawPath(grown);

    // Arrowhead along the curve's direction at its tip.
    const QPointF tip = path.pointAtPercent(e);
    const double angle = -path.angleAtPercent(e) * M_PI / 180.0;
    const double len = 12 * m_scale;
    QPolygonF head;
    head << tip << tip - QPointF(std::cos(angle - 0.45) * len, std::sin(angle - 0.45) * len)
         << tip - QPointF(std::cos(angle + 0.45) * len, std::sin(angle + 0.45) * len);
    p.setPen(Qt::NoPen);
    p.setBrush(m_palette.changed);
    p.drawPolygon(head);

    if (e > 0.85) {
        QColor landed = m_palette.changed;
        landed.setAlphaF(static_cast<float>((e - 0.85) / 0.15));
        p.setPen(QPen(landed, 2 * m_scale));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(boxed(headRect), 3, 3);
    }
}

} // namespace vmviz::ui
