// SPDX-License-Identifier: GPL-2.0-only
// The invariant checker must catch what it claims to catch. Each row runs a small scenario, checks
// that the sound machine reports nothing, then flips bits in one state column (through the
// journal's public column list, so no friend access and no journaled step) and expects the
// checker to name the invariant family that guards that state.
#include "base/Constants.h"
#include "machine/Invariants.h"
#include "machine/Machine.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <sstream>
#include <string>

using namespace vmviz;

namespace {

ColumnBase* findColumn(const Machine& m, std::string_view name)
{
    for (ColumnBase* c : m.journal.columns())
        if (name == c->name())
            return c;
    return nullptr;
}

std::string describe(const std::vector<InvariantViolation>& found)
{
    std::string out;
    for (const auto& v : found)
        out += "  " + v.toString() + "\n";
    return out.empty() ? "  (nothing)\n" : out;
}

bool reports(const std::vector<InvariantViolation>& found, std::string_view family)
{
    for (const auto& v : found)
        if (v.invariant == family)
            return true;
    return false;
}

/// The slot of `column` that backs `read`: flips each slot in turn and keeps the one that changes
/// what the accessor returns. Keeps the test independent of private counter layouts.
std::optional<std::uint32_t> probeSlot(Machine& m, ColumnBase& column,
                                       const std::function<std::uint64_t()>& read)
{
    for (std::uint32_t i = 0; i < column.slotCount(); ++i) {
        const std::uint64_t before = read();
        column.xorAt(i, 1);
        const std::uint64_t after = read();
        column.xorAt(i, 1);
        if (before != after)
            return i;
    }
    (void)m;
    return std::nullopt;
}

/// The first area on vmlist (the scenario's first live allocation).
AreaInfo firstLiveArea(const Machine& m)
{
    const auto list = m.vmalloc.vmlist();
    return list.empty() ? AreaInfo{} : m.vmalloc.area(list.front(), true);
}

/// The first area that is lazily freed (on the busy tree, vm_struct gone).
std::optional<AreaId> firstLazyArea(const Machine& m)
{
    for (const AreaId id : m.vmalloc.busyAreas())
        if (m.vmalloc.area(id, false).vaFlags & k::VM_LAZY_FREE)
            return id;
    return std::nullopt;
}

std::optional<std::uint32_t> tableWithPfn(const Machine& m, std::uint64_t pfn)
{
    for (std::uint32_t t = 0; t < m.tables.tableCount(); ++t)
        if (m.tables.tableAlive(t) && m.tables.tablePfn(t) == pfn)
            return t;
    return std::nullopt;
}

/// The entries-column slot of the entry at `level` on the walk of `vaddr`.
std::optional<std::uint32_t> entrySlot(const Machine& m, std::uint64_t vaddr, unsigned level)
{
    for (const WalkStep& s : m.tables.translate(VirtAddr{vaddr}).steps)
        if (s.level == level)
            if (const auto t = tableWithPfn(m, s.tablePfn))
                return *t * 512 + s.index;
    return std::nullopt;
}

/// The largest free block on any buddy list: {zone, order, head pfn}.
struct FreeBlock
{
    unsigned zone = 0;
    unsigned order = 0;
    std::uint64_t head = 0;
};
std::optional<FreeBlock> largestFreeBlock(const Machine& m)
{
    for (unsigned order = k::MAX_ORDER; order-- > 0;)
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
            for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt)
                if (const auto list = m.phys.freeList(z, order, mt); !list.empty())
                    return FreeBlock{z, order, list.front().value()};
    return std::nullopt;
}

scenario::RunOptions everyStep()
{
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::EveryStep;
    return options;
}

struct Corruption
{
    const char* name;
    const char* scenario;
    const char* column;
    /// Which slot to break; nullopt makes the row fail (the scenario did not set up what it needs).
    std::function<std::optional<std::uint32_t>(Machine&, ColumnBase&)> slot;
    std::uint64_t bits;
    const char* expected;
    InvariantScope scope = InvariantScope::Quiescent;
};

const char* const kOneArea = "config ram=64M cpus=2\na = vmalloc 8K\n";
const char* const kLazyArea = "config ram=64M cpus=2\na = vmalloc 8K\nb = vmalloc 12K\nvfree a\n";
const char* const kPurged = "config ram=64M cpus=2\na = vmalloc 8K\nb = vmalloc 12K\nvfree a\npurge\n";

std::vector<Corruption> corruptions()
{
    using Slot = std::optional<std::uint32_t>;
    return {
        {"FrameOwnerOutOfRange", kOneArea, "frame.owner",
         [](Machine& m, ColumnBase&) -> Slot {
             const AreaInfo a = firstLiveArea(m);
             if (a.pagePfns.empty())
                 return std::nullopt;
             return static_cast<std::uint32_t>(a.pagePfns.front());
         },
         0x80, "frame conservation", InvariantScope::EveryStep},
        {"NrFreePagesCounterOff", kOneArea, "zone.counters",
         [](Machine& m, ColumnBase& c) -> Slot {
             return probeSlot(m, c, [&m] { return m.phys.freePagesCounter(ZONE_DMA32); });
         },
         1, "frame conservation"},
        {"PcpCountOff", kPurged, "zone.counters",
         [](Machine& m, ColumnBase& c) -> Slot {
             for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
                 if (m.phys.pcpCount(z) > 0)
                     return probeSlot(m, c, [&m, z] { return m.phys.pcpCount(z); });
             return std::nullopt;
         },
         4, "frame conservation"},
        {"FreeBlockHeadWrongOrder", kOneArea, "frame.aux",
         [](Machine& m, ColumnBase&) -> Slot {
             const auto b = largestFreeBlock(m);
             return b ? Slot{static_cast<std::uint32_t>(b->head)} : std::nullopt;
         },
         1, "buddy lists", InvariantScope::EveryStep},
        {"NrFreeOff", kOneArea, "zone.counters",
         [](Machine& m, ColumnBase& c) -> Slot {
             const auto b = largestFreeBlock(m);
             if (!b)
                 return std::nullopt;
             return probeSlot(m, c, [&m, b] { return m.phys.nrFree(b->zone, b->order); });
         },
         1, "buddy lists", InvariantScope::EveryStep},
        {"FreeBlockHoldsAReservedFrame", kOneArea, "frame.owner",
         [](Machine& m, ColumnBase&) -> Slot {
             const auto b = largestFreeBlock(m);
             if (!b || b->order == 0)
                 return std::nullopt;
             return static_cast<std::uint32_t>(b->head + 1);
         },
         static_cast<std::uint64_t>(FrameOwner::Free) ^ static_cast<std::uint64_t>(FrameOwner::Reserved),
         "buddy lists", InvariantScope::EveryStep},
        {"VmapAreaStartNotPageAligned", kOneArea, "vmap_area.va_start",
         [](Machine& m, ColumnBase&) -> Slot {
             const auto list = m.vmalloc.vmlist();
             return list.empty() ? std::nullopt : Slot{list.front().value()};
         },
         0x800, "vmap areas", InvariantScope::EveryStep},
        {"VmapAreaOutsideTheRange", kOneArea, "vmap_area.va_end",
         [](Machine& m, ColumnBase&) -> Slot {
             const auto list = m.vmalloc.vmlist();
             return list.empty() ? std::nullopt : Slot{list.front().value()};
         },
         0x0000300000000000ull /* 0xffffc9… → 0xfffff9…, past VMALLOC_END */, "vmap areas",
         InvariantScope::EveryStep},
        {"VmapLazyNrOff", kLazyArea, "vmap_lazy_nr", [](Machine&, ColumnBase&) -> Slot { return 0; }, 1,
         "vmap areas"},
        {"AreaLeftLazyFreeing", kLazyArea, "vmap_area.flags",
         [](Machine& m, ColumnBase&) -> Slot {
             const auto id = firstLazyArea(m);
             return id ? Slot{id->value()} : std::nullopt;
         },
         k::VM_LAZY_FREEING, "vmap areas"},
        {"LazilyFreedAreaBackOnVmlist", kLazyArea, "vm_struct.on_vmlist",
         [](Machine& m, ColumnBase&) -> Slot {
             const auto id = firstLazyArea(m);
             return id ? Slot{id->value()} : std::nullopt;
         },
         1, "vmlist", InvariantScope::EveryStep},
        {"VmSizeDisagreesWithVmapArea", kOneArea, "vm_struct.size",
         [](Machine& m, ColumnBase&) -> Slot {
             const auto list = m.vmalloc.vmlist();
             return list.empty() ? std::nullopt : Slot{list.front().value()};
         },
         0x1000, "vmlist", InvariantScope::EveryStep},
        {"PteMapsTheWrongPage", kOneArea, "table.entries",
         [](Machine& m, ColumnBase&) -> Slot { return entrySlot(m, k::VMALLOC_START, LEVEL_PTE); },
         std::uint64_t{1} << k::PAGE_SHIFT, "page tables", InvariantScope::EveryStep},
        {"PteMapsTheGuardPage", kOneArea, "table.entries",
         [](Machine& m, ColumnBase&) -> Slot {
             const AreaInfo a = firstLiveArea(m);
             const auto first = entrySlot(m, a.vaStart, LEVEL_PTE);
             const std::uint64_t guardIndex = (a.vaEnd - a.vaStart) / k::PAGE_SIZE - 1;
             if (!first || tableIndex(a.vaStart, LEVEL_PTE) + guardIndex >= 512)
                 return std::nullopt;
             return static_cast<std::uint32_t>(*first + guardIndex);
         },
         (std::uint64_t{0x1000} << k::PAGE_SHIFT) | k::PAGE_KERNEL, "page tables", InvariantScope::EveryStep},
        {"PmdEntryWithWrongFlags", kOneArea, "table.entries",
         [](Machine& m, ColumnBase&) -> Slot { return entrySlot(m, k::VMALLOC_START, LEVEL_PMD); },
         k::_PAGE_USER, "page tables", InvariantScope::EveryStep},
        {"TablePageNotOwnedAsTable", kOneArea, "frame.owner",
         [](Machine& m, ColumnBase&) -> Slot {
             for (const WalkStep& s : m.tables.translate(VirtAddr{k::VMALLOC_START}).steps)
                 if (s.level == LEVEL_PTE)
                     return static_cast<std::uint32_t>(s.tablePfn);
             return std::nullopt;
         },
         static_cast<std::uint64_t>(FrameOwner::PageTable) ^
             static_cast<std::uint64_t>(FrameOwner::VmallocData),
         "page tables", InvariantScope::EveryStep},
        {"SlabPageRefersToAnotherSlab", kOneArea, "frame.linkA",
         [](Machine& m, ColumnBase&) -> Slot {
             for (std::uint32_t s = m.slab.firstSlabId(); s < m.slab.slabCount(); ++s)
                 if (m.slab.slabAlive(s))
                     return static_cast<std::uint32_t>(m.slab.slabPfn(s));
             return std::nullopt;
         },
         1, "slab", InvariantScope::EveryStep},
        {"AreaWithoutKmemleakRecord", kOneArea, "kmemleak.alive",
         [](Machine& m, ColumnBase& c) -> Slot {
             const std::uint64_t addr = firstLiveArea(m).addr;
             const ColumnBase* pointer = findColumn(m, "kmemleak.pointer");
             for (std::uint32_t i = 0; pointer && i < c.slotCount(); ++i)
                 if (c.valueAt(i) && pointer->valueAt(i) == addr)
                     return i;
             return std::nullopt;
         },
         1, "kmemleak"},
        {"KmemleakRecordPointsNowhere", kOneArea, "kmemleak.pointer",
         [](Machine& m, ColumnBase& c) -> Slot {
             const std::uint64_t addr = firstLiveArea(m).addr;
             for (std::uint32_t i = 0; i < c.slotCount(); ++i)
                 if (c.valueAt(i) == addr)
                     return i;
             return std::nullopt;
         },
         0x100000, "kmemleak", InvariantScope::EveryStep},
        {"VmallocRecordClaimsToBeKmalloc", kOneArea, "kmemleak.kind",
         [](Machine& m, ColumnBase&) -> Slot {
             const std::uint64_t addr = firstLiveArea(m).addr;
             const ColumnBase* pointer = findColumn(m, "kmemleak.pointer");
             const ColumnBase* alive = findColumn(m, "kmemleak.alive");
             for (std::uint32_t i = 0; pointer && alive && i < pointer->slotCount(); ++i)
                 if (alive->valueAt(i) && pointer->valueAt(i) == addr)
                     return i;
             return std::nullopt;
         },
         static_cast<std::uint64_t>(TrackedKind::Kmalloc) ^ static_cast<std::uint64_t>(TrackedKind::Vmalloc),
         "kmemleak", InvariantScope::EveryStep},
    };
}

void PrintTo(const Corruption& row, std::ostream* os)
{
    *os << row.name << " (" << row.column << ")";
}

class InvariantCorruption : public ::testing::TestWithParam<Corruption>
{
};

TEST_P(InvariantCorruption, CheckerNamesTheBrokenFamily)
{
    const Corruption& row = GetParam();
    auto run = scenario::runScenarioText(row.scenario, "corrupt.vmviz", everyStep());
    ASSERT_TRUE(run.machine) << run.error;
    ASSERT_EQ(run.error, "");
    Machine& m = *run.machine;
    ASSERT_TRUE(isQuiescent(m, m.position().value()));

    // The sound machine reports nothing, in either scope.
    ASSERT_EQ(describe(checkInvariants(m, InvariantScope::Quiescent)), describe({}));
    ASSERT_EQ(describe(checkInvariants(m, InvariantScope::EveryStep)), describe({}));

    ColumnBase* column = findColumn(m, row.column);
    ASSERT_NE(column, nullptr) << "no state column named " << row.column << " (renamed?)";
    const auto slot = row.slot(m, *column);
    ASSERT_TRUE(slot.has_value()) << "the scenario did not produce the state to corrupt";
    ASSERT_LT(*slot, column->slotCount());
    const std::uint64_t hashBefore = m.stateHash();

    column->xorAt(*slot, row.bits);
    ASSERT_NE(m.stateHash(), hashBefore) << "the flip did not change the state";
    const auto found = checkInvariants(m, row.scope);
    EXPECT_TRUE(reports(found, row.expected))
        << row.column << "[" << *slot << "] ^= 0x" << std::hex << row.bits << " should break \""
        << row.expected << "\"; the checker found:\n"
        << describe(found);

    // Flipping back restores a sound machine: the checker keeps no state of its own.
    column->xorAt(*slot, row.bits);
    EXPECT_EQ(m.stateHash(), hashBefore);
    EXPECT_EQ(describe(checkInvariants(m, InvariantScope::Quiescent)), describe({}));
}

INSTANTIATE_TEST_SUITE_P(Families, InvariantCorruption, ::testing::ValuesIn(corruptions()),
                         [](const ::testing::TestParamInfo<Corruption>& param) {
                             return std::string(param.param.name);
                         });

TEST(Invariants, EveryFamilyIsCoveredByACorruption)
{
    // The families Invariants.cpp checks; a new family needs a row above.
    std::set<std::string> covered;
    for (const Corruption& row : corruptions())
        covered.insert(row.expected);
    EXPECT_EQ(covered, (std::set<std::string>{"frame conservation", "buddy lists", "vmap areas", "vmlist",
                                              "page tables", "slab", "kmemleak"}));
}

TEST(Invariants, RunnerStopsAtTheStepAfterTheCorruption)
{
    // afterStep runs after the runner's own check of that step, so corruption at step N is caught
    // by the check of step N + 1 and reported with that step's number.
    constexpr std::uint64_t kCorruptAt = 40;
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::EveryStep;
    options.afterStep = [](const Machine& m, std::uint64_t step) {
        if (step != kCorruptAt)
            return;
        // Give the first frame of ZONE_DMA32 an owner kind that does not exist.
        const auto pfn = static_cast<std::uint32_t>(m.phys.zone(ZONE_DMA32).startPfn);
        for (ColumnBase* c : m.journal.columns())
            if (std::string_view(c->name()) == "frame.owner")
                c->xorAt(pfn, 0x80);
    };
    auto run = scenario::runScenarioText(kLazyArea, "corrupt.vmviz", options);
    ASSERT_TRUE(run.machine);
    ASSERT_GT(run.machine->stepCount(), kCorruptAt);
    EXPECT_EQ(run.error.rfind("corrupt: step 41: invariant broken: frame conservation: pfn ", 0), 0u)
        << run.error;
    // The run stopped there: nothing after the broken step was recorded.
    EXPECT_EQ(run.machine->stepCount(), kCorruptAt + 1);
}

TEST(Invariants, OperationsModeCatchesCorruptionAtTheNextOperationBoundary)
{
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Operations;
    bool corrupted = false;
    options.afterStep = [&corrupted](const Machine& m, std::uint64_t step) {
        if (step != 10 || corrupted)
            return;
        corrupted = true;
        for (ColumnBase* c : m.journal.columns())
            if (std::string_view(c->name()) == "vmap_lazy_nr")
                c->xorAt(0, 3);
    };
    auto run = scenario::runScenarioText(kLazyArea, "corrupt.vmviz", options);
    ASSERT_TRUE(run.machine);
    EXPECT_TRUE(corrupted);
    EXPECT_NE(run.error.find("invariant broken: vmap areas: vmap_lazy_nr"), std::string::npos) << run.error;
}

TEST(Invariants, GoldenScenariosAreSoundAtTheirEnd)
{
    int scenarios = 0;
    for (const auto& entry : std::filesystem::directory_iterator(VMVIZ_GOLDEN_DIR)) {
        const auto file = entry.path() / "scenario.vmviz";
        if (!std::filesystem::exists(file))
            continue;
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        scenario::RunOptions options; // the golden test already checks every step; here, the end state
        options.invariants = scenario::InvariantChecks::Operations;
        auto run = scenario::runScenarioText(text.str(), file.string(), options);
        ASSERT_TRUE(run.machine) << file << ": " << run.error;
        EXPECT_EQ(run.error, "") << file;
        EXPECT_EQ(describe(checkInvariants(*run.machine, InvariantScope::Quiescent)), describe({})) << file;
        ++scenarios;
    }
    EXPECT_GE(scenarios, 15);
}

} // namespace
