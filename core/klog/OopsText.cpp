// SPDX-License-Identifier: GPL-2.0-only
// The kernel oops block in its 2.6.36 x86-64 layout: show_fault_oops() and dump_pagetable()
// (arch/x86/mm/fault.c), __die() and oops_end() (arch/x86/kernel/dumpstack.c), show_registers()
// (arch/x86/kernel/dumpstack_64.c) and __show_regs() (arch/x86/kernel/process_64.c).
#include "klog/KernelText.h"

#include "base/Constants.h"
#include "base/Format.h"

#include <array>

namespace vmviz {

namespace {

constexpr std::size_t kCodeBytes = 64;    // code_bytes (arch/x86/kernel/dumpstack.c)
constexpr std::size_t kCodePrologue = 43; // code_bytes * 43 / 64, printed before RIP
constexpr std::size_t kStackWords = 12;   // kstack_depth_to_print = 3 * STACKSLOTS_PER_LINE
constexpr std::size_t kStackSlotsPerLine = 4;
using CodeBytes = std::array<std::uint8_t, kCodeBytes>;

// The model has no machine code: these are illustrative x86-64 bytes of what the faulting code
// would plausibly be compiled to, with the faulting instruction at byte kCodePrologue.
// remove_vm_area()'s "for (p = &vmlist; (tmp = *p) != vm; p = &tmp->next)": mov (%rax),%rdx.
constexpr CodeBytes kRemoveVmAreaCode = {
    0x53, 0x49, 0x89, 0xfc, 0xe8, 0x4b, 0xfd, 0xff, 0xff, 0x48, 0x85, 0xc0, 0x74, 0x4a, 0xf6, 0x40,
    0x10, 0x04, 0x74, 0x44, 0x48, 0x8b, 0x58, 0x50, 0x48, 0xc7, 0xc7, 0xa0, 0xd4, 0xa1, 0x81, 0xe8,
    0xb5, 0xa3, 0x3c, 0x00, 0x48, 0xc7, 0xc0, 0x20, 0xa8, 0xa1, 0x81, 0x48, 0x8b, 0x10, 0x48, 0x39,
    0xda, 0x74, 0x05, 0x48, 0x89, 0xd0, 0xeb, 0xf4, 0x48, 0x8b, 0x13, 0x48, 0x89, 0x10, 0x48, 0xc7,
};
// <module>_init filling its buffer after vmalloc() returned: rep stos %al,%es:(%rdi).
constexpr CodeBytes kModuleWriteCode = {
    0x89, 0xe5, 0x53, 0x48, 0xc7, 0xc7, 0x00, 0x10, 0x00, 0x00, 0xe8, 0x5b, 0x6e, 0x0f, 0xe1, 0x48,
    0x89, 0x05, 0xf4, 0x22, 0x00, 0x00, 0x48, 0x8b, 0x3d, 0xed, 0x22, 0x00, 0x00, 0x48, 0x83, 0xc7,
    0x10, 0xb9, 0x00, 0x10, 0x00, 0x00, 0x31, 0xc0, 0x48, 0x89, 0xfa, 0xf3, 0xaa, 0x31, 0xc0, 0x5b,
    0xc9, 0xc3, 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, 0x55, 0x48, 0x89, 0xe5, 0x48,
};

// Where the task's kernel objects sit, as distances below the top of RAM (fixed, illustrative).
constexpr std::uint64_t kThreadInfoBelowTop = 0x4b2000; // 8 KiB aligned: THREAD_SIZE
constexpr std::uint64_t kTaskStructBelowTop = 0x5c3c20;
constexpr std::uint64_t kPgdBelowTop = 0x4f1000; // the task's mm->pgd (CR3)
constexpr std::uint64_t kPudBelowTop = 0x4f0000;
constexpr std::uint64_t kPmdBelowTop = 0x4ef000;
constexpr std::uint64_t kPerCpuBase = 0xffff880001a00000; // CPU 0's per-CPU area, after the image

OopsRegisters plausibleRegisters()
{
    OopsRegisters r;
    r.r8 = 0xffff880001a0e700;  // a per-CPU address
    r.r13 = 0xffffffffa0004000; // sys_init_module's struct module (callee-saved)
    r.r15 = 0x0000000000616010; // init_module()'s user buffer
    return r;
}

std::string hex16(std::uint64_t value)
{
    return fmt::printf("%016llx", static_cast<unsigned long long>(value));
}

} // namespace

struct KernelText::Fault
{
    std::vector<std::string> report; ///< show_fault_oops(): BUG, IP and the page-table line
    unsigned errorCode = 0;
    Frame at; ///< the faulting instruction
    std::uint64_t rsp = 0;
    std::uint64_t cr2 = 0;
    OopsRegisters regs;
    std::vector<Frame> trace; ///< return addresses, innermost first
    const CodeBytes* code = nullptr;
};

std::uint64_t KernelText::taskBase(std::uint64_t belowTop) const
{
    return m_ramBytes - belowTop;
}

std::uint64_t KernelText::threadInfo() const
{
    return m_threadInfo ? m_threadInfo : k::PAGE_OFFSET + taskBase(kThreadInfoBelowTop);
}

std::string KernelText::pagetableLine(const std::vector<std::uint64_t>& entries)
{
    // Each upper level prints "%lx " and stops when the entry is not present (or maps a large
    // page); only the PTE has no trailing space: "PGD 0 " and "PGD … PUD … PMD 0 " keep theirs.
    static constexpr const char* kNames[] = {"PGD", "PUD", "PMD", "PTE"};
    std::string line;
    for (std::size_t level = 0; level < entries.size() && level < 4; ++level) {
        const auto e = static_cast<unsigned long long>(entries[level]);
        if (level == 3) {
            line += fmt::printf("PTE %llx", e);
            break;
        }
        line += fmt::printf("%s %llx ", kNames[level], e);
        if (!(e & k::_PAGE_PRESENT) || (level > 0 && (e & k::_PAGE_PSE)))
            break;
    }
    return line;
}

std::vector<std::uint64_t> KernelText::userWalk(std::uint64_t address) const
{
    const std::uint64_t pgd = taskBase(kPudBelowTop) | k::_PAGE_TABLE;
    const std::uint64_t pud = taskBase(kPmdBelowTop) | k::_PAGE_TABLE;
    if (((address >> 39) & 511) != 0)
        return {0};
    if (((address >> 30) & 511) != 0)
        return {pgd, 0};
    return {pgd, pud, 0};
}

std::vector<std::string> KernelText::oops(const Fault& f)
{
    const std::uint64_t task = k::PAGE_OFFSET + taskBase(kTaskStructBelowTop);
    const auto ip = f.at.symbol.address + f.at.offset;
    const std::string ipText = fmt::printf(" [<%016llx>] ", static_cast<unsigned long long>(ip)) +
                               symbolOffset(f.at.symbol, f.at.offset);
    std::vector<std::string> lines = f.report;
    // __die()
    lines.push_back(fmt::printf("Oops: %04x [#%u] SMP ", f.errorCode & 0xffff, ++m_oopsCount));
    // sysfs_printk_last_file(): the last sysfs file opened; udevadm settle reads this one at boot.
    lines.push_back("last sysfs file: /sys/kernel/uevent_seqnum");
    // show_registers(): "CPU %d " is cut off by print_modules()'s KERN_DEFAULT, which starts a new
    // line; show_regs_common() then prints KERN_CONT "\n" on a line of its own. No DMI tables:
    // board and product are "".
    lines.push_back("CPU 0 ");
    lines.push_back(modulesLine());
    lines.push_back("");
    lines.push_back(pidLine() + " /");
    OopsRegisters r = f.regs;
    r.bp = f.rsp; // the frame-pointer chain starts at the faulting frame
    lines.push_back("RIP: 0010:[<" + hex16(ip) + ">] " + ipText);
    lines.push_back("RSP: 0018:" + hex16(f.rsp) + "  EFLAGS: 00010246");
    const auto three = [](const char* a, std::uint64_t x, const char* b, std::uint64_t y, const char* c,
                          std::uint64_t z) {
        return std::string(a) + ": " + hex16(x) + " " + b + ": " + hex16(y) + " " + c + ": " + hex16(z);
    };
    lines.push_back(three("RAX", r.ax, "RBX", r.bx, "RCX", r.cx));
    lines.push_back(three("RDX", r.dx, "RSI", r.si, "RDI", r.di));
    lines.push_back(three("RBP", r.bp, "R08", r.r8, "R09", r.r9));
    lines.push_back(three("R10", r.r10, "R11", r.r11, "R12", r.r12));
    lines.push_back(three("R13", r.r13, "R14", r.r14, "R15", r.r15));
    lines.push_back("FS:  00007f5c3a1e7700(0000) GS:" + hex16(kPerCpuBase) + "(0000) knlGS:0000000000000000");
    lines.push_back("CS:  0010 DS: 0000 ES: 0000 CR0: 000000008005003b");
    lines.push_back("CR2: " + hex16(f.cr2) + " CR3: " + hex16(taskBase(kPgdBelowTop)) +
                    " CR4: 00000000000006f0");
    lines.push_back("DR0: 0000000000000000 DR1: 0000000000000000 DR2: 0000000000000000");
    lines.push_back("DR3: 0000000000000000 DR6: 00000000ffff0ff0 DR7: 0000000000000400");
    lines.push_back(fmt::printf("Process %.15s (pid: %u, threadinfo %s, task %s)", m_who.comm.c_str(),
                                m_who.pid, hex16(threadInfo()).c_str(), hex16(task).c_str()));
    // show_stack_log_lvl(): 12 words from RSP, four a line; each new line is printk("\n%s",
    // KERN_EMERG), whose "<0>" is not at the start of the printk and so stays in the text.
    // The words are the frame-pointer chain of the call trace, then the saved user registers.
    std::vector<std::uint64_t> words;
    for (std::size_t i = 0; i < f.trace.size(); ++i) {
        words.push_back(f.rsp + 0x10 * (i + 1));
        words.push_back(f.trace[i].symbol.address + f.trace[i].offset);
    }
    for (std::uint64_t user : {0x0000000000000000ull, 0x00007fff4a3c1e40ull, 0x0000000000000246ull,
                               0x0000000000616010ull, 0x000000000001a3c8ull, 0x0000000000000003ull})
        words.push_back(user);
    words.resize(kStackWords);
    lines.push_back("Stack:");
    for (std::size_t i = 0; i < kStackWords; i += kStackSlotsPerLine) {
        std::string row = i ? "<0>" : "";
        for (std::size_t j = i; j < i + kStackSlotsPerLine; ++j)
            row += " " + hex16(words[j]);
        lines.push_back(row);
    }
    lines.push_back("Call Trace:");
    for (const Frame& frame : f.trace)
        lines.push_back(traceLine(frame.symbol, frame.offset));
    std::string code = "Code: ";
    for (std::size_t i = 0; i < kCodeBytes; ++i)
        code += fmt::printf(i == kCodePrologue ? "<%02x> " : "%02x ", (*f.code)[i]);
    lines.push_back(code);
    // The executive summary in case the oops scrolled away, then no_context()'s CR2.
    lines.push_back("RIP " + ipText);
    lines.push_back(" RSP <" + hex16(f.rsp) + ">");
    lines.push_back("CR2: " + hex16(f.cr2));
    lines.push_back(endMarker()); // oops_end() -> oops_exit()
    // arch/x86/kernel/dumpstack.c: oops_end, 2.6.36, calls add_taint(TAINT_DIE) (kernel/panic.c)
    // only after __die() printed the block: the first oops says "Not tainted", later blocks 'D'.
    m_died = true;
    return lines;
}

std::vector<std::string> KernelText::oopsNullDeref(Fn where, const std::vector<Fn>& stack,
                                                   std::uint32_t callerOffset, std::uint64_t vm,
                                                   std::uint64_t addr)
{
    Fault f;
    f.at.symbol = kernelSymbol(where);
    f.at.offset = callSiteOffset(f.at.symbol, 2);
    // The faulting function is the IP; the trace lists the return addresses above it.
    std::vector<Fn> outer = stack;
    if (!outer.empty() && outer.back() == where)
        outer.pop_back();
    f.trace = frames(outer, callerOffset);
    const auto ip = static_cast<unsigned long long>(f.at.symbol.address) + f.at.offset;
    // CR3 is the task's own PGD: address 0 walks its page tables, not init_mm's.
    f.report = {
        "BUG: unable to handle kernel NULL pointer dereference at (null)",
        fmt::printf("IP: [<%016llx>] %s", ip, symbolOffset(f.at.symbol, f.at.offset).c_str()),
        pagetableLine(userWalk(0)),
    };
    f.errorCode = 0; // a read of a page that is not present, in kernel mode
    f.rsp = threadInfo() + 0x1e28;
    f.cr2 = 0;
    f.regs = plausibleRegisters();
    f.regs.bx = vm;                 // the vm_struct the walk looks for
    f.regs.di = 0xffffffff81a1d4a0; // &vmlist_lock, just taken
    f.regs.r12 = addr;              // remove_vm_area()'s argument
    f.code = &kRemoveVmAreaCode;
    return oops(f);
}

std::vector<std::string> KernelText::oopsModuleWrite(std::uint64_t address, const std::string& walk,
                                                     std::uint32_t callerOffset, std::uint64_t start,
                                                     std::uint64_t remaining, std::uint8_t fill,
                                                     bool protection)
{
    if (m_who.layout == TextLayout::Linux6)
        return oopsModuleWrite6(address, walk, callerOffset, start, remaining, fill, protection);
    Fault f;
    f.at = {moduleInitSymbol(m_who), callerOffset};
    f.trace = frames({}, callerOffset);
    f.trace.erase(f.trace.begin()); // the faulting function is the IP, not a return address
    const auto ip = static_cast<unsigned long long>(f.at.symbol.address) + f.at.offset;
    // no_context(): "NULL pointer dereference" below PAGE_SIZE, "paging request" elsewhere.
    const std::string what = address < k::PAGE_SIZE ? "NULL pointer dereference" : "paging request";
    const std::string where = address == 0 ? "(null)" : fmt::pointer(address);
    f.report = {
        "BUG: unable to handle kernel " + what + " at " + where,
        fmt::printf("IP: [<%016llx>] %s", ip, symbolOffset(f.at.symbol, f.at.offset).c_str()),
        walk,
    };
    // arch/x86/mm/fault.c, 2.6.36: PF_PROT (1) is set when the page was present, PF_WRITE (2) for
    // a write. A write to a present read-only page is 0003: spurious_fault_check() refuses it
    // (PF_WRITE && !pte_write) and no_context() oopses with the same "paging request" report.
    f.errorCode = protection ? 3 : 2;
    f.rsp = threadInfo() + 0x1e58;
    f.cr2 = address;
    f.regs = plausibleRegisters();
    f.regs.ax = fill;
    f.regs.cx = remaining;
    f.regs.dx = start;
    f.regs.di = address;
    f.code = &kModuleWriteCode;
    return oops(f);
}

} // namespace vmviz
