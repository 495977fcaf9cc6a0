// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The arrow between a virtual page on the vmalloc ribbon and its frame in the physical view, drawn
// across panels while a step maps a page (PTE write) or puts a frame into an area
// (area->pages[i]). A transparent child of the main window laid over the docks: it takes no input
// and is hidden whenever no arrow is in flight. When either end is off screen, in a floating dock
// or hidden, there is no arrow: half an arrow would point at nothing.
#include "animation/StepAnimator.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QWidget>

#include <optional>
#include <utility>

namespace vmviz::ui {

class PhysicalMemoryView;
class VmallocRibbonView;

class MappingArrowOverlay : public QWidget, public StepView
{
    Q_OBJECT
public:
    MappingArrowOverlay(QWidget* window, const VmallocRibbonView& ribbon, const PhysicalMemoryView& phys);

    void setAnimationFrame(const AnimationFrame& frame) override;
    void setViewPalette(const ViewPalette& palette) override;
    void setPresentationScale(double scale) override;

    /// Where the arrow runs in overlay coordinates, tail first, if both ends are on screen.
    std::optional<std::pair<QRectF, QRectF>> endpoints() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QRect dirtyRect() const;

    const VmallocRibbonView& m_ribbon;
    const PhysicalMemoryView& m_phys;
    AnimationFrame m_frame;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    double m_scale = 1.0;
    QRect m_lastDirty;
};

} // namespace vmviz::ui
