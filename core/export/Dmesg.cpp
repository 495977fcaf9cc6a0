#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"

namespace vmviz::exports {

std::string dmesg(const Machine& machine)
{
    std::string out;
    for (const LogLine& line : machine.trace.log()) {
        if (line.step > machine.position().value())
            break;
        const std::uint64_t ticks = line.jiffies - k::INITIAL_JIFFIES;
        const std::uint64_t micros = ticks * (1000000 / k::HZ);
        out += fmt::printf("[%5llu.%06llu] ", static_cast<unsigned long long>(micros / 1000000),
                           static_cast<unsigned long long>(micros % 1000000));
        out += line.text;
        out += '\n';
    }
    return out;
}

} // namespace vmviz::exports
