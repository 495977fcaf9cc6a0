// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// kmemleak's tracked objects as a table, with a one-line summary.
#include "animation/StepAnimator.h"
#include "snapshot/LinkedSelection.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace vmviz::ui {

class KmemleakModel;

class KmemleakPanel : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit KmemleakPanel(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked) override;
    void setViewPalette(const ViewPalette& palette) override;
    /// Colour cells fade from the colour before the step to the one after.
    void setAnimationFrame(const AnimationFrame& frame) override;
    KmemleakModel* model() const { return m_model; }

Q_SIGNALS:
    /// The user picked an object's pointer (to look it up and select its area).
    void pointerActivated(std::uint64_t pointer);

private:
    KmemleakModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
};

} // namespace vmviz::ui
