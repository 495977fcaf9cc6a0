// SPDX-License-Identifier: GPL-2.0-only
#include "animation/StepTransition.h"

#include "base/Constants.h"
#include "paging/PageTables.h"
#include "snapshot/ChangedFrames.h"
#include "steps/StepFocus.h"

#include <algorithm>

namespace vmviz::ui {

namespace {

FreeList listOf(FrameClass c)
{
    if (c <= FrameClass::Free10)
        return FreeList::Buddy;
    return c == FrameClass::PerCpu ? FreeList::PerCpu : FreeList::None;
}

void diffFrames(const ChangeSet& changes, const PhysSnapshot& before, const PhysSnapshot& after,
                std::vector<FrameMotion>& out)
{
    if (before.frameCount != after.frameCount || before.chunks.size() != after.chunks.size())
        return;
    for (const std::uint64_t pfn : changedFrames(changes, before, after)) {
        if (out.size() >= StepTransition::kMaxFrames)
            break;
        if (before.frameClass(pfn) == after.frameClass(pfn))
            continue; // a change the colours do not show (links, owner index)
        FrameMotion m;
        m.pfn = pfn;
        m.before = before.frameClass(pfn);
        m.after = after.frameClass(pfn);
        out.push_back(m);
    }
}

FrameMotion& motionOf(std::vector<FrameMotion>& frames, const PhysSnapshot& before, const PhysSnapshot& after,
                      std::uint64_t pfn)
{
    for (FrameMotion& m : frames) {
        if (m.pfn == pfn)
            return m;
    }
    FrameMotion m; // a frame that moved between lists without changing colour (PcpTake)
    m.pfn = pfn;
    m.before = before.frameClass(pfn);
    m.after = after.frameClass(pfn);
    frames.push_back(m);
    return frames.back();
}

/// Which list a frame leaves or joins is the step's to say, not the colours': a block __rmqueue
/// takes keeps its free colour until it lands somewhere, and a frame the per-CPU list hands out
/// keeps its per-CPU colour until alloc_page returns it. Owner changes (returns, table and slab
/// pages) move no frame between lists; they fade in place.
void markListMotion(const Step& step, const PhysSnapshot& before, const PhysSnapshot& after,
                    std::vector<FrameMotion>& frames)
{
    const auto mark = [&](std::uint64_t pfn, FreeList leaves, FreeList joins) {
        if (pfn >= after.frameCount)
            return;
        FrameMotion& m = motionOf(frames, before, after, pfn);
        m.leaves = leaves;
        m.joins = joins;
    };
    const auto move = frameListMoveOf(step);
    if (!move)
        return;
    if (move->frame) {
        mark(move->frame->value(), move->leaves, move->joins);
        return;
    }
    // free_pcppages_bulk names no frame: every frame whose colour went from one list to the other moved.
    for (FrameMotion& m : frames) {
        if (listOf(m.before) == move->leaves && listOf(m.after) == move->joins) {
            m.leaves = move->leaves;
            m.joins = move->joins;
        }
    }
}

void diffEntries(const ChangeSet& changes, std::vector<EntryMotion>& out)
{
    for (const EntryChange& e : changes.entries) {
        if (e.after == 0)
            continue; // cleared entries (vunmap) vanish at once; only writes are animated
        EntryMotion m;
        m.entry = EntryRef{e.table.value(), e.index};
        m.level = e.level;
        m.before = e.before;
        m.after = e.after;
        m.vaddr = e.vaddr.value();
        out.push_back(m);
    }
}

std::optional<MappingArrow> arrowFor(const MachineSnapshot& after, const std::vector<EntryMotion>& entries)
{
    const Step& step = *after.step.step;
    if (step.event == Ev::EntryWrite) {
        for (const EntryMotion& e : entries) {
            if (e.level == LEVEL_PTE && (e.after & k::_PAGE_PRESENT))
                return MappingArrow{e.vaddr, (e.after & k::PTE_PFN_MASK) >> k::PAGE_SHIFT,
                                    MappingArrow::Direction::VirtualToFrame};
        }
        return std::nullopt;
    }
    const StepFocus focus = focusOf(step);
    if (step.event == Ev::PageStore && after.areas && focus.pageIndex && focus.frame) {
        // area->pages[i] = page: the area is the one whose page array now holds the frame at i.
        const std::uint64_t i = *focus.pageIndex;
        const std::uint64_t pfn = focus.frame->value();
        for (const AreaInfo& a : after.areas->areas) {
            if (a.vmAlive && i < a.pagePfns.size() && a.pagePfns[i] == pfn)
                return MappingArrow{a.addr + i * k::PAGE_SIZE, pfn, MappingArrow::Direction::FrameToVirtual};
        }
    }
    return std::nullopt;
}

void diffLeaks(const ChangeSet& changes, std::vector<LeakMotion>& out)
{
    for (const KmemleakChange& c : changes.kmemleak) {
        if (!c.before || !c.after)
            continue; // objects appearing or going are not recoloured
        const LeakColour was = leakColour(*c.before);
        const LeakColour now = leakColour(*c.after);
        if (was != now)
            out.push_back(LeakMotion{c.pointer, was, now});
    }
}

} // namespace

std::optional<StepTransition> StepTransition::between(const MachineSnapshot& from, const MachineSnapshot& to)
{
    if (from.generation != to.generation)
        return std::nullopt;
    const std::uint64_t a = from.step.position;
    const std::uint64_t b = to.step.position;
    if (a + 1 != b && b + 1 != a)
        return std::nullopt;
    const bool backward = b < a;
    const MachineSnapshot& before = backward ? to : from;
    const MachineSnapshot& after = backward ? from : to;
    if (!after.step.step)
        return std::nullopt;

    StepTransition t;
    t.step = after.step.position;
    t.backward = backward;
    t.generation = after.generation;
    // The later snapshot carries what its step changed: exactly the step between the two.
    const ChangeSet noChanges;
    const ChangeSet& changes = after.stepChanges ? *after.stepChanges : noChanges;
    if (before.phys && after.phys && before.phys->frameCount == after.phys->frameCount) {
        if (before.phys != after.phys)
            diffFrames(changes, *before.phys, *after.phys, t.frames);
        markListMotion(*after.step.step, *before.phys, *after.phys, t.frames);
    }
    diffEntries(changes, t.entries);
    t.arrow = arrowFor(after, t.entries);
    diffLeaks(changes, t.leaks);
    if (t.empty())
        return std::nullopt;
    return t;
}

double easeInOut(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

} // namespace vmviz::ui
