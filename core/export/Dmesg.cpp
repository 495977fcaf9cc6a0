// SPDX-License-Identifier: GPL-2.0-only
#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"

namespace vmviz::exports {

namespace {
// CONFIG_LOG_BUF_SHIFT=18 (arch/x86/configs/x86_64_defconfig, 2.6.36): a 256 KiB ring.
constexpr std::uint64_t kLogBufLen = 1ull << 18;
// What a line takes in log_buf: "<L>", "[%5lu.%06lu] ", the text and its newline (kernel/printk.c).
constexpr std::uint64_t kLinePrefixBytes = 3 + 15 + 1;
} // namespace

std::vector<LogLine> logBufferLines(const Machine& machine)
{
    const auto& log = machine.trace.log();
    std::size_t end = 0;
    while (end < log.size() && log[end].step <= machine.position().value())
        ++end;
    std::size_t begin = end;
    std::uint64_t bytes = 0;
    while (begin > 0 && bytes + kLinePrefixBytes + log[begin - 1].text.size() <= kLogBufLen)
        bytes += kLinePrefixBytes + log[--begin].text.size();
    return {log.begin() + static_cast<std::ptrdiff_t>(begin), log.begin() + static_cast<std::ptrdiff_t>(end)};
}

std::string dmesg(const Machine& machine)
{
    std::string out;
    for (const LogLine& line : logBufferLines(machine)) {
        const std::uint64_t micros = printkMicros(machine.config(), line.jiffies);
        out += fmt::printf("[%5llu.%06llu] ", static_cast<unsigned long long>(micros / 1000000),
                           static_cast<unsigned long long>(micros % 1000000));
        out += line.text;
        out += '\n';
    }
    return out;
}

} // namespace vmviz::exports
