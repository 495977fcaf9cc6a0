// SPDX-License-Identifier: GPL-2.0-only
// vmviz-cli quiz: the Markdown sheet, reproducible from its seed, pinned by a golden file for the
// seed walkthrough; and the options the quiz and handout commands refuse.
#include "cli/RunProgram.h"
#include "support/Golden.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using vmviz::testing::runProgram;

namespace {

fs::path scratch()
{
    const fs::path dir = fs::temp_directory_path() / ("vmviz-cli-quiz-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

std::string quizSheet(const std::vector<std::string>& args)
{
    std::vector<std::string> all = {"quiz", "seed"};
    all.insert(all.end(), args.begin(), args.end());
    const auto o = runProgram(scratch(), VMVIZ_CLI, all);
    EXPECT_EQ(o.exitCode, 0) << o.err;
    return o.out;
}

} // namespace

TEST(CliQuiz, TheSeedWalkthroughSheetMatchesItsGoldenFile)
{
    const std::string sheet = quizSheet({"--seed", "1", "--count", "6", "--answers"});
    const std::string problem = vmviz::golden::compareWithGolden(
        fs::path(VMVIZ_GOLDEN_DIR) / "quiz-seed" / "quiz-seed1-count6-answers.expected", sheet);
    EXPECT_TRUE(problem.empty()) << problem;
}

TEST(CliQuiz, TheSameSeedGivesAByteIdenticalSheetAnotherSeedAnother)
{
    const std::string one = quizSheet({"--seed", "11", "--count", "4"});
    EXPECT_EQ(quizSheet({"--seed", "11", "--count", "4"}), one);
    EXPECT_NE(quizSheet({"--seed", "12", "--count", "4"}), one);
    EXPECT_EQ(one.find("**Answer"), std::string::npos) << "no answers without --answers";
    EXPECT_NE(quizSheet({"--seed", "11", "--count", "4", "--answers"}).find("Proof: step "),
              std::string::npos);
}

TEST(CliQuiz, WritesTheSheetToAFile)
{
    const fs::path dir = scratch();
    const auto o = runProgram(dir, VMVIZ_CLI, {"quiz", "seed", "--seed", "3", "-o", "sheet.md"});
    ASSERT_EQ(o.exitCode, 0) << o.err;
    EXPECT_EQ(vmviz::testing::slurp(dir / "sheet.md"), quizSheet({"--seed", "3"}));
}

TEST(CliQuiz, RefusesWhatItCannotUse)
{
    struct Case
    {
        std::vector<std::string> args;
        std::string message;
    };
    const Case cases[] = {
        {{"quiz", "seed", "--count", "0"}, "--count 0"},
        {{"quiz", "seed", "--count", "x"}, "--count x"},
        {{"quiz", "seed", "--seed", "-1"}, "--seed -1"},
        {{"quiz", "seed", "--at", "3"}, "quiz does not take --at"},
        {{"quiz"}, "quiz takes one SCENARIO"},
        {{"trace", "seed", "--answers"}, "trace does not take --answers"},
        {{"handout", "seed"}, "handout takes one SCENARIO and -o LESSON.pdf"},
        {{"handout", "seed", "-o", "x.md"}, "handout takes one SCENARIO and -o LESSON.pdf"},
        {{"handout", "seed", "--seed", "1", "-o", "x.pdf"}, "handout does not take --seed"},
    };
    for (const Case& c : cases) {
        const auto o = runProgram(scratch(), VMVIZ_CLI, c.args);
        EXPECT_EQ(o.exitCode, 2) << c.message;
        EXPECT_NE(o.err.find(c.message), std::string::npos) << o.err;
    }
}
