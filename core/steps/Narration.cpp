#include "steps/Narration.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "base/KernelNames.h"
#include "paging/PageTables.h"
#include "phys/PhysicalMemory.h"
#include "slab/Slab.h"
#include "trace/StepRoles.h"

namespace vmviz {

std::string gfpName(std::uint64_t gfp)
{
    return gfpFlagsName(gfp, "0");
}

std::string vmFlagsName(std::uint64_t flags)
{
    static constexpr std::pair<std::uint64_t, const char*> bits[] = {
        {k::VM_IOREMAP, "VM_IOREMAP"}, {k::VM_ALLOC, "VM_ALLOC"},   {k::VM_MAP, "VM_MAP"},
        {k::VM_USERMAP, "VM_USERMAP"}, {k::VM_VPAGES, "VM_VPAGES"}, {0x20, "VM_UNINITIALIZED"},
        {0x400, "VM_ALLOW_HUGE_VMAP"}, // 6.x only
    };
    std::string out;
    for (const auto& [bit, name] : bits) {
        if (flags & bit) {
            if (!out.empty())
                out += '|';
            out += name;
        }
    }
    return out.empty() ? "0" : out;
}

namespace {

std::string formatArg(const Trace& trace, std::uint64_t v, std::string_view spec)
{
    if (spec.empty())
        return std::to_string(v);
    if (spec == "x")
        return fmt::hex(v);
    if (spec == "a")
        return fmt::address(v);
    if (spec == "i")
        return std::to_string(static_cast<std::int64_t>(v));
    if (spec == "z")
        return fmt::humanSize(v);
    if (spec == "g")
        return gfpName(v);
    if (spec == "v")
        return vmFlagsName(v);
    if (spec == "s")
        return trace.string(v);
    if (spec == "c")
        return std::string(kmallocCacheName(static_cast<unsigned>(v)));
    if (spec == "Z")
        return std::string(zoneName(unpackZoneMigratetype(v).zone));
    if (spec == "M")
        return std::string(migratetypeName(unpackZoneMigratetype(v).migratetype));
    if (spec == "F")
        return std::string(migratetypeName(unpackZoneMigratetype(v).fallback));
    if (spec == "lo")
        return std::to_string(unpackBlockOrders(v).taken);
    if (spec == "hi")
        return std::to_string(unpackBlockOrders(v).requested);
    if (spec == "L") // a TableEntry's level is its low byte; a plain PageTableLevel is its own low byte
        return std::string(tableLevelName(unpackTableEntry(v).level));
    if (spec == "I")
        return std::to_string(unpackTableEntry(v).index);
    if (spec == "e")
        return fmt::hex(v) + " (" + entryFlags(v, LEVEL_PTE) + ")";
    if (spec == "q") {
        const CountMinCount counts = unpackCountMinCount(v);
        return std::to_string(counts.count) + "/" + std::to_string(counts.minCount);
    }
    if (spec == "o")
        return std::string(frameOwnerName(static_cast<FrameOwner>(v)));
    return "{?" + std::string(spec) + "}";
}

std::string expand(const Trace& trace, std::string_view format, const std::array<std::uint64_t, 3>& args)
{
    std::string out;
    out.reserve(format.size() + 32);
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '{') {
            out += format[i];
            continue;
        }
        const std::size_t close = format.find('}', i);
        if (close == std::string_view::npos) {
            out += format.substr(i);
            break;
        }
        const std::string_view inside = format.substr(i + 1, close - i - 1);
        const std::size_t index = static_cast<std::size_t>(inside[0] - '0');
        const std::string_view spec = inside.size() > 2 ? inside.substr(2) : std::string_view{};
        if (spec == "e" && index < 2 && unpackTableEntry(args[index + 1]).level) {
            // An entry is followed by its TableEntry: bit 7 is PAT in a PTE, PSE in a PMD leaf.
            const std::uint64_t v = args[index];
            out += fmt::hex(v) + " (" + entryFlags(v, unpackTableEntry(args[index + 1]).level) + ")";
        } else {
            out += index < 3 ? formatArg(trace, args[index], spec) : "{?}";
        }
        i = close;
    }
    return out;
}

} // namespace

/// The errno names the model's functions return (include/asm-generic/errno-base.h, 2.6.36).
std::string errnoName(std::int64_t negative)
{
    switch (-negative) {
    case 12:
        return "-ENOMEM";
    case 14:
        return "-EFAULT";
    case 16:
        return "-EBUSY";
    case 22:
        return "-EINVAL";
    default:
        return std::to_string(negative);
    }
}

namespace {

/// What a return says: the function's return format for a real value; for NULL and -errno the
/// role decides, so no format can narrate a failure as "page of pfn 0x0" or "-12 pages".
std::string narrateReturn(const Trace& trace, const Step& step, const FunctionInfo& fn)
{
    const std::uint64_t value = step.args[0];
    const ArgRole role = fn.returnRole;
    if (roleIsNullablePointer(role) && value == 0)
        return std::string(fn.name) + " returns NULL";
    if (roleCarriesErrno(role) && static_cast<std::int64_t>(value) < 0)
        return std::string(fn.name) + " returns " + errnoName(static_cast<std::int64_t>(value));
    return std::string(fn.name) + " " + expand(trace, fn.returnFormat, step.args);
}

} // namespace

std::string expandFormat(const Trace& trace, std::string_view format,
                         const std::array<std::uint64_t, 3>& args)
{
    return expand(trace, format, args);
}

std::string narrate(const Trace& trace, const Step& step)
{
    const FunctionInfo& fn = functionInfo(step.function);
    switch (step.kind) {
    case StepKind::Call:
        return expand(trace, fn.callFormat, step.args);
    case StepKind::Return:
        return narrateReturn(trace, step, fn);
    case StepKind::Effect:
        return expand(trace, eventInfo(step.event).format, step.args);
    }
    return {};
}

std::string sourceAnchor(const Step& step)
{
    const FunctionInfo& fn = functionInfo(step.function);
    if (fn.file.empty())
        return {};
    if (fn.line == 0)
        return std::string(fn.file);
    return std::string(fn.file) + ":" + std::to_string(fn.line);
}

} // namespace vmviz
