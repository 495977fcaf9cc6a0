// SPDX-License-Identifier: GPL-2.0-only
#include "export/SnapshotState.h"

#include "export/Exports.h"

#include <algorithm>
#include <cstring>

namespace vmviz::exports {

namespace {
constexpr std::uint64_t kMaxSlots = 1ull << 28; // far above a 64 GiB machine's largest column
constexpr std::uint32_t kNoString = ~std::uint32_t{0};

std::size_t widthOf(const ColumnBase& column)
{
    return column.width();
}
} // namespace

namespace {

const ColumnBase* columnNamed(const Machine& machine, std::string_view name)
{
    for (const ColumnBase* column : machine.journal.columns())
        if (column->name() == name)
            return column;
    return nullptr;
}

std::uint64_t valueOr0(const ColumnBase* column, std::size_t slot)
{
    return column && slot < column->slotCount() ? column->valueAt(slot) : 0;
}

/// Which slots of each column still describe something: the engine appends a record per kmemleak
/// object, vmap area, slab or write and never reuses its id, so a dead record keeps the values it
/// had. A snapshot writes those as 0, so that its size follows the live state, not the history
/// (the loaded machine has no trace, so nothing can look at a dead record).
class LiveSlots
{
public:
    explicit LiveSlots(const Machine& machine)
    {
        const auto table = [&](std::string_view prefix, std::string_view aliveName, auto&& alive) {
            const ColumnBase* column = columnNamed(machine, aliveName);
            if (!column)
                return;
            std::vector<bool> keep(column->slotCount());
            for (std::size_t i = 0; i < keep.size(); ++i)
                keep[i] = alive(i);
            m_tables.push_back({std::string(prefix), std::move(keep)});
        };
        const ColumnBase* leakAlive = columnNamed(machine, "kmemleak.alive");
        table("kmemleak.", "kmemleak.alive", [&](std::size_t i) { return valueOr0(leakAlive, i) != 0; });
        // vmap_area and vm_struct share their ids: a record lives while either half does, or while
        // its vmap_area waits for rcu_free_va (Vmalloc's kRcuPending flag, 0x80).
        const ColumnBase* vaAlive = columnNamed(machine, "vmap_area.alive");
        const ColumnBase* vaFlags = columnNamed(machine, "vmap_area.flags");
        const ColumnBase* vmAlive = columnNamed(machine, "vm_struct.alive");
        const ColumnBase* vmLinked = columnNamed(machine, "vm_struct.on_vmlist");
        const auto areaLives = [&](std::size_t i) {
            return valueOr0(vaAlive, i) || (valueOr0(vaFlags, i) & 0x80) || valueOr0(vmAlive, i) ||
                   valueOr0(vmLinked, i);
        };
        table("vmap_area.", "vmap_area.alive", areaLives);
        table("vm_struct.", "vm_struct.alive", areaLives);
        const ColumnBase* freeAlive = columnNamed(machine, "free_vmap_area.alive");
        table("free_vmap_area.", "free_vmap_area.alive",
              [&](std::size_t i) { return valueOr0(freeAlive, i) != 0; });
        const ColumnBase* writeAlive = columnNamed(machine, "write.alive");
        table("write.", "write.alive", [&](std::size_t i) { return valueOr0(writeAlive, i) != 0; });
        // A slab slot lives with its slab; a free slot's role and owner are history.
        const ColumnBase* slabAlive = columnNamed(machine, "slab.alive");
        table("slab.", "slab.alive", [&](std::size_t i) { return valueOr0(slabAlive, i) != 0; });
        const ColumnBase* slotSlab = columnNamed(machine, "object.slab");
        table("object.", "object.slab", [&](std::size_t i) {
            return valueOr0(slabAlive, static_cast<std::size_t>(valueOr0(slotSlab, i))) != 0;
        });
        const ColumnBase* slotAllocated = columnNamed(machine, "object.allocated");
        for (const char* name : {"object.role", "object.ref"})
            table(name, "object.slab", [&](std::size_t i) {
                return valueOr0(slabAlive, static_cast<std::size_t>(valueOr0(slotSlab, i))) &&
                       valueOr0(slotAllocated, i);
            });
        // vm_struct.pages[]: the slots of the records that live.
        const ColumnBase* pages = columnNamed(machine, "vm_struct.pages[]");
        const ColumnBase* base = columnNamed(machine, "vm_struct.pages_base");
        const ColumnBase* count = columnNamed(machine, "vm_struct.nr_pages");
        if (pages && base && count) {
            std::vector<bool> keep(pages->slotCount());
            for (std::size_t id = 0; id < base->slotCount(); ++id) {
                if (!areaLives(id))
                    continue;
                const std::uint64_t first = base->valueAt(id);
                for (std::uint64_t i = first; i < first + valueOr0(count, id) && i < keep.size(); ++i)
                    keep[i] = true;
            }
            m_tables.push_back({"vm_struct.pages[]", std::move(keep)});
        }
        // write.pattern_bytes is a byte pool: the bytes of the writes that live.
        const ColumnBase* bytes = columnNamed(machine, "write.pattern_bytes");
        const ColumnBase* start = columnNamed(machine, "write.pattern_start");
        const ColumnBase* length = columnNamed(machine, "write.pattern_length");
        if (bytes && start && length && writeAlive) {
            std::vector<bool> keep(bytes->slotCount());
            for (std::size_t id = 0; id < writeAlive->slotCount(); ++id) {
                if (!writeAlive->valueAt(id))
                    continue;
                const std::uint64_t first = valueOr0(start, id);
                for (std::uint64_t i = first; i < first + valueOr0(length, id) && i < keep.size(); ++i)
                    keep[i] = true;
            }
            m_tables.push_back({"write.pattern_bytes", std::move(keep)});
        }
    }

    /// nullptr when every slot of the column is kept.
    const std::vector<bool>* keepFor(std::string_view column) const
    {
        const Table* best = nullptr;
        for (const Table& t : m_tables)
            if (column.starts_with(t.prefix) && (!best || t.prefix.size() > best->prefix.size()))
                best = &t;
        if (!best || column.ends_with("jiffies_last_scan"))
            return nullptr;
        return &best->keep;
    }

private:
    struct Table
    {
        std::string prefix;
        std::vector<bool> keep;
    };
    std::vector<Table> m_tables;
};

} // namespace

nlohmann::ordered_json stateJson(const Machine& machine)
{
    const LiveSlots live(machine);
    nlohmann::ordered_json state;
    // Only the strings live records name (vm_struct.caller), renumbered in order of first use.
    std::vector<std::uint32_t> stringIds(machine.trace.stringCount(), kNoString);
    nlohmann::ordered_json strings = nlohmann::ordered_json::array();
    const ColumnBase* callers = columnNamed(machine, "vm_struct.caller");
    const std::vector<bool>* callerKeep = live.keepFor("vm_struct.caller");
    if (callers)
        for (std::size_t i = 0; i < callers->slotCount(); ++i) {
            const std::uint64_t id = callers->valueAt(i);
            if ((callerKeep && (i >= callerKeep->size() || !(*callerKeep)[i])) || id >= stringIds.size() ||
                stringIds[id] != kNoString)
                continue;
            stringIds[id] = static_cast<std::uint32_t>(strings.size());
            strings.push_back(machine.trace.string(static_cast<std::uint32_t>(id)));
        }
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
    for (const LogLine& line : logBufferLines(machine))
        log.push_back({{"jiffies", line.jiffies}, {"text", line.text}});
    state["log"] = log;
    nlohmann::ordered_json columns;
    for (const ColumnBase* column : machine.journal.columns()) {
        const std::vector<bool>* keep = live.keepFor(column->name());
        const bool isCaller = column == callers;
        const auto valueAt = [&](std::size_t i) -> std::uint64_t {
            if (keep && (i >= keep->size() || !(*keep)[i]))
                return 0;
            const std::uint64_t v = column->valueAt(i);
            if (isCaller)
                return v < stringIds.size() && stringIds[v] != kNoString ? stringIds[v] : 0;
            return v;
        };
        nlohmann::ordered_json runs = nlohmann::ordered_json::array();
        const std::size_t n = column->slotCount();
        for (std::size_t i = 0; i < n;) {
            const std::uint64_t v = valueAt(i);
            std::size_t j = i + 1;
            while (j < n && valueAt(j) == v)
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
