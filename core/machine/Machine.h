// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// One simulated x86-64 machine running Linux 2.6.36: every subsystem, the journal that records
// each state change, the trace of steps, and the playback cursor over them.
#include "base/AddressLayout.h"
#include "kernel/FaultInjector.h"
#include "kernel/KernelProfile.h"
#include "klog/KernelText.h"
#include "kmemleak/Kmemleak.h"
#include "machine/ChangeSet.h"
#include "machine/MemoryContents.h"
#include "machine/OutOfMemory.h"
#include "paging/PageTables.h"
#include "phys/PhysicalMemory.h"
#include "slab/Slab.h"
#include "trace/Trace.h"
#include "vmalloc/Vmalloc.h"

#include <memory>
#include <string>

namespace vmviz {

struct MachineConfig
{
    std::uint64_t ramBytes = 128ull << 20;
    unsigned cpus = 4;
    std::uint64_t seed = 0;
    std::string profile = "2.6.36";
    /// Size of the vmalloc range from VMALLOC_START; the x86-64 range is 32 TiB (12.5 PiB under
    /// 5-level paging).
    std::uint64_t vmallocBytes = k::VMALLOC_END - k::VMALLOC_START + 1;
    /// 4, or 5 for LA57 (the profile must allow it: KernelProfile::supportsFiveLevelPaging).
    unsigned pagingLevels = 4;
    /// How long the machine has been up when the scenario starts (`config uptime=`): jiffies start
    /// at INITIAL_JIFFIES + uptime * HZ, and printk timestamps count from boot. By default the
    /// module is loaded a few seconds after boot, as an init script's insmod would be.
    std::uint64_t uptimeMicros = kDefaultUptimeMicros;
    KernelIdentity identity;

    static constexpr std::uint64_t kDefaultUptimeMicros = 5'000'000;
    /// A year: far beyond any realistic session, and small enough that jiffies never overflow.
    static constexpr std::uint64_t kMaxUptimeMicros = 365ull * 24 * 3600 * 1'000'000;

    AddressLayout layout() const { return addressLayoutFor(pagingLevels); }
};

/// Why a configuration cannot be booted, or "" when it can.
std::string validateConfig(const MachineConfig& config);

/// jiffies when the scenario starts: INITIAL_JIFFIES plus the whole ticks of the uptime.
std::uint64_t startJiffies(const MachineConfig& config);
/// The printk timestamp (CONFIG_PRINTK_TIME, microseconds since boot) of a line printed at
/// `jiffies`: the uptime at the start plus the ticks since. The timestamp comes from sched_clock,
/// not from jiffies, so it keeps the uptime's fraction of a tick.
std::uint64_t printkMicros(const MachineConfig& config, std::uint64_t jiffies);

/// The scenario's own pointer variables: the caller's references that kmemleak scans as roots.
struct CallerVariables
{
    explicit CallerVariables(Journal& journal)
        : value(journal, MachinePart::CallerVariables, "caller.value"),
          held(journal, MachinePart::CallerVariables, "caller.held")
    {
    }
    std::vector<std::string> names; ///< slot → name, fixed once the scenario ran
    Column<std::uint64_t> value;
    Column<std::uint8_t> held;
};

class Machine
{
public:
    /// Boots at once; the configuration must pass validateConfig().
    explicit Machine(MachineConfig config);
    Machine(const Machine&) = delete;
    Machine& operator=(const Machine&) = delete;

    const MachineConfig& config() const { return m_config; }

    // Playback. Position p shows the machine as step p left it; 0 is the booted machine.
    StepIndex position() const { return StepIndex{m_position}; }
    std::uint64_t stepCount() const { return trace.size(); }
    void seek(StepIndex target);
    std::uint64_t stateHash() const { return journal.stateHash(); }
    /// What differs between positions a and b (either order, clamped to the trace), computed from
    /// the journal without moving the cursor. Needs a finished recording (finishRecording()).
    ChangeSet changesBetween(StepIndex a, StepIndex b) const;

    std::uint64_t jiffies() const { return clock[0]; }

    /// A machine rebuilt from a snapshot taken inside a kernel call starts mid-operation.
    void markRestored(bool betweenOperations) { m_restoredBetweenOperations = betweenOperations; }
    bool restoredBetweenOperations() const { return m_restoredBetweenOperations; }

    /// Starts recording; every state change from here on is a step.
    void startRecording();
    /// Stops recording; the cursor stands at the last step. A long trace also gets its playback
    /// checkpoints here (one backward sweep), so that no seek replays more than about
    /// checkpointInterval() / 2 deltas.
    void finishRecording();

    /// Deltas between playback checkpoints, and what the checkpoints hold (0 when there are none).
    std::uint64_t checkpointInterval() const { return m_checkpointInterval; }
    std::size_t checkpointCount() const { return m_checkpoints.size(); }
    std::size_t checkpointBytes() const;
    /// How many seeks went through a checkpoint restore so far.
    std::uint64_t checkpointRestores() const { return m_restores; }
    /// (Re)builds the checkpoints, one per `interval` deltas, a restore counted as `restoreCost`
    /// deltas replayed (0: the defaults finishRecording uses, see Machine.cpp; tests pass small
    /// values to exercise restores). Keeps the cursor.
    void buildCheckpoints(std::uint64_t interval = 0, std::uint64_t restoreCost = 0);

    // Subsystems, in construction order (later ones use earlier ones).
    Journal journal;
    Trace trace;
    Recorder recorder;
    Column<std::uint64_t> clock; ///< [0] = jiffies
    PhysicalMemory phys;
    Kmemleak kmemleak;
    Slab slab;
    PageTables tables;
    KernelText text;
    FaultInjector faults;
    std::unique_ptr<KernelProfile> profile;
    Vmalloc vmalloc;
    OutOfMemory oom; ///< the page allocator's reporter: OOM kills, failures, injected faults
    CallerVariables variables;
    MemoryContents contents;

private:
    /// The column ids a change set reads and the layout facts that never change once set (each
    /// table's base address, each area's page-array slots); see ChangeSet.cpp.
    struct ChangeLayout;
    /// Rebuilds m_changeLayout; the cursor must stand at the end of the trace.
    void rebuildChangeLayout();

    struct Checkpoint
    {
        std::uint64_t position;
        std::uint64_t deltaEnd;
        Journal::State state;
    };
    MachineConfig m_config;
    std::uint64_t m_position = 0;
    bool m_restoredBetweenOperations = true;
    std::vector<Checkpoint> m_checkpoints; ///< ascending positions, 0 and the last step included
    std::uint64_t m_checkpointInterval = 0;
    std::uint64_t m_restoreCost = 0; ///< a restore's cost, in deltas replayed
    std::uint64_t m_restores = 0;
    std::shared_ptr<const ChangeLayout> m_changeLayout;
    struct ChangeScratch;
    std::shared_ptr<ChangeScratch> m_changeScratch;
};

/// init_level4_pgt's frame, inside the kernel image (illustrative).
inline constexpr std::uint64_t kPgdPfn = 0x1802;

} // namespace vmviz
