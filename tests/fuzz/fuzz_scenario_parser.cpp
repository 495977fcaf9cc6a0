// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: the scenario parser on arbitrary bytes. Besides "no crash, no sanitizer
// report", it checks the parser's promises: errors name the file and a line; a scenario that parses
// prints (formatScenario) to text that parses to the same operations; parseSize and formatSize
// round-trip.
#include "scenario/ScenarioParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace vmviz::scenario;

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz_scenario_parser: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ParseResult parsed = parseScenario(text, "fuzz.vmviz");
    if (!parsed.ok()) {
        if (parsed.errors.empty() || parsed.errors.size() > kMaxParseErrors + 1)
            fail("a failed parse must report between 1 and kMaxParseErrors + 1 errors", "");
        for (const ParseError& e : parsed.errors)
            if (e.toString().rfind("fuzz.vmviz:", 0) != 0 || e.where.line < 1)
                fail("an error does not name the file and a line", e.toString());
    } else {
        const Scenario& s = *parsed.scenario;
        if (s.operations.size() > kMaxOperations)
            fail("more operations than kMaxOperations", std::to_string(s.operations.size()));
        const std::string canonical = formatScenario(s);
        const ParseResult again = parseScenario(canonical, "fuzz.vmviz");
        if (!again.ok())
            fail("the canonical form does not parse", canonical + "\n" + again.errors.front().toString());
        if (again.scenario->config != s.config || again.scenario->operations.size() != s.operations.size())
            fail("the canonical form parses to a different scenario", canonical);
        for (std::size_t i = 0; i < s.operations.size(); ++i)
            if (!(again.scenario->operations[i].op == s.operations[i].op))
                fail("operation changed through formatOperation", formatOperation(s.operations[i]));
    }

    // Sizes: the first line (up to 64 bytes) as a SIZE.
    const std::string_view firstLine = text.substr(0, std::min<std::size_t>(text.find('\n'), 64));
    std::string error;
    if (const auto bytes = parseSize(firstLine, &error)) {
        const std::string spelled = formatSize(*bytes);
        const auto back = parseSize(spelled, nullptr);
        if (!back || *back != *bytes)
            fail("formatSize does not round-trip", spelled);
    } else if (error.empty()) {
        fail("parseSize failed without saying why", std::string(firstLine));
    }
    return 0;
}
