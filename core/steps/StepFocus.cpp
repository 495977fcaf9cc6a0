// SPDX-License-Identifier: GPL-2.0-only
#include "steps/StepFocus.h"

#include "base/Constants.h"
#include "trace/StepRoles.h"

namespace vmviz {

StepFocus focusOf(const Step& step)
{
    StepFocus focus;
    if (step.kind != StepKind::Effect)
        return focus;
    focus.frame = argWith<ArgRole::Frame>(step);
    if (const auto written = argWith<ArgRole::EntryValue>(step); written && !focus.frame) {
        // The frame a present entry now points to; a cleared entry points nowhere.
        if (*written & k::_PAGE_PRESENT)
            focus.frame = Pfn{(*written & k::PTE_PFN_MASK) >> k::PAGE_SHIFT};
    }
    if (const auto address = argWith<ArgRole::Address>(step))
        focus.address = *address;
    focus.table = argWith<ArgRole::TablePfn>(step);
    if (const auto position = argWith<ArgRole::TableEntry>(step); position && focus.table)
        focus.entry = EntryFocus{*focus.table, position->level, position->index};
    focus.kmemleakObject = argWith<ArgRole::KmemleakObject>(step);
    focus.pageIndex = argWith<ArgRole::PageIndex>(step);
    return focus;
}

std::optional<FrameListMove> frameListMoveOf(const Step& step)
{
    if (step.kind != StepKind::Effect)
        return std::nullopt;
    const auto move = [&](FreeList leaves, FreeList joins) {
        return FrameListMove{argWith<ArgRole::Frame>(step), leaves, joins};
    };
    switch (step.event) {
    case Ev::PcpTake:
        return move(FreeList::PerCpu, FreeList::None);
    case Ev::Rmqueue:
    case Ev::RmqueueFallback:
        return move(FreeList::Buddy, FreeList::None);
    case Ev::Expand:
    case Ev::BuddyFree:
        return move(FreeList::None, FreeList::Buddy);
    case Ev::PcpAdd:
    case Ev::PcpBulkAdd:
        return move(FreeList::None, FreeList::PerCpu);
    case Ev::PcpDrain:
        return FrameListMove{std::nullopt, FreeList::PerCpu, FreeList::Buddy};
    default:
        return std::nullopt;
    }
}

} // namespace vmviz
