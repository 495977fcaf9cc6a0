// SPDX-License-Identifier: GPL-2.0-only
// Table-driven tests of the geometry value types: frame grid, frame lens, vmalloc ribbon, timeline
// scale.
#include "base/Constants.h"
#include "geometry/FrameGrid.h"
#include "geometry/FrameLens.h"
#include "geometry/RibbonLayout.h"
#include "geometry/TimelineScale.h"

#include <gtest/gtest.h>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

struct GridCase
{
    const char* name;
    std::uint64_t frames;
    int width;
    ZoomLevel zoom;
    int columns;
    std::uint64_t rows;
    std::uint64_t pfn;
    QRect rect; ///< frameRect(pfn)
};

TEST(FrameGrid, LayoutAndFrameRects)
{
    const GridCase cases[] = {
        // one frame per 16 px cell: 800/16 = 50 columns, rounded to 48 (multiple of 16)
        {"16px", 32768, 800, {1, 16}, 48, 683, 49, QRect(16, 16, 16, 16)},
        // 1 px, one frame each: 1000 columns → 960 (multiple of 64)
        {"1px", 32768, 1000, {1, 1}, 960, 35, 961, QRect(1, 1, 1, 1)},
        // aggregated: 8 frames per pixel, 512 columns
        {"aggregated", 32768, 512, {8, 1}, 512, 8, 8 * 513, QRect(1, 1, 1, 1)},
        // narrow: fewer than 32 columns are kept as they are
        {"narrow", 100, 50, {1, 2}, 25, 4, 26, QRect(2, 2, 2, 2)},
        // a width smaller than one cell still gives one column
        {"tiny", 10, 3, {1, 16}, 1, 10, 3, QRect(0, 48, 16, 16)},
    };
    for (const GridCase& c : cases) {
        SCOPED_TRACE(c.name);
        const FrameGrid g(c.frames, c.width, c.zoom);
        EXPECT_EQ(g.columns(), c.columns);
        EXPECT_EQ(g.rows(), c.rows);
        EXPECT_EQ(g.frameRect(c.pfn), c.rect);
        EXPECT_LE(g.widthPx(), std::max(c.width, c.zoom.cellPx));
    }
}

struct HitCase
{
    QPoint point;
    std::optional<FrameRange> frames;
};

TEST(FrameGrid, HitTest)
{
    const FrameGrid g(1000, 320, {1, 10}); // 32 columns of 10 px
    ASSERT_EQ(g.columns(), 32);
    const HitCase cases[] = {
        {{0, 0}, FrameRange{0, 1}},
        {{9, 9}, FrameRange{0, 1}},
        {{10, 0}, FrameRange{1, 2}},
        {{5, 15}, FrameRange{32, 33}},
        {{319, 10}, FrameRange{63, 64}},
        {{320, 0}, std::nullopt},                  // right of the grid
        {{-1, 0}, std::nullopt},                   // left of it
        {{5, 31 * 10 + 5}, FrameRange{992, 993}},  // last row
        {{8 * 10 + 5, 31 * 10 + 5}, std::nullopt}, // past the last frame (999 is column 7)
        {{7 * 10 + 5, 31 * 10 + 5}, FrameRange{999, 1000}},
    };
    for (const HitCase& c : cases) {
        SCOPED_TRACE(testing::Message() << c.point.x() << "," << c.point.y());
        EXPECT_EQ(g.framesAt(c.point), c.frames);
    }
    // Aggregated cells cover framesPerCell frames, the last one clipped to the frame count.
    const FrameGrid agg(1000, 64, {16, 1});
    EXPECT_EQ(agg.framesAt({1, 0}), (FrameRange{16, 32}));
    EXPECT_EQ(agg.framesOfCell(62), (FrameRange{992, 1000}));
}

TEST(FrameGrid, VisibleCellsAndFit)
{
    const FrameGrid g(32768, 640, {1, 10}); // 64 columns, 512 rows of 10 px
    EXPECT_EQ(g.cellsIn(QRect(0, 0, 640, 100)), (std::pair<std::uint64_t, std::uint64_t>{0, 640}));
    EXPECT_EQ(g.cellsIn(QRect(0, 95, 640, 10)), (std::pair<std::uint64_t, std::uint64_t>{9 * 64, 11 * 64}));
    EXPECT_EQ(g.cellsIn(QRect(0, 5110, 640, 100)).second, 32768u);

    struct FitCase
    {
        std::uint64_t frames;
        int w, h;
        ZoomLevel expected;
    };
    const FitCase fits[] = {
        {32768, 1024, 1024, {1, 5}},    // 192 columns × 171 rows = 855 px; at 6 px, 128 columns need 1536
        {32768, 256, 128, {1, 1}},      // exactly 128 rows of 256
        {1u << 24, 1024, 512, {32, 1}}, // 64 GiB of RAM: 32 frames per pixel
    };
    for (const FitCase& f : fits) {
        SCOPED_TRACE(testing::Message() << f.frames << " frames in " << f.w << "x" << f.h);
        const int level = FrameGrid::fitLevel(f.frames, f.w, f.h);
        const ZoomLevel z = FrameGrid::zoomLevels()[static_cast<std::size_t>(level)];
        EXPECT_EQ(z, f.expected);
        EXPECT_LE(FrameGrid(f.frames, f.w, z).heightPx(), f.h);
        if (level + 1 < static_cast<int>(FrameGrid::zoomLevels().size())) {
            EXPECT_GT(FrameGrid(f.frames, f.w, FrameGrid::zoomLevels()[static_cast<std::size_t>(level + 1)])
                          .heightPx(),
                      f.h);
        }
    }
}

constexpr std::uint64_t P = k::PAGE_SIZE;
constexpr std::uint64_t S = k::VMALLOC_START;

using Kind = RibbonSegment::Kind;

struct RibbonCase
{
    const char* name;
    std::vector<RibbonArea> areas;
    std::uint64_t end;
    std::vector<Kind> kinds;
    std::uint64_t gapBytes = k::PAGE_SIZE; ///< 2.6.36's gap page unless a case says otherwise
};

TEST(FrameLens, RowsAroundTheFocusInTheFarCorner)
{
    const QRect area(50, 40, 600, 500); // centre (349, 289)
    struct Case
    {
        const char* name;
        std::uint64_t frames;
        std::uint64_t focus;
        QPoint focusPoint;
        std::uint64_t first; ///< 16-aligned rows; the focus in the second row when it can be
        std::uint64_t end;
        QPoint topLeft;
        bool fits;
    };
    const int w = FrameLens::kColumns * 24 + 2;                    // 386
    const int h = 20 + FrameLens::kRows * 24 + 2;                  // 118
    const int right = area.right() - FrameLens::kMargin - w + 1;   // 256
    const int bottom = area.bottom() - FrameLens::kMargin - h + 1; // 414
    const int left = area.left() + FrameLens::kMargin;             // 58
    const int top = area.top() + FrameLens::kMargin;               // 48
    const Case cases[] = {
        {"focus bottom-left: lens top-right", 32768, 0x7803, {60, 520}, 0x77f0, 0x7830, {right, top}, true},
        {"focus top-right: lens bottom-left", 32768, 0x25, {600, 50}, 0x10, 0x50, {left, bottom}, true},
        {"first frames: no row before", 32768, 3, {60, 50}, 0, 0x40, {right, bottom}, true},
        {"last frames: rows end at the last one",
         32768,
         32767,
         {640, 530},
         32768 - 64,
         32768,
         {left, top},
         true},
        {"machine smaller than the lens", 20, 5, {60, 50}, 0, 20, {right, bottom}, true},
        {"focus outside the machine", 100, 100, {60, 50}, 48, 100, {right, bottom}, false},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const FrameLens lens(c.frames, c.focus, area, c.focusPoint, 24, 20);
        EXPECT_EQ(lens.fits(), c.fits);
        EXPECT_EQ(lens.firstPfn(), c.first);
        EXPECT_EQ(lens.endPfn(), c.end);
        EXPECT_EQ(lens.rect().topLeft(), c.topLeft);
        EXPECT_EQ(lens.rect().size(), QSize(w, h));
        if (!c.fits)
            continue;
        // Every frame of the lens has a cell, and hit-testing the cell gives the frame back.
        for (std::uint64_t pfn = lens.firstPfn(); pfn < lens.endPfn(); ++pfn) {
            const auto r = lens.frameRect(pfn);
            ASSERT_TRUE(r);
            EXPECT_TRUE(lens.cellsRect().contains(*r));
            EXPECT_EQ(lens.frameAt(r->center()), pfn);
        }
        EXPECT_FALSE(lens.frameRect(lens.endPfn()));
        EXPECT_FALSE(lens.frameAt(lens.rect().topLeft() + QPoint(3, 3))) << "the caption is no frame";
    }
    // Wherever the focus is, a lens that is shown never covers it (presentation mode makes the
    // lens wider than half a small view).
    for (const QRect view : {QRect(0, 0, 600, 500), QRect(30, 20, 420, 240), QRect(0, 0, 800, 180)}) {
        int shown = 0;
        for (int x = view.left(); x <= view.right(); x += 7) {
            for (int y = view.top(); y <= view.bottom(); y += 7) {
                const FrameLens l(32768, 0x7803, view, {x, y}, 24, 20);
                shown += l.fits();
                if (l.fits()) {
                    EXPECT_FALSE(l.rect().adjusted(-4, -4, 4, 4).contains(QPoint(x, y))) << x << "," << y;
                }
            }
        }
        EXPECT_GT(shown, 0);
    }
    // No corner keeps the focus clear: no lens.
    EXPECT_FALSE(FrameLens(32768, 0x7803, QRect(0, 0, 420, 140), {200, 70}, 24, 20).fits());
    // Too small a view: no lens.
    EXPECT_FALSE(FrameLens(32768, 0x7803, QRect(0, 0, 300, 500), {10, 490}, 24, 20).fits());
    EXPECT_FALSE(FrameLens(32768, 0x7803, QRect(0, 0, 600, 100), {10, 90}, 24, 20).fits());
}

TEST(RibbonLayout, SegmentsShowGuardGapAndFolds)
{
    const RibbonCase cases[] = {
        {"empty range folds", {}, S + 1000 * P, {Kind::Folded}},
        {"short free run stays at scale", {}, S + 4 * P, {Kind::Free}},
        // the seed: [S, S+2P) = data + guard, then the 2.6.36 gap page, then free space
        {"one area",
         {{AreaId{1}, S, S + 2 * P}},
         S + 1000 * P,
         {Kind::Data, Kind::Guard, Kind::Gap, Kind::Folded}},
        // two areas as 2.6.36 places them: the second starts after the gap page
        {"two areas",
         {{AreaId{1}, S, S + 2 * P}, {AreaId{2}, S + 3 * P, S + 6 * P}},
         S + 1000 * P,
         {Kind::Data, Kind::Guard, Kind::Gap, Kind::Data, Kind::Guard, Kind::Gap, Kind::Folded}},
        // a freed area leaves a hole: gap page, then free pages at scale
        {"hole",
         {{AreaId{1}, S, S + 2 * P}, {AreaId{3}, S + 8 * P, S + 10 * P}},
         S + 10 * P,
         {Kind::Data, Kind::Guard, Kind::Gap, Kind::Free, Kind::Data, Kind::Guard}},
        // a guard-only area (size 0 is impossible, but a one-page vm_struct is just its guard)
        {"guard only", {{AreaId{4}, S, S + P}}, S + P, {Kind::Guard}},
        // 6.18 (and any kernel since 5.2) leaves no gap page: the next area starts at va_end
        {"6.18: no gap page",
         {{AreaId{1}, S, S + 2 * P}, {AreaId{2}, S + 2 * P, S + 4 * P}},
         S + 1000 * P,
         {Kind::Data, Kind::Guard, Kind::Data, Kind::Guard, Kind::Folded},
         0},
        {"6.18: a hole is free pages only",
         {{AreaId{1}, S, S + 2 * P}, {AreaId{3}, S + 5 * P, S + 7 * P}},
         S + 7 * P,
         {Kind::Data, Kind::Guard, Kind::Free, Kind::Data, Kind::Guard},
         0},
    };
    for (const RibbonCase& c : cases) {
        SCOPED_TRACE(c.name);
        const RibbonLayout lay(c.areas, S, c.end, 4, c.gapBytes);
        std::vector<Kind> kinds;
        for (const RibbonSegment& s : lay.segments())
            kinds.push_back(s.kind);
        EXPECT_EQ(kinds, c.kinds);
        // Segments tile [S, end) and [0, width) without holes.
        double x = 0;
        std::uint64_t a = S;
        for (const RibbonSegment& s : lay.segments()) {
            EXPECT_EQ(s.start, a);
            EXPECT_DOUBLE_EQ(s.x, x);
            a = s.end;
            x += s.width;
        }
        EXPECT_EQ(a, c.end);
        EXPECT_DOUBLE_EQ(lay.widthPx(), x);
    }
}

TEST(RibbonLayout, HitTestAndScale)
{
    const std::vector<RibbonArea> areas = {{AreaId{1}, S, S + 4 * P},
                                           {AreaId{2}, S + 5 * P, S + 7 * P, true}};
    const RibbonLayout lay(areas, S, S + 100 * P, 10, P); // 10 px per page
    // data 3 pages (30 px), guard 10, gap 10, data 1 page (kMinDataPx = 24), guard 10, gap 10, then the fold
    struct Hit
    {
        double x;
        std::optional<Kind> kind;
        std::optional<std::uint32_t> area;
    };
    const Hit hits[] = {
        {0, Kind::Data, 1},
        {29.9, Kind::Data, 1},
        {30, Kind::Guard, 1},
        {45, Kind::Gap, std::nullopt},
        {55, Kind::Data, 2},
        {80, Kind::Guard, 2},
        {90, Kind::Gap, std::nullopt},
        {100, Kind::Folded, std::nullopt},
        {-1, std::nullopt, std::nullopt},
        {lay.widthPx(), std::nullopt, std::nullopt},
    };
    for (const Hit& h : hits) {
        SCOPED_TRACE(h.x);
        const auto i = lay.segmentAt(h.x);
        ASSERT_EQ(i.has_value(), h.kind.has_value());
        if (!i)
            continue;
        const RibbonSegment& s = lay.segments()[*i];
        EXPECT_EQ(s.kind, *h.kind);
        EXPECT_EQ(s.area ? std::optional<std::uint32_t>(s.area->value()) : std::nullopt, h.area);
    }
    EXPECT_TRUE(lay.segments()[3].lazy);
    EXPECT_DOUBLE_EQ(lay.xOf(S + P), 10);
    EXPECT_DOUBLE_EQ(lay.xOf(S + 3 * P), 30);
    const auto span = lay.areaSpan(AreaId{2});
    ASSERT_TRUE(span);
    EXPECT_DOUBLE_EQ(span->first, 50);
    EXPECT_DOUBLE_EQ(span->second, 84);
    // Zoom: fitting makes the layout fit the width, and more px per page makes it wider.
    const double fit = RibbonLayout::fitPxPerPage(areas, S, S + 100 * P, 300, P);
    EXPECT_LE(RibbonLayout(areas, S, S + 100 * P, fit, P).widthPx(), 300);
    EXPECT_GT(RibbonLayout(areas, S, S + 100 * P, fit * 2, P).widthPx(), 300);
}

TEST(TimelineScale, StepToPixelAndBack)
{
    const TimelineScale t(1000, 10, 500);
    const std::pair<std::uint64_t, double> cases[] = {{0, 10}, {500, 260}, {1000, 510}, {1, 10.5}};
    for (const auto& [step, x] : cases) {
        EXPECT_DOUBLE_EQ(t.xOf(step), x);
        EXPECT_EQ(t.positionAt(x), step);
    }
    EXPECT_EQ(t.positionAt(-50), 0u);
    EXPECT_EQ(t.positionAt(5000), 1000u);
    EXPECT_EQ(TimelineScale(0, 0, 100).positionAt(50), 0u);
}

} // namespace

namespace {

TEST(TimelineScale, StepUnderAPixel)
{
    const TimelineScale t(100, 0, 200); // 2 px per step
    const std::pair<double, std::uint64_t> cases[] = {{-5, 1},  {0.5, 1},   {1.9, 1},
                                                      {2.1, 2}, {199, 100}, {400, 100}};
    for (const auto& [x, step] : cases)
        EXPECT_EQ(t.stepAt(x), step) << "x " << x;
}

TEST(TimelineLabels, CrowdedLabelsAreThinnedNeverOverlapped)
{
    struct Case
    {
        const char* what;
        std::vector<LabelSpan> spans;
        std::vector<std::size_t> shown;
    };
    const Case cases[] = {
        {"room for all", {{0, 10, 0, 100}, {20, 10, 0, 100}, {40, 10, 0, 100}}, {0, 1, 2}},
        // Six lines in the last 3 %: the first takes the room, the next that starts after it
        // ends (plus the gap) is drawn.
        {"crowded tail",
         {{90, 30, 0, 200},
          {92, 30, 0, 200},
          {94, 30, 0, 200},
          {96, 30, 0, 200},
          {125, 30, 0, 200},
          {160, 30, 0, 200}},
         {0, 4, 5}},
        {"a label wider than its band is left to the tooltip", {{10, 50, 10, 40}, {60, 10, 55, 80}}, {1}},
        {"nothing", {}, {}},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(nonCollidingLabels(c.spans, 4), c.shown) << c.what;
        const auto shown = nonCollidingLabels(c.spans, 4);
        for (std::size_t i = 1; i < shown.size(); ++i)
            EXPECT_GE(c.spans[shown[i]].left, c.spans[shown[i - 1]].left + c.spans[shown[i - 1]].width)
                << c.what;
    }
}

} // namespace
