// SPDX-License-Identifier: GPL-2.0-only
#include "trace/StepRoles.h"

#include "trace/Trace.h"

namespace vmviz {

std::string_view argRoleName(ArgRole role)
{
    switch (role) {
    case ArgRole::Unused:
        return "Unused";
    case ArgRole::Frame:
        return "Frame";
    case ArgRole::BlockPfn:
        return "BlockPfn";
    case ArgRole::SlabPfn:
        return "SlabPfn";
    case ArgRole::Order:
        return "Order";
    case ArgRole::BlockOrders:
        return "BlockOrders";
    case ArgRole::ZoneMigratetype:
        return "ZoneMigratetype";
    case ArgRole::Owner:
        return "Owner";
    case ArgRole::GfpMask:
        return "GfpMask";
    case ArgRole::SizeBytes:
        return "SizeBytes";
    case ArgRole::Alignment:
        return "Alignment";
    case ArgRole::PageCount:
        return "PageCount";
    case ArgRole::PageCountOrError:
        return "PageCountOrError";
    case ArgRole::ObjectCount:
        return "ObjectCount";
    case ArgRole::EntryCount:
        return "EntryCount";
    case ArgRole::Number:
        return "Number";
    case ArgRole::Address:
        return "Address";
    case ArgRole::AddressEnd:
        return "AddressEnd";
    case ArgRole::PageIndex:
        return "PageIndex";
    case ArgRole::VmStruct:
        return "VmStruct";
    case ArgRole::VmapArea:
        return "VmapArea";
    case ArgRole::PageArray:
        return "PageArray";
    case ArgRole::VmFlags:
        return "VmFlags";
    case ArgRole::PageProt:
        return "PageProt";
    case ArgRole::PageTableLevel:
        return "PageTableLevel";
    case ArgRole::TableEntry:
        return "TableEntry";
    case ArgRole::TablePfn:
        return "TablePfn";
    case ArgRole::EntryIndex:
        return "EntryIndex";
    case ArgRole::EntryValue:
        return "EntryValue";
    case ArgRole::ExistingEntryValue:
        return "ExistingEntryValue";
    case ArgRole::EntryPointer:
        return "EntryPointer";
    case ArgRole::KmallocCacheIndex:
        return "KmallocCacheIndex";
    case ArgRole::SlabObject:
        return "SlabObject";
    case ArgRole::KmemleakObject:
        return "KmemleakObject";
    case ArgRole::ScannedObject:
        return "ScannedObject";
    case ArgRole::CountMinCount:
        return "CountMinCount";
    case ArgRole::MinCount:
        return "MinCount";
    case ArgRole::Checksum:
        return "Checksum";
    case ArgRole::Jiffies:
        return "Jiffies";
    case ArgRole::Pointer:
        return "Pointer";
    case ArgRole::Milliseconds:
        return "Milliseconds";
    case ArgRole::Text:
        return "Text";
    case ArgRole::Flag:
        return "Flag";
    case ArgRole::ErrorCode:
        return "ErrorCode";
    case ArgRole::Count:
        break;
    }
    return "?";
}

ArgRole argRole(const Step& step, std::size_t i)
{
    if (i >= step.args.size())
        return ArgRole::Unused;
    if (step.kind == StepKind::Effect ? step.event >= Ev::Count : step.function >= Fn::Count)
        return ArgRole::Unused; // a Step that was never recorded
    switch (step.kind) {
    case StepKind::Call:
        return functionInfo(step.function).callRoles[i];
    case StepKind::Return:
        return i == 0 ? functionInfo(step.function).returnRole : ArgRole::Unused;
    case StepKind::Effect:
        return eventInfo(step.event).roles[i];
    }
    return ArgRole::Unused;
}

std::optional<std::uint64_t> rawArgWith(const Step& step, ArgRole role)
{
    if (role == ArgRole::Unused)
        return std::nullopt;
    for (std::size_t i = 0; i < step.args.size(); ++i)
        if (argRole(step, i) == role)
            return step.args[i];
    return std::nullopt;
}

std::uint64_t returnedValue(const Step& step)
{
    return step.kind == StepKind::Return ? step.args[0] : 0;
}

} // namespace vmviz
