// SPDX-License-Identifier: GPL-2.0-only
// vmviz's own command line, as a user types it: each row runs the real GUI binary offscreen with
// a mistake and expects a one-line error that names the option or FILE:LINE, the right exit code
// (2 for a usage or scenario error, 1 for a file that cannot be written) and no picture.
#include "RunProgram.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#ifdef VMVIZ_GUI

namespace fs = std::filesystem;

namespace {

struct GuiArgumentCase
{
    const char* name;
    std::vector<std::string> args;
    int exitCode;
    std::string stderrHas;
};

void PrintTo(const GuiArgumentCase& row, std::ostream* os)
{
    *os << row.name;
}

std::vector<GuiArgumentCase> cases()
{
    return {
        {"ScenarioErrorIsReportedAsSuch",
         {"--scenario", "bad.vmviz", "--screenshot", "out.png"},
         2,
         "bad.vmviz:2: unknown operation 'frobnicate'"},
        {"AtPastTheEnd",
         {"--scenario", "seed", "--at", "99999", "--screenshot", "out.png"},
         2,
         "vmviz: --at 99999 is past the end of the trace (it has 153 steps)"},
        {"AtIsAStepNotASize",
         {"--scenario", "seed", "--at", "4K", "--screenshot", "out.png"},
         2,
         "vmviz: --at 4K: a step number is a plain decimal integer"},
        {"SizeOutOfBounds",
         {"--scenario", "seed", "--size", "100000x3", "--screenshot", "out.png"},
         2,
         "vmviz: --size 100000x3: needs WIDTHxHEIGHT, each from 320 to 8192 pixels"},
        {"SizeNotWxH",
         {"--scenario", "seed", "--size", "big", "--screenshot", "out.png"},
         2,
         "vmviz: --size big"},
        {"AnimationProgressNan",
         {"--scenario", "seed", "--at", "5", "--animation-progress", "nan", "--screenshot", "out.png"},
         2,
         "vmviz: --animation-progress needs --screenshot and a number from 0 to 1"},
        {"UnknownPanel",
         {"--scenario", "seed", "--panel", "nope", "--screenshot", "out.png"},
         2,
         "vmviz: unknown panel 'nope'"},
        {"UnwritableOutput",
         {"--scenario", "seed", "--at", "5", "--screenshot", "missing/dir/out.png"},
         1,
         "vmviz: could not write missing/dir/out.png"},
        {"CompareUnknownKernel",
         {"--scenario", "seed", "--compare", "2.6.36,9.9", "--screenshot", "out.png"},
         2,
         "vmviz: --compare 2.6.36,9.9: unknown kernel '9.9'"},
        {"CompareOneMachine",
         {"--scenario", "seed", "--compare", "cpus=2", "--screenshot", "out.png"},
         2,
         "needs two machines or more"},
        {"CompareVariantOutOfRange",
         {"--scenario", "seed", "--compare", "cpus=1|cpus=0", "--screenshot", "out.png"},
         2,
         "vmviz: B (cpus=0): cpus=0 is out of range"},
        {"CompareScenarioError",
         {"--scenario", "bad.vmviz", "--compare", "cpus=1|cpus=2", "--screenshot", "out.png"},
         2,
         "bad.vmviz:2: unknown operation 'frobnicate'"},
        {"CompareAtIsALineFromOne",
         {"--scenario", "seed", "--compare", "cpus=1|cpus=2", "--at", "0", "--screenshot", "out.png"},
         2,
         "with --compare, the scenario line to show, from 1"},
        {"CompareUnwritableOutput",
         {"--scenario", "seed", "--compare", "cpus=1|cpus=2", "--screenshot", "missing/dir/out.png"},
         1,
         "vmviz: could not write missing/dir/out.png"},
    };
}

class GuiArguments : public ::testing::TestWithParam<GuiArgumentCase>
{
};

TEST_P(GuiArguments, FailWithAOneLineError)
{
    const GuiArgumentCase& row = GetParam();
    const fs::path dir =
        fs::temp_directory_path() / ("vmviz-gui-args-" + std::to_string(getpid()) + "-" + row.name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "bad.vmviz") << "a = vmalloc 4K\nb = frobnicate 3\n";
    const vmviz::testing::Outcome o = vmviz::testing::runProgram(dir, VMVIZ_GUI, row.args);
    EXPECT_EQ(o.signal, 0);
    EXPECT_EQ(o.exitCode, row.exitCode) << o.err;
    EXPECT_NE(o.err.find(row.stderrHas), std::string::npos) << o.err;
    EXPECT_FALSE(fs::exists(dir / "out.png"));
    fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Table, GuiArguments, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<GuiArgumentCase>& param) {
                             return std::string(param.param.name);
                         });

} // namespace

#endif
