// SPDX-License-Identifier: GPL-2.0-only
#include "steps/DetailLevel.h"

#include "base/Translatable.h"
#include "steps/Narration.h"

#include <algorithm>
#include <array>

namespace vmviz {

std::string_view detailLevelName(DetailLevel level)
{
    switch (level) {
    case DetailLevel::Overview:
        return "overview";
    case DetailLevel::Standard:
        return "standard";
    case DetailLevel::Full:
        return "full";
    }
    return "full";
}

std::optional<DetailLevel> detailLevelByName(std::string_view name)
{
    for (const DetailLevel level : {DetailLevel::Overview, DetailLevel::Standard, DetailLevel::Full})
        if (detailLevelName(level) == name)
            return level;
    return std::nullopt;
}

std::string_view phaseTitle(Phase phase)
{
    static constexpr std::array<std::string_view, kPhaseCount> titles = {
        VMVIZ_TRANSLATE_NOOP("DetailLevel", "line"),
        VMVIZ_TRANSLATE_NOOP("DetailLevel", "reserve the range"),
        VMVIZ_TRANSLATE_NOOP("DetailLevel", "get the page array"),
        VMVIZ_TRANSLATE_NOOP("DetailLevel", "allocate pages"),
        VMVIZ_TRANSLATE_NOOP("DetailLevel", "map"),
        VMVIZ_TRANSLATE_NOOP("DetailLevel", "record in kmemleak"),
        VMVIZ_TRANSLATE_NOOP("DetailLevel", "free"),
        VMVIZ_TRANSLATE_NOOP("DetailLevel", "purge"),
        VMVIZ_TRANSLATE_NOOP("DetailLevel", "kmemleak scan"),
    };
    return titles[static_cast<std::size_t>(phase)];
}

std::string phaseTitle(Phase phase, const TextTranslator& translator)
{
    std::string storage;
    return std::string(localizeFormat(&translator, "DetailLevel", phaseTitle(phase), storage));
}

namespace {

std::string chapterLabelWith(const ChapterMark& chapter, const TextTranslator* translator)
{
    if (chapter.kind == ChapterMark::Kind::Line && chapter.number == 0)
        return chapter.title;
    const std::string_view format = chapter.kind == ChapterMark::Kind::Line
                                        ? VMVIZ_TRANSLATE_NOOP("DetailLevel", "line {0}: {1:t}")
                                        : VMVIZ_TRANSLATE_NOOP("DetailLevel", "chapter {0}: {1:t}");
    std::string storage;
    const std::uint64_t numbers[] = {chapter.number, 0};
    const std::string texts[] = {{}, chapter.title};
    return expandFormat(localizeFormat(translator, "DetailLevel", format, storage), {numbers, texts});
}

/// A chapter mark with its English label.
ChapterMark chapterMark(std::uint64_t step, ChapterMark::Kind kind, std::uint64_t operation,
                        std::uint64_t number, std::string title)
{
    ChapterMark mark{step, kind, operation, {}, number, std::move(title)};
    mark.label = chapterLabelWith(mark, nullptr);
    return mark;
}

/// A scenario line's chapter from the caller's "mymod_init, line 7: buf = vmalloc 100" (the
/// runner's own format, ScenarioRunner.cpp): number 7, title "buf = vmalloc 100".
ChapterMark lineChapter(std::uint64_t step, std::uint64_t operation, const std::string& callerText)
{
    const auto comma = callerText.find(", line ");
    const auto colon = comma == std::string::npos ? std::string::npos : callerText.find(": ", comma);
    std::uint64_t number = 0;
    for (std::size_t i = comma + 7; colon != std::string::npos && i < colon; ++i) {
        if (callerText[i] < '0' || callerText[i] > '9') {
            number = 0;
            break;
        }
        number = number * 10 + static_cast<std::uint64_t>(callerText[i] - '0');
    }
    if (number == 0)
        return chapterMark(step, ChapterMark::Kind::Line, operation, 0, callerText);
    return chapterMark(step, ChapterMark::Kind::Line, operation, number, callerText.substr(colon + 2));
}

} // namespace

std::string chapterLabel(const ChapterMark& chapter, const TextTranslator& translator)
{
    return chapterLabelWith(chapter, &translator);
}

std::string_view phaseName(Phase phase)
{
    static constexpr std::array<std::string_view, kPhaseCount> names = {
        "line", "reserve", "pagearray", "alloc", "map", "kmemleak", "free", "purge", "scan",
    };
    return names[static_cast<std::size_t>(phase)];
}

namespace {

/// What the steps inside an open call belong to.
enum class Context : std::uint8_t
{
    None,     ///< not yet in a phase: a scenario line, vmalloc(), __vmalloc_node()
    AreaNode, ///< __vmalloc_area_node: its children say which phase (page array, pages, map)
    InPhase,
};

struct Frame
{
    Fn function = Fn::Caller;
    Context context = Context::None;
    Phase phase = Phase::Line;
};

bool isPurge(Fn fn)
{
    return fn == Fn::purge_vmap_area_lazy || fn == Fn::try_purge_vmap_area_lazy ||
           fn == Fn::__purge_vmap_area_lazy;
}

/// The phase a call opens when no phase is open yet; nullopt for the wrappers around the phases.
std::optional<Phase> phaseOpenedBy(Fn fn)
{
    switch (fn) {
    case Fn::__get_vm_area_node:
        return Phase::Reserve;
    case Fn::__vmalloc_area_node:
        return Phase::PageArray;
    case Fn::map_vm_area:
        return Phase::Map;
    case Fn::kmemleak_alloc:
        return Phase::Kmemleak;
    case Fn::vfree:
    case Fn::__vunmap:
    case Fn::kmemleak_free:
    case Fn::rcu_free_va:
        return Phase::Free;
    case Fn::kmemleak_scan:
    case Fn::kmemleak_clear:
        return Phase::Scan;
    default:
        return std::nullopt;
    }
}

/// Inside __vmalloc_area_node, each child call is one phase.
Phase areaNodeChildPhase(Fn fn)
{
    switch (fn) {
    case Fn::alloc_page:
    case Fn::alloc_pages:
        return Phase::AllocPages;
    case Fn::map_vm_area:
        return Phase::Map;
    case Fn::vfree:
    case Fn::__vunmap:
        return Phase::Free;
    default: // kmalloc_node or the nested __vmalloc_node of the page array
        return Phase::PageArray;
    }
}

/// The calls Standard folds into one step: the buddy allocator, the per-CPU lists, the slab
/// allocator and kmemleak's bookkeeping, which vmalloc() only uses.
bool isBookkeeping(Fn fn)
{
    switch (fn) {
    case Fn::kzalloc_node:
    case Fn::kmalloc_node:
    case Fn::kfree:
    case Fn::new_slab:
    case Fn::discard_slab:
    case Fn::rmqueue_bulk:
    case Fn::alloc_page:
    case Fn::alloc_pages:
    case Fn::__free_page:
    case Fn::__free_pages:
    case Fn::free_pcppages_bulk:
    case Fn::kmemleak_alloc:
    case Fn::kmemleak_free:
        return true;
    default:
        return false;
    }
}

/// A step that went wrong: a WARN, an oops, a failed allocation or its printk, an injected fault.
/// Printk lines that report rather than fail (a kmemleak scan's count, a dump) are not alarms.
bool goesWrong(const Step& step, const Frame* enclosing)
{
    if (step.kind != StepKind::Effect)
        return false;
    if (eventInfo(step.event).categories & CatWarn)
        return true;
    switch (step.event) {
    case Ev::PageAllocFailure:
    case Ev::FaultInjected:
    case Ev::NrPagesCut:
        return true;
    case Ev::LogLine:
        return enclosing != nullptr && enclosing->function != Fn::Caller &&
               enclosing->function != Fn::kmemleak_scan && enclosing->function != Fn::kmemleak_free;
    default:
        return false;
    }
}

constexpr std::uint8_t tagOf(Phase phase, LevelUnit::Kind kind, bool alarm)
{
    return static_cast<std::uint8_t>(static_cast<unsigned>(phase) | static_cast<unsigned>(kind) << 4 |
                                     (alarm ? 1u << 6 : 0u));
}

} // namespace

DetailIndex::DetailIndex(const Trace& trace) : m_stepCount(trace.size())
{
    const std::uint64_t n = m_stepCount;
    std::array<Frame, 256> frames{};

    Level& overview = m_levels[0];
    Level& standard = m_levels[1];
    // Overview: the unit being grown.
    Phase runPhase = Phase::Line;
    bool previousForcesBreak = false;
    const auto closeOverviewRun = [&overview](std::uint64_t nextFirst) {
        if (overview.firsts.empty())
            return;
        if (nextFirst - overview.firsts.back() == 1) // one step: shown as it is
            overview.tags.back() = static_cast<std::uint8_t>(
                (overview.tags.back() & 0x4f) | static_cast<unsigned>(LevelUnit::Kind::Step) << 4);
    };
    // Standard: a bookkeeping call being folded.
    struct Folding
    {
        bool active = false;
        std::uint64_t first = 0;
        std::uint8_t depth = 0;
        Fn function = Fn::Caller;
        bool alarm = false;
    } folding;
    std::vector<std::uint8_t> foldedTags; ///< per step of the folded call, in case it must unfold
    const auto closeFold = [&](std::uint64_t last) {
        if (!folding.alarm) {
            standard.firsts.push_back(folding.first);
            standard.tags.push_back(static_cast<std::uint8_t>(
                (foldedTags.front() & 0x0f) | static_cast<unsigned>(LevelUnit::Kind::Call) << 4));
        } else {
            // A bookkeeping call that failed is shown step by step.
            for (std::uint64_t s = folding.first; s <= last; ++s) {
                standard.firsts.push_back(s);
                standard.tags.push_back(foldedTags[s - folding.first]);
            }
        }
        folding.active = false;
        foldedTags.clear();
    };

    std::vector<std::pair<std::uint64_t, std::uint8_t>> openNested; ///< (call step, depth)
    Phase previousPhase = Phase::Line;
    std::uint64_t operation = 0;

    for (std::uint64_t s = 1; s <= n; ++s) {
        const Step step = trace.step(StepIndex{s});
        const std::uint8_t depth = step.depth;
        const Frame* enclosing = depth > 0 ? &frames[depth - 1] : nullptr;

        // The step's phase; nullopt: it continues whatever came before (returns of wrappers, glue).
        std::optional<Phase> own;
        switch (step.kind) {
        case StepKind::Call: {
            Frame frame{step.function, Context::None, Phase::Line};
            if (step.function == Fn::Caller) {
                own = Phase::Line;
            } else if (isPurge(step.function)) {
                own = Phase::Purge;
                frame.context = Context::InPhase;
            } else if (enclosing && enclosing->context == Context::InPhase) {
                own = enclosing->phase;
                frame.context = Context::InPhase;
            } else if (enclosing && enclosing->context == Context::AreaNode) {
                own = areaNodeChildPhase(step.function);
                frame.context = Context::InPhase;
            } else if (const auto opened = phaseOpenedBy(step.function)) {
                own = *opened;
                frame.context =
                    step.function == Fn::__vmalloc_area_node ? Context::AreaNode : Context::InPhase;
            }
            frame.phase = own.value_or(Phase::Line);
            if (step.function == Fn::__vmalloc_node) {
                for (std::uint8_t d = 0; d < depth; ++d)
                    if (frames[d].function == Fn::__vmalloc_node) {
                        openNested.emplace_back(s, depth);
                        break;
                    }
            }
            frames[depth] = frame;
            break;
        }
        case StepKind::Return: {
            const Frame& frame = frames[depth];
            if (frame.function == step.function && frame.context == Context::InPhase)
                own = frame.phase;
            if (step.function == Fn::__vmalloc_node && !openNested.empty() &&
                openNested.back().second == depth) {
                m_nested.push_back({openNested.back().first, s});
                openNested.pop_back();
            }
            break;
        }
        case StepKind::Effect:
            if (enclosing && enclosing->context == Context::InPhase) {
                own = enclosing->phase;
            } else if (enclosing && enclosing->context == Context::AreaNode) {
                if (step.event == Ev::NrPages || step.event == Ev::SetVpages || step.event == Ev::PagesArray)
                    own = Phase::PageArray;
                else if (step.event == Ev::PageStore || step.event == Ev::NrPagesCut)
                    own = Phase::AllocPages;
            } else if (!enclosing || enclosing->function == Fn::Caller) {
                own = Phase::Line;
            }
            break;
        }
        const Phase phase = own.value_or(previousPhase);
        previousPhase = phase;
        const bool alarm = goesWrong(step, enclosing);
        if (alarm)
            m_alarms.push_back(s);

        if (m_bands.empty() || m_bands.back().phase != phase)
            m_bands.push_back({{s, s}, phase});
        else
            m_bands.back().range.last = s;

        const bool lineStart = step.kind == StepKind::Call && step.function == Fn::Caller;
        const bool chapter = step.kind == StepKind::Effect && step.event == Ev::Chapter;
        if (lineStart)
            m_chapters.push_back(lineChapter(s, operation++, trace.string(step.args[0])));
        else if (chapter)
            m_chapters.push_back(
                chapterMark(s, ChapterMark::Kind::Lesson, 0, step.args[1], trace.string(step.args[0])));

        // Overview: a new unit at a line's start, a chapter, around an alarm, and where the phase changes.
        if (s == 1 || lineStart || chapter || alarm || previousForcesBreak || phase != runPhase) {
            closeOverviewRun(s);
            overview.firsts.push_back(s);
            overview.tags.push_back(tagOf(phase, LevelUnit::Kind::PhaseRun, alarm));
            runPhase = phase;
        }
        previousForcesBreak = chapter || alarm;

        // Standard.
        if (folding.active && (depth < folding.depth ||
                               (depth == folding.depth &&
                                !(step.kind == StepKind::Return && step.function == folding.function))))
            closeFold(s - 1); // an oops ended the call without a return
        if (folding.active) {
            foldedTags.push_back(tagOf(phase, LevelUnit::Kind::Step, alarm));
            folding.alarm = folding.alarm || alarm;
            if (step.kind == StepKind::Return && depth == folding.depth && step.function == folding.function)
                closeFold(s);
        } else if (step.kind == StepKind::Call && isBookkeeping(step.function)) {
            folding = {true, s, depth, step.function, alarm};
            foldedTags.push_back(tagOf(phase, LevelUnit::Kind::Step, alarm));
        } else {
            standard.firsts.push_back(s);
            standard.tags.push_back(tagOf(phase, LevelUnit::Kind::Step, alarm));
        }
    }
    closeOverviewRun(n + 1);
    if (folding.active)
        closeFold(n);
    for (const auto& [call, depth] : openNested)
        m_nested.push_back({call, n});
    std::sort(m_nested.begin(), m_nested.end(),
              [](const StepRange& a, const StepRange& b) { return a.first < b.first; });
}

std::uint64_t DetailIndex::unitCount(DetailLevel level) const
{
    return level == DetailLevel::Full ? m_stepCount : levelData(level).firsts.size();
}

LevelUnit DetailIndex::unit(DetailLevel level, std::uint64_t i) const
{
    if (level == DetailLevel::Full)
        return {{i + 1, i + 1}, LevelUnit::Kind::Step, phaseOf(i + 1), isAlarm(i + 1)};
    const Level& l = levelData(level);
    const std::uint64_t first = l.firsts[i];
    const std::uint64_t last = i + 1 < l.firsts.size() ? l.firsts[i + 1] - 1 : m_stepCount;
    const std::uint8_t tag = l.tags[i];
    return {{first, last},
            static_cast<LevelUnit::Kind>((tag >> 4) & 3),
            static_cast<Phase>(tag & 0x0f),
            (tag & (1u << 6)) != 0};
}

std::uint64_t DetailIndex::unitAt(DetailLevel level, std::uint64_t step) const
{
    if (step == 0)
        return 0;
    step = std::min(step, m_stepCount);
    if (level == DetailLevel::Full)
        return step - 1;
    const auto& firsts = levelData(level).firsts;
    const auto it = std::upper_bound(firsts.begin(), firsts.end(), step);
    return it == firsts.begin() ? 0 : static_cast<std::uint64_t>(it - firsts.begin() - 1);
}

std::uint64_t DetailIndex::next(DetailLevel level, std::uint64_t position) const
{
    if (position >= m_stepCount)
        return m_stepCount;
    return unit(level, unitAt(level, position + 1)).range.last;
}

std::uint64_t DetailIndex::previous(DetailLevel level, std::uint64_t position) const
{
    if (position == 0 || m_stepCount == 0)
        return 0;
    return unit(level, unitAt(level, std::min(position, m_stepCount))).range.first - 1;
}

Phase DetailIndex::phaseOf(std::uint64_t step) const
{
    const auto it = std::upper_bound(m_bands.begin(), m_bands.end(), step,
                                     [](std::uint64_t s, const PhaseBand& b) { return s < b.range.first; });
    return it == m_bands.begin() ? Phase::Line : std::prev(it)->phase;
}

bool DetailIndex::isAlarm(std::uint64_t step) const
{
    return std::binary_search(m_alarms.begin(), m_alarms.end(), step);
}

std::optional<std::size_t> DetailIndex::chapterAt(std::uint64_t position) const
{
    const auto it = std::upper_bound(m_chapters.begin(), m_chapters.end(), position,
                                     [](std::uint64_t p, const ChapterMark& c) { return p < c.step; });
    if (it == m_chapters.begin())
        return std::nullopt;
    return static_cast<std::size_t>(it - m_chapters.begin() - 1);
}

std::optional<std::uint64_t> DetailIndex::operationAt(std::uint64_t position) const
{
    for (auto i = chapterAt(position); i; i = *i ? std::optional<std::size_t>(*i - 1) : std::nullopt)
        if (m_chapters[*i].kind == ChapterMark::Kind::Line)
            return m_chapters[*i].operation;
    return std::nullopt;
}

std::uint64_t DetailIndex::nextChapter(std::uint64_t position) const
{
    const auto it = std::upper_bound(m_chapters.begin(), m_chapters.end(), position,
                                     [](std::uint64_t p, const ChapterMark& c) { return p < c.step; });
    return it == m_chapters.end() ? m_stepCount : it->step;
}

std::uint64_t DetailIndex::previousChapter(std::uint64_t position) const
{
    const auto it = std::lower_bound(m_chapters.begin(), m_chapters.end(), position,
                                     [](const ChapterMark& c, std::uint64_t p) { return c.step < p; });
    return it == m_chapters.begin() ? 0 : std::prev(it)->step;
}

} // namespace vmviz
