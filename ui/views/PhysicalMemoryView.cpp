// SPDX-License-Identifier: GPL-2.0-only
#include "views/PhysicalMemoryView.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "snapshot/ChangedFrames.h"
#include "snapshot/Describe.h"
#include "steps/StepFocus.h"
#include "style/FramePattern.h"
#include "views/PhysicalLegend.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>

namespace vmviz::ui {

namespace {

constexpr int kPad = 6;

bool anyInRange(const std::vector<std::uint64_t>& sorted, std::uint64_t first, std::uint64_t end)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), first);
    return it != sorted.end() && *it < end;
}

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
    viewport()->update();
}

QSize PhysicalMemoryView::renderSize() const
{
    return viewport()->size();
}

void PhysicalMemoryView::render(QPainter& painter, QSize size) const
{
    renderAt(painter, size, verticalScrollBar()->value());
    paintLens(painter, size);
}

void PhysicalMemoryView::renderAt(QPainter& p, QSize size, int scrollY) const
{
    p.fillRect(QRect(QPoint(0, 0), size), m_palette.background);
    const int header = headerHeight();
    paintLegend(p, QRect(0, 0, size.width(), header));
    if (!m_phys) {
        p.setPen(m_palette.mutedText);
        p.drawText(QRect(QPoint(0, header), size), Qt::AlignCenter, tr("No machine yet: run a scenario."));
        return;
    }
    const QRect area = gridViewport(size);
    const FrameGrid g(m_phys->frameCount, area.width(),
                      FrameGrid::zoomLevels()[static_cast<std::size_t>(m_zoomIndex)]);
    const QRect visible(0, scrollY, area.width(), area.height());
    p.save();
    p.setClipRect(area);
    p.translate(area.left(), area.top() - scrollY);
    const auto [first, end] = g.cellsIn(visible);
    paintCells(p, g, first, end);
    paintDecorations(p, g, visible);
    p.restore();
    paintMargin(p, g, QRect(0, area.top(), area.left(), area.height()), scrollY);
}

std::vector<std::uint64_t> PhysicalMemoryView::selectedFrames() const
{
    std::vector<std::uint64_t> selected;
    if (m_linked) {
        selected = m_linked->dataPfns;
        selected.insert(selected.end(), m_linked->arrayPfns.begin(), m_linked->arrayPfns.end());
        selected.insert(selected.end(), m_linked->metadataPfns.begin(), m_linked->metadataPfns.end());
        std::sort(selected.begin(), selected.end());
    }
    return selected;
}

void PhysicalMemoryView::paintCells(QPainter& p, const FrameGrid& g, std::uint64_t first,
                                    std::uint64_t end) const
{
    const int cellPx = g.zoom().cellPx;
    const bool gaps = cellPx >= 4;
    static const std::vector<std::uint64_t> kNone;
    const std::vector<std::uint64_t> selected = selectedFrames();
    std::vector<std::uint64_t> changed = m_changed;
    std::sort(changed.begin(), changed.end());

    QFont labelFont = p.font();
    const bool labels = cellPx >= FrameGrid::kLabelCellPx && g.zoom().framesPerCell == 1;
    if (labels)
        labelFont.setPixelSize(std::max(6, static_cast<int>(cellPx * 0.34)));
    p.setFont(labelFont);
    const QFontMetrics fm(labelFont);

    std::array<int, kFrameClassCount> priority{};
    for (std::size_t c = 0; c < kFrameClassCount; ++c)
        priority[c] = frameClassPriority(static_cast<FrameClass>(c));
    const auto higher = [&priority](FrameClass a, FrameClass b) {
        return priority[static_cast<std::size_t>(a)] > priority[static_cast<std::size_t>(b)];
    };
    // Zoomed out (no gaps, no labels) neighbouring cells of one class in a row are filled as one
    // rectangle: at whole-machine zoom a 16 GiB machine has half a million cells, and one
    // QPainter::fillRect per cell was most of the repaint (docs/performance.md, GUI).
    const bool mergeRuns = !gaps && !labels;
    QRect run;
    FrameClass runClass = FrameClass::Count;
    const auto flushRun = [&]() {
        if (run.isValid())
            p.fillRect(run, m_palette.frameColour(runClass));
        run = QRect();
    };

    for (std::uint64_t cell = first; cell < end; ++cell) {
        const FrameRange frames = g.framesOfCell(cell);
        FrameClass best = FrameClass::Free0;
        const std::uint64_t chunk = frames.first / FrameChunk::kFrames;
        if ((frames.end - 1) / FrameChunk::kFrames == chunk) { // the usual case: read the chunk directly
            const FrameClass* classes =
                m_phys->chunks[chunk]->classes.data() + frames.first % FrameChunk::kFrames;
            best = classes[0];
            for (std::uint64_t i = 1; i < frames.end - frames.first; ++i)
                if (higher(classes[i], best))
                    best = classes[i];
        } else {
            best = m_phys->frameClass(frames.first);
            for (std::uint64_t pfn = frames.first + 1; pfn < frames.end; ++pfn)
                if (higher(m_phys->frameClass(pfn), best))
                    best = m_phys->frameClass(pfn);
        }
        const QRect r = g.cellRect(cell);
        const bool isSelected = anyInRange(selected, frames.first, frames.end);
        const bool isChanged = anyInRange(changed, frames.first, frames.end);
        if (mergeRuns && !isSelected && !isChanged) {
            if (run.isValid() && best == runClass && r.top() == run.top() && r.left() == run.right() + 1) {
                run.setRight(r.right());
            } else {
                flushRun();
                run = r;
                runClass = best;
            }
            continue;
        }
        flushRun();
        const QRect inner = gaps ? r.adjusted(0, 0, -1, -1) : r;
        if (gaps)
            p.fillRect(r, m_palette.background);
        const QColor fill = m_palette.frameColour(best);
        p.fillRect(inner, fill);
        if (cellPx >= kPatternCellPx)
            paintFramePattern(p, inner, best, fill);
        if (isSelected)
            p.fillRect(inner, m_palette.selectionFill);
        if (labels) {
            QString text = QString::number(frames.first, 16);
            p.setPen(readableTextOn(fill));
            if (fm.horizontalAdvance(text) <= inner.width() - 2) {
                p.drawText(inner, Qt::AlignCenter, text);
            } else if (text.size() >= 2) {
                const qsizetype half = (text.size() + 1) / 2;
                const QString two = text.left(half) + QLatin1Char('\n') + text.mid(half);
                if (fm.horizontalAdvance(text.left(half)) <= inner.width() - 1 &&
                    fm.height() * 2 <= inner.height() + 2)
                    p.drawText(inner, Qt::AlignCenter, two);
            }
        }
        if (isChanged || isSelected) {
            const int w = cellPx >= 8 ? 2 : 1;
            const QColor edge = isChanged ? m_palette.changed : m_palette.selection;
            if (cellPx >= 3) {
                const QRect o = inner.adjusted(0, 0, -(w - 1), -(w - 1));
                p.fillRect(QRect(o.left(), o.top(), o.width() + w - 1, w), edge);
                p.fillRect(QRect(o.left(), o.bottom(), o.width() + w - 1, w), edge);
                p.fillRect(QRect(o.left(), o.top(), w, o.height() + w - 1), edge);
                p.fillRect(QRect(o.right(), o.top(), w, o.height() + w - 1), edge);
            } else {
                p.fillRect(inner, edge);
            }
        }
    }
    flushRun();
}

void PhysicalMemoryView::paintDecorations(QPainter& p, const FrameGrid& g, const QRect& visible) const
{
    // Zone boundaries as a staircase: above the boundary row from the boundary cell to the right,
    // a step down at the cell, and below the row from the left edge to the cell.
    const int cellPx = g.zoom().cellPx;
    const int w = std::max(2, static_cast<int>(2 * m_scale));
    for (unsigned z = 1; z < MAX_NR_ZONES; ++z) {
        const ZoneLayout& zone = m_phys->zones[z];
        if (!zone.populated() || zone.startPfn >= m_phys->frameCount || zone.startPfn == 0)
            continue;
        const QRect r = g.frameRect(zone.startPfn);
        if (r.bottom() < visible.top() - cellPx || r.top() > visible.bottom() + cellPx)
            continue;
        const QColor colour = m_palette.zone[z];
        p.fillRect(QRect(r.left(), r.top() - w / 2, g.widthPx() - r.left(), w), colour);
        p.fillRect(QRect(r.left() - w / 2, r.top(), w, cellPx), colour);
        p.fillRect(QRect(0, r.bottom() + 1 - w / 2, r.left(), w), colour);
    }
}

void PhysicalMemoryView::paintMargin(QPainter& p, const FrameGrid& g, const QRect& margin, int scrollY) const
{
    p.save();
    p.setClipRect(margin);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    const QFontMetrics fm(f);
    const int cellPx = g.zoom().cellPx;
    const std::uint64_t framesPerRow = static_cast<std::uint64_t>(g.columns()) * g.zoom().framesPerCell;
    const int band = std::max(4, static_cast<int>(5 * m_scale));
    const int firstRow = scrollY / cellPx;
    const int lastRow = (scrollY + margin.height()) / cellPx + 1;
    const int labelEvery = std::max(1, (fm.height() * 3 / 2 + cellPx - 1) / cellPx);
    for (int row = firstRow; row <= lastRow && static_cast<std::uint64_t>(row) < g.rows(); ++row) {
        const std::uint64_t pfn = static_cast<std::uint64_t>(row) * framesPerRow;
        const int y = margin.top() + row * cellPx - scrollY;
        p.fillRect(QRect(margin.right() - band - 3, y, band, cellPx), m_palette.zone[m_phys->zoneOf(pfn)]);
        if (row % labelEvery == 0) {
            p.setPen(m_palette.mutedText);
            p.drawText(QRect(0, y, margin.width() - band - 8, fm.height()), Qt::AlignRight | Qt::AlignTop,
                       QStringLiteral("0x") + QString::number(pfn, 16));
        }
    }
    p.restore();
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

void PhysicalMemoryView::patchCache(const std::vector<std::uint64_t>& frames)
{
    if (!m_cacheValid || m_cache.isNull()) {
        invalidate();
        return;
    }
    const FrameGrid g = grid();
    const QRect area = gridViewport(viewport()->size());
    const int scrollY = verticalScrollBar()->value();
    const QRect visible(0, scrollY, area.width(), area.height());
    std::vector<std::uint64_t> cells;
    cells.reserve(frames.size());
    for (const std::uint64_t pfn : frames)
        cells.push_back(g.cellOfFrame(pfn));
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());

    QPainter p(&m_cache);
    p.setClipRect(area);
    p.translate(area.left(), area.top() - scrollY);
    for (const std::uint64_t cell : cells) {
        if (!g.cellRect(cell).intersects(visible))
            continue;
        paintCells(p, g, cell, cell + 1);
        ++m_patchedCells;
    }
    paintDecorations(p, g, visible);
    p.end();
    viewport()->update();
}

void PhysicalMemoryView::paintEvent(QPaintEvent*)
{
    const QSize size = viewport()->size();
    const qreal dpr = viewport()->devicePixelRatioF();
    if (!m_cacheValid || m_cache.size() != size * dpr) {
        m_cache = QImage(size * dpr, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
        QPainter p(&m_cache);
        renderAt(p, size, verticalScrollBar()->value());
        m_cacheValid = true;
        ++m_fullRenders;
    }
    QPainter painter(viewport());
    painter.drawImage(QPoint(0, 0), m_cache);
    paintLens(painter, size);
    paintAnimation(painter);
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
        if (const auto frames = framesAtViewport(help->pos())) {
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
