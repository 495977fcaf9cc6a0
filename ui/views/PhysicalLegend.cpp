#include "views/PhysicalLegend.h"

#include <QCoreApplication>

namespace vmviz::ui {

namespace {

constexpr int kPad = 6; // as the view's own padding

} // namespace

std::vector<LegendItem> legendItems(const ViewPalette& pal)
{
    return {
        {QCoreApplication::translate("vmviz::ui::PhysicalLegend", "free, order 0→10"),
         pal.frameColour(FrameClass::Free0), pal.frameColour(FrameClass::Free10)},
        {QCoreApplication::translate("vmviz::ui::PhysicalLegend", "per-CPU list"),
         pal.frameColour(FrameClass::PerCpu),
         {}},
        {QCoreApplication::translate("vmviz::ui::PhysicalLegend", "reserved"),
         pal.frameColour(FrameClass::KernelImage),
         {}},
        {QCoreApplication::translate("vmviz::ui::PhysicalLegend", "slab"),
         pal.frameColour(FrameClass::Slab),
         {}},
        {QStringLiteral("PGD"), pal.frameColour(FrameClass::PgdTable), {}},
        {QStringLiteral("PUD"), pal.frameColour(FrameClass::PudTable), {}},
        {QStringLiteral("PMD"), pal.frameColour(FrameClass::PmdTable), {}},
        {QStringLiteral("PTE"), pal.frameColour(FrameClass::PteTable), {}},
        {QCoreApplication::translate("vmviz::ui::PhysicalLegend", "vmalloc data"),
         pal.frameColour(FrameClass::VmallocData),
         {}},
        {QCoreApplication::translate("vmviz::ui::PhysicalLegend", "page array"),
         pal.frameColour(FrameClass::PageArray),
         {}},
        {QCoreApplication::translate("vmviz::ui::PhysicalLegend", "changed by this step"),
         pal.changed,
         {},
         true},
        {QCoreApplication::translate("vmviz::ui::PhysicalLegend", "selected area"), pal.selection, {}, true},
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
