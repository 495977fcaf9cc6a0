// SPDX-License-Identifier: GPL-2.0-only
#include "models/KmemleakModel.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "steps/StepFocus.h"
#include "style/Typography.h"

#include <QFontDatabase>

#include <algorithm>
#include <utility>

namespace vmviz::ui {

KmemleakModel::KmemleakModel(QObject* parent) : QAbstractTableModel(parent) {}

namespace {

/// The address of the kmemleak object a step is about (focusOf): its pointer, or for a reference
/// the address inside it that the scan found.
std::optional<std::uint64_t> touchedAddress(const StepState& state)
{
    if (!state.step)
        return std::nullopt;
    if (const auto object = focusOf(*state.step).kmemleakObject)
        return object->value();
    return std::nullopt;
}

} // namespace

int KmemleakModel::rowContaining(const KmemleakSnapshot& objects, std::uint64_t address)
{
    for (std::size_t i = 0; i < objects.objects.size(); ++i) {
        const KmemleakObject& o = objects.objects[i];
        if (address >= o.pointer && address < o.pointer + std::max<std::uint64_t>(o.size, 1))
            return static_cast<int>(i);
    }
    return -1;
}

void KmemleakModel::setSnapshot(const SnapshotPtr& snapshot)
{
    const auto objects = snapshot ? snapshot->kmemleak : nullptr;
    const std::uint64_t jiffies = snapshot ? snapshot->step.jiffies : 0;
    const int wasTouched = m_touchedRow;
    const auto address = snapshot ? touchedAddress(snapshot->step) : std::nullopt;
    const int touched = objects && address ? rowContaining(*objects, *address) : -1;
    if (objects != m_objects) {
        beginResetModel();
        m_objects = objects;
        m_jiffies = jiffies;
        m_touchedRow = touched;
        m_comparison = snapshot ? snapshot->comparison : nullptr;
        endResetModel();
        return;
    }
    m_touchedRow = touched;
    const auto comparison = snapshot ? snapshot->comparison : nullptr;
    if (comparison != std::exchange(m_comparison, comparison) && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (jiffies != m_jiffies && rowCount() > 0) {
        m_jiffies = jiffies;
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
    }
    for (const int row : {wasTouched, touched}) {
        if (row >= 0 && row < rowCount() && wasTouched != touched)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

bool KmemleakModel::isMarked(const KmemleakObject& o, int row) const
{
    if (!m_comparison)
        return row == m_touchedRow;
    // Compare mode: the objects added, recoloured or changed since the pinned step.
    const auto& changes = m_comparison->changes.kmemleak;
    return std::any_of(changes.begin(), changes.end(),
                       [&o](const KmemleakChange& c) { return c.after && c.pointer == o.pointer; });
}

void KmemleakModel::setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked)
{
    m_linked = linked;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void KmemleakModel::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString KmemleakModel::colourName(const KmemleakObject& o)
{
    switch (colourOf(o)) {
    case KmemleakColour::White:
        return tr("white");
    case KmemleakColour::Gray:
        return tr("gray");
    case KmemleakColour::Black:
        return tr("black");
    }
    return {};
}

void KmemleakModel::setAnimationFrame(const AnimationFrame& frame)
{
    const bool touched = (frame.active() && !frame.transition->leaks.empty()) ||
                         (m_animation.active() && !m_animation.transition->leaks.empty());
    m_animation = frame;
    if (touched)
        colourColumnChanged();
}

void KmemleakModel::colourColumnChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ColourColumn), index(rowCount() - 1, ColourColumn),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

QColor KmemleakModel::colourCell(const KmemleakObject& o) const
{
    const LeakColour now = leakColour(o);
    if (m_animation.active()) {
        for (const LeakMotion& m : m_animation.transition->leaks) {
            if (m.pointer == o.pointer)
                return mixColours(m_palette.leakColour(m.before), m_palette.leakColour(m.after),
                                  easeInOut(m_animation.progress));
        }
    }
    return m_palette.leakColour(now);
}

bool KmemleakModel::isSelected(const KmemleakObject& o) const
{
    return m_linked && std::binary_search(m_linked->kmemleakPointers.begin(),
                                          m_linked->kmemleakPointers.end(), o.pointer);
}

int KmemleakModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_objects ? 0 : static_cast<int>(m_objects->objects.size());
}

int KmemleakModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KmemleakModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_objects || index.row() >= rowCount())
        return {};
    const KmemleakObject& o = m_objects->objects[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PointerColumn:
            return QString::fromStdString(fmt::address(o.pointer));
        case SizeColumn:
            return QVariant::fromValue<qulonglong>(o.size);
        case MinCountColumn:
            return o.minCount;
        case CountColumn:
            return o.count;
        case ColourColumn:
            return (o.flags & OBJECT_REPORTED) ? colourName(o) + tr(" (reported)") : colourName(o);
        case AgeColumn: {
            const std::uint64_t ticks = m_jiffies >= o.jiffies ? m_jiffies - o.jiffies : 0;
            return tr("%1 ms").arg(ticks * 1000 / k::HZ);
        }
        case KindColumn:
            return o.kind == TrackedKind::Vmalloc ? tr("vmalloc") : tr("kmalloc");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == MinCountColumn || index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == PointerColumn)
            return typography::monoFont();
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ColourColumn)
            return colourCell(o);
        if (isMarked(o, index.row()))
            return m_palette.changedFill;
        return isSelected(o) ? QVariant(m_palette.selectionFill) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ColourColumn)
            return readableTextOn(colourCell(o));
        return {};
    case Qt::ToolTipRole:
        return tr("kmemleak object %1, %2 bytes, allocated at jiffies %3")
            .arg(QString::fromStdString(fmt::address(o.pointer)))
            .arg(o.size)
            .arg(o.jiffies);
    case SelectedRole:
        return isSelected(o);
    case PointerRole:
        return QVariant::fromValue<qulonglong>(o.pointer);
    case TouchedRole:
        return isMarked(o, index.row());
    default:
        return {};
    }
}

QVariant KmemleakModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PointerColumn:
        return tr("Pointer");
    case SizeColumn:
        return tr("Size");
    case MinCountColumn:
        return tr("min_count");
    case CountColumn:
        return tr("count");
    case ColourColumn:
        return tr("Colour");
    case AgeColumn:
        return tr("Age");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

} // namespace vmviz::ui
