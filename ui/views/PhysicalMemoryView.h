// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Every physical frame as a cell coloured by owner, zones marked, zoomable from the whole machine
// (frames aggregated per pixel) to one frame per ≥16 px cell with its PFN. Painted from a cached
// QImage of the viewport; a new snapshot re-renders only the cells whose frames changed.
#include "animation/StepAnimator.h"
#include "export/ExportablePanel.h"
#include "geometry/FrameGrid.h"
#include "geometry/FrameLens.h"
#include "snapshot/LinkedSelection.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"
#include "views/PhysicalLegend.h"
#include "views/StepView.h"

#include <QAbstractScrollArea>
#include <QImage>

#include <memory>
#include <vector>

namespace vmviz::ui {

class PhysicalMemoryView : public QAbstractScrollArea, public ExportablePanel, public StepView
{
    Q_OBJECT
public:
    explicit PhysicalMemoryView(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked) override;
    void setViewPalette(const ViewPalette& palette) override;
    /// 1.0 normally; presentation mode enlarges text and cells.
    void setPresentationScale(double scale) override;
    /// The step animation drawn over the cached picture: cells fade from their colour before the
    /// step to the one after, and frames fly between their cell and the free-list swatch.
    void setAnimationFrame(const AnimationFrame& frame) override;
    /// A frame's cell in viewport coordinates, if it is on screen (the window's mapping arrow).
    std::optional<QRect> frameRectInViewport(std::uint64_t pfn) const;
    /// The legend swatch of a free list in viewport coordinates, where a flying frame starts or lands.
    QRect freeListSwatch(FreeList list) const;
    /// The title and the legend's height above the grid: the whole legend when it takes at most a
    /// quarter of the view, else the compact one.
    int headerHeight() const;
    /// Whether the legend shows only its relevant entries with short labels (tests).
    bool legendCompact() const { return headerLayout().style == LegendStyle::Compact; }

    /// The magnifier over the frames the current step works on (FrameLens), on by default. It is
    /// shown only while frames are too small to read and the view has room for it.
    void setLensEnabled(bool on);
    bool lensEnabled() const { return m_lensEnabled; }
    std::optional<FrameLens> lens() const;
    /// The frame the lens magnifies: the first one the last frame-changing step changed or named.
    std::optional<std::uint64_t> focusFrame() const { return m_focus; }

    int zoomIndex() const { return m_zoomIndex; }
    void setZoomIndex(int index);
    /// One zoom level in or out, centred on the frame the step works on (focusFrame), or on the
    /// frame at the middle of the view when the step names none.
    void zoomIn() { zoomBy(1); }
    void zoomOut() { zoomBy(-1); }
    /// Zoom so the whole machine fits; stays fitted across resizes until the user zooms.
    void zoomToFit();
    /// Scrolls so the frame is visible.
    void ensureFrameVisible(std::uint64_t pfn);
    /// Scrolls so the frame's row is in the middle of the view (as far as the ends allow).
    void centreOnFrame(std::uint64_t pfn);

    FrameGrid grid() const;
    /// "Physical memory: 128 MiB in 32768 frames of 4 KiB · a cell is 16 frames (64 KiB)".
    QString titleText() const;
    /// Frames that differ between the previous and the current snapshot (what the step changed).
    const std::vector<std::uint64_t>& changedFrames() const { return m_changed; }
    /// How often the cache was fully re-rendered, and how many cells were patched in place (tests).
    int fullRenders() const { return m_fullRenders; }
    std::uint64_t patchedCells() const { return m_patchedCells; }

    QSize renderSize() const override;
    void render(QPainter& painter, QSize size) const override;

Q_SIGNALS:
    void areaClicked(vmviz::AreaId area);
    /// Any click on a single frame (zoomed in, or in the lens), to show what owns it.
    void frameClicked(std::uint64_t pfn);
    void zoomChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void zoomBy(int levels);
    /// The title and legend above the grid, laid out for the view's size and font (cached).
    struct HeaderLayout
    {
        QSize viewSize;
        double pointSize = 0;
        std::vector<LegendItem> items; ///< as drawn: all of them, or the compact legend's
        LegendStyle style = LegendStyle::Full;
        LegendFlow flow;
        int height = 0;
    };
    const HeaderLayout& headerLayout() const;
    QFont legendFont() const;
    /// The legend's entry under the pointer, in full words.
    std::optional<QString> legendToolTip(QPoint pos) const;
    /// What the compact legend shows follows the machine and the selection.
    void updateLegendContext();
    int titleHeight() const;
    QFont titleFont() const;
    int marginWidth() const;
    QRect gridViewport(QSize size) const;
    void updateScrollRange();
    void invalidate();
    /// Paints cells [first, end) in grid coordinates (the painter is already translated).
    void paintCells(QPainter& p, const FrameGrid& grid, std::uint64_t first, std::uint64_t end) const;
    void paintDecorations(QPainter& p, const FrameGrid& grid, const QRect& visible) const;
    void paintLegend(QPainter& p, const QRect& rect) const;
    void paintAnimation(QPainter& p) const;
    void paintLens(QPainter& p, QSize size) const;
    /// The selected area's frames (data, page array, metadata), sorted for binary search.
    std::vector<std::uint64_t> selectedFrames() const;
    void followFocus(std::optional<std::uint64_t> focusBefore);
    std::optional<FrameLens> lensFor(QSize size) const;
    std::optional<QRect> frameRectIn(std::uint64_t pfn, const std::optional<FrameLens>& lens) const;
    void paintMargin(QPainter& p, const FrameGrid& grid, const QRect& marginRect, int scrollY) const;
    void renderAt(QPainter& painter, QSize size, int scrollY) const;
    void patchCache(const std::vector<std::uint64_t>& frames);
    std::optional<FrameRange> framesAtViewport(QPoint pos) const;

    SnapshotPtr m_snapshot;
    std::shared_ptr<const PhysSnapshot> m_phys;
    std::shared_ptr<const LinkedSelection> m_linked;
    AnimationFrame m_animation;
    std::optional<std::uint64_t> m_focus;
    bool m_lensEnabled = true;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    double m_scale = 1.0;
    int m_zoomIndex = 12;
    bool m_fit = true;
    std::vector<std::uint64_t> m_changed;
    QImage m_cache;
    bool m_cacheValid = false;
    int m_fullRenders = 0;
    std::uint64_t m_patchedCells = 0;
    FrameClassCensus m_census;
    LegendContext m_legendContext;
    mutable std::optional<HeaderLayout> m_header;
};

} // namespace vmviz::ui
