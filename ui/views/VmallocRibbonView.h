// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The 32 TiB vmalloc range as a zoomable ribbon: areas with their guard pages at scale, the 2.6.36
// gap page after each area drawn distinctly, lazily freed areas hatched, long free runs folded.
// Clicking an area selects it.
#include "export/ExportablePanel.h"
#include "geometry/RibbonLayout.h"
#include "snapshot/LinkedSelection.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QAbstractScrollArea>

#include <memory>
#include <optional>

namespace vmviz::ui {

class VmallocRibbonView : public QAbstractScrollArea, public ExportablePanel, public StepView
{
    Q_OBJECT
public:
    explicit VmallocRibbonView(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked) override;
    void setViewPalette(const ViewPalette& palette) override;
    void setPresentationScale(double scale) override;

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    /// The layout at the current zoom (tests and hit-testing). Cached until the areas or the zoom
    /// change: with 100 000 areas building it costs tens of milliseconds, too much per repaint.
    const RibbonLayout& layout() const;
    /// The unused bytes the machine's kernel leaves after an area (2.6.36's gap page, or none).
    std::uint64_t gapBytes() const;
    /// The page holding `vaddr` on the ribbon, in viewport coordinates, if it is on screen (the
    /// window's mapping arrow starts or ends there).
    std::optional<QRectF> pageRectInViewport(std::uint64_t vaddr) const;

    QSize renderSize() const override;
    void render(QPainter& painter, QSize size) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void areaClicked(vmviz::AreaId area);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void paintCompared(QPainter& p, const exports::Comparison& comparison, double top, double height) const;
    struct Metrics
    {
        int header;
        int labelRow;
        int ribbonTop;
        int ribbonHeight;
        int captionTop;
        int linkTop; ///< the area->pages bracket and the page-array strip (0 rows when none)
        int linkHeight;
        int total;
        int margin;
    };
    Metrics metrics() const;
    // VmallocRibbonLinks.cpp: the recursion and the refused vfree drawn over the ribbon.
    /// The area whose page array the ribbon draws as a strip: one whose array is itself a vmalloc
    /// area (the recursion), else the one whose area->pages[i] the current step stores.
    const AreaInfo* stripArea() const;
    /// visibleLeft/Right: the view's edges in the painter's (scrolled) coordinates; labels stay inside.
    void paintPageArrayLink(QPainter& p, const Metrics& m, double visibleLeft, double visibleRight) const;
    void paintBadFree(QPainter& p, const Metrics& m, double visibleLeft, double visibleRight) const;
    std::vector<RibbonArea> ribbonAreas() const;
    std::uint64_t rangeStart() const;
    std::uint64_t rangeEnd() const;
    void updateScrollRange();
    void renderAt(QPainter& p, QSize size, int scrollX) const;
    void paintHeader(QPainter& p, const QRect& rect) const;
    std::optional<std::size_t> segmentAtViewport(QPoint pos) const;

    SnapshotPtr m_snapshot;
    std::shared_ptr<const LinkedSelection> m_linked;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    double m_scale = 1.0;
    double m_pxPerPage = 4;
    bool m_fit = true;
    mutable std::optional<RibbonLayout> m_layout;
    mutable std::shared_ptr<const AreasSnapshot> m_layoutAreas; ///< what m_layout was built from
    mutable double m_layoutPxPerPage = 0;
};

} // namespace vmviz::ui
