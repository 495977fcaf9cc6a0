// vmviz-cli: the headless front-end. Runs scenarios, prints traces and writes exports; the golden
// files under tests/golden are produced with it.
#include "export/Exports.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"
#include "scenario/Session.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <cstdio>
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
  trace SCENARIO [--format text|jsonl] [--from A] [--to B]
                                    one line per step (steps are numbered from 1)
  snapshot SCENARIO --format FORMAT [--at STEP] [-o FILE]
                                    the machine as step STEP left it (default: the end);
                                    FORMAT: json, vmallocinfo, kmemleak (the debugfs report),
                                    dmesg, ptdump (kernel_page_tables), meminfo, buddyinfo
  translate SCENARIO VADDR [--format text|json] [--at STEP]
                                    walk init_mm's page tables for VADDR
  load SNAPSHOT.json --format FORMAT [-o FILE]
                                    rebuild a machine from a JSON snapshot and export it
  session SCENARIO [--at STEP] [--break FUNCTION|FILE:LINE]... -o FILE
                                    save a session (scenario, position, breakpoints); any
                                    SCENARIO argument may be a session file, opened at its step
  render SCENARIO --view VIEW [--at STEP] -o OUT.png|OUT.svg
                                    draw one view headless (offscreen Qt): physical, vmalloc,
                                    pagetables, pagewalk (one address's four-level walk),
                                    kmemleak, source (call stack and source), timeline or
                                    window; needs the vmviz GUI binary beside this one
  list                              the built-in scenarios and examples (the GUI's File > Examples)
  help                              this text
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
    scenario::RunOptions options;
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
        result.machine->seek(*source.position);
    return Opened{std::move(result.machine), source};
}

std::unique_ptr<Machine> runOrExit(const std::string& nameOrPath) { return openOrExit(nameOrPath).machine; }

std::uint64_t parseNumberOrExit(const std::string& flag, const std::string& text)
{
    std::string error;
    const auto value = scenario::parseSize(text, &error);
    if (!value)
        usageError(flag + " " + text + ": " + error);
    return *value;
}

void seekOrExit(Machine& machine, const std::optional<std::string>& at)
{
    if (!at)
        return;
    const std::uint64_t step = parseNumberOrExit("--at", *at);
    if (step > machine.stepCount())
        usageError("--at " + *at + " is past the end of the trace (it has " + std::to_string(machine.stepCount()) +
                   " steps)");
    machine.seek(step);
}

/// Writes to stdout, or atomically to a file (temporary file + rename), so a failed export never
/// leaves a half-written file behind.
int emit(const std::optional<std::string>& output, const std::string& text)
{
    if (!output) {
        std::cout << text;
        std::cout.flush();
        return std::cout ? 0 : kExitFailure;
    }
    const std::filesystem::path target(*output);
    if (std::error_code ec; std::filesystem::is_directory(target, ec)) {
        std::cerr << "vmviz-cli: cannot write " << *output << ": Is a directory\n";
        return kExitFailure;
    }
    const std::filesystem::path temp = target.string() + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            std::error_code ec;
            std::filesystem::remove(temp, ec);
            std::cerr << "vmviz-cli: cannot write " << *output << "\n";
            return kExitFailure;
        }
    }
    std::error_code renamed;
    std::filesystem::rename(temp, target, renamed);
    if (renamed) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        std::cerr << "vmviz-cli: cannot write " << *output << ": " << renamed.message() << "\n";
        return kExitFailure;
    }
    return 0;
}

int cmdTrace(const Args& args)
{
    if (args.positional.size() != 1)
        usageError("trace takes one SCENARIO");
    const std::string format = args.format.empty() ? "text" : args.format;
    if (format != "text" && format != "jsonl")
        usageError("unknown trace format '" + format + "' (text or jsonl)");
    auto machine = runOrExit(args.positional[0]);
    const std::uint64_t n = machine->stepCount();
    if (n == 0 && !args.from && !args.to)
        return emit(args.output, {}); // an empty scenario has no steps to print
    const std::uint64_t from = args.from ? parseNumberOrExit("--from", *args.from) : 1;
    const std::uint64_t to = args.to ? parseNumberOrExit("--to", *args.to) : n;
    if (from < 1 || from > std::max<std::uint64_t>(n, 1) || to < from || to > n)
        usageError("--from/--to must satisfy 1 <= A <= B <= " + std::to_string(n));
    return emit(args.output, format == "text" ? exports::traceText(*machine, from, to)
                                              : exports::traceJsonl(*machine, from, to));
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

int cmdTranslate(const Args& args)
{
    if (args.positional.size() != 2)
        usageError("translate takes SCENARIO VADDR");
    const std::string format = args.format.empty() ? "text" : args.format;
    if (format != "text" && format != "json")
        usageError("unknown translate format '" + format + "' (text or json)");
    const std::uint64_t vaddr = parseNumberOrExit("VADDR", args.positional[1]);
    auto machine = runOrExit(args.positional[0]);
    seekOrExit(*machine, args.at);
    return emit(args.output, format == "text" ? exports::translateText(*machine, vaddr)
                                              : exports::translateJson(*machine, vaddr).dump(2) + "\n");
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
    scenario::Session session{opened.source.fileName, opened.source.text, opened.machine->position(), {}};
    for (const std::string& text : args.breakpoints) {
        const auto breakpoint = scenario::parseBreakpoint(text);
        if (!breakpoint)
            usageError("--break " + text + ": neither a kernel function vmviz runs nor FILE:LINE");
        session.breakpoints.push_back(*breakpoint);
    }
    return emit(args.output, scenario::saveSession(session));
}

/// The painting lives in the Qt front-end; the CLI stays Qt-free and hands over to it.
int cmdRender(const Args& args, const char* argv0)
{
    static const std::map<std::string, std::string> panels = {
        {"physical", "physical"}, {"vmalloc", "vmalloc"},   {"pagetables", "pagetables"}, {"pagewalk", "pagewalk"},
        {"kmemleak", "kmemleak"}, {"source", "callstack"},  {"timeline", "timeline"},     {"window", "window"}};
    if (args.positional.size() != 1 || !args.output)
        usageError("render takes one SCENARIO, --view VIEW and -o OUT.png|OUT.svg");
    const auto panel = panels.find(args.view);
    if (panel == panels.end())
        usageError("unknown view '" + args.view +
                   "' (physical, vmalloc, pagetables, pagewalk, kmemleak, source, timeline, window)");
    const std::string out = *args.output;
    if (!(out.ends_with(".png") || out.ends_with(".svg")))
        usageError("-o must name a .png or .svg file");
    // Check the scenario here, so its mistakes come out as FILE:LINE before any window code runs.
    const Opened opened = openOrExit(args.positional[0]);
    const std::uint64_t at = args.at ? parseNumberOrExit("--at", *args.at) : opened.machine->position();
    if (at > opened.machine->stepCount())
        usageError("--at " + std::to_string(at) + " is past the end of the trace (it has " +
                   std::to_string(opened.machine->stepCount()) + " steps)");
    const std::filesystem::path gui = std::filesystem::path(argv0).parent_path() / "vmviz";
    std::error_code ec;
    if (!std::filesystem::exists(gui, ec)) {
        std::cerr << "vmviz-cli: render needs the vmviz GUI binary at " << gui.string() << " (build with the GUI)\n";
        return kExitFailure;
    }
    const std::string atText = std::to_string(at);
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    std::vector<const char*> argvGui = {gui.c_str(), "--scenario", args.positional[0].c_str(), "--at", atText.c_str(),
                                        "--screenshot", out.c_str(), "--panel", panel->second.c_str(), nullptr};
    ::execv(gui.c_str(), const_cast<char* const*>(argvGui.data()));
    std::cerr << "vmviz-cli: cannot start " << gui.string() << ": " << std::strerror(errno) << "\n";
    return kExitFailure;
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
    if (args.command == "help" || args.command == "--help" || args.command == "-h") {
        std::cout << kUsage;
        return 0;
    }
    if (args.command == "trace" || args.command == "run")
        return cmdTrace(args);
    if (args.command == "snapshot")
        return cmdSnapshot(args);
    if (args.command == "translate")
        return cmdTranslate(args);
    if (args.command == "list")
        return cmdList();
    if (args.command == "load")
        return cmdLoad(args);
    if (args.command == "session")
        return cmdSession(args);
    if (args.command == "render")
        return cmdRender(args, argv[0]);
    usageError("unknown command '" + args.command + "'");
}
