// SPDX-License-Identifier: GPL-2.0-only
// Machine::changesBetween: net changes between two positions, from the journal alone.
//
// 1. One pass over the deltas between the two positions XORs each delta into a dense per-column
//    array and notes the slots touched: a touched slot with a non-zero net XOR changed.
// 2. The changed slots name the things that changed (frames, entries, areas, objects); every slot
//    needed to describe them (a frame's four fields, an entry's table) is marked wanted.
// 3. A second pass, over the deltas between one end and the nearest state the machine holds (the
//    live columns at the cursor or a playback checkpoint), gives the wanted slots' values at that
//    end; the net XOR gives the other end.
// Dense arrays (calloc'ed, so untouched pages are never faulted in) rather than hash maps keep
// both passes a few nanoseconds per delta on long traces.
#include "machine/Machine.h"

#include "base/Constants.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>

namespace vmviz {

/// The columns a change set reads, found once by part and name (the names are the core's own;
/// a missing one throws at boot, so a rename cannot leave change sets silently empty).
struct Machine::ChangeLayout
{
    std::uint32_t owner = 0, aux = 0, linkA = 0, linkB = 0;
    std::uint32_t counters = 0;
    std::uint32_t tablePfn = 0, tableLevel = 0, entries = 0;
    std::uint32_t vaAlive = 0, vaFlags = 0, vmAlive = 0, pagesBase = 0;
    std::uint32_t leakAlive = 0, leakPointer = 0, leakSize = 0, leakMinCount = 0, leakCount = 0,
                  leakFlags = 0, leakChecksum = 0, leakJiffies = 0, leakKind = 0, leakStack = 0,
                  leakCaller = 0;
    std::uint32_t objectAllocated = 0;
    std::uint64_t frameCount = 0;
    /// Each table's lowest address (not sign-extended). Upper-level entries are written once, when
    /// the table below is allocated, and never cleared (2.6.36 frees no table pages), so a table's
    /// address is the same at every position where it exists.
    std::vector<std::uint64_t> tableBase;
    /// (first area->pages[] slot, area id) of every area that got pages, by slot. The slots are
    /// appended per area and never reused.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pageRuns;
};

namespace {

std::uint32_t columnId(const Journal& journal, MachinePart part, std::string_view name)
{
    for (const ColumnBase* c : journal.columns()) {
        if (c->part() == part && name == c->name())
            return c->id();
    }
    throw std::logic_error("vmviz: change sets read a journaled column '" + std::string(name) +
                           "' that does not exist");
}

struct FreeDeleter
{
    void operator()(void* p) const { std::free(p); }
};
template <typename T> using ZeroedArray = std::unique_ptr<T[], FreeDeleter>;

template <typename T> ZeroedArray<T> zeroed(std::size_t n)
{
    void* p = std::calloc(std::max<std::size_t>(n, 1), sizeof(T));
    if (!p)
        throw std::bad_alloc();
    return ZeroedArray<T>(static_cast<T*>(p));
}

/// A set of slot indices: a dense bitmap for membership, a list for iteration.
class SlotSet
{
public:
    void reserve(std::size_t slots)
    {
        if (!m_bits)
            m_bits = zeroed<std::uint64_t>((slots + 63) / 64);
    }
    bool ready() const { return static_cast<bool>(m_bits); }
    void insert(std::uint32_t i)
    {
        std::uint64_t& w = m_bits[i >> 6];
        const std::uint64_t m = std::uint64_t{1} << (i & 63);
        if (!(w & m)) {
            w |= m;
            m_list.push_back(i);
        }
    }
    /// Membership only, for hot loops; collect() lists the members afterwards.
    void mark(std::uint32_t i) { m_bits[i >> 6] |= std::uint64_t{1} << (i & 63); }
    void collect(std::size_t slots)
    {
        m_list.clear();
        for (std::size_t w = 0; w < (slots + 63) / 64; ++w) {
            for (std::uint64_t bits = m_bits[w]; bits; bits &= bits - 1)
                m_list.push_back(
                    static_cast<std::uint32_t>(w * 64 + static_cast<unsigned>(std::countr_zero(bits))));
        }
    }
    bool contains(std::uint32_t i) const { return (m_bits[i >> 6] >> (i & 63)) & 1; }
    std::vector<std::uint32_t>& list() { return m_list; }
    /// Empties the set in time proportional to its members (the bitmap stays allocated).
    void clear()
    {
        for (const std::uint32_t i : m_list)
            m_bits[i >> 6] = 0;
        m_list.clear();
    }

private:
    ZeroedArray<std::uint64_t> m_bits;
    std::vector<std::uint32_t> m_list;
};

struct ColumnScratch
{
    std::size_t slots = 0;
    ZeroedArray<std::uint64_t> net; ///< XOR of the range's deltas per slot
    SlotSet touched;
    ZeroedArray<std::uint64_t> toEnd; ///< XOR of the deltas between the reference state and one end
    SlotSet wanted;
    bool used = false; ///< the range had a delta in this column

    /// Back to all zeros, touching only what the last use wrote.
    void reset()
    {
        if (used) {
            touched.collect(slots); // also after an exception between the marks and collect()
            for (const std::uint32_t i : touched.list())
                net[i] = 0;
            touched.clear();
            used = false;
        }
        if (toEnd)
            for (const std::uint32_t i : wanted.list())
                toEnd[i] = 0;
        if (wanted.ready())
            wanted.clear();
    }
};

/// Zeroes the scratch arrays on the way out, however the way out is taken.
struct ScratchReset
{
    std::vector<ColumnScratch>& columns;
    ~ScratchReset()
    {
        for (ColumnScratch& s : columns)
            s.reset();
    }
};

std::uint64_t canonical(std::uint64_t vaddr)
{
    vaddr &= (std::uint64_t{1} << 48) - 1;
    return (vaddr & (std::uint64_t{1} << 47)) ? (vaddr | 0xffff000000000000ull) : vaddr;
}

} // namespace

/// Dense per-column scratch arrays kept between calls: allocating (and faulting in) megabytes for
/// every one-step change set would cost more than the change set itself. Zeroed after each use.
struct Machine::ChangeScratch
{
    std::mutex mutex;
    std::vector<ColumnScratch> columns;
};

void Machine::rebuildChangeLayout()
{
    auto layout = std::make_shared<ChangeLayout>();
    ChangeLayout& l = *layout;
    l.owner = columnId(journal, MachinePart::Frames, "frame.owner");
    l.aux = columnId(journal, MachinePart::Frames, "frame.aux");
    l.linkA = columnId(journal, MachinePart::FrameLinks, "frame.linkA");
    l.linkB = columnId(journal, MachinePart::FrameLinks, "frame.linkB");
    l.counters = columnId(journal, MachinePart::ZoneCounters, "zone.counters");
    l.tablePfn = columnId(journal, MachinePart::PageTables, "table.pfn");
    l.tableLevel = columnId(journal, MachinePart::PageTables, "table.level");
    l.entries = columnId(journal, MachinePart::PageTableEntries, "table.entries");
    l.vaAlive = columnId(journal, MachinePart::VmapAreas, "vmap_area.alive");
    l.vaFlags = columnId(journal, MachinePart::VmapAreas, "vmap_area.flags");
    l.vmAlive = columnId(journal, MachinePart::VmStructs, "vm_struct.alive");
    l.pagesBase = columnId(journal, MachinePart::VmStructs, "vm_struct.pages_base");
    const MachinePart leak = MachinePart::KmemleakObjects;
    l.leakAlive = columnId(journal, leak, "kmemleak.alive");
    l.leakPointer = columnId(journal, leak, "kmemleak.pointer");
    l.leakSize = columnId(journal, leak, "kmemleak.size");
    l.leakMinCount = columnId(journal, leak, "kmemleak.min_count");
    l.leakCount = columnId(journal, leak, "kmemleak.count");
    l.leakFlags = columnId(journal, leak, "kmemleak.flags");
    l.leakChecksum = columnId(journal, leak, "kmemleak.checksum");
    l.leakJiffies = columnId(journal, leak, "kmemleak.jiffies");
    l.leakKind = columnId(journal, leak, "kmemleak.kind");
    l.leakStack = columnId(journal, leak, "kmemleak.stack");
    l.leakCaller = columnId(journal, leak, "kmemleak.caller");
    l.objectAllocated = columnId(journal, MachinePart::SlabObjects, "object.allocated");
    l.frameCount = phys.frameCount();

    // Table addresses: walk down from the PGD (table 0) through every present upper-level entry.
    l.tableBase.assign(tables.tableCount(), 0);
    std::vector<std::uint32_t> todo{0};
    while (!todo.empty()) {
        const std::uint32_t t = todo.back();
        todo.pop_back();
        const unsigned level = tables.tableLevel(t);
        if (level <= LEVEL_PTE)
            continue;
        const unsigned shift = k::PAGE_SHIFT + 9 * (level - 1);
        for (unsigned i = 0; i < k::PTRS_PER_TABLE; ++i) {
            const auto child = tables.tableOfEntry(tables.entry(t, i));
            if (!child || *child >= l.tableBase.size() || *child == t)
                continue;
            l.tableBase[*child] = l.tableBase[t] + (std::uint64_t{i} << shift);
            todo.push_back(*child);
        }
    }

    const ColumnBase& base = *journal.columns()[l.pagesBase];
    for (std::uint32_t id = 0; id < vmalloc.areaSlots(); ++id) {
        if (vmalloc.area(AreaId{id}, false).nrPages > 0)
            l.pageRuns.emplace_back(static_cast<std::uint32_t>(base.valueAt(id)), id);
    }
    std::sort(l.pageRuns.begin(), l.pageRuns.end());
    m_changeLayout = std::move(layout);
    if (!m_changeScratch)
        m_changeScratch = std::make_shared<ChangeScratch>();
}

ChangeSet Machine::changesBetween(StepIndex a, StepIndex b) const
{
    const std::uint64_t steps = trace.size();
    const std::uint64_t pa = std::min(a.value(), steps);
    const std::uint64_t pb = std::min(b.value(), steps);
    ChangeSet out;
    out.from = StepIndex{pa};
    out.to = StepIndex{pb};
    if (pa == pb)
        return out;
    const ChangeLayout& l = *m_changeLayout;
    const auto& columns = journal.columns();
    const std::uint64_t loEnd = trace.deltaEnd(std::min(pa, pb));
    const std::uint64_t hiEnd = trace.deltaEnd(std::max(pa, pb));
    const std::uint64_t aEnd = trace.deltaEnd(pa);

    // 1. Net XOR per slot over the range.
    std::lock_guard lock(m_changeScratch->mutex);
    std::vector<ColumnScratch>& scratch = m_changeScratch->columns;
    scratch.resize(columns.size());
    const ScratchReset resetOnExit{scratch};
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (scratch[c].slots != columns[c]->slotCount())
            scratch[c] = ColumnScratch{columns[c]->slotCount(), {}, {}, {}, {}, false};
    }
    journal.forEachDelta(loEnd, hiEnd, [&scratch](const Delta& d) {
        ColumnScratch& s = scratch[d.column];
        if (!s.net) [[unlikely]] {
            s.net = zeroed<std::uint64_t>(s.slots);
            s.touched.reserve(s.slots);
        }
        s.net[d.index] ^= d.xorBits;
        s.touched.mark(d.index);
        s.used = true;
    });
    for (ColumnScratch& s : scratch)
        if (s.used)
            s.touched.collect(s.slots);

    // 2. What changed, and which slots describe it.
    SlotSet frames;
    SlotSet areas;
    SlotSet leaks;
    std::vector<std::uint32_t> entries;
    std::vector<std::uint32_t> objects;
    std::vector<bool> zones(MAX_NR_ZONES, false);
    const std::size_t countersPerZone = std::max<std::size_t>(scratch[l.counters].slots / MAX_NR_ZONES, 1);
    for (std::uint32_t c = 0; c < columns.size(); ++c) {
        ColumnScratch& s = scratch[c];
        if (!s.used)
            continue;
        const MachinePart part = columns[c]->part();
        for (const std::uint32_t i : s.touched.list()) {
            if (s.net[i] == 0)
                continue; // changed and changed back
            out.parts |= std::uint32_t{1} << static_cast<unsigned>(part);
            switch (part) {
            case MachinePart::Frames:
            case MachinePart::FrameLinks:
                if (i < l.frameCount) {
                    frames.reserve(l.frameCount);
                    frames.insert(i);
                }
                break;
            case MachinePart::PageTableEntries:
                entries.push_back(i);
                break;
            case MachinePart::VmapAreas:
            case MachinePart::VmStructs:
                areas.reserve(scratch[l.vaAlive].slots);
                areas.insert(i);
                break;
            case MachinePart::VmPageArrays: {
                auto it = std::upper_bound(l.pageRuns.begin(), l.pageRuns.end(),
                                           std::pair<std::uint32_t, std::uint32_t>{i, ~std::uint32_t{0}});
                if (it != l.pageRuns.begin()) {
                    areas.reserve(scratch[l.vaAlive].slots);
                    areas.insert(std::prev(it)->second);
                }
                break;
            }
            case MachinePart::KmemleakObjects:
                leaks.reserve(scratch[l.leakAlive].slots);
                leaks.insert(i);
                break;
            case MachinePart::SlabObjects:
                if (c == l.objectAllocated)
                    objects.push_back(i);
                break;
            case MachinePart::ZoneCounters:
                zones[std::min<std::size_t>(i / countersPerZone, MAX_NR_ZONES - 1)] = true;
                break;
            case MachinePart::VmapLazyNr:
                out.vmapLazyNr = true;
                break;
            case MachinePart::Clock:
                out.jiffies = true;
                break;
            default:
                break;
            }
        }
    }
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
        if (zones[z])
            out.zones.push_back(z);

    const auto want = [&scratch](std::uint32_t c, std::uint32_t i) {
        ColumnScratch& s = scratch[c];
        if (i >= s.slots)
            return;
        s.wanted.reserve(s.slots);
        s.wanted.insert(i);
    };
    if (frames.ready())
        for (const std::uint32_t pfn : frames.list())
            for (const std::uint32_t c : {l.owner, l.aux, l.linkA, l.linkB})
                want(c, pfn);
    for (const std::uint32_t e : entries) {
        want(l.entries, e);
        want(l.tablePfn, e / k::PTRS_PER_TABLE);
        want(l.tableLevel, e / k::PTRS_PER_TABLE);
    }
    if (areas.ready())
        for (const std::uint32_t id : areas.list())
            for (const std::uint32_t c : {l.vaAlive, l.vmAlive, l.vaFlags})
                want(c, id);
    if (leaks.ready())
        for (const std::uint32_t id : leaks.list())
            for (const std::uint32_t c :
                 {l.leakAlive, l.leakPointer, l.leakSize, l.leakMinCount, l.leakCount, l.leakFlags,
                  l.leakChecksum, l.leakJiffies, l.leakKind, l.leakStack, l.leakCaller})
                want(c, id);
    for (const std::uint32_t slot : objects)
        want(l.objectAllocated, slot);

    // 3. The wanted slots' values at the end nearest to a state the machine holds.
    struct Reference
    {
        std::uint64_t deltaEnd;
        const Journal::State* state; ///< null: the live columns
    };
    const auto distance = [](std::uint64_t x, std::uint64_t y) { return x > y ? x - y : y - x; };
    Reference ref{trace.deltaEnd(m_position), nullptr};
    std::uint64_t end = distance(ref.deltaEnd, loEnd) <= distance(ref.deltaEnd, hiEnd) ? loEnd : hiEnd;
    std::uint64_t best = distance(ref.deltaEnd, end);
    for (const Checkpoint& cp : m_checkpoints) {
        for (const std::uint64_t e : {loEnd, hiEnd}) {
            if (distance(cp.deltaEnd, e) < best) {
                best = distance(cp.deltaEnd, e);
                ref = Reference{cp.deltaEnd, &cp.state};
                end = e;
            }
        }
    }
    for (ColumnScratch& s : scratch)
        if (s.wanted.ready() && !s.toEnd)
            s.toEnd = zeroed<std::uint64_t>(s.slots);
    journal.forEachDelta(std::min(ref.deltaEnd, end), std::max(ref.deltaEnd, end),
                         [&scratch](const Delta& d) {
                             ColumnScratch& s = scratch[d.column];
                             if (s.toEnd && s.wanted.contains(d.index))
                                 s.toEnd[d.index] ^= d.xorBits;
                         });
    const auto referenceValue = [&](std::uint32_t c, std::uint32_t i) -> std::uint64_t {
        if (!ref.state)
            return i < columns[c]->slotCount() ? columns[c]->valueAt(i) : 0;
        const std::size_t width = std::size_t{1} << columns[c]->widthShift();
        const std::size_t at = ref.state->offsets[c] + std::size_t{i} * width;
        if (at + width > ref.state->offsets[c + 1])
            return 0;
        std::uint64_t v = 0;
        std::memcpy(&v, ref.state->bytes.data() + at, width); // little-endian host, as Journal::restore
        return v;
    };
    // Value of slot i of column c at position a (before) or b (after).
    const bool endIsA = end == aEnd;
    const auto valueAt = [&](std::uint32_t c, std::uint32_t i, bool atA) -> std::uint64_t {
        const ColumnScratch& s = scratch[c];
        if (i >= s.slots)
            return 0;
        std::uint64_t v = referenceValue(c, i) ^ (s.toEnd ? s.toEnd[i] : 0);
        if (atA != endIsA && s.used)
            v ^= s.net[i];
        return v;
    };

    // 4. The typed lists.
    if (frames.ready()) {
        std::sort(frames.list().begin(), frames.list().end());
        out.frames.reserve(frames.list().size());
        const auto fields = [&](std::uint32_t pfn, bool atA) {
            return FrameFields{static_cast<FrameOwner>(valueAt(l.owner, pfn, atA)),
                               static_cast<std::uint8_t>(valueAt(l.aux, pfn, atA)),
                               static_cast<std::uint32_t>(valueAt(l.linkA, pfn, atA)),
                               static_cast<std::uint32_t>(valueAt(l.linkB, pfn, atA))};
        };
        for (const std::uint32_t pfn : frames.list())
            out.frames.push_back(FrameChange{Pfn{pfn}, fields(pfn, true), fields(pfn, false)});
    }

    std::sort(entries.begin(), entries.end());
    out.entries.reserve(entries.size());
    for (const std::uint32_t e : entries) {
        const std::uint32_t table = e / k::PTRS_PER_TABLE;
        const unsigned index = e % k::PTRS_PER_TABLE;
        // The table exists at the later end (an entry of it changed), and its frame and level never
        // change once set.
        const bool laterIsA = pa > pb;
        EntryChange change;
        change.table = Pfn{valueAt(l.tablePfn, table, laterIsA)};
        change.level = static_cast<unsigned>(valueAt(l.tableLevel, table, laterIsA));
        change.index = index;
        if (table < l.tableBase.size() && change.level >= LEVEL_PTE)
            change.vaddr = VirtAddr{canonical(
                l.tableBase[table] + (std::uint64_t{index} << (k::PAGE_SHIFT + 9 * (change.level - 1))))};
        change.before = valueAt(l.entries, e, true);
        change.after = valueAt(l.entries, e, false);
        out.entries.push_back(change);
    }

    if (areas.ready()) {
        std::sort(areas.list().begin(), areas.list().end());
        for (const std::uint32_t id : areas.list()) {
            const bool aliveBefore = valueAt(l.vaAlive, id, true) || valueAt(l.vmAlive, id, true);
            const bool aliveAfter = valueAt(l.vaAlive, id, false) || valueAt(l.vmAlive, id, false);
            if (!aliveBefore && !aliveAfter)
                continue; // born and gone between the two positions
            const bool lazyBefore = valueAt(l.vaFlags, id, true) & k::VM_LAZY_FREE;
            const bool lazyAfter = valueAt(l.vaFlags, id, false) & k::VM_LAZY_FREE;
            const AreaChangeKind kind = !aliveBefore               ? AreaChangeKind::Added
                                        : !aliveAfter              ? AreaChangeKind::Removed
                                        : lazyAfter && !lazyBefore ? AreaChangeKind::LazilyFreed
                                                                   : AreaChangeKind::Changed;
            out.areas.push_back(AreaChange{AreaId{id}, kind});
        }
    }

    if (leaks.ready()) {
        std::sort(leaks.list().begin(), leaks.list().end());
        const auto read = [&](std::uint32_t id, bool atA) -> std::optional<KmemleakObject> {
            if (!valueAt(l.leakAlive, id, atA))
                return std::nullopt;
            KmemleakObject o; // field by field as Kmemleak::read
            o.id = id;
            o.pointer = valueAt(l.leakPointer, id, atA);
            o.size = valueAt(l.leakSize, id, atA);
            o.minCount = static_cast<int>(static_cast<std::int32_t>(valueAt(l.leakMinCount, id, atA)));
            o.count = static_cast<int>(static_cast<std::int32_t>(valueAt(l.leakCount, id, atA)));
            o.flags = static_cast<std::uint8_t>(valueAt(l.leakFlags, id, atA));
            o.checksum = static_cast<std::uint32_t>(valueAt(l.leakChecksum, id, atA));
            o.jiffies = valueAt(l.leakJiffies, id, atA);
            o.kind = static_cast<TrackedKind>(valueAt(l.leakKind, id, atA));
            o.stack = static_cast<std::uint32_t>(valueAt(l.leakStack, id, atA));
            o.callerOffset = static_cast<std::uint32_t>(valueAt(l.leakCaller, id, atA));
            return o;
        };
        for (const std::uint32_t id : leaks.list()) {
            KmemleakChange change;
            change.before = read(id, true);
            change.after = read(id, false);
            if (!change.before && !change.after)
                continue;
            change.pointer = change.after ? change.after->pointer : change.before->pointer;
            change.colourBefore = change.before ? colourOf(*change.before) : KmemleakColour::White;
            change.colourAfter = change.after ? colourOf(*change.after) : KmemleakColour::White;
            change.kind = !change.before                              ? KmemleakChangeKind::Added
                          : !change.after                             ? KmemleakChangeKind::Removed
                          : change.colourBefore != change.colourAfter ? KmemleakChangeKind::Recoloured
                                                                      : KmemleakChangeKind::Changed;
            out.kmemleak.push_back(change);
        }
    }

    std::sort(objects.begin(), objects.end());
    for (const std::uint32_t slot : objects)
        out.slabObjects.push_back(SlabObjectChange{slot, valueAt(l.objectAllocated, slot, false) != 0});
    return out;
}

} // namespace vmviz
