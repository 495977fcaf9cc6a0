// SPDX-License-Identifier: GPL-2.0-only
// The comparison as `vmviz-cli compare` prints it: text for people, JSON for programs.
#include "base/Format.h"
#include "base/Translatable.h"
#include "compare/Compare.h"
#include "phys/FrameTypes.h"
#include "scenario/ScenarioParser.h"
#include "steps/Narration.h"

#include <initializer_list>

namespace vmviz::compare {

namespace {

std::string plural(std::uint64_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string range(const AreaFact& area)
{
    return "[" + fmt::address(area.start) + ", " + fmt::address(area.end) + ")";
}

std::string zonesText(const std::vector<unsigned>& zones)
{
    std::string out;
    for (const unsigned z : zones)
        out += (out.empty() ? "" : "+") + std::string(zoneName(z));
    return out;
}

std::string machineSummary(const MachineConfig& config)
{
    // The paging depth is part of the machine: 4 vs 5 levels moves VMALLOC_START and adds a table level.
    return "Linux " + config.profile + ", " + std::to_string(config.pagingLevels) + "-level paging, " +
           scenario::formatSize(config.ramBytes) + " RAM, " + plural(config.cpus, "CPU", "CPUs");
}

nlohmann::ordered_json areaJson(const AreaFact& area)
{
    nlohmann::ordered_json j;
    j["start"] = fmt::address(area.start);
    j["end"] = fmt::address(area.end);
    j["size"] = area.size;
    j["pages"] = area.pages;
    if (area.gapBelow)
        j["gap_below"] = *area.gapBelow;
    return j;
}

nlohmann::ordered_json factsJson(const LineFacts& f)
{
    nlohmann::ordered_json j;
    j["ran"] = f.ran;
    if (!f.ran)
        return j;
    j["first_step"] = f.firstStep;
    j["last_step"] = f.lastStep;
    if (f.returned)
        j["returned"] = fmt::address(*f.returned);
    const auto areas = [](const std::vector<AreaFact>& list) {
        nlohmann::ordered_json a = nlohmann::ordered_json::array();
        for (const AreaFact& area : list)
            a.push_back(areaJson(area));
        return a;
    };
    j["areas_created"] = areas(f.areasCreated);
    j["areas_freed"] = areas(f.areasFreed);
    j["areas_lazily_freed"] = areas(f.areasLazilyFreed);
    j["data_pages"] = f.dataPfns.size();
    if (!f.dataPfns.empty())
        j["first_data_pfn"] = fmt::hex(f.dataPfns.front());
    nlohmann::ordered_json zones = nlohmann::ordered_json::array();
    for (const unsigned z : f.dataZones)
        zones.push_back(std::string(zoneName(z)));
    j["data_zones"] = zones;
    j["frames_taken"] = f.framesTaken;
    j["frames_freed"] = f.framesFreed;
    j["tables_allocated"] = f.tablesAllocated;
    j["ptes_written"] = f.ptesWritten;
    j["ptes_cleared"] = f.ptesCleared;
    nlohmann::ordered_json objects = nlohmann::ordered_json::array();
    for (const KmemleakFact& k : f.kmemleakCreated)
        objects.push_back({{"pointer", fmt::address(k.pointer)},
                           {"size", k.size},
                           {"min_count", k.minCount},
                           {"vmalloc", k.vmalloc}});
    j["kmemleak_created"] = objects;
    j["kmemleak_deleted"] = f.kmemleakDeleted;
    j["leaks_reported"] = f.leaksReported;
    j["vmap_lazy_nr"] = f.lazyNr;
    nlohmann::ordered_json messages = nlohmann::ordered_json::array();
    for (const MessageFact& m : f.messages)
        messages.push_back({{"kind", std::string(messageKindName(m.kind))}, {"text", m.text}});
    j["messages"] = messages;
    return j;
}

} // namespace

std::vector<std::string> factClauses(const LineFacts& f, const TextTranslator* translator)
{
    const auto say = [translator](std::string_view english, std::initializer_list<std::string> texts = {}) {
        std::string storage;
        const std::vector<std::string> args(texts);
        return expandFormat(localizeFormat(translator, "Compare", english, storage), FormatArgs{{}, args});
    };
    const auto count = [&say](std::uint64_t n, std::string_view one, std::string_view many) {
        return say(n == 1 ? one : many, {std::to_string(n)});
    };
    if (!f.ran)
        return {say(VMVIZ_TRANSLATE_NOOP("Compare", "not run: the run stopped before this line"))};
    std::vector<std::string> clauses;
    clauses.push_back(say(VMVIZ_TRANSLATE_NOOP("Compare", "steps {0:t}..{1:t}"),
                          {std::to_string(f.firstStep), std::to_string(f.lastStep)}));
    if (f.returned)
        clauses.push_back(say(VMVIZ_TRANSLATE_NOOP("Compare", "returned {0:t}"),
                              {*f.returned ? fmt::address(*f.returned) : std::string("NULL")}));
    for (const AreaFact& a : f.areasCreated) {
        std::string gap;
        if (a.gapBelow)
            gap = *a.gapBelow ? say(VMVIZ_TRANSLATE_NOOP("Compare", ", gap {0:t} below"),
                                    {scenario::formatSize(*a.gapBelow)})
                              : say(VMVIZ_TRANSLATE_NOOP("Compare", ", no gap below"));
        clauses.push_back(say(VMVIZ_TRANSLATE_NOOP("Compare", "new area {0:t} size {1:t}, {2:t}{3:t}"),
                              {range(a), scenario::formatSize(a.size),
                               count(a.pages, VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} page"),
                                     VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} pages")),
                               gap}));
    }
    for (const AreaFact& a : f.areasLazilyFreed)
        clauses.push_back(say(VMVIZ_TRANSLATE_NOOP("Compare", "area {0:t} lazily freed"), {range(a)}));
    for (const AreaFact& a : f.areasFreed)
        clauses.push_back(say(VMVIZ_TRANSLATE_NOOP("Compare", "area {0:t} released"), {range(a)}));
    if (!f.dataPfns.empty())
        clauses.push_back(
            say(f.dataPfns.size() == 1
                    ? VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} data page from {1:t} (first pfn {2:t})")
                    : VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} data pages from {1:t} (first pfn {2:t})"),
                {std::to_string(f.dataPfns.size()), zonesText(f.dataZones), fmt::hex(f.dataPfns.front())}));
    if (f.framesTaken || f.framesFreed)
        clauses.push_back(say(VMVIZ_TRANSLATE_NOOP("Compare", "frames +{0:t} -{1:t}"),
                              {std::to_string(f.framesTaken), std::to_string(f.framesFreed)}));
    if (f.tablesAllocated)
        clauses.push_back(count(f.tablesAllocated,
                                VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} page table allocated"),
                                VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} page tables allocated")));
    if (f.ptesWritten)
        clauses.push_back(count(f.ptesWritten, VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} PTE written"),
                                VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} PTEs written")));
    if (f.ptesCleared)
        clauses.push_back(count(f.ptesCleared, VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} PTE cleared"),
                                VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} PTEs cleared")));
    if (!f.kmemleakCreated.empty() || f.kmemleakDeleted) {
        std::string vmallocObjects;
        for (const KmemleakFact& k : f.kmemleakCreated)
            if (k.vmalloc)
                vmallocObjects += std::string(vmallocObjects.empty() ? "" : ", ") +
                                  say(VMVIZ_TRANSLATE_NOOP("Compare", "size {0:t} min_count {1:t}"),
                                      {std::to_string(k.size), std::to_string(k.minCount)});
        const std::string created = std::to_string(f.kmemleakCreated.size());
        const std::string deleted = std::to_string(f.kmemleakDeleted);
        clauses.push_back(
            vmallocObjects.empty()
                ? say(VMVIZ_TRANSLATE_NOOP("Compare", "kmemleak +{0:t} -{1:t}"), {created, deleted})
                : say(VMVIZ_TRANSLATE_NOOP("Compare", "kmemleak +{0:t} -{1:t} (vmalloc: {2:t})"),
                      {created, deleted, vmallocObjects}));
    }
    if (f.leaksReported)
        clauses.push_back(count(f.leaksReported, VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} leak reported"),
                                VMVIZ_TRANSLATE_NOOP("Compare", "{0:t} leaks reported")));
    if (f.lazyNrChanged)
        clauses.push_back(
            say(VMVIZ_TRANSLATE_NOOP("Compare", "vmap_lazy_nr = {0:t}"), {std::to_string(f.lazyNr)}));
    for (const MessageFact& m : f.messages) {
        // The model's own messages are narration formats, said again in the reader's language; the
        // kernel's log text stays as it printed it.
        std::string storage;
        const std::string text =
            m.format.empty() ? m.text
                             : expandFormat(localizeFormat(translator, "Narration", m.format, storage),
                                            FormatArgs{m.args, {}, nullptr});
        clauses.push_back(say(VMVIZ_TRANSLATE_NOOP("Compare", "{0:t}: {1:t}"),
                              {messageKindName(m.kind, translator), text}));
    }
    return clauses;
}

std::string describeFacts(const LineFacts& f, const TextTranslator* translator)
{
    std::string out;
    for (const std::string& c : factClauses(f, translator))
        out += (out.empty() ? "" : "; ") + c;
    return out;
}

std::string describeDifference(const Difference& d, const TextTranslator* translator)
{
    std::string values;
    for (std::size_t m = 0; m < d.values.size(); ++m)
        values += (m ? ", " : "") + machineLetter(m) + " " + valueText(d.values[m], translator);
    std::string storage;
    const std::string texts[] = {differenceKindTitle(d.kind, translator), values};
    return expandFormat(
        localizeFormat(translator, "Compare", VMVIZ_TRANSLATE_NOOP("Compare", "{0:t}: {1:t}"), storage),
        FormatArgs{{}, texts});
}

std::string compareText(const Comparison& c)
{
    std::string out =
        "compare " + c.scenario.name + " on " + std::to_string(c.machines.size()) + " machines\n";
    for (std::size_t m = 0; m < c.machines.size(); ++m)
        out += "  " + machineLetter(m) + "  " + c.machines[m].variant.label() + ": " +
               machineSummary(c.machines[m].config) + ", " +
               plural(c.machines[m].machine ? c.machines[m].machine->stepCount() : 0, "step", "steps") + "\n";
    for (const LineComparison& line : c.lines) {
        out += "\n";
        if (line.chapter)
            out += "chapter " + std::to_string(*line.chapter + 1) + ": " +
                   c.scenario.chapters[*line.chapter].title + "\n";
        out += "line " + std::to_string(line.where.line) + ": " + line.text + "\n";
        for (std::size_t m = 0; m < line.machines.size(); ++m)
            out += "  " + machineLetter(m) + "  " + describeFacts(line.machines[m]) + "\n";
        if (line.differences.empty()) {
            out += "  same on every machine\n";
            continue;
        }
        out += "  differ:\n";
        for (const Difference& d : line.differences)
            out += "    " + describeDifference(d) + "\n";
    }
    out += "\n" + std::to_string(c.differingLines()) + " of " + std::to_string(c.lines.size()) +
           " lines differ\n";
    return out;
}

nlohmann::ordered_json compareJson(const Comparison& c)
{
    nlohmann::ordered_json j;
    j["format"] = "vmviz-compare";
    j["version"] = 1;
    j["scenario"] = c.scenario.name;
    nlohmann::ordered_json machines = nlohmann::ordered_json::array();
    for (std::size_t m = 0; m < c.machines.size(); ++m) {
        const MachineRun& run = c.machines[m];
        nlohmann::ordered_json settings = nlohmann::ordered_json::object();
        for (const Setting& s : run.variant.settings)
            settings[s.key] = s.value;
        machines.push_back({{"letter", machineLetter(m)},
                            {"variant", settings},
                            {"kernel", run.config.profile},
                            {"paging_levels", run.config.pagingLevels},
                            {"ram_bytes", run.config.ramBytes},
                            {"cpus", run.config.cpus},
                            {"steps", run.machine ? run.machine->stepCount() : 0}});
    }
    j["machines"] = machines;
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const LineComparison& line : c.lines) {
        nlohmann::ordered_json l;
        l["line"] = line.where.line;
        l["text"] = line.text;
        if (line.chapter)
            l["chapter"] = c.scenario.chapters[*line.chapter].title;
        nlohmann::ordered_json facts = nlohmann::ordered_json::array();
        for (const LineFacts& f : line.machines)
            facts.push_back(factsJson(f));
        l["machines"] = facts;
        nlohmann::ordered_json differences = nlohmann::ordered_json::array();
        for (const Difference& d : line.differences) {
            nlohmann::ordered_json values = nlohmann::ordered_json::array();
            for (const Difference::Value& v : d.values)
                values.push_back(v.text);
            differences.push_back({{"kind", std::string(differenceKindName(d.kind))},
                                   {"title", std::string(differenceKindTitle(d.kind))},
                                   {"values", values}});
        }
        l["differences"] = differences;
        lines.push_back(l);
    }
    j["lines"] = lines;
    j["differing_lines"] = c.differingLines();
    return j;
}

} // namespace vmviz::compare
