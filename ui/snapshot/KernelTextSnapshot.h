// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What the kernel would print at one step (dmesg, /proc/vmallocinfo, the kmemleak report, ptdump,
// /proc/meminfo, /proc/buddyinfo), carried by the snapshot of that step so the kernel-text panel
// reads text, not the live machine. Rendering a file can cost more than the step itself on a large
// machine, so a snapshot carries only the files a visible panel asked for.
#include "snapshot/MachineSnapshot.h"

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace vmviz {
class Machine;
}

namespace vmviz::ui {

struct KernelTextSnapshot
{
    /// exports::snapshotFormats() name → the file at the snapshot's step.
    std::map<std::string, std::string, std::less<>> files;

    /// The file, or null when this snapshot was not asked for it.
    const std::string* find(std::string_view format) const;
};

/// `snapshot` with the kernel file `format` added, rendered from `machine`, which must stand at the
/// snapshot's step. The same pointer when the snapshot already carries the file or the core renders
/// no file by that name; otherwise a copy sharing every part, its other files kept.
SnapshotPtr withKernelText(const SnapshotPtr& snapshot, const Machine& machine, std::string_view format);

} // namespace vmviz::ui
