// SPDX-License-Identifier: GPL-2.0-only
// Machine::changesBetween(a, b) against brute force: seek to a and to b, read every frame, entry,
// area, kmemleak object, slab object and counter through the subsystems' own readers, and compare
// each typed list of the change set with the differences between the two full states. Pairs in
// both orders, equal, at 0 and at the end; with and without playback checkpoints; with the cursor
// anywhere.
#include "machine/Machine.h"
#include "scenario/ScenarioRunner.h"
#include "support/Golden.h"
#include "support/RandomScenario.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace vmviz;

namespace {

bool sameObject(const KmemleakObject& x, const KmemleakObject& y)
{
    return x.id == y.id && x.pointer == y.pointer && x.size == y.size && x.minCount == y.minCount &&
           x.count == y.count && x.flags == y.flags && x.checksum == y.checksum && x.jiffies == y.jiffies &&
           x.kind == y.kind && x.stack == y.stack && x.callerOffset == y.callerOffset;
}

bool sameArea(const AreaInfo& x, const AreaInfo& y)
{
    return x.vaAlive == y.vaAlive && x.vaStart == y.vaStart && x.vaEnd == y.vaEnd && x.vaFlags == y.vaFlags &&
           x.vaObject == y.vaObject && x.vmAlive == y.vmAlive && x.onVmlist == y.onVmlist &&
           x.vmObject == y.vmObject && x.addr == y.addr && x.size == y.size && x.flags == y.flags &&
           x.nrPages == y.nrPages && x.pagesAddr == y.pagesAddr && x.pagesArea == y.pagesArea &&
           x.arrayOf == y.arrayOf && x.caller == y.caller && x.pagePfns == y.pagePfns;
}

/// Everything a change set describes, read at the cursor through the public readers.
struct FullState
{
    std::vector<FrameFields> frames;
    std::vector<std::uint64_t> entries; ///< table * 512 + index
    std::vector<std::uint64_t> tablePfn;
    std::vector<unsigned> tableLevel;
    std::vector<std::uint64_t> tableBase; ///< by a walk from the PGD at this position
    std::vector<AreaInfo> areas;          ///< by id, alive or not
    std::map<std::uint32_t, KmemleakObject> leaks;
    std::vector<std::uint64_t> slabAllocated;
    std::vector<std::vector<std::uint64_t>> zoneCounters;
    std::uint64_t lazyNr = 0;
    std::uint64_t jiffies = 0;
    Journal::State raw;
};

FullState readState(const Machine& m)
{
    FullState s;
    for (std::uint64_t pfn = 0; pfn < m.phys.frameCount(); ++pfn) {
        const Pfn p{pfn};
        s.frames.push_back(FrameFields{m.phys.owner(p), m.phys.aux(p), m.phys.ref(p), m.phys.index(p)});
    }
    const auto tables = static_cast<std::uint32_t>(m.tables.tableCount());
    s.tableBase.assign(tables, 0);
    for (std::uint32_t t = 0; t < tables; ++t) {
        s.tablePfn.push_back(m.tables.tablePfn(t));
        s.tableLevel.push_back(m.tables.tableLevel(t));
        for (unsigned i = 0; i < 512; ++i)
            s.entries.push_back(m.tables.entry(t, i));
    }
    std::vector<std::uint32_t> todo{0};
    while (!todo.empty()) {
        const std::uint32_t t = todo.back();
        todo.pop_back();
        const unsigned level = m.tables.tableLevel(t);
        if (level <= 1)
            continue;
        for (unsigned i = 0; i < 512; ++i) {
            if (const auto child = m.tables.tableOfEntry(m.tables.entry(t, i))) {
                s.tableBase[*child] = s.tableBase[t] + (std::uint64_t{i} << (12 + 9 * (level - 1)));
                todo.push_back(*child);
            }
        }
    }
    for (std::uint32_t id = 0; id < m.vmalloc.areaSlots(); ++id)
        s.areas.push_back(m.vmalloc.area(AreaId{id}));
    for (const KmemleakObject& o : m.kmemleak.objects())
        s.leaks.emplace(o.id, o);
    for (const ColumnBase* c : m.journal.columns()) {
        if (c->part() == MachinePart::SlabObjects && std::string_view(c->name()) == "object.allocated")
            for (std::size_t i = 0; i < c->slotCount(); ++i)
                s.slabAllocated.push_back(c->valueAt(i));
    }
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        std::vector<std::uint64_t> counters{m.phys.pcpCount(z), m.phys.freePagesCounter(z)};
        for (unsigned o = 0; o < k::MAX_ORDER; ++o)
            counters.push_back(m.phys.nrFree(z, o));
        s.zoneCounters.push_back(counters);
    }
    s.lazyNr = m.vmalloc.lazyNr();
    s.jiffies = m.jiffies();
    m.journal.capture(s.raw);
    return s;
}

std::uint64_t canonical(std::uint64_t v)
{
    v &= (1ull << 48) - 1;
    return (v & (1ull << 47)) ? (v | 0xffff000000000000ull) : v;
}

/// The change set brute force gives for before = x (position a), after = y (position b).
ChangeSet expectedChanges(const Machine& m, const FullState& x, const FullState& y, bool yIsLater)
{
    ChangeSet c;
    for (std::size_t pfn = 0; pfn < x.frames.size(); ++pfn)
        if (x.frames[pfn] != y.frames[pfn])
            c.frames.push_back(FrameChange{Pfn{pfn}, x.frames[pfn], y.frames[pfn]});
    const FullState& later = yIsLater ? y : x;
    for (std::size_t e = 0; e < x.entries.size(); ++e) {
        if (x.entries[e] == y.entries[e])
            continue;
        const std::size_t t = e / 512;
        EntryChange change;
        change.table = Pfn{later.tablePfn[t]};
        change.level = later.tableLevel[t];
        change.index = static_cast<unsigned>(e % 512);
        change.vaddr = VirtAddr{canonical(later.tableBase[t] + ((e % 512) << (12 + 9 * (change.level - 1))))};
        change.before = x.entries[e];
        change.after = y.entries[e];
        c.entries.push_back(change);
    }
    for (std::size_t id = 0; id < x.areas.size(); ++id) {
        const AreaInfo& p = x.areas[id];
        const AreaInfo& q = y.areas[id];
        const bool wasAlive = p.vaAlive || p.vmAlive;
        const bool isAlive = q.vaAlive || q.vmAlive;
        if ((!wasAlive && !isAlive) || sameArea(p, q))
            continue;
        const AreaChangeKind kind = !wasAlive  ? AreaChangeKind::Added
                                    : !isAlive ? AreaChangeKind::Removed
                                    : ((q.vaFlags & k::VM_LAZY_FREE) && !(p.vaFlags & k::VM_LAZY_FREE))
                                        ? AreaChangeKind::LazilyFreed
                                        : AreaChangeKind::Changed;
        c.areas.push_back(AreaChange{AreaId{static_cast<std::uint32_t>(id)}, kind});
    }
    std::map<std::uint32_t, KmemleakChange> leaks;
    for (const auto& [id, o] : x.leaks)
        leaks[id].before = o;
    for (const auto& [id, o] : y.leaks)
        leaks[id].after = o;
    for (auto& [id, change] : leaks) {
        if (change.before && change.after && sameObject(*change.before, *change.after))
            continue;
        change.pointer = change.after ? change.after->pointer : change.before->pointer;
        change.colourBefore = change.before ? colourOf(*change.before) : KmemleakColour::White;
        change.colourAfter = change.after ? colourOf(*change.after) : KmemleakColour::White;
        change.kind = !change.before                              ? KmemleakChangeKind::Added
                      : !change.after                             ? KmemleakChangeKind::Removed
                      : change.colourBefore != change.colourAfter ? KmemleakChangeKind::Recoloured
                                                                  : KmemleakChangeKind::Changed;
        c.kmemleak.push_back(change);
    }
    for (std::size_t slot = 0; slot < x.slabAllocated.size(); ++slot)
        if (x.slabAllocated[slot] != y.slabAllocated[slot])
            c.slabObjects.push_back(
                SlabObjectChange{static_cast<std::uint32_t>(slot), y.slabAllocated[slot] != 0});
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
        if (x.zoneCounters[z] != y.zoneCounters[z])
            c.zones.push_back(z);
    c.vmapLazyNr = x.lazyNr != y.lazyNr;
    c.jiffies = x.jiffies != y.jiffies;
    for (const ColumnBase* column : m.journal.columns()) {
        const std::size_t from = x.raw.offsets[column->id()];
        const std::size_t to = x.raw.offsets[column->id() + 1];
        if (!std::equal(x.raw.bytes.begin() + static_cast<std::ptrdiff_t>(from),
                        x.raw.bytes.begin() + static_cast<std::ptrdiff_t>(to),
                        y.raw.bytes.begin() + static_cast<std::ptrdiff_t>(from)))
            c.parts |= 1u << static_cast<unsigned>(column->part());
    }
    return c;
}

void expectSame(const ChangeSet& got, const ChangeSet& want, const std::string& where)
{
    EXPECT_EQ(got.frames, want.frames) << where;
    EXPECT_EQ(got.entries, want.entries) << where;
    EXPECT_EQ(got.areas, want.areas) << where;
    ASSERT_EQ(got.kmemleak.size(), want.kmemleak.size()) << where;
    for (std::size_t i = 0; i < got.kmemleak.size(); ++i) {
        const KmemleakChange& g = got.kmemleak[i];
        const KmemleakChange& w = want.kmemleak[i];
        EXPECT_EQ(g.pointer, w.pointer) << where;
        EXPECT_EQ(g.kind, w.kind) << where << " object " << i;
        EXPECT_EQ(g.colourBefore, w.colourBefore) << where;
        EXPECT_EQ(g.colourAfter, w.colourAfter) << where;
        EXPECT_EQ(g.before.has_value(), w.before.has_value()) << where;
        EXPECT_EQ(g.after.has_value(), w.after.has_value()) << where;
        if (g.before && w.before) {
            EXPECT_TRUE(sameObject(*g.before, *w.before)) << where;
        }
        if (g.after && w.after) {
            EXPECT_TRUE(sameObject(*g.after, *w.after)) << where;
        }
    }
    EXPECT_EQ(got.slabObjects, want.slabObjects) << where;
    EXPECT_EQ(got.zones, want.zones) << where;
    EXPECT_EQ(got.vmapLazyNr, want.vmapLazyNr) << where;
    EXPECT_EQ(got.jiffies, want.jiffies) << where;
    EXPECT_EQ(got.parts, want.parts) << where;
}

/// Checks `pairs` random pairs plus the edge pairs, the cursor left at random places.
void checkPairs(Machine& m, std::uint64_t seed, int pairs)
{
    const std::uint64_t n = m.stepCount();
    std::mt19937_64 rng(seed);
    std::vector<std::pair<std::uint64_t, std::uint64_t>> cases{{0, n}, {n, 0}, {0, 0},     {n, n},
                                                               {0, 1}, {1, 0}, {n - 1, n}, {n / 2, n / 2}};
    for (int i = 0; i < pairs; ++i)
        cases.emplace_back(rng() % (n + 1), rng() % (n + 1));
    for (int i = 0; i < pairs / 2; ++i) { // neighbours, as the step animation asks
        const std::uint64_t p = 1 + rng() % n;
        cases.emplace_back(p - 1, p);
    }
    for (const auto& [a, b] : cases) {
        m.seek(StepIndex{a});
        const FullState x = readState(m);
        m.seek(StepIndex{b});
        const FullState y = readState(m);
        const ChangeSet want = expectedChanges(m, x, y, b >= a);
        const std::uint64_t cursor = rng() % (n + 1);
        m.seek(StepIndex{cursor});
        const ChangeSet got = m.changesBetween(StepIndex{a}, StepIndex{b});
        EXPECT_EQ(m.position().value(), cursor) << "changesBetween moved the cursor";
        EXPECT_EQ(got.from, StepIndex{a});
        EXPECT_EQ(got.to, StepIndex{b});
        expectSame(got, want,
                   "pair " + std::to_string(a) + " -> " + std::to_string(b) + ", cursor " +
                       std::to_string(cursor));
        if (::testing::Test::HasFailure())
            return;
    }
}

testsupport::RandomScenarioOptions options(std::uint64_t seed)
{
    testsupport::RandomScenarioOptions o;
    o.seed = seed;
    o.operations = 120;
    o.minRamBytes = 32ull << 20;
    o.maxRamBytes = 48ull << 20;
    o.maxAllocBytes = 256ull << 10;
    o.pressureBursts = false;
    return o;
}

} // namespace

class ChangeSetsOfRandomScenarios : public ::testing::TestWithParam<std::uint64_t>
{
};

TEST_P(ChangeSetsOfRandomScenarios, EqualTheDifferenceOfFullStates)
{
    auto run = scenario::runScenarioText(testsupport::randomScenario(options(GetParam())), "random.vmviz");
    ASSERT_TRUE(run.machine) << run.error;
    ASSERT_GT(run.machine->stepCount(), 1u);
    checkPairs(*run.machine, GetParam(), 12);
}

INSTANTIATE_TEST_SUITE_P(Seeds, ChangeSetsOfRandomScenarios, ::testing::Range<std::uint64_t>(1, 9));

TEST(ChangeSets, SeedWalkthroughWithAndWithoutCheckpoints)
{
    const auto path = std::filesystem::path(VMVIZ_GOLDEN_DIR) / "seed-walkthrough" / "scenario.vmviz";
    auto run = scenario::runScenarioText(golden::readFile(path), "seed-walkthrough.vmviz");
    ASSERT_TRUE(run.machine) << run.error;
    Machine& m = *run.machine;
    checkPairs(m, 7, 16);
    // Checkpoints every few hundred deltas: the values at an end then come from a checkpoint.
    m.buildCheckpoints(256, 16);
    ASSERT_GT(m.checkpointCount(), 2u);
    checkPairs(m, 11, 16);
}

TEST(ChangeSets, AStepThatMapsAPageWritesOneEntryAndTakesOneFrame)
{
    auto run = scenario::runScenarioText("config ram=64M cpus=1\na = vmalloc 4K\n", "one-page.vmviz");
    ASSERT_TRUE(run.machine) << run.error;
    const Machine& m = *run.machine;
    std::size_t leafWrites = 0;
    for (std::uint64_t p = 1; p <= m.stepCount(); ++p) {
        const Step& step = m.trace.step(StepIndex{p});
        if (step.event != Ev::EntryWrite)
            continue;
        const ChangeSet c = m.changesBetween(StepIndex{p - 1}, StepIndex{p});
        ASSERT_EQ(c.entries.size(), 1u);
        EXPECT_EQ(c.entries[0].before, 0u);
        EXPECT_NE(c.entries[0].after, 0u);
        if (c.entries[0].level == 1) {
            ++leafWrites;
            EXPECT_EQ(c.entries[0].vaddr, VirtAddr{k::VMALLOC_START});
        }
    }
    EXPECT_EQ(leafWrites, 1u);
    const ChangeSet whole = m.changesBetween(StepIndex{0}, StepIndex{m.stepCount()});
    ASSERT_EQ(whole.areas.size(), 1u);
    EXPECT_EQ(whole.areas[0].kind, AreaChangeKind::Added);
    ASSERT_FALSE(whole.kmemleak.empty());
    EXPECT_EQ(whole.kmemleak.back().kind, KmemleakChangeKind::Added);
    const ChangeSet back = m.changesBetween(StepIndex{m.stepCount()}, StepIndex{0});
    ASSERT_EQ(back.areas.size(), 1u);
    EXPECT_EQ(back.areas[0].kind, AreaChangeKind::Removed);
}
