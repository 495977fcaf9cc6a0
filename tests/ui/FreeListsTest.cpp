// SPDX-License-Identifier: GPL-2.0-only
// The free lists drawn: the snapshot's lists agree with /proc/buddyinfo at every kind of buddy step,
// each step names the lists it took a block off and put one on, a frame off every list is Taken
// (not free, not per-CPU), incremental snapshots equal fresh ones, and the panel paints the moves
// where its layout says the lists are.
#include "TestSupport.h"

#include "export/Exports.h"
#include "scenario/BuiltinScenarios.h"
#include "scenario/ScenarioRunner.h"
#include "snapshot/SnapshotBuilder.h"
#include "views/FreeListsPanel.h"

#include <QImage>
#include <QPainter>

#include <sstream>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

struct SeedRun
{
    scenario::RunResult result;
    std::unique_ptr<RunIndex> index;
    Machine& machine() const { return *result.machine; }
};

SeedRun& seedRun()
{
    static SeedRun run = [] {
        SeedRun r;
        std::string text;
        for (const auto& builtin : scenario::builtinScenarios())
            if (builtin.name == "seed-walkthrough")
                text = std::string(builtin.text);
        scenario::RunOptions options;
        options.invariants = scenario::InvariantChecks::Off;
        r.result = scenario::runScenarioText(text, "seed.vmviz", options);
        r.index = std::make_unique<RunIndex>(r.result.machine->trace);
        return r;
    }();
    EXPECT_TRUE(run.result.machine) << run.result.error;
    return run;
}

/// /proc/buddyinfo's numbers per zone name.
std::map<std::string, std::vector<std::uint64_t>> parseBuddyinfo(const std::string& text)
{
    std::map<std::string, std::vector<std::uint64_t>> out;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string node, nodeId, zoneWord, zone;
        words >> node >> nodeId >> zoneWord >> zone;
        std::uint64_t n = 0;
        while (words >> n)
            out[zone].push_back(n);
    }
    return out;
}

std::uint64_t firstEffect(const Trace& trace, Ev event)
{
    for (std::uint64_t i = 1; i <= trace.size(); ++i) {
        const Step s = trace.step(StepIndex{i});
        if (s.kind == StepKind::Effect && s.event == event)
            return i;
    }
    return 0;
}

TEST(FreeLists, BlockCountsEqualBuddyinfoAtEveryKindOfBuddyStep)
{
    SeedRun& run = seedRun();
    Machine& m = run.machine();
    const std::uint64_t steps[] = {0,
                                   firstEffect(m.trace, Ev::RmqueueFallback),
                                   firstEffect(m.trace, Ev::Expand) + 3,
                                   firstEffect(m.trace, Ev::PcpTake),
                                   firstEffect(m.trace, Ev::BuddyFree),
                                   m.trace.size() / 2,
                                   m.trace.size()};
    for (const std::uint64_t step : steps) {
        SCOPED_TRACE("step " + std::to_string(step));
        m.seek(StepIndex{step});
        const auto phys = buildPhys(m);
        ASSERT_TRUE(phys->freeLists);
        const auto info = parseBuddyinfo(exports::buddyinfo(m));
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
            if (!phys->zones[z].populated())
                continue;
            const auto it = info.find(std::string(zoneName(z)));
            ASSERT_NE(it, info.end()) << zoneName(z);
            ASSERT_EQ(it->second.size(), k::MAX_ORDER);
            const ZoneFreeLists& lists = phys->freeLists->zones[z];
            for (unsigned o = 0; o < k::MAX_ORDER; ++o) {
                EXPECT_EQ(lists.blocksOfOrder(o), it->second[o]) << zoneName(z) << " order " << o;
                EXPECT_EQ(lists.blocksOfOrder(o), phys->nrFree[z][o]);
                for (const FreeListContents& list : lists.buddy[o])
                    EXPECT_EQ(list.firstPfns.size(),
                              std::min<std::uint64_t>(list.blocks, FreeListContents::kShownBlocks));
            }
            std::uint64_t onPcp = 0;
            for (const FreeListContents& list : lists.perCpu)
                onPcp += list.blocks;
            EXPECT_EQ(onPcp, lists.pcpCount);
            EXPECT_EQ(lists.high, phys->zones[z].high);
        }
    }
}

TEST(FreeLists, EachStepNamesTheListsItLeftAndJoined)
{
    SeedRun& run = seedRun();
    Machine& m = run.machine();
    // The seed's first page: the per-CPU list is empty, so rmqueue_bulk steals the order-10 block
    // at 0x7800 from the Movable list, splits it down (expand), and lists the pages per-CPU.
    struct Case
    {
        const char* what;
        Ev event;
        std::uint64_t block;
        std::vector<FreeListRef> left;
        std::vector<FreeListRef> joined;
        bool fromInFlight;
        bool toInFlight;
    };
    const Case cases[] = {
        {"__rmqueue_fallback steals an order-10 Movable block",
         Ev::RmqueueFallback,
         0x7800,
         {{ZONE_DMA32, false, 10, MIGRATE_MOVABLE}},
         {},
         false,
         true},
        {"expand puts the upper half on free_area[9]",
         Ev::Expand,
         0x7a00,
         {},
         {{ZONE_DMA32, false, 9, MIGRATE_UNMOVABLE}},
         true,
         false},
        {"rmqueue_bulk lists a page per-CPU",
         Ev::PcpBulkAdd,
         0x7800,
         {},
         {{ZONE_DMA32, true, 0, MIGRATE_UNMOVABLE}},
         true,
         false},
        {"__rmqueue takes an order-0 block",
         Ev::Rmqueue,
         0x7801,
         {{ZONE_DMA32, false, 0, MIGRATE_UNMOVABLE}},
         {},
         false,
         true},
        {"buffered_rmqueue takes the hot page off the per-CPU list",
         Ev::PcpTake,
         0,
         {{ZONE_DMA32, true, 0, MIGRATE_UNMOVABLE}},
         {},
         false,
         false},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const std::uint64_t step = firstEffect(m.trace, c.event);
        ASSERT_NE(step, 0u);
        m.seek(StepIndex{step});
        const StepState s = buildStepState(m, *run.index);
        if (c.block) {
            EXPECT_EQ(s.listMoves.block, c.block);
        }
        EXPECT_EQ(s.listMoves.left, c.left);
        EXPECT_EQ(s.listMoves.joined, c.joined);
        EXPECT_EQ(s.listMoves.fromInFlight, c.fromInFlight);
        EXPECT_EQ(s.listMoves.toInFlight, c.toInFlight);
    }
}

TEST(FreeLists, AMergingFreeLeavesTheListsBelowTheBlockItJoins)
{
    // 4 MiB freed page by page overflows the per-CPU list: free_pcppages_bulk merges buddies.
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off;
    const auto result =
        scenario::runScenarioText("config ram=128M\na = vmalloc 4194304\nvfree a\n", "merge.vmviz", options);
    ASSERT_TRUE(result.machine) << result.error;
    Machine& m = *result.machine;
    const RunIndex index(m.trace);
    const std::uint64_t merge = [&] {
        for (std::uint64_t i = 1; i <= m.trace.size(); ++i) {
            const Step s = m.trace.step(StepIndex{i});
            if (s.kind == StepKind::Effect && s.event == Ev::BuddyFree && s.args[0] != s.args[2])
                return i;
        }
        return std::uint64_t{0};
    }();
    ASSERT_NE(merge, 0u);
    m.seek(StepIndex{merge});
    const StepState s = buildStepState(m, index);
    ASSERT_EQ(s.listMoves.joined.size(), 1u);
    EXPECT_FALSE(s.listMoves.joined[0].perCpu);
    EXPECT_GT(s.listMoves.joined[0].order, 0u);
    bool leftPerCpu = false;
    for (const FreeListRef& r : s.listMoves.left) {
        leftPerCpu = leftPerCpu || r.perCpu;
        EXPECT_TRUE(r.perCpu || r.order < s.listMoves.joined[0].order);
    }
    EXPECT_TRUE(leftPerCpu) << "free_pcppages_bulk takes the page off the per-CPU list";
    EXPECT_EQ(s.listMoves.left.size(), 1 + s.listMoves.joined[0].order);
}

TEST(FreeLists, AFrameOffEveryListIsTakenNotFreeOrPerCpu)
{
    SeedRun& run = seedRun();
    Machine& m = run.machine();
    const std::uint64_t take = firstEffect(m.trace, Ev::PcpTake);
    m.seek(StepIndex{take});
    const std::uint64_t pfn = m.trace.step(StepIndex{take}).args[0];
    EXPECT_EQ(m.phys.owner(Pfn{pfn}), FrameOwner::PerCpuList)
        << "the kernel's list_del leaves the page's fields";
    EXPECT_EQ(buildPhys(m)->frameClass(pfn), FrameClass::Taken);
    m.seek(StepIndex{take - 1});
    EXPECT_EQ(buildPhys(m)->frameClass(pfn), FrameClass::PerCpu);

    const std::uint64_t steal = firstEffect(m.trace, Ev::RmqueueFallback);
    m.seek(StepIndex{steal});
    const auto phys = buildPhys(m);
    for (std::uint64_t p = 0x7800; p < 0x7800 + 1024; p += 97)
        EXPECT_EQ(phys->frameClass(p), FrameClass::Taken) << std::hex << p;
}

TEST(FreeLists, SteppedSnapshotsEqualFreshOnes)
{
    SeedRun& run = seedRun();
    Machine& m = run.machine();
    SnapshotBuilder builder(m);
    const std::uint64_t take = firstEffect(m.trace, Ev::PcpTake);
    // Forward over the first page's allocation, then back across the per-CPU take, then a jump.
    std::vector<std::uint64_t> path;
    for (std::uint64_t p = 0; p <= take + 4; ++p)
        path.push_back(p);
    for (std::uint64_t p = take + 3; p + 3 >= take && p > 0; --p)
        path.push_back(p);
    path.push_back(m.trace.size());
    path.push_back(take);
    SnapshotPtr previous;
    for (const std::uint64_t p : path) {
        SCOPED_TRACE("position " + std::to_string(p));
        m.seek(StepIndex{p});
        const SnapshotPtr stepped = builder.build(m, *run.index, previous.get(), 1);
        const SnapshotPtr fresh = builder.build(m, *run.index, nullptr, 1);
        ASSERT_EQ(stepped->phys->freeLists->zones[ZONE_DMA32].pcpCount,
                  fresh->phys->freeLists->zones[ZONE_DMA32].pcpCount);
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
            for (unsigned o = 0; o < k::MAX_ORDER; ++o)
                EXPECT_EQ(stepped->phys->freeLists->zones[z].buddy[o],
                          fresh->phys->freeLists->zones[z].buddy[o]);
        EXPECT_EQ(stepped->phys->takenFromPerCpu, fresh->phys->takenFromPerCpu);
        for (std::uint64_t pfn = 0x7800; pfn < 0x7820; ++pfn)
            EXPECT_EQ(stepped->phys->frameClass(pfn), fresh->phys->frameClass(pfn)) << std::hex << pfn;
        EXPECT_EQ(*stepped->scanGraph, *fresh->scanGraph);
        previous = stepped;
    }
}

TEST(FreeListsPanel, OutlinesTheListsTheStepMovedABlockBetween)
{
    SeedRun& run = seedRun();
    Machine& m = run.machine();
    SnapshotBuilder builder(m);
    const std::uint64_t expand = firstEffect(m.trace, Ev::Expand);
    m.seek(StepIndex{expand});
    const SnapshotPtr snapshot = builder.build(m, *run.index, nullptr, 1);
    FreeListsPanel panel;
    panel.resize(900, 640);
    panel.setSnapshot(snapshot);
    QImage image(panel.size(), QImage::Format_ARGB32);
    QPainter painter(&image);
    panel.render(painter, panel.size());
    painter.end();

    const FreeListsLayout layout = panel.layout();
    ASSERT_EQ(layout.zones.size(), 2u) << "128 MiB: DMA and DMA32";
    const QRectF joined = layout.rectOf(snapshot->step.listMoves.joined.at(0));
    ASSERT_FALSE(joined.isEmpty());
    // The outline's left edge, halfway down, is the "joined" green; an untouched list has none.
    const QColor edge =
        image.pixelColor(QPoint(static_cast<int>(joined.left()) + 2, static_cast<int>(joined.center().y())));
    EXPECT_GT(edge.green(), edge.red() + 40) << edge.name().toStdString();
    const QRectF other = layout.rectOf({ZONE_DMA, false, 3, MIGRATE_UNMOVABLE});
    const QColor plain =
        image.pixelColor(QPoint(static_cast<int>(other.left()) + 2, static_cast<int>(other.center().y())));
    EXPECT_LT(std::abs(plain.green() - plain.red()), 30) << plain.name().toStdString();
    // Halfway through the step's animation the split half travels between the held block's box
    // and the list it joins: its chip sits halfway along.
    auto transition = std::make_shared<StepTransition>();
    transition->step = snapshot->step.position;
    panel.setAnimationFrame(AnimationFrame{transition, 0.5});
    QImage moving(panel.size(), QImage::Format_ARGB32);
    QPainter movingPainter(&moving);
    panel.render(movingPainter, panel.size());
    movingPainter.end();
    const QPointF mid = (layout.inFlight.center() + joined.center()) / 2;
    const QColor chip = moving.pixelColor(
        QPoint(static_cast<int>(mid.x()), static_cast<int>(mid.y() + layout.rowHeight * 0.42)));
    // The Taken fill (near-black in the light theme) where the page background would be light.
    EXPECT_LT(std::max({chip.red(), chip.green(), chip.blue()}), 0x60) << chip.name().toStdString();
    // The held block's box is outlined red: the half came out of it.
    const QColor held = image.pixelColor(
        QPoint(static_cast<int>(layout.inFlight.left()) + 1, static_cast<int>(layout.inFlight.center().y())));
    EXPECT_GT(held.red(), held.green() + 60) << held.name().toStdString();
}

} // namespace
