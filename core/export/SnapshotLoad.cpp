// SPDX-License-Identifier: GPL-2.0-only
#include "base/JsonDocument.h"
#include "export/Exports.h"
#include "export/SnapshotState.h"
#include "machine/Invariants.h"

namespace vmviz::exports {

namespace {

std::string configFrom(const nlohmann::json& j, MachineConfig& config)
{
    if (!j.contains("config") || !j["config"].is_object())
        return "config: missing";
    const nlohmann::json& c = j["config"];
    auto number = [&c](const char* key, auto& into) -> std::string {
        if (!c.contains(key) || !c[key].is_number_unsigned())
            return std::string("config.") + key + ": must be an unsigned number";
        into = c[key].get<std::remove_reference_t<decltype(into)>>();
        return {};
    };
    auto text = [&c](const char* key, std::string& into) -> std::string {
        if (!c.contains(key) || !c[key].is_string())
            return std::string("config.") + key + ": must be a string";
        into = c[key].get<std::string>();
        return {};
    };
    for (std::string problem :
         {number("ram", config.ramBytes), number("cpus", config.cpus), number("seed", config.seed),
          text("comm", config.identity.comm), number("pid", config.identity.pid),
          text("module", config.identity.module), number("module_init_size", config.identity.initSize),
          number("vmalloc", config.vmallocBytes)})
        if (!problem.empty())
            return problem;
    config.identity.seed = config.seed;
    if (c.contains("paging"))
        if (std::string problem = number("paging", config.pagingLevels); !problem.empty())
            return problem;
    // Snapshots written before `config uptime=` existed started at boot.
    config.uptimeMicros = 0;
    if (c.contains("uptime_us"))
        if (std::string problem = number("uptime_us", config.uptimeMicros); !problem.empty())
            return problem;
    if (j.contains("profile")) {
        if (!j["profile"].is_string())
            return "profile: must be a string";
        config.profile = j["profile"].get<std::string>();
    }
    if (std::string problem = validateConfig(config); !problem.empty())
        return "config: " + problem;
    return {};
}

} // namespace

LoadResult loadSnapshot(std::string_view text)
{
    LoadResult result;
    auto document = parseJsonDocument(text, "vmviz-snapshot", "snapshot", 1, result.error);
    if (!document)
        return result;
    const nlohmann::json& j = *document;
    MachineConfig config;
    if (std::string problem = configFrom(j, config); !problem.empty()) {
        result.error = problem;
        return result;
    }
    auto machine = std::make_unique<Machine>(config);
    if (!j.contains("state")) {
        result.error = "state: missing (the machine cannot be rebuilt without it)";
        return result;
    }
    if (std::string problem = restoreState(*machine, j["state"]); !problem.empty()) {
        result.error = problem;
        return result;
    }
    // The rebuilt machine must be sound, and the readable sections must describe it.
    const bool quiescent = !j.contains("between_operations") || j["between_operations"] != false;
    machine->markRestored(quiescent);
    if (const auto broken =
            checkInvariants(*machine, quiescent ? InvariantScope::Quiescent : InvariantScope::EveryStep);
        !broken.empty()) {
        result.error = "state: inconsistent: " + broken.front().toString();
        return result;
    }
    const nlohmann::ordered_json rebuilt = snapshotJson(*machine);
    for (const char* section : {"areas", "lazily_freed", "frames", "page_tables", "kmemleak", "jiffies"}) {
        if (!j.contains(section)) {
            result.error = std::string(section) + ": missing";
            return result;
        }
        if (nlohmann::json(rebuilt[section]) != j[section]) {
            result.error = std::string(section) +
                           ": does not match the machine rebuilt from \"state\" (edited by hand?)";
            return result;
        }
    }
    result.machine = std::move(machine);
    return result;
}

} // namespace vmviz::exports
