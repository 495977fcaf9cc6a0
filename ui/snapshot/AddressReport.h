// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// "What is this address?" answered from a snapshot: the page-table walk as `crash vtop` prints it,
// then what the address is (direct map of which frame and slab object, which vmalloc area and page,
// or which other region). The same text exports::translateText writes for the live machine, so the
// address panel can answer for the step it shows, not for wherever the session stands.
#include "snapshot/MachineSnapshot.h"

#include <cstdint>
#include <string>

namespace vmviz::ui {

/// What exports::classifyAddress says, from the snapshot. A slab object is found by its kmemleak
/// record, which every kmalloc'ed object has (mm/slub.c calls kmemleak_alloc and kmemleak_free),
/// except at the one step inside kmalloc or kfree between the allocator and kmemleak.
std::string classifyAddress(const MachineSnapshot& snapshot, std::uint64_t vaddr);
/// What exports::translateText says, from the snapshot.
std::string describeAddress(const MachineSnapshot& snapshot, std::uint64_t vaddr);

} // namespace vmviz::ui
