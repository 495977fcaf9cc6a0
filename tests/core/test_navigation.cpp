// SPDX-License-Identifier: GPL-2.0-only
// Navigation over a recorded run: step into/over/out and back, run to the next step of a kind,
// breakpoints on a function or a source line — checked on the 513-page recursion.
#include "scenario/ScenarioRunner.h"
#include "steps/RunIndex.h"

#include <gtest/gtest.h>

using namespace vmviz;

namespace {

class Navigation : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        scenario::RunOptions options;
        options.invariants = scenario::InvariantChecks::Off;
        s_run = new scenario::RunResult(scenario::runScenarioText(
            "a = vmalloc 2101248\nvfree a\nvfree a\nb = vmalloc 4K\n", "nav.vmviz", options));
        s_index = new RunIndex(s_run->machine->trace);
    }
    static void TearDownTestSuite()
    {
        delete s_index;
        delete s_run;
    }
    static const Trace& trace() { return s_run->machine->trace; }
    static const RunIndex& index() { return *s_index; }
    /// The first call of `fn` after step `after`.
    static StepIndex callOf(Fn fn, StepIndex after = StepIndex{0})
    {
        return index().nextCallOf({fn}, after, StepIndex{index().stepCount()});
    }
    /// The step `delta` steps from `s`.
    static StepIndex moved(StepIndex s, std::int64_t delta)
    {
        return StepIndex{static_cast<std::uint64_t>(static_cast<std::int64_t>(s.value()) + delta)};
    }

    static scenario::RunResult* s_run;
    static RunIndex* s_index;
};
scenario::RunResult* Navigation::s_run = nullptr;
RunIndex* Navigation::s_index = nullptr;

constexpr StepIndex kNone{0};

TEST_F(Navigation, StepOverSkipsAWholeCallAndBackReturnsBeforeIt)
{
    const StepIndex call = callOf(Fn::__vmalloc_area_node);
    ASSERT_NE(call, kNone);
    const StepIndex over = index().stepOver(moved(call, -1));
    EXPECT_EQ(trace().step(over).kind, StepKind::Return);
    EXPECT_EQ(trace().step(over).function, Fn::__vmalloc_area_node);
    EXPECT_EQ(trace().step(over).depth, trace().step(call).depth);
    EXPECT_EQ(index().stepOverBack(over), moved(call, -1));
    // Next comes kmemleak_alloc: over it lands on its return; into it is one step.
    ASSERT_EQ(trace().step(moved(over, 1)).function, Fn::kmemleak_alloc);
    const StepIndex overKmemleak = index().stepOver(over);
    EXPECT_EQ(trace().step(overKmemleak).kind, StepKind::Return);
    EXPECT_EQ(trace().step(overKmemleak).function, Fn::kmemleak_alloc);
    EXPECT_EQ(index().stepOver(moved(overKmemleak, -1)), overKmemleak); // a return is one step
    EXPECT_EQ(index().stepBack(over), moved(over, -1));
}

TEST_F(Navigation, TheRecursionShowsTwoVmallocNodeFrames)
{
    const StepIndex outer = callOf(Fn::__vmalloc_node);
    const StepIndex inner = callOf(Fn::__vmalloc_node, outer);
    ASSERT_NE(inner, kNone);
    int frames = 0;
    for (const StepIndex call : index().stackAt(moved(inner, 1)))
        frames += trace().step(call).function == Fn::__vmalloc_node;
    EXPECT_EQ(frames, 2);
    // Step out of the inner one lands on its return; step out back lands before its call.
    const StepIndex out = index().stepOut(moved(inner, 1));
    EXPECT_EQ(trace().step(out).function, Fn::__vmalloc_node);
    EXPECT_EQ(trace().step(out).kind, StepKind::Return);
    EXPECT_EQ(index().stepOutBack(moved(inner, 1)), moved(inner, -1));
}

TEST_F(Navigation, RunToTheNextStepOfAKind)
{
    struct Case
    {
        std::uint16_t categories;
        Ev expected; ///< the event the first match must be, Ev::Count for "any of the category"
    };
    for (const Case c : {Case{CatPteWrite, Ev::EntryWrite}, Case{CatWarn, Ev::Oops},
                         Case{CatKmemleak, Ev::KmemleakCreate}, Case{CatFrames, Ev::Count}}) {
        const StepIndex s = index().nextOfKind(c.categories, kNone);
        ASSERT_NE(s, kNone) << c.categories;
        EXPECT_TRUE(eventInfo(trace().step(s).event).categories & c.categories);
        if (c.expected != Ev::Count) {
            EXPECT_EQ(trace().step(s).event, c.expected) << c.categories;
        }
        EXPECT_EQ(index().previousOfKind(c.categories, moved(s, 1)), s);
        EXPECT_EQ(index().previousOfKind(c.categories, s), kNone);
    }
}

TEST_F(Navigation, BreakpointsOnAFunctionOrASourceLine)
{
    const StepIndex map = index().nextBreakpoint({Breakpoint{Fn::map_vm_area, {}, 0}}, kNone);
    ASSERT_NE(map, kNone);
    EXPECT_EQ(trace().step(map).function, Fn::map_vm_area);
    // mm/vmalloc.c:1366 is __vunmap; the first stop is the first vfree's.
    const StepIndex vunmap = index().nextBreakpoint({Breakpoint{Fn::Count, "mm/vmalloc.c", 1366}}, kNone);
    ASSERT_NE(vunmap, kNone);
    EXPECT_EQ(trace().step(vunmap).function, Fn::__vunmap);
    EXPECT_EQ(index().previousBreakpoint({Breakpoint{Fn::map_vm_area, {}, 0}}, map), kNone);
    EXPECT_EQ(index().nextBreakpoint({Breakpoint{Fn::kmemleak_scan, {}, 0}}, kNone), kNone);
}

TEST_F(Navigation, AnOopsClosesItsFramesWithoutReturns)
{
    // The second vfree oopses inside remove_vm_area; after it the stack is empty again.
    const StepIndex killed = moved(index().nextOfKind(CatWarn, kNone), 1);
    ASSERT_EQ(trace().step(killed).event, Ev::TaskKilled);
    EXPECT_TRUE(index().stackAt(killed).empty());
    EXPECT_EQ(trace().step(moved(killed, 1)).function, Fn::Caller);
}

} // namespace
