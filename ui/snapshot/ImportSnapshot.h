// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A snapshot of a real kernel's vmalloc range, read from its /proc/vmallocinfo: only the areas,
// read-only, no steps. The ribbon paints it as it paints the model's.
#include "import/VmallocInfoImport.h"
#include "snapshot/MachineSnapshot.h"

namespace vmviz::ui {

SnapshotPtr snapshotOfImport(const import::VmallocInfo& info);

} // namespace vmviz::ui
