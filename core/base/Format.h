// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Number formatting in the kernel's own spellings (printk's %p, %lx, sizes).
#include <cstdint>
#include <string>

namespace vmviz::fmt {

/// printk "%p" on 2.6.36 x86-64: 16 lowercase hex digits, zero padded, no "0x".
std::string pointer(std::uint64_t value);
/// "0x" + 16 lowercase hex digits (vmallocinfo, JSON addresses).
std::string address(std::uint64_t value);
/// "0x" + minimal lowercase hex digits.
std::string hex(std::uint64_t value);
/// "12 KiB", "2 MiB + 4 KiB" style human size for narration.
std::string humanSize(std::uint64_t bytes);
/// printf-like formatting into a std::string.
std::string printf(const char* format, ...) __attribute__((format(printf, 1, 2)));

} // namespace vmviz::fmt
