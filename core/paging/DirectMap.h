// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The direct map (PAGE_OFFSET…) as 2.6.36 builds it at boot and never changes afterwards: the
// first GiB through head_64.S's level3_ident_pgt / level2_ident_pgt (2 MiB pages, executable),
// every further GiB through a PMD table init_memory_mapping() takes from the early table space
// at 0x8000 (2 MiB pages, NX). The model does not journal these tables; it computes their
// entries, which is exact for a CPU without 1 GiB pages (arch/x86/kernel/head_64.S,
// arch/x86/mm/init.c, arch/x86/mm/init_64.c: phys_pud_init / phys_pmd_init).
#include "base/Types.h"
#include "paging/PageTables.h"

#include <cstdint>

namespace vmviz {

/// The frames head_64.S lays out after init_level4_pgt (NEXT_PAGE order in .data).
struct DirectMapTables
{
    std::uint64_t level3IdentPfn; ///< the direct map's PUD table
    std::uint64_t level2IdentPfn; ///< the PMD table of its first GiB
};
DirectMapTables directMapTables(Pfn pgdPfn);

/// The walk the MMU does for a direct-map address on a machine of `ramFrames` frames whose PGD is
/// at `pgdPfn`: PGD, PUD and a 2 MiB PMD entry (or the empty entry past the end of RAM).
Walk directMapWalk(VirtAddr at, Pfn pgdPfn, std::uint64_t ramFrames);

} // namespace vmviz
