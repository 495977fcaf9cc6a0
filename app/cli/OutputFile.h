// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Where `-o FILE` writes, without destroying what vmviz-cli does not own: a regular file is
// replaced atomically (a temporary beside it, then rename, keeping the file's permissions), a
// character device or FIFO (/dev/null, /dev/stdout, a pipe) is written in place, a symlink is
// followed to the file it names (the link stays a link), and a read-only file, a directory or
// anything else is refused with a message that says why.
#include <functional>
#include <string>
#include <string_view>

namespace vmviz::cli {

/// Hands each piece of the output to `write`, which returns false once writing failed; the
/// producer then stops and returns false.
using OutputProducer = std::function<bool(const std::function<bool(std::string_view)>& write)>;

/// Writes what `produce` makes to `path`, streamed (memory does not grow with the output);
/// returns "" on success, else why not ("Permission denied: the file is read-only", "No space
/// left on device", …), without the path.
std::string writeOutputFile(const std::string& path, const OutputProducer& produce);
std::string writeOutputFile(const std::string& path, std::string_view text);

} // namespace vmviz::cli
