#include "trace/KernelFunction.h"

#include "trace/Event.h"

#include <array>

namespace vmviz {

namespace {
constexpr std::array<FunctionInfo, static_cast<std::size_t>(Fn::Count)> kFunctions = {{
#define VMVIZ_INFO(e, name, file, line, callFmt, retFmt) FunctionInfo{name, file, line, callFmt, retFmt},
    VMVIZ_KERNEL_FUNCTIONS(VMVIZ_INFO)
#undef VMVIZ_INFO
}};

constexpr std::array<EventInfo, static_cast<std::size_t>(Ev::Count)> kEvents = {{
#define VMVIZ_INFO(e, category, format) EventInfo{#e, static_cast<std::uint16_t>(category), format},
    VMVIZ_EVENTS(VMVIZ_INFO)
#undef VMVIZ_INFO
}};
} // namespace

const FunctionInfo& functionInfo(Fn fn) { return kFunctions[static_cast<std::size_t>(fn)]; }

Fn functionByName(std::string_view name)
{
    for (std::size_t i = 0; i < kFunctions.size(); ++i)
        if (kFunctions[i].name == name)
            return static_cast<Fn>(i);
    return Fn::Count;
}

const EventInfo& eventInfo(Ev ev) { return kEvents[static_cast<std::size_t>(ev)]; }

} // namespace vmviz
