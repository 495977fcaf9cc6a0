// SPDX-License-Identifier: GPL-2.0-only
// vmviz-cli compare against its goldens: each tests/golden/compare/NAME.args (one argument per
// line, @DIR@ for that folder) must print NAME.expected and exit 0.
#include "RunProgram.h"
#include "support/Golden.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path& compareDir()
{
    static const fs::path dir = fs::path(VMVIZ_GOLDEN_DIR) / "compare";
    return dir;
}

std::vector<std::string> compareCases()
{
    std::vector<std::string> cases;
    for (const auto& entry : fs::directory_iterator(compareDir()))
        if (entry.path().extension() == ".args")
            cases.push_back(entry.path().stem().string());
    std::sort(cases.begin(), cases.end());
    return cases;
}

std::vector<std::string> argumentsOf(const std::string& name)
{
    std::vector<std::string> args = {"compare"};
    std::istringstream lines(vmviz::golden::readFile(compareDir() / (name + ".args")));
    for (std::string line; std::getline(lines, line);) {
        if (const auto at = line.find("@DIR@"); at != std::string::npos)
            line.replace(at, 5, compareDir().string());
        if (!line.empty())
            args.push_back(line);
    }
    return args;
}

class CompareGolden : public ::testing::TestWithParam<std::string>
{
};

TEST_P(CompareGolden, PrintsTheExpectedComparison)
{
    const fs::path scratch = fs::temp_directory_path() / ("vmviz-compare-" + GetParam());
    fs::create_directories(scratch);
    const auto outcome = vmviz::testing::runProgram(scratch, VMVIZ_CLI, argumentsOf(GetParam()));
    fs::remove_all(scratch);
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err;
    const std::string problem =
        vmviz::golden::compareWithGolden(compareDir() / (GetParam() + ".expected"), outcome.out);
    EXPECT_TRUE(problem.empty()) << problem;
}

INSTANTIATE_TEST_SUITE_P(Cases, CompareGolden, ::testing::ValuesIn(compareCases()),
                         [](const ::testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             return name;
                         });

TEST(CompareGolden, TheTableHasTheSeedWalkthrough)
{
    const auto cases = compareCases();
    EXPECT_TRUE(
        std::any_of(cases.begin(), cases.end(), [](const std::string& c) { return c.starts_with("seed-"); }));
}

} // namespace
