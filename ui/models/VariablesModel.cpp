// SPDX-License-Identifier: GPL-2.0-only
#include "models/VariablesModel.h"

#include "base/Format.h"

#include <QFont>

namespace vmviz::ui {

VariablesModel::VariablesModel(QObject* parent) : QAbstractTableModel(parent) {}

void VariablesModel::setSnapshot(const SnapshotPtr& snapshot)
{
    auto variables = snapshot ? snapshot->variables : nullptr;
    auto areas = snapshot ? snapshot->areas : nullptr;
    if (variables == m_variables && areas == m_areas) {
        // Nothing assigned by this step: clear the marks of the one before.
        if (m_before != m_variables && rowCount() > 0) {
            m_before = m_variables;
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    const int oldRows = rowCount();
    const int newRows = variables ? static_cast<int>(variables->values.size()) : 0;
    if (oldRows != newRows) {
        beginResetModel();
        m_before = variables;
        m_variables = std::move(variables);
        m_areas = std::move(areas);
        endResetModel();
        return;
    }
    m_before = m_variables;
    m_variables = std::move(variables);
    m_areas = std::move(areas);
    if (newRows > 0)
        Q_EMIT dataChanged(index(0, 0), index(newRows - 1, ColumnCount - 1));
}

int VariablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_variables ? 0 : static_cast<int>(m_variables->values.size());
}

int VariablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VariablesModel::valueText(int row) const
{
    const std::uint64_t value = m_variables->values[static_cast<std::size_t>(row)];
    if (value == 0)
        return QStringLiteral("NULL");
    QString text = QString::fromStdString(fmt::address(value));
    if (!m_variables->held[static_cast<std::size_t>(row)])
        text += tr(" (dropped: leaked)");
    return text;
}

QString VariablesModel::areaText(int row) const
{
    const std::uint64_t value = m_variables->values[static_cast<std::size_t>(row)];
    if (value == 0)
        return QString();
    const AreaInfo* area = m_areas ? m_areas->containing(value) : nullptr;
    if (!area)
        return tr("no area (freed?)");
    QString text = tr("its %1 area").arg(QString::fromStdString(fmt::humanSize(area->vaEnd - area->vaStart)));
    if (value != area->vaStart)
        text += tr(", %1 bytes in").arg(value - area->vaStart);
    return text;
}

QString VariablesModel::assignment(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString((*m_variables->names)[static_cast<std::size_t>(row)]) +
           QStringLiteral(" = ") + valueText(row);
}

QVariant VariablesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const bool changed = m_before && m_before != m_variables && row < m_before->values.size() &&
                         m_before->values[row] != m_variables->values[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString((*m_variables->names)[row]);
        case ValueColumn:
            return valueText(index.row());
        case AreaColumn:
            return areaText(index.row());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 — click to select its area everywhere").arg(assignment(index.row()));
    case Qt::FontRole:
        if (changed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case AddressRole:
        return QVariant::fromValue<qulonglong>(m_variables->values[row]);
    case ChangedRole:
        return changed;
    default:
        return {};
    }
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("variable");
    case ValueColumn:
        return tr("value");
    case AreaColumn:
        return tr("points into");
    default:
        return {};
    }
}

} // namespace vmviz::ui
