// SPDX-License-Identifier: GPL-2.0-only
#include "support/Golden.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace vmviz::golden {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

namespace {
void writeFile(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}
} // namespace

std::string compareWithGolden(const std::filesystem::path& expectedFile, const std::string& actual)
{
    const char* update = std::getenv("VMVIZ_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        if (!std::filesystem::exists(expectedFile) || readFile(expectedFile) != actual)
            writeFile(expectedFile, actual);
        return {};
    }
    if (!std::filesystem::exists(expectedFile))
        return expectedFile.string() + " does not exist (run with VMVIZ_UPDATE_GOLDEN=1 to create it)";
    if (readFile(expectedFile) == actual)
        return {};
    const auto actualFile = std::filesystem::temp_directory_path() /
                            ("vmviz-actual-" + expectedFile.parent_path().filename().string() + "-" +
                             expectedFile.filename().string());
    writeFile(actualFile, actual);
    std::string diff;
    const std::string command = "diff -u '" + expectedFile.string() + "' '" + actualFile.string() + "' 2>&1";
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        std::array<char, 4096> chunk{};
        std::size_t n = 0;
        while ((n = std::fread(chunk.data(), 1, chunk.size(), pipe)) > 0 && diff.size() < 200000)
            diff.append(chunk.data(), n);
        ::pclose(pipe);
    }
    return diff.empty() ? "output differs from " + expectedFile.string() : diff;
}

} // namespace vmviz::golden
