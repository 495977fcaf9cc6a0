#include "export/SnapshotState.h"

#include <algorithm>
#include <cstring>

namespace vmviz::exports {

namespace {
constexpr std::uint64_t kMaxSlots = 1ull << 28; // far above a 64 GiB machine's largest column

std::size_t widthOf(const ColumnBase& column)
{
    return column.width();
}
} // namespace

nlohmann::ordered_json stateJson(const Machine& machine)
{
    nlohmann::ordered_json state;
    nlohmann::ordered_json strings = nlohmann::ordered_json::array();
    for (std::size_t id = 0; id < machine.trace.stringCount(); ++id)
        strings.push_back(machine.trace.string(id));
    state["strings"] = strings;
    nlohmann::ordered_json stacks = nlohmann::ordered_json::array();
    for (std::size_t id = 0; id < machine.trace.stackCount(); ++id) {
        nlohmann::ordered_json frames = nlohmann::ordered_json::array();
        for (const Fn fn : machine.trace.stack(static_cast<std::uint32_t>(id)))
            frames.push_back(functionInfo(fn).name);
        stacks.push_back(frames);
    }
    state["stacks"] = stacks;
    state["variables"] = machine.variables.names;
    nlohmann::ordered_json log = nlohmann::ordered_json::array();
    for (const LogLine& line : machine.trace.log())
        if (line.step <= machine.position().value())
            log.push_back({{"jiffies", line.jiffies}, {"text", line.text}});
    state["log"] = log;
    nlohmann::ordered_json columns;
    for (const ColumnBase* column : machine.journal.columns()) {
        nlohmann::ordered_json runs = nlohmann::ordered_json::array();
        const std::size_t n = column->slotCount();
        for (std::size_t i = 0; i < n;) {
            const std::uint64_t v = column->valueAt(i);
            std::size_t j = i + 1;
            while (j < n && column->valueAt(j) == v)
                ++j;
            if (v != 0)
                runs.push_back({i, j - i, v});
            i = j;
        }
        columns[column->name()] = {{"width", widthOf(*column)}, {"size", n}, {"runs", runs}};
    }
    state["columns"] = columns;
    return state;
}

namespace {

std::string restoreColumn(ColumnBase& column, const nlohmann::json& entry, bool notify)
{
    const std::string where = std::string("state.columns.") + column.name();
    if (!entry.is_object() || !entry.contains("size") || !entry.contains("runs") ||
        !entry["size"].is_number_unsigned() || !entry["runs"].is_array())
        return where + ": needs \"size\" and \"runs\"";
    const std::uint64_t size = entry["size"].get<std::uint64_t>();
    if (size > kMaxSlots)
        return where + ": size " + std::to_string(size) + " is out of range";
    if (!entry.contains("width") || entry["width"] != widthOf(column))
        return where + ": width does not match this version of vmviz";
    std::vector<std::uint64_t> values(size, 0);
    std::uint64_t covered = 0;
    for (const auto& run : entry["runs"]) {
        if (!run.is_array() || run.size() != 3 || !run[0].is_number_unsigned() ||
            !run[1].is_number_unsigned() || !run[2].is_number_unsigned())
            return where + ": each run is [start, count, value] of unsigned numbers";
        const std::uint64_t start = run[0].get<std::uint64_t>();
        const std::uint64_t count = run[1].get<std::uint64_t>();
        if (start < covered || count == 0 || count > size || start > size - count)
            return where + ": run at " + std::to_string(start) + " overlaps another or runs past the end";
        std::fill(values.begin() + static_cast<std::ptrdiff_t>(start),
                  values.begin() + static_cast<std::ptrdiff_t>(start + count), run[2].get<std::uint64_t>());
        covered = start + count;
    }
    // Grow or shrink silently to the snapshot's size, keeping what is there, then XOR each slot
    // to its value so observers (the search indices) see every change.
    const std::size_t width = widthOf(column);
    std::vector<std::uint8_t> bytes(size * width, 0);
    std::vector<std::uint64_t> before(size, 0);
    for (std::size_t i = 0; i < size && i < column.slotCount(); ++i)
        before[i] = column.valueAt(i);
    const auto pack = [&](const std::vector<std::uint64_t>& from) {
        for (std::size_t i = 0; i < size; ++i)
            std::memcpy(bytes.data() + i * width, &from[i], width); // little endian
    };
    if (!notify) {
        pack(values);
        column.restoreFrom(bytes.data(), bytes.size());
        for (std::size_t i = 0; i < size; ++i)
            if (column.valueAt(i) != values[i])
                return where + ": value " + std::to_string(values[i]) + " does not fit the column";
        return {};
    }
    pack(before);
    column.restoreFrom(bytes.data(), bytes.size());
    for (std::size_t i = 0; i < size; ++i)
        if (before[i] != values[i])
            column.xorAt(static_cast<std::uint32_t>(i), before[i] ^ values[i]);
    for (std::size_t i = 0; i < size; ++i)
        if (column.valueAt(i) != values[i])
            return where + ": value " + std::to_string(values[i]) + " does not fit the column";
    return {};
}

const ColumnBase* columnNamed(const Machine& machine, std::string_view name)
{
    for (const ColumnBase* column : machine.journal.columns())
        if (column->name() == name)
            return column;
    return nullptr;
}

/// The vmap search index refuses overlapping areas (an engine bug when it happens in a run), so a
/// snapshot's areas are checked before they are indexed.
std::string checkAreasBeforeIndexing(const Machine& machine, const nlohmann::json& columns)
{
    const ColumnBase* start = columnNamed(machine, "vmap_area.va_start");
    const ColumnBase* end = columnNamed(machine, "vmap_area.va_end");
    const nlohmann::json& alive = columns["vmap_area.alive"];
    if (!start || !end || !alive.is_object() || !alive.contains("runs") || !alive["runs"].is_array())
        return {};
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
    for (const auto& run : alive["runs"]) {
        if (!run.is_array() || run.size() != 3 || !run[0].is_number_unsigned() ||
            !run[1].is_number_unsigned())
            return {}; // restoreColumn() reports the malformed run
        const std::uint64_t first = run[0].get<std::uint64_t>();
        const std::uint64_t count = std::min<std::uint64_t>(run[1].get<std::uint64_t>(), kMaxSlots);
        for (std::uint64_t id = first; id < first + count; ++id) {
            if (id >= start->slotCount() || id >= end->slotCount())
                return "state.columns.vmap_area.alive: area " + std::to_string(id) +
                       " has no va_start/va_end";
            ranges.emplace_back(start->valueAt(id), end->valueAt(id));
        }
    }
    std::sort(ranges.begin(), ranges.end());
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        if (ranges[i].first >= ranges[i].second)
            return "state: inconsistent: vmap areas: an area ends before it starts";
        if (i > 0 && ranges[i].first < ranges[i - 1].second)
            return "state: inconsistent: vmap areas: two areas overlap";
    }
    return {};
}

} // namespace

std::string restoreState(Machine& machine, const nlohmann::json& state)
{
    if (!state.is_object())
        return "state: missing";
    for (const char* key : {"strings", "stacks", "variables", "log", "columns"})
        if (!state.contains(key))
            return std::string("state.") + key + ": missing";
    if (!state["strings"].is_array())
        return "state.strings: must be an array of strings";
    std::size_t expectedId = 0;
    for (const auto& s : state["strings"]) {
        if (!s.is_string())
            return "state.strings: must be an array of strings";
        if (machine.trace.intern(s.get<std::string>()) != expectedId++)
            return "state.strings: \"" + s.get<std::string>() + "\" appears twice";
    }
    if (!state["stacks"].is_array())
        return "state.stacks: must be an array";
    for (const auto& frames : state["stacks"]) {
        std::vector<Fn> stack;
        if (!frames.is_array())
            return "state.stacks: each stack is an array of function names";
        for (const auto& name : frames) {
            const Fn fn = name.is_string() ? functionByName(name.get<std::string>()) : Fn::Count;
            if (fn == Fn::Count)
                return "state.stacks: unknown kernel function " + name.dump();
            stack.push_back(fn);
        }
        machine.trace.internStack(stack);
    }
    if (!state["variables"].is_array())
        return "state.variables: must be an array of names";
    for (const auto& name : state["variables"]) {
        if (!name.is_string())
            return "state.variables: must be an array of names";
        machine.variables.names.push_back(name.get<std::string>());
    }
    std::vector<LogLine> log;
    if (!state["log"].is_array())
        return "state.log: must be an array";
    for (const auto& line : state["log"]) {
        if (!line.is_object() || !line.contains("jiffies") || !line.contains("text") ||
            !line["jiffies"].is_number_unsigned() || !line["text"].is_string())
            return "state.log: each line needs \"jiffies\" and \"text\"";
        log.push_back(LogLine{0, line["jiffies"].get<std::uint64_t>(), line["text"].get<std::string>()});
    }
    machine.trace.restoreLog(std::move(log));

    const nlohmann::json& columns = state["columns"];
    if (!columns.is_object())
        return "state.columns: must be an object";
    for (const ColumnBase* column : machine.journal.columns())
        if (!columns.contains(column->name()))
            return std::string("state.columns.") + column->name() + ": missing";
    if (columns.size() != machine.journal.columns().size())
        for (const auto& [name, value] : columns.items()) {
            bool known = false;
            for (const ColumnBase* column : machine.journal.columns())
                known = known || name == column->name();
            if (!known)
                return "state.columns." + name + ": not a column of this version of vmviz";
        }
    // Sizes before any slot is touched: a column never shrinks below its boot size, and those the
    // RAM size fixes must match it exactly (a snapshot whose config.ram was edited describes
    // another machine: restoring it would index frames that do not exist).
    const std::vector<const ColumnBase*> fixed = machine.phys.columnsSizedAtBoot();
    for (const ColumnBase* column : machine.journal.columns()) {
        const nlohmann::json& entry = columns[column->name()];
        if (!entry.is_object() || !entry.contains("size") || !entry["size"].is_number_unsigned())
            continue; // restoreColumn() names the malformed entry
        const std::uint64_t size = entry["size"].get<std::uint64_t>();
        const bool sizedByRam = std::find(fixed.begin(), fixed.end(), column) != fixed.end();
        if (size < column->slotCount() || (sizedByRam && size != column->slotCount()))
            return std::string("state.columns.") + column->name() + ": size " + std::to_string(size) +
                   " does not fit the machine in \"config\" (" + std::to_string(column->slotCount()) +
                   " slots at boot)";
    }
    // Plain columns first, then those feeding derived indices, whose observers read the others.
    for (ColumnBase* column : machine.journal.columns())
        if (!column->observed())
            if (std::string problem = restoreColumn(*column, columns[column->name()], false);
                !problem.empty())
                return problem;
    if (std::string problem = checkAreasBeforeIndexing(machine, columns); !problem.empty())
        return problem;
    for (ColumnBase* column : machine.journal.columns())
        if (column->observed())
            if (std::string problem = restoreColumn(*column, columns[column->name()], true); !problem.empty())
                return problem;
    if (std::string problem = machine.phys.checkListLinks(); !problem.empty())
        return "state.columns.frame.linkA/linkB: " + problem;
    return {};
}

} // namespace vmviz::exports
