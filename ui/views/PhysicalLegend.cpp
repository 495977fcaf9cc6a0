#include "views/PhysicalLegend.h"

namespace vmviz::ui {

namespace {

constexpr int kPad = 6; // as the view's own padding

} // namespace

std::vector<LegendItem> legendItems(const ViewPalette& pal)
{
    return {
        {QStringLiteral("free, order 0→10"), pal.frameColour(FrameClass::Free0),
         pal.frameColour(FrameClass::Free10)},
        {QStringLiteral("per-CPU list"), pal.frameColour(FrameClass::PerCpu), {}},
        {QStringLiteral("reserved"), pal.frameColour(FrameClass::KernelImage), {}},
        {QStringLiteral("slab"), pal.frameColour(FrameClass::Slab), {}},
        {QStringLiteral("PGD"), pal.frameColour(FrameClass::PgdTable), {}},
        {QStringLiteral("PUD"), pal.frameColour(FrameClass::PudTable), {}},
        {QStringLiteral("PMD"), pal.frameColour(FrameClass::PmdTable), {}},
        {QStringLiteral("PTE"), pal.frameColour(FrameClass::PteTable), {}},
        {QStringLiteral("vmalloc data"), pal.frameColour(FrameClass::VmallocData), {}},
        {QStringLiteral("page array"), pal.frameColour(FrameClass::PageArray), {}},
        {QStringLiteral("kernel stack"), pal.frameColour(FrameClass::KernelStack), {}},
        {QStringLiteral("changed by this step"), pal.changed, {}, true},
        {QStringLiteral("selected area"), pal.selection, {}, true},
    };
}

LegendFlow flowLegend(const QFontMetrics& fm, const std::vector<LegendItem>& items, const QRect& rect)
{
    LegendFlow flow;
    const int swatch = fm.height() - 2;
    int x = rect.left() + kPad;
    int y = rect.top() + kPad;
    for (const LegendItem& item : items) {
        const int w = swatch + 4 + fm.horizontalAdvance(item.label) + 12;
        if (x + w > rect.right() - kPad && x > rect.left() + kPad) {
            x = rect.left() + kPad;
            y += fm.height() + 4;
        }
        flow.swatches.emplace_back(x, y + 1, swatch, swatch);
        x += w;
    }
    flow.end = QPoint(x, y);
    return flow;
}

} // namespace vmviz::ui
