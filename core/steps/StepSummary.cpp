// The sentences of the Overview and Standard levels (DetailLevel.h): what a folded call or a run
// of one phase did, said once, from the few effects that matter.
#include "base/Format.h"
#include "slab/Slab.h"
#include "steps/DetailLevel.h"
#include "steps/Narration.h"
#include "trace/StepRoles.h"

#include <algorithm>

namespace vmviz {

namespace {

/// Summaries read at most this many steps from each end of a range: enough for every folded call
/// and every phase of a normal run, and a bound for a phase that maps a million pages.
constexpr std::uint64_t kScanLimit = 1 << 16;

/// What a forward scan of a range found.
struct Findings
{
    std::optional<Step> first[static_cast<std::size_t>(Ev::Count)];
    std::uint64_t count[static_cast<std::size_t>(Ev::Count)] = {};
    std::uint64_t calls = 0;
    std::uint64_t freedPages = 0; ///< __free_page/__free_pages calls
    bool complete = true;         ///< the whole range was read
    std::optional<Step> vmapPageRange;
    std::optional<Step> firstEffect;

    const std::optional<Step>& of(Ev ev) const { return first[static_cast<std::size_t>(ev)]; }
    std::uint64_t countOf(Ev ev) const { return count[static_cast<std::size_t>(ev)]; }
};

Findings scan(const Trace& trace, const StepRange& range)
{
    Findings f;
    const std::uint64_t end = std::min(range.last, range.first + kScanLimit - 1);
    f.complete = end == range.last;
    for (std::uint64_t s = range.first; s <= end; ++s) {
        const Step step = trace.step(StepIndex{s});
        if (step.kind == StepKind::Effect) {
            if (!f.firstEffect)
                f.firstEffect = step;
            const auto e = static_cast<std::size_t>(step.event);
            if (!f.first[e])
                f.first[e] = step;
            ++f.count[e];
        } else if (step.kind == StepKind::Call) {
            ++f.calls;
            if (step.function == Fn::__free_page || step.function == Fn::__free_pages)
                ++f.freedPages;
            if (step.function == Fn::vmap_page_range && !f.vmapPageRange)
                f.vmapPageRange = step;
        }
    }
    return f;
}

/// The last effect `ev` in the range, reading back from its end.
std::optional<Step> lastEffect(const Trace& trace, const StepRange& range, Ev ev)
{
    const std::uint64_t stop =
        range.last >= range.first + kScanLimit ? range.last - kScanLimit + 1 : range.first;
    for (std::uint64_t s = range.last; s >= stop && s >= 1; --s) {
        const Step step = trace.step(StepIndex{s});
        if (step.kind == StepKind::Effect && step.event == ev)
            return step;
        if (s == stop)
            break;
    }
    return std::nullopt;
}

std::string fnName(Fn fn)
{
    return std::string(functionInfo(fn).name);
}

std::string cacheName(std::uint64_t index)
{
    return std::string(kmallocCacheName(static_cast<unsigned>(index)));
}

std::string plural(std::uint64_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string summarizeCall(const Trace& trace, const StepRange& range, const Step& head)
{
    const Findings f = scan(trace, range);
    const Step tail = trace.step(StepIndex{range.last});
    const bool returned = tail.kind == StepKind::Return && tail.function == head.function;
    const std::uint64_t value = returned ? tail.args[0] : 0;
    const std::string name = fnName(head.function);
    switch (head.function) {
    case Fn::kzalloc_node:
    case Fn::kmalloc_node:
        if (returned && value == 0)
            return name + "(" + std::to_string(head.args[0]) + ") fails: returns NULL";
        if (const auto& take = f.of(Ev::SlabObjectAlloc)) {
            const std::string cache = cacheName(take->args[1]);
            return name + " got " + std::to_string(head.args[0]) + " bytes at " +
                   fmt::address(take->args[0]) +
                   (f.of(Ev::SlabPage)
                        ? " from a new " + cache + " slab page (pfn " + fmt::hex(take->args[2]) + ")"
                        : " from the " + cache + " slab at pfn " + fmt::hex(take->args[2]));
        }
        break;
    case Fn::new_slab:
        if (const auto& list = f.of(Ev::SlabFreelist))
            return "new_slab: pfn " + fmt::hex(list->args[0]) + " becomes a " + cacheName(list->args[1]) +
                   " slab of " + std::to_string(list->args[2]) + " objects";
        break;
    case Fn::rmqueue_bulk: {
        std::string out = "rmqueue_bulk moves " + plural(f.countOf(Ev::PcpBulkAdd), "page", "pages") +
                          " from the buddy allocator to the per-CPU list";
        if (const auto splits = f.countOf(Ev::Expand))
            out += ", splitting blocks " + plural(splits, "time", "times");
        if (f.of(Ev::RmqueueFallback))
            out += " (a block stolen from another migratetype)";
        return out;
    }
    case Fn::alloc_page:
    case Fn::alloc_pages: {
        if (returned && value == 0)
            return name + " fails: returns NULL";
        std::string out = name + " got pfn " + fmt::hex(value);
        if (f.of(Ev::PcpTake))
            out += " from the per-CPU list";
        else if (f.of(Ev::Rmqueue) || f.of(Ev::RmqueueFallback))
            out += " from the buddy allocator";
        if (const auto& refill = f.of(Ev::PcpRefillNeeded))
            out += ", after refilling the list with " + std::to_string(refill->args[1]) + " pages";
        return out;
    }
    case Fn::__free_page:
    case Fn::__free_pages: {
        std::string out = name + ": pfn " + fmt::hex(head.args[0]) + " goes back to the " +
                          (f.of(Ev::PcpAdd) ? "per-CPU list" : "buddy allocator");
        if (const auto& drain = f.of(Ev::PcpDrain))
            out += ", which hands " + std::to_string(drain->args[1]) + " pages back to the buddy allocator";
        return out;
    }
    case Fn::kfree:
        if (const auto& freed = f.of(Ev::SlabObjectFree))
            return "kfree: " + fmt::address(head.args[0]) + " goes back to " + cacheName(freed->args[1]) +
                   (f.of(Ev::SlabPageFreed) ? "; its empty slab page goes back to the page allocator" : "");
        break;
    case Fn::discard_slab:
        return "discard_slab: the empty " + cacheName(head.args[0]) + " slab at pfn " +
               fmt::hex(head.args[1]) + " goes back to the page allocator";
    case Fn::free_pcppages_bulk:
        return "free_pcppages_bulk: " + plural(head.args[1], "page goes", "pages go") +
               " back to the buddy allocator";
    case Fn::kmemleak_alloc:
        if (const auto& created = f.of(Ev::KmemleakCreate))
            return "kmemleak starts tracking " + fmt::address(created->args[0]) + " (size " +
                   std::to_string(created->args[1]) + ", min_count " +
                   std::to_string(static_cast<std::int64_t>(created->args[2])) + ")";
        break;
    case Fn::kmemleak_free:
        if (const auto& deleted = f.of(Ev::KmemleakDelete))
            return "kmemleak stops tracking " + fmt::address(deleted->args[0]);
        break;
    default:
        break;
    }
    // Say what the call did in its first effect, or what it returned.
    for (std::uint64_t s = range.first + 1; s < range.last && s < range.first + 64; ++s) {
        const Step step = trace.step(StepIndex{s});
        if (step.kind == StepKind::Effect && step.depth == head.depth + 1)
            return narrate(trace, head) + ": " + narrate(trace, step);
    }
    return narrate(trace, head) + (returned ? " → " + narrate(trace, tail) : "");
}

std::string summarizePhase(const Trace& trace, const LevelUnit& unit, const Step& head)
{
    const StepRange& range = unit.range;
    const std::string title(phaseTitle(unit.phase));
    const Findings f = scan(trace, range);
    switch (unit.phase) {
    case Phase::Line:
        break;
    case Phase::Reserve:
        if (const auto& reserve = f.of(Ev::VmapReserve))
            return title + ": [" + fmt::address(reserve->args[0]) + ", " + fmt::address(reserve->args[1]) +
                   "), " + std::to_string(reserve->args[2]) +
                   " bytes with the guard page; vm_struct and vmap_area " + "come from kmalloc";
        if (const auto& overflow = f.of(Ev::VmapOverflow))
            return title + ": " + narrate(trace, *overflow);
        if (f.complete)
            return title + ": no free range fits, so __get_vm_area_node returns NULL";
        break;
    case Phase::PageArray:
        if (const auto& pages = f.of(Ev::NrPages)) {
            const bool nested = f.of(Ev::SetVpages).has_value();
            std::string out =
                title + ": " + plural(pages->args[0], "page needs ", "pages need ") +
                std::to_string(pages->args[1]) + " bytes of pointers, " +
                (nested ? "more than a page, so a nested vmalloc gets them" : "from kmalloc_node");
            if (const auto& array = f.of(Ev::PagesArray))
                out += array->args[0] ? "; area->pages = " + fmt::address(array->args[0]) : "; it fails";
            return out;
        }
        break;
    case Phase::AllocPages: {
        const auto& firstStore = f.of(Ev::PageStore);
        const auto lastStore = lastEffect(trace, range, Ev::PageStore);
        if (!firstStore || !lastStore)
            break;
        if (firstStore->args[0] == lastStore->args[0])
            return title + ": area->pages[" + std::to_string(firstStore->args[0]) + "] = page of pfn " +
                   fmt::hex(firstStore->args[1]);
        const std::uint64_t count = lastStore->args[0] - firstStore->args[0] + 1;
        return title + ": " + std::to_string(count) + " pages, one alloc_page each: area->pages[" +
               std::to_string(firstStore->args[0]) + "] = pfn " + fmt::hex(firstStore->args[1]) +
               " … area->pages[" + std::to_string(lastStore->args[0]) + "] = pfn " +
               fmt::hex(lastStore->args[1]);
    }
    case Phase::Map:
        if (const auto& pageRange = f.vmapPageRange) {
            const std::uint64_t pages = (pageRange->args[1] - pageRange->args[0]) >> 12;
            std::string out = title + ": " + plural(pages, "page", "pages") + " at [" +
                              fmt::address(pageRange->args[0]) + ", " + fmt::address(pageRange->args[1]) +
                              "), one PTE each";
            if (const auto tables = f.countOf(Ev::TableAlloc))
                out += "; " + plural(tables, "new page table", "new page tables");
            return out;
        }
        break;
    case Phase::Kmemleak:
        if (const auto& created = f.of(Ev::KmemleakCreate))
            return title + ": object " + fmt::address(created->args[0]) + ", size " +
                   std::to_string(created->args[1]) + ", min_count " +
                   std::to_string(static_cast<std::int64_t>(created->args[2]));
        if (f.firstEffect)
            return title + ": " + narrate(trace, *f.firstEffect);
        break;
    case Phase::Free:
        if (head.kind == StepKind::Call && head.function == Fn::vfree) {
            std::string out = title + ": vfree(" + fmt::address(head.args[0]) + ")";
            if (f.of(Ev::LazyFree))
                out += ": the range waits, still mapped, for a lazy purge";
            if (f.complete && f.freedPages)
                out += "; " + plural(f.freedPages, "page goes", "pages go") + " back to the page allocator";
            if (f.complete && f.countOf(Ev::SlabObjectFree))
                out += "; the page array and vm_struct are kfree'd";
            return out;
        }
        break;
    case Phase::Purge:
        if (f.of(Ev::PurgeNothing) && !f.of(Ev::PurgeRelease))
            return title + ": no lazily freed ranges, nothing to do";
        if (f.of(Ev::PurgeRelease))
            return title + ": " +
                   plural(f.countOf(Ev::PurgeRelease), "lazily freed range", "lazily freed ranges") +
                   " unmapped and released" + (f.of(Ev::TlbFlush) ? ", one TLB flush" : "");
        break;
    case Phase::Scan:
        if (head.kind == StepKind::Call && head.function == Fn::kmemleak_scan && f.complete) {
            const auto leaks = f.countOf(Ev::KmlReported);
            return title + ": " +
                   (leaks ? plural(leaks, "new suspected leak", "new suspected leaks")
                          : std::string("no new suspected leaks"));
        }
        break;
    }
    return narrate(trace, head);
}

} // namespace

std::string summarizeUnit(const Trace& trace, const LevelUnit& unit)
{
    const Step head = trace.step(StepIndex{unit.range.first});
    if (unit.range.first == unit.range.last || unit.kind == LevelUnit::Kind::Step)
        return narrate(trace, head);
    if (unit.kind == LevelUnit::Kind::Call)
        return summarizeCall(trace, unit.range, head);
    return summarizePhase(trace, unit, head);
}

bool writeLevelTrace(const Trace& trace, const DetailIndex& index, DetailLevel level,
                     const std::function<bool(std::string_view)>& sink)
{
    std::string piece;
    const std::uint64_t count = index.unitCount(level);
    for (std::uint64_t i = 0; i < count; ++i) {
        const LevelUnit unit = index.unit(level, i);
        const std::string range =
            unit.range.first == unit.range.last
                ? std::to_string(unit.range.first)
                : std::to_string(unit.range.first) + ".." + std::to_string(unit.range.last);
        piece += fmt::printf("%15s %-9s %s", range.c_str(), std::string(phaseName(unit.phase)).c_str(),
                             unit.alarm ? "!! " : "");
        if (level != DetailLevel::Overview)
            piece.append(std::size_t{trace.step(StepIndex{unit.range.first}).depth} * 2, ' ');
        piece += summarizeUnit(trace, unit);
        piece += '\n';
        if (piece.size() >= 64 * 1024) {
            if (!sink(piece))
                return false;
            piece.clear();
        }
    }
    return piece.empty() || sink(piece);
}

} // namespace vmviz
