// SPDX-License-Identifier: GPL-2.0-only
// Snapshots built incrementally (sharing the parts the steps in between did not touch) equal
// snapshots built from scratch, forwards, backwards and in jumps.
#include "TestSupport.h"

#include "controller/SessionController.h"
#include "scenario/ScenarioRunner.h"
#include "snapshot/SnapshotBuilder.h"

#include <random>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

void expectSamePhys(const PhysSnapshot& a, const PhysSnapshot& b)
{
    ASSERT_EQ(a.frameCount, b.frameCount);
    for (std::uint64_t pfn = 0; pfn < a.frameCount; ++pfn) {
        ASSERT_EQ(a.frame(pfn), b.frame(pfn)) << "pfn " << pfn;
        ASSERT_EQ(a.frameClass(pfn), b.frameClass(pfn)) << "pfn " << pfn;
    }
    EXPECT_EQ(a.nrFree, b.nrFree);
    EXPECT_EQ(a.pcpCount, b.pcpCount);
}

TEST(Snapshot, IncrementalEqualsFullBuild)
{
    auto result = scenario::runScenarioText(test::kRecursion.toStdString(), "recursion.vmviz");
    ASSERT_TRUE(result.machine);
    Machine& m = *result.machine;
    const RunIndex index(m.trace);
    const SnapshotBuilder builder(m);
    std::mt19937_64 rng(7);
    SnapshotPtr previous;
    std::vector<std::uint64_t> positions = {0, 1, 2, 40, 41, 42, 200, 199, 198, m.stepCount(), 3};
    for (int i = 0; i < 20; ++i)
        positions.push_back(rng() % (m.stepCount() + 1));
    for (const std::uint64_t p : positions) {
        SCOPED_TRACE(p);
        m.seek(StepIndex{p});
        const SnapshotPtr incremental = builder.build(m, index, previous.get(), 1);
        expectSamePhys(*incremental->phys, *buildPhys(m));
        const auto areas = buildAreas(m);
        ASSERT_EQ(incremental->areas->areas.size(), areas->areas.size());
        for (std::size_t i = 0; i < areas->areas.size(); ++i) {
            EXPECT_EQ(incremental->areas->areas[i].vaStart, areas->areas[i].vaStart);
            EXPECT_EQ(incremental->areas->areas[i].pagePfns, areas->areas[i].pagePfns);
        }
        const auto tables = buildTables(m);
        ASSERT_EQ(incremental->tables->tables.size(), tables->tables.size());
        for (std::size_t i = 0; i < tables->tables.size(); ++i)
            EXPECT_EQ(incremental->tables->tables[i].entries.size(), tables->tables[i].entries.size());
        EXPECT_EQ(incremental->kmemleak->objects.size(), buildKmemleak(m)->objects.size());
        // Unchanged parts are shared, not copied.
        if (previous && previous->step.position == p) {
            EXPECT_EQ(incremental->phys, previous->phys);
        }
        previous = incremental;
    }
}

TEST(Snapshot, AStaleRunIsDropped)
{
    SessionController session;
    QSignalSpy finished(&session, &SessionController::runFinished);
    // The first run is superseded at once; only the second one's machine is adopted.
    session.runScenario(test::kRecursion, QStringLiteral("first.vmviz"));
    session.runScenario(test::kSeed, QStringLiteral("second.vmviz"));
    for (int i = 0; i < 100 && finished.isEmpty(); ++i)
        finished.wait(100);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(session.scenarioName(), QStringLiteral("second.vmviz"));
    QSignalSpy more(&session, &SessionController::runFinished);
    EXPECT_FALSE(more.wait(300));
    EXPECT_LT(session.stepCount(), 1000u);
}

TEST(Snapshot, ParseErrorsComeBackWithTheirLine)
{
    SessionController session;
    QSignalSpy failed(&session, &SessionController::runFailed);
    session.runScenario(QStringLiteral("config ram=128M\na = vmalloc\n"), QStringLiteral("bad.vmviz"));
    for (int i = 0; i < 50 && failed.isEmpty(); ++i)
        failed.wait(100);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.front().front().toString().startsWith(QStringLiteral("bad.vmviz:2:")));
    EXPECT_FALSE(session.hasMachine());
}

} // namespace
