// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Detail levels over a recorded run, so a class can follow vmalloc() without every buddy split:
//  * Overview: one step per vmalloc-level phase (reserve the range, get the page array, allocate
//    pages, map, record in kmemleak; free; purge; a kmemleak scan), one per scenario line start
//    and one per result ("buf = 0xffffc90000000000");
//  * Standard: every step except the inside of buddy, per-CPU, slab and kmemleak bookkeeping
//    calls (alloc_page, kmalloc_node, rmqueue_bulk, __free_page, kfree, kmemleak_alloc…), each of
//    which becomes one summary step;
//  * Full: every step.
// A visible step ("unit") stands for a range [first, last] of trace steps; at each level the
// ranges tile the trace. Failure, WARN and oops steps are never hidden: they stand alone at every
// level, and a bookkeeping call that fails is shown in full at Standard.
// The phases, the chapters (one per scenario line, and a lesson's chapters) and the nested
// vmalloc calls (the page array's own __vmalloc_node) come from the same single pass. Built once
// per run, immutable after, shared by the timeline, playback and the snapshot builder.
#include "base/TextTranslator.h"
#include "base/Types.h"
#include "trace/Trace.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz {

enum class DetailLevel : std::uint8_t
{
    Overview,
    Standard,
    Full,
};
inline constexpr std::size_t kDetailLevelCount = 3;

/// "overview", "standard", "full".
std::string_view detailLevelName(DetailLevel level);
std::optional<DetailLevel> detailLevelByName(std::string_view name);

/// What part of vmalloc()/vfree() a step belongs to; the Overview level shows one step per run of a
/// phase. `Line` is the scenario's own doing: a line starting, a variable assigned, time passing.
enum class Phase : std::uint8_t
{
    Line,
    Reserve,    ///< __get_vm_area_node: vm_struct, vmap_area, the address range
    PageArray,  ///< __vmalloc_area_node: area->pages, by kmalloc_node or a nested __vmalloc_node
    AllocPages, ///< one alloc_page per page, area->pages[i] = page
    Map,        ///< map_vm_area: page tables on demand, one PTE per page
    Kmemleak,   ///< kmemleak_alloc of the area
    Free,       ///< vfree/__vunmap, and the RCU callbacks that free vmap_areas
    Purge,      ///< the lazy purge: unmap lazily freed ranges, one TLB flush
    Scan,       ///< a kmemleak scan or clear
};
inline constexpr std::size_t kPhaseCount = 9;

/// "line", "reserve the range", "get the page array", "allocate pages", "map", "record in kmemleak",
/// "free", "purge", "kmemleak scan".
std::string_view phaseTitle(Phase phase);
/// The title looked up through `translator` (context "DetailLevel").
std::string phaseTitle(Phase phase, const TextTranslator& translator);
/// One word for tables and the CLI: "line", "reserve", "pagearray", "alloc", "map", "kmemleak"…
std::string_view phaseName(Phase phase);

struct StepRange
{
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    bool operator==(const StepRange&) const = default;
};

/// One visible step at a level.
struct LevelUnit
{
    enum class Kind : std::uint8_t
    {
        Step,     ///< one trace step, shown as it is
        Call,     ///< a collapsed bookkeeping call: its call step to its return
        PhaseRun, ///< a run of one phase (Overview)
    };
    StepRange range;
    Kind kind = Kind::Step;
    Phase phase = Phase::Line;
    bool alarm = false; ///< a failure, WARN or oops step
};

/// A stretch of one phase, for the timeline's bands.
struct PhaseBand
{
    StepRange range;
    Phase phase = Phase::Line;
};

/// Where the timeline's outline and PageUp/PageDown stop: each scenario line's first step (its
/// call from <module>_init), and each lesson chapter's step.
struct ChapterMark
{
    enum class Kind : std::uint8_t
    {
        Line,
        Lesson,
    };
    std::uint64_t step = 0;
    Kind kind = Kind::Line;
    std::uint64_t operation = 0; ///< for a Line: which scenario operation, 0-based
    std::string label;           ///< "line 7: buf = vmalloc 100", "chapter 2: Guard pages"
    std::uint64_t number = 0;    ///< the scenario line (0: none known) or the lesson chapter's number
    std::string title;           ///< "buf = vmalloc 100", "Guard pages": the label without its number
};

/// The label in the translator's language (context "DetailLevel"): "line {0}: {1:t}" …
std::string chapterLabel(const ChapterMark& chapter, const TextTranslator& translator);

class DetailIndex
{
public:
    explicit DetailIndex(const Trace& trace);

    std::uint64_t stepCount() const { return m_stepCount; }

    /// Visible steps at `level`.
    std::uint64_t unitCount(DetailLevel level) const;
    /// The i-th visible step (0-based).
    LevelUnit unit(DetailLevel level, std::uint64_t i) const;
    /// The unit that step `step` (1-based) belongs to; 0 for step 0.
    std::uint64_t unitAt(DetailLevel level, std::uint64_t step) const;

    /// Playback at a level: a unit is shown when the machine stands at its last step. From
    /// `position` (0..stepCount), the next such position after it (stepCount at the end), and the
    /// previous one before it (0 at the start).
    std::uint64_t next(DetailLevel level, std::uint64_t position) const;
    std::uint64_t previous(DetailLevel level, std::uint64_t position) const;

    Phase phaseOf(std::uint64_t step) const;
    bool isAlarm(std::uint64_t step) const;
    const std::vector<PhaseBand>& phaseBands() const { return m_bands; }
    /// In step order.
    const std::vector<ChapterMark>& chapters() const { return m_chapters; }
    /// The chapter `position` is in (the last starting at or before it); nullopt before the first.
    std::optional<std::size_t> chapterAt(std::uint64_t position) const;
    /// The scenario operation (0-based) the position is in; nullopt before the first line.
    std::optional<std::uint64_t> operationAt(std::uint64_t position) const;
    /// The next / previous chapter start from `position` (PageDown / PageUp): the machine stands
    /// at the chapter's first step; stepCount / 0 when there is none.
    std::uint64_t nextChapter(std::uint64_t position) const;
    std::uint64_t previousChapter(std::uint64_t position) const;
    /// Failure, WARN and oops steps, ascending.
    const std::vector<std::uint64_t>& alarms() const { return m_alarms; }
    /// A __vmalloc_node called while another runs (the page array of a large area): its call to
    /// its return.
    const std::vector<StepRange>& nestedCalls() const { return m_nested; }

private:
    struct Level
    {
        std::vector<std::uint64_t> firsts; ///< each unit's first step, ascending
        std::vector<std::uint8_t> tags;    ///< phase | kind << 4 | alarm << 6
    };
    const Level& levelData(DetailLevel level) const { return m_levels[static_cast<std::size_t>(level)]; }

    std::uint64_t m_stepCount = 0;
    Level m_levels[2]; ///< Overview, Standard; Full needs none
    std::vector<PhaseBand> m_bands;
    std::vector<ChapterMark> m_chapters;
    std::vector<std::uint64_t> m_alarms;
    std::vector<StepRange> m_nested;
};

/// The sentence a visible step shows: a single step's narration, or a summary of its range
/// ("kzalloc_node got 64 bytes from a new kmalloc-64 slab page"). Reads at most a bounded number
/// of steps, so it is quick even for a phase of a million steps.
std::string summarizeUnit(const Trace& trace, const LevelUnit& unit);
/// The same sentence with each format first looked up through `translator` (contexts
/// "DetailLevel" and, for a step's own narration, "Narration").
std::string summarizeUnit(const Trace& trace, const LevelUnit& unit, const TextTranslator& translator);

/// The run as `vmviz-cli trace --level` prints it: one line per visible step, its step range,
/// phase and sentence. Streams through `sink` piece by piece; false when the sink refused one.
bool writeLevelTrace(const Trace& trace, const DetailIndex& index, DetailLevel level,
                     const std::function<bool(std::string_view)>& sink);

} // namespace vmviz
