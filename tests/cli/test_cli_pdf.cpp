// SPDX-License-Identifier: GPL-2.0-only
// vmviz-cli handout and quiz -o X.pdf: the GUI binary writes them with QPdfWriter. Poppler's
// pdftoppm (scripts/setup.sh installs poppler-utils) renders every page; the test counts the pages
// and checks that none is blank.
#include "cli/RunProgram.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using vmviz::testing::runProgram;

namespace {

fs::path scratch(const std::string& name)
{
    const fs::path dir =
        fs::temp_directory_path() / ("vmviz-cli-pdf-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

struct PageInk
{
    int pages = 0;
    int blankPages = 0;
};

/// Renders each page to a grey PGM at 30 dpi and counts the pages with no dark pixel.
PageInk renderPages(const fs::path& dir, const std::string& pdf)
{
    const auto o = runProgram(dir, "/usr/bin/pdftoppm", {"-gray", "-r", "30", pdf, "page"});
    EXPECT_EQ(o.exitCode, 0) << o.err;
    PageInk ink;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".pgm")
            continue;
        ++ink.pages;
        const std::string bytes = vmviz::testing::slurp(entry.path());
        // P5 header: magic, width, height, maxval, each followed by whitespace; then the pixels.
        std::size_t pos = 0;
        for (int field = 0; field < 4; ++field)
            pos = bytes.find_first_of(" \n", pos) + 1;
        const auto dark = std::count_if(bytes.begin() + static_cast<std::ptrdiff_t>(pos), bytes.end(),
                                        [](char c) { return static_cast<unsigned char>(c) < 128; });
        if (dark < 50)
            ++ink.blankPages;
    }
    return ink;
}

bool havePdftoppm()
{
    return fs::exists("/usr/bin/pdftoppm");
}

} // namespace

#ifdef VMVIZ_GUI
TEST(CliPdf, TheHandoutHasATitlePageAndOnePagePerChapterNoneBlank)
{
    if (!havePdftoppm())
        GTEST_SKIP() << "pdftoppm missing: run scripts/setup.sh (poppler-utils)";
    const fs::path dir = scratch("handout");
    const auto o = runProgram(dir, VMVIZ_CLI, {"handout", "seed", "-o", "seed.pdf"});
    ASSERT_EQ(o.exitCode, 0) << o.err;
    const PageInk ink = renderPages(dir, "seed.pdf");
    EXPECT_EQ(ink.pages, 3) << "the title page and the seed walkthrough's two lines";
    EXPECT_EQ(ink.blankPages, 0);
}

TEST(CliPdf, AQuizSheetWithAnswersFillsItsPages)
{
    if (!havePdftoppm())
        GTEST_SKIP() << "pdftoppm missing: run scripts/setup.sh (poppler-utils)";
    const fs::path dir = scratch("quiz");
    const auto o = runProgram(dir, VMVIZ_CLI,
                              {"quiz", "seed", "--seed", "1", "--count", "6", "--answers", "-o", "quiz.pdf"});
    ASSERT_EQ(o.exitCode, 0) << o.err;
    const PageInk ink = renderPages(dir, "quiz.pdf");
    EXPECT_GE(ink.pages, 2) << "six questions with answers do not fit one A4 page";
    EXPECT_EQ(ink.blankPages, 0);
}
#endif
