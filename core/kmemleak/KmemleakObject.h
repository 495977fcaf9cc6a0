// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// One kmemleak object record as readers see it, and the colour rule of mm/kmemleak.c (2.6.36)
// that every reader uses.
#include <cstdint>
#include <string_view>

namespace vmviz {

/// What a kmemleak object is, for the views (the kernel only knows pointer and size).
enum class TrackedKind : std::uint8_t
{
    Kmalloc,
    Vmalloc
};

// Object flags (mm/kmemleak.c).
inline constexpr std::uint8_t OBJECT_ALLOCATED = 1 << 0;
inline constexpr std::uint8_t OBJECT_REPORTED = 1 << 1;
inline constexpr std::uint8_t OBJECT_NO_SCAN = 1 << 2;

struct KmemleakObject
{
    std::uint32_t id = 0;
    std::uint64_t pointer = 0;
    std::uint64_t size = 0;
    int minCount = 0;
    int count = 0;
    std::uint8_t flags = 0;
    std::uint32_t checksum = 0;
    std::uint64_t jiffies = 0;
    TrackedKind kind = TrackedKind::Kmalloc;
    std::uint32_t stack = 0;        ///< Trace::stack id at allocation
    std::uint32_t callerOffset = 0; ///< the call site in <module>_init that started the allocation
};

/// KMEMLEAK_BLACK: a min_count (or count) of -1.
inline constexpr int kKmemleakBlack = -1;

/// The colours of mm/kmemleak.c.
enum class KmemleakColour : std::uint8_t
{
    White,
    Gray,
    Black
};
/// mm/kmemleak.c (2.6.36): white when count != -1 && count < min_count (color_white), gray when
/// min_count != -1 && count >= min_count (color_gray), black otherwise. The one rule every reader
/// uses: the scan, the exports and the views.
KmemleakColour colourOf(const KmemleakObject& object);
std::string_view colourName(KmemleakColour colour);

} // namespace vmviz
