// SPDX-License-Identifier: GPL-2.0-only
#include "views/PhysicalLegend.h"

#include "snapshot/MachineSnapshot.h"

#include <QCoreApplication>

#include <algorithm>

namespace vmviz::ui {

namespace {

constexpr int kPad = 6; // as the view's own padding

QString translated(const char* text)
{
    return QCoreApplication::translate("vmviz::ui::PhysicalLegend", text);
}

bool isFree(FrameClass c)
{
    return static_cast<unsigned>(c) <= static_cast<unsigned>(FrameClass::Free10);
}

} // namespace

std::vector<LegendItem> legendItems(const ViewPalette& pal)
{
    // Each label is marked with QT_TRANSLATE_NOOP for lupdate and translated here.
    const auto frames = [&pal](const char* label, const char* shortLabel, FrameClass c) {
        return LegendItem{translated(label), pal.frameColour(c), {}, false, c, translated(shortLabel)};
    };
    const auto outline = [](const char* label, const char* shortLabel, QColor colour, LegendItem::Kind kind) {
        return LegendItem{translated(label),      colour, {}, true, FrameClass::Count,
                          translated(shortLabel), kind};
    };
    return {
        {translated(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "free, order 0→10")),
         pal.frameColour(FrameClass::Free0), pal.frameColour(FrameClass::Free10), false, FrameClass::Free0,
         translated(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "free"))},
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "per-CPU list"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "per-CPU"), FrameClass::PerCpu),
        // A block __rmqueue holds between the free list and its new owner, or the frame the
        // per-CPU list just gave up: no longer free, not yet anyone's.
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "taken, in flight"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "taken"), FrameClass::Taken),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "reserved"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "reserved"), FrameClass::KernelImage),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "slab"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "slab"), FrameClass::Slab),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PGD"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PGD"), FrameClass::PgdTable),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PUD"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PUD"), FrameClass::PudTable),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PMD"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PMD"), FrameClass::PmdTable),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PTE"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "PTE"), FrameClass::PteTable),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "vmalloc data"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "vmalloc"), FrameClass::VmallocData),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "page array"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "pages[]"), FrameClass::PageArray),
        frames(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "kernel stack"),
               QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "stack"), FrameClass::KernelStack),
        outline(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "changed by this step"),
                QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "changed"), pal.changed,
                LegendItem::Kind::Changed),
        outline(QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "selected area"),
                QT_TRANSLATE_NOOP("vmviz::ui::PhysicalLegend", "selected"), pal.selection,
                LegendItem::Kind::Selected),
    };
}

std::vector<LegendItem> zoneItems(const ViewPalette& pal, const PhysSnapshot& phys)
{
    std::vector<LegendItem> zones;
    for (unsigned z = 0; z < MAX_NR_ZONES; ++z) {
        if (!phys.zones[z].populated())
            continue;
        const QString name =
            QString::fromUtf8(zoneName(z).data(), static_cast<qsizetype>(zoneName(z).size()));
        LegendItem item{name, pal.zone[z], {}, false, FrameClass::Count, name, LegendItem::Kind::Zone};
        zones.push_back(item);
    }
    return zones;
}

std::vector<bool> FrameClassCensus::update(const PhysSnapshot& phys)
{
    static_assert(static_cast<unsigned>(FrameClass::Count) <= 32);
    m_chunks.resize(phys.chunks.size(), nullptr);
    m_classes.resize(phys.chunks.size(), 0);
    std::uint32_t all = 0;
    for (std::size_t i = 0; i < phys.chunks.size(); ++i) {
        const std::shared_ptr<const FrameChunk>& chunk = phys.chunks[i];
        if (m_chunks[i] != chunk) {
            std::uint32_t bits = 0;
            for (const FrameClass c : chunk->classes)
                bits |= 1u << static_cast<unsigned>(c);
            m_chunks[i] = chunk;
            m_classes[i] = bits;
        }
        all |= m_classes[i];
    }
    std::vector<bool> present(static_cast<std::size_t>(FrameClass::Count), false);
    for (unsigned c = 0; c < static_cast<unsigned>(FrameClass::Count); ++c)
        present[c] = (all >> c) & 1u;
    return present;
}

bool legendItemRelevant(const LegendItem& item, const LegendContext& context)
{
    const auto has = [&context](FrameClass c) {
        const auto i = static_cast<std::size_t>(c);
        return i < context.present.size() && context.present[i];
    };
    switch (item.kind) {
    case LegendItem::Kind::Zone:
    case LegendItem::Kind::Changed:
        return true;
    case LegendItem::Kind::Selected:
        return context.selected;
    case LegendItem::Kind::Frames:
        break;
    }
    if (isFree(item.frameClass) || item.frameClass == FrameClass::PerCpu)
        return true;
    // "reserved" stands for every frame the kernel keeps for itself, which share its grey.
    if (item.frameClass == FrameClass::KernelImage)
        return has(FrameClass::KernelImage) || has(FrameClass::LowMemory) || has(FrameClass::MemMap);
    return has(item.frameClass);
}

LegendFlow flowLegend(const QFontMetrics& fm, const std::vector<LegendItem>& items, const QRect& rect,
                      LegendStyle style)
{
    LegendFlow flow;
    const bool compact = style == LegendStyle::Compact;
    const int swatch = fm.height() - 2;
    const int gap = compact ? 8 : 12;
    const int rowHeight = fm.height() + (compact ? 2 : 4);
    int x = rect.left() + kPad;
    int y = rect.top() + kPad;
    for (const LegendItem& item : items) {
        const QString& label = compact ? item.shortLabel : item.label;
        const int w = swatch + 4 + fm.horizontalAdvance(label) + gap;
        if (x + w - gap > rect.right() - kPad && x > rect.left() + kPad) {
            x = rect.left() + kPad;
            y += rowHeight;
        }
        flow.swatches.emplace_back(x, y + 1, swatch, swatch);
        flow.entries.emplace_back(x, y, w - gap, fm.height());
        x += w;
    }
    flow.bottom = y + fm.height() + kPad;
    return flow;
}

} // namespace vmviz::ui
