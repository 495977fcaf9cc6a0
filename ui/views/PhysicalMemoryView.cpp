// SPDX-License-Identifier: GPL-2.0-only
// The physical view's state and interaction: following the step's snapshot and frame, zoom and
// scrolling, and what a click, a key or the wheel does. Painting is in PhysicalMemoryViewPaint.cpp,
// the title and legend above the grid in PhysicalMemoryViewHeader.cpp, the lens and animation in
// PhysicalMemoryViewOverlays.cpp.
#include "views/PhysicalMemoryView.h"

#include "snapshot/ChangedFrames.h"
#include "snapshot/Describe.h"
#include "steps/StepFocus.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace vmviz::ui {

namespace {

constexpr int kPad = 6;

/// The frame the step is about (focusOf), so the lens shows it even when the step changed no
/// frame's colour.
std::optional<std::uint64_t> frameNamedBy(const StepState& state)
{
    if (!state.step)
        return std::nullopt;
    if (const auto frame = focusOf(*state.step).frame)
        return frame->value();
    return std::nullopt;
}

} // namespace

PhysicalMemoryView::PhysicalMemoryView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(true);
    setMinimumSize(240, 160);
}

void PhysicalMemoryView::setSnapshot(const SnapshotPtr& snapshot)
{
    const auto previous = m_phys;
    const std::optional<std::uint64_t> previousPosition =
        m_snapshot ? std::optional<std::uint64_t>(m_snapshot->step.position) : std::nullopt;
    const bool sameRun = m_snapshot && snapshot && m_snapshot->generation == snapshot->generation;
    const bool backward = sameRun && snapshot->step.position < m_snapshot->step.position;
    m_snapshot = snapshot;
    m_phys = snapshot ? snapshot->phys : nullptr;
    const std::vector<std::uint64_t> oldChanged = std::exchange(m_changed, {});
    if (!sameRun)
        m_focus.reset();
    const auto focusBefore = m_focus;
    // The snapshot says what changed since the one it was built from; a view that missed a snapshot
    // in between repaints everything.
    const bool changesKnown = previous == m_phys || (snapshot && snapshot->changes &&
                                                     snapshot->changes->from.value() == previousPosition);
    // Compare mode: the frames that differ between the pinned step and this one stay marked.
    std::vector<std::uint64_t> compared;
    if (snapshot && snapshot->comparison)
        for (const FrameChange& f : snapshot->comparison->changes.frames)
            compared.push_back(f.pfn.value());
    if (!m_phys || !previous || !sameRun || previous->frameCount != m_phys->frameCount || !changesKnown) {
        m_changed = std::move(compared);
        if (const auto named = snapshot ? frameNamedBy(snapshot->step) : std::nullopt)
            m_focus = named;
        updateLegendContext();
        updateScrollRange();
        followFocus(focusBefore);
        invalidate();
        return;
    }
    if (previous != m_phys)
        m_changed = ui::changedFrames(*snapshot->changes, *previous, *m_phys);
    // Re-render only the cells whose frames changed now or were marked as changed before.
    std::vector<std::uint64_t> dirty = oldChanged;
    dirty.insert(dirty.end(), m_changed.begin(), m_changed.end());
    if (snapshot->comparison) {
        m_changed = std::move(compared);
        dirty.insert(dirty.end(), m_changed.begin(), m_changed.end());
    }
    updateLegendContext();
    if (!dirty.empty())
        patchCache(dirty);
    // The lens follows the frames the step works on and stays where it was on other steps. Going
    // back, the frames that changed are the undone step's, not the ones this step names.
    const auto named = frameNamedBy(snapshot->step);
    if (backward && !m_changed.empty())
        m_focus = m_changed.front();
    else if (named)
        m_focus = named;
    else if (!m_changed.empty())
        m_focus = m_changed.front();
    if (lensFor(viewport()->size()))
        viewport()->update(); // the lens and its leader line are drawn over the cache every paint
    else
        followFocus(focusBefore);
}

void PhysicalMemoryView::followFocus(std::optional<std::uint64_t> focusBefore)
{
    // Zoomed in far enough to read frames (no lens): follow the step's frame the way a debugger's
    // source view follows the current line, when it moves (so a user who scrolled away is left
    // alone while the steps stay on the same frame).
    if (m_focus && m_focus != focusBefore && !m_fit && !lensFor(viewport()->size()))
        ensureFrameVisible(*m_focus);
}

void PhysicalMemoryView::setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked)
{
    m_linked = linked;
    updateLegendContext();
    invalidate();
}

void PhysicalMemoryView::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    invalidate();
}

void PhysicalMemoryView::setPresentationScale(double scale)
{
    m_scale = scale;
    if (m_fit)
        zoomToFit();
    updateScrollRange();
    invalidate();
}

void PhysicalMemoryView::setZoomIndex(int index)
{
    const int clamped = std::clamp(index, 0, static_cast<int>(FrameGrid::zoomLevels().size()) - 1);
    m_fit = false;
    if (clamped == m_zoomIndex)
        return;
    m_zoomIndex = clamped;
    updateScrollRange();
    invalidate();
    Q_EMIT zoomChanged(m_zoomIndex);
}

void PhysicalMemoryView::zoomToFit()
{
    const std::uint64_t frames = m_phys ? m_phys->frameCount : 32768;
    const QRect area = gridViewport(viewport()->size());
    const int level = FrameGrid::fitLevel(frames, area.width(), area.height());
    m_fit = true;
    if (level != m_zoomIndex) {
        m_zoomIndex = level;
        Q_EMIT zoomChanged(m_zoomIndex);
    }
    updateScrollRange();
    invalidate();
}

void PhysicalMemoryView::zoomBy(int levels)
{
    std::optional<std::uint64_t> centre = m_focus;
    if (!centre && m_phys && m_phys->frameCount > 0) {
        const QRect area = gridViewport(viewport()->size());
        const FrameGrid g = grid();
        const QPoint middle(std::min(area.width() / 2, std::max(0, g.widthPx() - 1)),
                            verticalScrollBar()->value() + area.height() / 2);
        if (const auto frames = g.framesAt(middle))
            centre = frames->first;
    }
    setZoomIndex(m_zoomIndex + levels);
    if (centre)
        centreOnFrame(*centre);
}

void PhysicalMemoryView::centreOnFrame(std::uint64_t pfn)
{
    const QRect r = grid().frameRect(pfn);
    const int visibleHeight = gridViewport(viewport()->size()).height();
    verticalScrollBar()->setValue(std::max(0, r.center().y() - visibleHeight / 2));
}

void PhysicalMemoryView::ensureFrameVisible(std::uint64_t pfn)
{
    const FrameGrid g = grid();
    const QRect r = g.frameRect(pfn);
    const int visibleHeight = gridViewport(viewport()->size()).height();
    QScrollBar* bar = verticalScrollBar();
    if (r.top() < bar->value() || r.bottom() > bar->value() + visibleHeight)
        bar->setValue(std::max(0, r.center().y() - visibleHeight / 2));
}

FrameGrid PhysicalMemoryView::grid() const
{
    const std::uint64_t frames = m_phys ? m_phys->frameCount : 0;
    return FrameGrid(frames, gridViewport(viewport()->size()).width(),
                     FrameGrid::zoomLevels()[static_cast<std::size_t>(m_zoomIndex)]);
}

int PhysicalMemoryView::marginWidth() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return QFontMetrics(f).horizontalAdvance(QStringLiteral("0x00000")) + 18;
}

QRect PhysicalMemoryView::gridViewport(QSize size) const
{
    const int top = headerHeight();
    const int left = marginWidth();
    return QRect(left, top, std::max(1, size.width() - left - kPad), std::max(1, size.height() - top - kPad));
}

void PhysicalMemoryView::updateScrollRange()
{
    const FrameGrid g = grid();
    const int visible = gridViewport(viewport()->size()).height();
    const auto total = static_cast<int>(std::min<std::int64_t>(g.heightPx(), 1 << 30));
    verticalScrollBar()->setRange(0, std::max(0, total - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(std::max(4, g.zoom().cellPx * 2));
}

void PhysicalMemoryView::invalidate()
{
    m_cacheValid = false;
    m_header.reset(); // a new palette, scale or machine
    viewport()->update();
}
void PhysicalMemoryView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit)
        zoomToFit();
    updateScrollRange();
    // A new width re-flows the rows, so the old scroll position shows other frames: keep the
    // step's frame in view instead.
    if (!m_fit && m_focus)
        ensureFrameVisible(*m_focus);
    invalidate();
}

void PhysicalMemoryView::scrollContentsBy(int, int)
{
    invalidate();
}

std::optional<FrameRange> PhysicalMemoryView::framesAtViewport(QPoint pos) const
{
    if (!m_phys)
        return std::nullopt;
    if (const auto l = lens(); l && l->rect().contains(pos)) {
        if (const auto pfn = l->frameAt(pos))
            return FrameRange{*pfn, *pfn + 1};
        return std::nullopt; // the lens's caption
    }
    const QRect area = gridViewport(viewport()->size());
    if (!area.contains(pos))
        return std::nullopt;
    return grid().framesAt(
        QPoint(pos.x() - area.left(), pos.y() - area.top() + verticalScrollBar()->value()));
}

bool PhysicalMemoryView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const auto entry = legendToolTip(help->pos())) {
            QToolTip::showText(help->globalPos(), *entry, viewport());
        } else if (const auto frames = framesAtViewport(help->pos())) {
            const std::string text =
                frames->end - frames->first == 1
                    ? describeFrame(*m_phys, m_snapshot ? m_snapshot->areas.get() : nullptr, frames->first)
                    : describeFrames(*m_phys, frames->first, frames->end);
            QToolTip::showText(help->globalPos(), QString::fromStdString(text), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void PhysicalMemoryView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PhysicalMemoryView::mousePressEvent(QMouseEvent* event)
{
    const auto frames = framesAtViewport(event->position().toPoint());
    if (!frames || !m_phys)
        return;
    if (frames->end - frames->first == 1)
        Q_EMIT frameClicked(frames->first);
    for (std::uint64_t pfn = frames->first; pfn < frames->end; ++pfn) {
        const FrameState& f = m_phys->frame(pfn);
        if (f.owner == FrameOwner::VmallocData || f.owner == FrameOwner::VmallocPageArray) {
            Q_EMIT areaClicked(AreaId{f.ref});
            return;
        }
    }
}

void PhysicalMemoryView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomIn();
    else if (event->key() == Qt::Key_Minus)
        zoomOut();
    else if (event->key() == Qt::Key_0)
        zoomToFit();
    else
        QAbstractScrollArea::keyPressEvent(event);
}

} // namespace vmviz::ui
