// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The scenario language: text in, a Scenario or a list of "FILE:LINE: message" errors out.
//
// One operation per line; `#` starts a comment outside string literals; blank lines, leading and
// trailing whitespace and CRLF line ends are fine. Keywords are case-sensitive and spelled as in
// the kernel:
//
//   config ram=1G cpus=2 seed=42 comm=insmod pid=1234 module=demo   (only before the first operation)
//   p = vmalloc 2M+4K              vmalloc_32 SIZE    vmalloc_user SIZE
//   q = __vmalloc 8K GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO PAGE_KERNEL
//   vfree p        vfree 0xffffc90000001000        vfree NULL
//   fail alloc_page after 3        fail kmalloc every 2        fail vmap_area off
//   leak p         purge          sleep 1.5s      sleep 25 jiffies
//   write p+16 "hi\n"      write p bytes de ad be ef      write p fill 0xaa 4K
//   kmemleak scan          kmemleak clear          kmemleak dump=p
//
// The parser is meant to face any file a user opens: it never throws out of these functions, reads
// a 100 MB line in one pass and rejects it, and stops after kMaxParseErrors bad lines or at the
// operation after kMaxOperations.
#include "scenario/Scenario.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vmviz::scenario {

inline constexpr std::size_t kMaxLineLength = 4096;
inline constexpr std::size_t kMaxParseErrors = 50;
inline constexpr std::size_t kMaxVarNameLength = 32;
/// Far beyond any hand-written or recorded scenario; keeps a hostile 100 MB file of `purge` lines
/// from costing gigabytes of Operations.
inline constexpr std::size_t kMaxOperations = 100000;

/// An empty fileName is reported as "<input>".
ParseResult parseScenario(std::string_view text, std::string_view fileName);

/// Parses SIZE: decimal or 0x-hex, optional suffix K/M/G (also k/m/g, KiB/MiB/GiB; binary), and sums
/// of those with `+` and no spaces: 100, 0x1000, 4K, 2M+4K. Exported for the CLI (addresses and
/// --at values use it too). On failure returns nullopt and, if error is not null, says why.
std::optional<std::uint64_t> parseSize(std::string_view text, std::string* error);

/// The canonical spelling of a size: "0", "4K", "2M+4K", or plain decimal when not a multiple of 1K.
std::string formatSize(std::uint64_t bytes);
/// "GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO"; bits with no name are appended as one hex number.
std::string formatGfp(std::uint32_t gfp);
/// PAGE_KERNEL and friends by name, anything else in hex.
std::string formatProt(std::uint64_t prot);

/// Prints an operation in canonical scenario syntax (the `op`, not `where`/`text`), such that
/// parsing the result gives the same OpVariant back.
std::string formatOperation(const Operation& operation);
/// "config ram=1G cpus=2 ..." with the keys that are set; empty if none are.
std::string formatConfig(const Config& config);
/// `uptime=` as the parser reads it back: seconds with up to six decimals, no trailing zeros.
std::string formatUptime(std::uint64_t micros);
/// Parses an `uptime=` value: seconds, up to six decimals, an optional `s`; the error otherwise.
std::optional<std::uint64_t> parseUptime(std::string_view text, std::string& error);
/// A whole scenario in canonical syntax, one line per operation, ending in a newline.
std::string formatScenario(const Scenario& scenario);

} // namespace vmviz::scenario
