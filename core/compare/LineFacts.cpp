// SPDX-License-Identifier: GPL-2.0-only
// What one machine did on each scenario line: one pass over its trace for the lines' step ranges,
// return values and messages, then the journal's change set over each range for the rest.
#include "compare/Compare.h"
#include "steps/Narration.h"

#include <algorithm>
#include <set>

namespace vmviz::compare {

namespace {

/// The trace facts of one line that the change set does not carry.
struct LineSteps
{
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    std::optional<std::uint64_t> firstReturn; ///< what the line's first kernel call returned
    std::vector<MessageFact> messages;
    std::uint64_t leaksReported = 0;
};

bool isFree(FrameOwner owner)
{
    return owner == FrameOwner::Free || owner == FrameOwner::PerCpuList;
}

/// The kernel's allocation-failure printks are plain log lines (vmap allocation … failed, SLUB:
/// Unable to allocate, page allocation failure); their words are what marks them.
bool isFailureLine(std::string_view text)
{
    return text.find("failed") != std::string_view::npos || text.find("failure") != std::string_view::npos ||
           text.find("Unable to allocate") != std::string_view::npos;
}

std::vector<LineSteps> lineSteps(const Trace& trace)
{
    std::vector<LineSteps> lines;
    unsigned open = 0;
    for (std::uint64_t s = 1; s <= trace.size(); ++s) {
        const Step step = trace.step(StepIndex{s});
        if (step.kind == StepKind::Call && step.function == Fn::Caller) {
            if (!lines.empty())
                lines.back().last = s - 1;
            lines.push_back({s, trace.size(), {}, {}, 0});
            open = 1;
            continue;
        }
        if (lines.empty())
            continue;
        LineSteps& line = lines.back();
        if (step.kind == StepKind::Call) {
            ++open;
        } else if (step.kind == StepKind::Return) {
            if (open == 2 && !line.firstReturn)
                line.firstReturn = step.args[0];
            if (open > 0)
                --open;
        } else {
            switch (step.event) {
            case Ev::Warn:
                line.messages.push_back({MessageFact::Kind::Warn, trace.string(step.args[0])});
                break;
            case Ev::Oops:
                line.messages.push_back({MessageFact::Kind::Oops, trace.string(step.args[0])});
                break;
            case Ev::PageAllocFailure:
                line.messages.push_back({MessageFact::Kind::AllocationFailure, narrate(trace, step),
                                         eventInfo(step.event).format, step.args});
                break;
            case Ev::LogLine:
                if (isFailureLine(trace.string(step.args[0])))
                    line.messages.push_back(
                        {MessageFact::Kind::AllocationFailure, trace.string(step.args[0])});
                break;
            case Ev::TaskKilled:
                line.messages.push_back({MessageFact::Kind::TaskKilled, narrate(trace, step),
                                         eventInfo(step.event).format, step.args});
                open = 0;
                break;
            case Ev::KmlReported:
                ++line.leaksReported;
                break;
            default:
                break;
            }
        }
    }
    // A chapter step before the next line belongs to that line's chapter, not to this line.
    for (LineSteps& line : lines)
        while (line.last > line.first && trace.step(StepIndex{line.last}).event == Ev::Chapter)
            --line.last;
    return lines;
}

/// The busy area just below `start`, at the machine's position: its va_end.
std::optional<std::uint64_t> endBelow(const Machine& machine, const std::vector<AreaId>& busy,
                                      std::uint64_t start)
{
    // busyAreas() is sorted by address: the last area starting below `start`.
    const auto it = std::partition_point(
        busy.begin(), busy.end(), [&](AreaId id) { return machine.vmalloc.area(id, false).vaStart < start; });
    if (it == busy.begin())
        return std::nullopt;
    return machine.vmalloc.area(*(it - 1), false).vaEnd;
}

AreaFact areaFact(const AreaInfo& info)
{
    return AreaFact{info.vaStart, info.vaEnd, info.size, info.nrPages, std::nullopt};
}

} // namespace

std::vector<LineFacts> lineFactsOf(Machine& machine, const scenario::Scenario& scenario)
{
    const std::size_t operations = scenario.operations.size();
    std::vector<LineFacts> facts(operations);
    const std::vector<LineSteps> steps = lineSteps(machine.trace);
    const StepIndex keep = machine.position();
    for (std::size_t i = 0; i < operations && i < steps.size(); ++i) {
        const LineSteps& range = steps[i];
        LineFacts& f = facts[i];
        f.ran = true;
        f.firstStep = range.first;
        f.lastStep = range.last;
        if (std::holds_alternative<scenario::AllocOp>(scenario.operations[i].op))
            f.returned = range.firstReturn.value_or(0);
        f.messages = range.messages;
        f.leaksReported = range.leaksReported;

        const ChangeSet changes = machine.changesBetween(StepIndex{range.first - 1}, StepIndex{range.last});
        std::set<unsigned> zones;
        for (const FrameChange& frame : changes.frames) {
            if (isFree(frame.before.owner) && !isFree(frame.after.owner))
                ++f.framesTaken;
            if (!isFree(frame.before.owner) && isFree(frame.after.owner))
                ++f.framesFreed;
            if (frame.after.owner == FrameOwner::VmallocData &&
                frame.before.owner != FrameOwner::VmallocData) {
                f.dataPfns.push_back(frame.pfn.value());
                zones.insert(machine.phys.zoneOf(frame.pfn));
            }
            if (frame.after.owner == FrameOwner::PageTable && frame.before.owner != FrameOwner::PageTable)
                ++f.tablesAllocated;
        }
        f.dataZones.assign(zones.begin(), zones.end());
        for (const EntryChange& entry : changes.entries) {
            if (entry.level != 1)
                continue;
            if (entry.before == 0 && entry.after != 0)
                ++f.ptesWritten;
            if (entry.before != 0 && entry.after == 0)
                ++f.ptesCleared;
        }
        for (const KmemleakChange& change : changes.kmemleak) {
            if (change.kind == KmemleakChangeKind::Added && change.after)
                f.kmemleakCreated.push_back({change.after->pointer, change.after->size,
                                             change.after->minCount,
                                             change.after->kind == TrackedKind::Vmalloc});
            if (change.kind == KmemleakChangeKind::Removed)
                ++f.kmemleakDeleted;
        }

        // Areas as they stood where they existed: created and lazily freed at the end of the line,
        // freed at its start.
        machine.seek(StepIndex{range.first - 1});
        for (const AreaChange& area : changes.areas)
            if (area.kind == AreaChangeKind::Removed)
                f.areasFreed.push_back(areaFact(machine.vmalloc.area(area.id, false)));
        machine.seek(StepIndex{range.last});
        const std::vector<AreaId> busy = machine.vmalloc.busyAreas();
        for (const AreaChange& area : changes.areas) {
            if (area.kind == AreaChangeKind::Added) {
                AreaFact fact = areaFact(machine.vmalloc.area(area.id, false));
                if (const auto below = endBelow(machine, busy, fact.start))
                    fact.gapBelow = fact.start - *below;
                f.areasCreated.push_back(fact);
            } else if (area.kind == AreaChangeKind::LazilyFreed) {
                f.areasLazilyFreed.push_back(areaFact(machine.vmalloc.area(area.id, false)));
            }
        }
        std::sort(f.areasCreated.begin(), f.areasCreated.end(),
                  [](const AreaFact& a, const AreaFact& b) { return a.start < b.start; });
        f.lazyNr = machine.vmalloc.lazyNr();
        f.lazyNrChanged = changes.vmapLazyNr;
    }
    machine.seek(keep);
    return facts;
}

} // namespace vmviz::compare
