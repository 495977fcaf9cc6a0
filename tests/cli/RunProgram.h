// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Runs one of the real binaries (vmviz-cli, vmviz) in a scratch directory, the way a user's shell
// would: stdout and stderr captured, an offscreen Qt platform, 120 s at most (SIGALRM).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace vmviz::testing {

struct Outcome
{
    int exitCode = -1; ///< -1 when killed by a signal
    int signal = 0;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// With `display` false, as on a machine with no display at all: no DISPLAY, no
/// WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
inline Outcome runProgram(const std::filesystem::path& dir, const std::string& program,
                          const std::vector<std::string>& args, bool display = true)
{
    const std::filesystem::path outFile = dir / ".stdout";
    const std::filesystem::path errFile = dir / ".stderr";
    const pid_t pid = fork();
    if (pid == 0) {
        if (chdir(dir.c_str()) != 0)
            _exit(120);
        if (!freopen(outFile.c_str(), "w", stdout) || !freopen(errFile.c_str(), "w", stderr))
            _exit(121);
        if (display) {
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
        } else {
            unsetenv("QT_QPA_PLATFORM");
            unsetenv("DISPLAY");
            unsetenv("WAYLAND_DISPLAY");
        }
        alarm(120);
        std::vector<std::string> copy = args;
        std::string path = program;
        std::vector<char*> argv{path.data()};
        for (std::string& a : copy)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(path.c_str(), argv.data());
        _exit(122);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    Outcome o;
    if (WIFEXITED(status))
        o.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        o.signal = WTERMSIG(status);
    o.out = slurp(outFile);
    o.err = slurp(errFile);
    std::filesystem::remove(outFile);
    std::filesystem::remove(errFile);
    return o;
}

} // namespace vmviz::testing
