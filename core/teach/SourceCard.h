// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A source card for every kernel function vmviz runs: its signature, where it really lives (file
// and line, checked against the v2.6.36 tree, or v6.18 for the 6.18 profile's functions) and a short numbered
// outline of what it does, written for vmviz (no kernel code is copied). The GUI shows a card for a function
// the 2010 walkthrough does not quote, with the outline line of the current step highlighted; pointed at a
// local kernel checkout it shows the real file at `line` instead.
#include "trace/Trace.h"

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace vmviz::teach {

/// One line of a card's outline, and the steps that stand on it: the call it makes (a step in
/// `calls` or deeper is on this line) or the effects it records.
struct OutlineLine
{
    std::string_view text;
    Fn calls = Fn::Count;
    std::array<Ev, 3> effects{Ev::Count, Ev::Count, Ev::Count};
};

struct SourceCard
{
    Fn function = Fn::Count;
    std::string_view signature; ///< the declaration in its kernel (2.6.36, or 6.18 for its rows), one line
    std::string_view file;      ///< "mm/vmalloc.c"; "" for the scenario's own code
    int line = 0;               ///< 1-based line of the definition in that kernel; 0 for the scenario
    std::span<const OutlineLine> outline;
};

/// The 6.18 profile's cards, rows Fn::vmalloc_noprof on and p4d_alloc (SourceCard618.cpp).
std::span<const SourceCard> linux618Cards();

/// The card for `fn`, or nullptr (there is one for every function the engine records).
const SourceCard* sourceCard(Fn fn);

/// The 0-based outline line a frame running `card.function` stands on: the line calling `callee`
/// when an inner frame runs (Fn::Count for the innermost frame), else the line recording the
/// step's effect, the first line on entry and the last on return.
std::size_t sourceCardLine(const SourceCard& card, const Step* step, Fn callee);

/// "mm/vmalloc.c:1338", or "the scenario" for the module's own code.
std::string sourceCardLocation(const SourceCard& card);

} // namespace vmviz::teach
