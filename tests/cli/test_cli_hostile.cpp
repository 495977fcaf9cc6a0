// SPDX-License-Identifier: GPL-2.0-only
// vmviz-cli against hostile input: each row runs the real binary (VMVIZ_CLI, the CMake target's
// path) and expects an exit code, messages that name the file and line or the option, no death by
// a signal, and, when -o is given and the command fails, no output file (or temporary) left behind.
#include "RunProgram.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

using vmviz::testing::Outcome;
using vmviz::testing::slurp;

Outcome runCli(const fs::path& dir, const std::vector<std::string>& args)
{
    return vmviz::testing::runProgram(dir, VMVIZ_CLI, args);
}

struct CliCase
{
    const char* name;
    /// Files to create in the scratch directory before the run: {name, content}.
    std::vector<std::pair<std::string, std::function<std::string()>>> files;
    std::vector<std::string> args;
    int exitCode;
    /// Every one of these must appear on stderr (file:line, the option, …).
    std::vector<std::string> stderrHas;
    /// And on stdout.
    std::vector<std::string> stdoutHas = {};
    /// The -o target, if any: must not exist afterwards when exitCode != 0.
    std::string output = "";
    /// A row that shows a known bug: the reason (the test is skipped while the bug is there).
    std::string knownBug = "";
};

void PrintTo(const CliCase& c, std::ostream* os)
{
    *os << c.name;
}

std::string binaryGarbage()
{
    std::string s;
    std::uint32_t x = 12345;
    for (int i = 0; i < 4096; ++i) {
        x = x * 1103515245 + 12345;
        s += static_cast<char>(x >> 16);
    }
    return s;
}

std::string hundredMegabyteLine()
{
    std::string s = "a = vmalloc 4K\n";
    s += std::string(100u << 20, 'x');
    s += "\nvfree a\n";
    return s;
}

const char* const kDoubleVfree = "a = vmalloc 100\nvfree a\nvfree a\npurge\nvfree a\n";
const char* const kGood = "a = vmalloc 8K\nvfree a\n";

std::vector<CliCase> cases()
{
    return {
        {"EmptyFileSnapshot",
         {{"empty.vmviz", [] { return std::string(); }}},
         {"snapshot", "empty.vmviz", "--format", "vmallocinfo"},
         0,
         {}},
        {"EmptyFileTrace", {{"empty.vmviz", [] { return std::string(); }}}, {"trace", "empty.vmviz"}, 0, {}},
        // import: a saved /proc/vmallocinfo. Skipped lines are FILE:LINE warnings and exit 1, with
        // the summary of the rest still written.
        {"ImportEmptyFile",
         {{"empty.txt", [] { return std::string(); }}},
         {"import", "empty.txt"},
         0,
         {},
         {"0 areas"}},
        {"ImportBinaryGarbage",
         {{"garbage.txt", binaryGarbage}},
         {"import", "garbage.txt"},
         1,
         {"garbage.txt: no /proc/vmallocinfo line in it"}},
        {"ImportUnknownLine",
         {{"mixed.txt",
           [] {
               return std::string(
                   "0xffffc90000000000-0xffffc90000002000    8192 f+0x1/0x2 pages=1 vmalloc N0=1\n"
                   "what is this\n");
           }}},
         {"import", "mixed.txt"},
         1,
         {"mixed.txt:2: not an area line"},
         {"1 areas"}},
        {"ImportHundredMegabyteLine",
         {{"huge.txt", hundredMegabyteLine}},
         {"import", "huge.txt"},
         1,
         {"huge.txt:1: not an area line", "huge.txt:2: not an area line"}},
        {"ImportDirectory", {}, {"import", "."}, 2, {".: is a directory"}},
        {"ImportMissingFile", {}, {"import", "nope.txt"}, 2, {"nope.txt: cannot open"}},
        {"ImportEmitUnknownFormat",
         {{"empty.txt", [] { return std::string(); }}},
         {"import", "empty.txt", "--emit", "json"},
         2,
         {"--emit json"}},
        {"ImportTakesNoAt", {}, {"import", "x.txt", "--at", "3"}, 2, {"import does not take --at"}},
        {"BinaryGarbage",
         {{"garbage.vmviz", binaryGarbage}},
         {"trace", "garbage.vmviz"},
         2,
         {"garbage.vmviz:1: not text"}},
        {"HundredMegabyteLine",
         {{"huge.vmviz", hundredMegabyteLine}},
         {"trace", "huge.vmviz"},
         2,
         {"huge.vmviz:2: line is too long (104857600 characters"}},
        {"SizeZeroIsLegal",
         {{"zero.vmviz", [] { return std::string("a = vmalloc 0\n"); }}},
         {"trace", "zero.vmviz"},
         0,
         {},
         {"vmalloc(size=0)", "return NULL"}},
        {"NegativeSize",
         {{"neg.vmviz", [] { return std::string("# comment\na = vmalloc -4K\n"); }}},
         {"trace", "neg.vmviz"},
         2,
         {"neg.vmviz:2: size -4K is negative"}},
        {"SizeTwoToThe64",
         {{"big.vmviz", [] { return std::string("a = vmalloc 18446744073709551616\n"); }}},
         {"trace", "big.vmviz"},
         2,
         {"big.vmviz:1: size 18446744073709551616 does not fit in 64 bits"}},
        {"SizeSumOverflows",
         {{"sum.vmviz", [] { return std::string("\n\na = vmalloc 17179869183G+1G\n"); }}},
         {"trace", "sum.vmviz"},
         2,
         {"sum.vmviz:3: size 17179869183G+1G does not fit in 64 bits"}},
        {"SizeTwoToThe64MinusOneIsLegal",
         {{"max.vmviz", [] { return std::string("a = vmalloc 0xffffffffffffffff\n"); }}},
         {"trace", "max.vmviz"},
         0,
         {},
         {"vmalloc(size=18446744073709551615)", "return NULL"}},
        {"UnknownOperation",
         {{"op.vmviz", [] { return std::string("a = vmalloc 4K\nkfree a\n"); }}},
         {"trace", "op.vmviz"},
         2,
         {"op.vmviz:2: unknown operation 'kfree'"}},
        {"VfreeOfUnassignedVariable",
         {{"var.vmviz", [] { return std::string("a = vmalloc 4K\nvfree b\n"); }}},
         {"snapshot", "var.vmviz", "--format", "json", "-o", "out.json"},
         2,
         {"var.vmviz:2: vfree of 'b', which no earlier line assigns"},
         {},
         "out.json"},
        {"DoubleVfreeIsNotAnError",
         {{"dbl.vmviz", [] { return std::string(kDoubleVfree); }}},
         {"snapshot", "dbl.vmviz", "--format", "dmesg"},
         0,
         {},
         {"BUG: unable to handle kernel NULL pointer dereference", "remove_vm_area",
          "Trying to vfree() nonexistent vm area"}},
        {"AtMinusOne",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"snapshot", "good.vmviz", "--format", "json", "--at", "-1", "-o", "out.json"},
         2,
         {"--at -1", "negative"},
         {},
         "out.json"},
        {"AtPastTheEnd",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"snapshot", "good.vmviz", "--format", "json", "--at", "999999999", "-o", "out.json"},
         2,
         {"--at 999999999 is past the end of the trace"},
         {},
         "out.json"},
        {"AtNotANumber",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"snapshot", "good.vmviz", "--format", "json", "--at", "ten"},
         2,
         {"--at ten"}},
        {"AtWithoutValue",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"snapshot", "good.vmviz", "--format", "json", "--at"},
         2,
         {"--at needs a value"}},
        {"UnknownFormat",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"snapshot", "good.vmviz", "--format", "xml", "-o", "out.xml"},
         2,
         {"unknown snapshot format 'xml'"},
         {},
         "out.xml"},
        {"UnknownOption",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"trace", "good.vmviz", "--fast"},
         2,
         {"unknown option '--fast'"}},
        {"MissingFile",
         {},
         {"snapshot", "no-such-file.vmviz", "--format", "json", "-o", "out.json"},
         2,
         {"no-such-file.vmviz: no such file"},
         {},
         "out.json"},
        {"OutputUnderAFile",
         {{"good.vmviz", [] { return std::string(kGood); }}, {"plain", [] { return std::string("x"); }}},
         {"snapshot", "good.vmviz", "--format", "json", "-o", "plain/out.json"},
         1,
         {"cannot write plain/out.json"},
         {},
         "plain/out.json"},
        {"OutputUnderAMissingDirectory",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"snapshot", "good.vmviz", "--format", "json", "-o", "missing/dir/out.json"},
         1,
         {"cannot write missing/dir/out.json"},
         {},
         "missing/dir/out.json"},
        {"OutputIsADirectory",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"snapshot", "good.vmviz", "--format", "json", "-o", "."},
         1,
         {"cannot write .: Is a directory"}},
        {"NoCommand", {}, {}, 2, {"no command given"}},
        {"UnknownCommand", {}, {"frobnicate"}, 2, {"unknown command 'frobnicate'"}},
        // `list` prints the whole catalogue (the GUI's File > Examples): name, tab, title: about.
        {"ListShowsTheCatalogue",
         {},
         {"list"},
         0,
         {},
         {"seed-walkthrough\tThe 2010 walkthrough: one vmalloc of 100 bytes on Linux 2.6.36, then vfree\n",
          "lazy-free-and-purge\tLazy free and purge: ", "recursion-513-pages\tRecursion at 513 pages: "}},
        {"UnknownScenarioNamesTheList",
         {},
         {"trace", "no-such-scenario"},
         2,
         {"no-such-scenario: no such file or built-in scenario", "vmviz-cli list"}},
        {"TranslateBadAddress",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"translate", "good.vmviz", "0xZZ"},
         2,
         {"VADDR 0xZZ"}},
        {"AtTakesAStepNotASize",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"snapshot", "good.vmviz", "--format", "json", "--at", "4K"},
         2,
         {"--at 4K: a step number"}},
        {"FromTakesAStepNotASize",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"trace", "good.vmviz", "--from", "1M"},
         2,
         {"--from 1M: a step number"}},
        {"TraceRefusesAt",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"trace", "good.vmviz", "--at", "3"},
         2,
         {"trace does not take --at"}},
        {"LoadRefusesAt",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"load", "state.json", "--format", "json", "--at", "3"},
         2,
         {"load does not take --at"}},
        {"ListRefusesOutput", {}, {"list", "-o", "list.txt"}, 2, {"list does not take -o"}, {}, "list.txt"},
        {"TraceOverItsLimitBeforeTheLine",
         {{"big.vmviz", [] { return std::string("a = vmalloc 4K\nb = vmalloc 64M\n"); }}},
         {"snapshot", "big.vmviz", "--format", "vmallocinfo", "--max-trace-memory", "4M", "-o", "out.txt"},
         2,
         {"big.vmviz:2: this line would take the recorded trace to about", "the limit is 4.0 MiB"},
         {},
         "out.txt"},
        {"TraceOverItsLimitAfterManyLines",
         {{"sleepy.vmviz",
           [] {
               std::string text = "a = vmalloc 4K\nleak a\n";
               for (int i = 0; i < 400; ++i)
                   text += "sleep 1440m\n";
               return text;
           }}},
         {"trace", "sleepy.vmviz", "--max-trace-memory", "1M"},
         2,
         {"sleepy.vmviz:", "the limit is 1.0 MiB"}},
        {"MaxTraceMemoryNotASize",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"trace", "good.vmviz", "--max-trace-memory", "lots"},
         2,
         {"--max-trace-memory lots"}},
        {"LoadRefusesMaxTraceMemory",
         {},
         {"load", "s.json", "--format", "json", "--max-trace-memory", "1G"},
         2,
         {"load does not take --max-trace-memory"}},
        // diff: both steps are needed, must lie in the trace, and take no --at.
        {"DiffNeedsBothSteps",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"diff", "good.vmviz", "--from", "1"},
         2,
         {"diff takes one SCENARIO, --from A and --to B"}},
        {"DiffStepPastTheEnd",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"diff", "good.vmviz", "--from", "0", "--to", "999999", "-o", "d.txt"},
         2,
         {"--from/--to must be step numbers from 0 to"},
         {},
         "d.txt"},
        {"DiffRefusesAt",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"diff", "good.vmviz", "--from", "0", "--to", "1", "--at", "3"},
         2,
         {"diff does not take --at"}},
        {"DiffUnknownFormat",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"diff", "good.vmviz", "--from", "0", "--to", "1", "--format", "xml"},
         2,
         {"unknown diff format 'xml' (text or json)"}},
        {"DiffOfTheSeedsVfree",
         {},
         {"diff", "seed-walkthrough", "--from", "123", "--to", "152"},
         0,
         {},
         {"area #0 lazily freed", "page-table entries:\n  unchanged\n"}},
        // One loader (core/scenario/ScenarioCatalogue.h openScenarioText): what a file is comes
        // from its structure, and the GUI refuses what the CLI refuses.
        {"SessionTextInACommentIsAScenario",
         {{"c.vmviz", [] { return std::string("# saved from a \"vmviz-session\" once\na = vmalloc 4K\n"); }}},
         {"trace", "c.vmviz"},
         0,
         {},
         {"vmalloc(size=4096)"}},
        {"SnapshotGivenAsScenario",
         {{"s.json", [] { return std::string(R"({"format": "vmviz-snapshot", "version": 1})"); }}},
         {"trace", "s.json"},
         2,
         {"s.json: this is a snapshot: use `vmviz-cli load`"}},
        {"JsonThatIsNeitherSessionNorScenario",
         {{"f.json", [] { return std::string(R"({"format": 5})"); }}},
         {"trace", "f.json"},
         2,
         {"f.json: not a scenario"}},
        {"InvalidUtf8NamesTheLine",
         {{"u.vmviz", [] { return std::string("a = vmalloc 4K\n# caf\xe9\n"); }}},
         {"trace", "u.vmviz"},
         2,
         {"u.vmviz:2: not text (invalid UTF-8)"}},
        {"ErrorInASessionNamesTheSessionFile",
         {{"s.session",
           [] {
               return std::string(
                   R"({"format": "vmviz-session", "version": 1, "scenario": {"name": "inner.vmviz",)"
                   R"( "text": "a = vmalloc 4K\nb = vmalloc 8Q\n"}, "position": 0})");
           }}},
         {"trace", "s.session"},
         2,
         {"s.session (scenario inner.vmviz):2: size '8Q'"}},
        {"ControlByteInASession",
         {{"s.session",
           [] {
               return std::string(
                   R"({"format": "vmviz-session", "version": 1, "scenario": {"name": "i.vmviz",)"
                   R"( "text": "a = vmalloc 4K\n# \u0001\n"}, "position": 0})");
           }}},
         {"trace", "s.session"},
         2,
         {"s.session (scenario i.vmviz):2: not text"}},
        {"LoadNumberTooLargeForADouble",
         {{"n.json", [] { return std::string(R"({"format": "vmviz-snapshot", "version": 1E400})"); }}},
         {"load", "n.json", "--format", "json"},
         2,
         {"n.json: not valid JSON", "number overflow"}},
        {"SessionNumberTooLargeForADouble",
         {{"n.session", [] { return std::string(R"({"format": "vmviz-session", "position": 31E111111})"); }}},
         {"trace", "n.session"},
         2,
         {"n.session: not a scenario, and not valid JSON"}},
        {"LoadFormatNotAString",
         {{"f.json", [] { return std::string(R"({"format": ["vmviz-snapshot"], "version": 1})"); }}},
         {"load", "f.json", "--format", "json"},
         2,
         {"f.json: not a vmviz snapshot"}},
        // --break names a function the model runs, or the FILE:LINE where one starts.
        {"BreakOnAnUnknownFunction",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"session", "good.vmviz", "--break", "kmalloc_everything", "-o", "s.session"},
         2,
         {"--break kmalloc_everything: no kernel function called kmalloc_everything"},
         {},
         "s.session"},
        {"BreakOnALineNoFunctionStartsAt",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"session", "good.vmviz", "--break", "mm/vmalloc.c:1367", "-o", "s.session"},
         2,
         {"--break mm/vmalloc.c:1367: no kernel function vmviz runs starts at that line", "__vunmap at 1366"},
         {},
         "s.session"},
        {"BreakInAFileTheModelDoesNotRun",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"session", "good.vmviz", "--break", "fs/open.c:12", "-o", "s.session"},
         2,
         {"--break fs/open.c:12: vmviz runs no kernel function from fs/open.c"},
         {},
         "s.session"},
        {"BreakOnAFunctionsFirstLine",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"session", "good.vmviz", "--break", "mm/vmalloc.c:1366", "--break", "map_vm_area", "-o",
          "s.session"},
         0,
         {}},
        // Sizes are expressions (the lesson language's repeat needs (i+1)*4K): 2M-4K is 2044K,
        // and a difference below zero names the line.
        {"SizeSubtracts",
         {{"minus.vmviz", [] { return std::string("a = vmalloc 2M-4K\n"); }}},
         {"trace", "minus.vmviz"},
         0,
         {},
         {"vmalloc(size=2093056)"}},
        {"NegativeSizeNamesTheLine",
         {{"neg.vmviz", [] { return std::string("a = vmalloc 4K-8K\n"); }}},
         {"trace", "neg.vmviz"},
         2,
         {"neg.vmviz:1: size '4K-8K': is negative"}},
        {"TerabyteSuffix",
         {{"t.vmviz", [] { return std::string("config vmalloc=32T\na = vmalloc 4K\n"); }}},
         {"snapshot", "t.vmviz", "--format", "vmallocinfo"},
         0,
         {}},
        {"AddressIsNotASize",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"translate", "good.vmviz", "4K"},
         2,
         {"VADDR 4K: an address"}},
        // compare: flags, variants and the scenario's own mistakes.
        {"CompareUnknownKernel",
         {},
         {"compare", "seed-walkthrough", "--kernels", "2.6.36,4.19"},
         2,
         {"--kernels 2.6.36,4.19: unknown kernel '4.19' (this build models 2.6.36"}},
        {"CompareEmptyKernelName",
         {},
         {"compare", "seed-walkthrough", "--kernels", "2.6.36,"},
         2,
         {"an empty kernel name"}},
        {"CompareOneMachine",
         {},
         {"compare", "seed-walkthrough", "--variant", "cpus=2"},
         2,
         {"compare needs two machines or more"}},
        {"CompareTooManyMachines",
         {},
         {"compare", "seed-walkthrough", "--kernels", "2.6.36,2.6.36,2.6.36", "--variant", "cpus=1",
          "--variant", "cpus=2", "--variant", "cpus=3"},
         2,
         {"compare runs at most 8 machines, not 9"}},
        {"CompareVariantNotKeyValue",
         {},
         {"compare", "seed-walkthrough", "--variant", "cpus", "--variant", "cpus=2"},
         2,
         {"--variant 'cpus': 'cpus' is not KEY=VALUE"}},
        {"CompareVariantKeyTwice",
         {},
         {"compare", "seed-walkthrough", "--variant", "cpus=1,cpus=2", "--variant", "cpus=2"},
         2,
         {"'cpus' is given twice"}},
        {"CompareVariantUnknownKey",
         {},
         {"compare", "seed-walkthrough", "--variant", "cpus=1", "--variant", "colour=blue"},
         2,
         {"machine B (colour=blue): unknown config key 'colour'"}},
        {"CompareVariantOutOfRange",
         {},
         {"compare", "seed-walkthrough", "--variant", "ram=16M", "--variant", "ram=1G"},
         2,
         {"machine A (ram=16M): ram=16M is out of range (32M to 64G)"}},
        {"CompareUnknownFormat",
         {},
         {"compare", "seed-walkthrough", "--kernels", "2.6.36,2.6.36", "--format", "xml"},
         2,
         {"unknown compare format 'xml'"}},
        {"CompareRefusesAt",
         {},
         {"compare", "seed-walkthrough", "--kernels", "2.6.36,2.6.36", "--at", "3"},
         2,
         {"compare does not take --at"}},
        {"CompareScenarioErrorNamesFileAndLine",
         {{"op.vmviz", [] { return std::string("a = vmalloc 4K\nkfree a\n"); }}},
         {"compare", "op.vmviz", "--kernels", "2.6.36,2.6.36", "-o", "out.txt"},
         2,
         {"op.vmviz:2: unknown operation 'kfree'"},
         {},
         "out.txt"},
        {"CompareTraceLimitNamesTheLine",
         {{"big.vmviz", [] { return std::string("a = vmalloc 4K\nb = vmalloc 64M\n"); }}},
         {"compare", "big.vmviz", "--variant", "cpus=1", "--variant", "cpus=2", "--max-trace-memory", "1M"},
         2,
         {"machine A (cpus=1): big.vmviz:2: this line would take the recorded trace"}},
        {"CompareBinaryGarbage",
         {{"garbage.vmviz", binaryGarbage}},
         {"compare", "garbage.vmviz", "--kernels", "2.6.36,2.6.36"},
         2,
         {"garbage.vmviz:1: not text"}},
        {"CompareMissingScenario",
         {},
         {"compare", "nosuch.vmviz", "--kernels", "2.6.36,2.6.36"},
         2,
         {"nosuch.vmviz"}},
        {"CompareSameKernelTwiceAgrees",
         {{"good.vmviz", [] { return std::string(kGood); }}},
         {"compare", "good.vmviz", "--kernels", "2.6.36,2.6.36"},
         0,
         {},
         {"same on every machine", "0 of 2 lines differ"}},
    };
}

class CliHostileInput : public ::testing::TestWithParam<CliCase>
{
};

TEST_P(CliHostileInput, FailsCleanly)
{
    const CliCase& row = GetParam();
    const fs::path dir =
        fs::temp_directory_path() / ("vmviz-cli-test-" + std::to_string(getpid()) + "-" + row.name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const auto& [name, content] : row.files)
        std::ofstream(dir / name, std::ios::binary) << content();

    const Outcome o = runCli(dir, row.args);
    EXPECT_EQ(o.signal, 0) << "vmviz-cli died of signal " << o.signal << "; stderr:\n" << o.err;
    EXPECT_NE(o.exitCode, 3) << "internal error:\n" << o.err;

    std::vector<std::string> problems;
    if (o.exitCode != row.exitCode)
        problems.push_back("exit code " + std::to_string(o.exitCode) + ", expected " +
                           std::to_string(row.exitCode));
    for (const std::string& s : row.stderrHas)
        if (o.err.find(s) == std::string::npos)
            problems.push_back("stderr lacks \"" + s + "\"");
    for (const std::string& s : row.stdoutHas)
        if (o.out.find(s) == std::string::npos)
            problems.push_back("stdout lacks \"" + s + "\"");
    if (row.exitCode != 0 && o.err.empty())
        problems.push_back("failed without a message");
    if (row.exitCode == 0 && !o.err.empty())
        problems.push_back("succeeded but wrote to stderr");
    if (!row.output.empty() && row.exitCode != 0 && fs::exists(dir / row.output))
        problems.push_back("left " + row.output + " behind");
    // No temporary from the atomic write survives, whatever happened.
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.path().filename().string().find(".tmp-") != std::string::npos)
            problems.push_back("left the temporary " + entry.path().filename().string() + " behind");

    std::string report;
    for (const std::string& p : problems)
        report += "  " + p + "\n";
    fs::remove_all(dir);
    if (!row.knownBug.empty()) {
        if (!problems.empty())
            GTEST_SKIP() << "KNOWN BUG: " << row.knownBug << "\n" << report << "stderr:\n" << o.err;
        ADD_FAILURE() << "the known bug is fixed; drop the knownBug note of this row";
    }
    EXPECT_TRUE(problems.empty()) << report << "stderr:\n" << o.err.substr(0, 2000);
}

INSTANTIATE_TEST_SUITE_P(Table, CliHostileInput, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<CliCase>& param) {
                             return std::string(param.param.name);
                         });

TEST(CliOutput, SuccessfulExportWritesTheWholeFileAndNoTemporary)
{
    const fs::path dir = fs::temp_directory_path() / ("vmviz-cli-test-" + std::to_string(getpid()) + "-ok");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "good.vmviz") << kGood;
    const Outcome toStdout = runCli(dir, {"snapshot", "good.vmviz", "--format", "json"});
    const Outcome toFile = runCli(dir, {"snapshot", "good.vmviz", "--format", "json", "-o", "out.json"});
    EXPECT_EQ(toStdout.exitCode, 0);
    EXPECT_EQ(toFile.exitCode, 0);
    EXPECT_EQ(toFile.out, "");
    EXPECT_FALSE(toStdout.out.empty());
    EXPECT_EQ(slurp(dir / "out.json"), toStdout.out);
    int files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir))
        ++files;
    EXPECT_EQ(files, 2); // good.vmviz and out.json
    fs::remove_all(dir);
}

/// `-o` never destroys what it does not own: one row per kind of target that already exists.
struct OutputTargetCase
{
    const char* name;
    /// Makes the target in `dir` (the scratch directory) and returns the path to pass to -o.
    std::function<std::string(const fs::path& dir)> make;
    int exitCode;
    std::string stderrHas;
    /// Checks what is there afterwards; `written` is what the command printed to stdout.
    std::function<void(const fs::path& dir, const std::string& written)> check;
};

bool isCharDevice(const char* path)
{
    struct stat st
    {
    };
    return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

std::vector<OutputTargetCase> outputTargetCases()
{
    return {
        {"SymlinkIsFollowedAndKept",
         [](const fs::path& dir) {
             std::ofstream(dir / "real.json") << "old";
             fs::create_symlink("real.json", dir / "link.json");
             return std::string("link.json");
         },
         0, "",
         [](const fs::path& dir, const std::string& written) {
             EXPECT_TRUE(fs::is_symlink(dir / "link.json")) << "the link was replaced by a plain file";
             EXPECT_EQ(slurp(dir / "real.json"), written);
         }},
        {"ReadOnlyFileIsRefused",
         [](const fs::path& dir) {
             std::ofstream(dir / "ro.json") << "keep me";
             fs::permissions(dir / "ro.json",
                             fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
             return std::string("ro.json");
         },
         1, "cannot write ro.json: Permission denied: the file is read-only",
         [](const fs::path& dir, const std::string&) {
             EXPECT_EQ(slurp(dir / "ro.json"), "keep me");
             EXPECT_EQ(fs::status(dir / "ro.json").permissions() & fs::perms::all,
                       fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
         }},
        {"ReplacedFileKeepsItsPermissions",
         [](const fs::path& dir) {
             std::ofstream(dir / "kept.json") << "old";
             fs::permissions(dir / "kept.json",
                             fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
             return std::string("kept.json");
         },
         0, "",
         [](const fs::path& dir, const std::string& written) {
             EXPECT_EQ(slurp(dir / "kept.json"), written);
             EXPECT_EQ(fs::status(dir / "kept.json").permissions() & fs::perms::all,
                       fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
         }},
        {"DevNullIsWrittenInPlace", [](const fs::path&) { return std::string("/dev/null"); }, 0, "",
         [](const fs::path&, const std::string&) { EXPECT_TRUE(isCharDevice("/dev/null")); }},
        {"DevFullReportsNoSpace", [](const fs::path&) { return std::string("/dev/full"); }, 1,
         "cannot write /dev/full: No space left on device",
         [](const fs::path&, const std::string&) { EXPECT_TRUE(isCharDevice("/dev/full")); }},
    };
}

void PrintTo(const OutputTargetCase& row, std::ostream* os)
{
    *os << row.name;
}

class CliOutputTarget : public ::testing::TestWithParam<OutputTargetCase>
{
};

TEST_P(CliOutputTarget, NeverDestroysWhatItDoesNotOwn)
{
    const OutputTargetCase& row = GetParam();
    const fs::path dir =
        fs::temp_directory_path() / ("vmviz-cli-test-" + std::to_string(getpid()) + "-" + row.name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "good.vmviz") << kGood;
    const std::string target = row.make(dir);
    const Outcome printed = runCli(dir, {"snapshot", "good.vmviz", "--format", "json"});
    const Outcome o = runCli(dir, {"snapshot", "good.vmviz", "--format", "json", "-o", target});
    ASSERT_FALSE(printed.out.empty());
    EXPECT_EQ(o.signal, 0);
    EXPECT_EQ(o.exitCode, row.exitCode) << o.err;
    if (!row.stderrHas.empty()) {
        EXPECT_NE(o.err.find(row.stderrHas), std::string::npos) << o.err;
    }
    row.check(dir, printed.out);
    for (const auto& entry : fs::directory_iterator(dir))
        EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
    fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Table, CliOutputTarget, ::testing::ValuesIn(outputTargetCases()),
                         [](const ::testing::TestParamInfo<OutputTargetCase>& param) {
                             return std::string(param.param.name);
                         });

TEST(CliOutput, FifoIsWrittenInPlace)
{
    const fs::path dir = fs::temp_directory_path() / ("vmviz-cli-test-" + std::to_string(getpid()) + "-fifo");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "good.vmviz") << kGood;
    ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = slurp(dir / "pipe"); }); // blocks until the writer opens it
    const Outcome o = runCli(dir, {"snapshot", "good.vmviz", "--format", "vmallocinfo", "-o", "pipe"});
    reader.join();
    const Outcome printed = runCli(dir, {"snapshot", "good.vmviz", "--format", "vmallocinfo"});
    EXPECT_EQ(o.exitCode, 0) << o.err;
    EXPECT_EQ(received, printed.out);
    EXPECT_EQ(fs::status(dir / "pipe").type(), fs::file_type::fifo);
    fs::remove_all(dir);
}

} // namespace
