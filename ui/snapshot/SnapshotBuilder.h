// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Builds MachineSnapshots from a Machine at its current position. The machine's change set between
// the previous snapshot's position and the current one says which parts changed; every unchanged
// part (and every unchanged chunk of frames) is shared with the previous snapshot.
#include "machine/Machine.h"
#include "snapshot/MachineSnapshot.h"
#include "steps/RunIndex.h"

#include <cstdint>
#include <vector>

namespace vmviz::ui {

class SnapshotBuilder
{
public:
    /// Builds snapshots of `machine`, the one build() is given.
    explicit SnapshotBuilder(const Machine& machine) : m_machine(&machine) {}

    /// The machine as it stands now. `previous` (same machine, any position) lets unchanged parts
    /// be shared; pass null for a full build.
    SnapshotPtr build(const Machine& machine, const RunIndex& index, const MachineSnapshot* previous,
                      std::uint64_t generation) const;

private:
    [[maybe_unused]] const Machine* m_machine; ///< checked by build() in debug builds
};

/// Each part built from scratch (used by the builder and by tests that compare against it).
std::shared_ptr<const PhysSnapshot> buildPhys(const Machine& machine);
std::shared_ptr<const AreasSnapshot> buildAreas(const Machine& machine);
std::shared_ptr<const TablesSnapshot> buildTables(const Machine& machine);
std::shared_ptr<const KmemleakSnapshot> buildKmemleak(const Machine& machine);
StepState buildStepState(const Machine& machine, const RunIndex& index);
/// The same, with the step's change set already at hand (written entries, cleared tables).
StepState buildStepState(const Machine& machine, const RunIndex& index, const ChangeSet& stepChanges);
/// What the step at the machine's position changed (empty at position 0).
ChangeSet stepChangesAt(const Machine& machine);

} // namespace vmviz::ui
