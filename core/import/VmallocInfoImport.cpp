// SPDX-License-Identifier: GPL-2.0-only
#include "import/VmallocInfoImport.h"

#include "base/Format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <map>
#include <variant>

namespace vmviz::import {

namespace {

constexpr std::size_t kMaxWarnings = 1000;
/// The lowest kernel text / module address: areas from here up are module space, not vmalloc's.
constexpr std::uint64_t kModuleSpace = 0xffffffff80000000ull;

std::optional<std::uint64_t> number(std::string_view text, int base)
{
    std::uint64_t value = 0;
    if (text.empty())
        return std::nullopt;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::uint64_t> hexWith0x(std::string_view text)
{
    if (!text.starts_with("0x") || text.size() > 18)
        return std::nullopt;
    return number(text.substr(2), 16);
}

/// The kernel separates fields with spaces; a '\r' or a tab (a file saved on Windows, pasted from
/// a terminal) separates words too, so no word ends in one and emitting what was read is stable.
constexpr std::string_view kSeparators = " \t\r";

std::string_view nextWord(std::string_view& rest)
{
    const std::size_t start = rest.find_first_not_of(kSeparators);
    if (start == std::string_view::npos) {
        rest = {};
        return {};
    }
    rest.remove_prefix(start);
    const std::size_t end = rest.find_first_of(kSeparators);
    const std::string_view word = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
    return word;
}

std::optional<std::uint16_t> flagOf(std::string_view word)
{
    for (std::size_t i = 0; i < std::size(kFlagWords); ++i)
        if (word == kFlagWords[i])
            return static_cast<std::uint16_t>(1u << i);
    return std::nullopt;
}

/// "N0=12": the node and its page count.
std::optional<std::pair<unsigned, std::uint64_t>> nodeCount(std::string_view word)
{
    const std::size_t eq = word.find('=');
    if (word.size() < 4 || word[0] != 'N' || eq == std::string_view::npos)
        return std::nullopt;
    const auto node = number(word.substr(1, eq - 1), 10);
    const auto count = number(word.substr(eq + 1), 10);
    if (!node || !count || *node > 1023)
        return std::nullopt;
    return std::pair{static_cast<unsigned>(*node), *count};
}

/// One line, or the reason it is not a vmallocinfo line.
std::variant<ImportedArea, std::string> parseLine(std::string_view line, std::vector<std::string>& notes)
{
    ImportedArea a;
    std::string_view rest = line;
    const std::string_view range = nextWord(rest);
    const std::size_t dash = range.find('-');
    if (dash == std::string_view::npos)
        return std::string("not an area line (expected 0xSTART-0xEND SIZE …)");
    const auto start = hexWith0x(range.substr(0, dash));
    const auto end = hexWith0x(range.substr(dash + 1));
    if (!start || !end)
        return std::string("not an area line (expected 0xSTART-0xEND SIZE …)");
    const auto size = number(nextWord(rest), 10);
    if (!size)
        return std::string("no size after the address range");
    a.start = *start;
    a.end = *end;
    a.size = *size;
    const std::size_t tailStart = rest.find_first_not_of(kSeparators);
    const std::string_view tail =
        tailStart == std::string_view::npos ? std::string_view{} : rest.substr(tailStart);
    if (tail == "vm_map_ram") {
        a.kind = AreaKind::VmMapRam;
        return a;
    }
    if (tail == "unpurged vm_area") {
        a.kind = AreaKind::Unpurged;
        return a;
    }
    a.caller = std::string(nextWord(rest));
    if (a.caller.empty())
        return std::string("no caller after the size");
    std::string_view peek = rest;
    if (const std::string_view module = nextWord(peek); module.starts_with('[') && module.ends_with(']')) {
        a.caller += ' ';
        a.caller += module;
        rest = peek;
    }
    for (std::string_view word = nextWord(rest); !word.empty(); word = nextWord(rest)) {
        if (word.starts_with("pages=")) {
            a.pages = number(word.substr(6), 10);
            if (!a.pages)
                notes.push_back("'" + std::string(word) + "' is not pages=NUMBER");
        } else if (word.starts_with("phys=")) {
            a.phys = hexWith0x(word.substr(5));
            if (!a.phys)
                notes.push_back("'" + std::string(word) + "' is not phys=0xHEX");
        } else if (const auto node = nodeCount(word)) {
            a.nodes.push_back(*node);
        } else {
            if (const auto flag = flagOf(word))
                a.flags |= *flag;
            else
                notes.push_back("unknown word '" + std::string(word).substr(0, 40) +
                                "' (kept as a flag word)");
            a.words.emplace_back(word);
        }
    }
    // The two fixed tails, however the spaces fell: "vm_map_ram", "unpurged vm_area".
    const bool bare = !a.pages && !a.phys && a.nodes.empty();
    if (bare && a.words.empty() && a.caller == "vm_map_ram")
        a.kind = AreaKind::VmMapRam;
    else if (bare && a.caller == "unpurged" && a.words == std::vector<std::string>{"vm_area"})
        a.kind = AreaKind::Unpurged;
    if (a.kind != AreaKind::Area) {
        a.caller.clear();
        a.words.clear();
        a.flags = 0;
    }
    return a;
}

void warn(VmallocInfo& info, int line, std::string message)
{
    if (info.warnings.size() < kMaxWarnings)
        info.warnings.push_back(ImportWarning{line, std::move(message)});
    else if (info.warnings.size() == kMaxWarnings)
        info.warnings.push_back(ImportWarning{line, "more warnings follow; only the first 1000 are listed"});
}

AddressesShown addressesOf(const std::vector<ImportedArea>& areas)
{
    bool allZero = true;
    bool allLow = true;
    for (const ImportedArea& a : areas) {
        allZero = allZero && a.start == 0 && a.end == 0;
        allLow = allLow && (a.start >> 32) == 0 && (a.end >> 32) == 0;
    }
    if (areas.empty())
        return AddressesShown::Raw;
    if (allZero)
        return AddressesShown::Zeroed;
    return allLow ? AddressesShown::Hashed : AddressesShown::Raw;
}

void layOut(VmallocInfo& info)
{
    if (info.addressesHidden()) {
        // The order and the sizes are all the file still tells: areas one after another.
        std::uint64_t cursor = info.layout.vmallocStart;
        for (ImportedArea& a : info.areas) {
            a.layoutStart = cursor;
            cursor += a.size;
        }
        info.rangeStart = info.layout.vmallocStart;
        info.rangeEnd = std::max(cursor, info.rangeStart + 1);
        return;
    }
    const bool la57 = std::any_of(info.areas.begin(), info.areas.end(), [](const ImportedArea& a) {
        return a.start >= k::VMALLOC_START_L5 && a.start <= k::VMALLOC_END_L5;
    });
    info.layout = addressLayoutFor(la57 ? 5 : 4);
    std::uint64_t low = ~0ull;
    std::uint64_t high = 0;
    for (ImportedArea& a : info.areas) {
        a.layoutStart = a.start;
        if (a.start < kModuleSpace) {
            low = std::min(low, a.start);
            high = std::max(high, a.start + a.size);
        }
    }
    if (low > high) { // nothing below module space: show what there is
        for (const ImportedArea& a : info.areas) {
            low = std::min(low, a.start);
            high = std::max(high, a.start + a.size);
        }
    }
    info.rangeStart = low > high ? info.layout.vmallocStart : low;
    info.rangeEnd = low > high ? info.layout.vmallocStart + 1 : std::max(high, low + 1);
}

} // namespace

std::string_view ImportedArea::callerFunction() const
{
    std::string_view c = caller;
    return c.substr(0, std::min(c.find('+'), c.find(' ')));
}

VmallocInfo importVmallocInfo(std::string_view text, std::string_view fileName)
{
    VmallocInfo info;
    info.fileName = std::string(fileName);
    std::vector<std::string> notes;
    std::size_t pos = 0;
    int lineNo = 0;
    while (pos < text.size()) {
        const std::size_t newline = text.find('\n', pos);
        const std::size_t endOfLine = newline == std::string_view::npos ? text.size() : newline;
        std::string_view line = text.substr(pos, endOfLine - pos);
        pos = newline == std::string_view::npos ? text.size() : newline + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        notes.clear();
        auto parsed = parseLine(line, notes);
        if (auto* why = std::get_if<std::string>(&parsed)) {
            warn(info, lineNo, *why + ": skipped");
            continue;
        }
        ImportedArea& a = info.areas.emplace_back(std::move(std::get<ImportedArea>(parsed)));
        a.line = lineNo;
        for (std::string& note : notes)
            warn(info, lineNo, std::move(note));
        if (vmallocInfoLine(a) != line)
            warn(info, lineNo,
                 "read, but not in the kernel's layout: --emit vmallocinfo writes it as vmalloc_info_show() "
                 "would");
    }
    info.lines = static_cast<std::uint64_t>(lineNo);
    info.addresses = addressesOf(info.areas);
    layOut(info);
    return info;
}

std::string vmallocInfoLine(const ImportedArea& a)
{
    std::string out =
        fmt::printf("0x%016llx-0x%016llx %7llu", static_cast<unsigned long long>(a.start),
                    static_cast<unsigned long long>(a.end), static_cast<unsigned long long>(a.size));
    if (a.kind == AreaKind::VmMapRam)
        return out + " vm_map_ram";
    if (a.kind == AreaKind::Unpurged)
        return out + " unpurged vm_area";
    out += ' ';
    out += a.caller;
    if (a.pages)
        out += fmt::printf(" pages=%llu", static_cast<unsigned long long>(*a.pages));
    if (a.phys)
        out += fmt::printf(" phys=0x%016llx", static_cast<unsigned long long>(*a.phys));
    for (const std::string& word : a.words) {
        out += ' ';
        out += word;
    }
    for (const auto& [node, count] : a.nodes)
        out += fmt::printf(" N%u=%llu", node, static_cast<unsigned long long>(count));
    return out;
}

std::string emitVmallocInfo(const VmallocInfo& info)
{
    std::string out;
    out.reserve(info.areas.size() * 96);
    for (const ImportedArea& a : info.areas) {
        out += vmallocInfoLine(a);
        out += '\n';
    }
    return out;
}

ImportSummary summarize(const VmallocInfo& info)
{
    ImportSummary s;
    std::map<std::string, CountByName, std::less<>> callers;
    std::vector<CountByName> flags(std::size(kFlagWords));
    for (std::size_t i = 0; i < flags.size(); ++i)
        flags[i].name = std::string(kFlagWords[i]);
    std::map<unsigned, std::uint64_t> nodes;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> taken; // [start, end) inside the range
    for (const ImportedArea& a : info.areas) {
        if (a.kind == AreaKind::Unpurged) {
            ++s.unpurged;
            s.unpurgedBytes += a.size;
        } else {
            ++(a.kind == AreaKind::Area ? s.areas : s.vmMapRam);
            s.usedBytes += a.size;
        }
        if (a.layoutStart >= info.rangeStart && a.layoutStart < info.rangeEnd)
            taken.emplace_back(a.layoutStart, std::min(info.rangeEnd, a.layoutStart + a.size));
        if (a.kind != AreaKind::Area)
            continue;
        const std::uint64_t pages = a.pages.value_or(0);
        s.pages += pages;
        std::string caller(a.callerFunction());
        CountByName& c = callers[caller];
        c.name = caller;
        ++c.areas;
        c.pages += pages;
        c.bytes += a.size;
        for (std::size_t i = 0; i < flags.size(); ++i) {
            if (a.flags & (1u << i)) {
                ++flags[i].areas;
                flags[i].pages += pages;
                flags[i].bytes += a.size;
            }
        }
        for (const auto& [node, count] : a.nodes)
            nodes[node] += count;
    }
    std::sort(taken.begin(), taken.end());
    std::uint64_t cursor = info.rangeStart;
    std::uint64_t covered = 0;
    for (const auto& [start, end] : taken) {
        if (start > cursor && start - cursor > s.largestHole) {
            s.largestHole = start - cursor;
            s.largestHoleStart = cursor;
        }
        if (end > cursor) {
            covered += end - std::max(cursor, start);
            cursor = end;
        }
    }
    if (info.rangeEnd > cursor && info.rangeEnd - cursor > s.largestHole) {
        s.largestHole = info.rangeEnd - cursor;
        s.largestHoleStart = cursor;
    }
    s.freeBytes = info.rangeEnd - info.rangeStart - std::min(covered, info.rangeEnd - info.rangeStart);
    for (auto& [name, c] : callers)
        s.byCaller.push_back(std::move(c));
    std::stable_sort(s.byCaller.begin(), s.byCaller.end(), [](const CountByName& x, const CountByName& y) {
        return x.pages != y.pages ? x.pages > y.pages : x.bytes > y.bytes;
    });
    for (CountByName& f : flags)
        if (f.areas)
            s.byFlag.push_back(std::move(f));
    s.pagesByNode.assign(nodes.begin(), nodes.end());
    return s;
}

namespace {
std::string_view addressesWord(AddressesShown shown)
{
    switch (shown) {
    case AddressesShown::Hashed:
        return "hashed";
    case AddressesShown::Zeroed:
        return "zeroed";
    case AddressesShown::Raw:
        break;
    }
    return "raw";
}
} // namespace

std::string summaryText(const VmallocInfo& info, const ImportSummary& s)
{
    const auto u = [](std::uint64_t v) { return static_cast<unsigned long long>(v); };
    std::string out = fmt::printf(
        "%s: %llu lines, %llu areas, %llu vm_map_ram, %llu unpurged vm_area, %zu warnings\n",
        info.fileName.c_str(), u(info.lines), u(s.areas), u(s.vmMapRam), u(s.unpurged), info.warnings.size());
    if (info.addressesHidden())
        out +=
            fmt::printf("addresses: HIDDEN (%s by kptr_restrict); areas laid out by file order and size from "
                        "VMALLOC_START 0x%016llx, so holes and places are not the machine's\n",
                        std::string(addressesWord(info.addresses)).c_str(), u(info.layout.vmallocStart));
    else
        out +=
            fmt::printf("addresses: as printed; %u-level paging; range 0x%016llx-0x%016llx (the areas' span: "
                        "KASLR moves VMALLOC_START)\n",
                        info.layout.pagingLevels, u(info.rangeStart), u(info.rangeEnd));
    out += fmt::printf("used VA: %llu bytes (%s)\n", u(s.usedBytes), fmt::humanSize(s.usedBytes).c_str());
    if (s.unpurgedBytes)
        out += fmt::printf("unpurged VA: %llu bytes (%s), waiting for the lazy purge\n", u(s.unpurgedBytes),
                           fmt::humanSize(s.unpurgedBytes).c_str());
    if (info.addressesHidden()) {
        out += "free VA and the largest free hole: unknown (the addresses are hidden)\n";
    } else {
        out += fmt::printf("free VA in that range: %llu bytes (%s)\n", u(s.freeBytes),
                           fmt::humanSize(s.freeBytes).c_str());
        out += fmt::printf("largest free hole: %llu bytes (%s) at 0x%016llx\n", u(s.largestHole),
                           fmt::humanSize(s.largestHole).c_str(), u(s.largestHoleStart));
    }
    out += fmt::printf("pages: %llu (%s)\n", u(s.pages), fmt::humanSize(s.pages << k::PAGE_SHIFT).c_str());
    out += "\npages by caller:\n    pages    areas  caller\n";
    for (const CountByName& c : s.byCaller)
        out += fmt::printf("%9llu %8llu  %s\n", u(c.pages), u(c.areas), c.name.c_str());
    out += "\npages by flag:\n    pages    areas  flag\n";
    for (const CountByName& f : s.byFlag)
        out += fmt::printf("%9llu %8llu  %s\n", u(f.pages), u(f.areas), f.name.c_str());
    if (!s.pagesByNode.empty()) {
        out += "\npages by node:";
        for (const auto& [node, count] : s.pagesByNode)
            out += fmt::printf(" N%u=%llu", node, u(count));
        out += '\n';
    }
    return out;
}

std::string summaryJson(const VmallocInfo& info, const ImportSummary& s)
{
    nlohmann::ordered_json j;
    j["file"] = info.fileName;
    j["lines"] = info.lines;
    j["areas"] = s.areas;
    j["vm_map_ram"] = s.vmMapRam;
    j["unpurged"] = s.unpurged;
    j["addresses"] = addressesWord(info.addresses);
    j["addresses_hidden"] = info.addressesHidden();
    j["paging_levels"] = info.layout.pagingLevels;
    j["range"] = {fmt::address(info.rangeStart), fmt::address(info.rangeEnd)};
    j["used_bytes"] = s.usedBytes;
    j["unpurged_bytes"] = s.unpurgedBytes;
    if (info.addressesHidden()) { // the layout is made up, so its holes would be too
        j["free_bytes"] = nullptr;
        j["largest_hole"] = nullptr;
    } else {
        j["free_bytes"] = s.freeBytes;
        j["largest_hole"] = {{"bytes", s.largestHole}, {"start", fmt::address(s.largestHoleStart)}};
    }
    j["pages"] = s.pages;
    const auto counts = [](const std::vector<CountByName>& list) {
        auto a = nlohmann::ordered_json::array();
        for (const CountByName& c : list)
            a.push_back({{"name", c.name}, {"areas", c.areas}, {"pages", c.pages}, {"bytes", c.bytes}});
        return a;
    };
    j["by_caller"] = counts(s.byCaller);
    j["by_flag"] = counts(s.byFlag);
    auto nodes = nlohmann::ordered_json::object();
    for (const auto& [node, count] : s.pagesByNode)
        nodes["N" + std::to_string(node)] = count;
    j["pages_by_node"] = nodes;
    auto warnings = nlohmann::ordered_json::array();
    for (const ImportWarning& w : info.warnings)
        warnings.push_back(info.fileName + ":" + std::to_string(w.line) + ": " + w.message);
    j["warnings"] = warnings;
    // A saved file may hold any bytes in a caller or an unknown word: replace what is not UTF-8
    // rather than throw (found by fuzz_vmallocinfo_import).
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace vmviz::import
