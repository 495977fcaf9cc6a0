// SPDX-License-Identifier: GPL-2.0-only
// scanGraphAt reads a kmemleak scan back from its steps: every reference the scan recorded is an
// edge at the step that found it, the roots are named, and the end of the scan says why each
// white object was or was not reported. Checked on lesson 7 (a leak, a changed object, two scans).
#include "kmemleak/KmemleakScanGraph.h"
#include "scenario/BuiltinScenarios.h"
#include "scenario/ScenarioRunner.h"
#include "trace/StepRoles.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace vmviz;

namespace {

const Machine& lesson7()
{
    static const scenario::RunResult run = [] {
        std::string text;
        for (const auto& builtin : scenario::builtinScenarios())
            if (builtin.name == "lesson-07-kmemleak-two-scans")
                text = std::string(builtin.text);
        scenario::RunOptions options;
        options.invariants = scenario::InvariantChecks::Off;
        return scenario::runScenarioText(text, "lesson-07.vmviz", options);
    }();
    EXPECT_TRUE(run.machine) << run.error;
    return *run.machine;
}

std::vector<std::uint64_t> scanCalls(const Trace& trace)
{
    std::vector<std::uint64_t> out;
    for (std::uint64_t i = 1; i <= trace.size(); ++i) {
        const Step s = trace.step(StepIndex{i});
        if (s.kind == StepKind::Call && s.function == Fn::kmemleak_scan)
            out.push_back(i);
    }
    return out;
}

bool isReference(const Step& s)
{
    return s.kind == StepKind::Effect && (s.event == Ev::KmlRootRef || s.event == Ev::KmlRootRefGray ||
                                          s.event == Ev::KmlObjectRef || s.event == Ev::KmlObjectRefGray);
}

constexpr std::uint64_t kA = 0xffffc90000000000; // leaked, unchanged: reported by the first scan
constexpr std::uint64_t kB = 0xffffc90000003000; // leaked after a write: changed, reported by the second
constexpr std::uint64_t kC = 0xffffc90000006000; // still held by the caller: never reported

std::optional<ScanVerdict> verdictFor(const KmemleakScanGraph& g, std::uint64_t pointer)
{
    std::optional<ScanVerdict> out;
    for (const ScanVerdictOf& v : g.verdicts)
        if (v.pointer == pointer)
            out = v.verdict;
    return out;
}

TEST(KmemleakScanGraph, EmptyBeforeTheFirstScan)
{
    const Machine& m = lesson7();
    const auto calls = scanCalls(m.trace);
    ASSERT_EQ(calls.size(), 2u);
    const KmemleakScanGraph g = scanGraphAt(m.trace, StepIndex{calls[0] - 1});
    EXPECT_EQ(g.callStep, 0u);
    EXPECT_TRUE(g.edges.empty());
    EXPECT_FALSE(g.running());
}

TEST(KmemleakScanGraph, EachReferenceIsAnEdgeFromTheStepThatFoundIt)
{
    const Machine& m = lesson7();
    const auto calls = scanCalls(m.trace);
    ASSERT_EQ(calls.size(), 2u);
    std::size_t found = 0;
    for (std::uint64_t i = calls[0] + 1; i < calls[1]; ++i) {
        const Step s = m.trace.step(StepIndex{i});
        if (s.kind == StepKind::Return && s.function == Fn::kmemleak_scan)
            break;
        found += isReference(s);
        const KmemleakScanGraph g = scanGraphAt(m.trace, StepIndex{i});
        ASSERT_EQ(g.callStep, calls[0]);
        EXPECT_TRUE(g.running()) << "step " << i;
        ASSERT_EQ(g.edges.size(), found) << "step " << i;
        if (isReference(s)) {
            EXPECT_EQ(g.edges.back().step, i);
            EXPECT_EQ(g.edges.back().to, s.args[1]);
            const CountMinCount c = unpackCountMinCount(s.args[2]);
            EXPECT_EQ(g.edges.back().count, c.count);
            EXPECT_EQ(g.edges.back().madeGray, c.count >= c.minCount);
        }
    }
    EXPECT_GT(found, 10u);
}

TEST(KmemleakScanGraph, RootsAndWhyEachWhiteObjectWasOrWasNotReported)
{
    const Machine& m = lesson7();
    const auto calls = scanCalls(m.trace);
    ASSERT_EQ(calls.size(), 2u);
    const KmemleakScanGraph first = scanGraphAt(m.trace, StepIndex{calls[1] - 1});
    EXPECT_EQ(first.callStep, calls[0]);
    EXPECT_NE(first.returnStep, 0u);
    EXPECT_FALSE(first.running());
    // The kernel's own roots, then the caller's variable still holding c.
    EXPECT_EQ(first.roots,
              (std::vector<std::string>{"vmlist", "vmap_area_root", "vmap_area_list", "mymod: c"}));
    ASSERT_FALSE(first.edges.empty());
    EXPECT_TRUE(first.edges.front().fromRoot);
    EXPECT_EQ(first.edges.front().root, "vmlist");
    // The caller dropped a and b: no root points to them, only the kernel's own objects do.
    for (const ScanEdge& e : first.edges) {
        if (e.to == kA || e.to == kB) {
            EXPECT_FALSE(e.fromRoot) << std::hex << e.to;
        }
    }
    EXPECT_EQ(verdictFor(first, kA), ScanVerdict::Reported);
    EXPECT_EQ(verdictFor(first, kB), ScanVerdict::ChecksumChanged);
    EXPECT_EQ(verdictFor(first, kC), std::nullopt);
    EXPECT_EQ(
        std::count_if(first.edges.begin(), first.edges.end(), [](const ScanEdge& e) { return e.to == kC; }),
        3);

    const KmemleakScanGraph second = scanGraphAt(m.trace, StepIndex{m.trace.size()});
    EXPECT_EQ(second.callStep, calls[1]);
    EXPECT_EQ(verdictFor(second, kB), ScanVerdict::Reported);
    EXPECT_EQ(verdictFor(second, kA), std::nullopt) << "a was reported once; kmemleak does not repeat it";
}

} // namespace
