// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Golden-file comparison: a mismatch fails with `diff -u expected actual`; with
// VMVIZ_UPDATE_GOLDEN=1 in the environment the expected file is rewritten instead.
#include <filesystem>
#include <string>

namespace vmviz::golden {

std::string readFile(const std::filesystem::path& path);
/// Returns "" when `actual` equals the file, else a unified diff (or the update notice).
std::string compareWithGolden(const std::filesystem::path& expectedFile, const std::string& actual);

} // namespace vmviz::golden
