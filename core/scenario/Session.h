// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A session file: the scenario (its text, config line included), where playback stands, and the
// breakpoints — everything needed to reopen exactly the same view of a run.
#include "steps/RunIndex.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz::scenario {

struct Session
{
    std::string scenarioName; ///< shown in titles and errors ("seed-walkthrough.vmviz")
    std::string scenarioText;
    std::uint64_t position = 0;
    std::vector<Breakpoint> breakpoints;
};

/// JSON: {"format": "vmviz-session", "version": 1, "scenario": {"name", "text"}, "position",
/// "breakpoints": [{"function": "map_vm_area"} | {"file": "mm/vmalloc.c", "line": 1366}]}.
std::string saveSession(const Session& session);

struct SessionLoad
{
    std::optional<Session> session;
    std::string error; ///< names the field
};
SessionLoad loadSession(std::string_view text);

/// "map_vm_area" or "mm/vmalloc.c:1366"; nullopt when neither a function the model runs nor the
/// FILE:LINE where one starts (the lines a breakpoint stops at), with the reason in `why`.
std::optional<Breakpoint> parseBreakpoint(std::string_view text, std::string* why = nullptr);
/// The function a breakpoint stops in; Fn::Count when a FILE:LINE names none.
Fn breakpointFunction(const Breakpoint& breakpoint);
std::string formatBreakpoint(const Breakpoint& breakpoint);

} // namespace vmviz::scenario
