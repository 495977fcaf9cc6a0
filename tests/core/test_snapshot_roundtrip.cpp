// SPDX-License-Identifier: GPL-2.0-only
// A JSON snapshot rebuilds the same machine: every export of the loaded machine equals the
// original's at the snapshot's position; hostile snapshots get an error naming the field.
#include "export/Exports.h"
#include "scenario/ScenarioRunner.h"
#include "support/Golden.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace vmviz;

namespace {

std::unique_ptr<Machine> runGolden(const std::string& name)
{
    const auto dir = std::filesystem::path(VMVIZ_GOLDEN_DIR) / name;
    auto run = scenario::runScenarioText(golden::readFile(dir / "scenario.vmviz"), name + ".vmviz");
    EXPECT_TRUE(run.machine && run.error.empty()) << run.error;
    return std::move(run.machine);
}

struct Case
{
    const char* golden;
    double at; ///< fraction of the trace
};

class SnapshotRoundTrip : public ::testing::TestWithParam<Case>
{
};

TEST_P(SnapshotRoundTrip, EveryExportSurvives)
{
    auto machine = runGolden(GetParam().golden);
    ASSERT_TRUE(machine);
    machine->seek(
        StepIndex{static_cast<std::uint64_t>(GetParam().at * static_cast<double>(machine->stepCount()))});
    const std::string json = exports::snapshotJson(*machine).dump(1);
    exports::LoadResult loaded = exports::loadSnapshot(json);
    ASSERT_TRUE(loaded.machine) << loaded.error;
    for (const std::string_view format : exports::snapshotFormats()) {
        if (format == "json")
            continue; // position and step count differ by design: the loaded machine has no trace
        EXPECT_EQ(*exports::renderSnapshot(*loaded.machine, format),
                  *exports::renderSnapshot(*machine, format))
            << format;
    }
    EXPECT_EQ(exports::translateText(*loaded.machine, VirtAddr{0xffffc90000000000}),
              exports::translateText(*machine, VirtAddr{0xffffc90000000000}));
    // And a snapshot of the loaded machine loads again to the same state.
    auto again = exports::loadSnapshot(exports::snapshotJson(*loaded.machine).dump());
    ASSERT_TRUE(again.machine) << again.error;
    EXPECT_EQ(again.machine->stateHash(), loaded.machine->stateHash());
}

INSTANTIATE_TEST_SUITE_P(Goldens, SnapshotRoundTrip,
                         ::testing::Values(Case{"seed-walkthrough", 0.78}, Case{"recursion-513-pages", 1.0},
                                           Case{"recursion-513-pages", 0.5}, Case{"leak-second-scan", 1.0},
                                           Case{"lazy-purge", 0.6}, Case{"zone-vmalloc-32", 1.0},
                                           Case{"double-vfree", 1.0}, Case{"write-read-only", 1.0},
                                           Case{"uptime-stack-meminfo", 1.0}, Case{"rcu-free-va", 0.6},
                                           Case{"double-vfree-reused", 1.0}));

struct Hostile
{
    const char* name;
    std::string (*edit)(const std::string& json);
    const char* expected; ///< a substring of the error
};

std::string replaceFirst(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

class SnapshotHostile : public ::testing::TestWithParam<Hostile>
{
};

TEST_P(SnapshotHostile, IsRejectedWithAClearMessage)
{
    static const std::string good = [] {
        auto m = runGolden("gap-page");
        return exports::snapshotJson(*m).dump(1);
    }();
    ASSERT_TRUE(exports::loadSnapshot(good).machine);
    const auto loaded = exports::loadSnapshot(GetParam().edit(good));
    EXPECT_FALSE(loaded.machine);
    EXPECT_NE(loaded.error.find(GetParam().expected), std::string::npos) << loaded.error;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SnapshotHostile,
    ::testing::Values(
        Hostile{"empty", [](const std::string&) { return std::string(); }, "not valid JSON"},
        Hostile{"truncated", [](const std::string& j) { return j.substr(0, j.size() / 2); },
                "not valid JSON"},
        Hostile{"garbage", [](const std::string&) { return std::string("\x01\x02garbage\xff"); },
                "not valid JSON"},
        Hostile{"not_a_snapshot", [](const std::string&) { return std::string("{\"a\": 1}"); },
                "not a vmviz snapshot"},
        Hostile{"wrong_version",
                [](const std::string& j) { return replaceFirst(j, "\"version\": 1", "\"version\": 7"); },
                "version 7 is not supported"},
        Hostile{"bad_ram",
                [](const std::string& j) { return replaceFirst(j, "\"ram\": 134217728", "\"ram\": 12"); },
                "config: ram must be a multiple"},
        Hostile{"no_state", [](const std::string& j) { return replaceFirst(j, "\"state\":", "\"status\":"); },
                "state: missing"},
        Hostile{"unknown_column",
                [](const std::string& j) { return replaceFirst(j, "\"frame.owner\"", "\"frame.colour\""); },
                "frame.owner: missing"},
        Hostile{"overlapping_areas",
                // Move the second area's va_start into the first one's range.
                [](const std::string& text) {
                    auto j = nlohmann::json::parse(text);
                    auto& runs = j["state"]["columns"]["vmap_area.va_start"]["runs"];
                    runs[1][2] = runs[0][2].get<std::uint64_t>() + 0x1000;
                    return j.dump();
                },
                "inconsistent"},
        Hostile{
            "more_ram_than_the_frames",
            [](const std::string& j) { return replaceFirst(j, "\"ram\": 134217728", "\"ram\": 1073741824"); },
            "state.columns.frame.owner: size 32768 does not fit the machine in \"config\" (262144 slots at "
            "boot)"},
        Hostile{
            "less_ram_than_the_frames",
            [](const std::string& j) { return replaceFirst(j, "\"ram\": 134217728", "\"ram\": 67108864"); },
            "state.columns.frame.owner: size 32768 does not fit the machine in \"config\" (16384 slots at "
            "boot)"},
        Hostile{"free_list_link_past_the_end",
                // The list heads sit behind the frames; send the last one's next link out of range.
                [](const std::string& text) {
                    auto j = nlohmann::json::parse(text);
                    auto& runs = j["state"]["columns"]["frame.linkB"]["runs"];
                    runs.back()[2] = 0x7fffffff;
                    return j.dump();
                },
                "state.columns.frame.linkA/linkB: Normal per-CPU list Movable: a link points past the last "
                "frame"},
        Hostile{"free_list_links_disagree",
                [](const std::string& text) {
                    auto j = nlohmann::json::parse(text);
                    auto& runs = j["state"]["columns"]["frame.linkB"]["runs"];
                    runs.back()[2] = 0x100; // a reserved frame, on no list
                    return j.dump();
                },
                "prev and next links disagree"},
        Hostile{"edited_areas",
                [](const std::string& j) { return replaceFirst(j, "\"size\": 12288", "\"size\": 16384"); },
                "areas: does not match"}),
    [](const ::testing::TestParamInfo<Hostile>& param) { return std::string(param.param.name); });

} // namespace
