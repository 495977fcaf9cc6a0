// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Random but valid scenario text from a seed, for the random-scenario tests, the long soak run and
// the fuzz corpus. Deterministic for a seed on every platform (own integer mixing, no std::
// distributions, whose output the standard leaves to the library).
//
// What it draws: machines of minRamBytes..maxRamBytes (log-uniform, whole MiB) with 1..4 CPUs;
// sizes from 1 byte to maxAllocBytes (log-uniform, with exact page multiples and the 2M / 2M+4K /
// 4K±1 edges, and now and then 0); all four allocation APIs; vfree in random order, of unknown and
// unaligned addresses, of NULL, and again of freed variables; leak, write, sleep, kmemleak
// scan/clear/dump, purge and `fail SITE after N|every N|off` for every site. Bursts drive the
// machine out of memory (allocations of a quarter to a half of its RAM that are kept) and into
// lazy-purge pressure (allocate and free at once until vmap_lazy_nr passes lazy_max_pages).
#include <cstddef>
#include <cstdint>
#include <string>

namespace vmviz::testsupport {

struct RandomScenarioOptions
{
    std::uint64_t seed = 0;
    std::size_t operations = 300; ///< lines after `config`; bursts count against it
    std::uint64_t minRamBytes = 32ull << 20;
    std::uint64_t maxRamBytes = 4ull << 30;
    std::uint64_t maxAllocBytes = 64ull << 20; ///< bursts may ask for more, up to half the RAM
    /// Whether to draw out-of-memory and lazy-purge bursts (each about 1.5% of the draws). They cost
    /// thousands of steps each, too many for checking every step.
    bool pressureBursts = true;
};

std::string randomScenario(const RandomScenarioOptions& options);

} // namespace vmviz::testsupport
