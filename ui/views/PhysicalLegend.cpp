// SPDX-License-Identifier: GPL-2.0-only
#include "views/PhysicalLegend.h"

#include <QCoreApplication>

namespace vmviz::ui {

namespace {

constexpr int kPad = 6; // as the view's own padding

} // namespace

std::vector<LegendItem> legendItems(const ViewPalette& pal)
{
    // Each label is marked with QT_TRANSLATE_NOOP for lupdate and translated here.
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("vmviz::ui::PhysicalLegend", text);
    };
    const auto frames = [&pal, &tr](const char* label, FrameClass c) {
        return LegendItem{tr(label), pal.frameColour(c), {}, false, c};
    };
    return {
        {QCoreApplication::translate("vmviz::ui::PhysicalLegend", "free, order 0→10"),
         pal.frameColour(FrameClass::Free0), pal.frameColour(FrameClass::Free10), false, FrameClass::Free0},
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "per-CPU list"), FrameClass::PerCpu),
        // A block __rmqueue holds between the free list and its new owner, or the frame the
        // per-CPU list just gave up: no longer free, not yet anyone's.
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "taken, in flight"), FrameClass::Taken),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "reserved"), FrameClass::KernelImage),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "slab"), FrameClass::Slab),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PGD"), FrameClass::PgdTable),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PUD"), FrameClass::PudTable),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PMD"), FrameClass::PmdTable),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PTE"), FrameClass::PteTable),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "vmalloc data"), FrameClass::VmallocData),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "page array"), FrameClass::PageArray),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "kernel stack"), FrameClass::KernelStack),
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
