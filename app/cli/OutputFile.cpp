// SPDX-License-Identifier: GPL-2.0-only
#include "OutputFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace vmviz::cli {

namespace {

/// Writes all of `text` to `fd`; "" or the errno text of the first failure.
std::string writeAll(int fd, std::string_view text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return std::strerror(errno);
        }
        done += static_cast<std::size_t>(n);
    }
    return {};
}

/// Runs the producer into `fd`; "" or the first write error.
std::string produceInto(int fd, const OutputProducer& produce)
{
    std::string error;
    produce([&](std::string_view piece) {
        error = writeAll(fd, piece);
        return error.empty();
    });
    return error;
}

/// A device or FIFO: opened and written where it is, never replaced by a regular file.
std::string writeInPlace(const std::string& path, const OutputProducer& produce)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return std::strerror(errno);
    std::string error = produceInto(fd, produce);
    if (::close(fd) != 0 && error.empty())
        error = std::strerror(errno);
    return error;
}

/// A regular file (or none yet): a temporary in the same directory, then rename over the target,
/// so a failed export never leaves half a file and readers see the old or the new one.
std::string replaceAtomically(const std::string& path, const OutputProducer& produce,
                              const struct stat* existing)
{
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    const mode_t mode = existing ? (existing->st_mode & 07777) : 0666; // open() applies the umask
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return std::strerror(errno);
    std::string error = produceInto(fd, produce);
    if (error.empty() && existing && ::fchmod(fd, mode) != 0) // the umask must not narrow a kept mode
        error = std::strerror(errno);
    if (::close(fd) != 0 && error.empty())
        error = std::strerror(errno);
    if (error.empty() && ::rename(temp.c_str(), path.c_str()) != 0)
        error = std::strerror(errno);
    if (!error.empty())
        ::unlink(temp.c_str());
    return error;
}

} // namespace

std::string writeOutputFile(const std::string& path, std::string_view text)
{
    return writeOutputFile(
        path, [text](const std::function<bool(std::string_view)>& write) { return write(text); });
}

std::string writeOutputFile(const std::string& path, const OutputProducer& produce)
{
    std::string target = path;
    struct stat link
    {
    };
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        // Follow the link explicitly: replacing the target keeps the link, renaming over the
        // link itself would turn it into a plain file.
        std::error_code ec;
        const std::filesystem::path resolved = std::filesystem::weakly_canonical(path, ec);
        if (ec)
            return "cannot follow the symbolic link: " + ec.message();
        target = resolved.string();
    }
    struct stat st
    {
    };
    if (::stat(target.c_str(), &st) != 0) {
        if (errno != ENOENT)
            return std::strerror(errno);
        return replaceAtomically(target, produce, nullptr);
    }
    if (S_ISDIR(st.st_mode))
        return "Is a directory";
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
        return writeInPlace(target, produce);
    if (!S_ISREG(st.st_mode))
        return "not a regular file, character device or FIFO: refusing to replace it";
    // root may write anything, so access() alone would let it replace a file marked read-only.
    if ((st.st_mode & 0222) == 0 || ::access(target.c_str(), W_OK) != 0)
        return "Permission denied: the file is read-only";
    return replaceAtomically(target, produce, &st);
}

} // namespace vmviz::cli
