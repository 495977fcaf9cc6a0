// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The syntax tree of a scenario file: the machine settings and the kernel calls to make, in order.
// The parser (scenario/ScenarioParser.h) builds it; the engine and the front-ends only read it.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vmviz::scenario {

struct Location
{
    std::string file;
    int line = 0; // 1-based

    bool operator==(const Location&) const = default;
};

/// `config` lines. An unset key means "the front-end's default", so the engine can tell a scenario
/// that pins ram=1G from one that does not care.
struct Config
{
    std::optional<std::uint64_t> ramBytes; // multiple of PAGE_SIZE, 16M..64G
    std::optional<unsigned> cpus;          // 1..256
    std::optional<std::uint64_t> seed;
    std::optional<std::string> comm;   // current->comm, 1..15 chars (TASK_COMM_LEN 16 with the NUL)
    std::optional<unsigned> pid;       // 1..4194304 (PID_MAX_LIMIT)
    std::optional<std::string> module; // 1..55 chars (MODULE_NAME_LEN 56 with the NUL)
    /// The size of the vmalloc range, 1M..32T; the x86-64 default is 32 TiB. A model knob (like
    /// 32-bit x86's `vmalloc=` boot parameter) to reach VA exhaustion.
    std::optional<std::uint64_t> vmallocBytes;
    /// Levels of page tables: 4, or 5 (LA57, which only a kernel profile that has it allows).
    std::optional<unsigned> pagingLevels;
    /// The kernel profile: "2.6.36" (the default) or "6.18".
    std::optional<std::string> kernel;
    /// How long the machine has been up when the scenario starts, in microseconds (`uptime=`).
    std::optional<std::uint64_t> uptimeMicros;

    bool operator==(const Config&) const = default;
};

enum class AllocApi
{
    Vmalloc,     // vmalloc()
    Vmalloc32,   // vmalloc_32()
    VmallocUser, // vmalloc_user()
    Vmalloc_,    // __vmalloc(): a C++ name cannot start with two underscores
    VmallocHuge, // vmalloc_huge(size, GFP_KERNEL): Linux 6.x only
    Kvmalloc,    // kvmalloc(size, GFP_KERNEL): kmalloc, else vmalloc; Linux 4.12+, so 6.x only here
};

struct AllocOp
{
    std::string var; // empty: the pointer is not kept by the scenario
    AllocApi api = AllocApi::Vmalloc;
    std::uint64_t size = 0; // as passed; 0 is legal (the kernel returns NULL)
    // Only __vmalloc takes these; the other APIs leave them 0 and the engine applies the flags the
    // kernel hard-codes for each wrapper.
    std::uint32_t gfp = 0;
    std::uint64_t prot = 0;

    bool operator==(const AllocOp&) const = default;
};

struct FreeOp
{
    std::string var;           // empty: vfree of the raw `address` below
    std::uint64_t address = 0; // 0 with an empty var is vfree(NULL)
    bool kvfree = false;       // kvfree(), which picks vfree or kfree by the address (6.x only)

    bool operator==(const FreeOp&) const = default;
};

enum class FaultSite
{
    AllocPage,
    Kmalloc,
    VmapArea,
    PteAlloc,
    PmdAlloc,
    PudAlloc,
};

struct FailOp
{
    enum class Mode
    {
        After, // the n+1-th following call at the site fails, once
        Every, // every n-th call fails (n >= 1)
        Off,   // stop injecting at the site
    };
    FaultSite site = FaultSite::AllocPage;
    Mode mode = Mode::Off;
    std::uint64_t n = 0;

    bool operator==(const FailOp&) const = default;
};

/// The caller drops its only pointer: kmemleak's business from here on.
struct LeakOp
{
    std::string var;

    bool operator==(const LeakOp&) const = default;
};

/// purge_vmap_area_lazy().
struct PurgeOp
{
    bool operator==(const PurgeOp&) const = default;
};

/// Always milliseconds, 1 .. 86400000. `N jiffies` is stored as N * 4 (HZ=250).
struct SleepOp
{
    std::uint64_t milliseconds = 0;

    bool operator==(const SleepOp&) const = default;
};

/// Writes `length` bytes at var + offset; byte i is bytes[i % bytes.size()]. That one rule covers all
/// three spellings, and `fill` stays a single byte however large COUNT is (hostile input cannot make
/// the parser allocate gigabytes). `form` only remembers the spelling, for formatOperation.
struct WriteOp
{
    enum class Form
    {
        String, // write p "text"
        Bytes,  // write p bytes 41 42
        Fill,   // write p fill aa 4K
    };
    std::string var;
    std::uint64_t offset = 0;
    Form form = Form::Bytes;
    std::vector<std::uint8_t> bytes; // never empty
    std::uint64_t length = 0;        // >= 1; bytes.size() unless form == Fill

    std::uint8_t byteAt(std::uint64_t i) const { return bytes[static_cast<std::size_t>(i % bytes.size())]; }

    bool operator==(const WriteOp&) const = default;
};

struct KmemleakOp
{
    enum class Command
    {
        Scan,
        Clear,
        Dump,
    };
    Command command = Command::Scan;
    std::string var;           // Dump only: the object named by a variable, or
    std::uint64_t address = 0; // Dump only, var empty: a raw address

    bool operator==(const KmemleakOp&) const = default;
};

using OpVariant = std::variant<AllocOp, FreeOp, FailOp, LeakOp, PurgeOp, SleepOp, WriteOp, KmemleakOp>;

struct Operation
{
    Location where;
    std::string text; // the source line, comment removed and trimmed: what the UI shows for the step
    OpVariant op;

    bool operator==(const Operation&) const = default;
};

/// A lesson's chapter: `chapter "Title"` opens it, the `say`, `ask` and `note` lines after it fill
/// it in. The runner records an Ev::Chapter step before the chapter's first operation, so a run
/// knows where each chapter starts (scenario/Lesson.h).
struct Chapter
{
    Location where; // the `chapter` line
    std::string title;
    std::string say;                // the plain-language explanation; several `say` lines join with a space
    std::string ask;                // the question for the class
    std::string note;               // teacher notes
    std::size_t firstOperation = 0; // index into Scenario::operations; == size() for a chapter at the end

    bool operator==(const Chapter&) const = default;
};

struct Scenario
{
    std::string name; // the file name without directories and extension
    Config config;
    std::vector<Operation> operations;
    std::vector<Chapter> chapters; // in file order; empty for a scenario that is not a lesson

    bool operator==(const Scenario&) const = default;
};

struct ParseError
{
    Location where;
    std::string message;

    /// "FILE:LINE: message", the form editors and compilers use, so the lines are clickable.
    std::string toString() const;
};

/// Parsing is all or nothing: a scenario with no errors, or the errors and no scenario.
struct ParseResult
{
    std::optional<Scenario> scenario;
    std::vector<ParseError> errors;
    /// More than kMaxParseErrors lines were bad; the parser stopped at the first one over the cap.
    bool errorsTruncated = false;
    /// Characters of the lines the lexer read. A line over kMaxLineLength is rejected unread, so
    /// this bounds the parser's work whatever the input (a test checks it instead of a clock).
    std::size_t charactersLexed = 0;

    bool ok() const { return scenario.has_value(); }
};

std::string_view faultSiteName(FaultSite site);
std::optional<FaultSite> faultSiteFromName(std::string_view name);
std::string_view allocApiName(AllocApi api);
std::optional<AllocApi> allocApiFromName(std::string_view name);

} // namespace vmviz::scenario
