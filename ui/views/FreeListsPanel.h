// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The buddy allocator's free lists drawn: per populated zone, free_area[order].free_list[migratetype]
// for orders 0–10 with each list's block count (the numbers of /proc/buddyinfo, summed per order
// in the last column) and its first blocks as pfn chips, then CPU 0's per-CPU lists with count,
// high and batch. The step's list moves are outlined (red: the list a block left, green: the list
// it joined) and, while the step animates, its block travels from one to the other; a split half
// comes out of the block __rmqueue holds, drawn beside the lists.
#include "animation/StepAnimator.h"
#include "export/ExportablePanel.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QRectF>
#include <QWidget>

#include <optional>

namespace vmviz::ui {

/// Where the panel draws each list, so painting and tests agree.
struct FreeListsLayout
{
    struct ZoneBox
    {
        unsigned zone = 0;
        QRectF title;
        std::array<std::array<QRectF, MIGRATE_TYPES>, k::MAX_ORDER> buddy{};
        std::array<QRectF, k::MAX_ORDER> orderTotal{};
        std::array<QRectF, MIGRATE_PCPTYPES> perCpu{};
        QRectF perCpuTitle;
    };
    std::vector<ZoneBox> zones;
    QRectF inFlight; ///< the box for the block __rmqueue holds
    double rowHeight = 0;
    double height = 0; ///< all of it, margins included

    /// The rectangle of a list, or an empty one when that zone is not drawn.
    QRectF rectOf(const FreeListRef& ref) const;
};

/// Zones side by side when the width has room for them, else one under the other; rows of the
/// given height (the panel's text line and some air).
FreeListsLayout layoutFreeLists(const PhysSnapshot& phys, double width, double rowHeight);

class FreeListsPanel : public QWidget, public StepView, public ExportablePanel
{
    Q_OBJECT
public:
    explicit FreeListsPanel(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setViewPalette(const ViewPalette& palette) override;
    void setAnimationFrame(const AnimationFrame& frame) override;
    void setPresentationScale(double scale) override;

    QSize renderSize() const override { return size(); }
    void render(QPainter& painter, QSize size) const override;
    QSize sizeHint() const override;
    /// As tall as its rows at this width: the dock scrolls when it is shorter.
    int heightForWidth(int width) const override;

    /// The words and numbers are written in the panel's font, so presentation mode enlarges them
    /// by its factor like every other panel's text.
    QFont textFont() const;
    /// Where its lists are drawn at its current width (tests).
    FreeListsLayout layout() const { return layoutFor(width()); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QFont monoFont() const;
    void revealMoves();
    FreeListsLayout layoutFor(double width) const;
    void paintZone(QPainter& p, const FreeListsLayout::ZoneBox& box, const ZoneFreeLists& lists) const;
    void paintList(QPainter& p, const QRectF& r, const FreeListContents& list, QColor chip,
                   bool drawZero) const;
    void paintMoves(QPainter& p, const FreeListsLayout& layout) const;

    SnapshotPtr m_snapshot;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    AnimationFrame m_frame;
    double m_scale = 1;
};

} // namespace vmviz::ui
