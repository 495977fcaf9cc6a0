// SPDX-License-Identifier: GPL-2.0-only
// The printk layouts of Linux 6.x (6.18.2): kernel/panic.c __warn and print_tainted,
// lib/dump_stack.c dump_stack_print_info, arch/x86/kernel/process_64.c __show_regs and
// arch/x86/kernel/dumpstack.c show_trace_log_lvl. The register values are the model's
// illustrative ones, as in the 2.6.36 layouts.
#include "base/Constants.h"
#include "base/Format.h"
#include "base/KernelNames.h"
#include "klog/KernelText.h"

namespace vmviz {

namespace {
constexpr std::uint64_t kStackBelowTop = 0x4b2000;
constexpr std::uint64_t kPerCpuBase = 0xffff88807dc00000; // GS base of CPU 0
constexpr const char* kHardwareName =
    "Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.3-debian-1.16.3-2 04/01/2014";

// show_opcodes(), 6.x: 42 bytes before RIP, the byte at RIP, 21 after. Illustrative bytes of a
// module's init filling its vmalloc'ed buffer: rep stos %al,%es:(%rdi) (f3 aa) at RIP.
constexpr const char* kModuleWriteCode6 =
    "Code: 05 f4 22 00 00 48 8b 3d ed 22 00 00 48 83 c7 10 b9 00 10 00 00 31 c0 48 89 fa 89 e5 53 48 c7 "
    "c7 00 10 00 00 e8 5b 6e 0f e1 48 89 <f3> aa 31 c0 5b c9 c3 66 0f 1f 84 00 00 00 00 00 55 48 89 e5 48 89";

/// The model's GFP bits (2.6.36's values) as 6.18 numbers them (include/linux/gfp_types.h):
/// __GFP_WAIT became __GFP_DIRECT_RECLAIM|__GFP_KSWAPD_RECLAIM, __GFP_REPEAT __GFP_RETRY_MAYFAIL,
/// and __GFP_COLD and __GFP_NOTRACK are gone.
std::uint32_t gfp618(std::uint32_t gfp)
{
    struct Bit
    {
        std::uint32_t old, now;
    };
    static constexpr Bit kBits[] = {
        {k::__GFP_DMA, 0x1},       {k::__GFP_HIGHMEM, 0x2},   {k::__GFP_DMA32, 0x4},
        {k::__GFP_MOVABLE, 0x8},   {k::__GFP_WAIT, 0xc00},    {k::__GFP_HIGH, 0x20},
        {k::__GFP_IO, 0x40},       {k::__GFP_FS, 0x80},       {k::__GFP_NOWARN, 0x2000},
        {k::__GFP_REPEAT, 0x4000}, {k::__GFP_NOFAIL, 0x8000}, {k::__GFP_NORETRY, 0x10000},
        {k::__GFP_COMP, 0x40000},  {k::__GFP_ZERO, 0x100},    {k::__GFP_NOMEMALLOC, 0x80000},
    };
    std::uint32_t out = 0;
    for (const Bit& b : kBits)
        if (gfp & b.old)
            out |= b.now;
    return out;
}

/// %pGg (lib/vsprintf.c format_flags() over gfpflag_names, include/trace/events/mmflags.h, 6.18)
/// of a 6.18 gfp value: the composite names first, each taking its bits, then the single flags in
/// bit order, then any bits left as hex.
std::string gfpName618(std::uint32_t gfp)
{
    struct Name
    {
        std::uint32_t mask;
        const char* name;
    };
    static constexpr Name kNames[] = {
        {0x1c24ca, "GFP_TRANSHUGE"},
        {0x1c20ca, "GFP_TRANSHUGE_LIGHT"},
        {0x100cca, "GFP_HIGHUSER_MOVABLE"},
        {0x100cc2, "GFP_HIGHUSER"},
        {0x100cc0, "GFP_USER"},
        {0x400cc0, "GFP_KERNEL_ACCOUNT"},
        {0xcc0, "GFP_KERNEL"},
        {0xc40, "GFP_NOFS"},
        {0x820, "GFP_ATOMIC"},
        {0xc00, "GFP_NOIO"},
        {0x2800, "GFP_NOWAIT"},
        {0x1, "GFP_DMA"},
        {0x4, "GFP_DMA32"},
        {0xc00, "__GFP_RECLAIM"},
        {0x1, "__GFP_DMA"},
        {0x2, "__GFP_HIGHMEM"},
        {0x4, "__GFP_DMA32"},
        {0x8, "__GFP_MOVABLE"},
        {0x10, "__GFP_RECLAIMABLE"},
        {0x20, "__GFP_HIGH"},
        {0x40, "__GFP_IO"},
        {0x80, "__GFP_FS"},
        {0x100, "__GFP_ZERO"},
        {0x400, "__GFP_DIRECT_RECLAIM"},
        {0x800, "__GFP_KSWAPD_RECLAIM"},
        {0x1000, "__GFP_WRITE"},
        {0x2000, "__GFP_NOWARN"},
        {0x4000, "__GFP_RETRY_MAYFAIL"},
        {0x8000, "__GFP_NOFAIL"},
        {0x10000, "__GFP_NORETRY"},
        {0x20000, "__GFP_MEMALLOC"},
        {0x40000, "__GFP_COMP"},
        {0x80000, "__GFP_NOMEMALLOC"},
        {0x100000, "__GFP_HARDWALL"},
        {0x200000, "__GFP_THISNODE"},
        {0x400000, "__GFP_ACCOUNT"},
        {0x800000, "__GFP_ZEROTAGS"},
    };
    std::string out;
    for (const Name& n : kNames) {
        if (!gfp)
            break;
        if ((gfp & n.mask) != n.mask)
            continue;
        out += out.empty() ? "" : "|";
        out += n.name;
        gfp &= ~n.mask;
    }
    if (gfp)
        out += (out.empty() ? "" : "|") + fmt::printf("%#x", gfp);
    return out;
}

/// gfp_zone() on x86-64: __GFP_DMA → ZONE_DMA, __GFP_DMA32 → ZONE_DMA32, anything else (with or
/// without __GFP_HIGHMEM) → ZONE_NORMAL.
unsigned gfpZone(std::uint32_t gfp)
{
    if (gfp & k::__GFP_DMA)
        return 0;
    return (gfp & k::__GFP_DMA32) ? 1 : 2;
}

std::string hex16(std::uint64_t value)
{
    return fmt::printf("%016llx", static_cast<unsigned long long>(value));
}

/// print_tainted(): "Not tainted", or "Tainted: " and one column per taint_flags entry (20 in
/// 6.18: P F S R M B U D A W C I O E L K X T N J), 'G' for a clear P, ' ' for the others.
std::string taint6(bool warned, bool died)
{
    if (!warned && !died)
        return "Not tainted";
    std::string flags = "Tainted: G       ";
    flags += died ? 'D' : ' ';
    flags += ' ';
    flags += warned ? 'W' : ' ';
    flags += std::string(10, ' ');
    return flags;
}

/// print_tainted_verbose(): "Tainted: [D]=DIE, [W]=WARN".
std::string taintVerbose6(bool warned, bool died)
{
    std::string out = "Tainted: ";
    if (died)
        out += "[D]=DIE";
    if (warned)
        out += std::string(died ? ", " : "") + "[W]=WARN";
    return out;
}
} // namespace

std::string KernelText::cpuLine6() const
{
    // dump_stack_print_info(): no kdump kernel loaded, no build id, so the line ends in a space.
    return fmt::printf("CPU: 0 UID: 0 PID: %u Comm: %.20s %s %s #1 PREEMPT(voluntary) ", m_who.pid,
                       m_who.comm.c_str(), taint6(m_warned, m_died).c_str(), m_who.release.c_str());
}

std::vector<std::string> KernelText::dumpStack6(const std::vector<std::string_view>& innermost,
                                                const std::vector<Fn>& stack,
                                                std::uint32_t callerOffset) const
{
    // lib/dump_stack.c: dump_stack_lvl, 6.18: dump_stack_print_info(), then the trace from the
    // caller of dump_stack; every open call is a frame (none of them is the RIP here).
    std::vector<std::string> lines{cpuLine6()};
    if (m_warned || m_died)
        lines.push_back(taintVerbose6(m_warned, m_died));
    lines.push_back(kHardwareName);
    auto trace = callTrace6(stack, callerOffset, false);
    std::vector<std::string> inner;
    for (std::string_view name : innermost) {
        const KernelSymbol s = kernelSymbol(name);
        inner.push_back(" " + symbolOffset(s, callSiteOffset(s)));
    }
    trace.insert(trace.begin() + 2, inner.begin(), inner.end());
    lines.insert(lines.end(), trace.begin(), trace.end());
    return lines;
}

std::vector<std::string> KernelText::callTrace6(const std::vector<Fn>& stack, std::uint32_t callerOffset,
                                                bool innermostIsRip, bool withInit) const
{
    // show_trace_log_lvl(): " %pS" per reliable frame between <TASK> and </TASK>. A module's init
    // runs from finit_module(2): do_one_initcall ← do_init_module ← load_module ← … ← syscall entry.
    std::vector<std::string> lines{"Call Trace:", " <TASK>"};
    bool first = innermostIsRip;
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
        if (*it == Fn::Caller)
            continue;
        if (first) { // the WARN site itself is RIP, not a frame of the trace
            first = false;
            continue;
        }
        const KernelSymbol s = kernelSymbol(*it);
        lines.push_back(" " + symbolOffset(s, callSiteOffset(s)));
    }
    if (withInit)
        lines.push_back(" " + symbolOffset(moduleInitSymbol(m_who), callerOffset));
    for (const char* outer : {"do_one_initcall", "do_init_module", "load_module", "init_module_from_file",
                              "idempotent_init_module", "__x64_sys_finit_module", "do_syscall_64",
                              "entry_SYSCALL_64_after_hwframe"}) {
        const KernelSymbol s = kernelSymbol(outer);
        lines.push_back(" " + (s.size ? symbolOffset(s, callSiteOffset(s)) : s.name + "+0x76/0x7e"));
    }
    lines.push_back(" </TASK>");
    return lines;
}

std::vector<std::string> KernelText::warn6(const char* file, int line, Fn where, const std::string& message,
                                           const std::vector<Fn>& stack, std::uint32_t callerOffset)
{
    // x86 WARN(): __warn_printk() prints the cut line and the message, then ud2 traps into
    // __warn(), which prints the WARNING line, the modules and show_regs(), then the end marker
    // with id 0 (kernel/panic.c:849).
    const KernelSymbol at = kernelSymbol(where);
    const std::uint32_t site = callSiteOffset(at, static_cast<std::uint32_t>(line));
    const std::string rip = symbolOffset(at, site);
    const std::uint64_t rsp = k::PAGE_OFFSET + (m_ramBytes - kStackBelowTop) + 0x1d98;
    std::vector<std::string> lines{
        "------------[ cut here ]------------",
        message,
        fmt::printf("WARNING: CPU: 0 PID: %u at %s:%d %s", m_who.pid, file, line, rip.c_str()),
        // print_modules(), 6.x: a module still in its init is "(+)".
        "Modules linked in: " + m_who.module + "(+)",
        cpuLine6(),
    };
    if (m_warned || m_died)
        lines.push_back(taintVerbose6(m_warned, m_died));
    lines.push_back(kHardwareName);
    lines.push_back("RIP: 0010:" + rip);
    lines.push_back(
        "Code: 48 89 df e8 3c fe ff ff 48 85 c0 74 2b 48 8b 50 08 48 89 c5 48 85 d2 74 1f 48 c7 c7 "
        "e0 51 8a 82 48 89 de e8 84 0e e9 ff <0f> 0b 5b 5d c3 cc cc cc cc");
    lines.push_back("RSP: 0018:" + hex16(rsp) + " EFLAGS: 00010282");
    lines.push_back("RAX: 0000000000000000 RBX: " + hex16(rsp + 0x60) + " RCX: 0000000000000027");
    lines.push_back("RDX: ffff88807dc1c8c8 RSI: 0000000000000001 RDI: ffff88807dc1c8c0");
    lines.push_back("RBP: " + hex16(rsp + 0x40) + " R08: 0000000000000000 R09: 00000000fffeffff");
    lines.push_back("R10: 0000000000000001 R11: 0000000000000000 R12: 0000000000000000");
    lines.push_back("R13: 0000000000000000 R14: 0000000000000000 R15: 0000000000000000");
    lines.push_back("FS:  00007f5c3a1e7740(0000) GS:" + hex16(kPerCpuBase) + "(0000) knlGS:0000000000000000");
    lines.push_back("CS:  0010 DS: 0000 ES: 0000 CR0: 0000000080050033");
    lines.push_back("CR2: 000055d0a1c2a000 CR3: 0000000002a1c000 CR4: 00000000000006f0");
    const auto trace = callTrace6(stack, callerOffset);
    lines.insert(lines.end(), trace.begin(), trace.end());
    lines.push_back("---[ end trace 0000000000000000 ]---");
    m_warned = true;
    return lines;
}

std::string KernelText::dumpPagetable(const std::vector<std::uint64_t>& entries, unsigned pagingLevels) const
{
    if (m_who.layout != TextLayout::Linux6)
        return pagetableLine(entries);
    // arch/x86/mm/fault.c, 6.18: dump_pagetable() prints "PGD %lx P4D %lx PUD %lx PMD %lx PTE %lx",
    // stopping after an entry that is not present (or a leaf); p4d_offset() of a folded P4D is the
    // PGD entry itself.
    std::vector<std::uint64_t> walk = entries;
    if (pagingLevels == 4 && !walk.empty() && (walk[0] & k::_PAGE_PRESENT))
        walk.insert(walk.begin() + 1, walk[0]);
    static constexpr const char* kNames[] = {"PGD", "P4D", "PUD", "PMD", "PTE"};
    std::string line;
    for (std::size_t level = 0; level < walk.size() && level < 5; ++level) {
        const auto e = static_cast<unsigned long long>(walk[level]);
        if (level == 4) {
            line += fmt::printf("PTE %llx", e);
            break;
        }
        line += fmt::printf("%s %llx ", kNames[level], e);
        if (!(e & k::_PAGE_PRESENT) || (level > 1 && (e & k::_PAGE_PSE)))
            break;
    }
    return line;
}

std::vector<std::string> KernelText::oopsModuleWrite6(std::uint64_t address, const std::string& walk,
                                                      std::uint32_t callerOffset, std::uint64_t start,
                                                      std::uint64_t remaining, std::uint8_t fill,
                                                      bool protection)
{
    // page_fault_oops() (arch/x86/mm/fault.c, 6.18): show_fault_oops(), __die("Oops") = the header,
    // show_regs() (CPU line, registers, call trace) and print_modules(), then "CR2:", then
    // oops_end(): the end marker (oops_exit) and the executive summary, __show_regs() again.
    const unsigned errorCode = protection ? 3 : 2; // X86_PF_WRITE, with X86_PF_PROT if present
    const std::string rip = symbolOffset(moduleInitSymbol(m_who), callerOffset);
    const std::uint64_t rsp = k::PAGE_OFFSET + (m_ramBytes - kStackBelowTop) + 0x1e58;
    std::vector<std::string> lines{
        address < k::PAGE_SIZE ? "BUG: kernel NULL pointer dereference, address: " + hex16(address)
                               : "BUG: unable to handle page fault for address: " + hex16(address),
        "#PF: supervisor write access in kernel mode",
        fmt::printf("#PF: error_code(0x%04x) - %s", errorCode,
                    protection ? "permissions violation" : "not-present page"),
        walk,
        // __die_header(): "Oops: %s: %04lx [#%d]", SMP, and NOPTI (the model's PTEs keep _PAGE_GLOBAL).
        fmt::printf("Oops: Oops: %04x [#%u] SMP NOPTI", errorCode, ++m_oopsCount),
        cpuLine6(),
    };
    if (m_warned || m_died)
        lines.push_back(taintVerbose6(m_warned, m_died));
    lines.push_back(kHardwareName);
    // __show_regs(): what the faulting rep stosb holds (AL the byte, RCX the count left, RDI the
    // address, RDX the start); the rest illustrative.
    std::vector<std::string> regs{
        "RIP: 0010:" + rip,
        kModuleWriteCode6,
        "RSP: 0018:" + hex16(rsp) + " EFLAGS: 00010246",
        "RAX: " + hex16(fill) + " RBX: 0000000000000000 RCX: " + hex16(remaining),
        "RDX: " + hex16(start) + " RSI: 0000000000000000 RDI: " + hex16(address),
        "RBP: " + hex16(rsp + 0x10) + " R08: 0000000000000000 R09: 0000000000000000",
        "R10: 0000000000000000 R11: 0000000000000000 R12: ffffffffa0002000",
        "R13: 0000000000000000 R14: 0000000000000000 R15: 0000000000000000",
        "FS:  00007f5c3a1e7740(0000) GS:" + hex16(kPerCpuBase) + "(0000) knlGS:0000000000000000",
        "CS:  0010 DS: 0000 ES: 0000 CR0: 0000000080050033",
        "CR2: " + hex16(address) + " CR3: 0000000002a1c000 CR4: 00000000000006f0",
    };
    lines.insert(lines.end(), regs.begin(), regs.end());
    const auto trace = callTrace6({}, callerOffset, false, false);
    lines.insert(lines.end(), trace.begin(), trace.end());
    lines.push_back("Modules linked in: " + m_who.module + "(+)");
    lines.push_back("CR2: " + hex16(address));
    lines.push_back("---[ end trace 0000000000000000 ]---");
    lines.insert(lines.end(), regs.begin(), regs.end());
    m_died = true; // oops_end(): add_taint(TAINT_DIE) after the header and body
    return lines;
}

std::vector<std::string> KernelText::warnAlloc(const std::string& message, std::uint32_t gfp,
                                               const std::vector<std::string_view>& innermost,
                                               const std::vector<Fn>& stack, std::uint32_t callerOffset,
                                               const ShowMem& mem) const
{
    // warn_alloc(): pr_warn("%s: %pV, mode:%#x(%pGg), nodemask=%*pbl") with no nodemask, then
    // cpuset_print_current_mems_allowed() continues the line; dump_stack(); warn_alloc_show_mem(),
    // which is __show_mem() up to gfp_zone(gfp_mask).
    if (m_who.layout != TextLayout::Linux6)
        return {m_who.comm + ": " + message + fmt::printf(", mode:%#x(", gfp) + gfpFlagsName(gfp, "0") +
                "), nodemask=(null)"};
    const std::uint32_t mode = gfp618(gfp);
    std::vector<std::string> lines{m_who.comm + ": " + message + fmt::printf(", mode:%#x(", mode) +
                                   gfpName618(mode) + "), nodemask=(null),cpuset=/,mems_allowed=0"};
    const auto trace = dumpStack6(innermost, stack, callerOffset);
    lines.insert(lines.end(), trace.begin(), trace.end());
    const auto memory = showMemLines6(mem, gfpZone(gfp));
    lines.insert(lines.end(), memory.begin(), memory.end());
    return lines;
}

std::vector<std::string> KernelText::oomKill6(unsigned order, std::uint32_t gfp, const std::vector<Fn>& stack,
                                              std::uint32_t callerOffset, const ShowMem& mem) const
{
    // out_of_memory() (mm/oom_kill.c, 6.18): constrained_alloc() finds no cpuset or mempolicy
    // limit (CONSTRAINT_NONE, nodemask NULL); select_bad_process() picks the scenario's task, the
    // only killable one (init and kernel threads are not); oom_kill_process() prints
    // dump_header() and dump_oom_victim(), then __oom_kill_process() sends SIGKILL, marks the
    // victim and prints the kill. CONFIG_MEMCG is off (x86_64_defconfig), so no memcg context.
    const std::uint32_t mode = gfp618(gfp);
    const char* comm = m_who.comm.c_str();
    std::vector<std::string> lines{
        fmt::printf("%s invoked oom-killer: gfp_mask=%#x(%s), order=%u, oom_score_adj=0", comm, mode,
                    gfpName618(mode).c_str(), order)};
    // CONFIG_COMPACTION=y: no "COMPACTION is disabled!!!" line.
    const auto trace = dumpStack6({"dump_stack_lvl", "dump_header", "oom_kill_process", "out_of_memory",
                                   "__alloc_pages_slowpath.constprop.0", "__alloc_frozen_pages_noprof"},
                                  stack, callerOffset);
    lines.insert(lines.end(), trace.begin(), trace.end());
    const auto memory = showMemLines6(mem, gfpZone(gfp));
    lines.insert(lines.end(), memory.begin(), memory.end());
    // should_dump_unreclaim_slab(): unreclaimable slab above the LRU pages, which the model has none of.
    std::uint64_t slabPages = 0;
    for (const ShowMemZone& z : mem.zones)
        slabPages += z.slabPages;
    if (slabPages > 0) {
        const auto slab = unreclaimableSlabLines(mem);
        lines.insert(lines.end(), slab.begin(), slab.end());
    }
    // dump_tasks(), sysctl_oom_dump_tasks = 1.
    const unsigned long long rss = TaskMemory::anonRssPages + TaskMemory::fileRssPages;
    lines.push_back("Tasks state (memory values in pages):");
    lines.push_back(
        "[  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents "
        "oom_score_adj name");
    lines.push_back(fmt::printf("[%7u] %5d %5u %8llu %8llu %8llu %8llu %9llu %8llu %8llu         %5d %s",
                                m_who.pid, 0, m_who.pid, TaskMemory::totalVmPages, rss,
                                TaskMemory::anonRssPages, TaskMemory::fileRssPages, 0ull,
                                TaskMemory::pgtablesBytes, 0ull, 0, comm));
    // dump_oom_victim(): the one-line summary, the cpuset continuing it.
    lines.push_back(fmt::printf("oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,"
                                "task=%s,pid=%u,uid=0",
                                comm, m_who.pid));
    lines.push_back(fmt::printf("Out of memory: Killed process %u (%s) total-vm:%llukB, anon-rss:%llukB, "
                                "file-rss:%llukB, shmem-rss:0kB, UID:0 pgtables:%llukB oom_score_adj:0",
                                m_who.pid, comm, TaskMemory::totalVmPages * 4, TaskMemory::anonRssPages * 4,
                                TaskMemory::fileRssPages * 4, TaskMemory::pgtablesBytes >> 10));
    return lines;
}

} // namespace vmviz
