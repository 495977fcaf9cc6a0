// SPDX-License-Identifier: GPL-2.0-only
#include "models/PageTableModel.h"

#include "base/Format.h"
#include "paging/PageTables.h"
#include "style/Typography.h"

#include <QFont>
#include <QFontDatabase>

#include <algorithm>

namespace vmviz::ui {

namespace {

unsigned entryShift(unsigned level)
{
    return static_cast<unsigned>(k::PAGE_SHIFT) + 9 * (level - 1);
}

QString levelName(unsigned level)
{
    const auto name = tableLevelName(level);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString hex16(std::uint64_t v)
{
    return QStringLiteral("0x%1").arg(v, 16, 16, QLatin1Char('0'));
}

} // namespace

PageTableModel::PageTableModel(QObject* parent) : QAbstractItemModel(parent) {}

void PageTableModel::setSnapshot(const SnapshotPtr& snapshot)
{
    const bool tablesChanged = !snapshot || snapshot->tables != m_tables;
    m_snapshot = snapshot;
    if (tablesChanged) {
        beginResetModel();
        m_tables = snapshot ? snapshot->tables : nullptr;
        rebuild();
        endResetModel();
    } else {
        emitAllChanged(); // only the highlight of the written entries moved
    }
}

void PageTableModel::setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked)
{
    m_linked = linked;
    emitAllChanged();
}

void PageTableModel::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    emitAllChanged();
}

void PageTableModel::emitAllChanged()
{
    if (m_nodes.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_top.size()) - 1, ColumnCount - 1));
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes[i];
        if (n.children.empty())
            continue;
        const QModelIndex parentIndex = createIndex(n.row, 0, static_cast<quintptr>(i));
        Q_EMIT dataChanged(index(0, 0, parentIndex),
                           index(static_cast<int>(n.children.size()) - 1, ColumnCount - 1, parentIndex));
    }
}

void PageTableModel::rebuild()
{
    m_nodes.clear();
    m_top.clear();
    if (!m_tables)
        return;
    const TableSnapshot* pgd = m_tables->byPfn(m_tables->pgdPfn);
    if (!pgd)
        return;
    Node root;
    root.isTable = true;
    root.level = pgd->level;
    root.tablePfn = pgd->pfn;
    m_nodes.push_back(root);
    m_top.push_back(0);
    addEntries(0, *pgd, 0);
}

void PageTableModel::addEntries(int parentNode, const TableSnapshot& table, int depthGuard)
{
    if (depthGuard > 4)
        return;
    for (const TableEntry& e : table.entries) {
        Node n;
        n.parent = parentNode;
        n.row = static_cast<int>(m_nodes[static_cast<std::size_t>(parentNode)].children.size());
        n.level = table.level;
        n.tablePfn = table.pfn;
        n.index = e.index;
        n.value = e.value;
        n.vaddr = table.vaddrOf(e.index);
        const int id = static_cast<int>(m_nodes.size());
        m_nodes.push_back(n);
        m_nodes[static_cast<std::size_t>(parentNode)].children.push_back(id);
        if (table.level > LEVEL_PTE && (e.value & k::_PAGE_PRESENT)) {
            if (const TableSnapshot* child = m_tables->byPfn((e.value & k::PTE_PFN_MASK) >> k::PAGE_SHIFT))
                addEntries(id, *child, depthGuard + 1);
        }
    }
}

std::optional<EntryRef> PageTableModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return std::nullopt;
    const Node& n = m_nodes[static_cast<std::size_t>(index.internalId())];
    if (n.isTable)
        return std::nullopt;
    return EntryRef{n.tablePfn, n.index};
}

std::optional<std::uint64_t> PageTableModel::vaddrAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return std::nullopt;
    const Node& n = m_nodes[static_cast<std::size_t>(index.internalId())];
    if (n.isTable)
        return std::nullopt;
    return n.vaddr;
}

QModelIndex PageTableModel::indexOf(const EntryRef& entry, int column) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes[i];
        if (!n.isTable && n.tablePfn == entry.tablePfn && n.index == entry.index)
            return createIndex(n.row, column, static_cast<quintptr>(i));
    }
    return {};
}

QModelIndex PageTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>& rows =
        parent.isValid() ? m_nodes[static_cast<std::size_t>(parent.internalId())].children : m_top;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= static_cast<int>(rows.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(rows[static_cast<std::size_t>(row)]));
}

QModelIndex PageTableModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node& n = m_nodes[static_cast<std::size_t>(child.internalId())];
    if (n.parent < 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(n.parent)].row, 0, static_cast<quintptr>(n.parent));
}

int PageTableModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_top.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[static_cast<std::size_t>(parent.internalId())].children.size());
}

int PageTableModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool PageTableModel::isWritten(const Node& n) const
{
    if (!m_snapshot || n.isTable)
        return false;
    if (const auto& comparison = m_snapshot->comparison) {
        // Compare mode: the entries that differ between the pinned step and this one (a cleared
        // PTE is no row of its own: its table's PTEs are marked, as for a step that clears).
        const auto& entries = comparison->changes.entries;
        return std::any_of(entries.begin(), entries.end(), [&n](const EntryChange& e) {
            return e.table.value() == n.tablePfn &&
                   (e.index == n.index || (e.after == 0 && n.level == LEVEL_PTE));
        });
    }
    const auto& written = m_snapshot->step.written;
    return std::find(written.begin(), written.end(), EntryRef{n.tablePfn, n.index}) != written.end() ||
           (n.level == LEVEL_PTE &&
            std::find(m_snapshot->step.tablesCleared.begin(), m_snapshot->step.tablesCleared.end(),
                      n.tablePfn) != m_snapshot->step.tablesCleared.end());
}

bool PageTableModel::isSelected(const Node& n) const
{
    return m_linked && !n.isTable && m_linked->containsEntry(EntryRef{n.tablePfn, n.index});
}

QVariant PageTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node& n = m_nodes[static_cast<std::size_t>(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        if (n.isTable) {
            switch (index.column()) {
            case EntryColumn:
                return tr("%1 page (init_mm.pgd)").arg(levelName(n.level));
            case ValueColumn:
                return tr("pfn 0x%1").arg(n.tablePfn, 0, 16);
            case TargetColumn:
                return tr("%1 present entries").arg(n.children.size());
            default:
                return {};
            }
        }
        switch (index.column()) {
        case EntryColumn:
            return QStringLiteral("%1[%2]").arg(levelName(n.level)).arg(n.index);
        case ValueColumn:
            return hex16(n.value);
        case FlagsColumn:
            return QString::fromStdString(entryFlags(n.value, n.level));
        case TargetColumn: {
            if (!(n.value & k::_PAGE_PRESENT))
                return tr("not present");
            const std::uint64_t pfn = (n.value & k::PTE_PFN_MASK) >> k::PAGE_SHIFT;
            if (n.level == LEVEL_PTE)
                return tr("page 0x%1").arg(pfn, 0, 16);
            if (isLeafEntry(n.value, n.level)) // a 6.x huge vmalloc's PMD
                return tr("2 MiB at page 0x%1").arg(pfn, 0, 16);
            return tr("%1 @ 0x%2").arg(levelName(n.level - 1)).arg(pfn, 0, 16);
        }
        case MapsColumn:
            return hex16(n.vaddr);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (n.isTable)
            return tr("init_level4_pgt, the kernel's top-level table, at pfn 0x%1").arg(n.tablePfn, 0, 16);
        return tr("%1[%2] in the table at pfn 0x%3 (entry at physical 0x%4)\nmaps %5 + %6")
            .arg(levelName(n.level))
            .arg(n.index)
            .arg(n.tablePfn, 0, 16)
            .arg((n.tablePfn << k::PAGE_SHIFT) + n.index * 8, 0, 16)
            .arg(hex16(n.vaddr))
            .arg(QString::fromStdString(fmt::humanSize(1ull << entryShift(n.level))));
    case Qt::BackgroundRole:
        if (isWritten(n))
            return m_palette.changedFill;
        if (isSelected(n))
            return m_palette.selectionFill;
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn || index.column() == MapsColumn)
            return typography::monoFont();
        if (isWritten(n)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case WrittenRole:
        return isWritten(n);
    case SelectedRole:
        return isSelected(n);
    default:
        return {};
    }
}

QVariant PageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntryColumn:
        return tr("Entry");
    case ValueColumn:
        return tr("Raw value");
    case FlagsColumn:
        return tr("Flags");
    case TargetColumn:
        return tr("Points to");
    case MapsColumn:
        return tr("Maps from");
    default:
        return {};
    }
}

} // namespace vmviz::ui
