#include "snapshot/LeakColour.h"

namespace vmviz::ui {

LeakColour leakColour(const KmemleakObject& o)
{
    if (o.minCount == -1)
        return LeakColour::Black;
    if (o.count >= o.minCount)
        return LeakColour::Gray; // kmemleak_clear() paints a reported object gray and keeps the flag
    return (o.flags & OBJECT_REPORTED) ? LeakColour::Reported : LeakColour::White;
}

} // namespace vmviz::ui
