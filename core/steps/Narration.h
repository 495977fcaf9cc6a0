// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Plain-words text for steps, filled in from each step's few numbers only when someone reads it,
// so a 10-million-step trace stores no strings.
#include "base/TextTranslator.h"
#include "trace/Trace.h"

#include <span>
#include <string>

namespace vmviz {

/// Decodes GFP bits the way kernel people write them: "GFP_KERNEL|__GFP_HIGHMEM".
std::string gfpName(std::uint64_t gfp);
/// "VM_ALLOC|VM_VPAGES".
std::string vmFlagsName(std::uint64_t flags);

/// The step's sentence: "vmalloc(size=100)", "vmalloc returns 0xffffc90000000000", or the effect.
std::string narrate(const Trace& trace, const Step& step);
/// The same sentence with every format first looked up through `translator` (context
/// "Narration"); the arguments are formatted as in English.
std::string narrate(const Trace& trace, const Step& step, const TextTranslator& translator);

/// What a format's placeholders are filled from.
struct FormatArgs
{
    std::span<const std::uint64_t> numbers;  ///< {N}, {N:x}, {N:a} … format numbers[N]
    std::span<const std::string> texts = {}; ///< {N:t} is texts[N], as it is
    const Trace* trace = nullptr;            ///< {N:s} is the trace's interned string numbers[N]
};
/// A sentence from a format with the placeholders of the event and function tables (Event.h),
/// filled from `args`: the plain-language table, the level summaries and the chapter labels use
/// the same placeholders as the narration. The one expander of the core's teaching text.
std::string expandFormat(std::string_view format, const FormatArgs& args);
/// The three arguments of a step.
std::string expandFormat(const Trace& trace, std::string_view format,
                         const std::array<std::uint64_t, 3>& args);
/// "-ENOMEM" for -12: the errno names the model's functions return.
std::string errnoName(std::int64_t negative);
/// "mm/vmalloc.c:1562" for the step's function, or "" where the reference gives no line.
std::string sourceAnchor(const Step& step);

} // namespace vmviz
