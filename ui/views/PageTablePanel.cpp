// SPDX-License-Identifier: GPL-2.0-only
#include "views/PageTablePanel.h"

#include "models/PageTableModel.h"
#include "views/EntryWriteDelegate.h"
#include "views/PageWalkView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace vmviz::ui {

PageTablePanel::PageTablePanel(QWidget* parent)
    : QWidget(parent), m_model(new PageTableModel(this)), m_view(new QTreeView(this)),
      m_walk(new PageWalkView(this)), m_tabs(new QTabWidget(this)),
      m_delegate(new EntryWriteDelegate(*m_model, this)), m_summary(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setIndentation(14);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Tree"));
    m_tabs->addTab(m_walk, tr("Walk"));
    m_tabs->setTabToolTip(1, tr("The four-level walk of the address the step works on"));
    layout->addWidget(m_tabs, 1);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (const auto vaddr = m_model->vaddrAt(index))
            Q_EMIT entryActivated(*vaddr);
    });
    // A reset (tables changed) loses expansion: expand again along what matters now.
    connect(m_model, &QAbstractItemModel::modelReset, this, &PageTablePanel::revealAll);
}

void PageTablePanel::showWalk(bool walk)
{
    m_tabs->setCurrentWidget(walk ? static_cast<QWidget*>(m_walk) : m_view);
}

void PageTablePanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    m_walk->setSnapshot(snapshot);
    if (!snapshot || !snapshot->tables) {
        m_summary->clear();
        return;
    }
    std::size_t counts[5] = {};
    for (const TableSnapshot& t : snapshot->tables->tables)
        counts[std::min(t.level, 4u)]++;
    QString text = tr("init_mm: %1 PGD, %2 PUD, %3 PMD, %4 PTE table pages")
                       .arg(counts[4])
                       .arg(counts[3])
                       .arg(counts[2])
                       .arg(counts[1]);
    if (snapshot->step.step && snapshot->step.step->event == Ev::EntryBusy)
        text += tr(" · <b>this step finds an entry already set</b> (WARN_ON(!pte_none))");
    else if (!snapshot->step.written.empty())
        text += tr(" · <b>this step writes an entry</b>");
    else if (!snapshot->step.tablesCleared.empty())
        text += tr(" · <b>this step clears PTEs</b>");
    m_summary->setText(text);
    revealAll();
}

void PageTablePanel::setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked)
{
    m_linked = linked;
    m_model->setLinkedSelection(linked);
    m_walk->setLinkedSelection(linked);
    revealAll();
}

void PageTablePanel::setViewPalette(const ViewPalette& palette)
{
    m_model->setViewPalette(palette);
    m_delegate->setViewPalette(palette);
    m_walk->setViewPalette(palette);
}

void PageTablePanel::setAnimationFrame(const AnimationFrame& frame)
{
    const bool touchesEntries = frame.active() && !frame.transition->entries.empty();
    m_delegate->setAnimationFrame(frame);
    if (touchesEntries || m_animating)
        m_view->viewport()->update();
    m_animating = touchesEntries;
}

void PageTablePanel::reveal(const EntryRef& entry, bool scroll)
{
    const QModelIndex index = m_model->indexOf(entry);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    if (!scroll)
        return;
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    // Right after a model reset the tree lays its rows out later, and the scroll above lands short
    // (the written entry ends up half hidden at the bottom): centre it again once laid out.
    QTimer::singleShot(0, this, [this, entry]() {
        const QModelIndex laidOut = m_model->indexOf(entry);
        if (laidOut.isValid())
            m_view->scrollTo(laidOut, QAbstractItemView::PositionAtCenter);
    });
}

void PageTablePanel::revealAll()
{
    if (m_model->rowCount() > 0)
        m_view->expand(m_model->index(0, 0));
    if (m_linked) {
        // The upper entries and the first PTE of the selection.
        for (const EntryRef& e : m_linked->upperEntries)
            reveal(e, false);
        if (!m_linked->ptes.empty())
            reveal(m_linked->ptes.front(), m_snapshot && m_snapshot->step.written.empty());
    }
    if (m_snapshot) {
        for (const EntryRef& e : m_snapshot->step.written)
            reveal(e, true);
    }
}

} // namespace vmviz::ui
