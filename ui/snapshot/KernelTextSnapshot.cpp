// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/KernelTextSnapshot.h"

#include "export/Exports.h"
#include "machine/Machine.h"

#include <cassert>

namespace vmviz::ui {

const std::string* KernelTextSnapshot::find(std::string_view format) const
{
    const auto it = files.find(format);
    return it == files.end() ? nullptr : &it->second;
}

SnapshotPtr withKernelText(const SnapshotPtr& snapshot, const Machine& machine, std::string_view format)
{
    if (!snapshot || (snapshot->kernelText && snapshot->kernelText->find(format)))
        return snapshot;
    assert(machine.position().value() == snapshot->step.position &&
           "kernel text is rendered at the snapshot's own step");
    std::optional<std::string> text = exports::renderSnapshot(machine, format);
    if (!text)
        return snapshot;
    auto files = snapshot->kernelText ? std::make_shared<KernelTextSnapshot>(*snapshot->kernelText)
                                      : std::make_shared<KernelTextSnapshot>();
    files->files.emplace(std::string(format), std::move(*text));
    auto copy = std::make_shared<MachineSnapshot>(*snapshot);
    copy->kernelText = std::move(files);
    return copy;
}

} // namespace vmviz::ui
