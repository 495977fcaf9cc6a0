// SPDX-License-Identifier: GPL-2.0-only
#include "klog/KernelText.h"

#include "base/Format.h"

#include <algorithm>
#include <array>

namespace vmviz {

namespace {
// Model addresses in the style of a 2.6.36 x86-64 System.map: functions of one file sit together.
struct Entry
{
    const char* name;
    std::uint64_t address;
    std::uint32_t size;
};
constexpr Entry kSymbols[] = {
    {"warn_slowpath_common", 0xffffffff8104f170, 0xc0},
    {"warn_slowpath_fmt", 0xffffffff8104f2a0, 0x50},
    {"do_one_initcall", 0xffffffff81002040, 0x170},
    {"sys_init_module", 0xffffffff8108e9b0, 0x200},
    {"system_call_fastpath", 0xffffffff8100b0f2, 0x1b},
    {"page_fault", 0xffffffff814c2d45, 0x30},
    {"dump_stack", 0xffffffff814bcb28, 0x20},
    {"dump_header", 0xffffffff810cd2f0, 0x1b0},
    {"oom_kill_process", 0xffffffff810cd700, 0x2a0},
    {"out_of_memory", 0xffffffff810cdc40, 0x330},
    {"__alloc_pages_nodemask", 0xffffffff810d3c60, 0x760},
    {"should_failslab", 0xffffffff81113e60, 0x30},
    {"should_fail", 0xffffffff8125d3a0, 0x150},
    {"alloc_pages_current", 0xffffffff81107650, 0xe0},
    {"alloc_page", 0xffffffff81107650, 0xe0},
    {"alloc_pages", 0xffffffff81107650, 0xe0},
    {"rmqueue_bulk", 0xffffffff810d2080, 0xd0},
    {"free_pcppages_bulk", 0xffffffff810d1d00, 0x1a0},
    {"__free_page", 0xffffffff810d3080, 0x40},
    {"__free_pages", 0xffffffff810d3080, 0x40},
    {"kmalloc_node", 0xffffffff81114da0, 0x110},
    {"kzalloc_node", 0xffffffff81114da0, 0x110},
    {"__kmalloc_node", 0xffffffff81114da0, 0x110},
    {"kfree", 0xffffffff81113a10, 0xf0},
    {"new_slab", 0xffffffff81112f40, 0x1d0},
    {"discard_slab", 0xffffffff811124f0, 0x40},
    {"alloc_vmap_area", 0xffffffff810f6e00, 0x2a0},
    {"rcu_free_va", 0xffffffff810f6c10, 0x20},
    {"__free_vmap_area", 0xffffffff810f6c30, 0x80},
    {"__purge_vmap_area_lazy", 0xffffffff810f70a0, 0x180},
    {"try_purge_vmap_area_lazy", 0xffffffff810f7220, 0x30},
    {"purge_vmap_area_lazy", 0xffffffff810f7250, 0x30},
    {"free_unmap_vmap_area_noflush", 0xffffffff810f7280, 0x40},
    {"vmap_page_range", 0xffffffff810f7410, 0x230},
    {"map_vm_area", 0xffffffff810f7640, 0x40},
    {"insert_vmalloc_vm", 0xffffffff810f7680, 0x70},
    {"__get_vm_area_node", 0xffffffff810f76f0, 0x140},
    {"remove_vm_area", 0xffffffff810f7830, 0xa0},
    {"__vunmap", 0xffffffff810f78d0, 0x120},
    {"vfree", 0xffffffff810f79f0, 0x30},
    {"__vmalloc_area_node", 0xffffffff810f8bd0, 0x160},
    {"__vmalloc_node", 0xffffffff810f8d30, 0xb0},
    {"__vmalloc", 0xffffffff810f8de0, 0x20},
    {"vmalloc", 0xffffffff810f8e00, 0x30},
    {"vmalloc_user", 0xffffffff810f8e30, 0x60},
    {"vmalloc_32", 0xffffffff810f8f20, 0x30},
    {"pud_alloc", 0xffffffff810ec690, 0x70},
    {"pmd_alloc", 0xffffffff810ec700, 0x70},
    {"pte_alloc_kernel", 0xffffffff810ec860, 0x70},
    {"kmemleak_alloc", 0xffffffff814bd290, 0x50},
    {"kmemleak_free", 0xffffffff814bd2e0, 0x40},
    {"kmemleak_scan", 0xffffffff81119d70, 0x4e0},
    {"lookup_object", 0xffffffff81118a40, 0xb0},
    {"find_and_get_object", 0xffffffff81118af0, 0x90},
    {"delete_object_full", 0xffffffff81118f60, 0x40},
    {"dump_str_object_info", 0xffffffff8111a930, 0xa0},
    {"kmemleak_write", 0xffffffff8111a9d0, 0x1a0},
    {"vfs_write", 0xffffffff81121c80, 0x1c0},
    {"sys_write", 0xffffffff81122250, 0x50},
    // Linux 6.18 names (model addresses in the same spirit).
    {"vmalloc_noprof", 0xffffffff813a2b40, 0x40},
    {"vmalloc_32_noprof", 0xffffffff813a2b80, 0x40},
    {"vmalloc_user_noprof", 0xffffffff813a2bc0, 0x50},
    {"__vmalloc_noprof", 0xffffffff813a2c10, 0x40},
    {"__vmalloc_node_noprof", 0xffffffff813a2c50, 0x50},
    {"__vmalloc_node_range_noprof", 0xffffffff813a1f30, 0x8f0},
    {"vm_area_alloc_pages", 0xffffffff813a1740, 0x2a0},
    {"vmap_pages_range", 0xffffffff8139f0e0, 0x60},
    {"vmap_small_pages_range_noflush", 0xffffffff8139ea60, 0x4a0},
    {"alloc_pages_bulk_mempolicy_noprof", 0xffffffff813b7e20, 0x1e0},
    {"kmem_cache_alloc_node", 0xffffffff813d54a0, 0x2f0},
    {"kmem_cache_free", 0xffffffff813d6c30, 0x3b0},
    {"preload_this_cpu_lock", 0xffffffff8139fd20, 0x90},
    {"clear_vm_uninitialized_flag", 0xffffffff813a1e90, 0x20},
    {"kmemleak_vmalloc", 0xffffffff81d48a30, 0x160},
    {"free_unmap_vmap_area", 0xffffffff813a0e70, 0x60},
    {"vunmap_range_noflush", 0xffffffff8139e480, 0x30},
    {"free_vmap_area_noflush", 0xffffffff813a0c90, 0x1d0},
    {"kvfree", 0xffffffff81355c70, 0x40},
    {"drain_vmap_area_work", 0xffffffff813a0b90, 0x30},
    {"purge_vmap_node", 0xffffffff813a07a0, 0x1b0},
    {"vmalloc_huge_node_noprof", 0xffffffff813a2ca0, 0x50},
    {"__kmalloc_large_node_noprof", 0xffffffff813d4f10, 0xb0},
    {"free_large_kmalloc", 0xffffffff813d6a90, 0x110},
    {"__kvmalloc_node_noprof", 0xffffffff813d8b70, 0x1c0},
    {"do_init_module", 0xffffffff8122f6e0, 0x270},
    {"load_module", 0xffffffff81231d80, 0x2490},
    {"init_module_from_file", 0xffffffff81234520, 0xe0},
    {"idempotent_init_module", 0xffffffff81234600, 0x100},
    {"__x64_sys_finit_module", 0xffffffff81234790, 0x70},
    {"do_syscall_64", 0xffffffff82163c40, 0x1a0},
    {"entry_SYSCALL_64_after_hwframe", 0xffffffff82400130, 0x0},
    {"dump_stack_lvl", 0xffffffff82151e60, 0x80},
    {"warn_alloc", 0xffffffff813b2bd0, 0x170},
    {"__alloc_pages_slowpath.constprop.0", 0xffffffff813b3a50, 0xd30},
    {"__alloc_frozen_pages_noprof", 0xffffffff813b4b10, 0x330},
};

std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}
} // namespace

KernelSymbol kernelSymbol(std::string_view name)
{
    for (const Entry& e : kSymbols)
        if (name == e.name)
            return KernelSymbol{e.name, e.address, e.size, {}};
    return KernelSymbol{std::string(name), 0xffffffff81000000, 0x100, {}};
}

KernelSymbol kernelSymbol(Fn fn)
{
    // Macros and inlines leave no frame of their own (include/linux/gfp.h, 2.6.36, CONFIG_NUMA):
    // alloc_page() is alloc_pages(gfp, 0), an inline calling alloc_pages_current(); __free_page()
    // is __free_pages(page, 0).
    // 6.18 functions whose names 2.6.36 also had: their own model addresses and sizes.
    switch (fn) {
    case Fn::vfree_618:
        return KernelSymbol{"vfree", 0xffffffff813a3410, 0x2d0, {}};
    case Fn::remove_vm_area_618:
        return KernelSymbol{"remove_vm_area", 0xffffffff813a32f0, 0x110, {}};
    case Fn::alloc_vmap_area_618:
        return KernelSymbol{"alloc_vmap_area", 0xffffffff813a0170, 0x620, {}};
    case Fn::get_vm_area_node_618:
        return KernelSymbol{"__get_vm_area_node", 0xffffffff813a2850, 0x140, {}};
    case Fn::vmalloc_area_node_618:
        return KernelSymbol{"__vmalloc_area_node", 0xffffffff813a19e0, 0x4a0, {}};
    case Fn::purge_vmap_area_lazy_618:
        return KernelSymbol{"__purge_vmap_area_lazy", 0xffffffff813a0450, 0x340, {}};
    default:
        break;
    }
    switch (fn) {
    case Fn::alloc_page:
    case Fn::alloc_pages:
        return kernelSymbol("alloc_pages_current");
    case Fn::__free_page:
        return kernelSymbol("__free_pages");
    default:
        return kernelSymbol(functionInfo(fn).name);
    }
}

std::string symbolOffset(const KernelSymbol& symbol, std::uint32_t offset)
{
    std::string out = fmt::printf("%s+0x%x/0x%x", symbol.name.c_str(), offset, symbol.size);
    if (!symbol.module.empty())
        out += " [" + symbol.module + "]";
    return out;
}

std::uint32_t callSiteOffset(const KernelSymbol& symbol, std::uint32_t salt)
{
    // A call returns somewhere inside the body: keep it past the prologue and before the end.
    const std::uint32_t span = symbol.size > 0x18 ? symbol.size - 0x10 : 1;
    return 0x8 + static_cast<std::uint32_t>(mix(symbol.address ^ salt) % span);
}

KernelSymbol moduleInitSymbol(const KernelIdentity& who)
{
    return KernelSymbol{who.module + "_init", 0xffffffffa0002000, who.initSize, who.module};
}

std::string KernelText::traceLine(const KernelSymbol& symbol, std::uint32_t offset)
{
    return fmt::printf(" [<%016llx>] ", static_cast<unsigned long long>(symbol.address) + offset) +
           symbolOffset(symbol, offset);
}

std::string KernelText::taintWord() const
{
    if (!m_warned && !m_died)
        return "Not tainted";
    // print_tainted(): P/G F S R M B U D A W C I
    std::string flags = "Tainted: G      ";
    flags += m_died ? 'D' : ' ';
    flags += ' ';
    flags += m_warned ? 'W' : ' ';
    flags += "  ";
    return flags;
}

std::string KernelText::modulesLine() const
{
    // kernel/module.c: print_modules and module_flags, 2.6.36. Every scenario line runs inside
    // <module>_init, called by sys_init_module while the module is MODULE_STATE_COMING: "(+)".
    return "Modules linked in: " + m_who.module + "(+)";
}

std::string KernelText::pidLine() const
{
    return fmt::printf("Pid: %u, comm: %.20s %s %s #1", m_who.pid, m_who.comm.c_str(), taintWord().c_str(),
                       m_who.release.c_str());
}

std::vector<KernelText::Frame> KernelText::frames(const std::vector<Fn>& stack,
                                                  std::uint32_t callerOffset) const
{
    std::vector<Frame> out;
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
        if (*it == Fn::Caller)
            continue; // the scenario line's frame is <module>_init itself, added below
        const KernelSymbol s = kernelSymbol(*it);
        out.push_back({s, callSiteOffset(s)});
    }
    out.push_back({moduleInitSymbol(m_who), callerOffset});
    for (const char* outer : {"do_one_initcall", "sys_init_module", "system_call_fastpath"}) {
        const KernelSymbol s = kernelSymbol(outer);
        out.push_back({s, callSiteOffset(s)});
    }
    return out;
}

std::vector<std::string> KernelText::callTrace(const std::vector<Fn>& stack, std::uint32_t callerOffset) const
{
    std::vector<std::string> lines{"Call Trace:"};
    for (const Frame& f : frames(stack, callerOffset))
        lines.push_back(traceLine(f.symbol, f.offset));
    return lines;
}

std::vector<std::string> KernelText::dumpStack(const std::vector<std::string_view>& innermost,
                                               const std::vector<Fn>& stack, std::uint32_t callerOffset) const
{
    if (m_who.layout == TextLayout::Linux6)
        return dumpStack6(innermost, stack, callerOffset);
    // arch/x86/kernel/dumpstack.c: dump_stack, 2.6.36: the Pid line and the trace above it.
    std::vector<std::string> lines{pidLine(), "Call Trace:"};
    for (std::string_view name : innermost)
        lines.push_back(traceLine(name));
    const auto outer = callTrace(stack, callerOffset);
    lines.insert(lines.end(), outer.begin() + 1, outer.end());
    return lines;
}

std::vector<std::string> KernelText::dumpStack(const std::vector<std::string_view>& frames) const
{
    std::vector<std::string> lines{pidLine(), "Call Trace:"};
    for (std::string_view name : frames)
        lines.push_back(traceLine(name));
    return lines;
}

std::string KernelText::traceLine(std::string_view name)
{
    const KernelSymbol s = kernelSymbol(name);
    return traceLine(s, callSiteOffset(s));
}

std::vector<std::string> KernelText::warn(const char* file, int line, Fn where, const std::string& message,
                                          const std::vector<Fn>& stack, std::uint32_t callerOffset)
{
    if (m_who.layout == TextLayout::Linux6)
        return warn6(file, line, where, message, stack, callerOffset);
    // warn_slowpath_common() prints the return address into `where` (the WARN site) twice: on the
    // WARNING line and as the first frame below the warn_slowpath_* helpers.
    const KernelSymbol at = kernelSymbol(where);
    const std::uint32_t site = callSiteOffset(at, static_cast<std::uint32_t>(line));
    std::vector<std::string> lines{
        "------------[ cut here ]------------",
        fmt::printf("WARNING: at %s:%d %s()", file, line, symbolOffset(at, site).c_str()),
        message,
        modulesLine(),
        pidLine(),
    };
    std::vector<Fn> outer = stack;
    if (!outer.empty() && outer.back() == where)
        outer.pop_back();
    auto trace = callTrace(outer, callerOffset);
    const KernelSymbol common = kernelSymbol("warn_slowpath_common");
    const KernelSymbol fmtSym = kernelSymbol("warn_slowpath_fmt");
    trace.insert(trace.begin() + 1, traceLine(at, site));
    trace.insert(trace.begin() + 1, traceLine(fmtSym, callSiteOffset(fmtSym)));
    trace.insert(trace.begin() + 1, traceLine(common, callSiteOffset(common)));
    lines.insert(lines.end(), trace.begin(), trace.end());
    lines.push_back(endMarker());
    m_warned = true;
    return lines;
}

std::string KernelText::endMarker()
{
    // init_oops_id(): a random id for the first trace, then one more for each.
    m_oopsId = m_oopsId == 0 ? mix(m_who.seed + 0x7a3) : m_oopsId + 1;
    return fmt::printf("---[ end trace %016llx ]---", static_cast<unsigned long long>(m_oopsId));
}

std::vector<std::string> KernelText::pageAllocFailure(unsigned order, std::uint32_t gfp,
                                                      const std::vector<Fn>& stack,
                                                      std::uint32_t callerOffset, const ShowMem& mem) const
{
    if (m_who.layout == TextLayout::Linux6) // __alloc_pages_slowpath(), nopage: warn_alloc()
        return warnAlloc(fmt::printf("page allocation failure: order:%u", order), gfp,
                         {"dump_stack_lvl", "warn_alloc", "__alloc_pages_slowpath.constprop.0",
                          "__alloc_frozen_pages_noprof"},
                         stack, callerOffset, mem);
    std::vector<std::string> lines{
        fmt::printf("%s: page allocation failure. order:%u, mode:0x%x", m_who.comm.c_str(), order, gfp),
    };
    const auto trace = dumpStack({"__alloc_pages_nodemask"}, stack, callerOffset);
    lines.insert(lines.end(), trace.begin(), trace.end());
    const auto memory = showMemLines(mem);
    lines.insert(lines.end(), memory.begin(), memory.end());
    return lines;
}

namespace {
constexpr unsigned long long kTaskTotalVmPages = TaskMemory::totalVmPages;
constexpr unsigned long long kTaskAnonRssPages = TaskMemory::anonRssPages;
constexpr unsigned long long kTaskFileRssPages = TaskMemory::fileRssPages;
} // namespace

unsigned KernelText::oomScore(std::uint64_t totalPages)
{
    // oom_badness(): RSS (+ swap) per mille of RAM + swap, 30 off for a CAP_SYS_ADMIN task,
    // never below 1 for a task that may be killed.
    const std::uint64_t rss = kTaskAnonRssPages + kTaskFileRssPages;
    const auto points = static_cast<long long>(rss * 1000 / (totalPages ? totalPages : 1)) - 30;
    return points <= 0 ? 1u : static_cast<unsigned>(std::min<long long>(points, 1000));
}

std::vector<std::string> KernelText::oomKill(unsigned order, std::uint32_t gfp, const std::vector<Fn>& stack,
                                             std::uint32_t callerOffset, const ShowMem& mem,
                                             std::uint64_t totalPages) const
{
    if (m_who.layout == TextLayout::Linux6)
        return oomKill6(order, gfp, stack, callerOffset, mem);
    const char* comm = m_who.comm.c_str();
    std::vector<std::string> lines{
        fmt::printf("%s invoked oom-killer: gfp_mask=0x%x, order=%u, oom_adj=0, oom_score_adj=0", comm, gfp,
                    order),
        fmt::printf("%s cpuset=/ mems_allowed=0", comm), // cpuset_print_task_mems_allowed(), CONFIG_CPUSETS=y
    };
    const auto trace = dumpStack(
        {"dump_header", "oom_kill_process", "out_of_memory", "__alloc_pages_nodemask"}, stack, callerOffset);
    lines.insert(lines.end(), trace.begin(), trace.end());
    const auto memory = showMemLines(mem);
    lines.insert(lines.end(), memory.begin(), memory.end());
    lines.push_back("[ pid ]   uid  tgid total_vm      rss cpu oom_adj oom_score_adj name");
    lines.push_back(fmt::printf("[%5u] %5d %5u %8llu %8llu %3u     %3d         %5d %s", m_who.pid, 0,
                                m_who.pid, kTaskTotalVmPages, kTaskAnonRssPages + kTaskFileRssPages, 0u, 0, 0,
                                comm));
    lines.push_back(fmt::printf("Out of memory: Kill process %u (%s) score %u or sacrifice child", m_who.pid,
                                comm, oomScore(totalPages)));
    lines.push_back(fmt::printf("Killed process %u (%s) total-vm:%llukB, anon-rss:%llukB, file-rss:%llukB",
                                m_who.pid, comm, kTaskTotalVmPages * 4, kTaskAnonRssPages * 4,
                                kTaskFileRssPages * 4));
    return lines;
}

std::vector<std::string> KernelText::faultInjection(const std::vector<std::string_view>& innermost,
                                                    const std::vector<Fn>& stack,
                                                    std::uint32_t callerOffset) const
{
    std::vector<std::string> lines{"FAULT_INJECTION: forcing a failure"};
    const auto trace = dumpStack(innermost, stack, callerOffset);
    lines.insert(lines.end(), trace.begin(), trace.end());
    return lines;
}

} // namespace vmviz
