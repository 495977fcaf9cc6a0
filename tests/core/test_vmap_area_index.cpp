// SPDX-License-Identifier: GPL-2.0-only
// VmapAreaIndex must return exactly what the 2.6.36 alloc_vmap_area() walk returns, and, with no gap,
// what 6.18's search of the free blocks returns. The references below are those walks written out
// literally over a std::map, with 128-bit arithmetic so that every place where the kernel's unsigned
// long would wrap shows up as an out-of-range value (reported as overflow), independently of the
// index's own checked arithmetic.
#include "base/Constants.h"
#include "vmalloc/VmapAreaIndex.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <map>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <vector>

namespace {

using vmviz::VmapAreaIndex;
using Range = VmapAreaIndex::Range;
using vmviz::k::PAGE_SIZE;
using vmviz::k::VMALLOC_END;
using vmviz::k::VMALLOC_START;

__extension__ typedef unsigned __int128 Wide;

constexpr std::uint64_t kMax = ~std::uint64_t{0};
constexpr std::uint64_t kGap = PAGE_SIZE; // 2.6.36 leaves one guard page after every area
constexpr std::uint64_t S = VMALLOC_START;
constexpr std::uint64_t kAligns[] = {1, PAGE_SIZE, 65536, 2ull << 20};

/// start -> end of every busy area.
using AreaMap = std::map<std::uint64_t, std::uint64_t>;

/// mm/vmalloc.c 2.6.36 alloc_vmap_area(), the placement part, step by step.
std::optional<std::uint64_t> kernelWalk(const AreaMap& areas, std::uint64_t size, std::uint64_t align,
                                        std::uint64_t vstart, std::uint64_t vend, std::uint64_t gap)
{
    const Wide top = Wide{1} << 64;
    const auto alignUp = [align](Wide x) { return (x + align - 1) & ~Wide{align - 1}; };
    if (size == 0) // BUG_ON(!size)
        return std::nullopt;

    Wide addr = alignUp(vstart);
    if (addr + size - 1 >= top) // if (addr + size - 1 < addr) goto overflow;
        return std::nullopt;

    // The rbtree descent + rb_next: the lowest area with va_end >= addr.
    auto first = areas.begin();
    while (first != areas.end() && first->second < addr)
        ++first;

    if (first != areas.end()) {
        while (addr + size > first->first && addr + size <= vend) {
            addr = alignUp(Wide{first->second} + gap);
            if (addr + size - 1 >= top)
                return std::nullopt;
            ++first;
            if (first == areas.end())
                break; // goto found
        }
    }
    // found:
    if (addr + size > vend)
        return std::nullopt;
    return static_cast<std::uint64_t>(addr);
}

/// mm/vmalloc.c 6.18 __alloc_vmap_area(), the placement part: find_vmap_lowest_match() returns the
/// lowest free block for which is_within_this_va() holds (the kernel's own debug check,
/// find_vmap_lowest_match_check(), walks free_vmap_area_list in address order the same way), then
/// va_alloc() refuses a start past vend. The free blocks are [1, ULONG_MAX) minus the busy areas
/// (vmap_init_free_space()); there is no gap page.
std::optional<std::uint64_t> lowestMatchWalk(const AreaMap& areas, std::uint64_t size, std::uint64_t align,
                                             std::uint64_t vstart, std::uint64_t vend)
{
    const Wide top = Wide{1} << 64;
    const auto alignUp = [align](Wide x) { return (x + align - 1) & ~Wide{align - 1}; };
    if (size == 0) // alloc_vmap_area: !size is -EINVAL
        return std::nullopt;
    // is_within_this_va(va, size, align, vstart)
    const auto within = [&](Wide vaStart, Wide vaEnd) -> std::optional<Wide> {
        const Wide nva = vaStart > vstart ? alignUp(vaStart) : alignUp(vstart);
        if (nva + size >= top || nva < vstart) // nva_start_addr + size < nva_start_addr (wrap)
            return std::nullopt;
        if (nva + size <= vaEnd)
            return nva;
        return std::nullopt;
    };
    std::optional<Wide> found;
    Wide freeStart = 1;
    for (const auto& [start, end] : areas) {
        if (start > freeStart && (found = within(freeStart, start)))
            break;
        freeStart = std::max<Wide>(freeStart, end);
    }
    if (!found && freeStart < kMax)
        found = within(freeStart, kMax);
    if (!found || *found + size > vend) // va_alloc: "Check the vend restriction"
        return std::nullopt;
    return static_cast<std::uint64_t>(*found);
}

std::vector<Range> toRanges(const AreaMap& areas)
{
    std::vector<Range> out;
    for (const auto& [start, end] : areas)
        out.push_back({start, end});
    return out;
}

std::string hex(std::optional<std::uint64_t> v)
{
    if (!v)
        return "nullopt";
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(*v));
    return buf;
}

/// Index built from a list of areas, for the table tests.
VmapAreaIndex indexOf(std::initializer_list<Range> areas)
{
    VmapAreaIndex index;
    for (const Range& r : areas)
        index.insert(r.start, r.end);
    EXPECT_TRUE(index.checkInvariants());
    return index;
}

// ---------------------------------------------------------------------------------------------------
// Table tests of firstFit.

TEST(VmapAreaIndexFirstFit, EmptyReturnsAlignedVstart)
{
    VmapAreaIndex index;
    EXPECT_EQ(index.firstFit(PAGE_SIZE, PAGE_SIZE, S, VMALLOC_END, kGap), S);
    EXPECT_EQ(index.firstFit(PAGE_SIZE, 1, S + 1, VMALLOC_END, kGap), S + 1);
    EXPECT_EQ(index.firstFit(PAGE_SIZE, PAGE_SIZE, S + 1, VMALLOC_END, kGap), S + PAGE_SIZE);
    EXPECT_EQ(index.firstFit(PAGE_SIZE, 2ull << 20, S + PAGE_SIZE, VMALLOC_END, kGap), S + (2ull << 20));
}

TEST(VmapAreaIndexFirstFit, NextRequestLeavesGuardPage)
{
    const VmapAreaIndex index = indexOf({{S, S + 0x2000}});
    EXPECT_EQ(index.firstFit(0x3000, PAGE_SIZE, S, VMALLOC_END, kGap), S + 0x3000);
    EXPECT_EQ(index.firstFit(0x3000, PAGE_SIZE, S, VMALLOC_END, 0), S + 0x2000);
}

TEST(VmapAreaIndexFirstFit, AreaEndingExactlyAtVstartIsWalkedPast)
{
    // va_end >= addr picks it as "first", so the guard page is left even though it lies below vstart.
    const VmapAreaIndex index = indexOf({{S - 0x2000, S}});
    EXPECT_EQ(index.firstFit(0x1000, PAGE_SIZE, S, VMALLOC_END, kGap), S + 0x1000);
    EXPECT_EQ(index.firstFit(0x1000, PAGE_SIZE, S, VMALLOC_END, 0), S);
}

TEST(VmapAreaIndexFirstFit, VstartInsideAnArea)
{
    const VmapAreaIndex index = indexOf({{S, S + 0x4000}, {S + 0x9000, S + 0xa000}});
    EXPECT_EQ(index.firstFit(0x2000, PAGE_SIZE, S + 0x1000, VMALLOC_END, kGap), S + 0x5000);
    EXPECT_EQ(index.firstFit(0x4000, PAGE_SIZE, S + 0x1000, VMALLOC_END, kGap), S + 0x5000);
    EXPECT_EQ(index.firstFit(0x5000, PAGE_SIZE, S + 0x1000, VMALLOC_END, kGap), S + 0xb000);
}

TEST(VmapAreaIndexFirstFit, FirstHoleNeedsNoGuardPage)
{
    // [vstart, first.start) is tried as is: exactly size bytes is enough.
    const VmapAreaIndex index = indexOf({{S + 0x3000, S + 0x4000}});
    EXPECT_EQ(index.firstFit(0x3000, PAGE_SIZE, S, VMALLOC_END, kGap), S);
    EXPECT_EQ(index.firstFit(0x4000, PAGE_SIZE, S, VMALLOC_END, kGap), S + 0x5000);
}

TEST(VmapAreaIndexFirstFit, HoleExactlyBigEnoughIsUsed)
{
    // A ends at S+0x1000; the candidate is S+0x2000 (guard page) and B starts right after 0x3000 bytes.
    const VmapAreaIndex index =
        indexOf({{S, S + 0x1000}, {S + 0x5000, S + 0x6000}, {S + 0x9000, S + 0xa000}});
    EXPECT_EQ(index.firstFit(0x3000, PAGE_SIZE, S, VMALLOC_END, kGap), S + 0x2000);
    EXPECT_EQ(index.firstFit(0x4000, PAGE_SIZE, S, VMALLOC_END, 0), S + 0x1000);
}

TEST(VmapAreaIndexFirstFit, HoleOnePageTooSmallIsSkipped)
{
    const VmapAreaIndex index =
        indexOf({{S, S + 0x1000}, {S + 0x5000, S + 0x6000}, {S + 0xc000, S + 0xd000}});
    // 0x4000 does not fit before S+0x5000 (needs the guard page), but does after the second area.
    EXPECT_EQ(index.firstFit(0x4000, PAGE_SIZE, S, VMALLOC_END, kGap), S + 0x7000);
    // 0x6000 fits in neither hole.
    EXPECT_EQ(index.firstFit(0x6000, PAGE_SIZE, S, VMALLOC_END, kGap), S + 0xe000);
}

TEST(VmapAreaIndexFirstFit, AlignmentPushesPastAHoleThatPassesTheSizeFilter)
{
    // The hole after A has room for 0x2000 plus the guard page, but ALIGN(.., 64 KiB) lands on B.
    const VmapAreaIndex index = indexOf({{S, S + 0x1000}, {S + 0x10000, S + 0x11000}});
    EXPECT_EQ(index.firstFit(0x2000, 0x10000, S, VMALLOC_END, kGap), S + 0x20000);
    EXPECT_EQ(index.firstFit(0x2000, PAGE_SIZE, S, VMALLOC_END, kGap), S + 0x2000);
    EXPECT_EQ(index.firstFit(0x1000, 2ull << 20, S, VMALLOC_END, kGap), S + (2ull << 20));
}

TEST(VmapAreaIndexFirstFit, ErasedHoleIsReused)
{
    VmapAreaIndex index = indexOf({{S, S + 0x2000}, {S + 0x3000, S + 0x6000}, {S + 0x7000, S + 0x8000}});
    EXPECT_EQ(index.firstFit(0x3000, PAGE_SIZE, S, VMALLOC_END, kGap), S + 0x9000);
    index.erase(S + 0x3000);
    EXPECT_TRUE(index.checkInvariants());
    EXPECT_EQ(index.firstFit(0x3000, PAGE_SIZE, S, VMALLOC_END, kGap), S + 0x3000);
}

TEST(VmapAreaIndexFirstFit, OverflowNearVend)
{
    // The highest page-aligned end that satisfies addr + size <= VMALLOC_END.
    constexpr std::uint64_t topEnd = VMALLOC_END & vmviz::k::PAGE_MASK;
    const VmapAreaIndex index = indexOf({{S, topEnd - 0x5000}});
    EXPECT_EQ(index.firstFit(0x4000, PAGE_SIZE, S, VMALLOC_END, kGap), topEnd - 0x4000);
    EXPECT_EQ(index.firstFit(0x5000, PAGE_SIZE, S, VMALLOC_END, kGap), std::nullopt);
    EXPECT_EQ(index.firstFit(0x4000, PAGE_SIZE, S, topEnd - 1, kGap), std::nullopt);
    // addr + size == vend is accepted, one more byte is not.
    EXPECT_EQ(index.firstFit(0x4000, 1, S, topEnd, kGap), topEnd - 0x4000);
    EXPECT_EQ(index.firstFit(0x4001, 1, S, topEnd, kGap), std::nullopt);
    // Empty index, vstart already past vend.
    EXPECT_EQ(VmapAreaIndex{}.firstFit(PAGE_SIZE, PAGE_SIZE, VMALLOC_END, VMALLOC_END, kGap), std::nullopt);
    // The first hole fits by size but the request would end past vend.
    EXPECT_EQ(VmapAreaIndex{}.firstFit(0x2000, PAGE_SIZE, S, S + 0x1000, kGap), std::nullopt);
}

TEST(VmapAreaIndexFirstFit, WrapAroundSizesFail)
{
    const VmapAreaIndex empty;
    const VmapAreaIndex oneArea = indexOf({{S, S + 0x1000}});
    for (const VmapAreaIndex* index : {&empty, &oneArea}) {
        EXPECT_EQ(index->firstFit(kMax, 1, S, VMALLOC_END, kGap), std::nullopt);
        EXPECT_EQ(index->firstFit(kMax & vmviz::k::PAGE_MASK, PAGE_SIZE, S, VMALLOC_END, kGap), std::nullopt);
        // addr + size is exactly 2^64: the kernel's sum would wrap to 0 and pass; we report overflow.
        EXPECT_EQ(index->firstFit(0 - S, PAGE_SIZE, S, kMax, kGap), std::nullopt);
        // ALIGN(vstart) itself would wrap.
        EXPECT_EQ(index->firstFit(PAGE_SIZE, 2ull << 20, kMax - PAGE_SIZE, kMax, kGap), std::nullopt);
        EXPECT_EQ(index->firstFit(0, PAGE_SIZE, S, VMALLOC_END, kGap), std::nullopt); // BUG_ON(!size)
    }
    // Fits below 2^64 from vstart, but not once the walk has moved past the area at vstart.
    EXPECT_EQ(empty.firstFit(0 - S - 0x2000, PAGE_SIZE, S, kMax, kGap), S);
    EXPECT_EQ(oneArea.firstFit(0 - S - 0x2000, PAGE_SIZE, S, kMax, kGap), std::nullopt);
    // Here addr + size - 1 itself wraps after the walk step.
    EXPECT_EQ(oneArea.firstFit(0 - S - 0x1000, PAGE_SIZE, S, kMax, kGap), std::nullopt);
}

TEST(VmapAreaIndexFirstFit, GuardGapAfterTopmostAreaWouldWrap)
{
    // end + PAGE_SIZE == 2^64: the kernel's addr would wrap to 0; the index reports overflow.
    const VmapAreaIndex index = indexOf({{kMax - 0x1fff, kMax - 0xfff}});
    EXPECT_EQ(index.firstFit(0x1000, PAGE_SIZE, kMax - 0x1fff, kMax, kGap), std::nullopt);
    EXPECT_EQ(index.firstFit(0x1000, 1, kMax - 0x1fff, kMax, 0), std::nullopt);
    EXPECT_EQ(index.firstFit(0xfff, 1, kMax - 0x1fff, kMax, 0), kMax - 0xfff);
}

// ---------------------------------------------------------------------------------------------------
// Lookups.

TEST(VmapAreaIndexLookup, FindContainingLowerBound)
{
    VmapAreaIndex index = indexOf({{S + 0x3000, S + 0x5000}, {S, S + 0x1000}, {S + 0x5000, S + 0x6000}});
    EXPECT_EQ(index.size(), 3u);
    EXPECT_FALSE(index.empty());

    EXPECT_EQ(index.find(S), (Range{S, S + 0x1000}));
    EXPECT_EQ(index.find(S + 0x3000), (Range{S + 0x3000, S + 0x5000}));
    EXPECT_EQ(index.find(S + 0x4000), std::nullopt);
    EXPECT_EQ(index.find(S - PAGE_SIZE), std::nullopt);

    EXPECT_EQ(index.containing(S), (Range{S, S + 0x1000}));
    EXPECT_EQ(index.containing(S + 0xfff), (Range{S, S + 0x1000}));
    EXPECT_EQ(index.containing(S + 0x1000), std::nullopt); // half-open
    EXPECT_EQ(index.containing(S + 0x2fff), std::nullopt);
    EXPECT_EQ(index.containing(S + 0x4abc), (Range{S + 0x3000, S + 0x5000}));
    EXPECT_EQ(index.containing(S + 0x5000), (Range{S + 0x5000, S + 0x6000})); // adjacent areas
    EXPECT_EQ(index.containing(S + 0x6000), std::nullopt);
    EXPECT_EQ(index.containing(S - 1), std::nullopt);
    EXPECT_EQ(index.containing(0), std::nullopt);
    EXPECT_EQ(index.containing(kMax), std::nullopt);

    EXPECT_EQ(index.lowerBound(0), (Range{S, S + 0x1000}));
    EXPECT_EQ(index.lowerBound(S), (Range{S, S + 0x1000}));
    EXPECT_EQ(index.lowerBound(S + 1), (Range{S + 0x3000, S + 0x5000}));
    EXPECT_EQ(index.lowerBound(S + 0x5000), (Range{S + 0x5000, S + 0x6000}));
    EXPECT_EQ(index.lowerBound(S + 0x5001), std::nullopt);

    const std::vector<Range> expected = {{S, S + 0x1000}, {S + 0x3000, S + 0x5000}, {S + 0x5000, S + 0x6000}};
    EXPECT_EQ(index.ranges(), expected);
    std::vector<Range> visited;
    index.forEach([&visited](const Range& r) { visited.push_back(r); });
    EXPECT_EQ(visited, expected);

    index.erase(S + 0x3000);
    EXPECT_TRUE(index.checkInvariants());
    EXPECT_EQ(index.size(), 2u);
    EXPECT_EQ(index.containing(S + 0x4abc), std::nullopt);
    EXPECT_EQ(index.lowerBound(S + 1), (Range{S + 0x5000, S + 0x6000}));

    index.clear();
    EXPECT_TRUE(index.empty());
    EXPECT_TRUE(index.checkInvariants());
    EXPECT_EQ(index.lowerBound(0), std::nullopt);
    EXPECT_EQ(index.containing(S), std::nullopt);
    EXPECT_TRUE(index.ranges().empty());
}

TEST(VmapAreaIndexLookup, NodeStorageIsReused)
{
    VmapAreaIndex index;
    for (int round = 0; round < 3; ++round) {
        for (std::uint64_t i = 0; i < 1000; ++i)
            index.insert(S + i * 0x2000, S + i * 0x2000 + 0x1000);
        ASSERT_TRUE(index.checkInvariants());
        for (std::uint64_t i = 0; i < 1000; ++i)
            index.erase(S + ((i * 7919) % 1000) * 0x2000);
        ASSERT_TRUE(index.checkInvariants());
        ASSERT_TRUE(index.empty());
    }
}

// ---------------------------------------------------------------------------------------------------
// Randomized equivalence with the kernel walk.

/// An address range to run a random sequence in.
struct Universe
{
    const char* name;
    std::uint64_t vstart;
    std::uint64_t vend;
    bool pageGranular; // sizes and directly placed areas are whole pages, as in the kernel
};

const Universe kUniverses[] = {
    {"vmalloc", VMALLOC_START, VMALLOC_END, true},
    // Just below 2^64: the guard gap and ALIGN after the topmost areas overflow.
    {"top", kMax - (64ull << 20) + 1, kMax, true},
    // Byte-granular areas and sizes: alignment matters after every area, not only for align > 4 KiB.
    {"bytes", 0x10000, 0x10000 + (1ull << 22), false},
};

/// Which kernel's search the index stands in for.
enum class Kernel
{
    Linux2636, ///< the busy-area walk, with a gap page or without
    Linux618,  ///< find_vmap_lowest_match over the free blocks; the engine asks the index for gap 0
};

struct RandomCase
{
    const Universe* universe;
    std::uint64_t gap;
    Kernel kernel = Kernel::Linux2636;
};

// Readable and stable in test listings (the default prints the raw bytes, including a pointer).
void PrintTo(const RandomCase& c, std::ostream* os)
{
    *os << c.universe->name << " gap " << c.gap << (c.kernel == Kernel::Linux618 ? " 6.18" : " 2.6.36");
}

/// The reference answer for the kernel under test.
std::optional<std::uint64_t> reference(const RandomCase& c, const AreaMap& areas, std::uint64_t size,
                                       std::uint64_t align, std::uint64_t vstart, std::uint64_t vend)
{
    if (c.kernel == Kernel::Linux618)
        return lowestMatchWalk(areas, size, align, vstart, vend);
    return kernelWalk(areas, size, align, vstart, vend, c.gap);
}

class VmapAreaIndexRandom : public ::testing::TestWithParam<RandomCase>
{
protected:
    struct Sequence
    {
        std::mt19937_64 rng;
        VmapAreaIndex index;
        AreaMap areas;
        int firstFits = 0;
        int placed = 0;
        int failures = 0;
    };

    std::uint64_t pick(std::mt19937_64& rng, std::uint64_t lo, std::uint64_t hi)
    {
        return std::uniform_int_distribution<std::uint64_t>(lo, hi)(rng);
    }

    std::uint64_t randomSize(Sequence& s)
    {
        const Universe& u = *GetParam().universe;
        const std::uint64_t unit = u.pageGranular ? PAGE_SIZE : 1;
        const std::uint64_t r = pick(s.rng, 0, 99);
        if (r < 60)
            return pick(s.rng, 1, 16) * unit + (u.pageGranular ? 0 : pick(s.rng, 0, 4095));
        if (r < 85)
            return pick(s.rng, 1, 1024) * PAGE_SIZE;
        if (r < 95) // about a tenth of the window and up to all of it
            return (pick(s.rng, (u.vend - u.vstart) / 16, u.vend - u.vstart) / unit) * unit;
        if (r < 98) // far larger than the window, still no wrap
            return (pick(s.rng, u.vend - u.vstart, kMax / 2) / unit) * unit;
        return kMax - pick(s.rng, 0, 1ull << 40); // wraps
    }

    std::uint64_t randomVstart(Sequence& s)
    {
        const Universe& u = *GetParam().universe;
        const std::uint64_t r = pick(s.rng, 0, 99);
        if (r < 70 || s.areas.empty())
            return u.vstart;
        auto it = s.areas.begin();
        std::advance(it, static_cast<long>(pick(s.rng, 0, s.areas.size() - 1)));
        if (r < 80)
            return it->second; // exactly an area's end: va_end >= addr
        if (r < 85)
            return it->first;
        if (r < 90)
            return it->second - 1;
        return pick(s.rng, u.vstart, u.vend);
    }

    std::uint64_t randomVend(Sequence& s)
    {
        const Universe& u = *GetParam().universe;
        const std::uint64_t r = pick(s.rng, 0, 99);
        if (r < 85)
            return u.vend;
        return pick(s.rng, u.vstart, u.vend);
    }

    /// Places an area directly (not via firstFit), to build layouts the first-fit walk alone would
    /// never produce, especially near vend.
    void placeDirectly(Sequence& s)
    {
        const Universe& u = *GetParam().universe;
        const std::uint64_t unit = u.pageGranular ? PAGE_SIZE : 1;
        const std::uint64_t span = std::min<std::uint64_t>(u.vend - u.vstart, 4096 * PAGE_SIZE);
        const bool nearEnd = pick(s.rng, 0, 1) == 1;
        const std::uint64_t offset = (pick(s.rng, 0, span - 1) / unit) * unit;
        const std::uint64_t length = pick(s.rng, 1, 64) * unit;
        const std::uint64_t base = nearEnd ? ((u.vend - span) / unit) * unit : u.vstart;
        const std::uint64_t start = base + offset;
        if (start > kMax - length)
            return;
        const std::uint64_t end = start + length;
        // Overlap check against the reference before touching the index.
        auto next = s.areas.lower_bound(start);
        if (next != s.areas.end() && next->first < end)
            return;
        if (next != s.areas.begin() && std::prev(next)->second > start)
            return;
        s.areas.emplace(start, end);
        s.index.insert(start, end);
    }

    void eraseRandom(Sequence& s)
    {
        if (s.areas.empty())
            return;
        auto it = s.areas.begin();
        std::advance(it, static_cast<long>(pick(s.rng, 0, s.areas.size() - 1)));
        s.index.erase(it->first);
        s.areas.erase(it);
    }

    /// One firstFit comparison; places the area on success like alloc_vmap_area does.
    void allocate(Sequence& s, bool place)
    {
        const std::uint64_t gap = GetParam().gap;
        const std::uint64_t size = randomSize(s);
        const std::uint64_t align = kAligns[pick(s.rng, 0, std::size(kAligns) - 1)];
        const std::uint64_t vstart = randomVstart(s);
        const std::uint64_t vend = randomVend(s);
        const auto expected = reference(GetParam(), s.areas, size, align, vstart, vend);
        const auto actual = s.index.firstFit(size, align, vstart, vend, gap);
        ++s.firstFits;
        if (expected != actual) {
            ++s.failures;
            ADD_FAILURE() << "firstFit(size=" << hex(size) << ", align=" << hex(align)
                          << ", vstart=" << hex(vstart) << ", vend=" << hex(vend) << ", gap=" << hex(gap)
                          << ") with " << s.areas.size() << " areas: kernel " << hex(expected) << ", index "
                          << hex(actual);
            return;
        }
        if (place && actual) {
            ASSERT_LE(*actual, kMax - size);
            s.areas.emplace(*actual, *actual + size);
            s.index.insert(*actual, *actual + size);
            ++s.placed;
        }
    }

    void run(std::uint64_t seed, int ops, Sequence& s)
    {
        s.rng.seed(seed);
        for (int op = 0; op < ops && s.failures < 5; ++op) {
            const std::uint64_t r = pick(s.rng, 0, 99);
            if (r < 45)
                allocate(s, true);
            else if (r < 60)
                allocate(s, false);
            else if (r < 70)
                placeDirectly(s);
            else
                eraseRandom(s);
            if (op % 64 == 0 || op + 1 == ops) {
                ASSERT_TRUE(s.index.checkInvariants()) << "seed " << seed << " op " << op;
                ASSERT_EQ(s.index.ranges(), toRanges(s.areas)) << "seed " << seed << " op " << op;
                ASSERT_EQ(s.index.size(), s.areas.size());
            }
        }
    }
};

TEST_P(VmapAreaIndexRandom, ShortSequencesMatchKernelWalk)
{
    // Many short runs: small trees, where edge cases (empty tree, one area, vstart at an end) are dense.
    int firstFits = 0;
    int placed = 0;
    for (std::uint64_t seed = 1; seed <= 600; ++seed) {
        Sequence s;
        run(seed, 120, s);
        firstFits += s.firstFits;
        placed += s.placed;
        if (HasFailure())
            FAIL() << "seed " << seed;
    }
    EXPECT_GT(placed, firstFits / 10) << "the random mix hardly ever allocates";
}

TEST_P(VmapAreaIndexRandom, LongSequencesMatchKernelWalk)
{
    // Fewer long runs: hundreds of live areas, so holes, churn and deep trees are exercised.
    for (std::uint64_t seed = 1000; seed < 1012; ++seed) {
        Sequence s;
        run(seed, 4000, s);
        if (HasFailure())
            FAIL() << "seed " << seed;
    }
}

TEST_P(VmapAreaIndexRandom, PackedLayoutMatchesKernelWalk)
{
    // A vmalloc-like history: first-fit allocations of small sizes, then frees punching holes, then
    // more allocations that must find the lowest hole that fits.
    std::mt19937_64 rng(42);
    VmapAreaIndex index;
    AreaMap areas;
    const Universe& u = *GetParam().universe;
    const std::uint64_t gap = GetParam().gap;
    for (int i = 0; i < 3000; ++i) {
        const std::uint64_t size = pick(rng, 1, 8) * PAGE_SIZE;
        const auto addr = index.firstFit(size, PAGE_SIZE, u.vstart, u.vend, gap);
        ASSERT_EQ(addr, reference(GetParam(), areas, size, PAGE_SIZE, u.vstart, u.vend));
        if (!addr)
            break;
        index.insert(*addr, *addr + size);
        areas.emplace(*addr, *addr + size);
    }
    for (int round = 0; round < 2000; ++round) {
        if (pick(rng, 0, 1) == 0 && !areas.empty()) {
            auto it = areas.begin();
            std::advance(it, static_cast<long>(pick(rng, 0, areas.size() - 1)));
            index.erase(it->first);
            areas.erase(it);
        }
        const std::uint64_t size = pick(rng, 1, 24) * PAGE_SIZE;
        const std::uint64_t align = kAligns[pick(rng, 0, std::size(kAligns) - 1)];
        const auto addr = index.firstFit(size, align, u.vstart, u.vend, gap);
        ASSERT_EQ(addr, reference(GetParam(), areas, size, align, u.vstart, u.vend)) << "round " << round;
        if (addr && pick(rng, 0, 2) != 0) {
            index.insert(*addr, *addr + size);
            areas.emplace(*addr, *addr + size);
        }
    }
    ASSERT_TRUE(index.checkInvariants());
    ASSERT_EQ(index.ranges(), toRanges(areas));
}

INSTANTIATE_TEST_SUITE_P(Universes, VmapAreaIndexRandom,
                         ::testing::Values(RandomCase{&kUniverses[0], kGap}, RandomCase{&kUniverses[0], 0},
                                           RandomCase{&kUniverses[0], 0, Kernel::Linux618},
                                           RandomCase{&kUniverses[1], kGap}, RandomCase{&kUniverses[1], 0},
                                           RandomCase{&kUniverses[1], 0, Kernel::Linux618},
                                           RandomCase{&kUniverses[2], kGap}, RandomCase{&kUniverses[2], 0},
                                           RandomCase{&kUniverses[2], 0, Kernel::Linux618}),
                         [](const ::testing::TestParamInfo<RandomCase>& param) {
                             return std::string(param.param.universe->name) +
                                    (param.param.gap ? "_gap4096" : "_gap0") +
                                    (param.param.kernel == Kernel::Linux618 ? "_618" : "");
                         });

} // namespace
