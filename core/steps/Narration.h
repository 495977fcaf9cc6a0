#pragma once
// Plain-words text for steps, filled in from each step's few numbers only when someone reads it,
// so a 10-million-step trace stores no strings.
#include "trace/Trace.h"

#include <string>

namespace vmviz {

/// Decodes GFP bits the way kernel people write them: "GFP_KERNEL|__GFP_HIGHMEM".
std::string gfpName(std::uint64_t gfp);
/// "VM_ALLOC|VM_VPAGES".
std::string vmFlagsName(std::uint64_t flags);

/// The step's sentence: "vmalloc(size=100)", "vmalloc returns 0xffffc90000000000", or the effect.
std::string narrate(const Trace& trace, const Step& step);
/// A sentence from a format with the placeholders of the event and function tables (Event.h),
/// filled from `args`: the plain-language table uses the same placeholders as the narration.
std::string expandFormat(const Trace& trace, std::string_view format,
                         const std::array<std::uint64_t, 3>& args);
/// "-ENOMEM" for -12: the errno names the model's functions return.
std::string errnoName(std::int64_t negative);
/// "mm/vmalloc.c:1562" for the step's function, or "" where the reference gives no line.
std::string sourceAnchor(const Step& step);

} // namespace vmviz
