// SPDX-License-Identifier: GPL-2.0-only
// One question per candidate step: the prompt, what the class knows before the step, the right
// choice read from the run and three wrong ones computed from the model.
#include "base/Constants.h"
#include "base/Format.h"
#include "base/Translatable.h"
#include "paging/PageTables.h"
#include "quiz/QuizCandidates.h"
#include "steps/Narration.h"
#include "steps/StepFocus.h"
#include "trace/StepRoles.h"

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

namespace vmviz::quiz {

namespace {

constexpr std::size_t kChoices = 4;

/// Every sentence of a question: a format marked under "Quiz" (or a step's narration), looked up
/// through the translator when there is one, then filled with already formatted arguments.
class QuizText
{
public:
    explicit QuizText(const TextTranslator* translator) : m_translator(translator) {}

    std::string operator()(std::string_view english, std::initializer_list<std::string> texts = {}) const
    {
        std::string storage;
        const std::vector<std::string> args(texts);
        return expandFormat(localizeFormat(m_translator, "Quiz", english, storage), FormatArgs{{}, args});
    }

    std::string narrate(const Trace& trace, std::uint64_t step) const
    {
        const Step s = trace.step(StepIndex{step});
        return m_translator != nullptr && *m_translator ? vmviz::narrate(trace, s, *m_translator)
                                                        : vmviz::narrate(trace, s);
    }

private:
    const TextTranslator* m_translator;
};

/// The scenario line the step belongs to: the depth-0 call of the caller around it.
std::string scenarioLineOf(const Trace& trace, std::uint64_t step, const QuizText& say)
{
    for (std::uint64_t i = step; i >= 1; --i) {
        const Step s = trace.step(StepIndex{i});
        if (s.kind == StepKind::Call && s.depth == 0)
            return say.narrate(trace, i);
    }
    return {};
}

/// The right choice and the first three distinct wrong ones, ordered by `salt`.
void setChoices(Question& q, const Choice& right, const std::vector<Choice>& wrong, std::uint64_t salt)
{
    q.choices = {right};
    for (const Choice& w : wrong) {
        if (q.choices.size() == kChoices)
            break;
        // By value only: a choice's text is a function of its value, in every language.
        const bool taken = std::any_of(q.choices.begin(), q.choices.end(),
                                       [&w](const Choice& c) { return c.value == w.value; });
        if (!taken)
            q.choices.push_back(w);
    }
    QuizRandom random(salt);
    for (std::size_t i = q.choices.size(); i > 1; --i)
        std::swap(q.choices[i - 1], q.choices[random.below(i)]);
    q.answer =
        static_cast<std::size_t>(std::find(q.choices.begin(), q.choices.end(), right) - q.choices.begin());
}

Choice addressChoice(std::uint64_t v)
{
    return {fmt::address(v), v};
}

Choice pfnChoice(std::uint64_t v)
{
    return {"pfn " + fmt::hex(v), v};
}

void vmallocAddress(Question& q, Machine& m, const Candidate& c, std::uint64_t salt, const QuizText& say)
{
    const Step reserve = m.trace.step(StepIndex{c.proofStep});
    const std::uint64_t a = c.answer;
    const std::uint64_t size = argWith<ArgRole::AddressEnd>(reserve).value_or(VirtAddr{a}).value() - a;
    q.prompt = say(VMVIZ_TRANSLATE_NOOP("Quiz", "Which address will `{0:t}` return?"),
                   {say.narrate(m.trace, c.askBefore)});
    std::vector<AreaInfo> busy;
    for (const AreaId id : m.vmalloc.busyAreas())
        busy.push_back(m.vmalloc.area(id, false));
    std::string list;
    for (const AreaInfo& area : busy)
        list += (list.empty() ? "" : ", ") +
                ("[" + fmt::address(area.vaStart) + ", " + fmt::address(area.vaEnd) + ")");
    q.context.push_back(
        list.empty()
            ? say(VMVIZ_TRANSLATE_NOOP("Quiz", "Busy vmap areas (va_start, va_end): none."))
            : say(VMVIZ_TRANSLATE_NOOP("Quiz", "Busy vmap areas (va_start, va_end): {0:t}."), {list}));
    std::vector<Choice> wrong;
    const auto below =
        std::find_if(busy.rbegin(), busy.rend(), [a](const AreaInfo& x) { return x.vaEnd <= a; });
    if (below != busy.rend()) {
        wrong.push_back(addressChoice(below->vaEnd));                // no gap page
        wrong.push_back(addressChoice(below->vaEnd - k::PAGE_SIZE)); // no gap page, no guard page
        wrong.push_back(addressChoice(below->vaStart));              // the previous area's start
    }
    if (!busy.empty())
        wrong.push_back(addressChoice(busy.back().vaEnd + k::PAGE_SIZE)); // after the highest area
    for (const std::uint64_t v : {a + k::PAGE_SIZE, a + size, a + 2 * k::PAGE_SIZE, a + 3 * k::PAGE_SIZE})
        wrong.push_back(addressChoice(v));
    std::erase_if(wrong, [](const Choice& w) { return w.value < k::VMALLOC_START; });
    setChoices(q, addressChoice(a), wrong, salt);
    q.why =
        say(VMVIZ_TRANSLATE_NOOP("Quiz", "alloc_vmap_area takes the lowest hole of {0:t} bytes (the area and "
                                         "its guard page) from VMALLOC_START, starting each try one gap "
                                         "page past the va_end of the area below it."),
            {std::to_string(size)});
}

std::string pfnList(const std::vector<Pfn>& pfns, const QuizText& say)
{
    constexpr std::size_t kShown = 6;
    std::string out;
    for (std::size_t i = 0; i < pfns.size() && i < kShown; ++i)
        out += (i ? ", " : "") + fmt::hex(pfns[i].value());
    if (pfns.size() > kShown)
        out += ", …";
    return out.empty() ? say(VMVIZ_TRANSLATE_NOOP("Quiz", "empty")) : out;
}

void allocPagePfn(Question& q, Machine& m, const Candidate& c, std::uint64_t salt, const QuizText& say)
{
    const Step taken = m.trace.step(StepIndex{c.proofStep});
    const auto zm = argWith<ArgRole::ZoneMigratetype>(taken).value_or(ZoneMigratetype{});
    const auto move = frameListMoveOf(taken);
    const bool fromPcp = move && move->leaves == FreeList::PerCpu;
    const std::uint64_t p = c.answer;
    q.prompt = say(VMVIZ_TRANSLATE_NOOP("Quiz", "Which frame will `{0:t}` take?"),
                   {say.narrate(m.trace, c.askBefore)});
    const std::vector<Pfn> pcp = m.phys.pcpList(zm.zone, zm.migratetype);
    const std::string listName =
        std::string(zoneName(zm.zone)) + " " + std::string(migratetypeName(zm.migratetype));
    q.context.push_back(say(VMVIZ_TRANSLATE_NOOP("Quiz", "CPU 0's per-CPU {0:t} list, head first: {1:t}."),
                            {listName, pfnList(pcp, say)}));
    std::vector<Pfn> buddyHeads;
    for (unsigned order = 0; order < 11; ++order) {
        const std::vector<Pfn> list = m.phys.freeList(zm.zone, order, zm.migratetype);
        if (!list.empty()) {
            buddyHeads.push_back(list.front());
            q.context.push_back(
                say(VMVIZ_TRANSLATE_NOOP("Quiz", "free_area[{0:t}] ({1:t}), head first: {2:t}."),
                    {std::to_string(order), listName, pfnList(list, say)}));
            break; // the smallest order that has a block: where __rmqueue would look first
        }
    }
    std::vector<Choice> wrong;
    if (fromPcp && pcp.size() > 1)
        wrong.push_back(pfnChoice(pcp.back().value())); // the tail: cold pages come from there
    if (!fromPcp && !pcp.empty())
        wrong.push_back(pfnChoice(pcp.front().value()));
    for (const Pfn head : buddyHeads)
        wrong.push_back(pfnChoice(head.value())); // the head of the other list
    for (const std::uint64_t v : {p + 1, p - 1, p ^ 2, p + 2})
        wrong.push_back(pfnChoice(v));
    setChoices(q, pfnChoice(p), wrong, salt);
    q.why = fromPcp
                ? say(VMVIZ_TRANSLATE_NOOP("Quiz", "An order-0 allocation takes the page at the head of CPU "
                                                   "0's per-CPU list (buffered_rmqueue), refilled from the "
                                                   "buddy allocator when it is empty."))
                : say(VMVIZ_TRANSLATE_NOOP("Quiz", "__rmqueue takes the first block of the smallest "
                                                   "free_area[] order that fits and splits off the upper "
                                                   "halves (expand)."));
}

void entryValue(Question& q, Machine& m, const Candidate& c, std::uint64_t salt, const QuizText& say)
{
    const Step write = m.trace.step(StepIndex{c.proofStep});
    const StepFocus focus = focusOf(write);
    const EntryFocus entry = focus.entry.value_or(EntryFocus{});
    const std::string name =
        std::string(tableLevelName(entry.level)) + "[" + std::to_string(entry.index) + "]";
    q.prompt =
        say(VMVIZ_TRANSLATE_NOOP("Quiz", "What value will `{0:t}` of the {1:t} table at pfn {2:t} hold?"),
            {name, std::string(tableLevelName(entry.level)), fmt::hex(entry.table.value())});
    if (focus.frame)
        q.context.push_back(
            entry.level == 1
                ? say(VMVIZ_TRANSLATE_NOOP("Quiz", "The page being mapped is pfn {0:t}, with PAGE_KERNEL."),
                      {fmt::hex(focus.frame->value())})
                : say(VMVIZ_TRANSLATE_NOOP("Quiz", "The table below it is the new pfn {0:t}."),
                      {fmt::hex(focus.frame->value())}));
    const std::uint64_t v = c.answer;
    std::vector<Choice> wrong;
    for (const std::uint64_t flip :
         {k::_PAGE_NX, k::_PAGE_RW, k::_PAGE_PRESENT, k::_PAGE_GLOBAL, k::_PAGE_USER})
        wrong.push_back({fmt::hex(v ^ flip), v ^ flip});
    wrong.push_back({fmt::hex(v + k::PAGE_SIZE), v + k::PAGE_SIZE}); // the neighbour frame
    // Two flips and the neighbour make the choices look alike; keep the neighbour among the three.
    std::swap(wrong[2], wrong[5]);
    const Choice right{fmt::hex(v), v};
    setChoices(q, right, wrong, salt);
    q.why = say(
        VMVIZ_TRANSLATE_NOOP("Quiz", "An entry is the frame number shifted by 12 with the flag bits: {0:t}."),
        {entryFlags(v, entry.level)});
}

void tablePages(Question& q, Machine& m, const Candidate& c, std::uint64_t salt, const QuizText& say)
{
    q.prompt = say(VMVIZ_TRANSLATE_NOOP("Quiz", "How many page-table pages will `{0:t}` allocate?"),
                   {say.narrate(m.trace, c.askBefore)});
    std::uint64_t alive = 0;
    for (std::uint32_t t = 0; t < m.tables.tableCount(); ++t)
        alive += m.tables.tableAlive(t) ? 1 : 0;
    q.context.push_back(
        say(VMVIZ_TRANSLATE_NOOP("Quiz", "Page-table pages init_mm has so far, the PGD included: {0:t}."),
            {std::to_string(alive)}));
    std::string levels;
    for (std::uint64_t i = c.askBefore + 1; i < c.callEnd; ++i) {
        const Step s = m.trace.step(StepIndex{i});
        if (s.kind == StepKind::Effect && s.event == Ev::TableAlloc)
            levels += (levels.empty() ? "" : ", ") +
                      std::string(tableLevelName(
                          static_cast<unsigned>(rawArgWith(s, ArgRole::PageTableLevel).value_or(0))));
    }
    const std::uint64_t n = c.answer;
    std::vector<Choice> wrong;
    for (const std::uint64_t v : {n + 1, n - 1, n + 2, n - 2, n + 3})
        if (v <= n + 3)
            wrong.push_back({std::to_string(v), v});
    setChoices(q, {std::to_string(n), n}, wrong, salt);
    q.why =
        levels.empty()
            ? say(VMVIZ_TRANSLATE_NOOP("Quiz", "vmap_page_range allocates a PUD, PMD or PTE table only where "
                                               "the entry above it is empty: here every table was there "
                                               "already."))
            : say(VMVIZ_TRANSLATE_NOOP("Quiz", "vmap_page_range allocates a PUD, PMD or PTE table only where "
                                               "the entry above it is empty: here {0:t}."),
                  {levels});
}

Choice freeListChoice(std::uint64_t code, const QuizText& say)
{
    if (code == kPerCpuHead)
        return {say(VMVIZ_TRANSLATE_NOOP("Quiz", "the head of CPU 0's per-CPU list (a hot page)")), code};
    if (code == kPerCpuTail)
        return {say(VMVIZ_TRANSLATE_NOOP("Quiz", "the tail of CPU 0's per-CPU list (a cold page)")), code};
    return {say(VMVIZ_TRANSLATE_NOOP("Quiz", "the buddy allocator's free_area[{0:t}]"),
                {std::to_string(code - 2)}),
            code};
}

void freeList(Question& q, Machine& m, const Candidate& c, std::uint64_t salt, const QuizText& say)
{
    q.prompt = say(VMVIZ_TRANSLATE_NOOP("Quiz", "Where does pfn {0:t} go when `{1:t}` frees it?"),
                   {fmt::hex(c.subject), say.narrate(m.trace, c.askBefore)});
    const unsigned zone = m.phys.zoneOf(Pfn{c.subject});
    q.context.push_back(say(VMVIZ_TRANSLATE_NOOP("Quiz", "CPU 0's per-CPU {0:t} lists hold {1:t} pages."),
                            {std::string(zoneName(zone)), std::to_string(m.phys.pcpCount(zone))}));
    std::vector<Choice> wrong;
    for (const std::uint64_t v : {kPerCpuHead, kPerCpuTail, buddyFreeListCode(0), buddyFreeListCode(1),
                                  c.answer + 1, buddyFreeListCode(2)})
        wrong.push_back(freeListChoice(v, say));
    setChoices(q, freeListChoice(c.answer, say), wrong, salt);
    q.why =
        c.answer == kPerCpuHead
            ? say(VMVIZ_TRANSLATE_NOOP("Quiz", "free_hot_cold_page puts an order-0 page at the head of the "
                                               "per-CPU list; it reaches the buddy allocator only when the "
                                               "list passes its high mark (free_pcppages_bulk)."))
            : say(VMVIZ_TRANSLATE_NOOP("Quiz", "__free_one_page merges the block with each free buddy and "
                                               "puts the result on free_area[order]."));
}

Choice verdictChoice(KmemleakVerdict v, const QuizText& say)
{
    const auto value = static_cast<std::uint64_t>(v);
    switch (v) {
    case KmemleakVerdict::Reported:
        return {say(VMVIZ_TRANSLATE_NOOP("Quiz", "Yes: nothing points to it and it is older than 5 s")),
                value};
    case KmemleakVerdict::TooYoung:
        return {say(VMVIZ_TRANSLATE_NOOP("Quiz", "No: it is younger than 5 s")), value};
    case KmemleakVerdict::ChecksumChanged:
        return {say(VMVIZ_TRANSLATE_NOOP("Quiz", "No: its contents changed since the last scan")), value};
    case KmemleakVerdict::Referenced:
        break;
    }
    return {say(VMVIZ_TRANSLATE_NOOP("Quiz", "No: the scan finds a pointer to it")), value};
}

void kmemleakReport(Question& q, Machine& m, const Candidate& c, std::uint64_t salt, const QuizText& say)
{
    const auto object = m.kmemleak.containing(VirtAddr{c.subject});
    q.subject = object ? object->pointer : c.subject;
    q.prompt = say(VMVIZ_TRANSLATE_NOOP("Quiz", "Will this kmemleak scan report object {0:t} as a leak?"),
                   {fmt::address(q.subject)});
    if (object)
        q.context.push_back(
            say(VMVIZ_TRANSLATE_NOOP("Quiz", "The object: {0:t} bytes, min_count {1:t}, allocated at "
                                             "jiffies {2:t}; the scan starts at jiffies {3:t} "
                                             "(HZ = 250)."),
                {std::to_string(object->size), std::to_string(object->minCount),
                 std::to_string(object->jiffies), std::to_string(m.jiffies())}));
    const auto verdict = static_cast<KmemleakVerdict>(c.answer);
    std::vector<Choice> wrong;
    for (const auto v : {KmemleakVerdict::Reported, KmemleakVerdict::TooYoung,
                         KmemleakVerdict::ChecksumChanged, KmemleakVerdict::Referenced})
        wrong.push_back(verdictChoice(v, say));
    setChoices(q, verdictChoice(verdict, say), wrong, salt);
    switch (verdict) {
    case KmemleakVerdict::Reported:
        q.why = say(VMVIZ_TRANSLATE_NOOP("Quiz",
                                         "It stayed white (count < min_count), its checksum did not change "
                                         "and it is older than jiffies_min_age (5 s): kmemleak_scan reports "
                                         "it."));
        break;
    case KmemleakVerdict::TooYoung:
        q.why = say(VMVIZ_TRANSLATE_NOOP(
            "Quiz", "It is white, but unreferenced objects younger than 5 s are not reported yet."));
        break;
    case KmemleakVerdict::ChecksumChanged:
        q.why = say(VMVIZ_TRANSLATE_NOOP(
            "Quiz",
            "It is white, but update_checksum() saw its contents change: it counts as gray this scan."));
        break;
    case KmemleakVerdict::Referenced:
        q.why = say(VMVIZ_TRANSLATE_NOOP(
            "Quiz", "The scan found a pointer into it, so its count reached min_count and it turned gray."));
        break;
    }
}

} // namespace

Question buildQuestion(Machine& machine, const Candidate& candidate, std::uint64_t salt,
                       const TextTranslator* translator)
{
    const QuizText say(translator);
    Question q;
    q.kind = candidate.kind;
    q.askBefore = candidate.askBefore;
    q.proofStep = candidate.proofStep;
    q.revealEnd = candidate.callEnd;
    q.subject = candidate.subject;
    machine.seek(StepIndex{candidate.askBefore - 1});
    if (const std::string line = scenarioLineOf(machine.trace, candidate.askBefore, say); !line.empty())
        q.context.push_back(say(VMVIZ_TRANSLATE_NOOP("Quiz", "Scenario: `{0:t}`."), {line}));
    switch (candidate.kind) {
    case QuestionKind::VmallocAddress:
        vmallocAddress(q, machine, candidate, salt, say);
        break;
    case QuestionKind::AllocPagePfn:
        allocPagePfn(q, machine, candidate, salt, say);
        break;
    case QuestionKind::EntryValue:
        entryValue(q, machine, candidate, salt, say);
        break;
    case QuestionKind::TablePages:
        tablePages(q, machine, candidate, salt, say);
        break;
    case QuestionKind::FreeList:
        freeList(q, machine, candidate, salt, say);
        break;
    case QuestionKind::KmemleakReport:
    case QuestionKind::Count:
        kmemleakReport(q, machine, candidate, salt, say);
        break;
    }
    q.proof = say.narrate(machine.trace, candidate.proofStep);
    return q;
}

} // namespace vmviz::quiz
