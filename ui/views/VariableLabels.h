// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The scenario's variables drawn where they point: on the vmalloc ribbon, an arrow from each
// variable's name down to the address it holds ("buf" over the start of its area), so a student
// sees `buf = vmalloc 100` land. Names that would collide are left to the program panel.
#include "geometry/RibbonLayout.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"

#include <QFont>

class QPainter;

namespace vmviz::ui {

/// Paints the labels in ribbon coordinates: the ribbon spans [top, top + height]; only x in
/// [visibleLeft, visibleRight] is drawn.
void paintVariableLabels(QPainter& p, const RibbonLayout& layout, const MachineSnapshot& snapshot,
                         const ViewPalette& palette, const QFont& font, double top, double height,
                         double visibleLeft, double visibleRight);

} // namespace vmviz::ui
