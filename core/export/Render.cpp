// SPDX-License-Identifier: GPL-2.0-only
#include "export/Exports.h"

namespace vmviz::exports {

const std::vector<std::string_view>& snapshotFormats()
{
    static const std::vector<std::string_view> names = {"json",   "vmallocinfo", "kmemleak", "dmesg",
                                                        "ptdump", "meminfo",     "buddyinfo"};
    return names;
}

std::optional<std::string> renderSnapshot(const Machine& machine, std::string_view format)
{
    if (format == "json")
        return snapshotJson(machine).dump(2) + "\n";
    if (format == "vmallocinfo")
        return vmallocinfo(machine);
    if (format == "kmemleak")
        return kmemleakReport(machine);
    if (format == "dmesg")
        return dmesg(machine);
    if (format == "ptdump")
        return ptdump(machine);
    if (format == "meminfo")
        return meminfo(machine);
    if (format == "buddyinfo")
        return buddyinfo(machine);
    return std::nullopt;
}

} // namespace vmviz::exports
