// SPDX-License-Identifier: GPL-2.0-only
// The physical view's picture: the cells (owner's colour and pattern, the step's changes and the
// selection outlined), zone boundaries and the pfn margin, rendered into a cached image that a
// step patches cell by cell.
#include "views/PhysicalMemoryView.h"

#include "style/FramePattern.h"

#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace vmviz::ui {

namespace {

bool anyInRange(const std::vector<std::uint64_t>& sorted, std::uint64_t first, std::uint64_t end)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), first);
    return it != sorted.end() && *it < end;
}

} // namespace

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
} // namespace vmviz::ui
