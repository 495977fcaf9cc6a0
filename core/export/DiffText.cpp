// SPDX-License-Identifier: GPL-2.0-only
// The change list between two positions, as sentences. Large groups fold into one line: the 2048
// frames a 8 MiB vmalloc takes are "2048 frames taken from the buddy allocator, now vmalloc data
// of area #3: pfn 0x1a000–0x1a7ff", not 2048 lines; diffJson() itemises every one.
#include "base/Format.h"
#include "export/Diff.h"
#include "machine/Machine.h"
#include "slab/Slab.h"
#include "steps/Narration.h"

#include <algorithm>
#include <map>

namespace vmviz::exports {

const AreaInfo* DiffEnd::area(AreaId id) const
{
    const auto it = std::lower_bound(areas.begin(), areas.end(), id, [](const AreaInfo& a, AreaId wanted) {
        return a.id.value() < wanted.value();
    });
    return it != areas.end() && it->id == id ? &*it : nullptr;
}

DiffEnd diffEnd(const Machine& machine, const ChangeSet& changes)
{
    DiffEnd end;
    end.position = machine.position().value();
    if (end.position > 0)
        end.narration = narrate(machine.trace, machine.trace.step(StepIndex{end.position}));
    for (const AreaChange& change : changes.areas) {
        AreaInfo area = machine.vmalloc.area(change.id, false);
        if (area.vaAlive || area.vmAlive)
            end.areas.push_back(std::move(area));
    }
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        if (!machine.phys.zone(z).populated())
            continue;
        end.freePages[z] = machine.phys.freePagesCounter(z);
        end.pcpCount[z] = machine.phys.pcpCount(z);
        for (unsigned o = 0; o < k::MAX_ORDER; ++o)
            end.nrFree[z][o] = machine.phys.nrFree(z, o);
    }
    end.vmapLazyNr = machine.vmalloc.lazyNr();
    end.jiffies = machine.jiffies();
    return end;
}

Comparison compareSteps(Machine& machine, StepIndex a, StepIndex b)
{
    const std::uint64_t home = machine.position().value();
    Comparison out;
    out.changes = machine.changesBetween(a, b);
    machine.seek(out.changes.from);
    out.before = diffEnd(machine, out.changes);
    machine.seek(out.changes.to);
    out.after = diffEnd(machine, out.changes);
    machine.seek(StepIndex{home});
    return out;
}

std::string_view diffSectionName(DiffLine::Section section)
{
    switch (section) {
    case DiffLine::Section::Frames:
        return "frames";
    case DiffLine::Section::Entries:
        return "page-table entries";
    case DiffLine::Section::Areas:
        return "areas";
    case DiffLine::Section::Kmemleak:
        return "kmemleak objects";
    case DiffLine::Section::SlabObjects:
        return "slab objects";
    case DiffLine::Section::Counters:
        return "counters";
    }
    return "?";
}

namespace {

using Section = DiffLine::Section;

std::string plural(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// "0x7803, 0x7900–0x79ff": sorted numbers as runs, the first few only when there are many.
std::string runs(const std::vector<std::uint64_t>& sorted, bool hex)
{
    constexpr std::size_t kShown = 6;
    const auto number = [hex](std::uint64_t v) { return hex ? fmt::hex(v) : std::to_string(v); };
    std::string out;
    std::size_t count = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        if (count < kShown) {
            out += (count ? ", " : "") + number(sorted[i]);
            if (j > i)
                out += "–" + number(sorted[j]);
        }
        ++count;
        i = j + 1;
    }
    if (count > kShown)
        out += ", … (" + std::to_string(count) + " ranges)";
    return out;
}

std::string_view levelName(unsigned level)
{
    static constexpr std::string_view names[] = {"?", "PTE", "PMD", "PUD", "PGD"};
    return level < 5 ? names[level] : names[0];
}

bool isFree(FrameOwner owner)
{
    return owner == FrameOwner::Free || owner == FrameOwner::PerCpuList;
}

std::string pool(FrameOwner owner)
{
    return owner == FrameOwner::Free ? "the buddy allocator" : "the per-CPU list";
}

/// Who holds an allocated frame, without the page index (frames of one area share it).
std::string holder(const FrameFields& f)
{
    switch (f.owner) {
    case FrameOwner::VmallocData:
        return "vmalloc data of area #" + std::to_string(f.ref);
    case FrameOwner::VmallocPageArray:
        return "the page array of area #" + std::to_string(f.ref);
    case FrameOwner::PageTable:
        return std::string("a ") + std::string(levelName(f.aux)) + " table page";
    case FrameOwner::Slab:
        return "a " + std::string(kmallocCacheName(f.aux)) + " slab page";
    case FrameOwner::KernelStack:
        return "the task's kernel stack";
    case FrameOwner::Reserved:
        return std::string("reserved (") + std::string(reservedKindName(static_cast<ReservedKind>(f.aux))) +
               ")";
    case FrameOwner::Free:
    case FrameOwner::PerCpuList:
        return "free on " + pool(f.owner);
    case FrameOwner::Count:
        break;
    }
    return "?";
}

/// The sentence before the PFNs; frames with the same one fold into one line.
std::string frameSentence(const FrameFields& before, const FrameFields& after)
{
    if (isFree(before.owner) && !isFree(after.owner))
        return "taken from " + pool(before.owner) + ", now " + holder(after);
    if (!isFree(before.owner) && isFree(after.owner))
        return "freed to " + pool(after.owner) + ", were " + holder(before);
    if (isFree(before.owner) && before.owner != after.owner)
        return "moved from " + pool(before.owner) + " to " + pool(after.owner);
    if (isFree(before.owner))
        return "still free on " + pool(after.owner) + "; their block order or list links changed";
    if (holder(before) == holder(after))
        return "still " + holder(after) + "; their page index or fields changed";
    return "changed from " + holder(before) + " to " + holder(after);
}

void frameLines(const ChangeSet& changes, std::vector<DiffLine>& out)
{
    std::vector<std::pair<std::string, std::vector<std::uint64_t>>> groups; // first-seen order
    std::map<std::string, std::size_t> byText;
    for (const FrameChange& f : changes.frames) {
        const std::string text = frameSentence(f.before, f.after);
        const auto [it, added] = byText.emplace(text, groups.size());
        if (added)
            groups.emplace_back(text, std::vector<std::uint64_t>{});
        groups[it->second].second.push_back(f.pfn.value());
    }
    // Frames that stay free (a buddy split or merge, list links) matter least: they come last.
    std::stable_partition(groups.begin(), groups.end(),
                          [](const auto& group) { return !group.first.starts_with("still free"); });
    for (const auto& [text, pfns] : groups)
        out.push_back(
            {Section::Frames, plural(pfns.size(), "frame ", "frames ") + text + ": pfn " + runs(pfns, true)});
}

std::string entryValue(std::uint64_t value)
{
    if (value == 0)
        return "0";
    return fmt::address(value) + " (pfn " + fmt::hex((value & k::PTE_PFN_MASK) >> k::PAGE_SHIFT) + ")";
}

void entryLines(const ChangeSet& changes, std::vector<DiffLine>& out)
{
    constexpr std::size_t kItemised = 8;
    // Entries come by table, then index: a group is one table and one kind of change.
    for (std::size_t i = 0; i < changes.entries.size();) {
        const EntryChange& first = changes.entries[i];
        const auto kindOf = [](const EntryChange& e) { return e.before == 0 ? 0 : e.after == 0 ? 1 : 2; };
        std::size_t j = i;
        while (j < changes.entries.size() && changes.entries[j].table == first.table &&
               kindOf(changes.entries[j]) == kindOf(first))
            ++j;
        static constexpr const char* verbs[] = {"written", "cleared", "rewritten"};
        const std::string level(levelName(first.level));
        const std::string table = "table at pfn " + fmt::hex(first.table.value());
        const std::string entry = first.level == 1 ? "PTE" : level + " entry";
        const std::string verb = verbs[kindOf(first)];
        if (j - i <= kItemised) {
            for (std::size_t e = i; e < j; ++e) {
                const EntryChange& c = changes.entries[e];
                std::string text = entry;
                text.append(" ").append(verb).append(": ").append(table);
                text += ", index " + std::to_string(c.index);
                text += " (" + fmt::address(c.vaddr.value()) + "): ";
                text += entryValue(c.before) + " → " + entryValue(c.after);
                out.push_back({Section::Entries, std::move(text)});
            }
        } else {
            std::vector<std::uint64_t> indices;
            for (std::size_t e = i; e < j; ++e)
                indices.push_back(changes.entries[e].index);
            const EntryChange& last = changes.entries[j - 1];
            std::string text = std::to_string(j - i);
            text += first.level == 1 ? " PTEs " : " " + level + " entries ";
            text.append(verb).append(" in the ").append(level).append(" ").append(table);
            text += ", index " + runs(indices, false);
            text += " (" + fmt::address(first.vaddr.value()) + "–" + fmt::address(last.vaddr.value()) + "): ";
            text += "first " + entryValue(first.before) + " → " + entryValue(first.after);
            text += ", last " + entryValue(last.before) + " → " + entryValue(last.after);
            out.push_back({Section::Entries, std::move(text)});
        }
        i = j;
    }
}

std::string areaRange(const AreaInfo& a)
{
    return "[" + fmt::address(a.vaStart) + ", " + fmt::address(a.vaEnd) + ") " +
           fmt::humanSize(a.vaEnd - a.vaStart);
}

std::string areaSentence(const AreaChange& change, const AreaInfo* before, const AreaInfo* after)
{
    const std::string name = "area #" + std::to_string(change.id.value());
    switch (change.kind) {
    case AreaChangeKind::Added: {
        std::string text = name + " added: " + areaRange(*after);
        if (after->vmAlive)
            text += ", vm_struct size " + std::to_string(after->size) + ", nr_pages " +
                    std::to_string(after->nrPages) + ", " + vmFlagsName(after->flags);
        return text;
    }
    case AreaChangeKind::LazilyFreed: {
        std::string text = name + " lazily freed: " + areaRange(*after) +
                           " stays busy as VM_LAZY_FREE, its PTEs stay until the purge";
        if (before->vmAlive && !after->vmAlive)
            text += "; its vm_struct left vmlist";
        return text;
    }
    case AreaChangeKind::Removed:
        if (before->vaFlags & (k::VM_LAZY_FREE | k::VM_LAZY_FREEING))
            return name + " purged: " + areaRange(*before) + " is free vmalloc space again";
        return name + " removed: " + areaRange(*before) + " is free vmalloc space again";
    case AreaChangeKind::Changed:
        break;
    }
    std::vector<std::string> parts;
    if (before->vmAlive != after->vmAlive)
        parts.emplace_back(after->vmAlive ? "its vm_struct joined vmlist" : "its vm_struct left vmlist");
    if (before->vaStart != after->vaStart || before->vaEnd != after->vaEnd)
        parts.push_back("range " + areaRange(*before) + " → " + areaRange(*after));
    if (before->vaFlags != after->vaFlags)
        parts.push_back("va->flags " + fmt::hex(before->vaFlags) + " → " + fmt::hex(after->vaFlags));
    if (before->size != after->size)
        parts.push_back("vm->size " + std::to_string(before->size) + " → " + std::to_string(after->size));
    if (before->nrPages != after->nrPages)
        parts.push_back("nr_pages " + std::to_string(before->nrPages) + " → " +
                        std::to_string(after->nrPages));
    if (before->flags != after->flags)
        parts.push_back("vm->flags " + vmFlagsName(before->flags) + " → " + vmFlagsName(after->flags));
    if (before->pagesAddr != after->pagesAddr)
        parts.push_back("area->pages " + fmt::address(before->pagesAddr) + " → " +
                        fmt::address(after->pagesAddr));
    if (parts.empty())
        parts.emplace_back("area->pages[] slots");
    std::string text = name + " " + areaRange(*after) + " changed: ";
    for (std::size_t i = 0; i < parts.size(); ++i)
        text += (i ? ", " : "") + parts[i];
    return text;
}

/// Above this many areas or kmemleak objects changed the same way, one line says how many and
/// names the first few; diffJson() still lists each.
constexpr std::size_t kFoldAbove = 12;
constexpr std::size_t kNamedInFold = 4;

std::string_view areaKindWords(AreaChangeKind kind)
{
    switch (kind) {
    case AreaChangeKind::Added:
        return "added";
    case AreaChangeKind::Removed:
        return "removed or purged";
    case AreaChangeKind::LazilyFreed:
        return "lazily freed (busy as VM_LAZY_FREE, PTEs kept until the purge)";
    case AreaChangeKind::Changed:
        break;
    }
    return "changed";
}

/// The kinds with more than kFoldAbove changes, folded into one line each.
template <typename Change, typename KindOf, typename Words, typename Name>
std::vector<bool> foldedKinds(const std::vector<Change>& changes, Section section, const char* noun,
                              KindOf kindOf, Words words, Name name, std::vector<DiffLine>& out)
{
    std::vector<std::size_t> count(4, 0);
    for (const Change& c : changes)
        ++count[static_cast<std::size_t>(kindOf(c))];
    std::vector<bool> folded(4, false);
    for (std::size_t kind = 0; kind < count.size(); ++kind) {
        if (count[kind] <= kFoldAbove)
            continue;
        folded[kind] = true;
        std::string text = std::to_string(count[kind]) + " " + noun + " " + std::string(words(kind)) + ": ";
        std::size_t named = 0;
        for (const Change& c : changes) {
            if (static_cast<std::size_t>(kindOf(c)) == kind && named < kNamedInFold)
                text += (named++ ? ", " : "") + name(c);
        }
        out.push_back({section, text + ", …"});
    }
    return folded;
}

void areaLines(const Comparison& c, std::vector<DiffLine>& out)
{
    const std::vector<bool> folded = foldedKinds(
        c.changes.areas, Section::Areas, "areas", [](const AreaChange& a) { return a.kind; },
        [](std::size_t kind) { return areaKindWords(static_cast<AreaChangeKind>(kind)); },
        [](const AreaChange& a) { return "#" + std::to_string(a.id.value()); }, out);
    for (const AreaChange& change : c.changes.areas) {
        if (folded[static_cast<std::size_t>(change.kind)])
            continue;
        const AreaInfo* before = c.before.area(change.id);
        const AreaInfo* after = c.after.area(change.id);
        const bool known = change.kind == AreaChangeKind::Added     ? after != nullptr
                           : change.kind == AreaChangeKind::Removed ? before != nullptr
                                                                    : before && after;
        if (!known) // an end built without this area: say what the change set knows
            out.push_back({Section::Areas, "area #" + std::to_string(change.id.value()) + " changed"});
        else
            out.push_back({Section::Areas, areaSentence(change, before, after)});
    }
}

std::string objectName(const KmemleakObject& o)
{
    return "kmemleak object " + fmt::address(o.pointer) + " (" + std::to_string(o.size) + " bytes, " +
           (o.kind == TrackedKind::Vmalloc ? "vmalloc" : "kmalloc") + ")";
}

void kmemleakLines(const ChangeSet& changes, std::vector<DiffLine>& out)
{
    static constexpr std::string_view kWords[] = {"added (kmemleak_alloc)", "removed (kmemleak_free)",
                                                  "recoloured", "changed"};
    const std::vector<bool> folded = foldedKinds(
        changes.kmemleak, Section::Kmemleak, "kmemleak objects",
        [](const KmemleakChange& k) { return k.kind; }, [](std::size_t kind) { return kWords[kind]; },
        [](const KmemleakChange& k) { return fmt::address(k.pointer); }, out);
    for (const KmemleakChange& k : changes.kmemleak) {
        if (folded[static_cast<std::size_t>(k.kind)])
            continue;
        const KmemleakObject& o = k.after ? *k.after : *k.before;
        std::string text = objectName(o);
        switch (k.kind) {
        case KmemleakChangeKind::Added:
            text += " added (kmemleak_alloc), " + std::string(colourName(k.colourAfter));
            break;
        case KmemleakChangeKind::Removed:
            text += " removed (kmemleak_free), was " + std::string(colourName(k.colourBefore));
            break;
        case KmemleakChangeKind::Recoloured:
            text += " recoloured " + std::string(colourName(k.colourBefore)) + " → " +
                    std::string(colourName(k.colourAfter));
            break;
        case KmemleakChangeKind::Changed:
            text += " changed, still " + std::string(colourName(k.colourAfter));
            break;
        }
        if (k.before && k.after) {
            if (k.before->count != k.after->count)
                text += "; count " + std::to_string(k.before->count) + " → " + std::to_string(k.after->count);
            if ((k.before->flags ^ k.after->flags) & OBJECT_REPORTED)
                text += (k.after->flags & OBJECT_REPORTED) ? "; now reported" : "; no longer reported";
            if (k.before->checksum != k.after->checksum)
                text += "; checksum " + fmt::hex(k.before->checksum) + " → " + fmt::hex(k.after->checksum);
        }
        out.push_back({Section::Kmemleak, std::move(text)});
    }
}

void slabLines(const ChangeSet& changes, std::vector<DiffLine>& out)
{
    std::vector<std::uint64_t> allocated;
    std::vector<std::uint64_t> freed;
    for (const SlabObjectChange& s : changes.slabObjects)
        (s.allocatedAfter ? allocated : freed).push_back(s.slot);
    if (!allocated.empty())
        out.push_back({Section::SlabObjects, plural(allocated.size(), "slab object", "slab objects") +
                                                 " allocated (kmalloc), slot " + runs(allocated, false)});
    if (!freed.empty())
        out.push_back({Section::SlabObjects, plural(freed.size(), "slab object", "slab objects") +
                                                 " freed (kfree), slot " + runs(freed, false)});
}

std::string oldNew(std::uint64_t before, std::uint64_t after)
{
    return std::to_string(before) + " → " + std::to_string(after);
}

void counterLines(const Comparison& c, std::vector<DiffLine>& out)
{
    for (const unsigned z : c.changes.zones) {
        std::vector<std::string> parts;
        if (c.before.freePages[z] != c.after.freePages[z])
            parts.push_back("NR_FREE_PAGES " + oldNew(c.before.freePages[z], c.after.freePages[z]));
        if (c.before.pcpCount[z] != c.after.pcpCount[z])
            parts.push_back("per-CPU list " + oldNew(c.before.pcpCount[z], c.after.pcpCount[z]));
        for (unsigned o = 0; o < k::MAX_ORDER; ++o)
            if (c.before.nrFree[z][o] != c.after.nrFree[z][o])
                parts.push_back("free_area[" + std::to_string(o) + "].nr_free " +
                                oldNew(c.before.nrFree[z][o], c.after.nrFree[z][o]));
        if (parts.empty())
            continue;
        std::string text = "zone " + std::string(zoneName(z)) + ": ";
        for (std::size_t i = 0; i < parts.size(); ++i)
            text += (i ? ", " : "") + parts[i];
        out.push_back({Section::Counters, std::move(text)});
    }
    if (c.changes.vmapLazyNr)
        out.push_back({Section::Counters,
                       "vmap_lazy_nr " + oldNew(c.before.vmapLazyNr, c.after.vmapLazyNr) + " pages"});
    if (c.changes.jiffies)
        out.push_back({Section::Counters, "jiffies " + oldNew(c.before.jiffies, c.after.jiffies)});
}

std::string stepLine(const DiffEnd& end)
{
    return "step " + std::to_string(end.position) + ": " +
           (end.position == 0 ? std::string("the booted machine") : end.narration);
}

} // namespace

std::vector<DiffLine> diffLines(const Comparison& comparison)
{
    std::vector<DiffLine> out;
    frameLines(comparison.changes, out);
    entryLines(comparison.changes, out);
    areaLines(comparison, out);
    kmemleakLines(comparison.changes, out);
    slabLines(comparison.changes, out);
    counterLines(comparison, out);
    return out;
}

std::string diffText(const Comparison& comparison)
{
    std::string out = "changes from step " + std::to_string(comparison.before.position) + " to step " +
                      std::to_string(comparison.after.position) + "\n";
    out += "  before: " + stepLine(comparison.before) + "\n";
    out += "  after:  " + stepLine(comparison.after) + "\n";
    const std::vector<DiffLine> lines = diffLines(comparison);
    for (const Section section : {Section::Frames, Section::Entries, Section::Areas, Section::Kmemleak,
                                  Section::SlabObjects, Section::Counters}) {
        out += "\n" + std::string(diffSectionName(section)) + ":\n";
        bool any = false;
        for (const DiffLine& line : lines) {
            if (line.section == section) {
                out += "  " + line.text + "\n";
                any = true;
            }
        }
        if (!any)
            out += "  unchanged\n";
    }
    return out;
}

} // namespace vmviz::exports
