// SPDX-License-Identifier: GPL-2.0-only
#include "machine/Invariants.h"

#include "base/Constants.h"
#include "base/Format.h"

#include <map>
#include <set>
#include <unordered_map>

namespace vmviz {

namespace {

class Checker
{
public:
    Checker(const Machine& machine, InvariantScope checkScope) : m(machine), scope(checkScope) {}

    std::vector<InvariantViolation> run()
    {
        frames();
        buddyLists();
        vmapAreas();
        vmlist();
        pageTables();
        slabs();
        kmemleak();
        return std::move(found);
    }

private:
    void fail(const char* invariant, std::string detail)
    {
        if (found.size() < 20)
            found.push_back({invariant, std::move(detail)});
    }

    // Frame conservation: every frame has exactly one owner, and the counters agree with them.
    void frames()
    {
        const PhysicalMemory& p = m.phys;
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
            const ZoneLayout& zone = p.zone(z);
            std::uint64_t free = 0;
            std::uint64_t pcp = 0;
            const std::uint8_t* owners = p.owners().data();
            for (std::uint64_t pfn = zone.startPfn; pfn < zone.endPfn; ++pfn) {
                const auto o = static_cast<FrameOwner>(owners[pfn]);
                free += o == FrameOwner::Free;
                pcp += o == FrameOwner::PerCpuList;
                if (o >= FrameOwner::Count)
                    fail("frame conservation", "pfn " + fmt::hex(pfn) + " has no valid owner kind");
            }
            if (scope != InvariantScope::Quiescent)
                continue; // the kernel too updates these counters once per batch, not per page
            if (free != p.freePagesCounter(z))
                fail("frame conservation",
                     std::string(zoneName(z)) + ": " + std::to_string(free) +
                         " free frames but NR_FREE_PAGES = " + std::to_string(p.freePagesCounter(z)));
            if (pcp != p.pcpCount(z))
                fail("frame conservation",
                     std::string(zoneName(z)) + ": " + std::to_string(pcp) +
                         " frames on the per-CPU lists but pcp->count = " + std::to_string(p.pcpCount(z)));
        }
    }

    // Buddy lists: each free block once, on the list of its order, aligned, whole, in its zone.
    void buddyLists()
    {
        const PhysicalMemory& p = m.phys;
        std::vector<std::uint8_t> covered(p.frameCount(), 0);
        for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
            for (unsigned order = 0; order < k::MAX_ORDER; ++order) {
                std::uint64_t blocks = 0;
                for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt) {
                    for (const Pfn head : p.freeList(z, order, mt)) {
                        ++blocks;
                        const std::uint64_t pfn = head.value();
                        // Built only when something is wrong: this runs for every free block, every step.
                        const auto whereIs = [&] {
                            return "free_area[" + std::to_string(order) + "] of " + std::string(zoneName(z)) +
                                   ", pfn " + fmt::hex(pfn);
                        };
                        if (pfn >= p.frameCount() || p.zoneOf(head) != z) {
                            fail("buddy lists", whereIs() + " is outside its zone");
                            continue;
                        }
                        if (pfn & ((1ull << order) - 1))
                            fail("buddy lists", whereIs() + " is not aligned to its order");
                        if (p.owner(head) != FrameOwner::Free || p.aux(head) != order)
                            fail("buddy lists", whereIs() + " is not a free block head of that order");
                        const std::uint8_t* owners = p.owners().data();
                        const std::uint64_t end =
                            std::min<std::uint64_t>(pfn + (1ull << order), p.frameCount());
                        for (std::uint64_t f = pfn; f < end; ++f) {
                            if (covered[f]++)
                                fail("buddy lists",
                                     whereIs() + " overlaps another free block at " + fmt::hex(f));
                            if (owners[f] != static_cast<std::uint8_t>(FrameOwner::Free))
                                fail("buddy lists",
                                     whereIs() + " holds pfn " + fmt::hex(f) + ", which is not free");
                        }
                    }
                }
                if (blocks != p.nrFree(z, order))
                    fail("buddy lists", std::string(zoneName(z)) + " free_area[" + std::to_string(order) +
                                            "].nr_free = " + std::to_string(p.nrFree(z, order)) + " but " +
                                            std::to_string(blocks) + " blocks are listed");
            }
            for (unsigned mt = 0; mt < MIGRATE_PCPTYPES; ++mt)
                for (const Pfn page : p.pcpList(z, mt))
                    if (p.owner(page) != FrameOwner::PerCpuList)
                        fail("buddy lists", "per-CPU list of " + std::string(zoneName(z)) + " holds pfn " +
                                                fmt::hex(page.value()) + ", which is not marked as on it");
        }
        std::uint64_t flightStart = 0;
        std::uint64_t flightEnd = 0;
        if (const auto flight = p.inFlight()) {
            flightStart = flight->first.value();
            flightEnd = flightStart + (1ull << flight->second);
        }
        const std::uint8_t* owners = p.owners().data();
        const std::uint8_t* cover = covered.data();
        const std::uint64_t frames = p.frameCount();
        for (std::uint64_t pfn = 0; pfn < frames; ++pfn)
            if (owners[pfn] == static_cast<std::uint8_t>(FrameOwner::Free) && !cover[pfn] &&
                !(pfn >= flightStart && pfn < flightEnd))
                fail("buddy lists", "free pfn " + fmt::hex(pfn) + " is in no free block");
    }

    /// An area whose vm_struct was freed by a vfree of another address: in 2.6.36,
    /// `a = vmalloc; vfree a; b = vmalloc; vfree a` gives b a's freed kmalloc-64 object, and the
    /// second vfree a removes b through a's stale vmap_area (mm/vmalloc.c: remove_vm_area, 2.6.36).
    /// b's vmap_area stays busy, not lazily freed, its PTEs pointing at freed pages, and its
    /// kmemleak object stays. From the moment b leaves vmlist (its pages are freed after that).
    static bool orphaned(const AreaInfo& a)
    {
        return a.vaAlive && !a.onVmlist && (a.vaFlags & k::VM_VM_AREA) && !(a.vaFlags & k::VM_LAZY_FREE);
    }

    // vmap areas: inside the range, never overlapping, and the search index agrees.
    void vmapAreas()
    {
        const Vmalloc& v = m.vmalloc;
        std::uint64_t previousEnd = 0;
        std::uint64_t lazyPages = 0;
        bool freeing = false;
        bool orphans = false;
        const auto busy = v.busyAreas();
        for (const AreaId id : busy) {
            const AreaInfo a = v.area(id, false);
            const std::string what =
                "vmap_area [" + fmt::address(a.vaStart) + ", " + fmt::address(a.vaEnd) + ")";
            if (a.vaStart < v.vmallocStart() || a.vaEnd > v.vmallocEnd() || a.vaStart >= a.vaEnd)
                fail("vmap areas", what + " is outside [VMALLOC_START, VMALLOC_END]");
            if (a.vaStart < previousEnd)
                fail("vmap areas", what + " overlaps the area before it");
            if ((a.vaStart | a.vaEnd) & ~k::PAGE_MASK)
                fail("vmap areas", what + " is not page aligned");
            previousEnd = a.vaEnd;
            if (a.vaFlags & k::VM_LAZY_FREE)
                lazyPages += (a.vaEnd - a.vaStart) >> k::PAGE_SHIFT;
            if (a.vaFlags & k::VM_LAZY_FREEING)
                freeing = true;
            if (orphaned(a))
                orphans = true;
        }
        if (v.index().size() != busy.size() || !v.index().checkInvariants())
            fail("vmap areas", "the first-fit index does not match the busy areas");
        if (scope == InvariantScope::Quiescent) {
            if (freeing)
                fail("vmap areas", "an area is still VM_LAZY_FREEING between operations");
            // A vfree through a stale vmap_area (see orphaned()) adds that area's pages a second
            // time, and the purge subtracts them once: vmap_lazy_nr stays higher for good.
            if (orphans ? lazyPages > v.lazyNr() : lazyPages != v.lazyNr())
                fail("vmap areas", "vmap_lazy_nr = " + std::to_string(v.lazyNr()) +
                                       " but the lazily freed areas hold " + std::to_string(lazyPages) +
                                       " pages");
        }
    }

    // vmlist: sorted, and exactly the live vm_structs whose vmap_area carries VM_VM_AREA.
    void vmlist()
    {
        const Vmalloc& v = m.vmalloc;
        std::uint64_t previous = 0;
        for (const AreaId id : v.vmlist()) {
            const AreaInfo a = v.area(id, false);
            if (a.addr < previous)
                fail("vmlist", "not sorted by address at " + fmt::address(a.addr));
            previous = a.addr;
            if (!a.vmAlive || !a.vaAlive || !(a.vaFlags & k::VM_VM_AREA) || a.vaStart != a.addr)
                fail("vmlist",
                     "the vm_struct of " + fmt::address(a.addr) + " has no live vmap_area with VM_VM_AREA");
            if (a.vaFlags & k::VM_LAZY_FREE)
                fail("vmlist", fmt::address(a.addr) + " is on vmlist but lazily freed");
            if (a.size != a.vaEnd - a.vaStart)
                fail("vmlist", fmt::address(a.addr) + ": vm->size " + std::to_string(a.size) +
                                   " is not the vmap_area's size");
            liveAreas.insert(id.value());
        }
    }

    // Page tables: owned as such, reachable from init_mm once; leaf PTEs of live areas point at
    // their pages; no PTE outside an area; the guard page never mapped.
    void pageTables()
    {
        const PageTables& t = m.tables;
        const PhysicalMemory& p = m.phys;
        std::vector<std::uint32_t> parents(t.tableCount(), 0);
        for (std::uint32_t table = 0; table < t.tableCount(); ++table) {
            if (!t.tableAlive(table))
                continue;
            const Pfn pfn{t.tablePfn(table)};
            if (p.owner(pfn) != FrameOwner::PageTable || p.ref(pfn) != table ||
                p.aux(pfn) != t.tableLevel(table))
                fail("page tables", "table page at pfn " + fmt::hex(pfn.value()) + " is not owned as a " +
                                        std::string(tableLevelName(t.tableLevel(table))) + " table");
            if (t.tableLevel(table) == LEVEL_PTE)
                continue;
            for (unsigned i = 0; i < 512; ++i) {
                const std::uint64_t e = t.entry(table, i);
                if (!e || isLeafEntry(e, t.tableLevel(table)))
                    continue; // a 2 MiB PMD leaf is checked with the PTEs below
                const auto child = t.tableOfEntry(e);
                if (!child || t.tableLevel(*child) != childTableLevel(t.tableLevel(table)) ||
                    (e & ~k::PTE_PFN_MASK) != k::_PAGE_TABLE) {
                    fail("page tables", std::string(tableLevelName(t.tableLevel(table))) + "[" +
                                            std::to_string(i) + "] = " + fmt::hex(e) +
                                            " does not point at a table of the next level");
                    continue;
                }
                ++parents[*child];
            }
        }
        // A table page just allocated is held by __pud_alloc() & co. until the populate step.
        const std::uint32_t wanted = scope == InvariantScope::Quiescent ? 1 : 0;
        for (std::uint32_t table = 1; table < t.tableCount(); ++table)
            if (t.tableAlive(table) && (parents[table] > 1 || parents[table] < wanted))
                fail("page tables", "table at pfn " + fmt::hex(t.tablePfn(table)) + " is referenced " +
                                        std::to_string(parents[table]) + " times from init_mm");
        leafEntries(0, t.topLevel(), 0);
    }

    void leafEntries(std::uint32_t table, unsigned level, std::uint64_t base)
    {
        const PageTables& t = m.tables;
        const unsigned shift = tableLevelShift(level);
        for (unsigned i = 0; i < 512; ++i) {
            const std::uint64_t e = t.entry(table, i);
            if (!(e & k::_PAGE_PRESENT))
                continue;
            const std::uint64_t vaddr = t.layout().canonical(base + (std::uint64_t{i} << shift));
            if (level > LEVEL_PTE && !isLeafEntry(e, level)) {
                if (auto child = t.tableOfEntry(e))
                    leafEntries(*child, childTableLevel(level), vaddr);
                continue;
            }
            // A PMD leaf maps 512 pages: each must be what a PTE in its place would map.
            const std::uint64_t pages = level == LEVEL_PTE ? 1 : 1ull << (shift - k::PAGE_SHIFT);
            for (std::uint64_t p = 0; p < pages; ++p)
                checkLeaf(vaddr + p * k::PAGE_SIZE,
                          (e & ~k::_PAGE_PSE) + (level == LEVEL_PTE ? 0 : p * k::PAGE_SIZE));
        }
    }

    void checkLeaf(std::uint64_t vaddr, std::uint64_t entry)
    {
        const Vmalloc& v = m.vmalloc;
        const auto id = v.areaContaining(vaddr);
        const auto where = [vaddr] { return "PTE of " + fmt::address(vaddr); };
        if (!id) {
            fail("page tables", where() + " is present outside every vmap_area");
            return;
        }
        const AreaInfo a = v.area(*id, false);
        if (vaddr + k::PAGE_SIZE == a.vaEnd) {
            fail("page tables", where() + " maps the guard page of " + fmt::address(a.vaStart));
            return;
        }
        if (a.vaFlags & k::VM_LAZY_FREE)
            return; // 2.6.36 leaves these until the purge; the page behind may be free again
        if (orphaned(a))
            return; // nothing will ever unmap them; the pages behind were freed
        const std::uint64_t index = (vaddr - a.vaStart) >> k::PAGE_SHIFT;
        const std::uint64_t pfn = (entry & k::PTE_PFN_MASK) >> k::PAGE_SHIFT;
        if (index >= a.nrPages || v.pagePfn(*id, static_cast<std::uint32_t>(index)) != pfn) {
            fail("page tables",
                 where() + " maps pfn " + fmt::hex(pfn) + ", not the area's page " + std::to_string(index));
            return;
        }
        const FrameOwner owner = m.phys.owner(Pfn{pfn});
        const std::uint32_t ref = a.arrayOf ? a.arrayOf->value() : id->value();
        const FrameOwner expected = a.arrayOf ? FrameOwner::VmallocPageArray : FrameOwner::VmallocData;
        if (owner != expected || m.phys.ref(Pfn{pfn}) != ref || m.phys.index(Pfn{pfn}) != index)
            fail("page tables", where() + " maps pfn " + fmt::hex(pfn) +
                                    ", which is not owned by that area at index " + std::to_string(index));
    }

    // Slab pages and objects: frames tagged to live slabs, objects of live areas.
    void slabs()
    {
        const Slab& s = m.slab;
        for (std::uint32_t slab = s.firstSlabId(); slab < s.slabCount(); ++slab) {
            if (!s.slabAlive(slab))
                continue;
            const std::uint64_t pfn = s.slabPfn(slab);
            for (std::uint64_t i = 0; i < (1ull << s.slabOrder(slab)); ++i)
                if (m.phys.owner(Pfn{pfn + i}) != FrameOwner::Slab || m.phys.ref(Pfn{pfn + i}) != slab)
                    fail("slab", "slab page pfn " + fmt::hex(pfn + i) + " is not owned by its slab");
            for (const SlabObjectInfo& o : s.objectsOf(slab))
                liveObjects.emplace(o.address, s.cache(o.cache).size);
        }
        // 6.x large kmallocs: their compound page is theirs; kmemleak knows the requested size.
        for (const LargeKmallocInfo& large : s.largeKmallocs()) {
            for (std::uint64_t i = 0; i < (1ull << large.order); ++i)
                if (m.phys.owner(Pfn{large.pfn + i}) != FrameOwner::Slab ||
                    m.phys.aux(Pfn{large.pfn + i}) != kLargeKmalloc)
                    fail("slab",
                         "large kmalloc page pfn " + fmt::hex(large.pfn + i) + " is not tagged as one");
            liveObjects.emplace(large.address, large.size);
        }
    }

    // kmemleak: no record without an allocation; between operations, one record per allocation.
    void kmemleak()
    {
        std::set<std::uint64_t> records;
        for (const KmemleakObject& o : m.kmemleak.objects()) {
            if (!records.insert(o.pointer).second)
                fail("kmemleak", "two objects start at " + fmt::address(o.pointer));
            if (o.kind == TrackedKind::Kmalloc) {
                const auto it = liveObjects.find(o.pointer);
                if (it == liveObjects.end() || it->second != o.size)
                    fail("kmemleak",
                         "object " + fmt::address(o.pointer) + " has no live kmalloc allocation of its size");
            } else {
                const auto id = m.vmalloc.areaContaining(o.pointer);
                const bool live =
                    id && (liveAreas.count(id->value()) || orphaned(m.vmalloc.area(*id, false)));
                if (!live || m.vmalloc.area(*id, false).addr != o.pointer)
                    fail("kmemleak", "object " + fmt::address(o.pointer) + " has no live vmalloc area");
            }
        }
        if (scope != InvariantScope::Quiescent)
            return;
        for (const auto& [address, size] : liveObjects)
            if (!records.count(address))
                fail("kmemleak", "kmalloc object " + fmt::address(address) + " has no kmemleak record");
        for (const std::uint32_t id : liveAreas) {
            const AreaInfo a = m.vmalloc.area(AreaId{id}, false);
            if (!records.count(a.addr))
                fail("kmemleak", "vmalloc area " + fmt::address(a.addr) + " has no kmemleak record");
        }
    }

    const Machine& m;
    InvariantScope scope;
    std::vector<InvariantViolation> found;
    std::map<std::uint64_t, std::uint64_t> liveObjects; ///< kmalloc object address → size
    std::set<std::uint32_t> liveAreas;
};

} // namespace

std::vector<InvariantViolation> checkInvariants(const Machine& machine, InvariantScope scope)
{
    return Checker(machine, scope).run();
}

bool isQuiescent(const Machine& machine, std::uint64_t position)
{
    if (position == 0)
        return machine.restoredBetweenOperations();
    const Step& s = machine.trace.step(StepIndex{position});
    return (s.kind == StepKind::Return && s.function == Fn::Caller) ||
           (s.kind == StepKind::Effect && s.event == Ev::TaskKilled);
}

} // namespace vmviz
