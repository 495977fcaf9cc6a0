// SPDX-License-Identifier: GPL-2.0-only
#include "geometry/RibbonLayout.h"

#include "base/Constants.h"

#include <algorithm>

namespace vmviz::ui {

RibbonLayout::RibbonLayout(const std::vector<RibbonArea>& areas, std::uint64_t rangeStart,
                           std::uint64_t rangeEnd, double pxPerPage, std::uint64_t gapBytes)
    : m_pxPerPage(pxPerPage), m_gapBytes(gapBytes)
{
    m_segments.reserve(3 * areas.size() + 2); // at most gap + free + data + guard per area, minus one
    build(areas, rangeStart, rangeEnd);
}

double RibbonLayout::measure(const std::vector<RibbonArea>& areas, std::uint64_t rangeStart,
                             std::uint64_t rangeEnd, double pxPerPage, std::uint64_t gapBytes)
{
    RibbonLayout probe(pxPerPage, gapBytes, false);
    probe.build(areas, rangeStart, rangeEnd);
    return probe.m_width;
}

void RibbonLayout::build(const std::vector<RibbonArea>& areas, std::uint64_t rangeStart,
                         std::uint64_t rangeEnd)
{
    std::uint64_t cursor = rangeStart;
    bool afterArea = false;
    for (const RibbonArea& a : areas) {
        if (a.end <= cursor || a.start >= rangeEnd)
            continue;
        if (a.start > cursor) {
            std::uint64_t freeStart = cursor;
            if (afterArea && m_gapBytes != 0 && a.start >= cursor + m_gapBytes) {
                // 2.6.36's alloc_vmap_area starts the next area a page after the previous one.
                add(RibbonSegment::Kind::Gap, cursor, cursor + m_gapBytes, nullptr);
                freeStart += m_gapBytes;
            }
            if (a.start > freeStart) {
                const bool fold = (a.start - freeStart) / k::PAGE_SIZE > kFoldPages;
                add(fold ? RibbonSegment::Kind::Folded : RibbonSegment::Kind::Free, freeStart, a.start,
                    nullptr);
            }
        }
        const std::uint64_t start = std::max(a.start, cursor);
        if (a.end - start > k::PAGE_SIZE)
            add(RibbonSegment::Kind::Data, start, a.end - k::PAGE_SIZE, &a);
        add(RibbonSegment::Kind::Guard, std::max(start, a.end - k::PAGE_SIZE), a.end, &a);
        cursor = a.end;
        afterArea = true;
    }
    if (cursor < rangeEnd) {
        std::uint64_t freeStart = cursor;
        if (afterArea && m_gapBytes != 0 && rangeEnd - cursor > m_gapBytes) {
            add(RibbonSegment::Kind::Gap, cursor, cursor + m_gapBytes, nullptr);
            freeStart += m_gapBytes;
        }
        const bool fold = (rangeEnd - freeStart) / k::PAGE_SIZE > kFoldPages;
        add(fold ? RibbonSegment::Kind::Folded : RibbonSegment::Kind::Free, freeStart, rangeEnd, nullptr);
    }
}

void RibbonLayout::add(RibbonSegment::Kind kind, std::uint64_t start, std::uint64_t end,
                       const RibbonArea* area)
{
    RibbonSegment s;
    s.kind = kind;
    s.start = start;
    s.end = end;
    s.x = m_width;
    const double pages = static_cast<double>((end - start) / k::PAGE_SIZE);
    switch (kind) {
    case RibbonSegment::Kind::Folded:
        s.width = kFoldPx;
        break;
    case RibbonSegment::Kind::Data:
        s.width = std::max(kMinDataPx, pages * m_pxPerPage);
        break;
    default:
        s.width = std::max(kMinPagePx, pages * m_pxPerPage);
        break;
    }
    if (area) {
        s.area = area->id;
        s.lazy = area->lazy;
        s.pageArray = area->pageArray;
    }
    m_width += s.width;
    if (m_keepSegments)
        m_segments.push_back(s);
}

double RibbonLayout::fitPxPerPage(const std::vector<RibbonArea>& areas, std::uint64_t rangeStart,
                                  std::uint64_t rangeEnd, double widthPx, std::uint64_t gapBytes)
{
    // Width is monotonic in pxPerPage: bisect.
    double lo = 0.05;
    double hi = 64;
    // Probes only sum widths: no segment vector (with 100 000 areas that is 300 000 segments).
    if (measure(areas, rangeStart, rangeEnd, lo, gapBytes) > widthPx)
        return lo;
    for (int i = 0; i < 40; ++i) {
        const double mid = (lo + hi) / 2;
        if (measure(areas, rangeStart, rangeEnd, mid, gapBytes) <= widthPx)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

std::optional<std::size_t> RibbonLayout::segmentAt(double x) const
{
    if (x < 0 || x >= m_width || m_segments.empty())
        return std::nullopt;
    const auto it = std::upper_bound(m_segments.begin(), m_segments.end(), x,
                                     [](double v, const RibbonSegment& s) { return v < s.x; });
    return static_cast<std::size_t>(std::distance(m_segments.begin(), it)) - 1;
}

double RibbonLayout::xOf(std::uint64_t vaddr) const
{
    for (const RibbonSegment& s : m_segments) {
        if (vaddr >= s.start && vaddr < s.end) {
            const double f = static_cast<double>(vaddr - s.start) / static_cast<double>(s.end - s.start);
            return s.x + f * s.width;
        }
    }
    return vaddr < (m_segments.empty() ? 0 : m_segments.front().start) ? 0 : m_width;
}

std::optional<std::pair<double, double>> RibbonLayout::areaSpan(AreaId id) const
{
    std::optional<std::pair<double, double>> out;
    for (const RibbonSegment& s : m_segments) {
        if (s.area && *s.area == id) {
            if (!out)
                out = std::make_pair(s.x, s.x + s.width);
            else
                out->second = s.x + s.width;
        }
    }
    return out;
}

} // namespace vmviz::ui
