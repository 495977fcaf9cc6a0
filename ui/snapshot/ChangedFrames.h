// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The frames a change set touched, as the physical view shows them: a frame counts as changed when
// its state or its colour class differs, and a class can change without the frame's own fields
// (a free block's head changing order recolours its tail).
#include "machine/ChangeSet.h"
#include "snapshot/MachineSnapshot.h"

#include <cstdint>
#include <vector>

namespace vmviz::ui {

/// The frames (by pfn) whose state or colour class differs between `before` and `after`, where
/// `changes` are the machine's changes between the two snapshots' positions.
std::vector<std::uint64_t> changedFrames(const ChangeSet& changes, const PhysSnapshot& before,
                                         const PhysSnapshot& after);

} // namespace vmviz::ui
