// SPDX-License-Identifier: GPL-2.0-only
#include "models/CallStackModel.h"

#include <QFont>

namespace vmviz::ui {

namespace {

QString name(Fn fn)
{
    const auto n = functionInfo(fn).name;
    return QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
}

} // namespace

CallStackModel::CallStackModel(QObject* parent) : QAbstractTableModel(parent) {}

void CallStackModel::setSnapshot(const SnapshotPtr& snapshot)
{
    std::vector<StackFrame> frames = snapshot ? snapshot->step.stack : std::vector<StackFrame>{};
    const bool same =
        frames.size() == m_frames.size() &&
        std::equal(frames.begin(), frames.end(), m_frames.begin(),
                   [](const StackFrame& a, const StackFrame& b) { return a.callStep == b.callStep; });
    if (same)
        return;
    beginResetModel();
    m_frames = std::move(frames);
    endResetModel();
}

QStringList CallStackModel::functionNames() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row)
        out << name(frameAt(row).function);
    return out;
}

const StackFrame& CallStackModel::frameAt(int row) const
{
    return m_frames[m_frames.size() - 1 - static_cast<std::size_t>(row)];
}

int CallStackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_frames.size());
}

int CallStackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallStackModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const StackFrame& f = frameAt(index.row());
    const FunctionInfo& info = functionInfo(f.function);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FunctionColumn:
            return QStringLiteral("#%1  %2").arg(index.row()).arg(name(f.function));
        case CallColumn:
            return QString::fromStdString(f.text);
        case SourceColumn: {
            const QString file =
                QString::fromUtf8(info.file.data(), static_cast<qsizetype>(info.file.size()));
            if (file.isEmpty())
                return tr("scenario");
            return info.line ? QStringLiteral("%1:%2").arg(file).arg(info.line) : file;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QString::fromStdString(f.text) + tr("\ncalled at step %1").arg(f.callStep);
    case Qt::FontRole:
        if (index.row() == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CallStepRole:
        return QVariant::fromValue<qulonglong>(f.callStep);
    case FunctionNameRole:
        return name(f.function);
    default:
        return {};
    }
}

QVariant CallStackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FunctionColumn:
        return tr("Frame");
    case CallColumn:
        return tr("Call");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace vmviz::ui
