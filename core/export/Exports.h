// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Text and JSON views of a machine at its current playback position, in the formats kernel
// people already read. Each export reads the machine and writes a string; none changes state.
#include "export/Diff.h" // vmviz-cli diff: the change list between two steps
#include "machine/Machine.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz::exports {

/// The snapshot formats by name: json, vmallocinfo, kmemleak, dmesg, ptdump, meminfo, buddyinfo.
std::optional<std::string> renderSnapshot(const Machine& machine, std::string_view format);
/// The names renderSnapshot() knows, for usage messages.
const std::vector<std::string_view>& snapshotFormats();

/// /proc/vmallocinfo of 2.6.36 (mm/vmalloc.c s_show), byte for byte.
std::string vmallocinfo(const Machine& machine);

/// The kernel log up to the current position, dmesg style with printk timestamps
/// (CONFIG_PRINTK_TIME: seconds since boot, from the configured uptime at the start).
std::string dmesg(const Machine& machine);
/// The log lines up to the current position that the kernel's log_buf still holds: the newest
/// 256 KiB (CONFIG_LOG_BUF_SHIFT=18), as dmesg reads them; older lines were overwritten.
std::vector<LogLine> logBufferLines(const Machine& machine);

/// /sys/kernel/debug/kmemleak of 2.6.36 (print_unreferenced): the reported, still unreferenced
/// objects in allocation order.
std::string kmemleakReport(const Machine& machine);
/// The lines the debugfs "dump=ADDR" command prints (dump_object_info), or "Unknown object"
/// (after the "Found object by alias" block when ADDR lies inside an object).
std::vector<std::string> kmemleakDump(const Machine& machine, VirtAddr at);
/// dump_object_info(): "kmemleak: Object 0x… (size …):" and the fields and backtrace below it.
std::vector<std::string> kmemleakObjectInfo(const Machine& machine, const KmemleakObject& object);
/// lookup_object()'s report for a pointer inside `object`: the warning, `stackDump` and the object.
std::vector<std::string> kmemleakAliasReport(const Machine& machine, std::uint64_t pointer,
                                             const KmemleakObject& object,
                                             const std::vector<std::string>& stackDump);
/// The same report as kmemleak_free() prints it, from the scenario line being recorded.
std::vector<std::string> kmemleakFreeAliasReport(const Machine& machine, std::uint64_t pointer,
                                                 const KmemleakObject& object);
/// An object's saved backtrace as "[<ffffffff814bd2b6>] kmemleak_alloc+0x26/0x50" entries,
/// ending in the ULONG_MAX terminator save_stack_trace() adds.
std::vector<std::string> kmemleakBacktrace(const Machine& machine, const KmemleakObject& object);
/// hex_dump_to_buffer(…, rowsize 16, groupsize 1, ascii) of one row.
std::string hexDumpRow(const std::vector<std::uint8_t>& bytes, std::size_t offset, std::size_t length);

/// /sys/kernel/debug/kernel_page_tables (arch/x86/mm/dump_pagetables.c, 2.6.36) for the
/// vmalloc range: identical runs folded, sizes, flags and the level each run was seen at.
std::string ptdump(const Machine& machine);
/// The /proc/meminfo lines the model knows (MemTotal, MemFree, VmallocTotal/Used/Chunk).
std::string meminfo(const Machine& machine);
/// /proc/buddyinfo: free blocks per order for each populated zone.
std::string buddyinfo(const Machine& machine);

/// Receives an export in pieces of about 64 KiB; returns false to stop (the reader went away).
using TextSink = std::function<bool(std::string_view piece)>;

/// One line per step of [from, to] (1-based, inclusive): "     12 call    ··__vmalloc_node(…)".
std::string traceText(const Machine& machine, std::uint64_t from, std::uint64_t to);
/// The same, streamed: memory stays flat however long the trace, and the first lines reach the
/// reader at once. False when the sink stopped it.
bool writeTraceText(const Machine& machine, std::uint64_t from, std::uint64_t to, const TextSink& sink);
/// JSON Lines, one object per step with step, depth, kind, function, text, source.
std::string traceJsonl(const Machine& machine, std::uint64_t from, std::uint64_t to);
bool writeTraceJsonl(const Machine& machine, std::uint64_t from, std::uint64_t to, const TextSink& sink);
/// The text trace with each step's plain-language line (steps/PlainLanguage.h) under it, marked
/// "FAILED" on failure steps: `vmviz-cli trace --format explain`.
std::string traceExplained(const Machine& machine, std::uint64_t from, std::uint64_t to);
bool writeTraceExplained(const Machine& machine, std::uint64_t from, std::uint64_t to, const TextSink& sink);

/// The whole machine as JSON ("format": "vmviz-snapshot", "version": 1; docs/snapshot-format.md):
/// readable sections (areas, frames and every frame's owner, page tables, kmemleak objects) and
/// the "state" section a machine is rebuilt from.
nlohmann::ordered_json snapshotJson(const Machine& machine);

struct LoadResult
{
    std::unique_ptr<Machine> machine; ///< null when `error` is set
    std::string error;                ///< what is wrong, naming the field
};
/// Rebuilds a machine from snapshotJson() output. The machine has no steps: position 0 is the
/// snapshot's moment. Hostile input gets an error, never a crash.
LoadResult loadSnapshot(std::string_view text);

/// What a virtual address is: direct map, a vmalloc area (data / guard / gap), free vmalloc
/// space, kernel text, modules, or outside the kernel half.
std::string classifyAddress(const Machine& machine, VirtAddr at);
/// The page-table walk (what `crash vtop` shows), level by level.
std::string translateText(const Machine& machine, VirtAddr at);
/// The text translateText writes for a walk and what classifyAddress said, for readers that hold
/// a snapshot rather than the machine (the GUI's address panel).
std::string formatTranslation(const Walk& walk, const std::string& what);
nlohmann::ordered_json translateJson(const Machine& machine, VirtAddr at);

} // namespace vmviz::exports
