#include "base/Format.h"
#include "export/Exports.h"
#include "steps/Narration.h"

namespace vmviz::exports {

std::string traceText(const Machine& machine, std::uint64_t from, std::uint64_t to)
{
    std::string out;
    for (std::uint64_t i = from; i <= to && i <= machine.trace.size(); ++i) {
        const Step& s = machine.trace.step(i);
        out += fmt::printf("%7llu %-6s ", static_cast<unsigned long long>(i), std::string(stepKindName(s.kind)).c_str());
        out.append(std::size_t{s.depth} * 2, ' ');
        out += narrate(machine.trace, s);
        out += '\n';
    }
    return out;
}

std::string traceJsonl(const Machine& machine, std::uint64_t from, std::uint64_t to)
{
    std::string out;
    for (std::uint64_t i = from; i <= to && i <= machine.trace.size(); ++i) {
        const Step& s = machine.trace.step(i);
        nlohmann::ordered_json j;
        j["step"] = i;
        j["depth"] = s.depth;
        j["kind"] = stepKindName(s.kind);
        j["function"] = functionInfo(s.function).name;
        if (s.kind == StepKind::Effect)
            j["event"] = eventInfo(s.event).name;
        j["text"] = narrate(machine.trace, s);
        const std::string anchor = sourceAnchor(s);
        if (!anchor.empty())
            j["source"] = anchor;
        out += j.dump();
        out += '\n';
    }
    return out;
}

} // namespace vmviz::exports
