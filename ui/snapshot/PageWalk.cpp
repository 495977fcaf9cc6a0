// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/PageWalk.h"

#include "base/Constants.h"
#include "paging/PageTables.h"

#include <algorithm>

namespace vmviz::ui {

namespace {

std::vector<TableEntry> windowAround(const TableSnapshot& table, unsigned index, unsigned rows)
{
    std::vector<TableEntry> entries = table.entries; // sorted by index
    const auto at = std::lower_bound(entries.begin(), entries.end(), index,
                                     [](const TableEntry& e, unsigned i) { return e.index < i; });
    if (at == entries.end() || at->index != index)
        entries.insert(at, TableEntry{static_cast<std::uint16_t>(index), 0});
    const auto pos =
        static_cast<std::size_t>(std::find_if(entries.begin(), entries.end(),
                                              [index](const TableEntry& e) { return e.index == index; }) -
                                 entries.begin());
    rows = std::max(1u, rows);
    if (entries.size() <= rows)
        return entries;
    // Centre the walked entry, shifted in when it is near either end.
    std::size_t first = pos >= rows / 2 ? pos - rows / 2 : 0;
    first = std::min(first, entries.size() - rows);
    return {entries.begin() + static_cast<std::ptrdiff_t>(first),
            entries.begin() + static_cast<std::ptrdiff_t>(first + rows)};
}

} // namespace

PageWalk PageWalk::of(const TablesSnapshot& tables, std::uint64_t vaddr, unsigned windowRows)
{
    PageWalk walk;
    walk.vaddr = vaddr;
    walk.offset = vaddr & (k::PAGE_SIZE - 1);
    std::uint64_t pfn = tables.pgdPfn;
    // Each table knows its level, so the same loop walks four levels or five (LA57).
    while (const TableSnapshot* table = tables.byPfn(pfn)) {
        const unsigned level = table->level;
        WalkLevel l;
        l.level = level;
        l.tablePfn = pfn;
        l.index = tableIndex(vaddr, level);
        l.entry = table->entry(l.index);
        l.window = windowAround(*table, l.index, windowRows);
        walk.levels.push_back(std::move(l));
        const std::uint64_t e = walk.levels.back().entry;
        if (!(e & k::_PAGE_PRESENT))
            break;
        pfn = (e & k::PTE_PFN_MASK) >> k::PAGE_SHIFT;
        if (isLeafEntry(e, level)) {
            // A PTE maps its page; a 2 MiB PMD leaf (6.x huge vmalloc) maps 512, this one among them.
            const unsigned shift = tableLevelShift(level);
            walk.frame = (pfn & ~((1ull << (shift - k::PAGE_SHIFT)) - 1)) +
                         ((vaddr & ((1ull << shift) - 1)) >> k::PAGE_SHIFT);
            break;
        }
    }
    return walk;
}

} // namespace vmviz::ui
