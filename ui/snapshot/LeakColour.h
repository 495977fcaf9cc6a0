// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The colour the views paint a kmemleak object in: kmemleak's own colour (colourOf, the core's
// one copy of mm/kmemleak.c's rule), plus one shade that is a display choice and not kmemleak's: a
// white object with OBJECT_REPORTED set (a leak already in /sys/kernel/debug/kmemleak) is painted
// "reported". kmemleak itself only sets the flag; a reported object that turns gray is gray.
#include "kmemleak/KmemleakObject.h"

#include <cstdint>

namespace vmviz::ui {

enum class LeakColour : std::uint8_t
{
    White,
    Gray,
    Black,
    Reported,
    Count
};

LeakColour leakColour(const KmemleakObject& object);

} // namespace vmviz::ui
