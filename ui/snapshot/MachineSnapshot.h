// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Immutable pictures of a Machine at one playback position, for the views. Each part is shared as
// shared_ptr<const …>; a part the steps between two positions did not touch is shared, not copied,
// so a view can tell "nothing changed here" by comparing pointers (style.md §7, §8).
#include "base/Constants.h"
#include "export/Diff.h"
#include "kmemleak/KmemleakObject.h"
#include "kmemleak/KmemleakScanGraph.h"
#include "machine/ChangeSet.h"
#include "machine/FreeLists.h"
#include "phys/FrameTypes.h"
#include "snapshot/FrameClass.h"
#include "steps/DetailLevel.h"
#include "trace/Trace.h"
#include "vmalloc/AreaInfo.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vmviz::ui {

/// One frame as the views see it: PhysicalMemory's owner, aux, ref and index.
struct FrameState
{
    FrameOwner owner = FrameOwner::Reserved;
    std::uint8_t aux = 0;
    std::uint32_t ref = 0;
    std::uint32_t index = 0;

    bool operator==(const FrameState&) const = default;
};

/// Frames in fixed-size chunks; consecutive snapshots share every chunk no step rewrote.
struct FrameChunk
{
    static constexpr std::uint64_t kFrames = 4096;
    std::vector<FrameState> frames;
    std::vector<FrameClass> classes; ///< colour class per frame (chunks are MAX_ORDER aligned)
};

struct PhysSnapshot
{
    std::uint64_t frameCount = 0;
    std::array<ZoneLayout, MAX_NR_ZONES> zones{};
    std::vector<ReservedRange> reserved;
    std::vector<std::shared_ptr<const FrameChunk>> chunks;
    /// nr_free per zone and order, and per-CPU list lengths, as /proc/buddyinfo would show.
    std::array<std::array<std::uint64_t, k::MAX_ORDER>, MAX_NR_ZONES> nrFree{};
    std::array<std::uint64_t, MAX_NR_ZONES> pcpCount{};
    /// Every free and per-CPU list, for the free-lists panel.
    std::shared_ptr<const FreeListsSnapshot> freeLists;
    /// The frame the per-CPU list has just handed out (the step is PcpTake): off the list but not
    /// yet given its owner, classed FrameClass::Taken.
    std::optional<std::uint64_t> takenFromPerCpu;

    const FrameState& frame(std::uint64_t pfn) const
    {
        return chunks[pfn / FrameChunk::kFrames]->frames[pfn % FrameChunk::kFrames];
    }
    FrameClass frameClass(std::uint64_t pfn) const
    {
        return chunks[pfn / FrameChunk::kFrames]->classes[pfn % FrameChunk::kFrames];
    }
    unsigned zoneOf(std::uint64_t pfn) const;
};

struct AreasSnapshot
{
    std::vector<AreaInfo> areas; ///< every vmap_area in the busy tree, by address
    std::uint64_t lazyNr = 0;
    std::uint64_t lazyMaxPages = 0;
    std::uint64_t vmallocEnd =
        k::VMALLOC_END; ///< the machine's last vmalloc address (a profile may lower it)
    /// The first address the ribbon shows: VMALLOC_START (higher under LA57), or for an imported
    /// /proc/vmallocinfo the start of its areas' span.
    std::uint64_t vmallocStart = k::VMALLOC_START;
    /// What alloc_vmap_area leaves unused after each area: 2.6.36's gap page, none since 5.2
    /// (KernelProfile::vmapGapBytes; an imported 6.x /proc/vmallocinfo has none).
    std::uint64_t gapBytes = 0;
    /// (id, index into `areas`) sorted by id, so find() is O(log n): the ribbon looks up every
    /// visible area per repaint, and with 100 000 areas a linear find made that quadratic.
    /// Filled by indexById(); find() scans linearly while it does not match `areas`.
    std::vector<std::pair<AreaId, std::uint32_t>> byId;

    void indexById();
    const AreaInfo* find(AreaId id) const;
    const AreaInfo* containing(std::uint64_t vaddr) const;
};

struct TableEntry
{
    std::uint16_t index = 0;
    std::uint64_t value = 0;
};

struct TableSnapshot
{
    std::uint32_t id = 0;
    std::uint64_t pfn = 0;
    unsigned level = 0;
    std::uint8_t pagingLevels = 4;   ///< of the whole tree: 5 under LA57 (57-bit canonical addresses)
    std::vector<TableEntry> entries; ///< non-zero entries by index
    /// Lowest virtual address the table maps (for PGD: 0; sign-extended kernel half otherwise).
    std::uint64_t baseVaddr = 0;

    std::uint64_t entry(unsigned index) const;
    /// The (canonical, sign-extended) virtual address the entry at `index` starts to map.
    std::uint64_t vaddrOf(unsigned index) const;
};

struct TablesSnapshot
{
    std::uint64_t pgdPfn = 0;
    std::vector<TableSnapshot> tables; ///< live tables in id order; [0] is the PGD

    const TableSnapshot* byPfn(std::uint64_t pfn) const;
};

struct KmemleakSnapshot
{
    std::vector<KmemleakObject> objects; ///< object_list order
};

/// A page-table entry location.
struct EntryRef
{
    std::uint64_t tablePfn = 0;
    unsigned index = 0;
    bool operator==(const EntryRef&) const = default;
    auto operator<=>(const EntryRef&) const = default;
};

struct StackFrame
{
    Fn function = Fn::Caller;
    std::uint64_t callStep = 0; ///< the step that opened this frame
    std::string text;           ///< the call's narration
};

/// The visible step around the position at one detail level (steps/DetailLevel.h).
struct LevelPlace
{
    std::uint64_t unit = 0; ///< 0-based, of unitCount
    std::uint64_t unitCount = 0;
    StepRange range;
    Phase phase = Phase::Line;
    bool alarm = false;
    std::string summary; ///< the sentence that level shows for it
};

/// The step the position stands on.
struct StepState
{
    std::uint64_t position = 0;
    std::uint64_t stepCount = 0;
    std::optional<Step> step; ///< empty at position 0
    std::string narration;
    std::string plain;                        ///< the plain-language line (steps/PlainLanguage.h)
    bool failed = false;                      ///< NULL/-errno return, WARN, oops (stepIsFailure)
    std::vector<std::string> printed;         ///< the dmesg lines this step printed
    std::string anchor;                       ///< "mm/vmalloc.c:1562" or ""
    std::vector<StackFrame> stack;            ///< outermost first
    std::vector<EntryRef> written;            ///< entries this step wrote (from the step's change set)
    std::vector<std::uint64_t> tablesCleared; ///< PTE tables this step cleared entries of
    std::uint64_t jiffies = 0;
    /// The free lists the step took a block off or put one on.
    FreeListMoves listMoves;
    /// The address __vunmap refused with a WARN at this step ("Trying to vfree() bad address").
    std::optional<std::uint64_t> badFreeAddress;
    /// Indexed by DetailLevel; each empty (unitCount 0) at position 0.
    std::array<LevelPlace, kDetailLevelCount> levels{};
    /// The scenario operation (0-based, one per line run) the position is in; empty before the first.
    std::optional<std::uint64_t> operation;
};

/// The scenario's pointer variables at the position (Machine::variables): NULL until assigned.
struct VariablesSnapshot
{
    std::shared_ptr<const std::vector<std::string>> names; ///< slot → name, the same for a whole run
    std::vector<std::uint64_t> values;
    std::vector<std::uint8_t> held; ///< 0 once the caller dropped its pointer (`leak`)
};

struct KernelTextSnapshot; // snapshot/KernelTextSnapshot.h

struct MachineSnapshot
{
    std::uint64_t generation = 0; ///< which run this snapshot belongs to
    StepState step;
    std::shared_ptr<const PhysSnapshot> phys;
    std::shared_ptr<const AreasSnapshot> areas;
    std::shared_ptr<const TablesSnapshot> tables;
    std::shared_ptr<const KmemleakSnapshot> kmemleak;
    /// The latest kmemleak scan as far as it had got at this position (empty before any scan).
    std::shared_ptr<const KmemleakScanGraph> scanGraph;
    std::shared_ptr<const VariablesSnapshot> variables;
    /// The kernel files a visible panel asked for, rendered at this step; null when none did.
    std::shared_ptr<const KernelTextSnapshot> kernelText;
    /// What the step standing here changed: Machine::changesBetween(position - 1, position); empty
    /// at position 0. The step animation and the step's highlights read it.
    std::shared_ptr<const ChangeSet> stepChanges;
    /// While a step A is pinned (SessionController::pinStep): what changed between A and this
    /// position, both ends described (exports::compareSteps); null when nothing is pinned. The
    /// views highlight it instead of stepChanges, and the change list prints it.
    std::shared_ptr<const exports::Comparison> comparison;
    /// What changed since the snapshot this one was built from (changes->from is its position),
    /// or null for a snapshot built from scratch.
    std::shared_ptr<const ChangeSet> changes;
};

using SnapshotPtr = std::shared_ptr<const MachineSnapshot>;

} // namespace vmviz::ui
