// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/LinkedSelection.h"

#include "paging/PageTables.h"

#include <algorithm>

namespace vmviz::ui {

namespace {

bool isDirectMap(std::uint64_t vaddr)
{
    return vaddr >= k::PAGE_OFFSET && vaddr <= k::DIRECT_MAP_END;
}

std::uint64_t directMapPfn(std::uint64_t vaddr)
{
    return (vaddr - k::PAGE_OFFSET) >> k::PAGE_SHIFT;
}

template <typename T> void sortUnique(std::vector<T>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

bool LinkedSelection::containsPfn(std::uint64_t pfn) const
{
    return std::binary_search(dataPfns.begin(), dataPfns.end(), pfn) ||
           std::binary_search(arrayPfns.begin(), arrayPfns.end(), pfn) ||
           std::binary_search(metadataPfns.begin(), metadataPfns.end(), pfn);
}

bool LinkedSelection::containsEntry(const EntryRef& entry) const
{
    return std::binary_search(ptes.begin(), ptes.end(), entry) ||
           std::binary_search(upperEntries.begin(), upperEntries.end(), entry);
}

std::vector<EntryRef> walkEntries(const TablesSnapshot& tables, std::uint64_t vaddr)
{
    std::vector<EntryRef> out;
    std::uint64_t pfn = tables.pgdPfn;
    // Each table knows its level, so the same loop walks four levels or five (LA57).
    while (const TableSnapshot* table = tables.byPfn(pfn)) {
        const unsigned level = table->level;
        const unsigned index = tableIndex(vaddr, level);
        out.push_back(EntryRef{pfn, index});
        const std::uint64_t e = table->entry(index);
        if (!(e & k::_PAGE_PRESENT) || level == LEVEL_PTE)
            break;
        pfn = (e & k::PTE_PFN_MASK) >> k::PAGE_SHIFT;
    }
    return out;
}

LinkedSelection linkSelection(const MachineSnapshot& snapshot, AreaId id)
{
    LinkedSelection out;
    if (!snapshot.areas)
        return out;
    const AreaInfo* area = snapshot.areas->find(id);
    if (!area)
        return out;
    out.valid = true;
    out.area = id;
    out.vaStart = area->vaStart;
    out.vaEnd = area->vaEnd;
    out.dataPfns = area->pagePfns;

    if (area->pagesArea) {
        if (const AreaInfo* array = snapshot.areas->find(*area->pagesArea))
            out.arrayPfns = array->pagePfns;
    } else if (area->pagesAddr && isDirectMap(area->pagesAddr)) {
        out.arrayPfns.push_back(directMapPfn(area->pagesAddr));
    }
    for (const std::uint64_t object : {area->vmObject, area->vaObject}) {
        if (object && isDirectMap(object))
            out.metadataPfns.push_back(directMapPfn(object));
    }

    // The entries that map the area: walk every page the area can map (its size minus the guard).
    if (snapshot.tables) {
        const std::uint64_t mapped = area->nrPages ? std::uint64_t{area->nrPages} * k::PAGE_SIZE
                                                   : (area->vaEnd - area->vaStart) - k::PAGE_SIZE;
        for (std::uint64_t va = area->vaStart; va < area->vaStart + mapped; va += k::PAGE_SIZE) {
            std::vector<EntryRef> walk = walkEntries(*snapshot.tables, va);
            if (walk.size() == 4 &&
                (snapshot.tables->byPfn(walk[3].tablePfn)->entry(walk[3].index) & k::_PAGE_PRESENT))
                out.ptes.push_back(walk[3]);
            for (std::size_t i = 0; i + 1 < walk.size(); ++i)
                out.upperEntries.push_back(walk[i]);
        }
    }

    if (snapshot.kmemleak) {
        for (const KmemleakObject& o : snapshot.kmemleak->objects) {
            if ((area->addr && o.pointer == area->addr) || o.pointer == area->vaStart ||
                o.pointer == area->vmObject || o.pointer == area->vaObject ||
                (area->pagesAddr && o.pointer == area->pagesAddr))
                out.kmemleakPointers.push_back(o.pointer);
        }
    }
    sortUnique(out.dataPfns);
    sortUnique(out.arrayPfns);
    sortUnique(out.metadataPfns);
    sortUnique(out.ptes);
    sortUnique(out.upperEntries);
    sortUnique(out.kmemleakPointers);
    return out;
}

} // namespace vmviz::ui
