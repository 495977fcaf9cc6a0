// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The kernel call stack at the current step, innermost frame first (as a debugger shows it).
#include "snapshot/MachineSnapshot.h"

#include <QAbstractTableModel>

namespace vmviz::ui {

class CallStackModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FunctionColumn,
        CallColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        CallStepRole = Qt::UserRole + 1,
        FunctionNameRole
    };

    explicit CallStackModel(QObject* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    /// Kernel function names, innermost first.
    QStringList functionNames() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const StackFrame& frameAt(int row) const;

    std::vector<StackFrame> m_frames; ///< outermost first, as in the snapshot
};

} // namespace vmviz::ui
