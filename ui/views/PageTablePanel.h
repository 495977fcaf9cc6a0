// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// init_mm's page tables, two ways. The tree (PGD → PUD → PMD → PTE) follows the action: the path
// to the entry the current step writes is expanded and scrolled into view, and the entries of the
// selected area are expanded and highlighted. The walk tab draws one address's four-level walk.
#include "animation/StepAnimator.h"
#include "snapshot/LinkedSelection.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeView;

namespace vmviz::ui {

class EntryWriteDelegate;
class PageTableModel;
class PageWalkView;

class PageTablePanel : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit PageTablePanel(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked) override;
    void setViewPalette(const ViewPalette& palette) override;
    /// Entries the step writes are drawn being written (EntryWriteDelegate).
    void setAnimationFrame(const AnimationFrame& frame) override;

    PageTableModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    PageWalkView* walkView() const { return m_walk; }
    /// Shows the four-level walk instead of the tree (or back).
    void showWalk(bool walk);

Q_SIGNALS:
    /// The user picked an entry: the first address it maps, to find its owner.
    void entryActivated(std::uint64_t vaddr);

private:
    void reveal(const EntryRef& entry, bool scroll);
    void revealAll();

    PageTableModel* m_model;
    QTreeView* m_view;
    PageWalkView* m_walk;
    QTabWidget* m_tabs;
    EntryWriteDelegate* m_delegate;
    bool m_animating = false;
    QLabel* m_summary;
    SnapshotPtr m_snapshot;
    std::shared_ptr<const LinkedSelection> m_linked;
};

} // namespace vmviz::ui
