#pragma once
// init_mm's page tables as a tree (PGD → PUD → PMD → PTE) that follows the action: the path to
// the entry the current step writes is expanded and scrolled into view, and the entries of the
// selected area are expanded and highlighted.
#include "animation/StepAnimator.h"
#include "snapshot/LinkedSelection.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace vmviz::ui {

class EntryWriteDelegate;
class PageTableModel;

class PageTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PageTablePanel(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked);
    void setViewPalette(const ViewPalette& palette);
    /// Entries the step writes are drawn being written (EntryWriteDelegate).
    void setAnimationFrame(const AnimationFrame& frame);

    PageTableModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

Q_SIGNALS:
    /// The user picked an entry: the first address it maps, to find its owner.
    void entryActivated(std::uint64_t vaddr);

private:
    void reveal(const EntryRef& entry, bool scroll);
    void revealAll();

    PageTableModel* m_model;
    QTreeView* m_view;
    EntryWriteDelegate* m_delegate;
    bool m_animating = false;
    QLabel* m_summary;
    SnapshotPtr m_snapshot;
    std::shared_ptr<const LinkedSelection> m_linked;
};

} // namespace vmviz::ui
