// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What the window tells every view when the step, the palette, the selection, the step animation or
// the presentation scale changes. MainWindow keeps one list of these and loops over it, so a new
// view is wired by adding it to that list. A view overrides only what it shows; the rest are no-ops.
#include "snapshot/MachineSnapshot.h"

#include <memory>

namespace vmviz::ui {

struct AnimationFrame;
struct LinkedSelection;
struct ViewPalette;

class StepView
{
public:
    virtual ~StepView() = default;

    /// The machine at the new position; views read only this, never the live machine.
    virtual void setSnapshot(const SnapshotPtr& snapshot) { (void)snapshot; }
    virtual void setViewPalette(const ViewPalette& palette) { (void)palette; }
    /// The area selected everywhere (null: none).
    virtual void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked) { (void)linked; }
    /// The step animation over the current state, at some progress.
    virtual void setAnimationFrame(const AnimationFrame& frame) { (void)frame; }
    /// 1 normally, larger in presentation mode.
    virtual void setPresentationScale(double scale) { (void)scale; }
};

} // namespace vmviz::ui
