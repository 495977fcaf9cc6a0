#pragma once
// Builds MachineSnapshots from a Machine at its current position. It reads the journal deltas
// between the previous snapshot's position and the current one to learn which parts changed, and
// shares every unchanged part (and every unchanged chunk of frames) with the previous snapshot.
#include "machine/Machine.h"
#include "snapshot/MachineSnapshot.h"
#include "steps/RunIndex.h"

#include <cstdint>
#include <vector>

namespace vmviz::ui {

class SnapshotBuilder
{
public:
    /// Learns which journal columns belong to which part of the machine.
    explicit SnapshotBuilder(const Machine& machine);

    /// The machine as it stands now. `previous` (same machine, any position) lets unchanged parts
    /// be shared; pass null for a full build.
    SnapshotPtr build(const Machine& machine, const RunIndex& index, const MachineSnapshot* previous,
                      std::uint64_t generation) const;

private:
    enum Part : std::uint8_t { PartNone = 0, PartFrames = 1, PartZone = 2, PartAreas = 4, PartTables = 8, PartKmemleak = 16 };

    std::vector<std::uint8_t> m_partOfColumn;
};

/// Each part built from scratch (used by the builder and by tests that compare against it).
std::shared_ptr<const PhysSnapshot> buildPhys(const Machine& machine);
std::shared_ptr<const AreasSnapshot> buildAreas(const Machine& machine);
std::shared_ptr<const TablesSnapshot> buildTables(const Machine& machine);
std::shared_ptr<const KmemleakSnapshot> buildKmemleak(const Machine& machine);
StepState buildStepState(const Machine& machine, const RunIndex& index);

} // namespace vmviz::ui
