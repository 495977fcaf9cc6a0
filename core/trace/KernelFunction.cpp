// SPDX-License-Identifier: GPL-2.0-only
#include "trace/KernelFunction.h"

#include "trace/Event.h"

#include <array>

namespace vmviz {

namespace {
constexpr std::array<FunctionInfo, static_cast<std::size_t>(Fn::Count)> kFunctions = {{
#define VMVIZ_INFO(e, name, file, line, role0, role1, role2, returnRole, callFmt, retFmt)                    \
    FunctionInfo{                                                                                            \
        name,    file,  line, {ArgRole::role0, ArgRole::role1, ArgRole::role2}, ArgRole::returnRole,         \
        callFmt, retFmt},
    VMVIZ_KERNEL_FUNCTIONS(VMVIZ_INFO)
#undef VMVIZ_INFO
}};

constexpr std::array<EventInfo, static_cast<std::size_t>(Ev::Count)> kEvents = {{
#define VMVIZ_INFO(e, category, role0, role1, role2, format)                                                 \
    EventInfo{                                                                                               \
        #e, static_cast<std::uint16_t>(category), {ArgRole::role0, ArgRole::role1, ArgRole::role2}, format},
    VMVIZ_EVENTS(VMVIZ_INFO)
#undef VMVIZ_INFO
}};

/// The roles focusOf() reads a step's subject from: a step names at most one of each, or "the
/// frame the step is about" would depend on which argument came first.
constexpr bool namesItsSubjectOnce(const std::array<ArgRole, 3>& roles)
{
    for (const ArgRole subject : {ArgRole::Frame, ArgRole::Address, ArgRole::PageIndex, ArgRole::TableEntry,
                                  ArgRole::TablePfn, ArgRole::EntryValue, ArgRole::KmemleakObject}) {
        int n = 0;
        for (const ArgRole r : roles)
            n += r == subject;
        if (n > 1)
            return false;
    }
    return true;
}

/// A range's end comes with its start; an entry's position comes with its table.
constexpr bool pairsAreComplete(const std::array<ArgRole, 3>& roles)
{
    const auto has = [&](ArgRole r) { return roles[0] == r || roles[1] == r || roles[2] == r; };
    return (!has(ArgRole::AddressEnd) || has(ArgRole::Address)) &&
           (!has(ArgRole::TableEntry) || has(ArgRole::TablePfn));
}

constexpr bool rolesAreConsistent()
{
    for (const EventInfo& e : kEvents)
        if (!namesItsSubjectOnce(e.roles) || !pairsAreComplete(e.roles))
            return false;
    for (const FunctionInfo& f : kFunctions)
        if (!namesItsSubjectOnce(f.callRoles) || !pairsAreComplete(f.callRoles))
            return false;
    return true;
}
static_assert(rolesAreConsistent(), "a step names its frame, address, entry or object at most once");
} // namespace

const FunctionInfo& functionInfo(Fn fn)
{
    return kFunctions[static_cast<std::size_t>(fn)];
}

Fn functionByName(std::string_view name)
{
    for (std::size_t i = 0; i < kFunctions.size(); ++i)
        if (kFunctions[i].name == name)
            return static_cast<Fn>(i);
    return Fn::Count;
}

const EventInfo& eventInfo(Ev ev)
{
    return kEvents[static_cast<std::size_t>(ev)];
}

} // namespace vmviz
