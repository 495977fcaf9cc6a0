// SPDX-License-Identifier: GPL-2.0-only
#include "scenario/Session.h"

#include "base/JsonDocument.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <utility>

namespace vmviz::scenario {

namespace {

/// The function the model runs whose definition starts at FILE:LINE — the only lines a
/// breakpoint stops at (RunIndex::stopsAt compares a call's function's file and line).
Fn functionStartingAt(std::string_view file, int line)
{
    for (std::size_t i = 0; i < static_cast<std::size_t>(Fn::Count); ++i) {
        const Fn fn = static_cast<Fn>(i);
        const FunctionInfo& info = functionInfo(fn);
        if (fn != Fn::Caller && info.file == file && info.line == line && line > 0)
            return fn;
    }
    return Fn::Count;
}

/// "mm/vmalloc.c has __vmalloc_node at 1366, map_vm_area at 1253, …" — what the user can write instead.
std::string functionsIn(std::string_view file)
{
    std::vector<std::pair<int, std::string_view>> starts;
    for (std::size_t i = 0; i < static_cast<std::size_t>(Fn::Count); ++i) {
        const Fn fn = static_cast<Fn>(i);
        const FunctionInfo& info = functionInfo(fn);
        if (fn != Fn::Caller && info.file == file && info.line > 0) // line 0: the model does not quote it
            starts.emplace_back(info.line, info.name);
    }
    std::sort(starts.begin(), starts.end());
    std::string list;
    for (const auto& [line, name] : starts)
        list += (list.empty() ? "" : ", ") + std::string(name) + " at " + std::to_string(line);
    return list;
}

} // namespace

std::optional<Breakpoint> parseBreakpoint(std::string_view text, std::string* why)
{
    const auto refuse = [why](std::string reason) -> std::optional<Breakpoint> {
        if (why)
            *why = std::move(reason);
        return std::nullopt;
    };
    if (const auto colon = text.rfind(':'); colon != std::string_view::npos) {
        int line = 0;
        const std::string_view file = text.substr(0, colon);
        const std::string_view digits = text.substr(colon + 1);
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), line);
        if (ec != std::errc{} || end != digits.data() + digits.size() || line <= 0 || colon == 0)
            return refuse("neither a kernel function vmviz runs nor FILE:LINE");
        if (functionStartingAt(file, line) == Fn::Count) {
            const std::string known = functionsIn(file);
            return refuse(known.empty() ? "vmviz runs no kernel function from " + std::string(file) +
                                              " that it can stop at"
                                        : "no kernel function vmviz runs starts at that line (" +
                                              std::string(file) + " has " + known + ")");
        }
        return Breakpoint{Fn::Count, std::string(file), line};
    }
    const Fn fn = functionByName(text);
    if (fn == Fn::Count || fn == Fn::Caller)
        return refuse("no kernel function called " + std::string(text) + " runs in this model");
    return Breakpoint{fn, {}, 0};
}

Fn breakpointFunction(const Breakpoint& breakpoint)
{
    return breakpoint.file.empty() ? breakpoint.function
                                   : functionStartingAt(breakpoint.file, breakpoint.line);
}

std::string formatBreakpoint(const Breakpoint& breakpoint)
{
    if (!breakpoint.file.empty())
        return breakpoint.file + ":" + std::to_string(breakpoint.line);
    return std::string(functionInfo(breakpoint.function).name);
}

std::string saveSession(const Session& session)
{
    nlohmann::ordered_json j;
    j["format"] = "vmviz-session";
    j["version"] = 1;
    j["scenario"] = {{"name", session.scenarioName}, {"text", session.scenarioText}};
    j["position"] = session.position;
    nlohmann::ordered_json breakpoints = nlohmann::ordered_json::array();
    for (const Breakpoint& b : session.breakpoints) {
        if (b.file.empty())
            breakpoints.push_back({{"function", functionInfo(b.function).name}});
        else
            breakpoints.push_back({{"file", b.file}, {"line", b.line}});
    }
    j["breakpoints"] = breakpoints;
    return j.dump(2) + "\n";
}

SessionLoad loadSession(std::string_view text)
{
    SessionLoad result;
    auto document = parseJsonDocument(text, "vmviz-session", "session", 1, result.error);
    if (!document)
        return result;
    const nlohmann::json& j = *document;
    Session s;
    const auto& scenario = j.contains("scenario") ? j["scenario"] : nlohmann::json();
    if (!scenario.is_object() || !scenario.contains("text") || !scenario["text"].is_string() ||
        !scenario.contains("name") || !scenario["name"].is_string()) {
        result.error = "scenario: needs \"name\" and \"text\" strings";
        return result;
    }
    s.scenarioName = scenario["name"].get<std::string>();
    s.scenarioText = scenario["text"].get<std::string>();
    if (!j.contains("position") || !j["position"].is_number_unsigned()) {
        result.error = "position: must be a step number (0 or more)";
        return result;
    }
    s.position = j["position"].get<std::uint64_t>();
    if (j.contains("breakpoints")) {
        if (!j["breakpoints"].is_array()) {
            result.error = "breakpoints: must be an array";
            return result;
        }
        for (const auto& b : j["breakpoints"]) {
            std::optional<Breakpoint> parsed;
            if (b.is_object() && b.contains("function") && b["function"].is_string())
                parsed = parseBreakpoint(b["function"].get<std::string>());
            else if (b.is_object() && b.contains("file") && b["file"].is_string() && b.contains("line") &&
                     b["line"].is_number_integer() && b["line"].get<long long>() > 0)
                parsed = Breakpoint{Fn::Count, b["file"].get<std::string>(), b["line"].get<int>()};
            if (!parsed) {
                result.error =
                    "breakpoints: " + b.dump() + " is neither a known kernel function nor a file and line";
                return result;
            }
            s.breakpoints.push_back(*parsed);
        }
    }
    result.session = std::move(s);
    return result;
}

} // namespace vmviz::scenario
