#pragma once
// kmemleak's colour of an object, as mm/kmemleak.c decides it: color_white() when count <
// min_count, color_gray() when count >= min_count (min_count 0: never a leak), black when
// min_count is -1 (never scanned, never reported). A reported object that is still white gets its own
// colour in the views; kmemleak itself only sets OBJECT_REPORTED.
#include "kmemleak/KmemleakObject.h"

#include <cstdint>

namespace vmviz::ui {

enum class LeakColour : std::uint8_t { White, Gray, Black, Reported, Count };

LeakColour leakColour(const KmemleakObject& object);

} // namespace vmviz::ui
