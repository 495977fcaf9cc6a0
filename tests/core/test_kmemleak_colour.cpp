// SPDX-License-Identifier: GPL-2.0-only
// kmemleak's colour of an object, one table against mm/kmemleak.c (2.6.36):
//   color_white: count != KMEMLEAK_BLACK && count < min_count
//   color_gray:  min_count != KMEMLEAK_BLACK && count >= min_count
// and black for what is neither. Flags never change the colour.
#include "kmemleak/KmemleakObject.h"

#include <gtest/gtest.h>

using namespace vmviz;

TEST(KmemleakColour, FollowsColorWhiteAndColorGray)
{
    struct Case
    {
        const char* what;
        int count;
        int minCount;
        std::uint8_t flags;
        KmemleakColour colour;
    };
    const Case cases[] = {
        {"a new kmalloc object, not yet referenced", 0, 1, OBJECT_ALLOCATED, KmemleakColour::White},
        {"a kmalloc object with its one reference", 1, 1, OBJECT_ALLOCATED, KmemleakColour::Gray},
        {"more references than it needs", 4, 1, OBJECT_ALLOCATED, KmemleakColour::Gray},
        {"a vmalloc area with two of its three references", 2, 3, OBJECT_ALLOCATED, KmemleakColour::White},
        {"a vmalloc area with all three", 3, 3, OBJECT_ALLOCATED, KmemleakColour::Gray},
        {"min_count 0 (kmemleak_not_leak): gray with no reference", 0, 0, OBJECT_ALLOCATED,
         KmemleakColour::Gray},
        {"count -1 with min_count 0: neither white nor gray", -1, 0, OBJECT_ALLOCATED, KmemleakColour::Black},
        {"count -1 with min_count 1: not white, since count is KMEMLEAK_BLACK", -1, 1, OBJECT_ALLOCATED,
         KmemleakColour::Black},
        {"min_count -1 (kmemleak_ignore)", 0, -1, OBJECT_ALLOCATED | OBJECT_NO_SCAN, KmemleakColour::Black},
        {"min_count -1 however often it is referenced", 5, -1, OBJECT_ALLOCATED, KmemleakColour::Black},
        {"count and min_count both -1", -1, -1, OBJECT_ALLOCATED, KmemleakColour::Black},
        {"reported is a flag, not a colour", 0, 1, OBJECT_ALLOCATED | OBJECT_REPORTED, KmemleakColour::White},
        {"kmemleak_clear: reported and gray", 0, 0, OBJECT_ALLOCATED | OBJECT_REPORTED, KmemleakColour::Gray},
        {"a freed object keeps its colour", 0, 1, 0, KmemleakColour::White},
    };
    for (const Case& c : cases) {
        KmemleakObject o;
        o.count = c.count;
        o.minCount = c.minCount;
        o.flags = c.flags;
        EXPECT_EQ(colourOf(o), c.colour) << c.what << ": count " << c.count << ", min_count " << c.minCount;
    }
}

TEST(KmemleakColour, NamesAreTheKernels)
{
    EXPECT_EQ(colourName(KmemleakColour::White), "white");
    EXPECT_EQ(colourName(KmemleakColour::Gray), "gray");
    EXPECT_EQ(colourName(KmemleakColour::Black), "black");
}
