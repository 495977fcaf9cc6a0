// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/LeakColour.h"

namespace vmviz::ui {

LeakColour leakColour(const KmemleakObject& o)
{
    switch (colourOf(o)) {
    case KmemleakColour::Black:
        return LeakColour::Black;
    case KmemleakColour::Gray:
        return LeakColour::Gray; // kmemleak_clear() paints a reported object gray and keeps the flag
    case KmemleakColour::White:
        break;
    }
    return (o.flags & OBJECT_REPORTED) ? LeakColour::Reported : LeakColour::White;
}

} // namespace vmviz::ui
