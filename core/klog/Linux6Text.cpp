// The printk layouts of Linux 6.x (6.18.2): kernel/panic.c __warn and print_tainted,
// lib/dump_stack.c dump_stack_print_info, arch/x86/kernel/process_64.c __show_regs and
// arch/x86/kernel/dumpstack.c show_trace_log_lvl. The register values are the model's
// illustrative ones, as in the 2.6.36 layouts.
#include "base/Constants.h"
#include "base/Format.h"
#include "klog/KernelText.h"

namespace vmviz {

namespace {
constexpr std::uint64_t kStackBelowTop = 0x4b2000;
constexpr std::uint64_t kPerCpuBase = 0xffff88807dc00000; // GS base of CPU 0
constexpr const char* kHardwareName =
    "Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.3-debian-1.16.3-2 04/01/2014";

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
                                                bool innermostIsRip) const
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

} // namespace vmviz
