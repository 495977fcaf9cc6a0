// ptdump, meminfo and buddyinfo in the kernel's own layouts.
#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"

namespace vmviz::exports {

namespace {

// note_page() state of dump_pagetables.c: one folded run of equal (flags, level).
class PtdumpWriter
{
public:
    explicit PtdumpWriter(std::uint64_t start) : m_start(start) {}

    void note(std::uint64_t address, std::uint64_t prot, int level)
    {
        if (m_level == 0) {
            m_level = level;
            m_prot = prot;
            m_start = address;
            return;
        }
        if (prot != m_prot || level != m_level) {
            flush(address);
            m_start = address;
            m_prot = prot;
            m_level = level;
        }
    }
    void finish(std::uint64_t end) { flush(end); }
    const std::string& text() const { return m_out; }

private:
    void flush(std::uint64_t end)
    {
        static constexpr const char* levelName[] = {"cr3", "pgd", "pud", "pmd", "pte"};
        static constexpr char units[] = "KMGTPE";
        m_out += fmt::printf("0x%016llx-0x%016llx   ", static_cast<unsigned long long>(m_start),
                             static_cast<unsigned long long>(end));
        std::uint64_t delta = (end - m_start) >> 10;
        const char* unit = units;
        while (!(delta & 1023) && unit[1]) {
            delta >>= 10;
            ++unit;
        }
        m_out += fmt::printf("%9llu%c ", static_cast<unsigned long long>(delta), *unit);
        if (!m_prot) {
            m_out += "                          ";
        } else {
            m_out += (m_prot & k::_PAGE_USER) ? "USR " : "    ";
            m_out += (m_prot & k::_PAGE_RW) ? "RW " : "ro ";
            m_out += (m_prot & k::_PAGE_PWT) ? "PWT " : "    ";
            m_out += (m_prot & k::_PAGE_PCD) ? "PCD " : "    ";
            if (m_level <= 3)
                m_out += (m_prot & k::_PAGE_PSE) ? "PSE " : "    ";
            else
                m_out += (m_prot & k::_PAGE_PSE) ? "pat " : "    ";
            m_out += (m_prot & k::_PAGE_GLOBAL) ? "GLB " : "    ";
            m_out += (m_prot & k::_PAGE_NX) ? "NX " : "x  ";
        }
        m_out += levelName[m_level];
        m_out += '\n';
    }

    std::string m_out;
    std::uint64_t m_start;
    std::uint64_t m_prot = 0;
    int m_level = 0;
};

std::uint64_t signExtend(std::uint64_t address)
{
    return (address & (1ull << 47)) ? (address | 0xffff000000000000ull) : address;
}

void walk(const Machine& machine, std::uint32_t table, unsigned level, std::uint64_t base, std::uint64_t from,
          std::uint64_t to, PtdumpWriter& out)
{
    // Levels as dump_pagetables.c numbers them: pgd 1, pud 2, pmd 3, pte 4.
    const int dumpLevel = 5 - static_cast<int>(level);
    const unsigned shift = k::PAGE_SHIFT + 9 * (level - 1);
    for (unsigned i = 0; i < 512; ++i) {
        const std::uint64_t address = signExtend(base + (std::uint64_t{i} << shift));
        const std::uint64_t span = 1ull << shift;
        if (address + span <= from || address >= to)
            continue;
        const std::uint64_t entry = machine.tables.entry(table, i);
        if (level == LEVEL_PTE || !(entry & k::_PAGE_PRESENT)) {
            out.note(address, (entry & k::_PAGE_PRESENT) ? (entry & ~k::PTE_PFN_MASK) : 0, dumpLevel);
            continue;
        }
        const auto child = machine.tables.tableOfEntry(entry);
        if (!child) {
            out.note(address, 0, dumpLevel);
            continue;
        }
        walk(machine, *child, level - 1, address, from, to, out);
    }
}

} // namespace

std::string ptdump(const Machine& machine)
{
    PtdumpWriter writer(k::VMALLOC_START);
    walk(machine, 0, LEVEL_PGD, 0, k::VMALLOC_START, k::VMEMMAP_START, writer);
    writer.finish(k::VMEMMAP_START);
    return "---[ vmalloc() Area ]---\n" + writer.text();
}

std::string meminfo(const Machine& machine)
{
    // get_vmalloc_info(): used and the largest gap between vm_structs on vmlist.
    std::uint64_t used = 0;
    std::uint64_t largest = 0;
    std::uint64_t prevEnd = k::VMALLOC_START;
    const auto vmlist = machine.vmalloc.vmlist();
    if (vmlist.empty()) {
        largest = machine.vmalloc.vmallocEnd() - k::VMALLOC_START;
    } else {
        for (const AreaId id : vmlist) {
            const AreaInfo a = machine.vmalloc.area(id);
            used += a.size;
            largest = std::max(largest, a.addr - prevEnd);
            prevEnd = a.addr + a.size;
        }
        largest = std::max(largest, machine.vmalloc.vmallocEnd() - prevEnd);
    }
    std::uint64_t freePages = 0;
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z)
        freePages += machine.phys.freePagesCounter(z);
    const auto kb = [](std::uint64_t bytes) { return static_cast<unsigned long long>(bytes >> 10); };
    std::string out;
    out += fmt::printf("MemTotal:       %8llu kB\n", kb(machine.phys.totalramPages() << k::PAGE_SHIFT));
    out += fmt::printf("MemFree:        %8llu kB\n", kb(freePages << k::PAGE_SHIFT));
    out += fmt::printf("VmallocTotal:   %8llu kB\n", kb(machine.vmalloc.vmallocEnd() - k::VMALLOC_START));
    out += fmt::printf("VmallocUsed:    %8llu kB\n", kb(used));
    out += fmt::printf("VmallocChunk:   %8llu kB\n", kb(largest));
    return out;
}

std::string buddyinfo(const Machine& machine)
{
    std::string out;
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        if (!machine.phys.zone(z).populated())
            continue;
        out += fmt::printf("Node %d, zone %8s ", 0, std::string(zoneName(z)).c_str());
        for (unsigned order = 0; order < k::MAX_ORDER; ++order)
            out += fmt::printf("%6llu ", static_cast<unsigned long long>(machine.phys.nrFree(z, order)));
        out += '\n';
    }
    return out;
}

} // namespace vmviz::exports
