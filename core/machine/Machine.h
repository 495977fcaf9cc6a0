#pragma once
// One simulated x86-64 machine running Linux 2.6.36: every subsystem, the journal that records
// each state change, the trace of steps, and the playback cursor over them.
#include "klog/KernelText.h"
#include "kmemleak/Kmemleak.h"
#include "machine/FaultInjector.h"
#include "machine/KernelProfile.h"
#include "machine/MemoryContents.h"
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
    KernelIdentity identity;
};

/// Why a configuration cannot be booted, or "" when it can.
std::string validateConfig(const MachineConfig& config);

/// The scenario's own pointer variables: the caller's references that kmemleak scans as roots.
struct CallerVariables
{
    explicit CallerVariables(Journal& journal) : value(journal, "caller.value"), held(journal, "caller.held") {}
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
    std::uint64_t position() const { return m_position; }
    std::uint64_t stepCount() const { return trace.size(); }
    void seek(std::uint64_t position);
    std::uint64_t stateHash() const { return journal.stateHash(); }

    std::uint64_t jiffies() const { return clock[0]; }

    /// A machine rebuilt from a snapshot taken inside a kernel call starts mid-operation.
    void markRestored(bool betweenOperations) { m_restoredBetweenOperations = betweenOperations; }
    bool restoredBetweenOperations() const { return m_restoredBetweenOperations; }

    /// Starts recording; every state change from here on is a step.
    void startRecording();
    /// Stops recording; the cursor stands at the last step.
    void finishRecording();

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
    CallerVariables variables;
    MemoryContents contents;

private:
    MachineConfig m_config;
    std::uint64_t m_position = 0;
    bool m_restoredBetweenOperations = true;
};

/// init_level4_pgt's frame, inside the kernel image (illustrative).
inline constexpr std::uint64_t kPgdPfn = 0x1802;

} // namespace vmviz
