// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What a kmemleak scan found, read back from the steps it recorded (mm/kmemleak.c, 2.6.36:
// kmemleak_scan → scan_block → scan_gray_list, the checksum pass, then the report): each reference
// as an edge from a root (.data/.bss, the caller's variables) or a scanned object to the object it
// points into, in the order the scan found them, and why each white object was or was not reported.
// Readers draw the scan's reasoning from this; none of them re-runs the scan.
#include "base/Types.h"
#include "trace/Trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vmviz {

/// One pointer the scan found (a KmlRootRef / KmlObjectRef step and their gray variants).
struct ScanEdge
{
    std::uint64_t step = 0; ///< the step that found it
    bool fromRoot = false;  ///< a root's word, or a word inside a scanned object
    std::string root;       ///< the root's name when fromRoot ("vmlist", "mymod: c"…)
    std::uint64_t from = 0; ///< the scanned object's pointer when !fromRoot
    std::uint64_t to = 0;   ///< the object pointed into
    int count = 0;          ///< the target's count after this reference
    int minCount = 0;       ///< the target's min_count
    bool madeGray = false;  ///< this reference brought count up to min_count
    bool operator==(const ScanEdge&) const = default;
};

/// Why a white object was or was not reported at the end of the scan.
enum class ScanVerdict : std::uint8_t
{
    ChecksumChanged, ///< its contents changed since the last scan: grayed for this scan
    TooYoung,        ///< white, but allocated less than 5 s before the scan started
    Reported,        ///< white, old enough, unchanged: a new suspected leak
};

struct ScanVerdictOf
{
    std::uint64_t step = 0;
    std::uint64_t pointer = 0;
    ScanVerdict verdict = ScanVerdict::Reported;
    bool operator==(const ScanVerdictOf&) const = default;
};

struct KmemleakScanGraph
{
    std::uint64_t callStep = 0;   ///< kmemleak_scan's call step; 0: no scan has run yet
    std::uint64_t returnStep = 0; ///< its return step; 0 while the position is inside the scan
    std::uint64_t scanJiffies = 0;
    std::vector<std::string> roots;      ///< roots that held a reference, in scan order
    std::vector<ScanEdge> edges;         ///< found so far, in scan order
    std::vector<std::uint64_t> scanned;  ///< objects scan_gray_list() has scanned so far, in order
    std::vector<ScanVerdictOf> verdicts; ///< checksum, age and report decisions so far

    bool running() const { return callStep != 0 && returnStep == 0; }
    bool operator==(const KmemleakScanGraph&) const = default;
};

/// The latest kmemleak_scan that started at or before `position`, as far as it had got there.
KmemleakScanGraph scanGraphAt(const Trace& trace, StepIndex position);

} // namespace vmviz
