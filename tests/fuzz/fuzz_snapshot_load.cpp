// SPDX-License-Identifier: GPL-2.0-only
// libFuzzer target: `vmviz-cli load` on arbitrary bytes (exports::loadSnapshot). The loader's
// promise is an error that names the field, never a crash, a hang or an allocation out of
// proportion to the machine the snapshot describes. A snapshot that loads must be sound, and must
// write back (snapshotJson) to a snapshot that loads to the same state.
#include "export/Exports.h"
#include "machine/Invariants.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace vmviz;

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz_snapshot_load: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const exports::LoadResult loaded = exports::loadSnapshot(text);
    if (!loaded.machine) {
        if (loaded.error.empty())
            fail("no machine and no error", "");
        return 0;
    }
    if (!loaded.error.empty())
        fail("a machine and an error", loaded.error);
    const Machine& m = *loaded.machine;
    if (!checkInvariants(m, InvariantScope::EveryStep).empty())
        fail("a loaded machine is not sound", "");
    const std::string again = exports::snapshotJson(m).dump();
    const exports::LoadResult reloaded = exports::loadSnapshot(again);
    if (!reloaded.machine)
        fail("a loaded machine's snapshot does not load", reloaded.error);
    if (reloaded.machine->stateHash() != m.stateHash())
        fail("a loaded machine's snapshot loads to another state", "");
    return 0;
}
