#include "scenario/Session.h"

#include "base/JsonDocument.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace vmviz::scenario {

std::optional<Breakpoint> parseBreakpoint(std::string_view text)
{
    if (const auto colon = text.rfind(':'); colon != std::string_view::npos) {
        int line = 0;
        const std::string_view digits = text.substr(colon + 1);
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), line);
        if (ec != std::errc{} || end != digits.data() + digits.size() || line <= 0 || colon == 0)
            return std::nullopt;
        return Breakpoint{Fn::Count, std::string(text.substr(0, colon)), line};
    }
    const Fn fn = functionByName(text);
    if (fn == Fn::Count || fn == Fn::Caller)
        return std::nullopt;
    return Breakpoint{fn, {}, 0};
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
