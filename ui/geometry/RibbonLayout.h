// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The vmalloc range as one horizontal ribbon: each area's data pages and guard page at scale, the
// 2.6.36 gap page that alloc_vmap_area() leaves after every area (ALIGN(va_end + PAGE_SIZE)), and
// free space folded into a fixed-width marker when it is longer than a few pages. Value type;
// table-tested.
#include "base/Types.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace vmviz::ui {

struct RibbonArea
{
    AreaId id{0};
    std::uint64_t start = 0; ///< va_start
    std::uint64_t end = 0;   ///< va_end (includes the guard page)
    bool lazy = false;       ///< VM_LAZY_FREE: unmapped-but-not-purged
    bool pageArray = false;  ///< holds another area's page array
};

struct RibbonSegment
{
    enum class Kind : std::uint8_t
    {
        Free,
        Folded,
        Data,
        Guard,
        Gap
    };
    Kind kind = Kind::Free;
    std::uint64_t start = 0;
    std::uint64_t end = 0;
    double x = 0;
    double width = 0;
    std::optional<AreaId> area;
    bool lazy = false;
    bool pageArray = false;
};

class RibbonLayout
{
public:
    /// Free runs longer than this many pages are folded.
    static constexpr std::uint64_t kFoldPages = 8;
    static constexpr double kFoldPx = 56;
    static constexpr double kMinDataPx = 24; ///< small areas stay visible and clickable
    static constexpr double kMinPagePx = 3;  ///< guard and gap pages stay visible when zoomed out

    /// `areas` sorted by start, inside [rangeStart, rangeEnd). `gapBytes`: what alloc_vmap_area
    /// leaves unused after an area (AreasSnapshot::gapBytes: 2.6.36's gap page, none since 5.2).
    RibbonLayout(const std::vector<RibbonArea>& areas, std::uint64_t rangeStart, std::uint64_t rangeEnd,
                 double pxPerPage, std::uint64_t gapBytes);

    /// The pixels-per-page at which everything fits `widthPx` (clamped to [0.05, 64]).
    static double fitPxPerPage(const std::vector<RibbonArea>& areas, std::uint64_t rangeStart,
                               std::uint64_t rangeEnd, double widthPx, std::uint64_t gapBytes);

    const std::vector<RibbonSegment>& segments() const { return m_segments; }
    double widthPx() const { return m_width; }
    double pxPerPage() const { return m_pxPerPage; }

    /// The segment under x, if any.
    std::optional<std::size_t> segmentAt(double x) const;
    /// x of an address (interpolated inside its segment; folded runs map linearly).
    double xOf(std::uint64_t vaddr) const;
    /// x span of an area's data+guard, if it is in the layout.
    std::optional<std::pair<double, double>> areaSpan(AreaId id) const;

private:
    /// An empty layout; with keepSegments false it only sums widths (fitPxPerPage's probes).
    RibbonLayout(double pxPerPage, std::uint64_t gapBytes, bool keepSegments)
        : m_pxPerPage(pxPerPage), m_gapBytes(gapBytes), m_keepSegments(keepSegments)
    {
    }
    void build(const std::vector<RibbonArea>& areas, std::uint64_t rangeStart, std::uint64_t rangeEnd);
    static double measure(const std::vector<RibbonArea>& areas, std::uint64_t rangeStart,
                          std::uint64_t rangeEnd, double pxPerPage, std::uint64_t gapBytes);
    void add(RibbonSegment::Kind kind, std::uint64_t start, std::uint64_t end, const RibbonArea* area);

    std::vector<RibbonSegment> m_segments;
    double m_pxPerPage;
    std::uint64_t m_gapBytes;
    double m_width = 0;
    bool m_keepSegments = true;
};

} // namespace vmviz::ui
