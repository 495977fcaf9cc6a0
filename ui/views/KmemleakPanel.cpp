// SPDX-License-Identifier: GPL-2.0-only
#include "views/KmemleakPanel.h"

#include "models/KmemleakModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vmviz::ui {

KmemleakPanel::KmemleakPanel(QWidget* parent)
    : QWidget(parent), m_model(new KmemleakModel(this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT pointerActivated(m_model->data(index, KmemleakModel::PointerRole).toULongLong());
    });
}

void KmemleakPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_model->setSnapshot(snapshot);
    const int n = m_model->rowCount();
    int vmalloc = 0;
    for (int row = 0; row < n; ++row)
        vmalloc += m_model->data(m_model->index(row, KmemleakModel::KindColumn)).toString() == tr("vmalloc");
    m_summary->setText(
        tr("%1 objects on object_list (%2 vmalloc, %3 kmalloc)").arg(n).arg(vmalloc).arg(n - vmalloc));
    if (m_model->touchedRow() >= 0) {
        m_view->scrollTo(m_model->index(m_model->touchedRow(), 0));
        // After a reset the table lays its rows out later and the scroll lands short: centre the
        // object again once it has.
        QTimer::singleShot(0, this, [this]() {
            if (m_model->touchedRow() >= 0)
                m_view->scrollTo(m_model->index(m_model->touchedRow(), 0),
                                 QAbstractItemView::PositionAtCenter);
        });
    }
}

void KmemleakPanel::setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked)
{
    m_model->setLinkedSelection(linked);
    if (linked && !linked->kmemleakPointers.empty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->data(m_model->index(row, 0), KmemleakModel::SelectedRole).toBool()) {
                m_view->scrollTo(m_model->index(row, 0));
                break;
            }
        }
    }
}

void KmemleakPanel::setViewPalette(const ViewPalette& palette)
{
    m_model->setViewPalette(palette);
}

void KmemleakPanel::setAnimationFrame(const AnimationFrame& frame)
{
    m_model->setAnimationFrame(frame);
}

} // namespace vmviz::ui
