// SPDX-License-Identifier: GPL-2.0-only
// Scenarios back to text in canonical syntax (session files, the GUI's editor, round-trip tests).
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioSyntax.h"

#include "base/Format.h"

#include <string>
#include <vector>

namespace vmviz::scenario {

using namespace syntax;

namespace {

std::string formatDuration(std::uint64_t ms)
{
    if (ms != 0 && ms % 60000 == 0)
        return std::to_string(ms / 60000) + "m";
    if (ms != 0 && ms % 1000 == 0)
        return std::to_string(ms / 1000) + "s";
    return std::to_string(ms) + "ms";
}

std::string formatStringLiteral(const std::vector<std::uint8_t>& bytes)
{
    const std::string_view raw(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    std::string out = "\"";
    for (std::size_t i = 0; i < raw.size();) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == 0)
            out += "\\0";
        else if (c >= 0x20 && c < 0x7f)
            out += static_cast<char>(c);
        else if (const std::size_t n = c >= 0x80 ? utf8SequenceLength(raw, i) : 0; n != 0) {
            // Valid UTF-8 stays readable (and no longer than it was written).
            out.append(raw.substr(i, n));
            i += n;
            continue;
        } else
            out += fmt::printf("\\x%02x", static_cast<unsigned>(c));
        ++i;
    }
    return out + "\"";
}

} // namespace

std::string formatSize(std::uint64_t bytes)
{
    if (bytes == 0 || bytes % kKiB != 0)
        return std::to_string(bytes);
    std::string out;
    const auto part = [&](std::uint64_t count, const char* suffix) {
        if (count == 0)
            return;
        if (!out.empty())
            out += '+';
        out += std::to_string(count) + suffix;
    };
    part(bytes / kGiB, "G");
    part(bytes % kGiB / kMiB, "M");
    part(bytes % kMiB / kKiB, "K");
    return out;
}

std::string formatGfp(std::uint32_t gfp)
{
    return gfpFlagsName(gfp, "GFP_NOWAIT");
}

std::string formatProt(std::uint64_t prot)
{
    for (const NamedValue& entry : kProtNames) {
        if (entry.value == prot)
            return std::string(entry.name);
    }
    return fmt::hex(prot);
}

std::string formatOperation(const Operation& operation)
{
    struct Visitor
    {
        std::string operator()(const AllocOp& op) const
        {
            std::string out = op.var.empty() ? std::string() : op.var + " = ";
            out += std::string(allocApiName(op.api)) + " " + formatSize(op.size);
            if (op.api == AllocApi::Vmalloc_)
                out += " " + formatGfp(op.gfp) + " " + formatProt(op.prot);
            return out;
        }
        std::string operator()(const FreeOp& op) const
        {
            const std::string verb = op.kvfree ? "kvfree " : "vfree ";
            if (!op.var.empty())
                return verb + op.var;
            return op.address == 0 ? verb + "NULL" : verb + fmt::hex(op.address);
        }
        std::string operator()(const FailOp& op) const
        {
            std::string out = "fail " + std::string(faultSiteName(op.site));
            switch (op.mode) {
            case FailOp::Mode::After:
                return out + " after " + std::to_string(op.n);
            case FailOp::Mode::Every:
                return out + " every " + std::to_string(op.n);
            case FailOp::Mode::Off:
                break;
            }
            return out + " off";
        }
        std::string operator()(const LeakOp& op) const { return "leak " + op.var; }
        std::string operator()(const PurgeOp&) const { return "purge"; }
        std::string operator()(const SleepOp& op) const { return "sleep " + formatDuration(op.milliseconds); }
        std::string operator()(const WriteOp& op) const
        {
            std::string out = "write " + op.var;
            if (op.offset != 0)
                out += "+" + formatSize(op.offset);
            switch (op.form) {
            case WriteOp::Form::String:
                return out + " " + formatStringLiteral(op.bytes);
            case WriteOp::Form::Bytes:
                out += " bytes";
                for (std::uint8_t b : op.bytes)
                    out += fmt::printf(" %02x", static_cast<unsigned>(b));
                return out;
            case WriteOp::Form::Fill:
                break;
            }
            return out + fmt::printf(" fill 0x%02x ", op.bytes.empty() ? 0u : unsigned{op.bytes[0]}) +
                   formatSize(op.length);
        }
        std::string operator()(const KmemleakOp& op) const
        {
            switch (op.command) {
            case KmemleakOp::Command::Scan:
                return "kmemleak scan";
            case KmemleakOp::Command::Clear:
                return "kmemleak clear";
            case KmemleakOp::Command::Dump:
                break;
            }
            return "kmemleak dump=" + (op.var.empty() ? fmt::hex(op.address) : op.var);
        }
    };
    return std::visit(Visitor{}, operation.op);
}

std::string formatUptime(std::uint64_t micros)
{
    std::string out = std::to_string(micros / 1'000'000);
    if (const std::uint64_t fraction = micros % 1'000'000) {
        std::string digits = std::to_string(1'000'000 + fraction).substr(1);
        while (digits.back() == '0')
            digits.pop_back();
        out += "." + digits;
    }
    return out;
}

std::string formatConfig(const Config& config)
{
    std::string out;
    const auto add = [&](std::string_view key, const std::string& value) {
        out += (out.empty() ? "config " : " ") + std::string(key) + "=" + value;
    };
    if (config.ramBytes)
        add("ram", formatSize(*config.ramBytes));
    if (config.cpus)
        add("cpus", std::to_string(*config.cpus));
    if (config.seed)
        add("seed", std::to_string(*config.seed));
    if (config.comm)
        add("comm", *config.comm);
    if (config.pid)
        add("pid", std::to_string(*config.pid));
    if (config.module)
        add("module", *config.module);
    if (config.vmallocBytes)
        add("vmalloc", formatSize(*config.vmallocBytes));
    if (config.pagingLevels)
        add("paging", std::to_string(*config.pagingLevels));
    if (config.kernel)
        add("kernel", *config.kernel);
    if (config.uptimeMicros)
        add("uptime", formatUptime(*config.uptimeMicros));
    return out;
}

std::string formatScenario(const Scenario& scenario)
{
    std::string out;
    if (const std::string config = formatConfig(scenario.config); !config.empty())
        out += config + "\n";
    for (const Operation& operation : scenario.operations)
        out += formatOperation(operation) + "\n";
    return out;
}

} // namespace vmviz::scenario
