// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The scenario's pointer variables at the current step: name, value (NULL until assigned) and the
// vmalloc area the value points into. The variables the step just assigned are marked.
#include "snapshot/MachineSnapshot.h"

#include <QAbstractTableModel>

#include <optional>

namespace vmviz::ui {

class VariablesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        AreaColumn,
        ColumnCount
    };
    enum Role
    {
        AddressRole = Qt::UserRole + 1, ///< the value, as qulonglong
        ChangedRole,                    ///< bool: this step assigned it
    };

    explicit VariablesModel(QObject* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    /// "buf = 0xffffc90000000000", "buf = NULL": a variable as the C programmer would print it.
    QString assignment(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueText(int row) const;
    QString areaText(int row) const;

    std::shared_ptr<const VariablesSnapshot> m_variables;
    std::shared_ptr<const VariablesSnapshot> m_before; ///< the previous step's, for ChangedRole
    std::shared_ptr<const AreasSnapshot> m_areas;
};

} // namespace vmviz::ui
