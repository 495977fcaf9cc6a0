// core/ must stay free of Qt: the engine is shared by the CLI, the GUI and the tests.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

TEST(Layering, CoreHasNoQtIncludes)
{
    const std::regex qtInclude(R"(^\s*#\s*include\s*[<"]Q[A-Za-z])");
    const std::filesystem::path core = std::filesystem::path(VMVIZ_SOURCE_DIR) / "core";
    int filesRead = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(core)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path());
        std::string line;
        int lineNo = 0;
        while (std::getline(in, line)) {
            ++lineNo;
            EXPECT_FALSE(std::regex_search(line, qtInclude)) << entry.path().string() << ":" << lineNo << ": " << line;
        }
        ++filesRead;
    }
    EXPECT_GT(filesRead, 5) << "the scan found almost no files under " << core;
}
