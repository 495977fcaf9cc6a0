// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// One scenario on several machines, side by side: each machine runs the whole scenario, the runs
// are aligned scenario line by scenario line, and for each line the comparison says what each
// machine did (LineFacts: the value returned, areas created and freed, pages, PTEs, kmemleak
// objects, WARN/oops/failure text) and where they differ, as typed Differences: a different
// address, a gap page on one and not the other, PTEs cleared at vfree or kept, min_count …
// `vmviz-cli compare` prints it (compareText, compareJson); the window's compare view steps the
// machines together with it. The texts are built from formats marked VMVIZ_TRANSLATE_NOOP("Compare",
// …): English without a translator (the CLI and its goldens), the window's language with one.
#include "base/TextTranslator.h"
#include "compare/Variant.h"
#include "machine/Machine.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioRunner.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz::compare {

/// An area a line created, freed or left for the lazy purge, as its vmap_area and vm_struct say.
struct AreaFact
{
    std::uint64_t start = 0; ///< va_start
    std::uint64_t end = 0;   ///< va_end
    std::uint64_t size = 0;  ///< vm->size (the guard page included)
    std::uint32_t pages = 0; ///< vm->nr_pages
    /// Unmapped bytes between the busy area just below and this one (the 2.6.36 gap page); unset
    /// when no area lies below it.
    std::optional<std::uint64_t> gapBelow;

    bool operator==(const AreaFact&) const = default;
};

struct KmemleakFact
{
    std::uint64_t pointer = 0;
    std::uint64_t size = 0;
    int minCount = 0;
    bool vmalloc = false; ///< a kmemleak object of a vmalloc'ed area (not a kmalloc'ed vm_struct …)

    bool operator==(const KmemleakFact&) const = default;
};

/// A message a line printed that a reader must not miss.
struct MessageFact
{
    enum class Kind : std::uint8_t
    {
        Warn,
        Oops,
        AllocationFailure, ///< "page allocation failure", "vmap allocation … failed"
        TaskKilled,
    };
    Kind kind = Kind::Warn;
    std::string text; ///< the headline
    /// A message the model composes (an allocation failure, a killed task): its narration format
    /// and arguments, so that a translator can say it again. Empty for the kernel's own log text,
    /// which stays as the kernel prints it.
    std::string_view format = {};
    std::array<std::uint64_t, 3> args = {};

    bool operator==(const MessageFact&) const = default;
};
std::string_view messageKindName(MessageFact::Kind kind);
/// The kind's name in the translator's language (context "Compare"); the English name without one.
std::string messageKindName(MessageFact::Kind kind, const TextTranslator* translator);

/// What one machine did on one scenario line.
struct LineFacts
{
    bool ran = false;                      ///< false: the run stopped before this line
    std::uint64_t firstStep = 0;           ///< the line's first step (its caller frame)
    std::uint64_t lastStep = 0;            ///< its last step
    std::optional<std::uint64_t> returned; ///< vmalloc*: the address returned (0 for NULL)
    std::vector<AreaFact> areasCreated;
    std::vector<AreaFact> areasFreed;       ///< vmap_area gone (purged, or freed outright)
    std::vector<AreaFact> areasLazilyFreed; ///< left for the lazy purge
    std::vector<std::uint64_t> dataPfns;    ///< frames that became vmalloc data pages, by pfn
    std::vector<unsigned> dataZones;        ///< the zones they came from, each once, ascending
    std::uint64_t framesTaken = 0;          ///< frames leaving the page allocator (data, tables, slab …)
    std::uint64_t framesFreed = 0;          ///< frames back in the page allocator
    std::uint64_t tablesAllocated = 0;      ///< page-table frames taken
    std::uint64_t ptesWritten = 0;          ///< PTEs that went from empty to present
    std::uint64_t ptesCleared = 0;          ///< PTEs that went from present to empty
    std::vector<KmemleakFact> kmemleakCreated;
    std::uint64_t kmemleakDeleted = 0;
    std::uint64_t leaksReported = 0; ///< new suspected leaks a scan reported
    std::uint64_t lazyNr = 0;        ///< vmap_lazy_nr after the line
    bool lazyNrChanged = false;
    std::vector<MessageFact> messages;
};

/// The kinds of difference compare knows. Each compares one fact of LineFacts across machines.
enum class DifferenceKind : std::uint8_t
{
    Ran,              ///< one machine stopped before the line
    Returned,         ///< a different address (or NULL on one)
    AreaCount,        ///< a different number of areas created
    AreaAddress,      ///< the area created starts elsewhere
    AreaSize,         ///< vm->size differs
    GapPage,          ///< the unmapped gap below the new area (2.6.36's gap page) differs
    DataPages,        ///< a different number of data pages
    PageZone,         ///< data pages from different zones
    PageFrames,       ///< the same count from the same zones, but other frames
    TablesAllocated,  ///< a different number of page-table frames
    PtesWritten,      ///< a different number of PTEs written
    PtesCleared,      ///< a different number of PTEs cleared (vfree clears them at once, or the purge)
    AreasFreed,       ///< a different number of vmap_areas released
    AreasLazilyFreed, ///< a different number of areas left for the lazy purge
    KmemleakObjects,  ///< a different number of kmemleak objects created or deleted
    KmemleakMinCount, ///< the vmalloc object's min_count differs
    KmemleakSize,     ///< the vmalloc object's size differs
    LeaksReported,    ///< a scan reported a different number of leaks
    LazyNr,           ///< vmap_lazy_nr after the line differs
    LazyMaxPages,     ///< lazy_max_pages differs (shown on lines that move vmap_lazy_nr)
    Messages,         ///< a WARN, oops or failure on one machine and not (or another) on the other
    Steps,            ///< a different number of steps
    Count
};
/// "gap_page": the JSON spelling.
std::string_view differenceKindName(DifferenceKind kind);
/// "gap page below the area": the words the text and the window use.
std::string_view differenceKindTitle(DifferenceKind kind);
/// The title in the translator's language (context "Compare"); the English title without one.
std::string differenceKindTitle(DifferenceKind kind, const TextTranslator* translator);

struct Difference
{
    DifferenceKind kind = DifferenceKind::Count;
    /// A word of a value: a number, an address, a zone as it reads, or (marked) an English word
    /// of the comparison's own, "none", "not run", looked up under "Compare" when translated.
    struct Word
    {
        std::string text;
        bool marked = false;
    };
    /// One value per machine, in machine order. `number` when the fact is a number (an address, a
    /// count), `text` always: how the value reads ("0xffffc90000002000", "none", "DMA32"), its
    /// `words` joined by spaces.
    struct Value
    {
        std::optional<std::uint64_t> number;
        std::string text;
        std::vector<Word> words;
    };
    std::vector<Value> values;
};

/// One scenario line across the machines.
struct LineComparison
{
    std::size_t operation = 0; ///< index into Scenario::operations
    scenario::Location where;
    std::string text;
    std::optional<std::size_t> chapter; ///< the lesson chapter the line opens, if any
    std::vector<LineFacts> machines;    ///< one per machine
    std::vector<Difference> differences;

    bool differs(DifferenceKind kind) const;
};

struct MachineRun
{
    Variant variant;
    MachineConfig config;
    std::unique_ptr<Machine> machine; ///< finished recording; null when the run failed
    std::string error;                ///< why the run stopped early ("FILE:LINE: …"), else empty
};

struct Comparison
{
    scenario::Scenario scenario;
    std::vector<MachineRun> machines;
    std::vector<LineComparison> lines; ///< one per operation, in scenario order

    std::size_t differingLines() const;
};

/// Why a comparison could not be made: the variant at fault (or none) and the message.
struct CompareError
{
    std::optional<std::size_t> variant;
    std::string message;
};

struct CompareResult
{
    std::optional<Comparison> comparison;
    std::optional<CompareError> error;
};

/// Runs `scenario` once per variant and compares the runs line by line. A variant the scenario
/// cannot boot with is an error; a run that stops early (trace limit) still compares, its missing
/// lines marked as not run.
CompareResult compareScenario(const scenario::Scenario& scenario, const std::vector<Variant>& variants,
                              const scenario::RunOptions& options = {});

/// What `machine` did on each operation of the scenario it ran (one per operation).
std::vector<LineFacts> lineFactsOf(Machine& machine, const scenario::Scenario& scenario);
/// The differences between the machines on one line.
std::vector<Difference> differencesOf(const std::vector<LineFacts>& machines,
                                      const std::vector<MachineRun>& runs);

/// "A", "B" … the letter a machine goes by in the text and the window.
std::string machineLetter(std::size_t index);
/// What one machine did on one line, in a few short clauses ("returned 0xffffc90000000000", "area …"),
/// each from one format, in the translator's language when there is one.
std::vector<std::string> factClauses(const LineFacts& facts, const TextTranslator* translator = nullptr);
/// The clauses joined by "; ".
std::string describeFacts(const LineFacts& facts, const TextTranslator* translator = nullptr);
/// A value of a difference in the translator's language: its words, the marked ones translated.
std::string valueText(const Difference::Value& value, const TextTranslator* translator);
/// One difference in a line: "gap page below the area: A 4K, B none".
std::string describeDifference(const Difference& difference, const TextTranslator* translator = nullptr);

/// The text `vmviz-cli compare` prints.
std::string compareText(const Comparison& comparison);
/// "format": "vmviz-compare", "version": 1.
nlohmann::ordered_json compareJson(const Comparison& comparison);

} // namespace vmviz::compare
