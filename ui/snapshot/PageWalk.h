// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The four-level walk of one virtual address through init_mm's tables, as the textbook figure
// draws it: per level the table page, the index the address selects, the entry found there, and a
// window of that table's present entries around it; then the frame and the offset. Read from an
// immutable TablesSnapshot; plain C++, table-tested.
#include "snapshot/MachineSnapshot.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace vmviz::ui {

struct WalkLevel
{
    unsigned level = 0; ///< 4 PGD … 1 PTE
    std::uint64_t tablePfn = 0;
    unsigned index = 0;      ///< what the address selects at this level
    std::uint64_t entry = 0; ///< the value there (0: none)
    /// Present entries of the table around `index`, by index; includes `index` even when none.
    std::vector<TableEntry> window;
};

struct PageWalk
{
    std::uint64_t vaddr = 0;
    std::vector<WalkLevel> levels;      ///< PGD first; stops at the first entry that is not present
    std::optional<std::uint64_t> frame; ///< the PFN the PTE maps, when the walk reaches one
    std::uint64_t offset = 0;           ///< vaddr & (PAGE_SIZE - 1)

    /// The walk of `vaddr`; `windowRows` bounds each level's window (at least 1).
    static PageWalk of(const TablesSnapshot& tables, std::uint64_t vaddr, unsigned windowRows);
};

} // namespace vmviz::ui
