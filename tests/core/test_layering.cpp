// core/ must stay free of Qt: the engine is shared by the CLI, the GUI and the tests.
#include <gtest/gtest.h>

#include <filesystem>
#include <cctype>
#include <fstream>
#include <string>

TEST(Layering, CoreHasNoQtIncludes)
{
    // `#include <QWidget>` or `# include "QFoo.h"`; plain string matching keeps this test free of <regex>.
    auto includesQt = [](const std::string& line) {
        std::size_t i = line.find_first_not_of(" \t");
        if (i == std::string::npos || line[i] != '#')
            return false;
        i = line.find_first_not_of(" \t", i + 1);
        if (i == std::string::npos || line.compare(i, 7, "include") != 0)
            return false;
        i = line.find_first_not_of(" \t", i + 7);
        return i != std::string::npos && i + 2 < line.size() && (line[i] == '<' || line[i] == '"') &&
               line[i + 1] == 'Q' && std::isalpha(static_cast<unsigned char>(line[i + 2]));
    };
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
            EXPECT_FALSE(includesQt(line)) << entry.path().string() << ":" << lineNo << ": " << line;
        }
        ++filesRead;
    }
    EXPECT_GT(filesRead, 5) << "the scan found almost no files under " << core;
}
