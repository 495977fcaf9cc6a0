// SPDX-License-Identifier: GPL-2.0-only
// vmviz on a projector, from the command line: a presentation-mode screenshot has exactly the size
// asked for (the window's minimum size does not push it past 1280×720), the factor is checked,
// and --help / --version answer even with no display instead of running the walkthrough.
#include "RunProgram.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

#ifdef VMVIZ_GUI

namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name)
{
    const fs::path dir =
        fs::temp_directory_path() / ("vmviz-gui-present-" + std::to_string(getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

/// Width and height from a PNG's IHDR chunk.
std::pair<std::uint32_t, std::uint32_t> pngSize(const fs::path& file)
{
    const std::string bytes = vmviz::testing::slurp(file);
    if (bytes.size() < 24 || bytes.compare(1, 3, "PNG") != 0)
        return {0, 0};
    const auto be32 = [&bytes](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i)
            v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
        return v;
    };
    return {be32(16), be32(20)};
}

struct ShotCase
{
    const char* name;
    std::vector<std::string> args;
    std::uint32_t width;
    std::uint32_t height;
};

class PresentationScreenshot : public ::testing::TestWithParam<ShotCase>
{
};

TEST_P(PresentationScreenshot, HasTheSizeAskedFor)
{
    const ShotCase& row = GetParam();
    const fs::path dir = scratch(row.name);
    std::vector<std::string> args{"--scenario", "seed", "--at", "112", "--screenshot", "out.png"};
    args.insert(args.end(), row.args.begin(), row.args.end());
    const vmviz::testing::Outcome o = vmviz::testing::runProgram(dir, VMVIZ_GUI, args);
    ASSERT_EQ(o.exitCode, 0) << o.err;
    EXPECT_EQ(pngSize(dir / "out.png"), std::make_pair(row.width, row.height));
    fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(
    Table, PresentationScreenshot,
    ::testing::Values(
        ShotCase{"Normal720p", {"--size", "1280x720"}, 1280, 720},
        ShotCase{"Presentation720p", {"--size", "1280x720", "--presentation"}, 1280, 720},
        ShotCase{"Scale2At720p", {"--size", "1280x720", "--presentation-scale", "2"}, 1280, 720},
        ShotCase{"ExploreAt720p", {"--size", "1280x720", "--presentation", "--layout", "explore"}, 1280, 720},
        ShotCase{"Presentation1080p", {"--size", "1920x1080", "--presentation"}, 1920, 1080}),
    [](const ::testing::TestParamInfo<ShotCase>& param) { return std::string(param.param.name); });

TEST(PresentationArguments, AFactorOutsideTheRangeIsRefused)
{
    for (const char* factor : {"1.1", "3", "big"}) {
        const fs::path dir = scratch("factor");
        const vmviz::testing::Outcome o = vmviz::testing::runProgram(
            dir, VMVIZ_GUI, {"--presentation-scale", factor, "--screenshot", "out.png"});
        EXPECT_EQ(o.exitCode, 2) << factor;
        EXPECT_NE(o.err.find("vmviz: --presentation-scale needs a factor from 1.25 to 2"), std::string::npos)
            << o.err;
        EXPECT_FALSE(fs::exists(dir / "out.png"));
        fs::remove_all(dir);
    }
    const fs::path dir = scratch("layout");
    const vmviz::testing::Outcome o =
        vmviz::testing::runProgram(dir, VMVIZ_GUI, {"--layout", "cinema", "--screenshot", "out.png"});
    EXPECT_EQ(o.exitCode, 2);
    EXPECT_NE(o.err.find("vmviz: --layout cinema: one of lecture, explore"), std::string::npos) << o.err;
    fs::remove_all(dir);
}

TEST(PresentationArguments, HelpAndVersionWinWithoutADisplay)
{
    const fs::path dir = scratch("help");
    const vmviz::testing::Outcome help = vmviz::testing::runProgram(dir, VMVIZ_GUI, {"--help"}, false);
    EXPECT_EQ(help.exitCode, 0) << help.err;
    EXPECT_NE(help.out.find("--presentation-scale"), std::string::npos) << help.out;
    EXPECT_EQ(help.out.find("kmalloc"), std::string::npos) << "ran the walkthrough instead";
    const vmviz::testing::Outcome version = vmviz::testing::runProgram(dir, VMVIZ_GUI, {"--version"}, false);
    EXPECT_EQ(version.exitCode, 0) << version.err;
    EXPECT_EQ(version.out.rfind("vmviz ", 0), 0U) << version.out;
    fs::remove_all(dir);
}

} // namespace

#endif
