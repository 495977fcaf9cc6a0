// SPDX-License-Identifier: GPL-2.0-only
#include "compare/Compare.h"

#include "base/Format.h"
#include "phys/FrameTypes.h"
#include "scenario/ScenarioParser.h"

#include <algorithm>
#include <array>

namespace vmviz::compare {

namespace {

struct KindName
{
    std::string_view name;
    std::string_view title;
};

constexpr std::array<KindName, static_cast<std::size_t>(DifferenceKind::Count)> kKindNames = {{
    {"ran", "ran the line"},
    {"returned", "returned"},
    {"area_count", "areas created"},
    {"area_address", "area address"},
    {"area_size", "vm->size"},
    {"gap_page", "gap below the new area"},
    {"data_pages", "data pages"},
    {"page_zone", "data pages from zone"},
    {"page_frames", "data page frames"},
    {"tables_allocated", "page tables allocated"},
    {"ptes_written", "PTEs written"},
    {"ptes_cleared", "PTEs cleared"},
    {"areas_freed", "vmap_areas released"},
    {"areas_lazily_freed", "areas left for the lazy purge"},
    {"kmemleak_objects", "kmemleak objects created/deleted"},
    {"kmemleak_min_count", "vmalloc kmemleak object min_count"},
    {"kmemleak_size", "vmalloc kmemleak object size"},
    {"leaks_reported", "leaks reported"},
    {"vmap_lazy_nr", "vmap_lazy_nr after the line"},
    {"lazy_max_pages", "lazy_max_pages"},
    {"messages", "WARN, oops or failure"},
    {"steps", "steps"},
}};

using Value = Difference::Value;

Value number(std::uint64_t n)
{
    return {n, std::to_string(n)};
}

Value address(std::uint64_t a)
{
    return {a, a ? fmt::address(a) : std::string("NULL")};
}

template <typename T, typename F> std::string joinedBy(const std::vector<T>& items, F&& show)
{
    std::string out;
    for (const T& item : items)
        out += (out.empty() ? "" : " ") + show(item);
    return out.empty() ? "none" : out;
}

std::string sizeText(std::uint64_t bytes)
{
    return scenario::formatSize(bytes);
}

std::string gapText(const AreaFact& area)
{
    if (!area.gapBelow)
        return "no area below";
    return *area.gapBelow == 0 ? "none" : sizeText(*area.gapBelow);
}

/// The kmemleak object of the area the line returned (not that of a nested page array).
const KmemleakFact* vmallocObject(const LineFacts& facts)
{
    const KmemleakFact* found = nullptr;
    for (const KmemleakFact& k : facts.kmemleakCreated)
        if (k.vmalloc && (!found || k.pointer == facts.returned))
            found = &k;
    return found;
}

bool sameValues(const std::vector<Value>& values)
{
    return std::all_of(values.begin(), values.end(), [&](const Value& v) {
        return v.number == values.front().number && v.text == values.front().text;
    });
}

} // namespace

std::string_view messageKindName(MessageFact::Kind kind)
{
    switch (kind) {
    case MessageFact::Kind::Warn:
        return "WARN";
    case MessageFact::Kind::Oops:
        return "oops";
    case MessageFact::Kind::AllocationFailure:
        return "allocation failure";
    case MessageFact::Kind::TaskKilled:
        return "task killed";
    }
    return "message";
}

std::string_view differenceKindName(DifferenceKind kind)
{
    return kind < DifferenceKind::Count ? kKindNames[static_cast<std::size_t>(kind)].name : "unknown";
}

std::string_view differenceKindTitle(DifferenceKind kind)
{
    return kind < DifferenceKind::Count ? kKindNames[static_cast<std::size_t>(kind)].title : "unknown";
}

bool LineComparison::differs(DifferenceKind kind) const
{
    return std::any_of(differences.begin(), differences.end(),
                       [kind](const Difference& d) { return d.kind == kind; });
}

std::size_t Comparison::differingLines() const
{
    return static_cast<std::size_t>(std::count_if(
        lines.begin(), lines.end(), [](const LineComparison& l) { return !l.differences.empty(); }));
}

std::string machineLetter(std::size_t index)
{
    std::string letter;
    do {
        letter.insert(letter.begin(), static_cast<char>('A' + index % 26));
        index /= 26;
    } while (index-- > 0);
    return letter;
}

std::vector<Difference> differencesOf(const std::vector<LineFacts>& machines,
                                      const std::vector<MachineRun>& runs)
{
    std::vector<Difference> out;
    const auto add = [&](DifferenceKind kind, auto&& valueOf) {
        Difference d{kind, {}};
        for (std::size_t m = 0; m < machines.size(); ++m)
            d.values.push_back(valueOf(machines[m], m));
        if (!sameValues(d.values))
            out.push_back(std::move(d));
    };
    const auto all = [&](auto&& predicate) {
        return std::all_of(machines.begin(), machines.end(), predicate);
    };
    const auto sameCount = [&](auto&& count) {
        return all([&](const LineFacts& f) { return count(f) == count(machines.front()); });
    };

    add(DifferenceKind::Ran, [](const LineFacts& f, std::size_t) {
        return Value{f.ran ? 1u : 0u, f.ran ? "ran" : "not run"};
    });
    if (!all([](const LineFacts& f) { return f.ran; }))
        return out;

    if (machines.front().returned)
        add(DifferenceKind::Returned,
            [](const LineFacts& f, std::size_t) { return address(f.returned.value_or(0)); });
    add(DifferenceKind::AreaCount,
        [](const LineFacts& f, std::size_t) { return number(f.areasCreated.size()); });
    if (!machines.front().areasCreated.empty() &&
        sameCount([](const LineFacts& f) { return f.areasCreated.size(); })) {
        add(DifferenceKind::AreaAddress, [](const LineFacts& f, std::size_t) {
            return Value{f.areasCreated.front().start,
                         joinedBy(f.areasCreated, [](const AreaFact& a) { return fmt::address(a.start); })};
        });
        add(DifferenceKind::AreaSize, [](const LineFacts& f, std::size_t) {
            return Value{f.areasCreated.front().size,
                         joinedBy(f.areasCreated, [](const AreaFact& a) { return sizeText(a.size); })};
        });
        add(DifferenceKind::GapPage, [](const LineFacts& f, std::size_t) {
            return Value{f.areasCreated.front().gapBelow, joinedBy(f.areasCreated, gapText)};
        });
    }
    add(DifferenceKind::DataPages, [](const LineFacts& f, std::size_t) { return number(f.dataPfns.size()); });
    if (!machines.front().dataPfns.empty() &&
        sameCount([](const LineFacts& f) { return f.dataPfns.size(); })) {
        add(DifferenceKind::PageZone, [](const LineFacts& f, std::size_t) {
            return Value{std::nullopt,
                         joinedBy(f.dataZones, [](unsigned z) { return std::string(zoneName(z)); })};
        });
        if (out.empty() || out.back().kind != DifferenceKind::PageZone)
            add(DifferenceKind::PageFrames, [](const LineFacts& f, std::size_t) {
                return Value{f.dataPfns.front(),
                             "pfn " + fmt::hex(f.dataPfns.front()) + (f.dataPfns.size() > 1 ? " …" : "")};
            });
    }
    add(DifferenceKind::TablesAllocated,
        [](const LineFacts& f, std::size_t) { return number(f.tablesAllocated); });
    add(DifferenceKind::PtesWritten, [](const LineFacts& f, std::size_t) { return number(f.ptesWritten); });
    add(DifferenceKind::PtesCleared, [](const LineFacts& f, std::size_t) { return number(f.ptesCleared); });
    add(DifferenceKind::AreasFreed,
        [](const LineFacts& f, std::size_t) { return number(f.areasFreed.size()); });
    add(DifferenceKind::AreasLazilyFreed,
        [](const LineFacts& f, std::size_t) { return number(f.areasLazilyFreed.size()); });
    add(DifferenceKind::KmemleakObjects, [](const LineFacts& f, std::size_t) {
        return Value{std::nullopt, "+" + std::to_string(f.kmemleakCreated.size()) + " -" +
                                       std::to_string(f.kmemleakDeleted)};
    });
    if (all([](const LineFacts& f) { return vmallocObject(f) != nullptr; })) {
        add(DifferenceKind::KmemleakMinCount, [](const LineFacts& f, std::size_t) {
            const int minCount = vmallocObject(f)->minCount;
            return Value{static_cast<std::uint64_t>(static_cast<std::int64_t>(minCount)),
                         std::to_string(minCount)};
        });
        add(DifferenceKind::KmemleakSize, [](const LineFacts& f, std::size_t) {
            return Value{vmallocObject(f)->size, std::to_string(vmallocObject(f)->size)};
        });
    }
    add(DifferenceKind::LeaksReported,
        [](const LineFacts& f, std::size_t) { return number(f.leaksReported); });
    add(DifferenceKind::LazyNr, [](const LineFacts& f, std::size_t) { return number(f.lazyNr); });
    if (std::any_of(machines.begin(), machines.end(), [](const LineFacts& f) { return f.lazyNrChanged; }))
        add(DifferenceKind::LazyMaxPages, [&](const LineFacts&, std::size_t m) {
            return runs[m].machine ? number(runs[m].machine->vmalloc.lazyMaxPages())
                                   : Value{std::nullopt, "?"};
        });
    add(DifferenceKind::Messages, [](const LineFacts& f, std::size_t) {
        return Value{std::nullopt, joinedBy(f.messages, [](const MessageFact& m) {
                         return std::string(messageKindName(m.kind));
                     })};
    });
    add(DifferenceKind::Steps,
        [](const LineFacts& f, std::size_t) { return number(f.lastStep - f.firstStep + 1); });
    return out;
}

CompareResult compareScenario(const scenario::Scenario& scenario, const std::vector<Variant>& variants,
                              const scenario::RunOptions& options)
{
    CompareResult result;
    Comparison comparison;
    comparison.scenario = scenario;
    for (std::size_t v = 0; v < variants.size(); ++v) {
        const VariantMachine booted = machineFor(scenario, variants[v]);
        if (!booted.config) {
            result.error = CompareError{v, booted.error};
            return result;
        }
        scenario::RunResult run = scenario::runScenarioOn(scenario, *booted.config, options);
        if (run.cancelled) {
            result.error = CompareError{v, "cancelled"};
            return result;
        }
        if (!run.machine) {
            result.error = CompareError{v, run.error};
            return result;
        }
        comparison.machines.push_back({variants[v], *booted.config, std::move(run.machine), run.error});
    }
    std::vector<std::vector<LineFacts>> facts;
    for (MachineRun& run : comparison.machines)
        facts.push_back(lineFactsOf(*run.machine, scenario));
    for (std::size_t i = 0; i < scenario.operations.size(); ++i) {
        LineComparison line;
        line.operation = i;
        line.where = scenario.operations[i].where;
        line.text = scenario.operations[i].text;
        for (std::size_t c = 0; c < scenario.chapters.size(); ++c)
            if (scenario.chapters[c].firstOperation == i && !line.chapter)
                line.chapter = c;
        for (const auto& machineFacts : facts)
            line.machines.push_back(machineFacts[i]);
        line.differences = differencesOf(line.machines, comparison.machines);
        comparison.lines.push_back(std::move(line));
    }
    result.comparison = std::move(comparison);
    return result;
}

} // namespace vmviz::compare
