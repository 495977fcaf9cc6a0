// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: a session file on arbitrary bytes (scenario::loadSession), then the way both
// front-ends open it (scenario::openScenarioSource's reading of the text). The promises: an error
// that names the field, never a crash; a session that loads saves (saveSession) to text that loads
// to the same session.
#include "scenario/ScenarioCatalogue.h"
#include "scenario/Session.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace vmviz::scenario;

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz_session_load: %s\n%s\n", what, detail.c_str());
    std::abort();
}

bool sameBreakpoints(const std::vector<vmviz::Breakpoint>& a, const std::vector<vmviz::Breakpoint>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].function != b[i].function || a[i].file != b[i].file || a[i].line != b[i].line)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const SessionLoad loaded = loadSession(text);
    if (!loaded.session) {
        if (loaded.error.empty())
            fail("no session and no error", "");
    } else {
        const Session& s = *loaded.session;
        const std::string saved = saveSession(s);
        const SessionLoad again = loadSession(saved);
        if (!again.session)
            fail("a saved session does not load", again.error + "\n" + saved);
        if (again.session->scenarioName != s.scenarioName || again.session->scenarioText != s.scenarioText ||
            again.session->position != s.position ||
            !sameBreakpoints(again.session->breakpoints, s.breakpoints))
            fail("a saved session loads to another session", saved);
    }
    const ScenarioSourceLoad opened = openScenarioText(text, "fuzz.session");
    if (!opened.source && opened.error.rfind("fuzz.session", 0) != 0)
        fail("an error does not name the file", opened.error);
    return 0;
}
