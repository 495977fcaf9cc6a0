// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// init_mm's page tables as a tree: the PGD page, its present entries, and under each entry the
// entries of the table it points to, down to the PTEs. Columns: entry, raw value, decoded flags,
// what it points to, the virtual address it maps. Entries written by the current step and
// entries of the selected area are highlighted.
#include "snapshot/LinkedSelection.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace vmviz::ui {

class PageTableModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        EntryColumn,
        ValueColumn,
        TargetColumn,
        FlagsColumn,
        MapsColumn,
        ColumnCount
    };
    enum Role
    {
        WrittenRole = Qt::UserRole + 1,
        SelectedRole
    };

    explicit PageTableModel(QObject* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked);
    void setViewPalette(const ViewPalette& palette);

    /// The entry a row shows (none for the PGD page row).
    std::optional<EntryRef> entryAt(const QModelIndex& index) const;
    QModelIndex indexOf(const EntryRef& entry, int column = 0) const;
    /// The first virtual address an entry's row maps (none for the PGD page row).
    std::optional<std::uint64_t> vaddrAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int parent = -1; ///< node index; -1 for top-level rows
        int row = 0;
        std::vector<int> children;
        bool isTable = false; ///< the PGD page row
        unsigned level = 0;   ///< level of the table holding the entry (or of the table row)
        std::uint64_t tablePfn = 0;
        unsigned index = 0;
        std::uint64_t value = 0;
        std::uint64_t vaddr = 0;
    };
    void rebuild();
    void addEntries(int parentNode, const TableSnapshot& table, int depthGuard);
    bool isWritten(const Node& n) const;
    bool isSelected(const Node& n) const;
    void emitAllChanged();

    SnapshotPtr m_snapshot;
    std::shared_ptr<const TablesSnapshot> m_tables;
    std::shared_ptr<const LinkedSelection> m_linked;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
};

} // namespace vmviz::ui
