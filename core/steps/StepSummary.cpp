// SPDX-License-Identifier: GPL-2.0-only
// The sentences of the Overview and Standard levels (DetailLevel.h): what a folded call or a run
// of one phase did, said once, from the few effects that matter.
#include "base/Format.h"
#include "base/Translatable.h"
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

/// The arguments of one summary sentence, numbered in order: each is a number (formatted by its
/// placeholder's spec) or a text put in as it is ({N:t}).
class Args
{
public:
    Args& number(std::uint64_t value)
    {
        m_numbers.push_back(value);
        m_texts.emplace_back();
        return *this;
    }
    Args& text(std::string value)
    {
        m_numbers.push_back(0);
        m_texts.push_back(std::move(value));
        return *this;
    }
    FormatArgs view(const Trace& trace) const { return {m_numbers, m_texts, &trace}; }

private:
    std::vector<std::uint64_t> m_numbers;
    std::vector<std::string> m_texts;
};

/// Writes the sentences of one summary in the reader's language.
class Writer
{
public:
    Writer(const Trace& trace, const TextTranslator* translator) : m_trace(trace), m_translator(translator) {}

    std::string say(std::string_view english, const Args& args = {}) const
    {
        std::string storage;
        return expandFormat(localizeFormat(m_translator, "DetailLevel", english, storage),
                            args.view(m_trace));
    }
    /// One of two sentences by the count: "1 page" or "2 pages".
    std::string sayCount(std::uint64_t n, std::string_view one, std::string_view many, const Args& args) const
    {
        return say(n == 1 ? one : many, args);
    }
    std::string narrate(const Step& step) const
    {
        return m_translator ? vmviz::narrate(m_trace, step, *m_translator) : vmviz::narrate(m_trace, step);
    }

private:
    const Trace& m_trace;
    const TextTranslator* m_translator;
};

std::string fnName(Fn fn)
{
    return std::string(functionInfo(fn).name);
}

std::string summarizeCall(const Trace& trace, const StepRange& range, const Step& head, const Writer& w)
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
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "{0:t}({1}) fails: returns NULL"),
                         Args().text(name).number(head.args[0]));
        if (const auto& take = f.of(Ev::SlabObjectAlloc)) {
            const Args args = Args()
                                  .text(name)
                                  .number(head.args[0])
                                  .number(take->args[0])
                                  .number(take->args[1])
                                  .number(take->args[2]);
            return f.of(Ev::SlabPage)
                       ? w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "{0:t} got {1} bytes at {2:a} "
                                                                   "from a new {3:c} slab page "
                                                                   "(pfn {4:x})"),
                               args)
                       : w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "{0:t} got {1} bytes at {2:a} "
                                                                   "from the {3:c} slab at pfn "
                                                                   "{4:x}"),
                               args);
        }
        break;
    case Fn::new_slab:
        if (const auto& list = f.of(Ev::SlabFreelist))
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                              "new_slab: pfn {0:x} becomes a {1:c} slab of {2} objects"),
                         Args().number(list->args[0]).number(list->args[1]).number(list->args[2]));
        break;
    case Fn::rmqueue_bulk: {
        const std::uint64_t moved = f.countOf(Ev::PcpBulkAdd);
        const std::uint64_t splits = f.countOf(Ev::Expand);
        const std::string splitting =
            splits ? w.sayCount(splits, VMVIZ_TRANSLATE_NOOP("DetailLevel", ", splitting blocks {0} time"),
                                VMVIZ_TRANSLATE_NOOP("DetailLevel", ", splitting blocks {0} times"),
                                Args().number(splits))
                   : std::string();
        const std::string stolen =
            f.of(Ev::RmqueueFallback)
                ? w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", " (a block stolen from another migratetype)"))
                : std::string();
        return w.sayCount(
            moved,
            VMVIZ_TRANSLATE_NOOP("DetailLevel", "rmqueue_bulk moves {0} page from the buddy allocator "
                                                "to the per-CPU list{1:t}{2:t}"),
            VMVIZ_TRANSLATE_NOOP("DetailLevel", "rmqueue_bulk moves {0} pages from the buddy allocator "
                                                "to the per-CPU list{1:t}{2:t}"),
            Args().number(moved).text(splitting).text(stolen));
    }
    case Fn::alloc_page:
    case Fn::alloc_pages: {
        if (returned && value == 0)
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "{0:t} fails: returns NULL"), Args().text(name));
        std::string from;
        if (f.of(Ev::PcpTake))
            from = w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", " from the per-CPU list"));
        else if (f.of(Ev::Rmqueue) || f.of(Ev::RmqueueFallback))
            from = w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", " from the buddy allocator"));
        std::string refilled;
        if (const auto& refill = f.of(Ev::PcpRefillNeeded))
            refilled = w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", ", after refilling the list with {0} pages"),
                             Args().number(refill->args[1]));
        return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "{0:t} got pfn {1:x}{2:t}{3:t}"),
                     Args().text(name).number(value).text(from).text(refilled));
    }
    case Fn::__free_page:
    case Fn::__free_pages: {
        std::string drained;
        if (const auto& drain = f.of(Ev::PcpDrain))
            drained = w.say(
                VMVIZ_TRANSLATE_NOOP("DetailLevel", ", which hands {0} pages back to the buddy allocator"),
                Args().number(drain->args[1]));
        const Args args = Args().text(name).number(head.args[0]).text(drained);
        return f.of(Ev::PcpAdd)
                   ? w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                                "{0:t}: pfn {1:x} goes back to the per-CPU list{2:t}"),
                           args)
                   : w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                                "{0:t}: pfn {1:x} goes back to the buddy allocator{2:t}"),
                           args);
    }
    case Fn::kfree:
        if (const auto& freed = f.of(Ev::SlabObjectFree)) {
            const std::string emptied =
                f.of(Ev::SlabPageFreed)
                    ? w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                                 "; its empty slab page goes back to the page allocator"))
                    : std::string();
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "kfree: {0:a} goes back to {1:c}{2:t}"),
                         Args().number(head.args[0]).number(freed->args[1]).text(emptied));
        }
        break;
    case Fn::discard_slab:
        return w.say(
            VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                 "discard_slab: the empty {0:c} slab at pfn {1:x} goes back to the page "
                                 "allocator"),
            Args().number(head.args[0]).number(head.args[1]));
    case Fn::free_pcppages_bulk:
        return w.sayCount(head.args[1],
                          VMVIZ_TRANSLATE_NOOP(
                              "DetailLevel", "free_pcppages_bulk: {0} page goes back to the buddy allocator"),
                          VMVIZ_TRANSLATE_NOOP(
                              "DetailLevel", "free_pcppages_bulk: {0} pages go back to the buddy allocator"),
                          Args().number(head.args[1]));
    case Fn::kmemleak_alloc:
        if (const auto& created = f.of(Ev::KmemleakCreate))
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                              "kmemleak starts tracking {0:a} (size {1}, min_count {2:i})"),
                         Args().number(created->args[0]).number(created->args[1]).number(created->args[2]));
        break;
    case Fn::kmemleak_free:
        if (const auto& deleted = f.of(Ev::KmemleakDelete))
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "kmemleak stops tracking {0:a}"),
                         Args().number(deleted->args[0]));
        break;
    default:
        break;
    }
    // Say what the call did in its first effect, or what it returned.
    for (std::uint64_t s = range.first + 1; s < range.last && s < range.first + 64; ++s) {
        const Step step = trace.step(StepIndex{s});
        if (step.kind == StepKind::Effect && step.depth == head.depth + 1)
            //: A call's narration, then the narration of the first thing it did.
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "{0:t}: {1:t}"),
                         Args().text(w.narrate(head)).text(w.narrate(step)));
    }
    if (!returned)
        return w.narrate(head);
    //: A call's narration, then the narration of its return.
    return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "{0:t} → {1:t}"),
                 Args().text(w.narrate(head)).text(w.narrate(tail)));
}

std::string summarizePhase(const Trace& trace, const LevelUnit& unit, const Step& head, const Writer& w)
{
    const StepRange& range = unit.range;
    const Findings f = scan(trace, range);
    // Each sentence starts with its phase's title (phaseTitle), so a translator sees it whole.
    switch (unit.phase) {
    case Phase::Line:
        break;
    case Phase::Reserve:
        if (const auto& reserve = f.of(Ev::VmapReserve))
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                              "reserve the range: [{0:a}, {1:a}), {2} bytes with the "
                                              "guard page; vm_struct and vmap_area come from "
                                              "kmalloc"),
                         Args().number(reserve->args[0]).number(reserve->args[1]).number(reserve->args[2]));
        if (const auto& overflow = f.of(Ev::VmapOverflow))
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "reserve the range: {0:t}"),
                         Args().text(w.narrate(*overflow)));
        if (f.complete)
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                              "reserve the range: no free range fits, so __get_vm_area_node "
                                              "returns NULL"));
        break;
    case Phase::PageArray:
        if (const auto& pages = f.of(Ev::NrPages)) {
            const std::string source =
                f.of(Ev::SetVpages) ? w.say(VMVIZ_TRANSLATE_NOOP(
                                          "DetailLevel", "more than a page, so a nested vmalloc gets them"))
                                    : w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "from kmalloc_node"));
            std::string array;
            if (const auto& pagesArray = f.of(Ev::PagesArray))
                array = pagesArray->args[0]
                            ? w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "; area->pages = {0:a}"),
                                    Args().number(pagesArray->args[0]))
                            : w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "; it fails"));
            return w.sayCount(
                pages->args[0],
                VMVIZ_TRANSLATE_NOOP("DetailLevel", "get the page array: {0} page needs {1} bytes of "
                                                    "pointers, {2:t}{3:t}"),
                VMVIZ_TRANSLATE_NOOP("DetailLevel", "get the page array: {0} pages need {1} bytes of "
                                                    "pointers, {2:t}{3:t}"),
                Args().number(pages->args[0]).number(pages->args[1]).text(source).text(array));
        }
        break;
    case Phase::AllocPages: {
        const auto& firstStore = f.of(Ev::PageStore);
        const auto lastStore = lastEffect(trace, range, Ev::PageStore);
        if (!firstStore || !lastStore)
            break;
        if (firstStore->args[0] == lastStore->args[0])
            return w.say(
                VMVIZ_TRANSLATE_NOOP("DetailLevel", "allocate pages: area->pages[{0}] = page of pfn {1:x}"),
                Args().number(firstStore->args[0]).number(firstStore->args[1]));
        const std::uint64_t count = lastStore->args[0] - firstStore->args[0] + 1;
        return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                          "allocate pages: {0} pages, one alloc_page each: "
                                          "area->pages[{1}] = pfn {2:x} … area->pages[{3}] = pfn "
                                          "{4:x}"),
                     Args()
                         .number(count)
                         .number(firstStore->args[0])
                         .number(firstStore->args[1])
                         .number(lastStore->args[0])
                         .number(lastStore->args[1]));
    }
    case Phase::Map:
        if (const auto& pageRange = f.vmapPageRange) {
            const std::uint64_t pages = (pageRange->args[1] - pageRange->args[0]) >> 12;
            const std::uint64_t tables = f.countOf(Ev::TableAlloc);
            const std::string newTables =
                tables ? w.sayCount(tables, VMVIZ_TRANSLATE_NOOP("DetailLevel", "; {0} new page table"),
                                    VMVIZ_TRANSLATE_NOOP("DetailLevel", "; {0} new page tables"),
                                    Args().number(tables))
                       : std::string();
            return w.sayCount(
                pages,
                VMVIZ_TRANSLATE_NOOP("DetailLevel", "map: {0} page at [{1:a}, {2:a}), one PTE each{3:t}"),
                VMVIZ_TRANSLATE_NOOP("DetailLevel", "map: {0} pages at [{1:a}, {2:a}), one PTE each{3:t}"),
                Args().number(pages).number(pageRange->args[0]).number(pageRange->args[1]).text(newTables));
        }
        break;
    case Phase::Kmemleak:
        if (const auto& created = f.of(Ev::KmemleakCreate))
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel",
                                              "record in kmemleak: object {0:a}, size {1}, min_count {2:i}"),
                         Args().number(created->args[0]).number(created->args[1]).number(created->args[2]));
        if (f.firstEffect)
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "record in kmemleak: {0:t}"),
                         Args().text(w.narrate(*f.firstEffect)));
        break;
    case Phase::Free:
        if (head.kind == StepKind::Call && head.function == Fn::vfree) {
            const std::string lazy =
                f.of(Ev::LazyFree) ? w.say(VMVIZ_TRANSLATE_NOOP(
                                         "DetailLevel", ": the range waits, still mapped, for a lazy purge"))
                                   : std::string();
            const std::string pages =
                f.complete && f.freedPages
                    ? w.sayCount(
                          f.freedPages,
                          VMVIZ_TRANSLATE_NOOP("DetailLevel", "; {0} page goes back to the page allocator"),
                          VMVIZ_TRANSLATE_NOOP("DetailLevel", "; {0} pages go back to the page allocator"),
                          Args().number(f.freedPages))
                    : std::string();
            const std::string kfreed =
                f.complete && f.countOf(Ev::SlabObjectFree)
                    ? w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "; the page array and vm_struct are kfree'd"))
                    : std::string();
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "free: vfree({0:a}){1:t}{2:t}{3:t}"),
                         Args().number(head.args[0]).text(lazy).text(pages).text(kfreed));
        }
        break;
    case Phase::Purge:
        if (f.of(Ev::PurgeNothing) && !f.of(Ev::PurgeRelease))
            return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "purge: no lazily freed ranges, nothing to do"));
        if (f.of(Ev::PurgeRelease)) {
            const std::string flush = f.of(Ev::TlbFlush)
                                          ? w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", ", one TLB flush"))
                                          : std::string();
            return w.sayCount(f.countOf(Ev::PurgeRelease),
                              VMVIZ_TRANSLATE_NOOP(
                                  "DetailLevel", "purge: {0} lazily freed range unmapped and released{1:t}"),
                              VMVIZ_TRANSLATE_NOOP(
                                  "DetailLevel", "purge: {0} lazily freed ranges unmapped and released{1:t}"),
                              Args().number(f.countOf(Ev::PurgeRelease)).text(flush));
        }
        break;
    case Phase::Scan:
        if (head.kind == StepKind::Call && head.function == Fn::kmemleak_scan && f.complete) {
            const auto leaks = f.countOf(Ev::KmlReported);
            if (leaks == 0)
                return w.say(VMVIZ_TRANSLATE_NOOP("DetailLevel", "kmemleak scan: no new suspected leaks"));
            return w.sayCount(leaks,
                              VMVIZ_TRANSLATE_NOOP("DetailLevel", "kmemleak scan: {0} new suspected leak"),
                              VMVIZ_TRANSLATE_NOOP("DetailLevel", "kmemleak scan: {0} new suspected leaks"),
                              Args().number(leaks));
        }
        break;
    }
    return w.narrate(head);
}

std::string summarizeUnitWith(const Trace& trace, const LevelUnit& unit, const TextTranslator* translator)
{
    const Writer w(trace, translator);
    const Step head = trace.step(StepIndex{unit.range.first});
    if (unit.range.first == unit.range.last || unit.kind == LevelUnit::Kind::Step)
        return w.narrate(head);
    if (unit.kind == LevelUnit::Kind::Call)
        return summarizeCall(trace, unit.range, head, w);
    return summarizePhase(trace, unit, head, w);
}

} // namespace

std::string summarizeUnit(const Trace& trace, const LevelUnit& unit)
{
    return summarizeUnitWith(trace, unit, nullptr);
}

std::string summarizeUnit(const Trace& trace, const LevelUnit& unit, const TextTranslator& translator)
{
    return summarizeUnitWith(trace, unit, &translator);
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
