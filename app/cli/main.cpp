// SPDX-License-Identifier: GPL-2.0-only
// vmviz-cli: the headless front-end. Runs scenarios, prints traces and writes exports; the golden
// files under tests/golden are produced with it.
#include "CompareCommand.h"
#include "OutputFile.h"
#include "export/Exports.h"
#include "import/VmallocInfoImport.h"
#include "panels/PanelTable.h"
#include "quiz/Quiz.h"
#include "quiz/QuizSheet.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"
#include "scenario/Session.h"
#include "steps/DetailLevel.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace vmviz;

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitFailure = 1;
constexpr int kExitInternal = 3;

const char* const kUsage = R"(usage: vmviz-cli COMMAND [ARGS]

Runs a vmalloc/vfree scenario on a model of an x86-64 machine running Linux 2.6.36.
SCENARIO is a file or the name of a built-in scenario (see `vmviz-cli list`).

commands:
  run SCENARIO                      print the trace of the whole run (same as `trace`)
  trace SCENARIO [--format text|jsonl|explain] [--from A] [--to B]
                                    one line per step (steps are numbered from 1)
  trace SCENARIO --level overview|standard|full
                                    one line per step the GUI shows at that detail level:
                                    the steps it stands for, its phase, what it did
  snapshot SCENARIO --format FORMAT [--at STEP] [-o FILE]
                                    the machine as step STEP left it (default: the end);
                                    FORMAT: json, vmallocinfo, kmemleak (the debugfs report),
                                    dmesg, ptdump (kernel_page_tables), meminfo, buddyinfo
  diff SCENARIO --from A --to B [--format text|json] [-o FILE]
                                    what changed between step A and step B: frames taken
                                    or freed, PTEs written or cleared, areas added, lazily
                                    freed or purged, kmemleak objects, counters
  translate SCENARIO VADDR [--format text|json] [--at STEP]
                                    walk init_mm's page tables for VADDR
  load SNAPSHOT.json --format FORMAT [-o FILE]
                                    rebuild a machine from a JSON snapshot and export it
  session SCENARIO [--at STEP] [--break FUNCTION|FILE:LINE]... -o FILE
                                    save a session (scenario, position, breakpoints); any
                                    SCENARIO argument may be a session file, opened at its step
  render SCENARIO --view VIEW [--at STEP] -o OUT.png|OUT.svg
                                    draw one panel of the window, or all of it, headless
                                    (offscreen Qt); VIEW is one of the views below;
                                    needs the vmviz GUI binary beside this one
  quiz SCENARIO [--seed N] [--count K] [--answers] [-o SHEET.md|SHEET.pdf]
                                    an exercise sheet: K multiple-choice questions (default 5)
                                    on steps of the run, picked by seed N (default 1; the same
                                    seed gives the same sheet); --answers adds each answer and
                                    the step that proves it; a .pdf needs the vmviz GUI binary
  handout SCENARIO -o LESSON.pdf    a printable handout: a title page, then one page per
                                    chapter with its view and text (needs the vmviz GUI binary)
  compare SCENARIO --kernels A,B [--variant SETTINGS]... [--format text|json] [-o FILE]
  compare SCENARIO --variant SETTINGS --variant SETTINGS... [--format text|json] [-o FILE]
                                    run SCENARIO on several machines and, per scenario
                                    line, say what each did and where they differ (address,
                                    gap page, pages, PTEs, kmemleak, WARN …); SETTINGS are
                                    config settings laid over the scenario's own, e.g.
                                    'cpus=1' or 'ram=8G cpus=2'; with --kernels each
                                    --variant applies to every kernel
  import FILE [--format text|json] [--emit vmallocinfo] [-o FILE]
                                    read a /proc/vmallocinfo saved from a real 6.x machine
                                    (or /proc/vmallocinfo itself, as root) and summarise it:
                                    areas, used and free VA, the largest hole, pages by
                                    caller, flag and node; hashed or zeroed pointers are laid
                                    out by order and size, and the summary says so; lines it
                                    does not know are FILE:LINE warnings on stderr (exit 1,
                                    the rest still imported); --emit vmallocinfo writes
                                    every understood line back
  list                              the built-in scenarios and examples (the GUI's File > Examples)
  help                              this text
  version                           the version of vmviz-cli (also --version)

Every command that runs a scenario takes --max-trace-memory SIZE (default 4G): the run stops
with FILE:LINE before a line that would take its recorded trace past SIZE.
)";

struct Args
{
    std::string command;
    std::vector<std::string> positional;
    std::string format;
    std::optional<std::string> at;
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::optional<std::string> output;
    std::vector<std::string> breakpoints;
    std::string view;
    std::optional<std::string> maxTraceMemory;
    std::optional<std::string> seed;
    std::optional<std::string> count;
    std::optional<std::string> level;
    std::optional<std::string> emit;
    bool answers = false;
    std::optional<std::string> kernels;
    std::vector<std::string> variants;
};

[[noreturn]] void usageError(const std::string& message)
{
    std::cerr << "vmviz-cli: " << message << "\n(run `vmviz-cli help` for usage)\n";
    std::exit(kExitUsage);
}

Args parseArgs(int argc, char** argv)
{
    Args args;
    if (argc < 2)
        usageError("no command given");
    args.command = argv[1];
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](const char* flag) {
            if (i + 1 >= argc)
                usageError(std::string(flag) + " needs a value");
            return std::string(argv[++i]);
        };
        if (a == "--format")
            args.format = value("--format");
        else if (a == "--at")
            args.at = value("--at");
        else if (a == "--from")
            args.from = value("--from");
        else if (a == "--to")
            args.to = value("--to");
        else if (a == "--view")
            args.view = value("--view");
        else if (a == "--max-trace-memory")
            args.maxTraceMemory = value("--max-trace-memory");
        else if (a == "--seed")
            args.seed = value("--seed");
        else if (a == "--count")
            args.count = value("--count");
        else if (a == "--level")
            args.level = value("--level");
        else if (a == "--answers")
            args.answers = true;
        else if (a == "--kernels")
            args.kernels = value("--kernels");
        else if (a == "--variant")
            args.variants.push_back(value("--variant"));
        else if (a == "--emit")
            args.emit = value("--emit");
        else if (a == "--break")
            args.breakpoints.push_back(value("--break"));
        else if (a == "-o" || a == "--output")
            args.output = value("-o");
        else if (a.size() > 1 && a[0] == '-' && !(a.size() > 2 && a[1] == '0'))
            usageError("unknown option '" + a + "'");
        else
            args.positional.push_back(a);
    }
    return args;
}

/// The run options every command that runs a scenario uses; main() sets them from the flags.
scenario::RunOptions& runOptions()
{
    static scenario::RunOptions options;
    return options;
}

struct Opened
{
    std::unique_ptr<Machine> machine;
    scenario::ScenarioSource source;
};

Opened openOrExit(const std::string& nameOrPath)
{
    const scenario::ScenarioSourceLoad load = scenario::openScenarioSource(nameOrPath);
    if (!load.source) {
        std::cerr << "vmviz-cli: " << load.error << "\n";
        std::exit(kExitUsage);
    }
    const scenario::ScenarioSource& source = *load.source;
    scenario::RunOptions options = runOptions();
    if (isatty(STDERR_FILENO)) {
        options.progress = [](std::size_t done, std::size_t total) {
            if (total >= 200 && done % 100 == 0)
                std::fprintf(stderr, "\rrunning: %zu/%zu operations", done, total);
            if (total >= 200 && done == total)
                std::fprintf(stderr, "\r%40s\r", "");
            return true;
        };
    }
    scenario::RunResult result = scenario::runScenarioText(source.text, source.fileName, options);
    if (!result.machine) {
        std::cerr << result.error;
        if (!result.error.empty() && result.error.back() != '\n')
            std::cerr << '\n';
        std::exit(kExitUsage);
    }
    if (!result.error.empty()) {
        // A broken invariant: a bug in vmviz, not in the scenario. Say where, and stop.
        std::cerr << "vmviz-cli: internal error: " << result.error << "\n";
        std::exit(kExitInternal);
    }
    if (source.position && *source.position <= result.machine->stepCount())
        result.machine->seek(StepIndex{*source.position});
    return Opened{std::move(result.machine), source};
}

std::unique_ptr<Machine> runOrExit(const std::string& nameOrPath)
{
    return openOrExit(nameOrPath).machine;
}

/// A whole decimal or 0x-hex number; sizes with suffixes (4K) are for scenario lines, not here.
std::optional<std::uint64_t> parsePlainNumber(std::string_view text, bool allowHex)
{
    int base = 10;
    if (allowHex && (text.starts_with("0x") || text.starts_with("0X"))) {
        text.remove_prefix(2);
        base = 16;
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

/// --at, --from, --to: step numbers (0 is the booted machine).
std::uint64_t parseStepOrExit(const std::string& flag, const std::string& text)
{
    const auto value = parsePlainNumber(text, false);
    if (!value && text.starts_with('-'))
        usageError(flag + " " + text + ": a step number cannot be negative");
    if (!value)
        usageError(flag + " " + text +
                   ": a step number is a plain decimal integer (0 is the booted machine)");
    return *value;
}

std::uint64_t parseNumberOrExit(const std::string& flag, const std::string& text)
{
    const auto value = parsePlainNumber(text, false);
    if (!value)
        usageError(flag + " " + text + ": needs a plain decimal integer");
    return *value;
}

std::uint64_t parseAddressOrExit(const std::string& flag, const std::string& text)
{
    const auto value = parsePlainNumber(text, true);
    if (!value)
        usageError(flag + " " + text + ": an address is a 0x-prefixed hex or a decimal integer below 2^64");
    return *value;
}

/// Options a command does not use are refused, not ignored: `trace --at 5` would otherwise print
/// the whole trace and look like an answer.
void rejectUnusedOptions(const Args& args)
{
    static const std::map<std::string, std::vector<std::string>, std::less<>> used = {
        {"run", {"--format", "--from", "--to", "-o", "--max-trace-memory"}},
        {"trace", {"--format", "--from", "--to", "--level", "-o", "--max-trace-memory"}},
        {"snapshot", {"--format", "--at", "-o", "--max-trace-memory"}},
        {"translate", {"--format", "--at", "-o", "--max-trace-memory"}},
        {"diff", {"--format", "--from", "--to", "-o", "--max-trace-memory"}},
        {"load", {"--format", "-o"}},
        {"session", {"--at", "--break", "-o", "--max-trace-memory"}},
        {"render", {"--view", "--at", "-o"}},
        {"quiz", {"--seed", "--count", "--answers", "-o", "--max-trace-memory"}},
        {"handout", {"-o", "--max-trace-memory"}},
        {"compare", {"--format", "--kernels", "--variant", "-o", "--max-trace-memory"}},
        {"import", {"--format", "--emit", "-o"}},
        {"list", {}},
    };
    const auto it = used.find(args.command);
    if (it == used.end())
        return;
    const std::pair<const char*, bool> given[] = {
        {"--format", !args.format.empty()},
        {"--at", args.at.has_value()},
        {"--from", args.from.has_value()},
        {"--to", args.to.has_value()},
        {"-o", args.output.has_value()},
        {"--view", !args.view.empty()},
        {"--break", !args.breakpoints.empty()},
        {"--max-trace-memory", args.maxTraceMemory.has_value()},
        {"--seed", args.seed.has_value()},
        {"--count", args.count.has_value()},
        {"--answers", args.answers},
        {"--kernels", args.kernels.has_value()},
        {"--variant", !args.variants.empty()},
        {"--level", args.level.has_value()},
        {"--emit", args.emit.has_value()},
    };
    for (const auto& [flag, isGiven] : given) {
        if (isGiven && std::find(it->second.begin(), it->second.end(), flag) == it->second.end())
            usageError(args.command + " does not take " + flag);
    }
}

void seekOrExit(Machine& machine, const std::optional<std::string>& at)
{
    if (!at)
        return;
    const std::uint64_t step = parseStepOrExit("--at", *at);
    if (step > machine.stepCount())
        usageError("--at " + *at + " is past the end of the trace (it has " +
                   std::to_string(machine.stepCount()) + " steps)");
    machine.seek(StepIndex{step});
}

/// Streams to stdout, or to `-o FILE` without destroying what is not ours (OutputFile.h).
int emit(const std::optional<std::string>& output, const cli::OutputProducer& produce)
{
    if (!output) {
        const bool written = produce([](std::string_view piece) {
            return std::fwrite(piece.data(), 1, piece.size(), stdout) == piece.size();
        });
        return written && std::fflush(stdout) == 0 ? 0 : kExitFailure;
    }
    if (const std::string error = cli::writeOutputFile(*output, produce); !error.empty()) {
        std::cerr << "vmviz-cli: cannot write " << *output << ": " << error << "\n";
        return kExitFailure;
    }
    return 0;
}

int emit(const std::optional<std::string>& output, const std::string& text)
{
    return emit(output, [&text](const std::function<bool(std::string_view)>& write) { return write(text); });
}

int cmdTrace(const Args& args)
{
    if (args.positional.size() != 1)
        usageError("trace takes one SCENARIO");
    const std::string format = args.format.empty() ? "text" : args.format;
    if (format != "text" && format != "jsonl" && format != "explain")
        usageError("unknown trace format '" + format + "' (text, jsonl or explain)");
    if (args.level) {
        const std::optional<DetailLevel> level = detailLevelByName(*args.level);
        if (!level)
            usageError("unknown detail level '" + *args.level + "' (overview, standard or full)");
        if (format != "text" || args.from || args.to)
            usageError("--level prints the whole run as text; it takes no --format, --from or --to");
        auto machine = runOrExit(args.positional[0]);
        const DetailIndex index(machine->trace);
        return emit(args.output, [&](const exports::TextSink& write) {
            return writeLevelTrace(machine->trace, index, *level, write);
        });
    }
    auto machine = runOrExit(args.positional[0]);
    const std::uint64_t n = machine->stepCount();
    if (n == 0 && !args.from && !args.to)
        return emit(args.output, std::string()); // an empty scenario has no steps to print
    const std::uint64_t from = args.from ? parseStepOrExit("--from", *args.from) : 1;
    const std::uint64_t to = args.to ? parseStepOrExit("--to", *args.to) : n;
    if (from < 1 || from > std::max<std::uint64_t>(n, 1) || to < from || to > n)
        usageError("--from/--to must satisfy 1 <= A <= B <= " + std::to_string(n));
    // Streamed: `trace | head` sees its first lines at once and memory does not grow with the trace.
    return emit(args.output, [&](const exports::TextSink& write) {
        if (format == "explain")
            return exports::writeTraceExplained(*machine, from, to, write);
        return format == "text" ? exports::writeTraceText(*machine, from, to, write)
                                : exports::writeTraceJsonl(*machine, from, to, write);
    });
}

int cmdSnapshot(const Args& args)
{
    if (args.positional.size() != 1)
        usageError("snapshot takes one SCENARIO");
    std::string known;
    for (const std::string_view name : exports::snapshotFormats())
        known += (known.empty() ? "" : "|") + std::string(name);
    const auto& formats = exports::snapshotFormats();
    if (std::find(formats.begin(), formats.end(), args.format) == formats.end())
        usageError(args.format.empty() ? "snapshot needs --format " + known
                                       : "unknown snapshot format '" + args.format + "' (" + known + ")");
    auto machine = runOrExit(args.positional[0]);
    seekOrExit(*machine, args.at);
    return emit(args.output, *exports::renderSnapshot(*machine, args.format));
}

int cmdDiff(const Args& args)
{
    if (args.positional.size() != 1 || !args.from || !args.to)
        usageError("diff takes one SCENARIO, --from A and --to B");
    const std::string format = args.format.empty() ? "text" : args.format;
    if (format != "text" && format != "json")
        usageError("unknown diff format '" + format + "' (text or json)");
    const std::uint64_t from = parseStepOrExit("--from", *args.from);
    const std::uint64_t to = parseStepOrExit("--to", *args.to);
    auto machine = runOrExit(args.positional[0]);
    const std::uint64_t n = machine->stepCount();
    if (from > n || to > n)
        usageError("--from/--to must be step numbers from 0 to " + std::to_string(n));
    const exports::Comparison comparison = exports::compareSteps(*machine, StepIndex{from}, StepIndex{to});
    return emit(args.output, format == "text" ? exports::diffText(comparison)
                                              : exports::diffJson(comparison).dump(2) + "\n");
}

int cmdTranslate(const Args& args)
{
    if (args.positional.size() != 2)
        usageError("translate takes SCENARIO VADDR");
    const std::string format = args.format.empty() ? "text" : args.format;
    if (format != "text" && format != "json")
        usageError("unknown translate format '" + format + "' (text or json)");
    const std::uint64_t vaddr = parseAddressOrExit("VADDR", args.positional[1]);
    auto machine = runOrExit(args.positional[0]);
    seekOrExit(*machine, args.at);
    return emit(args.output, format == "text"
                                 ? exports::translateText(*machine, VirtAddr{vaddr})
                                 : exports::translateJson(*machine, VirtAddr{vaddr}).dump(2) + "\n");
}

int cmdImport(const Args& args)
{
    if (args.positional.size() != 1)
        usageError("import takes one FILE (a saved /proc/vmallocinfo)");
    const std::string format = args.format.empty() ? "text" : args.format;
    if (format != "text" && format != "json")
        usageError("unknown import format '" + format + "' (text or json)");
    if (args.emit && *args.emit != "vmallocinfo")
        usageError("--emit " + *args.emit + ": the one format import writes back is vmallocinfo");
    const std::string& file = args.positional[0];
    if (std::filesystem::is_directory(file)) {
        std::cerr << "vmviz-cli: " << file << ": is a directory, not a saved /proc/vmallocinfo\n";
        return kExitUsage;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "vmviz-cli: " << file << ": cannot open"
                  << (file == "/proc/vmallocinfo"
                          ? " (it is mode 0400: run as root, or save it as root first)"
                          : "")
                  << "\n";
        return kExitUsage;
    }
    std::stringstream buffer;
    buffer << in.rdbuf(); // /proc files report size 0, so read to the end rather than by size
    const std::string text = buffer.str();
    const import::VmallocInfo info = import::importVmallocInfo(text, file);
    for (const import::ImportWarning& w : info.warnings)
        std::cerr << file << ":" << w.line << ": " << w.message << "\n";
    if (info.areas.empty() && text.find_first_not_of(" \t\r\n") != std::string::npos) {
        std::cerr << "vmviz-cli: " << file << ": no /proc/vmallocinfo line in it\n";
        return kExitFailure;
    }
    // Lines skipped or read with a warning make the import partial: exit 1, the rest written.
    const int partial = info.warnings.empty() ? 0 : kExitFailure;
    if (args.emit)
        return std::max(partial, emit(args.output, import::emitVmallocInfo(info)));
    const import::ImportSummary summary = import::summarize(info);
    return std::max(partial, emit(args.output, format == "json" ? import::summaryJson(info, summary)
                                                                : import::summaryText(info, summary)));
}

int cmdLoad(const Args& args)
{
    if (args.positional.size() != 1)
        usageError("load takes one SNAPSHOT.json");
    const auto& formats = exports::snapshotFormats();
    if (std::find(formats.begin(), formats.end(), args.format) == formats.end())
        usageError("load needs --format with one of the snapshot formats (see `vmviz-cli help`)");
    std::ifstream in(args.positional[0], std::ios::binary);
    if (!in) {
        std::cerr << "vmviz-cli: " << args.positional[0] << ": cannot open\n";
        return kExitUsage;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    exports::LoadResult loaded = exports::loadSnapshot(buffer.str());
    if (!loaded.machine) {
        std::cerr << args.positional[0] << ": " << loaded.error << "\n";
        return kExitUsage;
    }
    return emit(args.output, *exports::renderSnapshot(*loaded.machine, args.format));
}

int cmdSession(const Args& args)
{
    if (args.positional.size() != 1 || !args.output)
        usageError("session takes one SCENARIO and -o FILE");
    Opened opened = openOrExit(args.positional[0]);
    seekOrExit(*opened.machine, args.at);
    scenario::Session session{
        opened.source.scenarioName, opened.source.text, opened.machine->position().value(), {}};
    for (const std::string& text : args.breakpoints) {
        std::string why;
        const auto breakpoint = scenario::parseBreakpoint(text, &why);
        if (!breakpoint)
            usageError("--break " + text + ": " + why);
        session.breakpoints.push_back(*breakpoint);
    }
    return emit(args.output, scenario::saveSession(session));
}

/// The vmviz GUI binary in this program's own directory. Found through /proc/self/exe, because
/// argv[0] is a bare "vmviz-cli" when the shell finds an installed program on PATH.
std::filesystem::path guiBesideThisProgram(const char* argv0)
{
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return (ec ? std::filesystem::path(argv0) : self).parent_path() / "vmviz";
}

/// The painting lives in the Qt front-end; the CLI stays Qt-free and hands over to it. Both read
/// the names from the same table (ui/panels/PanelTable.h), so the GUI takes every VIEW passed on.
int cmdRender(const Args& args, const char* argv0)
{
    if (args.positional.size() != 1 || !args.output)
        usageError("render takes one SCENARIO, --view VIEW and -o OUT.png|OUT.svg");
    if (!panels::isRenderableName(args.view))
        usageError(panels::unknownPanelMessage(args.view));
    const std::string out = *args.output;
    if (!(out.ends_with(".png") || out.ends_with(".svg")))
        usageError("-o must name a .png or .svg file");
    // Check the scenario here, so its mistakes come out as FILE:LINE before any window code runs.
    const Opened opened = openOrExit(args.positional[0]);
    const std::uint64_t at = args.at ? parseStepOrExit("--at", *args.at) : opened.machine->position().value();
    if (at > opened.machine->stepCount())
        usageError("--at " + std::to_string(at) + " is past the end of the trace (it has " +
                   std::to_string(opened.machine->stepCount()) + " steps)");
    const std::filesystem::path gui = guiBesideThisProgram(argv0);
    std::error_code ec;
    if (!std::filesystem::exists(gui, ec)) {
        std::cerr << "vmviz-cli: render needs the vmviz GUI binary at " << gui.string()
                  << " (build with the GUI)\n";
        return kExitFailure;
    }
    const std::string atText = std::to_string(at);
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    std::vector<const char*> argvGui = {
        gui.c_str(), "--scenario", args.positional[0].c_str(), "--at", atText.c_str(), "--screenshot",
        out.c_str(), "--panel",    args.view.c_str(),          nullptr};
    ::execv(gui.c_str(), const_cast<char* const*>(argvGui.data()));
    std::cerr << "vmviz-cli: cannot start " << gui.string() << ": " << std::strerror(errno) << "\n";
    return kExitFailure;
}

/// The Qt front-end beside this binary, or an error message when it is missing.
std::filesystem::path guiBinaryOrExit(const char* argv0, const char* why)
{
    const std::filesystem::path gui = guiBesideThisProgram(argv0);
    std::error_code ec;
    if (!std::filesystem::exists(gui, ec)) {
        std::cerr << "vmviz-cli: " << why << " needs the vmviz GUI binary at " << gui.string()
                  << " (build with the GUI)\n";
        std::exit(kExitFailure);
    }
    return gui;
}

/// Hands a PDF to the GUI binary, offscreen: QPdfWriter lives there, and the CLI stays Qt-free.
int execGuiPdf(const std::filesystem::path& gui, const std::vector<std::string>& guiArgs)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    std::vector<const char*> argvGui = {gui.c_str()};
    for (const std::string& a : guiArgs)
        argvGui.push_back(a.c_str());
    argvGui.push_back(nullptr);
    ::execv(gui.c_str(), const_cast<char* const*>(argvGui.data()));
    std::cerr << "vmviz-cli: cannot start " << gui.string() << ": " << std::strerror(errno) << "\n";
    return kExitFailure;
}

int cmdQuiz(const Args& args, const char* argv0)
{
    if (args.positional.size() != 1)
        usageError("quiz takes one SCENARIO");
    const std::uint64_t seed = args.seed ? parseNumberOrExit("--seed", *args.seed) : 1;
    const std::uint64_t count = args.count ? parseNumberOrExit("--count", *args.count) : 5;
    constexpr std::uint64_t kMaxQuestions = 1000;
    if (count == 0 || count > kMaxQuestions)
        usageError("--count " + *args.count + ": from 1 to " + std::to_string(kMaxQuestions) + " questions");
    const bool pdf = args.output && args.output->ends_with(".pdf");
    // Check the scenario here, so its mistakes come out as FILE:LINE before any window code runs.
    Opened opened = openOrExit(args.positional[0]);
    if (pdf) {
        const auto gui = guiBinaryOrExit(argv0, "a PDF sheet");
        std::vector<std::string> guiArgs = {"--scenario",   args.positional[0],   "--quiz-pdf",
                                            *args.output,   "--quiz-seed",        std::to_string(seed),
                                            "--quiz-count", std::to_string(count)};
        if (args.answers)
            guiArgs.push_back("--quiz-answers");
        return execGuiPdf(gui, guiArgs);
    }
    const auto questions = quiz::makeQuiz(*opened.machine, {seed, count});
    const scenario::ScenarioHeader header = scenario::readScenarioHeader(opened.source.text);
    const std::string title = header.title.empty() ? opened.source.fileName : header.title;
    return emit(args.output, quiz::quizSheetMarkdown(questions, {title, seed, args.answers}));
}

int cmdHandout(const Args& args, const char* argv0)
{
    if (args.positional.size() != 1 || !args.output || !args.output->ends_with(".pdf"))
        usageError("handout takes one SCENARIO and -o LESSON.pdf");
    (void)openOrExit(args.positional[0]);
    const auto gui = guiBinaryOrExit(argv0, "handout");
    return execGuiPdf(gui, {"--scenario", args.positional[0], "--handout-pdf", *args.output});
}

int cmdCompare(const Args& args)
{
    if (args.positional.size() != 1)
        usageError("compare takes one SCENARIO, and --kernels A,B or --variant SETTINGS twice or more");
    const cli::CompareRequest request{args.kernels, args.variants, args.format};
    if (const auto problem = cli::checkCompareFlags(request))
        usageError(*problem);
    const scenario::ScenarioSourceLoad load = scenario::openScenarioSource(args.positional[0]);
    if (!load.source) {
        std::cerr << "vmviz-cli: " << load.error << "\n";
        return kExitUsage;
    }
    const cli::CompareOutcome outcome = cli::runCompare(*load.source, request, runOptions());
    switch (outcome.status) {
    case cli::CompareOutcome::Status::Ok:
        return emit(args.output, outcome.output);
    case cli::CompareOutcome::Status::Scenario:
        std::cerr << outcome.message << (outcome.message.ends_with('\n') ? "" : "\n");
        return kExitUsage;
    case cli::CompareOutcome::Status::Usage:
        std::cerr << "vmviz-cli: " << outcome.message << "\n";
        return kExitUsage;
    case cli::CompareOutcome::Status::Internal:
        std::cerr << "vmviz-cli: internal error: " << outcome.message << "\n";
        return kExitInternal;
    }
    return kExitInternal;
}

int cmdList()
{
    // NAME, a tab, then what it is: the title, and the one-line description after a colon.
    for (const scenario::CatalogueEntry& entry : scenario::scenarioCatalogue()) {
        std::cout << entry.name << '\t' << entry.displayTitle();
        if (!entry.header.about.empty())
            std::cout << ": " << entry.header.about;
        std::cout << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const Args args = parseArgs(argc, argv);
    rejectUnusedOptions(args);
    if (args.maxTraceMemory) {
        std::string error;
        const auto bytes = scenario::parseSize(*args.maxTraceMemory, &error);
        if (!bytes || *bytes == 0)
            usageError("--max-trace-memory " + *args.maxTraceMemory + ": " +
                       (error.empty() ? std::string("must be more than 0") : error));
        runOptions().maxTraceBytes = *bytes;
    }
    if (args.command == "help" || args.command == "--help" || args.command == "-h") {
        std::cout << kUsage << "\nviews (render --view; vmviz --panel takes the same):\n  "
                  << panels::renderableNameList() << "\n";
        return 0;
    }
    if (args.command == "version" || args.command == "--version") {
        std::cout << "vmviz-cli " VMVIZ_VERSION "\n";
        return 0;
    }
    if (args.command == "trace" || args.command == "run")
        return cmdTrace(args);
    if (args.command == "snapshot")
        return cmdSnapshot(args);
    if (args.command == "translate")
        return cmdTranslate(args);
    if (args.command == "diff")
        return cmdDiff(args);
    if (args.command == "list")
        return cmdList();
    if (args.command == "compare")
        return cmdCompare(args);
    if (args.command == "load")
        return cmdLoad(args);
    if (args.command == "import")
        return cmdImport(args);
    if (args.command == "session")
        return cmdSession(args);
    if (args.command == "render")
        return cmdRender(args, argv[0]);
    if (args.command == "quiz")
        return cmdQuiz(args, argv[0]);
    if (args.command == "handout")
        return cmdHandout(args, argv[0]);
    usageError("unknown command '" + args.command + "'");
}
