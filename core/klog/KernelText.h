// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The kernel's own text: symbol+offset spellings from a small model kallsyms table, and the
// printk blocks vmalloc can produce (WARN, oops, allocation failures) in their 2.6.36 layout, or
// in 6.x's (Linux6Text.cpp) for the 6.18 profile.
#include "klog/ShowMem.h"
#include "trace/KernelFunction.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz {

struct KernelSymbol
{
    std::string name;
    std::uint64_t address = 0; ///< start (model addresses; illustrative, stable across runs)
    std::uint32_t size = 0;
    std::string module; ///< empty for the core kernel
};

/// The symbol of a kernel function the engine runs, or of a helper on typical call chains
/// (warn_slowpath_common, do_one_initcall, sys_init_module, system_call_fastpath…).
KernelSymbol kernelSymbol(std::string_view name);
KernelSymbol kernelSymbol(Fn fn);
/// "__vunmap+0x5d/0x120" or "mymod_init+0x1c/0x40 [mymod]".
std::string symbolOffset(const KernelSymbol& symbol, std::uint32_t offset);
/// The return address inside `symbol` the model uses for a call site (a stable offset).
std::uint32_t callSiteOffset(const KernelSymbol& symbol, std::uint32_t salt = 0);

/// Which kernel's printk layouts KernelText writes.
enum class TextLayout : std::uint8_t
{
    Linux2636, ///< "WARNING: at file:line func()", "Pid:" lines, [<address>] frames
    Linux6,    ///< message first, "WARNING: CPU: n PID: n at …", "CPU: … UID:" lines, <TASK> frames
};

/// Who is running the scenario, as the kernel would print it.
struct KernelIdentity
{
    TextLayout layout = TextLayout::Linux2636;
    std::string comm = "insmod";
    unsigned pid = 1234;
    std::string module = "mymod";
    std::string release = "2.6.36";
    std::uint64_t seed = 0;
    std::uint32_t initSize = 0x40; ///< size of <module>_init, grown to hold every scenario call site
};

/// <module>_init, from which every scenario operation is called.
KernelSymbol moduleInitSymbol(const KernelIdentity& who);

/// The general-purpose registers an oops prints, in pt_regs order. The model fills the ones
/// the faulting code holds (the address, the pointer it followed); the others keep plausible
/// fixed values (docs/model.md).
struct OopsRegisters
{
    std::uint64_t ax = 0, bx = 0, cx = 0, dx = 0, si = 0, di = 0, bp = 0;
    std::uint64_t r8 = 0, r9 = 0, r10 = 0, r11 = 0, r12 = 0, r13 = 0, r14 = 0, r15 = 0;
};

/// The scenario's task as dump_tasks() and the OOM killer's kill line print it: insmod's own mm,
/// which the model does not simulate (plausible fixed sizes, docs/model.md). vmalloc memory is
/// not in a task's RSS, which is why the OOM killer cannot see who holds it.
struct TaskMemory
{
    static constexpr unsigned long long totalVmPages = 1555;
    static constexpr unsigned long long anonRssPages = 24;
    static constexpr unsigned long long fileRssPages = 128;
    /// mm_pgtables_bytes() (6.x prints it): PUD, PMD and PTE tables for the executable, the
    /// libraries and the stack, each in its own PGD slot: 3 PUD, 3 PMD and 7 PTE pages.
    static constexpr unsigned long long pgtablesBytes = 13 * 4096;
};

/// Builds printk blocks; remembers taint (a WARN taints 'W', an oops 'D', each after its block).
class KernelText
{
public:
    /// `ramBytes` places the task's kernel stack, task_struct and page tables near the top of RAM.
    explicit KernelText(KernelIdentity who, std::uint64_t ramBytes = 128ull << 20)
        : m_who(std::move(who)), m_ramBytes(ramBytes)
    {
    }
    const KernelIdentity& identity() const { return m_who; }
    /// Where the task's thread_info (the base of its THREAD_SIZE kernel stack) is, when the machine
    /// owns real frames for it; otherwise a fixed place near the top of RAM.
    void setThreadInfo(std::uint64_t address) { m_threadInfo = address; }
    std::uint64_t threadInfo() const;

    /// warn_slowpath_common(): the "cut here" block for WARN(1, message) at file:line inside
    /// `where`, reached through `stack` (outermost first) from the module's init function.
    std::vector<std::string> warn(const char* file, int line, Fn where, const std::string& message,
                                  const std::vector<Fn>& stack, std::uint32_t callerOffset);
    /// remove_vm_area()'s vmlist walk running off the end: a NULL read inside `where`. `vm` is the
    /// vm_struct it looks for (RBX), `addr` the address being freed (R12).
    std::vector<std::string> oopsNullDeref(Fn where, const std::vector<Fn>& stack, std::uint32_t callerOffset,
                                           std::uint64_t vm = 0, std::uint64_t addr = 0);
    /// A page fault oops for a write (rep stosb) from the module's init function at callerOffset:
    /// `address` faulted, `remaining` bytes were left to write (RCX), `fill` is the byte (AL),
    /// `start` the first byte (RDX). `walk` is dump_pagetable()'s line (see pagetableLine).
    /// `protection`: the page is present but read-only (error code PF_PROT|PF_WRITE = 0003).
    std::vector<std::string> oopsModuleWrite(std::uint64_t address, const std::string& walk,
                                             std::uint32_t callerOffset, std::uint64_t start = 0,
                                             std::uint64_t remaining = 1, std::uint8_t fill = 0,
                                             bool protection = false);
    /// warn_alloc() (mm/page_alloc.c, 6.18) for a message of vmalloc's or the slowpath's:
    /// "comm: message, mode:%#x(%pGg), nodemask=(null)", the cpuset, dump_stack() from
    /// `innermost` and __show_mem(). In the 2.6.36 layout only the first line (vmalloc's
    /// "vmalloc: allocation failure" printk has its own callers there).
    std::vector<std::string> warnAlloc(const std::string& message, std::uint32_t gfp,
                                       const std::vector<std::string_view>& innermost,
                                       const std::vector<Fn>& stack, std::uint32_t callerOffset,
                                       const ShowMem& mem) const;
    /// dump_pagetable() for the layout: 2.6.36's "PGD … PUD … PMD … PTE …" (see pagetableLine),
    /// or 6.x's with a P4D column, which under 4 levels repeats the PGD entry (the P4D is folded).
    /// `entries` is the walk, top level first, of a machine with `pagingLevels` levels.
    std::string dumpPagetable(const std::vector<std::uint64_t>& entries, unsigned pagingLevels) const;
    /// __alloc_pages_slowpath's nopage: "page allocation failure", dump_stack() and show_mem().
    std::vector<std::string> pageAllocFailure(unsigned order, std::uint32_t gfp, const std::vector<Fn>& stack,
                                              std::uint32_t callerOffset, const ShowMem& mem) const;
    /// out_of_memory() choosing the scenario's task, the only killable task the model has:
    /// dump_header() (the "invoked oom-killer" line, cpuset, dump_stack, show_mem, dump_tasks),
    /// then oom_kill_process() and oom_kill_task() (mm/oom_kill.c, 2.6.36); in the 6.x layout
    /// dump_header() with dump_unreclaimable_slab(), the "oom-kill:" summary and
    /// __oom_kill_process()'s "Out of memory: Killed process" line (mm/oom_kill.c, 6.18).
    std::vector<std::string> oomKill(unsigned order, std::uint32_t gfp, const std::vector<Fn>& stack,
                                     std::uint32_t callerOffset, const ShowMem& mem,
                                     std::uint64_t totalPages) const;
    /// oom_badness() of the scenario's task against `totalPages` (totalram + swap).
    static unsigned oomScore(std::uint64_t totalPages);
    /// lib/fault-inject.c fail_dump() at verbose=2: "FAULT_INJECTION: forcing a failure" and a
    /// dump_stack() from `innermost` (the should_fail* frames) down the open calls.
    std::vector<std::string> faultInjection(const std::vector<std::string_view>& innermost,
                                            const std::vector<Fn>& stack, std::uint32_t callerOffset) const;
    /// "Call Trace:" lines for a stack (innermost first), ending in the module's init call chain.
    std::vector<std::string> callTrace(const std::vector<Fn>& stack, std::uint32_t callerOffset) const;
    /// dump_stack() called from `innermost` helpers (innermost first) under the open calls
    /// `stack` (outermost first) of a scenario line: the "Pid:" line and the call trace.
    std::vector<std::string> dumpStack(const std::vector<std::string_view>& innermost,
                                       const std::vector<Fn>& stack, std::uint32_t callerOffset) const;
    /// dump_stack() on a path that is not a scenario line's (a debugfs write): `frames` innermost first.
    std::vector<std::string> dumpStack(const std::vector<std::string_view>& frames) const;
    /// " [<ffffffff810f7a8d>] __vunmap+0x5d/0x120" for frame `fn`.
    static std::string traceLine(const KernelSymbol& symbol, std::uint32_t offset);
    /// The same for a call from inside the named function, at its model call site.
    static std::string traceLine(std::string_view name);
    std::string taintWord() const;

    /// dump_pagetable() (arch/x86/mm/fault.c, 2.6.36): "PGD e PUD e PMD e PTE e", each level
    /// while the one above is present and not a large page. `entries` holds the walk, PGD first.
    static std::string pagetableLine(const std::vector<std::uint64_t>& entries);
    /// The entries dump_pagetable() reads for a user address through the task's own page tables,
    /// which the model only sketches: one PUD and one PMD table for its first GiB, no PMD entries.
    std::vector<std::uint64_t> userWalk(std::uint64_t address) const;

private:
    struct Frame
    {
        KernelSymbol symbol;
        std::uint32_t offset = 0;
    };
    struct Fault;
    std::vector<Frame> frames(const std::vector<Fn>& stack, std::uint32_t callerOffset) const;
    std::vector<std::string> oops(const Fault& fault);
    std::uint64_t taskBase(std::uint64_t belowTop) const;
    std::string modulesLine() const;
    // Linux 6.x layouts (Linux6Text.cpp).
    std::vector<std::string> oopsModuleWrite6(std::uint64_t address, const std::string& walk,
                                              std::uint32_t callerOffset, std::uint64_t start,
                                              std::uint64_t remaining, std::uint8_t fill, bool protection);
    std::vector<std::string> warn6(const char* file, int line, Fn where, const std::string& message,
                                   const std::vector<Fn>& stack, std::uint32_t callerOffset);
    std::string cpuLine6() const;
    std::vector<std::string> dumpStack6(const std::vector<std::string_view>& innermost,
                                        const std::vector<Fn>& stack, std::uint32_t callerOffset) const;
    /// `innermostIsRip`: the innermost open call is the WARN site, printed as RIP, not as a frame.
    /// `withInit`: end in the module's init frame (not when that frame is the faulting RIP).
    std::vector<std::string> callTrace6(const std::vector<Fn>& stack, std::uint32_t callerOffset,
                                        bool innermostIsRip = true, bool withInit = true) const;
    std::vector<std::string> oomKill6(unsigned order, std::uint32_t gfp, const std::vector<Fn>& stack,
                                      std::uint32_t callerOffset, const ShowMem& mem) const;
    std::string pidLine() const;
    std::string endMarker();
    KernelIdentity m_who;
    std::uint64_t m_ramBytes;
    std::uint64_t m_threadInfo = 0;
    bool m_warned = false;
    bool m_died = false;
    unsigned m_oopsCount = 0;
    std::uint64_t m_oopsId = 0;
};

} // namespace vmviz
