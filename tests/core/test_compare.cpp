// SPDX-License-Identifier: GPL-2.0-only
// compare/: machine variants laid over a scenario, and the typed differences between the runs.
#include "compare/Compare.h"
#include "kernel/KernelProfile.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioParser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace vmviz;
using namespace vmviz::compare;

namespace {

scenario::Scenario parsed(const std::string& text, const std::string& name = "case.vmviz")
{
    auto result = scenario::parseScenario(text, name);
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors.front().toString());
    return result.ok() ? *result.scenario : scenario::Scenario{};
}

Variant variant(const std::string& text)
{
    std::string why;
    const auto v = parseVariant(text, &why);
    EXPECT_TRUE(v) << text << ": " << why;
    return v.value_or(Variant{});
}

Comparison compared(const std::string& text, const std::vector<std::string>& variants)
{
    std::vector<Variant> list;
    for (const std::string& v : variants)
        list.push_back(variant(v));
    CompareResult result = compareScenario(parsed(text), list);
    EXPECT_FALSE(result.error) << (result.error ? result.error->message : "");
    return result.comparison ? std::move(*result.comparison) : Comparison{};
}

std::set<DifferenceKind> kindsOf(const LineComparison& line)
{
    std::set<DifferenceKind> kinds;
    for (const Difference& d : line.differences)
        kinds.insert(d.kind);
    return kinds;
}

// --- variants -------------------------------------------------------------------------------

struct VariantCase
{
    const char* text;
    bool ok;
    const char* labelOrError; ///< the label when ok, else a part of the error
};

TEST(CompareVariant, ParsesSettingsOrSaysWhy)
{
    const VariantCase cases[] = {
        {"cpus=4", true, "cpus=4"},
        {"ram=1G cpus=2", true, "ram=1G cpus=2"},
        {"ram=1G,cpus=2", true, "ram=1G cpus=2"},
        {"  kernel=2.6.36  ", true, "kernel=2.6.36"},
        {"", false, "needs KEY=VALUE"},
        {"cpus", false, "'cpus' is not KEY=VALUE"},
        {"=4", false, "is not KEY=VALUE"},
        {"cpus=", false, "is not KEY=VALUE"},
        {"cpus=1 cpus=2", false, "'cpus' is given twice"},
    };
    for (const VariantCase& c : cases) {
        SCOPED_TRACE(c.text);
        std::string why;
        const auto v = parseVariant(c.text, &why);
        ASSERT_EQ(v.has_value(), c.ok) << why;
        if (c.ok)
            EXPECT_EQ(v->label(), c.labelOrError);
        else
            EXPECT_NE(why.find(c.labelOrError), std::string::npos) << why;
    }
}

TEST(CompareVariant, KernelListsNameTheKnownKernels)
{
    std::string why;
    ASSERT_TRUE(kernelVariants("2.6.36,2.6.36", &why));
    EXPECT_EQ(kernelVariants("2.6.36,2.6.36", &why)->size(), 2u);
    EXPECT_FALSE(kernelVariants("2.6.36,3.0", &why));
    EXPECT_NE(why.find("unknown kernel '3.0' (this build models 2.6.36"), std::string::npos) << why;
    EXPECT_FALSE(kernelVariants("", &why));
    EXPECT_FALSE(kernelVariants("2.6.36,,2.6.36", &why));
    EXPECT_NE(std::find(knownKernels().begin(), knownKernels().end(), "2.6.36"), knownKernels().end());
}

TEST(CompareVariant, EveryKernelGetsEveryOtherVariant)
{
    std::string why;
    const auto kernels = *kernelVariants("2.6.36,2.6.36", &why);
    const auto combined = combineVariants(kernels, {variant("cpus=1"), variant("cpus=4 kernel=2.6.36")});
    ASSERT_EQ(combined.size(), 4u);
    EXPECT_EQ(combined[0].label(), "kernel=2.6.36 cpus=1");
    EXPECT_EQ(combined[1].label(), "kernel=2.6.36 cpus=4"); // a key given twice keeps one place
    EXPECT_EQ(combineVariants({}, {variant("cpus=1")}).size(), 1u);
    EXPECT_EQ(combineVariants(kernels, {}).size(), 2u);
}

TEST(CompareVariant, SettingsReplaceTheScenarioOwnAndKeepTheRest)
{
    const auto s = parsed("config ram=256M cpus=2 module=demo\na = vmalloc 4K\n");
    const VariantMachine plain = machineFor(s, Variant{});
    ASSERT_TRUE(plain.config) << plain.error;
    EXPECT_EQ(plain.config->cpus, 2u);
    const VariantMachine laid = machineFor(s, variant("cpus=8 ram=1G"));
    ASSERT_TRUE(laid.config) << laid.error;
    EXPECT_EQ(laid.config->cpus, 8u);
    EXPECT_EQ(laid.config->ramBytes, 1ull << 30);
    EXPECT_EQ(laid.config->identity.module, "demo");
    EXPECT_EQ(laid.config->identity.initSize, plain.config->identity.initSize);
    EXPECT_EQ(machineFor(s, variant("kernel=2.6.36")).config->profile, "2.6.36");

    const struct
    {
        const char* variant;
        const char* error;
    } refused[] = {
        {"cpus=0", "cpus=0 is out of range"},
        {"ram=1T", "ram=1T is out of range"},
        {"colour=blue", "unknown config key 'colour'"},
        {"kernel=1.0", "unknown kernel '1.0'"},
    };
    for (const auto& r : refused) {
        SCOPED_TRACE(r.variant);
        const VariantMachine m = machineFor(s, variant(r.variant));
        EXPECT_FALSE(m.config);
        EXPECT_NE(m.error.find(r.error), std::string::npos) << m.error;
    }
}

// --- comparisons ----------------------------------------------------------------------------

const char* const kSeed = "config ram=128M cpus=4 module=mymod comm=insmod pid=1234\n"
                          "buf = vmalloc 100\n"
                          "vfree buf\n";

/// vfree of 33 MiB: over lazy_max_pages on one CPU (8192 pages), under it on four (24576).
const char* const kOverLazyLimit = "config ram=512M\n"
                                   "a = vmalloc 33M\n"
                                   "vfree a\n"
                                   "b = vmalloc 4K\n";

struct LineCase
{
    const char* name;
    const char* scenario;
    std::vector<std::string> variants;
    std::size_t line; ///< operation index
    std::set<DifferenceKind> kinds;
};

TEST(Compare, EachLineReportsTheDifferencesItHas)
{
    using K = DifferenceKind;
    const LineCase cases[] = {
        {"SeedVmallocSameOnOneOrFourCpus", kSeed, {"cpus=1", "cpus=4"}, 0, {}},
        {"SeedVfreeLazyMaxPages", kSeed, {"cpus=1", "cpus=4"}, 1, {K::LazyMaxPages}},
        {"SeedPagesFromNormalAbove4G", kSeed, {"ram=128M", "ram=8G"}, 0, {K::PageZone, K::Steps}},
        {"SeedVfreeSameWhateverTheRam", kSeed, {"ram=128M", "ram=8G"}, 1, {}},
        {"VfreeOverTheLimitPurgesOnOneCpu",
         kOverLazyLimit,
         {"cpus=1", "cpus=4"},
         1,
         {K::PtesCleared, K::AreasFreed, K::AreasLazilyFreed, K::LazyNr, K::LazyMaxPages, K::Steps}},
        {"TheNextAreaReusesThePurgedRange",
         kOverLazyLimit,
         {"cpus=1", "cpus=4"},
         2,
         {K::Returned, K::AreaAddress, K::GapPage, K::LazyNr}},
        {"SameKernelTwiceAgrees", kOverLazyLimit, {"kernel=2.6.36", "kernel=2.6.36"}, 1, {}},
    };
    for (const LineCase& c : cases) {
        SCOPED_TRACE(c.name);
        const Comparison comparison = compared(c.scenario, c.variants);
        ASSERT_GT(comparison.lines.size(), c.line);
        EXPECT_EQ(kindsOf(comparison.lines[c.line]), c.kinds) << compareText(comparison);
    }
}

TEST(Compare, DifferencesCarryEachMachineValue)
{
    const Comparison c = compared(kOverLazyLimit, {"cpus=1", "cpus=4"});
    const LineComparison& next = c.lines[2];
    const auto it = std::find_if(next.differences.begin(), next.differences.end(),
                                 [](const Difference& d) { return d.kind == DifferenceKind::Returned; });
    ASSERT_NE(it, next.differences.end());
    ASSERT_EQ(it->values.size(), 2u);
    EXPECT_EQ(it->values[0].number, 0xffffc90000000000ull); // the purged range, lowest fit again
    EXPECT_EQ(it->values[1].number, 0xffffc90002115000ull); // after the lazily freed areas and a gap page
    EXPECT_EQ(describeDifference(*it), "returned: A 0xffffc90000000000, B 0xffffc90002115000");
    const LineFacts& freed = c.lines[1].machines[0];
    EXPECT_EQ(freed.ptesCleared, 8448u);
    EXPECT_EQ(c.lines[1].machines[1].ptesCleared, 0u);
}

TEST(Compare, FactsFollowTheScenarioLines)
{
    const Comparison c = compared(kSeed, {"cpus=1", "cpus=4"});
    ASSERT_EQ(c.lines.size(), 2u);
    const LineFacts& alloc = c.lines[0].machines[0];
    EXPECT_TRUE(alloc.ran);
    EXPECT_EQ(alloc.firstStep, 1u);
    EXPECT_EQ(alloc.returned, 0xffffc90000000000ull);
    ASSERT_EQ(alloc.areasCreated.size(), 1u);
    EXPECT_EQ(alloc.areasCreated[0].size, 8192u); // a page and the guard page
    EXPECT_FALSE(alloc.areasCreated[0].gapBelow); // nothing below the first area
    EXPECT_EQ(alloc.dataPfns.size(), 1u);
    EXPECT_EQ(alloc.ptesWritten, 1u);
    const auto vmallocObject = std::find_if(alloc.kmemleakCreated.begin(), alloc.kmemleakCreated.end(),
                                            [](const KmemleakFact& k) { return k.vmalloc; });
    ASSERT_NE(vmallocObject, alloc.kmemleakCreated.end());
    EXPECT_EQ(vmallocObject->minCount, 3); // 2.6.36: kmemleak_alloc(addr, real_size, 3, …)
    EXPECT_EQ(vmallocObject->size, 100u);
    const LineFacts& freed = c.lines[1].machines[0];
    EXPECT_EQ(freed.firstStep, alloc.lastStep + 1);
    EXPECT_EQ(freed.lastStep, c.machines[0].machine->stepCount());
    EXPECT_EQ(freed.areasLazilyFreed.size(), 1u);
    EXPECT_EQ(freed.ptesCleared, 0u); // 2.6.36 leaves the PTEs for the purge
}

TEST(Compare, GapPageIsMeasuredFromTheAreaBelow)
{
    const Comparison c = compared("a = vmalloc 100\nb = vmalloc 100\n", {"cpus=1", "cpus=2"});
    ASSERT_EQ(c.lines[1].machines[0].areasCreated.size(), 1u);
    EXPECT_EQ(c.lines[1].machines[0].areasCreated[0].gapBelow, 4096u);
    EXPECT_EQ(c.lines[1].machines[0].returned, 0xffffc90000003000ull);
}

TEST(Compare, WarnsAndOopsesAreMessages)
{
    const Comparison c =
        compared("vfree 0xffffc90000001000\na = vmalloc 4K\nvfree a\nvfree a\n", {"cpus=1", "cpus=2"});
    ASSERT_EQ(c.lines[0].machines[0].messages.size(), 1u);
    EXPECT_EQ(c.lines[0].machines[0].messages[0].kind, MessageFact::Kind::Warn);
    EXPECT_NE(c.lines[0].machines[0].messages[0].text.find("Trying to vfree() nonexistent vm area"),
              std::string::npos);
    EXPECT_TRUE(c.lines[0].differences.empty());
}

TEST(Compare, ChaptersOpenTheirFirstLine)
{
    const Comparison c =
        compared("chapter \"One\"\na = vmalloc 4K\nchapter \"Two\"\nvfree a\n", {"cpus=1", "cpus=2"});
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_EQ(c.lines[0].chapter, 0u);
    EXPECT_EQ(c.lines[1].chapter, 1u);
    // A chapter step between two lines belongs to neither.
    EXPECT_EQ(c.lines[1].machines[0].firstStep, c.lines[0].machines[0].lastStep + 2);
}

TEST(Compare, AVariantTheScenarioCannotBootWithIsAnError)
{
    const CompareResult result = compareScenario(parsed(kSeed), {variant("cpus=1"), variant("ram=8M")});
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->variant, 1u);
    EXPECT_NE(result.error->message.find("ram=8M is out of range"), std::string::npos)
        << result.error->message;
}

TEST(Compare, TheSameKernelTwiceAgreesOnEveryLesson)
{
    std::string why;
    const auto twice = *kernelVariants("2.6.36,2.6.36", &why);
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off; // the golden tests check them; this checks agreement
    int lessons = 0;
    for (const scenario::CatalogueEntry& entry : scenario::scenarioCatalogue()) {
        if (entry.header.kind != scenario::ScenarioKind::Lesson)
            continue;
        SCOPED_TRACE(entry.name);
        const CompareResult result =
            compareScenario(parsed(std::string(entry.text), entry.name), twice, options);
        ASSERT_TRUE(result.comparison) << (result.error ? result.error->message : "");
        EXPECT_EQ(result.comparison->differingLines(), 0u) << compareText(*result.comparison);
        ++lessons;
    }
    EXPECT_GE(lessons, 12);
}

TEST(Compare, EveryDifferenceKindHasANameAndATitle)
{
    std::set<std::string_view> names;
    for (unsigned k = 0; k < static_cast<unsigned>(DifferenceKind::Count); ++k) {
        const auto kind = static_cast<DifferenceKind>(k);
        EXPECT_FALSE(differenceKindTitle(kind).empty());
        EXPECT_TRUE(names.insert(differenceKindName(kind)).second) << differenceKindName(kind);
    }
    EXPECT_EQ(machineLetter(0), "A");
    EXPECT_EQ(machineLetter(25), "Z");
    EXPECT_EQ(machineLetter(26), "AA");
}

} // namespace

// --- lesson 13: what changed between 2.6.36 and 6.18 -------------------------------------------

namespace {

const char* const kLesson13 = "lesson-13-what-changed-in-6-18";

const LineComparison* lineWithText(const Comparison& c, const std::string& text)
{
    for (const LineComparison& line : c.lines)
        if (line.text == text)
            return &line;
    ADD_FAILURE() << "no line '" << text << "'";
    return nullptr;
}

CompareResult compareLesson13(const std::string& kernels)
{
    const scenario::CatalogueEntry* lesson = scenario::findInCatalogue(kLesson13);
    EXPECT_NE(lesson, nullptr);
    if (!lesson)
        return {};
    std::string why;
    const auto variants = kernelVariants(kernels, &why);
    EXPECT_TRUE(variants) << why;
    return compareScenario(parsed(std::string(lesson->text), lesson->name),
                           variants.value_or(std::vector<Variant>{}));
}

} // namespace

TEST(CompareLesson13, The2636SideIsWhatTheLessonSays)
{
    const CompareResult result = compareLesson13("2.6.36,2.6.36");
    ASSERT_TRUE(result.comparison);
    const Comparison& c = *result.comparison;
    EXPECT_EQ(lineWithText(c, "b = vmalloc 100")->machines[0].returned, 0xffffc90000003000ull);
    EXPECT_EQ(lineWithText(c, "b = vmalloc 100")->machines[0].areasCreated.at(0).gapBelow, 4096u);
    EXPECT_EQ(lineWithText(c, "vfree c")->machines[0].ptesCleared, 0u);
    EXPECT_TRUE(lineWithText(c, "write c \"use after free\"")->machines[0].messages.empty());
    EXPECT_EQ(lineWithText(c, "purge")->machines[0].ptesCleared, 2u);
}

TEST(CompareLesson13, ShowsWhatChangedIn618)
{
    const CompareResult result = compareLesson13("2.6.36,6.18");
    ASSERT_TRUE(result.comparison) << (result.error ? result.error->message : "");
    const Comparison& c = *result.comparison;
    using K = DifferenceKind;
    const struct
    {
        const char* line;
        std::vector<DifferenceKind> kinds; ///< each must be among the line's differences
    } expected[] = {
        {"a = vmalloc 100", {K::KmemleakMinCount, K::KmemleakSize}},
        {"b = vmalloc 100", {K::Returned, K::GapPage}},
        {"c = vmalloc 8K", {K::KmemleakMinCount}},
        {"vfree c", {K::PtesCleared}},
        {"write c \"use after free\"", {K::Messages}},
    };
    for (const auto& e : expected) {
        SCOPED_TRACE(e.line);
        const LineComparison* line = lineWithText(c, e.line);
        ASSERT_NE(line, nullptr);
        for (const DifferenceKind kind : e.kinds)
            EXPECT_TRUE(line->differs(kind)) << differenceKindName(kind) << "\n" << compareText(c);
    }
    EXPECT_EQ(lineWithText(c, "b = vmalloc 100")->machines[1].returned, 0xffffc90000002000ull);
    EXPECT_EQ(lineWithText(c, "vfree c")->machines[1].ptesCleared, 2u);
    const LineComparison* a = lineWithText(c, "a = vmalloc 100");
    const auto vmallocObject =
        std::find_if(a->machines[1].kmemleakCreated.begin(), a->machines[1].kmemleakCreated.end(),
                     [](const KmemleakFact& k) { return k.vmalloc; });
    ASSERT_NE(vmallocObject, a->machines[1].kmemleakCreated.end());
    EXPECT_EQ(vmallocObject->minCount, 2);
    EXPECT_EQ(vmallocObject->size, 4096u);
}
