// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The physical view's legend: its items and how they flow into rows. Shared by the legend painter
// and the step animation, whose flying frames start or land on the free-list swatches.
#include "snapshot/FrameClass.h"
#include "style/ViewPalette.h"

#include <QFontMetrics>
#include <QPoint>
#include <QRect>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace vmviz::ui {

struct PhysSnapshot;
struct FrameChunk;

struct LegendItem
{
    enum class Kind
    {
        Frames,   ///< frames of a class: a cell's colour and pattern
        Changed,  ///< the outline of what the step changed
        Selected, ///< the outline of the selected area's frames
        Zone,     ///< a zone: a band like the margin's
    };
    QString label;
    QColor colour;
    QColor colour2; ///< gradient end (free) or invalid
    bool outline = false;
    /// The frames it stands for, whose fill pattern the swatch shows (style/FramePattern.h).
    FrameClass frameClass = FrameClass::Count;
    /// The compact legend's word for it; the full label is its tooltip.
    QString shortLabel;
    Kind kind = Kind::Frames;
};

/// In painting order; the buddy free lists first and the per-CPU list second. Labels translated.
std::vector<LegendItem> legendItems(const ViewPalette& pal);

/// The machine's populated zones, as the margin's colour bands.
std::vector<LegendItem> zoneItems(const ViewPalette& pal, const PhysSnapshot& phys);

/// Whether the item stands for something on screen: frames of its class exist in the machine
/// (`present`, indexed by FrameClass), an area is selected. The free and per-CPU lists always
/// are (the step animation's frames fly from and to their swatches), and so is the step's
/// outline, which would otherwise come and go from step to step and move the grid with it.
struct LegendContext
{
    std::vector<bool> present;
    bool selected = false;
};
bool legendItemRelevant(const LegendItem& item, const LegendContext& context);

/// Which frame classes occur in the machine, indexed by FrameClass. Remembers each chunk's
/// classes, so a step rescans only the chunks it copied (snapshots share the others); it holds
/// them, so a chunk's address is never another's.
class FrameClassCensus
{
public:
    std::vector<bool> update(const PhysSnapshot& phys);

private:
    std::vector<std::shared_ptr<const FrameChunk>> m_chunks;
    std::vector<std::uint32_t> m_classes; ///< a bit per FrameClass, per chunk
};

/// Full: every item with its whole label. Compact: for a view short of room, a wrapped row of
/// swatches with short labels (the caller passes only the items that matter).
enum class LegendStyle
{
    Full,
    Compact,
};

/// Where the legend's swatches go: items flow left to right and wrap to new rows.
struct LegendFlow
{
    std::vector<QRect> swatches;
    std::vector<QRect> entries; ///< swatch and label, for a tooltip
    int bottom = 0;             ///< below the last row
};

LegendFlow flowLegend(const QFontMetrics& fm, const std::vector<LegendItem>& items, const QRect& rect,
                      LegendStyle style = LegendStyle::Full);

} // namespace vmviz::ui
