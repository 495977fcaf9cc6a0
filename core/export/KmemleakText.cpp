// SPDX-License-Identifier: GPL-2.0-only
#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"
#include "machine/MachineMemory.h"

namespace vmviz::exports {

namespace {
constexpr std::size_t kMaxTrace = 16;   // MAX_TRACE
constexpr std::size_t kHexRowSize = 16; // HEX_ROW_SIZE
constexpr std::size_t kHexMaxLines = 2; // HEX_MAX_LINES

std::string traceEntry(std::uint64_t address, const std::string& symbol)
{
    return fmt::printf("[<%016llx>] ", static_cast<unsigned long long>(address)) + symbol;
}
} // namespace

std::vector<std::string> kmemleakBacktrace(const Machine& machine, const KmemleakObject& object)
{
    // save_stack_trace() from create_object(): innermost first, kmemleak_alloc at the top.
    std::vector<std::string> out;
    const std::vector<Fn>& stack = machine.trace.stack(object.stack);
    for (auto it = stack.rbegin(); it != stack.rend() && out.size() < kMaxTrace; ++it) {
        if (*it == Fn::Caller)
            continue;
        const KernelSymbol s = kernelSymbol(*it);
        const std::uint32_t offset = callSiteOffset(s);
        out.push_back(traceEntry(s.address + offset, symbolOffset(s, offset)));
    }
    const KernelSymbol init = moduleInitSymbol(machine.config().identity);
    if (out.size() < kMaxTrace)
        out.push_back(
            traceEntry(init.address + object.callerOffset, symbolOffset(init, object.callerOffset)));
    for (const char* outer : {"do_one_initcall", "sys_init_module", "system_call_fastpath"}) {
        if (out.size() >= kMaxTrace)
            break;
        const KernelSymbol s = kernelSymbol(outer);
        const std::uint32_t offset = callSiteOffset(s);
        out.push_back(traceEntry(s.address + offset, symbolOffset(s, offset)));
    }
    if (out.size() < kMaxTrace)
        out.push_back("[<ffffffffffffffff>] 0xffffffffffffffff");
    return out;
}

std::string hexDumpRow(const std::vector<std::uint8_t>& bytes, std::size_t offset, std::size_t length)
{
    std::string line;
    for (std::size_t j = 0; j < length; ++j) {
        if (j)
            line += ' ';
        line += fmt::printf("%02x", bytes[offset + j]);
    }
    const std::size_t asciiColumn = 3 * kHexRowSize + 2;
    while (line.size() < asciiColumn - 1)
        line += ' ';
    for (std::size_t j = 0; j < length; ++j) {
        const std::uint8_t c = bytes[offset + j];
        line += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '.';
    }
    return line;
}

namespace {
/// The 6.x backtrace: stack_depot entries printed " %pS", innermost (kmemleak_vmalloc) first.
std::vector<std::string> kmemleakBacktrace6(const Machine& machine, const KmemleakObject& object)
{
    std::vector<std::string> out;
    const std::vector<Fn>& stack = machine.trace.stack(object.stack);
    for (auto it = stack.rbegin(); it != stack.rend() && out.size() < kMaxTrace; ++it) {
        if (*it == Fn::Caller)
            continue;
        const KernelSymbol s = kernelSymbol(*it);
        out.push_back(symbolOffset(s, callSiteOffset(s)));
    }
    const KernelSymbol init = moduleInitSymbol(machine.config().identity);
    if (out.size() < kMaxTrace)
        out.push_back(symbolOffset(init, object.callerOffset));
    for (const char* outer : {"do_one_initcall", "do_init_module", "load_module", "init_module_from_file",
                              "idempotent_init_module", "__x64_sys_finit_module", "do_syscall_64",
                              "entry_SYSCALL_64_after_hwframe"}) {
        if (out.size() >= kMaxTrace)
            break;
        const KernelSymbol s = kernelSymbol(outer);
        out.push_back(s.size ? symbolOffset(s, callSiteOffset(s)) : s.name + "+0x76/0x7e");
    }
    return out;
}

/// mm/kmemleak.c: print_unreferenced, 6.18 (l.363): no age, the checksum on the backtrace line.
std::string kmemleakReport6(const Machine& machine)
{
    const MachineMemory memory(machine);
    const KernelIdentity& who = machine.config().identity;
    std::string out;
    for (const KmemleakObject& o : machine.kmemleak.objects()) {
        if (!(o.flags & OBJECT_REPORTED) || !machine.kmemleak.unreferenced(o))
            continue;
        out +=
            fmt::printf("unreferenced object 0x%08llx (size %llu):\n",
                        static_cast<unsigned long long>(o.pointer), static_cast<unsigned long long>(o.size));
        out += fmt::printf("  comm \"%s\", pid %u, jiffies %llu\n", who.comm.c_str(), who.pid,
                           static_cast<unsigned long long>(o.jiffies));
        const std::size_t len =
            static_cast<std::size_t>(std::min<std::uint64_t>(o.size, kHexMaxLines * kHexRowSize));
        out += fmt::printf("  hex dump (first %zu bytes):\n", len);
        const auto bytes = memory.bytes(o, len);
        for (std::size_t i = 0; i < len; i += kHexRowSize)
            out += "    " + hexDumpRow(bytes, i, std::min(kHexRowSize, len - i)) + "\n";
        out += fmt::printf("  backtrace (crc %x):\n", o.checksum);
        for (const std::string& entry : kmemleakBacktrace6(machine, o))
            out += "    " + entry + "\n";
    }
    return out;
}
} // namespace

std::string kmemleakReport(const Machine& machine)
{
    if (machine.profile->vmallocPath() == VmallocPath::Linux618)
        return kmemleakReport6(machine);
    const MachineMemory memory(machine);
    const KernelIdentity& who = machine.config().identity;
    std::string out;
    for (const KmemleakObject& o : machine.kmemleak.objects()) {
        if (!(o.flags & OBJECT_REPORTED) || !machine.kmemleak.unreferenced(o))
            continue;
        const std::uint64_t ageMs = (machine.jiffies() - o.jiffies) * (1000 / k::HZ);
        out +=
            fmt::printf("unreferenced object 0x%016llx (size %llu):\n",
                        static_cast<unsigned long long>(o.pointer), static_cast<unsigned long long>(o.size));
        out += fmt::printf("  comm \"%s\", pid %u, jiffies %llu (age %llu.%03llus)\n", who.comm.c_str(),
                           who.pid, static_cast<unsigned long long>(o.jiffies),
                           static_cast<unsigned long long>(ageMs / 1000),
                           static_cast<unsigned long long>(ageMs % 1000));
        const std::size_t len =
            static_cast<std::size_t>(std::min<std::uint64_t>(o.size, kHexMaxLines * kHexRowSize));
        out += fmt::printf("  hex dump (first %zu bytes):\n", len);
        const auto bytes = memory.bytes(o, len);
        for (std::size_t i = 0; i < len; i += kHexRowSize)
            out += "    " + hexDumpRow(bytes, i, std::min(kHexRowSize, len - i)) + "\n";
        out += "  backtrace:\n";
        for (const std::string& entry : kmemleakBacktrace(machine, o))
            out += "    " + entry + "\n";
    }
    return out;
}

std::vector<std::string> kmemleakObjectInfo(const Machine& machine, const KmemleakObject& o)
{
    if (machine.profile->vmallocPath() == VmallocPath::Linux618) {
        // mm/kmemleak.c: dump_object_info, 6.18 (l.390): "checksum = %u", then stack_depot_print(),
        // whose stack_trace_print() indents each " %pS" entry by one space and has no prefix.
        const KernelIdentity& who = machine.config().identity;
        std::vector<std::string> lines{
            fmt::printf("kmemleak: Object 0x%08llx (size %llu):", static_cast<unsigned long long>(o.pointer),
                        static_cast<unsigned long long>(o.size)),
            fmt::printf("kmemleak:   comm \"%s\", pid %u, jiffies %llu", who.comm.c_str(), who.pid,
                        static_cast<unsigned long long>(o.jiffies)),
            fmt::printf("kmemleak:   min_count = %d", o.minCount),
            fmt::printf("kmemleak:   count = %d", o.count),
            fmt::printf("kmemleak:   flags = 0x%x", o.flags),
            fmt::printf("kmemleak:   checksum = %u", o.checksum),
            "kmemleak:   backtrace:",
        };
        for (const std::string& entry : kmemleakBacktrace6(machine, o))
            lines.push_back(" " + entry);
        return lines;
    }
    // mm/kmemleak.c: dump_object_info, 2.6.36: pr_notice lines ("kmemleak: " from pr_fmt), then
    // print_stack_trace(&trace, 4), which indents each entry by 1 + 4 spaces and has no prefix.
    const KernelIdentity& who = machine.config().identity;
    std::vector<std::string> lines{
        fmt::printf("kmemleak: Object 0x%016llx (size %llu):", static_cast<unsigned long long>(o.pointer),
                    static_cast<unsigned long long>(o.size)),
        fmt::printf("kmemleak:   comm \"%s\", pid %u, jiffies %llu", who.comm.c_str(), who.pid,
                    static_cast<unsigned long long>(o.jiffies)),
        fmt::printf("kmemleak:   min_count = %d", o.minCount),
        fmt::printf("kmemleak:   count = %d", o.count),
        fmt::printf("kmemleak:   flags = 0x%x", o.flags),
        fmt::printf("kmemleak:   checksum = %d", static_cast<int>(o.checksum)),
        "kmemleak:   backtrace:",
    };
    for (const std::string& entry : kmemleakBacktrace(machine, o))
        lines.push_back("     " + entry);
    return lines;
}

std::vector<std::string> kmemleakAliasReport(const Machine& machine, std::uint64_t pointer,
                                             const KmemleakObject& object,
                                             const std::vector<std::string>& stackDump)
{
    // mm/kmemleak.c: lookup_object, 2.6.36, with alias == 0 and object->pointer != ptr.
    std::vector<std::string> lines{fmt::printf("kmemleak: Found object by alias at 0x%016llx",
                                               static_cast<unsigned long long>(pointer))};
    lines.insert(lines.end(), stackDump.begin(), stackDump.end());
    const auto info = kmemleakObjectInfo(machine, object);
    lines.insert(lines.end(), info.begin(), info.end());
    return lines;
}

std::vector<std::string> kmemleakFreeAliasReport(const Machine& machine, std::uint64_t pointer,
                                                 const KmemleakObject& object)
{
    // kmemleak_free -> delete_object_full -> find_and_get_object -> lookup_object -> dump_stack,
    // under the open calls of the scenario line (vfree…). Static helpers are shown as frames.
    const auto stack = machine.text.dumpStack({"lookup_object", "find_and_get_object", "delete_object_full"},
                                              machine.recorder.openCalls(), machine.vmalloc.callerOffset());
    return kmemleakAliasReport(machine, pointer, object, stack);
}

std::vector<std::string> kmemleakDump(const Machine& machine, VirtAddr at)
{
    const std::uint64_t address = at.value();
    if (const auto o = machine.kmemleak.find(VirtAddr{address}))
        return kmemleakObjectInfo(machine, *o);
    // mm/kmemleak.c: dump_str_object_info, 2.6.36: find_and_get_object(addr, 0) reports an
    // interior address by alias, returns NULL, and the command says "Unknown object".
    std::vector<std::string> lines;
    if (const auto o = machine.kmemleak.containing(VirtAddr{address})) {
        const auto stack =
            machine.text.dumpStack({"lookup_object", "find_and_get_object", "dump_str_object_info",
                                    "kmemleak_write", "vfs_write", "sys_write", "system_call_fastpath"});
        lines = kmemleakAliasReport(machine, address, *o, stack);
    }
    lines.push_back(
        fmt::printf("kmemleak: Unknown object at 0x%016llx", static_cast<unsigned long long>(address)));
    return lines;
}

} // namespace vmviz::exports
