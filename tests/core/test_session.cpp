// SPDX-License-Identifier: GPL-2.0-only
// A saved session reopens to the same machine state, position and breakpoints.
#include "scenario/ScenarioRunner.h"
#include "scenario/Session.h"

#include <gtest/gtest.h>

using namespace vmviz;
using namespace vmviz::scenario;

TEST(Session, SaveAndReopenGivesTheSameState)
{
    const std::string text = "config ram=64M cpus=2\na = vmalloc 2101248\nvfree a\nb = vmalloc 8K\n";
    auto run = runScenarioText(text, "s.vmviz");
    ASSERT_TRUE(run.machine) << run.error;
    run.machine->seek(StepIndex{1234});
    const std::uint64_t hash = run.machine->stateHash();

    Session saved{
        "s.vmviz", text, 1234, {*parseBreakpoint("map_vm_area"), *parseBreakpoint("mm/vmalloc.c:1366")}};
    const SessionLoad loaded = loadSession(saveSession(saved));
    ASSERT_TRUE(loaded.session) << loaded.error;
    EXPECT_EQ(loaded.session->scenarioText, text);
    EXPECT_EQ(loaded.session->position, 1234u);
    ASSERT_EQ(loaded.session->breakpoints.size(), 2u);
    EXPECT_EQ(formatBreakpoint(loaded.session->breakpoints[0]), "map_vm_area");
    EXPECT_EQ(formatBreakpoint(loaded.session->breakpoints[1]), "mm/vmalloc.c:1366");

    auto reopened = runScenarioText(loaded.session->scenarioText, loaded.session->scenarioName);
    ASSERT_TRUE(reopened.machine) << reopened.error;
    reopened.machine->seek(StepIndex{loaded.session->position});
    EXPECT_EQ(reopened.machine->stateHash(), hash);
    const RunIndex index(reopened.machine->trace);
    const StepIndex stop = index.nextBreakpoint(loaded.session->breakpoints, StepIndex{0});
    ASSERT_NE(stop, StepIndex{0});
    EXPECT_EQ(reopened.machine->trace.step(stop).function, Fn::map_vm_area);
}

TEST(Session, BadFilesSayWhatIsWrong)
{
    const struct
    {
        const char* json;
        const char* error;
    } cases[] = {
        {"", "not valid JSON"},
        {"{\"format\": \"vmviz-snapshot\", \"version\": 1}", "not a vmviz session"},
        {"{\"format\": \"vmviz-session\", \"version\": 2}", "session version 2 is not supported"},
        {"{\"format\": \"vmviz-session\", \"version\": 1, \"position\": 3}", "scenario: needs"},
        {"{\"format\": \"vmviz-session\", \"version\": 1, \"scenario\": {\"name\": \"x\", \"text\": \"\"}, "
         "\"position\": -1}",
         "position: must be"},
        {"{\"format\": \"vmviz-session\", \"version\": 1, \"scenario\": {\"name\": \"x\", \"text\": \"\"}, "
         "\"position\": 0, "
         "\"breakpoints\": [{\"function\": \"no_such_function\"}]}",
         "breakpoints: "},
    };
    for (const auto& c : cases) {
        const SessionLoad loaded = loadSession(c.json);
        EXPECT_FALSE(loaded.session) << c.json;
        EXPECT_NE(loaded.error.find(c.error), std::string::npos) << c.json << " → " << loaded.error;
    }
}

// A breakpoint names a function the model runs, or the FILE:LINE where one starts: the only lines
// RunIndex::stopsAt can stop at. Anything else is refused with the reason, never kept silently.
TEST(Session, BreakpointsMustExist)
{
    struct Case
    {
        const char* text;
        const char* why; ///< nullptr: accepted
        Fn stopsIn = Fn::Count;
    };
    const std::vector<Case> cases = {
        {"map_vm_area", nullptr, Fn::map_vm_area},
        {"mm/vmalloc.c:1366", nullptr, Fn::__vunmap},
        {"not_a_kernel_function", "no kernel function called not_a_kernel_function"},
        {"Caller", "no kernel function called Caller"},
        {"mm/vmalloc.c:x", "neither a kernel function vmviz runs nor FILE:LINE"},
        {":12", "neither a kernel function vmviz runs nor FILE:LINE"},
        {"mm/vmalloc.c:0", "neither a kernel function vmviz runs nor FILE:LINE"},
        {"mm/vmalloc.c:1367", "no kernel function vmviz runs starts at that line (mm/vmalloc.c has "},
        {"fs/open.c:12", "vmviz runs no kernel function from fs/open.c"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.text);
        std::string why;
        const auto parsed = parseBreakpoint(c.text, &why);
        if (!c.why) {
            ASSERT_TRUE(parsed) << why;
            EXPECT_EQ(breakpointFunction(*parsed), c.stopsIn);
            EXPECT_EQ(formatBreakpoint(*parsed), c.text);
            continue;
        }
        EXPECT_FALSE(parsed);
        EXPECT_NE(why.find(c.why), std::string::npos) << why;
    }
}
