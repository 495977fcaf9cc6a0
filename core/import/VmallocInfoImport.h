// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A /proc/vmallocinfo saved from a real 6.x machine (or 2.6.36; the line shape is the same),
// rebuilt as data: every area with its caller, size, flag words, pages=, phys= and N<node>=
// counts, in the file's order (vmalloc_info_show(), mm/vmalloc.c, 6.18: each vmap node's busy
// areas in address order, then "unpurged vm_area" lines from each node's lazy list).
//
// Real files hide pointers as kptr_restrict says (%pK, lib/vsprintf.c restricted_pointer): 0
// hashes them, 2 prints zeros. The sizes and the order are still true, so the areas are then
// laid out one after the other from VMALLOC_START, and the import says the addresses are not the
// machine's. A line the reader does not know is a warning with its line number; the rest imports.
#include "base/AddressLayout.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vmviz::import {

enum class AreaKind : std::uint8_t
{
    Area,     ///< a vm_struct: caller, flags, pages
    VmMapRam, ///< "vm_map_ram": a vmap_area with no vm_struct (VMAP_RAM)
    Unpurged, ///< "unpurged vm_area": freed, waiting for the lazy purge
};

/// The flag words vmalloc_info_show() prints, in its order.
enum FlagWord : std::uint16_t
{
    FLAG_IOREMAP = 1 << 0,
    FLAG_SPARSE = 1 << 1,
    FLAG_VMALLOC = 1 << 2,
    FLAG_VMAP = 1 << 3,
    FLAG_USER = 1 << 4,
    FLAG_DMA_COHERENT = 1 << 5,
    FLAG_VPAGES = 1 << 6,
};
inline constexpr std::string_view kFlagWords[] = {"ioremap", "sparse",       "vmalloc", "vmap",
                                                  "user",    "dma-coherent", "vpages"};

struct ImportedArea
{
    std::uint64_t start = 0; ///< as printed (a hash or 0 when hidden)
    std::uint64_t end = 0;
    std::uint64_t size = 0; ///< the %7ld column: end - start, the guard page included
    AreaKind kind = AreaKind::Area;
    std::string caller; ///< %pS: "mymod_init+0x1c/0x40 [mymod]"; empty for the other kinds
    std::optional<std::uint64_t> pages;
    std::optional<std::uint64_t> phys;
    std::uint16_t flags = 0;        ///< FlagWord bits
    std::vector<std::string> words; ///< every flag word in the file's order, unknown ones too
    std::vector<std::pair<unsigned, std::uint64_t>> nodes; ///< N<node>=<pages>, in order
    int line = 0;
    /// Where the area is drawn: `start`, or its place in the layout when addresses were hidden.
    std::uint64_t layoutStart = 0;

    /// The function of the caller without offset and module ("mymod_init").
    std::string_view callerFunction() const;
};

enum class AddressesShown : std::uint8_t
{
    Raw,    ///< kptr_restrict=1 with CAP_SYSLOG (root), or a kernel before %pK hashing
    Hashed, ///< kptr_restrict=0: each pointer hashed (the top 32 bits zero)
    Zeroed, ///< kptr_restrict=2, or 1 without CAP_SYSLOG
};

struct ImportWarning
{
    int line = 0;
    std::string message;
};

struct VmallocInfo
{
    std::string fileName;
    std::vector<ImportedArea> areas;
    std::vector<ImportWarning> warnings;
    std::uint64_t lines = 0; ///< lines in the file, blank ones included
    AddressesShown addresses = AddressesShown::Raw;
    /// The paging mode the addresses fit (5 when they lie in the LA57 vmalloc range).
    AddressLayout layout;
    /// The range the ribbon shows: the areas' span (the real VMALLOC_START moves with KASLR) or,
    /// for hidden addresses, VMALLOC_START up to the last laid-out area.
    std::uint64_t rangeStart = 0;
    std::uint64_t rangeEnd = 0;

    bool addressesHidden() const { return addresses != AddressesShown::Raw; }
};

/// Reads a whole file's text. Never throws on bad input; at most 1000 warnings are kept (the
/// count of the rest is the last warning).
VmallocInfo importVmallocInfo(std::string_view text, std::string_view fileName);

/// One area's line exactly as vmalloc_info_show() prints it (no newline).
std::string vmallocInfoLine(const ImportedArea& area);
/// Every understood line again, in the file's order: the same bytes as each of those lines.
std::string emitVmallocInfo(const VmallocInfo& info);

struct CountByName
{
    std::string name;
    std::uint64_t areas = 0;
    std::uint64_t pages = 0;
    std::uint64_t bytes = 0;
};

struct ImportSummary
{
    std::uint64_t areas = 0; ///< vm_struct areas
    std::uint64_t vmMapRam = 0;
    std::uint64_t unpurged = 0;
    std::uint64_t usedBytes = 0; ///< sizes of every busy area (not the unpurged ones)
    std::uint64_t unpurgedBytes = 0;
    std::uint64_t freeBytes = 0; ///< the range minus the used bytes
    std::uint64_t largestHole = 0;
    std::uint64_t largestHoleStart = 0;
    std::uint64_t pages = 0;
    std::vector<CountByName> byCaller; ///< most pages first
    std::vector<CountByName> byFlag;   ///< vmalloc_info_show()'s order
    std::vector<std::pair<unsigned, std::uint64_t>> pagesByNode;
};

ImportSummary summarize(const VmallocInfo& info);
std::string summaryText(const VmallocInfo& info, const ImportSummary& summary);
std::string summaryJson(const VmallocInfo& info, const ImportSummary& summary);

} // namespace vmviz::import
