// SPDX-License-Identifier: GPL-2.0-only
#include "paging/PageTables.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "trace/StepRoles.h"

#include <cerrno>

namespace vmviz {

std::string_view tableLevelName(unsigned level)
{
    static constexpr std::string_view names[] = {"?", "PTE", "PMD", "PUD", "PGD", "P4D", "PGD"};
    return level <= LEVEL_PGD_L5 ? names[level] : "?";
}

unsigned tableLevelShift(unsigned level)
{
    static constexpr unsigned shifts[] = {k::PAGE_SHIFT,  k::PAGE_SHIFT, k::PMD_SHIFT,     k::PUD_SHIFT,
                                          k::PGDIR_SHIFT, k::P4D_SHIFT,  k::PGDIR_SHIFT_L5};
    return level <= LEVEL_PGD_L5 ? shifts[level] : k::PAGE_SHIFT;
}

unsigned childTableLevel(unsigned level)
{
    switch (level) {
    case LEVEL_PGD_L5:
        return LEVEL_P4D;
    case LEVEL_PGD:
    case LEVEL_P4D:
        return LEVEL_PUD;
    case LEVEL_PUD:
        return LEVEL_PMD;
    default:
        return LEVEL_PTE;
    }
}

unsigned topTableLevel(unsigned pagingLevels)
{
    return pagingLevels == 5 ? LEVEL_PGD_L5 : LEVEL_PGD;
}

unsigned tableIndex(std::uint64_t vaddr, unsigned level)
{
    return static_cast<unsigned>((vaddr >> tableLevelShift(level)) & 511);
}

std::string entryFlags(std::uint64_t entry, unsigned level)
{
    if (!(entry & k::_PAGE_PRESENT))
        return entry ? "not present" : "none";
    std::string out = "P";
    auto add = [&out](bool on, const char* word) {
        if (on) {
            out += ' ';
            out += word;
        }
    };
    add(entry & k::_PAGE_RW, "RW");
    add(entry & k::_PAGE_USER, "US");
    add(entry & k::_PAGE_PWT, "PWT");
    add(entry & k::_PAGE_PCD, "PCD");
    add(entry & k::_PAGE_ACCESSED, "A");
    add(entry & k::_PAGE_DIRTY, "D");
    add(entry & k::_PAGE_PSE, level == LEVEL_PTE ? "PAT" : "PSE");
    add(entry & k::_PAGE_GLOBAL, "G");
    add(entry & k::_PAGE_NX, "NX");
    return out;
}

PageTables::PageTables(Journal& journal, Recorder& recorder, PhysicalMemory& phys)
    : m_recorder(recorder), m_phys(phys), m_pfn(journal, MachinePart::PageTables, "table.pfn"),
      m_level(journal, MachinePart::PageTables, "table.level"),
      m_entries(journal, MachinePart::PageTableEntries, "table.entries")
{
}

void PageTables::boot(Pfn pgdPfn, const AddressLayout& layout, std::uint64_t vmallocEnd, bool preallocate)
{
    m_layout = layout;
    const unsigned top = topLevel();
    m_pfn.resize(1);
    m_level.resize(1);
    m_entries.resize(512);
    m_pfn.initialize(0, static_cast<std::uint32_t>(pgdPfn.value()));
    m_level.initialize(0, static_cast<std::uint8_t>(top));
    m_phys.setOwner(pgdPfn, OwnerTag{FrameOwner::PageTable, static_cast<std::uint8_t>(top), 0, 0});
    if (top != LEVEL_PGD_L5 && !preallocate)
        return;
    // preallocate_vmalloc_pages() (init_64.c:1325), from mem_init(): one p4d_alloc() per PGD slot
    // (416..465 under LA57), and with 4 levels, where p4d_alloc() is folded away, one pud_alloc()
    // per slot instead (402..465), each a zeroed GFP_KERNEL page. PUD (under LA57), PMD and PTE
    // pages come on demand.
    const unsigned child = childTableLevel(top);
    for (unsigned slot = tableIndex(layout.vmallocStart, top); slot <= tableIndex(vmallocEnd, top); ++slot) {
        const auto table = static_cast<std::uint32_t>(m_pfn.size());
        const auto page =
            m_phys.allocPages(k::GFP_KERNEL | k::__GFP_ZERO, 0,
                              OwnerTag{FrameOwner::PageTable, static_cast<std::uint8_t>(child), table, 0});
        if (!page)
            return;
        m_pfn.append();
        m_level.append();
        m_entries.append(512);
        m_pfn.initialize(table, static_cast<std::uint32_t>(page->value()));
        m_level.initialize(table, static_cast<std::uint8_t>(child));
        m_entries.initialize(slot, (page->value() << k::PAGE_SHIFT) | k::_PAGE_TABLE);
    }
}

bool isLeafEntry(std::uint64_t entry, unsigned level)
{
    if (!(entry & k::_PAGE_PRESENT))
        return false;
    return level == LEVEL_PTE || (level == LEVEL_PMD && (entry & k::_PAGE_PSE));
}

std::optional<std::uint32_t> PageTables::tableOfEntry(std::uint64_t entry) const
{
    if (!(entry & k::_PAGE_PRESENT))
        return std::nullopt;
    const std::uint64_t pfn = (entry & k::PTE_PFN_MASK) >> k::PAGE_SHIFT;
    if (pfn >= m_phys.frameCount() || m_phys.owner(Pfn{pfn}) != FrameOwner::PageTable)
        return std::nullopt;
    return m_phys.ref(Pfn{pfn});
}

void PageTables::setEntry(std::uint32_t table, unsigned index, std::uint64_t value)
{
    m_entries.set(std::size_t{table} * 512 + index, value);
}

// Models p4d_alloc(), pud_alloc(), pmd_alloc() and pte_alloc_kernel(): one level each, told apart
// by childLevel.
std::optional<std::uint32_t> PageTables::ensureTable(std::uint32_t parent, unsigned index,
                                                     unsigned childLevel, std::uint64_t vaddr,
                                                     const FailHook& fail)
{
    // p4d_alloc / pud_alloc / pmd_alloc / pte_alloc_kernel: allocate only when the parent entry is none.
    static constexpr Fn entryPoints[] = {Fn::Caller, Fn::pte_alloc_kernel, Fn::pmd_alloc, Fn::pud_alloc,
                                         Fn::Caller, Fn::p4d_alloc,        Fn::Caller};
    const Fn fn = entryPoints[childLevel];
    // pud_alloc's parent is the PGD on 4 levels and a P4D table on 5 (vmap_pud_range's p4d).
    m_recorder.call(fn, index, vaddr, fn == Fn::pud_alloc ? tableLevel(parent) : 0u);
    const std::uint64_t existing = entry(parent, index);
    if (existing & k::_PAGE_PRESENT) {
        const auto child = tableOfEntry(existing);
        m_recorder.ret(fn, child ? m_layout.pageOffset + (tablePfn(*child) << k::PAGE_SHIFT) +
                                       tableIndex(vaddr, childLevel) * 8
                                 : 0);
        return child;
    }
    // get_zeroed_page(GFP_KERNEL|__GFP_REPEAT) for PUD/PMD, __get_free_page(PGALLOC_GFP) for PTE.
    const std::uint32_t gfp =
        childLevel == LEVEL_PTE ? k::PGALLOC_GFP : (k::GFP_KERNEL | k::__GFP_REPEAT | k::__GFP_ZERO);
    const auto table = static_cast<std::uint32_t>(m_pfn.size());
    m_recorder.call(Fn::alloc_pages, gfp, 0);
    std::optional<Pfn> page;
    if (fail && fail(childLevel)) {
        m_recorder.note(Ev::FaultInjected, childLevel == LEVEL_PTE   ? "pte_alloc"
                                           : childLevel == LEVEL_PMD ? "pmd_alloc"
                                           : childLevel == LEVEL_PUD ? "pud_alloc"
                                                                     : "p4d_alloc");
        if (AllocFailureReporter* report = m_phys.failureReporter())
            report->failureInjected(FailurePoint::PageAlloc);
    } else
        page = m_phys.allocPages(
            gfp, 0, OwnerTag{FrameOwner::PageTable, static_cast<std::uint8_t>(childLevel), table, 0});
    m_recorder.ret(Fn::alloc_pages, page ? page->value() : 0);
    if (!page) {
        m_recorder.ret(fn, 0);
        return std::nullopt;
    }
    m_pfn.append();
    m_level.append();
    m_entries.append(512);
    m_pfn.set(table, static_cast<std::uint32_t>(page->value()));
    m_level.set(table, static_cast<std::uint8_t>(childLevel));
    m_recorder.effect(Ev::TableAlloc, page->value(), childLevel);
    const std::uint64_t value = (page->value() << k::PAGE_SHIFT) | k::_PAGE_TABLE;
    setEntry(parent, index, value);
    m_recorder.effect(Ev::EntryWrite, value, packTableEntry(m_level[parent], index), m_pfn[parent]);
    m_recorder.ret(fn, m_layout.pageOffset + (page->value() << k::PAGE_SHIFT) +
                           tableIndex(vaddr, childLevel) * 8);
    return table;
}

namespace {
/// p?d_addr_end(): the end of the `shift`-aligned block holding addr, or end if that comes first
/// (the "- 1" compare survives a block that ends at the top of the address space).
std::uint64_t blockEnd(std::uint64_t addr, std::uint64_t end, unsigned shift)
{
    const std::uint64_t boundary = (addr + (1ull << shift)) & ~((1ull << shift) - 1);
    return boundary - 1 < end - 1 ? boundary : end;
}
} // namespace

// Models vmap_page_range() (2.6.36) and vmap_small_pages_range_noflush() (6.18): `walk` names it.
long PageTables::vmapPageRange(std::uint64_t start, std::uint64_t end, std::uint64_t prot,
                               const std::function<std::uint64_t(std::size_t)>& pageAt, const FailHook& fail,
                               Fn walk)
{
    m_recorder.call(walk, start, end);
    long nr = 0;
    std::uint64_t addr = start;
    const long err = start == end ? 0 : mapUnder(0, topLevel(), addr, end, nr, prot, pageAt, fail);
    const long result = err ? err : nr;
    m_recorder.ret(walk, static_cast<std::uint64_t>(walk == Fn::vmap_page_range || err ? result : 0));
    return result;
}

// vmap_p4d_range / vmap_pud_range / vmap_pmd_range / vmap_pte_range: one level of the walk.
long PageTables::mapUnder(std::uint32_t table, unsigned level, std::uint64_t& addr, std::uint64_t end,
                          long& nr, std::uint64_t prot,
                          const std::function<std::uint64_t(std::size_t)>& pageAt, const FailHook& fail)
{
    if (level == LEVEL_PTE) {
        for (; addr != end; addr += k::PAGE_SIZE) {
            const unsigned i = tableIndex(addr, LEVEL_PTE);
            const std::uint64_t old = entry(table, i);
            if (old != 0) {
                m_recorder.effect(Ev::EntryBusy, old, packTableEntry(LEVEL_PTE, i), m_pfn[table]);
                return -EBUSY;
            }
            const std::uint64_t pfn = pageAt(static_cast<std::size_t>(nr));
            const std::uint64_t value = (pfn << k::PAGE_SHIFT) | prot;
            setEntry(table, i, value);
            m_recorder.effect(Ev::EntryWrite, value, packTableEntry(LEVEL_PTE, i), m_pfn[table]);
            ++nr;
        }
        return 0;
    }
    const unsigned child = childTableLevel(level);
    while (addr != end) {
        const auto next = ensureTable(table, tableIndex(addr, level), child, addr, fail);
        if (!next)
            return -ENOMEM;
        if (const long err = mapUnder(*next, child, addr, blockEnd(addr, end, tableLevelShift(level)), nr,
                                      prot, pageAt, fail))
            return err;
    }
    return 0;
}

long PageTables::vmapHugePmdRange(std::uint64_t start, std::uint64_t end, std::uint64_t prot,
                                  const std::function<std::uint64_t(std::size_t)>& pageAt,
                                  const FailHook& fail)
{
    constexpr std::uint64_t pmdSize = 1ull << k::PMD_SHIFT;
    for (std::uint64_t addr = start, i = 0; addr < end; addr += pmdSize, i += pmdSize >> k::PAGE_SHIFT) {
        const std::uint64_t pfn = pageAt(static_cast<std::size_t>(i));
        m_recorder.call(Fn::vmap_range_noflush, addr, addr + pmdSize, pfn);
        // vmap_p4d_range → vmap_pud_range → vmap_pmd_range: p?d_alloc_track() down to the PMD table;
        // no P4D or PUD leaf, since max_page_shift is PMD_SHIFT.
        std::uint32_t table = 0;
        unsigned level = topLevel();
        bool ok = true;
        while (level > LEVEL_PMD) {
            const unsigned child = childTableLevel(level);
            const auto next = ensureTable(table, tableIndex(addr, level), child, addr, fail);
            if (!next) {
                ok = false;
                break;
            }
            table = *next;
            level = child;
        }
        if (!ok) {
            m_recorder.ret(Fn::vmap_range_noflush, static_cast<std::uint64_t>(-ENOMEM));
            return -ENOMEM;
        }
        // vmap_try_huge_pmd(): the range is PMD_SIZE, and addr and the pages are 2 MiB aligned.
        m_recorder.call(Fn::vmap_try_huge_pmd, addr, addr + pmdSize, pfn);
        const unsigned index = tableIndex(addr, LEVEL_PMD);
        const std::uint64_t old = entry(table, index);
        if (const auto pte = tableOfEntry(old)) {
            // pmd_present(): x86's pmd_free_pte_page() clears the entry and frees the PTE table
            // (6.x cleared its PTEs when the area that used it was vfree'd).
            const std::uint64_t ptePfn = m_pfn[*pte];
            setEntry(table, index, 0);
            m_level.set(*pte, 0);
            m_recorder.effect(Ev::PmdFreePteTable, ptePfn, packTableEntry(LEVEL_PMD, index), m_pfn[table]);
            m_recorder.call(Fn::__free_page, ptePfn);
            m_phys.freePages(Pfn{ptePfn}, 0);
            m_recorder.ret(Fn::__free_page);
        }
        // pmd_set_huge(): the PMD maps 2 MiB, protval_4k_2_large(PAGE_KERNEL) | _PAGE_PSE.
        const std::uint64_t value = (pfn << k::PAGE_SHIFT) | prot | k::_PAGE_PSE;
        setEntry(table, index, value);
        m_recorder.effect(Ev::EntryWrite, value, packTableEntry(LEVEL_PMD, index), m_pfn[table]);
        m_recorder.ret(Fn::vmap_try_huge_pmd, 1);
        m_recorder.ret(Fn::vmap_range_noflush, 0);
    }
    return 0;
}

std::uint64_t PageTables::vunmapPageRange(std::uint64_t start, std::uint64_t end)
{
    std::uint64_t cleared = 0;
    std::uint64_t addr = start;
    while (addr < end) {
        // Walk down; an empty upper entry skips its whole span (p?d_none_or_clear_bad).
        std::uint32_t table = 0;
        unsigned level = topLevel();
        bool skipped = false;
        bool leaf = false;
        while (level > LEVEL_PTE) {
            const unsigned i = tableIndex(addr, level);
            if (isLeafEntry(entry(table, i), level)) {
                // vunmap_pmd_range(): pmd_clear_huge() clears a 2 MiB leaf whole.
                setEntry(table, i, 0);
                m_recorder.effect(Ev::HugePmdCleared, addr & ~((1ull << tableLevelShift(level)) - 1),
                                  packTableEntry(level, i), m_pfn[table]);
                addr = blockEnd(addr, end, tableLevelShift(level));
                leaf = true;
                break;
            }
            const auto child = tableOfEntry(entry(table, i));
            if (!child) {
                addr = blockEnd(addr, end, tableLevelShift(level));
                skipped = true;
                break;
            }
            table = *child;
            level = childTableLevel(level);
        }
        if (skipped || leaf)
            continue;
        const std::uint64_t pmdEnd = std::min(end, ((addr >> k::PMD_SHIFT) + 1) << k::PMD_SHIFT);
        std::uint64_t here = 0;
        for (; addr < pmdEnd; addr += k::PAGE_SIZE) {
            const unsigned i = tableIndex(addr, LEVEL_PTE);
            if (entry(table, i) != 0) {
                setEntry(table, i, 0);
                ++here;
            }
        }
        if (here) {
            m_recorder.effect(Ev::PtesCleared, here, m_pfn[table]);
            cleared += here;
        }
    }
    return cleared;
}

Walk PageTables::translate(VirtAddr at) const
{
    const std::uint64_t vaddr = at.value();
    Walk walk;
    walk.vaddr = vaddr;
    std::uint32_t table = 0;
    for (unsigned level = topLevel();; level = childTableLevel(level)) {
        const unsigned i = tableIndex(vaddr, level);
        const std::uint64_t e = entry(table, i);
        walk.steps.push_back(WalkStep{level, m_pfn[table], i, e});
        if (!(e & k::_PAGE_PRESENT))
            return walk;
        if (level == LEVEL_PTE) {
            walk.physAddr = (e & k::PTE_PFN_MASK) | (vaddr & ~k::PAGE_MASK);
            return walk;
        }
        if (isLeafEntry(e, level)) {
            const std::uint64_t span = (1ull << tableLevelShift(level)) - 1;
            walk.physAddr = (e & k::PTE_PFN_MASK & ~span) | (vaddr & span);
            return walk;
        }
        const auto child = tableOfEntry(e);
        if (!child)
            return walk;
        table = *child;
    }
    return walk;
}

} // namespace vmviz
