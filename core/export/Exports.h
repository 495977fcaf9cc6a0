#pragma once
// Text and JSON views of a machine at its current playback position, in the formats kernel
// people already read. Each export reads the machine and writes a string; none changes state.
#include "machine/Machine.h"

#include <nlohmann/json.hpp>

#include <string>

namespace vmviz::exports {

/// /proc/vmallocinfo of 2.6.36 (mm/vmalloc.c s_show), byte for byte.
std::string vmallocinfo(const Machine& machine);

/// The kernel log up to the current position, dmesg style with printk timestamps
/// (CONFIG_PRINTK_TIME; uptime counted from jiffies = INITIAL_JIFFIES at boot).
std::string dmesg(const Machine& machine);

/// One line per step of [from, to] (1-based, inclusive): "     12 call    ··__vmalloc_node(…)".
std::string traceText(const Machine& machine, std::uint64_t from, std::uint64_t to);
/// JSON Lines, one object per step with step, depth, kind, function, text, source.
std::string traceJsonl(const Machine& machine, std::uint64_t from, std::uint64_t to);

/// The final-state summary of the foundation issue: areas, frame totals, kmemleak objects.
nlohmann::ordered_json snapshotJson(const Machine& machine);

/// What a virtual address is: direct map, a vmalloc area (data / guard / gap), free vmalloc
/// space, kernel text, modules, or outside the kernel half.
std::string classifyAddress(const Machine& machine, std::uint64_t vaddr);
/// The page-table walk (what `crash vtop` shows), level by level.
std::string translateText(const Machine& machine, std::uint64_t vaddr);
nlohmann::ordered_json translateJson(const Machine& machine, std::uint64_t vaddr);

} // namespace vmviz::exports
