// SPDX-License-Identifier: GPL-2.0-only
#include "steps/Narration.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "base/KernelNames.h"
#include "base/Translatable.h"
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

std::string formatArg(const FormatArgs& args, std::uint64_t v, std::string_view spec)
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
        return args.trace != nullptr ? args.trace->string(v) : "{?s}";
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
    if (spec == "l") { // a plain PageTableLevel as the kernel names a pointer into it: pgd, p4d, pud …
        std::string name(tableLevelName(static_cast<unsigned>(v)));
        for (char& c : name)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return name;
    }
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

std::string expand(std::string_view format, const FormatArgs& args)
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
        const std::size_t index = inside.empty() ? 10 : static_cast<std::size_t>(inside[0] - '0');
        const std::string_view spec = inside.size() > 2 ? inside.substr(2) : std::string_view{};
        if (spec == "t") {
            out += index < args.texts.size() ? args.texts[index] : "{?}";
        } else if (spec == "e" && index + 1 < args.numbers.size() &&
                   unpackTableEntry(args.numbers[index + 1]).level) {
            // An entry is followed by its TableEntry: bit 7 is PAT in a PTE, PSE in a PMD leaf.
            const std::uint64_t v = args.numbers[index];
            out += fmt::hex(v) + " (" + entryFlags(v, unpackTableEntry(args.numbers[index + 1]).level) + ")";
        } else {
            out += index < args.numbers.size() ? formatArg(args, args.numbers[index], spec) : "{?}";
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

constexpr std::string_view kContext = "Narration";

std::string expandStep(const Trace& trace, std::string_view format, const Step& step)
{
    return expand(format, FormatArgs{step.args, {}, &trace});
}

/// What a return says: the function's return format for a real value; for NULL and -errno the
/// role decides, so no format can narrate a failure as "page of pfn 0x0" or "-12 pages".
std::string narrateReturn(const Trace& trace, const Step& step, const FunctionInfo& fn,
                          const TextTranslator* translator)
{
    const std::uint64_t value = step.args[0];
    const ArgRole role = fn.returnRole;
    std::string storage;
    const auto local = [&](std::string_view english) {
        return localizeFormat(translator, kContext, english, storage);
    };
    if (roleIsNullablePointer(role) && value == 0) {
        const std::string texts[] = {std::string(fn.name)};
        return expand(local(VMVIZ_TRANSLATE_NOOP("Narration", "{0:t} returns NULL")), {{}, texts});
    }
    if (roleCarriesErrno(role) && static_cast<std::int64_t>(value) < 0) {
        const std::string texts[] = {std::string(fn.name), errnoName(static_cast<std::int64_t>(value))};
        return expand(local(VMVIZ_TRANSLATE_NOOP("Narration", "{0:t} returns {1:t}")), {{}, texts});
    }
    const std::string texts[] = {std::string(fn.name), expandStep(trace, local(fn.returnFormat), step)};
    //: A function's name, then what its return says (the formats that start with "returns").
    return expand(local(VMVIZ_TRANSLATE_NOOP("Narration", "{0:t} {1:t}")), {{}, texts});
}

std::string narrateWith(const Trace& trace, const Step& step, const TextTranslator* translator)
{
    const FunctionInfo& fn = functionInfo(step.function);
    std::string storage;
    switch (step.kind) {
    case StepKind::Call:
        return expandStep(trace, localizeFormat(translator, kContext, fn.callFormat, storage), step);
    case StepKind::Return:
        return narrateReturn(trace, step, fn, translator);
    case StepKind::Effect:
        return expandStep(trace, localizeFormat(translator, kContext, eventInfo(step.event).format, storage),
                          step);
    }
    return {};
}

} // namespace

std::string expandFormat(std::string_view format, const FormatArgs& args)
{
    return expand(format, args);
}

std::string expandFormat(const Trace& trace, std::string_view format,
                         const std::array<std::uint64_t, 3>& args)
{
    return expand(format, FormatArgs{args, {}, &trace});
}

std::string narrate(const Trace& trace, const Step& step)
{
    return narrateWith(trace, step, nullptr);
}

std::string narrate(const Trace& trace, const Step& step, const TextTranslator& translator)
{
    return narrateWith(trace, step, &translator);
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
