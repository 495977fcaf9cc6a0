// SPDX-License-Identifier: GPL-2.0-only
#include "base/Format.h"

#include <cstdarg>
#include <cstdio>
#include <vector>

namespace vmviz::fmt {

std::string pointer(std::uint64_t value)
{
    return printf("%016llx", static_cast<unsigned long long>(value));
}

std::string address(std::uint64_t value)
{
    return printf("0x%016llx", static_cast<unsigned long long>(value));
}

std::string hex(std::uint64_t value)
{
    return printf("0x%llx", static_cast<unsigned long long>(value));
}

std::string humanSize(std::uint64_t bytes)
{
    static constexpr const char* units[] = {"GiB", "MiB", "KiB"};
    static constexpr std::uint64_t scale[] = {1ull << 30, 1ull << 20, 1ull << 10};
    if (bytes == 0)
        return "0 bytes";
    std::string out;
    std::uint64_t rest = bytes;
    for (int i = 0; i < 3; ++i) {
        if (rest >= scale[i]) {
            if (!out.empty())
                out += " + ";
            out += std::to_string(rest / scale[i]) + " " + units[i];
            rest %= scale[i];
        }
    }
    if (rest != 0) {
        if (!out.empty())
            out += " + ";
        out += std::to_string(rest) + (rest == 1 ? " byte" : " bytes");
    }
    return out;
}

std::string printf(const char* format, ...)
{
    va_list args;
    va_start(args, format);
    va_list copy;
    va_copy(copy, args);
    const int needed = std::vsnprintf(nullptr, 0, format, copy);
    va_end(copy);
    std::string out(needed > 0 ? static_cast<std::size_t>(needed) : 0, '\0');
    if (needed > 0)
        std::vsnprintf(out.data(), out.size() + 1, format, args);
    va_end(args);
    return out;
}

} // namespace vmviz::fmt
