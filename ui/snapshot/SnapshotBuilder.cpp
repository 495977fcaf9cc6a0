// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/SnapshotBuilder.h"

#include "i18n/CoreText.h"
#include "kmemleak/KmemleakScanGraph.h"
#include "machine/FreeLists.h"
#include "steps/Narration.h"
#include "steps/PlainLanguage.h"
#include "trace/StepRoles.h"

#include <algorithm>
#include <cassert>

namespace vmviz::ui {

namespace {

FrameState readFrame(const PhysicalMemory& phys, std::uint64_t pfn)
{
    const Pfn p{pfn};
    return FrameState{phys.owner(p), phys.aux(p), phys.ref(p), phys.index(p)};
}

std::shared_ptr<const FrameChunk> readChunk(const PhysicalMemory& phys, std::uint64_t chunk,
                                            std::optional<std::uint64_t> takenFromPerCpu)
{
    auto out = std::make_shared<FrameChunk>();
    const std::uint64_t first = chunk * FrameChunk::kFrames;
    const std::uint64_t last = std::min(phys.frameCount(), first + FrameChunk::kFrames);
    out->frames.reserve(last - first);
    std::vector<FrameOwner> owners;
    std::vector<std::uint8_t> aux;
    for (std::uint64_t pfn = first; pfn < last; ++pfn) {
        out->frames.push_back(readFrame(phys, pfn));
        owners.push_back(out->frames.back().owner);
        aux.push_back(out->frames.back().aux);
    }
    out->classes.resize(out->frames.size());
    classifyFrames(owners, aux, out->classes);
    // Its own fields still say "per-CPU list" (the kernel's list_del leaves them), but no list has it.
    if (takenFromPerCpu && *takenFromPerCpu >= first && *takenFromPerCpu < last &&
        out->frames[*takenFromPerCpu - first].owner == FrameOwner::PerCpuList)
        out->classes[*takenFromPerCpu - first] = FrameClass::Taken;
    return out;
}

void readCounters(const PhysicalMemory& phys, PhysSnapshot& out)
{
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        out.pcpCount[z] = out.zones[z].populated() ? phys.pcpCount(z) : 0;
        for (unsigned o = 0; o < k::MAX_ORDER; ++o)
            out.nrFree[z][o] = out.zones[z].populated() ? phys.nrFree(z, o) : 0;
    }
}

/// The frame the step at the machine's position took off a per-CPU list, if it is such a step.
std::optional<std::uint64_t> takenFromPerCpuAt(const Machine& machine)
{
    const std::uint64_t p = machine.position().value();
    if (p == 0)
        return std::nullopt;
    const Step step = machine.trace.step(StepIndex{p});
    if (step.kind == StepKind::Effect && step.event == Ev::PcpTake)
        if (const auto frame = argWith<ArgRole::Frame>(step))
            return frame->value();
    return std::nullopt;
}

/// Whether the kmemleak scan graph can differ between two positions one step apart: only a step
/// of kmemleak's own (or a scan's call or return) adds to it.
bool touchesScan(const Step& step)
{
    if (step.kind != StepKind::Effect)
        return step.function == Fn::kmemleak_scan;
    return (eventInfo(step.event).categories & CatKmemleak) != 0;
}

} // namespace

unsigned PhysSnapshot::zoneOf(std::uint64_t pfn) const
{
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        if (pfn >= zones[z].startPfn && pfn < zones[z].endPfn)
            return z;
    }
    return ZONE_DMA;
}

void AreasSnapshot::indexById()
{
    byId.clear();
    byId.reserve(areas.size());
    for (std::size_t i = 0; i < areas.size(); ++i)
        byId.emplace_back(areas[i].id, static_cast<std::uint32_t>(i));
    std::sort(byId.begin(), byId.end());
}

const AreaInfo* AreasSnapshot::find(AreaId id) const
{
    if (byId.size() == areas.size()) {
        const auto it = std::lower_bound(byId.begin(), byId.end(), std::pair<AreaId, std::uint32_t>(id, 0));
        return it != byId.end() && it->first == id ? &areas[it->second] : nullptr;
    }
    const auto it = std::find_if(areas.begin(), areas.end(), [id](const AreaInfo& a) { return a.id == id; });
    return it == areas.end() ? nullptr : &*it;
}

const AreaInfo* AreasSnapshot::containing(std::uint64_t vaddr) const
{
    for (const AreaInfo& a : areas) {
        if (vaddr >= a.vaStart && vaddr < a.vaEnd)
            return &a;
    }
    return nullptr;
}

std::uint64_t TableSnapshot::entry(unsigned index) const
{
    const auto it = std::lower_bound(entries.begin(), entries.end(), index,
                                     [](const TableEntry& e, unsigned i) { return e.index < i; });
    return it != entries.end() && it->index == index ? it->value : 0;
}

std::uint64_t TableSnapshot::vaddrOf(unsigned index) const
{
    // x86-64 canonical form: the top implemented bit (47, or 56 under LA57) copied upwards.
    const AddressLayout layout = addressLayoutFor(pagingLevels);
    const std::uint64_t low = baseVaddr & ((1ull << layout.virtualBits) - 1);
    return layout.canonical(low + (std::uint64_t{index} << tableLevelShift(level)));
}

const TableSnapshot* TablesSnapshot::byPfn(std::uint64_t pfn) const
{
    const auto it =
        std::find_if(tables.begin(), tables.end(), [pfn](const TableSnapshot& t) { return t.pfn == pfn; });
    return it == tables.end() ? nullptr : &*it;
}

std::shared_ptr<const PhysSnapshot> buildPhys(const Machine& machine)
{
    const PhysicalMemory& phys = machine.phys;
    auto out = std::make_shared<PhysSnapshot>();
    out->frameCount = phys.frameCount();
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
        out->zones[z] = phys.zone(z);
    out->reserved = phys.reservedRanges();
    out->takenFromPerCpu = takenFromPerCpuAt(machine);
    const std::uint64_t chunks = (out->frameCount + FrameChunk::kFrames - 1) / FrameChunk::kFrames;
    for (std::uint64_t c = 0; c < chunks; ++c)
        out->chunks.push_back(readChunk(phys, c, out->takenFromPerCpu));
    readCounters(phys, *out);
    out->freeLists = std::make_shared<const FreeListsSnapshot>(readFreeLists(phys));
    return out;
}

std::shared_ptr<const AreasSnapshot> buildAreas(const Machine& machine)
{
    auto out = std::make_shared<AreasSnapshot>();
    for (const AreaId id : machine.vmalloc.busyAreas())
        out->areas.push_back(machine.vmalloc.area(id));
    out->lazyNr = machine.vmalloc.lazyNr();
    out->lazyMaxPages = machine.vmalloc.lazyMaxPages();
    out->vmallocEnd = machine.vmalloc.vmallocEnd();
    out->vmallocStart = machine.vmalloc.vmallocStart();
    out->gapBytes = machine.profile->vmapGapBytes();
    out->indexById();
    return out;
}

std::shared_ptr<const TablesSnapshot> buildTables(const Machine& machine)
{
    const PageTables& pt = machine.tables;
    auto out = std::make_shared<TablesSnapshot>();
    out->pgdPfn = pt.pgdPfn().value();
    for (std::uint32_t t = 0; t < pt.tableCount(); ++t) {
        if (!pt.tableAlive(t))
            continue;
        TableSnapshot table;
        table.id = t;
        table.pfn = pt.tablePfn(t);
        table.level = pt.tableLevel(t);
        table.pagingLevels = static_cast<std::uint8_t>(pt.pagingLevels());
        for (unsigned i = 0; i < k::PTRS_PER_TABLE; ++i) {
            if (const std::uint64_t e = pt.entry(t, i))
                table.entries.push_back({static_cast<std::uint16_t>(i), e});
        }
        out->tables.push_back(std::move(table));
    }
    // Each table's base address, from the walk down from the PGD.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> todo{{out->pgdPfn, 0}};
    while (!todo.empty()) {
        const auto [pfn, base] = todo.back();
        todo.pop_back();
        auto it = std::find_if(out->tables.begin(), out->tables.end(),
                               [pfn](const TableSnapshot& t) { return t.pfn == pfn; });
        if (it == out->tables.end())
            continue;
        it->baseVaddr = pt.layout().canonical(base);
        if (it->level <= LEVEL_PTE)
            continue;
        const std::uint64_t low = base & ((1ull << pt.layout().virtualBits) - 1);
        for (const TableEntry& e : it->entries) {
            if (e.value & k::_PAGE_PRESENT)
                todo.emplace_back((e.value & k::PTE_PFN_MASK) >> k::PAGE_SHIFT,
                                  low + (std::uint64_t{e.index} << tableLevelShift(it->level)));
        }
    }
    return out;
}

std::shared_ptr<const KmemleakSnapshot> buildKmemleak(const Machine& machine)
{
    auto out = std::make_shared<KmemleakSnapshot>();
    out->objects = machine.kmemleak.objects();
    return out;
}

StepState buildStepState(const Machine& machine, const RunIndex& index, const ChangeSet& stepChanges)
{
    StepState s;
    s.position = machine.position().value();
    s.stepCount = machine.stepCount();
    s.jiffies = machine.jiffies();
    if (s.position == 0) {
        s.narration = "The machine has booted; no step has run yet.";
        return s;
    }
    const Step& step = machine.trace.step(StepIndex{s.position});
    s.step = step;
    s.narration = narrate(machine.trace, step, coreTextTranslator());
    s.plain = plainLanguage(machine.trace, step, coreTextTranslator());
    s.failed = stepIsFailure(step);
    const auto& log = machine.trace.log(); // sorted by step
    auto line = std::lower_bound(log.begin(), log.end(), s.position,
                                 [](const LogLine& l, std::uint64_t at) { return l.step < at; });
    for (; line != log.end() && line->step == s.position; ++line)
        s.printed.push_back(line->text);
    s.anchor = sourceAnchor(step);
    for (const StepIndex call : index.stackAt(StepIndex{s.position})) {
        const Step& c = machine.trace.step(call);
        s.stack.push_back(
            StackFrame{c.function, call.value(), narrate(machine.trace, c, coreTextTranslator())});
    }
    s.listMoves = freeListMovesOf(step, machine.phys, stepChanges);
    if (step.kind == StepKind::Effect && step.event == Ev::Warn && !s.stack.empty() &&
        s.stack.back().function == Fn::__vunmap)
        if (const auto address =
                argWith<ArgRole::Address>(machine.trace.step(StepIndex{s.stack.back().callStep})))
            s.badFreeAddress = address->value();
    for (const EntryChange& e : stepChanges.entries) {
        if (e.after != 0)
            s.written.push_back(EntryRef{e.table.value(), e.index});
        else if (s.tablesCleared.empty() || s.tablesCleared.back() != e.table.value())
            s.tablesCleared.push_back(e.table.value()); // entries come grouped by table
    }
    s.operation = index.detail().operationAt(s.position);
    return s;
}

namespace {

/// Where the position stands at each detail level; a summary the previous snapshot already
/// wrote for the same unit is reused, so playing through a long phase summarises it once.
void fillLevels(StepState& s, const Machine& machine, const DetailIndex& detail, const StepState* previous)
{
    for (std::size_t l = 0; l < kDetailLevelCount; ++l) {
        const auto level = static_cast<DetailLevel>(l);
        LevelPlace& place = s.levels[l];
        place.unitCount = detail.unitCount(level);
        if (s.position == 0)
            continue;
        place.unit = detail.unitAt(level, s.position);
        const LevelUnit unit = detail.unit(level, place.unit);
        place.range = unit.range;
        place.phase = unit.phase;
        place.alarm = unit.alarm;
        if (level == DetailLevel::Full)
            place.summary = s.narration;
        else if (previous && previous->levels[l].range == unit.range && !previous->levels[l].summary.empty())
            place.summary = previous->levels[l].summary;
        else
            place.summary = summarizeUnit(machine.trace, unit, coreTextTranslator());
    }
}

/// The variables at the position; the previous snapshot's when no value changed.
std::shared_ptr<const VariablesSnapshot> buildVariables(const Machine& machine,
                                                        const MachineSnapshot* previous)
{
    const CallerVariables& v = machine.variables;
    const std::size_t n = std::min(v.names.size(), v.value.size());
    if (previous && previous->variables && previous->variables->values.size() == n) {
        const VariablesSnapshot& old = *previous->variables;
        bool same = true;
        for (std::size_t i = 0; i < n && same; ++i)
            same = old.values[i] == v.value[i] && old.held[i] == v.held[i];
        if (same)
            return previous->variables;
    }
    auto out = std::make_shared<VariablesSnapshot>();
    out->names = previous && previous->variables && previous->variables->names &&
                         previous->variables->names->size() == n
                     ? previous->variables->names
                     : std::make_shared<const std::vector<std::string>>(v.names.begin(), v.names.begin() + n);
    out->values.reserve(n);
    out->held.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        out->values.push_back(v.value[i]);
        out->held.push_back(v.held[i]);
    }
    return out;
}

} // namespace

StepState buildStepState(const Machine& machine, const RunIndex& index)
{
    return buildStepState(machine, index, stepChangesAt(machine));
}

ChangeSet stepChangesAt(const Machine& machine)
{
    const std::uint64_t p = machine.position().value();
    return p == 0 ? ChangeSet{} : machine.changesBetween(StepIndex{p - 1}, StepIndex{p});
}

SnapshotPtr SnapshotBuilder::build(const Machine& machine, const RunIndex& index,
                                   const MachineSnapshot* previous, std::uint64_t generation) const
{
    assert(&machine == m_machine && "a builder builds snapshots of one machine");
    auto out = std::make_shared<MachineSnapshot>();
    out->generation = generation;
    auto stepChanges = std::make_shared<const ChangeSet>(stepChangesAt(machine));
    out->stepChanges = stepChanges;
    out->step = buildStepState(machine, index, *stepChanges);
    const bool samerun = previous && previous->generation == generation;
    fillLevels(out->step, machine, index.detail(), samerun ? &previous->step : nullptr);
    out->variables = buildVariables(machine, samerun ? previous : nullptr);

    if (!previous || previous->generation != generation || !previous->phys) {
        out->phys = buildPhys(machine);
        out->areas = buildAreas(machine);
        out->tables = buildTables(machine);
        out->kmemleak = buildKmemleak(machine);
        out->scanGraph =
            std::make_shared<const KmemleakScanGraph>(scanGraphAt(machine.trace, machine.position()));
        return out;
    }

    // What changed between the two positions says which parts (and which frame chunks) to re-read.
    const std::uint64_t from = previous->step.position;
    const std::uint64_t to = machine.position().value();
    auto changes =
        from + 1 == to
            ? stepChanges
            : std::make_shared<const ChangeSet>(machine.changesBetween(StepIndex{from}, StepIndex{to}));
    out->changes = changes;

    const std::optional<std::uint64_t> taken = takenFromPerCpuAt(machine);
    if (!changes->frames.empty() || !changes->zones.empty() || taken != previous->phys->takenFromPerCpu) {
        auto phys = std::make_shared<PhysSnapshot>(*previous->phys);
        phys->takenFromPerCpu = taken;
        std::uint64_t lastChunk = ~std::uint64_t{0};
        for (const FrameChange& f : changes->frames) { // by pfn, so each chunk comes once, in a run
            const std::uint64_t c = f.pfn.value() / FrameChunk::kFrames;
            if (c != lastChunk && c < phys->chunks.size())
                phys->chunks[c] = readChunk(machine.phys, c, taken);
            lastChunk = c;
        }
        // The frame leaving or entering the per-CPU limbo changed no field of its own.
        for (const auto pfn : {previous->phys->takenFromPerCpu, taken}) {
            if (pfn && *pfn / FrameChunk::kFrames < phys->chunks.size())
                phys->chunks[*pfn / FrameChunk::kFrames] =
                    readChunk(machine.phys, *pfn / FrameChunk::kFrames, taken);
        }
        readCounters(machine.phys, *phys);
        phys->freeLists = std::make_shared<const FreeListsSnapshot>(readFreeLists(machine.phys));
        out->phys = std::move(phys);
    } else {
        out->phys = previous->phys;
    }
    const bool areasChanged = !changes->areas.empty() || changes->vmapLazyNr;
    const bool tablesChanged = !changes->entries.empty() || changes->touches(MachinePart::PageTables);
    out->areas = areasChanged ? buildAreas(machine) : previous->areas;
    out->tables = tablesChanged ? buildTables(machine) : previous->tables;
    out->kmemleak = !changes->kmemleak.empty() ? buildKmemleak(machine) : previous->kmemleak;
    const bool scanMayDiffer = !previous->scanGraph || (from + 1 != to && to + 1 != from) ||
                               touchesScan(machine.trace.step(StepIndex{std::max(from, to)}));
    out->scanGraph =
        scanMayDiffer
            ? std::make_shared<const KmemleakScanGraph>(scanGraphAt(machine.trace, machine.position()))
            : previous->scanGraph;
    return out;
}

} // namespace vmviz::ui
