// SPDX-License-Identifier: GPL-2.0-only
#include "machine/FreeLists.h"

#include "trace/StepRoles.h"

#include <algorithm>
#include <bit>

namespace vmviz {

namespace {

FreeListContents contentsOf(const std::vector<Pfn>& list)
{
    FreeListContents out;
    out.blocks = list.size();
    const std::size_t shown = std::min(list.size(), FreeListContents::kShownBlocks);
    out.firstPfns.reserve(shown);
    for (std::size_t i = 0; i < shown; ++i)
        out.firstPfns.push_back(list[i].value());
    return out;
}

/// The migratetype of the buddy list of `order` that holds the block starting at `pfn`.
std::optional<unsigned> buddyListOf(const PhysicalMemory& phys, unsigned zone, unsigned order,
                                    std::uint64_t pfn)
{
    for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt) {
        const std::vector<Pfn> list = phys.freeList(zone, order, mt);
        if (std::any_of(list.begin(), list.end(), [pfn](Pfn p) { return p.value() == pfn; }))
            return mt;
    }
    return std::nullopt;
}

} // namespace

std::uint64_t ZoneFreeLists::blocksOfOrder(unsigned order) const
{
    std::uint64_t n = 0;
    for (const FreeListContents& list : buddy[order])
        n += list.blocks;
    return n;
}

FreeListsSnapshot readFreeLists(const PhysicalMemory& phys)
{
    FreeListsSnapshot out;
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        const ZoneLayout& layout = phys.zone(z);
        if (!layout.populated())
            continue;
        ZoneFreeLists& zone = out.zones[z];
        for (unsigned order = 0; order < k::MAX_ORDER; ++order)
            for (unsigned mt = 0; mt < MIGRATE_TYPES; ++mt)
                zone.buddy[order][mt] = contentsOf(phys.freeList(z, order, mt));
        for (unsigned mt = 0; mt < MIGRATE_PCPTYPES; ++mt)
            zone.perCpu[mt] = contentsOf(phys.pcpList(z, mt));
        zone.pcpCount = phys.pcpCount(z);
        zone.high = layout.high;
        zone.batch = layout.batch;
    }
    if (const auto flight = phys.inFlight()) {
        FreeListsSnapshot::Held held{flight->first.value(), flight->second, flight->second};
        // expand() splits from the top: every upper half already on a list halves what is held.
        for (unsigned j = held.takenOrder; j-- > 0;) {
            const Pfn half{held.pfn + (std::uint64_t{1} << j)};
            if (half.value() >= phys.frameCount() || phys.owner(half) != FrameOwner::Free ||
                phys.aux(half) != j)
                break;
            held.heldOrder = j;
        }
        out.inFlight = held;
    }
    return out;
}

FreeListMoves freeListMovesOf(const Step& step, const PhysicalMemory& phys, const ChangeSet& stepChanges)
{
    FreeListMoves moves;
    if (step.kind != StepKind::Effect)
        return moves;
    const auto frame = argWith<ArgRole::Frame>(step);
    if (!frame)
        return moves;
    const ZoneMigratetype zm = argWith<ArgRole::ZoneMigratetype>(step).value_or(ZoneMigratetype{});
    switch (step.event) {
    case Ev::PcpTake:
        moves.block = frame->value();
        moves.left.push_back({zm.zone, true, 0, zm.migratetype});
        break;
    case Ev::Rmqueue:
    case Ev::RmqueueFallback: {
        const BlockOrders orders = argWith<ArgRole::BlockOrders>(step).value_or(BlockOrders{});
        const unsigned from = step.event == Ev::RmqueueFallback ? zm.fallback : zm.migratetype;
        moves.block = frame->value();
        moves.blockOrder = orders.taken;
        moves.left.push_back({zm.zone, false, orders.taken, from});
        moves.toInFlight = true;
        break;
    }
    case Ev::Expand: {
        const auto order = static_cast<unsigned>(argWith<ArgRole::Order>(step).value_or(0));
        const unsigned zone = phys.zoneOf(*frame);
        moves.block = frame->value();
        moves.blockOrder = order;
        moves.fromInFlight = true;
        if (const auto mt = buddyListOf(phys, zone, order, frame->value()))
            moves.joined.push_back({zone, false, order, *mt});
        break;
    }
    case Ev::PcpAdd:
    case Ev::PcpBulkAdd:
        moves.block = frame->value();
        moves.fromInFlight = step.event == Ev::PcpBulkAdd; // rmqueue_bulk: straight from __rmqueue
        moves.joined.push_back({zm.zone, true, 0, zm.migratetype});
        break;
    case Ev::BuddyFree: {
        // __free_one_page's step names the freed page, the order the block reached and its head;
        // the order it was freed at is in the frames that were not free before the step.
        const std::uint64_t freed = frame->value();
        const auto finalOrder = static_cast<unsigned>(argWith<ArgRole::Order>(step).value_or(0));
        const std::uint64_t head = argWith<ArgRole::BlockPfn>(step).value_or(*frame).value();
        const unsigned zone = phys.zoneOf(*frame);
        std::uint64_t freedFrames = 0;
        for (const FrameChange& f : stepChanges.frames) {
            if (f.pfn.value() == freed && f.before.owner == FrameOwner::PerCpuList) // free_pcppages_bulk
                moves.left.push_back({zone, true, 0, f.before.aux});
            const bool inBlock =
                f.pfn.value() >= head && f.pfn.value() < head + (std::uint64_t{1} << finalOrder);
            freedFrames += inBlock && f.before.owner != FrameOwner::Free;
        }
        const unsigned order =
            freedFrames ? static_cast<unsigned>(std::bit_width(freedFrames) - 1) : finalOrder;
        // Each merge absorbed a free buddy of one order on the way up (its list is not recorded).
        for (unsigned o = order; o < finalOrder; ++o)
            moves.left.push_back({zone, false, o, FreeListRef::kAnyMigratetype});
        moves.block = head;
        moves.blockOrder = finalOrder;
        if (finalOrder < k::MAX_ORDER)
            if (const auto mt = buddyListOf(phys, zone, finalOrder, head))
                moves.joined.push_back({zone, false, finalOrder, *mt});
        break;
    }
    default:
        break;
    }
    return moves;
}

} // namespace vmviz
