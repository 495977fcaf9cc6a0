// SPDX-License-Identifier: GPL-2.0-only
#include "base/Format.h"
#include "export/Exports.h"
#include "steps/Narration.h"
#include "steps/PlainLanguage.h"

namespace vmviz::exports {

namespace {

constexpr std::size_t kPieceBytes = 64 * 1024;

/// Formats steps [from, to] one by one with `line`, handing the sink a piece whenever one is full.
template <typename LineWriter>
bool streamSteps(const Machine& machine, std::uint64_t from, std::uint64_t to, const TextSink& sink,
                 LineWriter&& line)
{
    std::string piece;
    piece.reserve(kPieceBytes + 4096);
    for (std::uint64_t i = from; i <= to && i <= machine.trace.size(); ++i) {
        line(i, machine.trace.step(StepIndex{i}), piece);
        if (piece.size() >= kPieceBytes) {
            if (!sink(piece))
                return false;
            piece.clear();
        }
    }
    return piece.empty() || sink(piece);
}

void textLine(const Machine& machine, std::uint64_t i, const Step& s, std::string& out)
{
    out += fmt::printf("%7llu %-6s ", static_cast<unsigned long long>(i),
                       std::string(stepKindName(s.kind)).c_str());
    out.append(std::size_t{s.depth} * 2, ' ');
    out += narrate(machine.trace, s);
    out += '\n';
}

void explainedLine(const Machine& machine, std::uint64_t i, const Step& s, std::string& out)
{
    textLine(machine, i, s, out);
    out += stepIsFailure(s) ? "        FAILED " : "               ";
    out.append(std::size_t{s.depth} * 2, ' ');
    out += plainLanguage(machine.trace, s);
    out += '\n';
}

void jsonLine(const Machine& machine, std::uint64_t i, const Step& s, std::string& out)
{
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

std::string collect(const std::function<bool(const TextSink&)>& write)
{
    std::string out;
    write([&out](std::string_view piece) {
        out += piece;
        return true;
    });
    return out;
}

} // namespace

bool writeTraceText(const Machine& machine, std::uint64_t from, std::uint64_t to, const TextSink& sink)
{
    return streamSteps(machine, from, to, sink, [&](std::uint64_t i, const Step& s, std::string& out) {
        textLine(machine, i, s, out);
    });
}

bool writeTraceJsonl(const Machine& machine, std::uint64_t from, std::uint64_t to, const TextSink& sink)
{
    return streamSteps(machine, from, to, sink, [&](std::uint64_t i, const Step& s, std::string& out) {
        jsonLine(machine, i, s, out);
    });
}

bool writeTraceExplained(const Machine& machine, std::uint64_t from, std::uint64_t to, const TextSink& sink)
{
    return streamSteps(machine, from, to, sink, [&](std::uint64_t i, const Step& s, std::string& out) {
        explainedLine(machine, i, s, out);
    });
}

std::string traceExplained(const Machine& machine, std::uint64_t from, std::uint64_t to)
{
    return collect([&](const TextSink& sink) { return writeTraceExplained(machine, from, to, sink); });
}

std::string traceText(const Machine& machine, std::uint64_t from, std::uint64_t to)
{
    return collect([&](const TextSink& sink) { return writeTraceText(machine, from, to, sink); });
}

std::string traceJsonl(const Machine& machine, std::uint64_t from, std::uint64_t to)
{
    return collect([&](const TextSink& sink) { return writeTraceJsonl(machine, from, to, sink); });
}

} // namespace vmviz::exports
