// SPDX-License-Identifier: GPL-2.0-only
// Step roles and what a step is about: the tables give every argument a meaning, the engine
// records nothing in a slot its table calls unused, the packed arguments unpack to what was packed,
// and focusOf/frameListMoveOf name the numbers the step's own sentence names — checked on the seed
// walkthrough and a few golden runs, one step of each kind.
#include "base/Format.h"
#include "paging/PageTables.h"
#include "scenario/BuiltinScenarios.h"
#include "scenario/ScenarioRunner.h"
#include "steps/Narration.h"
#include "steps/StepFocus.h"
#include "trace/StepRoles.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>

using namespace vmviz;

namespace {

std::string goldenScenario(const std::string& name)
{
    std::ifstream in(std::filesystem::path(VMVIZ_GOLDEN_DIR) / name / "scenario.vmviz");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string builtinScenario(std::string_view name)
{
    for (const auto& builtin : scenario::builtinScenarios())
        if (builtin.name == name)
            return std::string(builtin.text);
    ADD_FAILURE() << "no built-in scenario " << name;
    return {};
}

/// Runs each scenario once for the whole file.
const Machine& run(const std::string& name)
{
    static std::map<std::string, scenario::RunResult> runs;
    auto it = runs.find(name);
    if (it == runs.end()) {
        scenario::RunOptions options;
        options.invariants = scenario::InvariantChecks::Off;
        const std::string text = name == "seed-walkthrough" ? builtinScenario(name) : goldenScenario(name);
        it = runs.emplace(name, scenario::runScenarioText(text, name + ".vmviz", options)).first;
    }
    EXPECT_TRUE(it->second.machine) << name << ": " << it->second.error;
    return *it->second.machine;
}

/// The first effect of `event` whose sentence contains `words`; 0 if none.
std::uint64_t findEffect(const Trace& trace, Ev event, std::string_view words)
{
    for (std::uint64_t i = 1; i <= trace.size(); ++i) {
        const Step step = trace.step(StepIndex{i});
        if (step.kind == StepKind::Effect && step.event == event &&
            narrate(trace, step).find(words) != std::string::npos)
            return i;
    }
    return 0;
}

std::string describe(const StepFocus& f)
{
    std::string out;
    if (f.frame)
        out += " frame=" + fmt::hex(f.frame->value());
    if (f.address)
        out += " address=" + fmt::address(f.address->value());
    if (f.entry)
        out += " entry=" + fmt::hex(f.entry->table.value()) + "/L" + std::to_string(f.entry->level) + "[" +
               std::to_string(f.entry->index) + "]";
    if (f.table)
        out += " table=" + fmt::hex(f.table->value());
    if (f.kmemleakObject)
        out += " object=" + fmt::address(f.kmemleakObject->value());
    if (f.pageIndex)
        out += " page=" + std::to_string(*f.pageIndex);
    return out.empty() ? " nothing" : out;
}

} // namespace

TEST(StepRoles, PackedArgumentsUnpackToWhatWasPacked)
{
    EXPECT_EQ(unpackTableEntry(packTableEntry(LEVEL_PGD, 402)), (EntryPosition{LEVEL_PGD, 402}));
    EXPECT_EQ(unpackTableEntry(packTableEntry(LEVEL_PTE, 511)), (EntryPosition{LEVEL_PTE, 511}));
    EXPECT_EQ(packTableEntry(LEVEL_PMD, 3), 0x302u) << "level | index << 8, as the traces store it";
    EXPECT_EQ(unpackZoneMigratetype(packZoneMigratetype(ZONE_DMA32, MIGRATE_UNMOVABLE, MIGRATE_MOVABLE)),
              (ZoneMigratetype{ZONE_DMA32, MIGRATE_UNMOVABLE, MIGRATE_MOVABLE}));
    EXPECT_EQ(packZoneMigratetype(2, 1, 3), 0x030102u);
    EXPECT_EQ(unpackBlockOrders(packBlockOrders(10, 0)), (BlockOrders{10, 0}));
    const struct
    {
        int count, minCount;
    } counts[] = {{0, 1}, {3, 3}, {-1, 0}, {0, -1}, {-1, -1}, {2147483647, -2147483647 - 1}};
    for (const auto& c : counts)
        EXPECT_EQ(unpackCountMinCount(packCountMinCount(c.count, c.minCount)),
                  (CountMinCount{c.count, c.minCount}))
            << c.count << "/" << c.minCount;
}

TEST(StepRoles, TypedAccessorsGiveFramesAndAddressesTheirTypes)
{
    static_assert(std::is_same_v<decltype(argWith<ArgRole::Frame>(Step{})), std::optional<Pfn>>);
    static_assert(std::is_same_v<decltype(argWith<ArgRole::TablePfn>(Step{})), std::optional<Pfn>>);
    static_assert(std::is_same_v<decltype(argWith<ArgRole::Address>(Step{})), std::optional<VirtAddr>>);
    static_assert(
        std::is_same_v<decltype(argWith<ArgRole::KmemleakObject>(Step{})), std::optional<VirtAddr>>);
    static_assert(
        std::is_same_v<decltype(argWith<ArgRole::TableEntry>(Step{})), std::optional<EntryPosition>>);
    static_assert(std::is_same_v<decltype(argWith<ArgRole::MinCount>(Step{})), std::optional<std::int64_t>>);

    const Step store{.args = {7, 0x7803, 0}, .event = Ev::PageStore, .kind = StepKind::Effect};
    EXPECT_EQ(argRole(store, 0), ArgRole::PageIndex);
    EXPECT_EQ(argRole(store, 1), ArgRole::Frame);
    EXPECT_EQ(argRole(store, 2), ArgRole::Unused);
    EXPECT_EQ(argWith<ArgRole::Frame>(store), Pfn{0x7803});
    EXPECT_EQ(argWith<ArgRole::PageIndex>(store), 7u);
    EXPECT_FALSE(argWith<ArgRole::Address>(store));

    const Step call{.args = {4096, 1, 0}, .function = Fn::__vmalloc_node, .kind = StepKind::Call};
    EXPECT_EQ(argRole(call, 1), ArgRole::Alignment);
    const Step ret{.args = {0x7800, 0, 0}, .function = Fn::alloc_page, .kind = StepKind::Return};
    EXPECT_EQ(argRole(ret, 0), ArgRole::Frame) << "a return's one argument is the returned value";
    EXPECT_EQ(argRole(ret, 1), ArgRole::Unused);
    EXPECT_EQ(returnedValue(ret), 0x7800u);
    EXPECT_EQ(returnedValue(call), 0u) << "a call returns nothing yet";
    EXPECT_EQ(argRole(Step{}, 0), ArgRole::Unused) << "a default Step was never recorded";
}

// Each placeholder in a sentence reads an argument that has a role, the right one for how it is
// printed; and (but for one) every argument with a role is in the sentence.
TEST(StepRoles, SentencesPrintTheArgumentsTheRolesName)
{
    const std::map<std::string_view, std::set<ArgRole>> specRoles = {
        {"Z", {ArgRole::ZoneMigratetype}},
        {"M", {ArgRole::ZoneMigratetype}},
        {"F", {ArgRole::ZoneMigratetype}},
        {"lo", {ArgRole::BlockOrders}},
        {"hi", {ArgRole::BlockOrders}},
        {"L", {ArgRole::TableEntry, ArgRole::PageTableLevel}},
        {"I", {ArgRole::TableEntry}},
        {"q", {ArgRole::CountMinCount}},
        {"e", {ArgRole::EntryValue, ArgRole::ExistingEntryValue}},
        {"o", {ArgRole::Owner}},
        {"s", {ArgRole::Text}},
        {"c", {ArgRole::KmallocCacheIndex}},
        {"g", {ArgRole::GfpMask}},
        {"v", {ArgRole::VmFlags}},
    };
    const auto check = [&](std::string_view what, std::string_view format, std::array<ArgRole, 3> roles) {
        std::array<bool, 3> printed{};
        for (std::size_t open = format.find('{'); open != std::string_view::npos;
             open = format.find('{', open + 1)) {
            const std::size_t close = format.find('}', open);
            ASSERT_NE(close, std::string_view::npos) << what;
            const std::string_view inside = format.substr(open + 1, close - open - 1);
            const auto index = static_cast<std::size_t>(inside[0] - '0');
            ASSERT_LT(index, 3u) << what;
            printed[index] = true;
            EXPECT_NE(roles[index], ArgRole::Unused)
                << what << " prints {" << inside << "}, an unused argument";
            const std::string_view spec = inside.size() > 2 ? inside.substr(2) : std::string_view{};
            if (const auto it = specRoles.find(spec); it != specRoles.end()) {
                EXPECT_TRUE(it->second.count(roles[index]))
                    << what << ": {" << inside << "} cannot print a " << argRoleName(roles[index]);
            }
        }
        // The one silent argument: an entry's sentence names its table by level ("PMD[0]"); the
        // table's frame is there for the views.
        for (std::size_t i = 0; i < 3; ++i)
            EXPECT_TRUE(printed[i] || roles[i] == ArgRole::Unused || roles[i] == ArgRole::TablePfn)
                << what << ": argument " << i << " (" << argRoleName(roles[i]) << ") is never printed";
    };
    for (std::size_t e = 0; e < static_cast<std::size_t>(Ev::Count); ++e) {
        const EventInfo& info = eventInfo(static_cast<Ev>(e));
        check(info.name, info.format, info.roles);
    }
    for (std::size_t f = 0; f < static_cast<std::size_t>(Fn::Count); ++f) {
        const FunctionInfo& info = functionInfo(static_cast<Fn>(f));
        check(info.name, info.callFormat, info.callRoles);
        check(std::string(info.name) + " returns", info.returnFormat,
              {info.returnRole, ArgRole::Unused, ArgRole::Unused});
    }
}

// The engine never puts a number where its table says there is none: a table missing a role would
// leave that number unread.
TEST(StepRoles, EveryArgumentTheEngineRecordsHasARole)
{
    std::set<std::string> seen;
    for (const auto& entry : std::filesystem::directory_iterator(VMVIZ_GOLDEN_DIR)) {
        if (!std::filesystem::exists(entry.path() / "scenario.vmviz"))
            continue;
        const std::string name = entry.path().filename().string();
        const Trace& trace = run(name).trace;
        for (std::uint64_t i = 1; i <= trace.size(); ++i) {
            const Step step = trace.step(StepIndex{i});
            seen.insert(step.kind == StepKind::Effect ? std::string(eventInfo(step.event).name)
                                                      : std::string(functionInfo(step.function).name));
            for (std::size_t a = 0; a < 3; ++a) {
                if (argRole(step, a) == ArgRole::Unused) {
                    EXPECT_EQ(step.args[a], 0u) << name << " step " << i << ": " << narrate(trace, step)
                                                << ": argument " << a << " has no role";
                }
            }
        }
    }
    EXPECT_GT(seen.size(), 80u) << "the golden runs should exercise most events and functions";
}

TEST(StepFocus, EachStepIsAboutTheNumbersItsSentenceNames)
{
    struct Case
    {
        const char* run;
        Ev event;
        const char* words; ///< picks the step; holds the numbers the focus must name
        StepFocus focus;
    };
    const auto frame = [](std::uint64_t pfn) { return std::optional<Pfn>{Pfn{pfn}}; };
    const auto address = [](std::uint64_t a) { return std::optional<VirtAddr>{VirtAddr{a}}; };
    const char* seed = "seed-walkthrough";
    const Case cases[] = {
        {seed, Ev::PageAlign, "PAGE_ALIGN(100) = 4096", {}},
        {seed, Ev::PcpRefillNeeded, "refill it with 7 pages", {}},
        {seed, Ev::RmqueueFallback, "order-10 block at pfn 0x7800", {.frame = frame(0x7800)}},
        {seed, Ev::Expand, "pfn 0x7a00, as an order-9 block", {.frame = frame(0x7a00)}},
        {seed, Ev::PcpBulkAdd, "list_add: pfn 0x7801 goes onto", {.frame = frame(0x7801)}},
        {seed, Ev::Rmqueue, "order-1 block at pfn 0x7802", {.frame = frame(0x7802)}},
        {seed, Ev::PcpTake, "take pfn 0x7803 from the head", {.frame = frame(0x7803)}},
        {seed, Ev::SlabPage, "the slab page at pfn 0x7800", {.frame = frame(0x7800)}},
        {seed, Ev::SlabFreelist, "the new slab at pfn 0x7801", {}},
        {seed, Ev::SlabCpuSlab, "the slab at pfn 0x7802 becomes", {}},
        {seed, Ev::SlabObjectAlloc, "take object 0xffff880007800000", {}},
        {seed,
         Ev::KmemleakCreate,
         "create kmemleak object 0xffff880007800000",
         {.kmemleakObject = address(0xffff880007800000)}},
        {seed, Ev::GuardPage, "4096 + PAGE_SIZE = 8192", {}},
        {seed,
         Ev::VmapReserve,
         "reserve [0xffffc90000000000, 0xffffc90000002000)",
         {.address = address(0xffffc90000000000)}},
        {seed, Ev::VmapFill, "vm->addr = 0xffffc90000000000", {.address = address(0xffffc90000000000)}},
        {seed, Ev::VmlistInsert, "areas on vmlist: 1", {}},
        {seed, Ev::NrPages, "area->nr_pages = 1", {}},
        {seed, Ev::PagesArray, "area->pages = 0xffff880007802000", {}},
        {seed,
         Ev::PageStore,
         "area->pages[0] = page of pfn 0x7803",
         {.frame = frame(0x7803), .pageIndex = 0}},
        {seed, Ev::TableAlloc, "pfn 0x7805 as the new PMD table", {.frame = frame(0x7805)}},
        // An entry write is about the frame its new value points to: the next table, or the page.
        {seed,
         Ev::EntryWrite,
         "PMD[0] = 0x7806067",
         {.frame = frame(0x7806), .entry = EntryFocus{Pfn{0x7805}, LEVEL_PMD, 0}, .table = frame(0x7805)}},
        {seed,
         Ev::EntryWrite,
         "PTE[0] = 0x8000000007803163",
         {.frame = frame(0x7803), .entry = EntryFocus{Pfn{0x7806}, LEVEL_PTE, 0}, .table = frame(0x7806)}},
        {seed, Ev::VarAssign, "buf = 0xffffc90000000000", {}},
        {seed,
         Ev::KmemleakDelete,
         "delete kmemleak object 0xffffc90000000000",
         {.kmemleakObject = address(0xffffc90000000000)}},
        {seed, Ev::VmlistRemove, "vm_struct of 0xffffc90000000000", {.address = address(0xffffc90000000000)}},
        {seed, Ev::LazyFree, "vmap_lazy_nr += 2 = 2", {}},
        {seed, Ev::VmSizeShrink, "vm->size -= PAGE_SIZE: 4096", {}},
        {seed, Ev::PcpAdd, "put pfn 0x7803 at the head", {.frame = frame(0x7803)}},
        {seed, Ev::SlabObjectFree, "object 0xffff880007802000 goes back", {}},
        // A reference is about the object it points into, not the one that holds the pointer.
        {"leak-second-scan", Ev::KmlScanStart, "jiffies_last_scan", {}},
        {"leak-second-scan",
         Ev::KmlRootRefGray,
         "root vmlist points into 0xffff880007800000",
         {.kmemleakObject = address(0xffff880007800000)}},
        {"leak-second-scan",
         Ev::KmlRootRef,
         "root mymod: c points into 0xffffc90000006000",
         {.kmemleakObject = address(0xffffc90000006000)}},
        {"leak-second-scan",
         Ev::KmlScanObject,
         "scan gray object 0xffff880007800000",
         {.kmemleakObject = address(0xffff880007800000)}},
        {"leak-second-scan",
         Ev::KmlObjectRefGray,
         "0xffff880007800000 points into 0xffff880007800040",
         {.kmemleakObject = address(0xffff880007800040)}},
        {"leak-second-scan",
         Ev::KmlObjectRef,
         "0xffff880007801080 points into 0xffffc90000003000",
         {.kmemleakObject = address(0xffffc90000003000)}},
        {"leak-second-scan",
         Ev::KmlChecksumChanged,
         "white 0xffffc90000003000 changed",
         {.kmemleakObject = address(0xffffc90000003000)}},
        {"leak-second-scan",
         Ev::KmlReported,
         "0xffffc90000000000 is white (2/3)",
         {.kmemleakObject = address(0xffffc90000000000)}},
        {"autoscan",
         Ev::KmlClear,
         "reported 0xffffc90000000000 turns gray",
         {.kmemleakObject = address(0xffffc90000000000)}},
        {"double-vfree", Ev::KmemleakUnknown, "no kmemleak object starts at 0xffffc90000000000", {}},
        {"lazy-purge",
         Ev::PtesCleared,
         "clear 2 PTEs in the PTE table at pfn 0x7807",
         {.table = frame(0x7807)}},
        {"lazy-purge",
         Ev::PurgeMark,
         "purge: [0xffffc90000000000, 0xffffc90000003000)",
         {.address = address(0xffffc90000000000)}},
        {"lazy-purge",
         Ev::TlbFlush,
         "flush_tlb_kernel_range(0xffffc90000000000",
         {.address = address(0xffffc90000000000)}},
        {"lazy-purge",
         Ev::PurgeRelease,
         "__free_vmap_area: [0xffffc90000000000",
         {.address = address(0xffffc90000000000)}},
        {"lazy-purge", Ev::LazyNrSub, "vmap_lazy_nr -= 3 = 0", {}},
        {"va-exhaustion", Ev::PcpDrain, "reached high=42", {}},
        {"va-exhaustion",
         Ev::BuddyFree,
         "pfn 0x78cf goes back to the buddy allocator",
         {.frame = frame(0x78cf)}},
    };
    std::set<Ev> covered;
    for (const Case& c : cases) {
        const Trace& trace = run(c.run).trace;
        const std::uint64_t s = findEffect(trace, c.event, c.words);
        SCOPED_TRACE(std::string(c.run) + ": " + c.words);
        ASSERT_NE(s, 0u) << "no " << eventInfo(c.event).name << " step says that";
        const StepFocus focus = focusOf(trace.step(StepIndex{s}));
        EXPECT_EQ(focus, c.focus) << "step " << s << " \"" << narrate(trace, trace.step(StepIndex{s}))
                                  << "\" is about" << describe(focus) << ", expected" << describe(c.focus);
        if (std::string_view(c.run) == seed)
            covered.insert(c.event);
    }
    // Every kind of effect the walkthrough makes has its row above.
    const Trace& walkthrough = run(seed).trace;
    for (std::uint64_t i = 1; i <= walkthrough.size(); ++i) {
        const Step step = walkthrough.step(StepIndex{i});
        if (step.kind == StepKind::Effect) {
            EXPECT_TRUE(covered.count(step.event))
                << "no case for " << eventInfo(step.event).name << " (step " << i << ")";
        }
    }
}

TEST(StepFocus, CallsAndReturnsAreAboutTheirFunction)
{
    const Trace& trace = run("seed-walkthrough").trace;
    for (std::uint64_t i = 1; i <= trace.size(); ++i) {
        const Step step = trace.step(StepIndex{i});
        if (step.kind != StepKind::Effect) {
            EXPECT_EQ(focusOf(step), StepFocus{}) << narrate(trace, step);
            EXPECT_FALSE(frameListMoveOf(step)) << narrate(trace, step);
        }
    }
}

TEST(StepFocus, FramesLeaveAndJoinFreeLists)
{
    struct Case
    {
        const char* run;
        Ev event;
        const char* words;
        std::optional<FrameListMove> move;
    };
    const auto moves = [](std::optional<std::uint64_t> pfn, FreeList leaves, FreeList joins) {
        return std::optional<FrameListMove>{
            FrameListMove{pfn ? std::optional<Pfn>{Pfn{*pfn}} : std::nullopt, leaves, joins}};
    };
    const char* seed = "seed-walkthrough";
    const Case cases[] = {
        {seed, Ev::RmqueueFallback, "order-10 block at pfn 0x7800",
         moves(0x7800, FreeList::Buddy, FreeList::None)},
        {seed, Ev::Rmqueue, "order-1 block at pfn 0x7802", moves(0x7802, FreeList::Buddy, FreeList::None)},
        {seed, Ev::Expand, "pfn 0x7a00, as an order-9 block", moves(0x7a00, FreeList::None, FreeList::Buddy)},
        {seed, Ev::PcpBulkAdd, "list_add: pfn 0x7801", moves(0x7801, FreeList::None, FreeList::PerCpu)},
        {seed, Ev::PcpTake, "take pfn 0x7803 from the head", moves(0x7803, FreeList::PerCpu, FreeList::None)},
        {seed, Ev::PcpAdd, "put pfn 0x7803 at the head", moves(0x7803, FreeList::None, FreeList::PerCpu)},
        {"va-exhaustion", Ev::BuddyFree, "pfn 0x78cf goes back",
         moves(0x78cf, FreeList::None, FreeList::Buddy)},
        // free_pcppages_bulk names no frame: every frame it hands back goes from one list to the other.
        {"va-exhaustion", Ev::PcpDrain, "reached high=42",
         moves(std::nullopt, FreeList::PerCpu, FreeList::Buddy)},
        // Owner changes and table pages move no frame between lists.
        {seed, Ev::SlabPage, "the slab page at pfn 0x7800", std::nullopt},
        {seed, Ev::TableAlloc, "pfn 0x7805 as the new PMD table", std::nullopt},
        {seed, Ev::PageStore, "area->pages[0]", std::nullopt},
        {seed, Ev::EntryWrite, "PTE[0]", std::nullopt},
    };
    for (const Case& c : cases) {
        const Trace& trace = run(c.run).trace;
        const std::uint64_t s = findEffect(trace, c.event, c.words);
        SCOPED_TRACE(std::string(c.run) + ": " + c.words);
        ASSERT_NE(s, 0u);
        EXPECT_EQ(frameListMoveOf(trace.step(StepIndex{s})), c.move);
    }
}

// A return is narrated by its role: 0 from a pointer role is NULL, a negative int-or-errno is the
// errno's name; only a real value goes through the function's return format.
TEST(StepRoles, FailedReturnsSayNullOrErrno)
{
    struct Case
    {
        Fn fn;
        std::uint64_t value;
        std::string_view sentence;
    };
    const Case cases[] = {
        {Fn::alloc_page, 0, "alloc_page returns NULL"},
        {Fn::alloc_page, 0x7803, "alloc_page returns page of pfn 0x7803"},
        {Fn::alloc_pages, 0, "alloc_pages returns NULL"},
        {Fn::vmalloc, 0, "vmalloc returns NULL"},
        {Fn::remove_vm_area, 0, "remove_vm_area returns NULL"},
        {Fn::vmap_page_range, static_cast<std::uint64_t>(-12), "vmap_page_range returns -ENOMEM"},
        {Fn::vmap_page_range, 0, "vmap_page_range returns 0 pages mapped"},
        {Fn::vmap_page_range, 3, "vmap_page_range returns 3 pages mapped"},
        {Fn::map_vm_area, static_cast<std::uint64_t>(-12), "map_vm_area returns -ENOMEM"},
        {Fn::map_vm_area, 0, "map_vm_area returns 0"},
        {Fn::rmqueue_bulk, 0, "rmqueue_bulk returns 0 pages"},
    };
    const Trace trace;
    for (const Case& c : cases) {
        Step step;
        step.kind = StepKind::Return;
        step.function = c.fn;
        step.args = {c.value, 0, 0};
        EXPECT_EQ(narrate(trace, step), c.sentence);
    }
}
