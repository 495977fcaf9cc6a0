// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: the /proc/vmallocinfo importer on arbitrary bytes. Besides "no crash, no
// sanitizer report", it checks the importer's promises: every warning names a line of the file;
// writing the understood lines back and reading them again gives the same areas and no warning;
// the summary never counts more used bytes than the areas hold.
#include "import/VmallocInfoImport.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace vmviz::import;

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz_vmallocinfo_import: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const VmallocInfo info = importVmallocInfo(text, "fuzz");
    for (const ImportWarning& w : info.warnings)
        if (w.line < 1 || static_cast<std::uint64_t>(w.line) > info.lines)
            fail("a warning names no line of the file", w.message);
    const std::string emitted = emitVmallocInfo(info);
    const VmallocInfo again = importVmallocInfo(emitted, "again");
    if (again.areas.size() != info.areas.size())
        fail("the emitted lines read back as a different number of areas", emitted);
    for (const ImportWarning& w : again.warnings)
        if (w.message.find("unknown word") == std::string::npos)
            fail("an emitted line reads back with a warning", w.message + "\n" + emitted);
    if (emitVmallocInfo(again) != emitted)
        fail("emitting is not stable", emitted);
    const ImportSummary summary = summarize(info);
    if (summaryText(info, summary).empty() || summaryJson(info, summary).empty())
        fail("an empty summary", "");
    return 0;
}
