// SPDX-License-Identifier: GPL-2.0-only
// The views' colour of a kmemleak object: kmemleak's own (colourOf) plus the "reported" shade,
// which is a display choice for a white object that kmemleak has already reported.
#include "snapshot/LeakColour.h"

#include <gtest/gtest.h>

using namespace vmviz;
using namespace vmviz::ui;

TEST(LeakColour, IsKmemleaksColourWithReportedWhiteShadedApart)
{
    struct Case
    {
        const char* what;
        int count;
        int minCount;
        std::uint8_t flags;
        LeakColour colour;
    };
    const Case cases[] = {
        {"white", 0, 1, OBJECT_ALLOCATED, LeakColour::White},
        {"white and reported", 0, 1, OBJECT_ALLOCATED | OBJECT_REPORTED, LeakColour::Reported},
        {"gray", 1, 1, OBJECT_ALLOCATED, LeakColour::Gray},
        {"gray after kmemleak_clear keeps the flag but not the shade", 0, 0,
         OBJECT_ALLOCATED | OBJECT_REPORTED, LeakColour::Gray},
        {"black (min_count -1)", 0, -1, OBJECT_ALLOCATED, LeakColour::Black},
        {"count -1 is not white: black, as the core says", -1, 1, OBJECT_ALLOCATED | OBJECT_REPORTED,
         LeakColour::Black},
    };
    for (const Case& c : cases) {
        KmemleakObject o;
        o.count = c.count;
        o.minCount = c.minCount;
        o.flags = c.flags;
        EXPECT_EQ(leakColour(o), c.colour) << c.what;
    }
}
