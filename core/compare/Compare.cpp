// SPDX-License-Identifier: GPL-2.0-only
#include "compare/Compare.h"

#include "base/Format.h"
#include "base/Translatable.h"
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
    {"ran", VMVIZ_TRANSLATE_NOOP("Compare", "ran the line")},
    {"returned", VMVIZ_TRANSLATE_NOOP("Compare", "returned")},
    {"area_count", VMVIZ_TRANSLATE_NOOP("Compare", "areas created")},
    {"area_address", VMVIZ_TRANSLATE_NOOP("Compare", "area address")},
    {"area_size", VMVIZ_TRANSLATE_NOOP("Compare", "vm->size")},
    {"gap_page", VMVIZ_TRANSLATE_NOOP("Compare", "gap below the new area")},
    {"data_pages", VMVIZ_TRANSLATE_NOOP("Compare", "data pages")},
    {"page_zone", VMVIZ_TRANSLATE_NOOP("Compare", "data pages from zone")},
    {"page_frames", VMVIZ_TRANSLATE_NOOP("Compare", "data page frames")},
    {"tables_allocated", VMVIZ_TRANSLATE_NOOP("Compare", "page tables allocated")},
    {"ptes_written", VMVIZ_TRANSLATE_NOOP("Compare", "PTEs written")},
    {"ptes_cleared", VMVIZ_TRANSLATE_NOOP("Compare", "PTEs cleared")},
    {"areas_freed", VMVIZ_TRANSLATE_NOOP("Compare", "vmap_areas released")},
    {"areas_lazily_freed", VMVIZ_TRANSLATE_NOOP("Compare", "areas left for the lazy purge")},
    {"kmemleak_objects", VMVIZ_TRANSLATE_NOOP("Compare", "kmemleak objects created/deleted")},
    {"kmemleak_min_count", VMVIZ_TRANSLATE_NOOP("Compare", "vmalloc kmemleak object min_count")},
    {"kmemleak_size", VMVIZ_TRANSLATE_NOOP("Compare", "vmalloc kmemleak object size")},
    {"leaks_reported", VMVIZ_TRANSLATE_NOOP("Compare", "leaks reported")},
    {"vmap_lazy_nr", VMVIZ_TRANSLATE_NOOP("Compare", "vmap_lazy_nr after the line")},
    {"lazy_max_pages", VMVIZ_TRANSLATE_NOOP("Compare", "lazy_max_pages")},
    {"messages", VMVIZ_TRANSLATE_NOOP("Compare", "WARN, oops or failure")},
    {"steps", VMVIZ_TRANSLATE_NOOP("Compare", "steps")},
}};

constexpr std::string_view kContext = "Compare";

using Value = Difference::Value;
using Word = Difference::Word;

Word plain(std::string text)
{
    return {std::move(text), false};
}

/// One of the comparison's own English words: a marked literal.
Word marked(std::string_view english)
{
    return {std::string(english), true};
}

Value valueOf(std::optional<std::uint64_t> number, std::vector<Word> words)
{
    Value value{number, {}, std::move(words)};
    for (std::size_t i = 0; i < value.words.size(); ++i)
        value.text += (i ? " " : "") + value.words[i].text;
    return value;
}

Value number(std::uint64_t n)
{
    return valueOf(n, {plain(std::to_string(n))});
}

Value address(std::uint64_t a)
{
    return valueOf(a, {plain(a ? fmt::address(a) : std::string("NULL"))});
}

template <typename T, typename F> std::vector<Word> joinedBy(const std::vector<T>& items, F&& show)
{
    std::vector<Word> out;
    out.reserve(items.size());
    for (const T& item : items)
        out.push_back(show(item));
    if (out.empty())
        out.push_back(marked(VMVIZ_TRANSLATE_NOOP("Compare", "none")));
    return out;
}

std::string sizeText(std::uint64_t bytes)
{
    return scenario::formatSize(bytes);
}

Word gapWord(const AreaFact& area)
{
    if (!area.gapBelow)
        return marked(VMVIZ_TRANSLATE_NOOP("Compare", "no area below"));
    return *area.gapBelow == 0 ? marked(VMVIZ_TRANSLATE_NOOP("Compare", "none"))
                               : plain(sizeText(*area.gapBelow));
}

std::string localized(std::string_view english, const TextTranslator* translator)
{
    std::string storage;
    return std::string(localizeFormat(translator, kContext, english, storage));
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
        return VMVIZ_TRANSLATE_NOOP("Compare", "WARN");
    case MessageFact::Kind::Oops:
        return VMVIZ_TRANSLATE_NOOP("Compare", "oops");
    case MessageFact::Kind::AllocationFailure:
        return VMVIZ_TRANSLATE_NOOP("Compare", "allocation failure");
    case MessageFact::Kind::TaskKilled:
        return VMVIZ_TRANSLATE_NOOP("Compare", "task killed");
    }
    return "message";
}

std::string messageKindName(MessageFact::Kind kind, const TextTranslator* translator)
{
    return localized(messageKindName(kind), translator);
}

std::string_view differenceKindName(DifferenceKind kind)
{
    return kind < DifferenceKind::Count ? kKindNames[static_cast<std::size_t>(kind)].name : "unknown";
}

std::string_view differenceKindTitle(DifferenceKind kind)
{
    return kind < DifferenceKind::Count ? kKindNames[static_cast<std::size_t>(kind)].title : "unknown";
}

std::string differenceKindTitle(DifferenceKind kind, const TextTranslator* translator)
{
    return localized(differenceKindTitle(kind), translator);
}

std::string valueText(const Difference::Value& value, const TextTranslator* translator)
{
    std::string out;
    for (std::size_t i = 0; i < value.words.size(); ++i)
        out += (i ? " " : "") +
               (value.words[i].marked ? localized(value.words[i].text, translator) : value.words[i].text);
    return out;
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
        return valueOf(f.ran ? 1u : 0u, {f.ran ? marked(VMVIZ_TRANSLATE_NOOP("Compare", "ran"))
                                               : marked(VMVIZ_TRANSLATE_NOOP("Compare", "not run"))});
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
            return valueOf(f.areasCreated.front().start, joinedBy(f.areasCreated, [](const AreaFact& a) {
                               return plain(fmt::address(a.start));
                           }));
        });
        add(DifferenceKind::AreaSize, [](const LineFacts& f, std::size_t) {
            return valueOf(f.areasCreated.front().size, joinedBy(f.areasCreated, [](const AreaFact& a) {
                               return plain(sizeText(a.size));
                           }));
        });
        add(DifferenceKind::GapPage, [](const LineFacts& f, std::size_t) {
            return valueOf(f.areasCreated.front().gapBelow, joinedBy(f.areasCreated, gapWord));
        });
    }
    add(DifferenceKind::DataPages, [](const LineFacts& f, std::size_t) { return number(f.dataPfns.size()); });
    if (!machines.front().dataPfns.empty() &&
        sameCount([](const LineFacts& f) { return f.dataPfns.size(); })) {
        add(DifferenceKind::PageZone, [](const LineFacts& f, std::size_t) {
            return valueOf(std::nullopt,
                           joinedBy(f.dataZones, [](unsigned z) { return plain(std::string(zoneName(z))); }));
        });
        if (out.empty() || out.back().kind != DifferenceKind::PageZone)
            add(DifferenceKind::PageFrames, [](const LineFacts& f, std::size_t) {
                return valueOf(f.dataPfns.front(), {plain("pfn " + fmt::hex(f.dataPfns.front()) +
                                                          (f.dataPfns.size() > 1 ? " …" : ""))});
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
        return valueOf(std::nullopt, {plain("+" + std::to_string(f.kmemleakCreated.size()) + " -" +
                                            std::to_string(f.kmemleakDeleted))});
    });
    if (all([](const LineFacts& f) { return vmallocObject(f) != nullptr; })) {
        add(DifferenceKind::KmemleakMinCount, [](const LineFacts& f, std::size_t) {
            const int minCount = vmallocObject(f)->minCount;
            return valueOf(static_cast<std::uint64_t>(static_cast<std::int64_t>(minCount)),
                           {plain(std::to_string(minCount))});
        });
        add(DifferenceKind::KmemleakSize,
            [](const LineFacts& f, std::size_t) { return number(vmallocObject(f)->size); });
    }
    add(DifferenceKind::LeaksReported,
        [](const LineFacts& f, std::size_t) { return number(f.leaksReported); });
    add(DifferenceKind::LazyNr, [](const LineFacts& f, std::size_t) { return number(f.lazyNr); });
    if (std::any_of(machines.begin(), machines.end(), [](const LineFacts& f) { return f.lazyNrChanged; }))
        add(DifferenceKind::LazyMaxPages, [&](const LineFacts&, std::size_t m) {
            return runs[m].machine ? number(runs[m].machine->vmalloc.lazyMaxPages())
                                   : valueOf(std::nullopt, {plain("?")});
        });
    add(DifferenceKind::Messages, [](const LineFacts& f, std::size_t) {
        return valueOf(std::nullopt, joinedBy(f.messages, [](const MessageFact& m) {
                           return marked(messageKindName(m.kind));
                       }));
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
