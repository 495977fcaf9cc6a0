// SPDX-License-Identifier: GPL-2.0-only
#include "scenario/ScenarioRunner.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"
#include "machine/Invariants.h"
#include "machine/MachineMemory.h"
#include "scenario/ScenarioParser.h"

#include <map>
#include <new>

namespace vmviz::scenario {

MachineConfig machineConfigFor(const Scenario& scenario)
{
    MachineConfig config;
    const Config& c = scenario.config;
    if (c.ramBytes)
        config.ramBytes = *c.ramBytes;
    if (c.cpus)
        config.cpus = *c.cpus;
    if (c.seed)
        config.seed = *c.seed;
    if (c.comm)
        config.identity.comm = *c.comm;
    if (c.pid)
        config.identity.pid = *c.pid;
    if (c.module)
        config.identity.module = *c.module;
    if (c.pagingLevels)
        config.pagingLevels = *c.pagingLevels;
    if (c.uptimeMicros)
        config.uptimeMicros = *c.uptimeMicros;
    const AddressLayout layout = config.layout();
    config.vmallocBytes = c.vmallocBytes ? *c.vmallocBytes : layout.vmallocEnd - layout.vmallocStart + 1;
    if (c.kernel)
        config.profile = *c.kernel;
    config.identity.seed = config.seed;
    // <module>_init grows to hold one call site per operation.
    const std::uint64_t sites = 0x1c + 0xc * scenario.operations.size() + 0x4;
    config.identity.initSize =
        static_cast<std::uint32_t>(std::max<std::uint64_t>(0x40, (sites + 0xf) & ~0xfull));
    return config;
}

namespace {

/// The lowest canonical kernel address: the upper half of the x86-64 address space.
constexpr std::uint64_t kKernelSpaceStart = 0xffff800000000000ull;

vmviz::FaultSite engineSite(scenario::FaultSite site)
{
    switch (site) {
    case scenario::FaultSite::AllocPage:
        return vmviz::FaultSite::AllocPage;
    case scenario::FaultSite::Kmalloc:
        return vmviz::FaultSite::Kmalloc;
    case scenario::FaultSite::VmapArea:
        return vmviz::FaultSite::VmapArea;
    case scenario::FaultSite::PteAlloc:
        return vmviz::FaultSite::PteAlloc;
    case scenario::FaultSite::PmdAlloc:
        return vmviz::FaultSite::PmdAlloc;
    case scenario::FaultSite::PudAlloc:
        return vmviz::FaultSite::PudAlloc;
    }
    return vmviz::FaultSite::AllocPage;
}

VmallocApi engineApi(AllocApi api)
{
    switch (api) {
    case AllocApi::Vmalloc:
        return VmallocApi::Vmalloc;
    case AllocApi::Vmalloc32:
        return VmallocApi::Vmalloc32;
    case AllocApi::VmallocUser:
        return VmallocApi::VmallocUser;
    case AllocApi::Vmalloc_:
        return VmallocApi::Vmalloc_;
    case AllocApi::VmallocHuge:
        return VmallocApi::VmallocHuge;
    case AllocApi::Kvmalloc: // not a vmalloc API: the runner calls Vmalloc::kvmalloc
        break;
    }
    return VmallocApi::Vmalloc;
}

/// Plays the operations against the machine, one top-level frame per scenario line.
class Runner
{
public:
    explicit Runner(Machine& machine) : m_machine(machine), m_nextAutoScan(firstAutoScan(machine.jiffies()))
    {
    }

    void run(const Operation& op, std::size_t index)
    {
        Recorder& rec = m_machine.recorder;
        const KernelSymbol init = moduleInitSymbol(m_machine.config().identity);
        const auto offset = static_cast<std::uint32_t>(0x1c + 0xc * index);
        m_machine.vmalloc.setCallSite(rec.intern(symbolOffset(init, offset)), offset);
        m_callerOffset = offset;
        rec.call(Fn::Caller, rec.intern(fmt::printf("%s, line %d: %s", init.name.c_str(), op.where.line,
                                                    op.text.c_str())));
        try {
            std::visit([this](const auto& o) { apply(o); }, op.op);
            rec.ret(Fn::Caller);
        } catch (const TaskKilled&) {
            rec.abandonCalls(Ev::TaskKilled);
        }
    }

private:
    std::uint32_t slotFor(const std::string& name)
    {
        auto it = m_slots.find(name);
        if (it != m_slots.end())
            return it->second;
        CallerVariables& v = m_machine.variables;
        const auto slot = static_cast<std::uint32_t>(v.value.append());
        v.held.append();
        v.names.push_back(name);
        m_slots.emplace(name, slot);
        return slot;
    }

    std::uint64_t valueOf(const std::string& name) { return m_machine.variables.value[slotFor(name)]; }

    void apply(const AllocOp& op)
    {
        const std::uint64_t addr =
            op.api == AllocApi::Kvmalloc
                ? m_machine.vmalloc.kvmalloc(op.size)
                : m_machine.vmalloc.allocate(engineApi(op.api), op.size, op.gfp, op.prot);
        if (op.var.empty())
            return;
        const std::uint32_t slot = slotFor(op.var);
        m_machine.variables.value.set(slot, addr);
        m_machine.variables.held.set(slot, addr != 0);
        m_machine.recorder.effect(Ev::VarAssign, m_machine.recorder.intern(op.var), addr);
    }

    void apply(const FreeOp& op)
    {
        const std::uint64_t addr = op.var.empty() ? op.address : valueOf(op.var);
        if (op.kvfree)
            m_machine.vmalloc.kvfree(addr);
        else
            m_machine.vmalloc.vfree(addr);
    }

    void apply(const FailOp& op)
    {
        const FaultInjector::Mode mode = op.mode == FailOp::Mode::After   ? FaultInjector::Mode::After
                                         : op.mode == FailOp::Mode::Every ? FaultInjector::Mode::Every
                                                                          : FaultInjector::Mode::Off;
        m_machine.faults.arm(engineSite(op.site), mode, op.n);
        const std::string site(faultSiteName(op.site));
        const std::string what =
            mode == FaultInjector::Mode::Off ? site + " no longer fails"
            : mode == FaultInjector::Mode::After
                ? "call " + std::to_string(op.n + 1) + " to " + site + " from now on fails"
                : "every " + std::to_string(op.n) + "th call to " + site + " fails";
        m_machine.recorder.note(Ev::FaultArmed, what);
    }

    void apply(const LeakOp& op)
    {
        const std::uint32_t slot = slotFor(op.var);
        const std::uint64_t addr = m_machine.variables.value[slot];
        m_machine.variables.held.set(slot, 0);
        m_machine.recorder.effect(Ev::VarLeak, m_machine.recorder.intern(op.var), addr);
    }

    void apply(const PurgeOp&) { m_machine.vmalloc.purge(); }

    void apply(const SleepOp& op)
    {
        // msleep() schedules: CPU 0 passes a quiescent state (the others idle), so the grace
        // period the purges' call_rcu() wait for ends, and their callbacks run first.
        m_machine.vmalloc.rcuGracePeriod();
        const std::uint64_t target = m_machine.clock[0] + op.milliseconds * k::HZ / 1000;
        // The "kmemleak" thread scans SECS_FIRST_SCAN (60 s) after boot, then every SECS_SCAN_WAIT (600 s).
        while (m_nextAutoScan <= target) {
            m_machine.clock.set(0, m_nextAutoScan);
            m_machine.recorder.note(Ev::Note, "the kmemleak thread wakes up for its periodic scan");
            m_machine.kmemleak.scan(MachineMemory(m_machine));
            m_nextAutoScan += 600 * k::HZ;
        }
        m_machine.clock.set(0, target);
        m_machine.recorder.effect(Ev::Sleep, op.milliseconds, target);
    }

    void apply(const WriteOp& op)
    {
        const std::uint64_t addr = valueOf(op.var) + op.offset;
        // The CPU, not vmviz, decides: every page written must be mapped by init_mm's tables.
        // The last byte written, saturated: a length running past 2^64 faults at the end of the
        // address space, it does not wrap around to pages that happen to be mapped.
        const std::uint64_t lastByte = op.length - 1 > ~0ull - addr ? ~0ull : addr + op.length - 1;
        const std::uint64_t first = addr & k::PAGE_MASK;
        for (std::uint64_t page = first;; page += k::PAGE_SIZE) {
            const Walk walk = m_machine.tables.translate(VirtAddr{page});
            // A present PTE without _PAGE_RW (PAGE_KERNEL_RO) faults too, with PF_PROT set.
            const bool readOnly =
                walk.physAddr && !walk.steps.empty() && !(walk.steps.back().entry & k::_PAGE_RW);
            if (walk.physAddr && !readOnly) {
                if (page >= (lastByte & k::PAGE_MASK))
                    break;
                continue;
            }
            const std::uint64_t faulting = std::max(page, addr);
            // dump_pagetable() walks CR3, the task's own PGD. Kernel addresses read the same
            // entries as init_mm's (vmalloc_fault() copied the PGD entry first); user addresses
            // walk the task's tables, which the model only sketches.
            std::vector<std::uint64_t> entries;
            if (faulting >= kKernelSpaceStart)
                for (const WalkStep& s : walk.steps)
                    entries.push_back(s.entry);
            else
                entries = m_machine.text.userWalk(faulting);
            const std::uint8_t fill = op.byteAt(faulting - addr);
            auto lines = m_machine.text.oopsModuleWrite(
                faulting, m_machine.text.dumpPagetable(entries, m_machine.tables.pagingLevels()),
                m_callerOffset, addr, lastByte - faulting + 1, fill, readOnly);
            lines.push_back("vmviz: " + exports::classifyAddress(m_machine, VirtAddr{faulting}));
            m_machine.recorder.printk(Ev::Oops, lines.front(), lines);
            throw TaskKilled{};
        }
        m_machine.contents.write(addr, op.length, op.bytes.empty() ? std::vector<std::uint8_t>{0} : op.bytes);
        m_machine.recorder.effect(Ev::Write, addr, op.length);
        if (const auto area = m_machine.vmalloc.areaContaining(addr);
            area && (m_machine.vmalloc.area(*area).vaFlags & k::VM_LAZY_FREE))
            m_machine.recorder.note(Ev::Note,
                                    "use after free: the area was vfree'd, but 2.6.36 leaves its PTEs until "
                                    "the purge, so the write lands silently in pages that are free again");
    }

    void apply(const KmemleakOp& op)
    {
        switch (op.command) {
        case KmemleakOp::Command::Scan:
            // The scan is written from another task while this one waits: a grace period passes.
            m_machine.vmalloc.rcuGracePeriod();
            m_machine.kmemleak.scan(MachineMemory(m_machine));
            break;
        case KmemleakOp::Command::Clear:
            m_machine.kmemleak.clear();
            break;
        case KmemleakOp::Command::Dump: {
            const std::uint64_t addr = op.var.empty() ? op.address : valueOf(op.var);
            const auto lines = exports::kmemleakDump(m_machine, VirtAddr{addr});
            m_machine.recorder.printk(Ev::LogLine, lines.front(), lines);
            break;
        }
        }
    }

    /// The kmemleak thread's first scan after `now`: SECS_FIRST_SCAN (60 s) after boot, then every
    /// SECS_SCAN_WAIT (600 s); the ones before the scenario started have run already.
    static std::uint64_t firstAutoScan(std::uint64_t now)
    {
        std::uint64_t next = k::INITIAL_JIFFIES + 60 * k::HZ;
        if (next <= now)
            next += (now - next) / (600 * k::HZ) * (600 * k::HZ) + 600 * k::HZ;
        return next;
    }

    Machine& m_machine;
    std::map<std::string, std::uint32_t> m_slots;
    std::uint64_t m_nextAutoScan;
    std::uint32_t m_callerOffset = 0;
};

struct InvariantBroken
{
    std::string message;
};

InvariantChecks effectiveChecks(InvariantChecks requested, const MachineConfig& config)
{
    if (requested != InvariantChecks::Default)
        return requested;
#ifdef VMVIZ_CHECK_INVARIANTS
    return config.ramBytes <= (256ull << 20) ? InvariantChecks::EveryStep : InvariantChecks::Operations;
#else
    (void)config;
    return InvariantChecks::Off;
#endif
}

void enforce(const Machine& machine, std::uint64_t step, InvariantScope scope)
{
    const auto broken = checkInvariants(machine, scope);
    if (broken.empty())
        return;
    std::string message = "step " + std::to_string(step) + ": invariant broken: " + broken.front().toString();
    for (std::size_t i = 1; i < broken.size(); ++i)
        message += "\n  and " + broken[i].toString();
    throw InvariantBroken{message};
}

std::string humanBytes(std::uint64_t bytes)
{
    const double gib = static_cast<double>(bytes) / static_cast<double>(std::uint64_t{1} << 30);
    if (gib >= 1)
        return fmt::printf("%.1f GiB", gib);
    return fmt::printf("%.1f MiB", static_cast<double>(bytes) / static_cast<double>(std::uint64_t{1} << 20));
}

/// Trace bytes a page costs, measured on the seed and the 513-page run (about 670 B: docs/performance.md
/// figure 2), rounded up so that the estimate errs on the side of stopping early.
constexpr std::uint64_t kTraceBytesPerPage = 1024;

} // namespace

std::uint64_t recordedTraceBytes(const Machine& machine)
{
    return machine.trace.stepBytesUsed() + machine.journal.storageBytesUsed();
}

std::uint64_t estimatedTraceBytes(const Machine& machine, const Operation& op)
{
    if (const auto* alloc = std::get_if<AllocOp>(&op.op)) // more pages than RAM: NULL at once
        return (std::min(alloc->size / k::PAGE_SIZE, machine.phys.totalramPages()) + 1) * kTraceBytesPerPage;
    if (const auto* sleep = std::get_if<SleepOp>(&op.op)) {
        // One kmemleak scan per 600 s slept, each touching every object a few times.
        const std::uint64_t scans = sleep->milliseconds / 600000 + 1;
        return scans * (machine.kmemleak.liveCount() + 1) * 256;
    }
    return 0; // vfree and purge free what earlier lines recorded; the after-line check covers them
}

RunResult runScenario(const Scenario& scenario, const RunOptions& options)
{
    return runScenarioOn(scenario, machineConfigFor(scenario), options);
}

RunResult runScenarioOn(const Scenario& scenario, const MachineConfig& config, const RunOptions& options)
{
    RunResult result;
    if (std::string problem = validateConfig(config); !problem.empty()) {
        result.error = scenario.name + ": " + problem;
        return result;
    }
    result.machine = std::make_unique<Machine>(config);
    Machine& machine = *result.machine;
    const InvariantChecks checks = effectiveChecks(options.invariants, config);
    machine.recorder.setAfterStep([&machine, &options, checks](std::uint64_t step) {
        if (checks == InvariantChecks::EveryStep)
            enforce(machine, step,
                    isQuiescent(machine, step) ? InvariantScope::Quiescent : InvariantScope::EveryStep);
        if (options.afterStep)
            options.afterStep(machine, step);
    });
    // kmemleak_free's "Found object by alias" block is formatted by the exporters, which sit
    // above the machine; the runner, above both, connects them.
    machine.kmemleak.setAliasReport([&machine](std::uint64_t pointer, const KmemleakObject& object) {
        return exports::kmemleakFreeAliasReport(machine, pointer, object);
    });
    machine.startRecording();
    Runner runner(machine);
    const std::size_t total = scenario.operations.size();
    const auto overLimit = [&](const Operation& op, std::uint64_t bytes, bool before) {
        result.error = op.where.file + ":" + std::to_string(op.where.line) + ": " +
                       (before ? "this line would take the recorded trace to about "
                               : "with this line the recorded trace reached ") +
                       humanBytes(bytes) + " (" + std::to_string(machine.trace.size()) +
                       " steps so far); the limit is " + humanBytes(options.maxTraceBytes) +
                       ": raise it with --max-trace-memory SIZE, or make the scenario smaller";
    };
    // A chapter step sits at depth 0 before its first line's frame, so playback can stop on it.
    std::size_t nextChapter = 0;
    const auto startChapters = [&](std::size_t operation) {
        for (; nextChapter < scenario.chapters.size() &&
               scenario.chapters[nextChapter].firstOperation <= operation;
             ++nextChapter)
            machine.recorder.effect(
                Ev::Chapter, machine.recorder.intern(scenario.chapters[nextChapter].title), nextChapter + 1);
    };
    try {
        for (std::size_t i = 0; i < total; ++i) {
            const Operation& op = scenario.operations[i];
            startChapters(i);
            if (const std::uint64_t expected = recordedTraceBytes(machine) + estimatedTraceBytes(machine, op);
                expected > options.maxTraceBytes) {
                overLimit(op, expected, true);
                break;
            }
            runner.run(op, i);
            if (const std::uint64_t now = recordedTraceBytes(machine); now > options.maxTraceBytes) {
                overLimit(op, now, false);
                break;
            }
            if (checks == InvariantChecks::Operations)
                enforce(machine, machine.trace.size(), InvariantScope::Quiescent);
            if (options.progress && !options.progress(i + 1, total)) {
                result.cancelled = true;
                break;
            }
        }
        if (result.error.empty() && !result.cancelled)
            startChapters(total);
    } catch (const InvariantBroken& broken) {
        result.error = scenario.name + ": " + broken.message;
    } catch (const std::bad_alloc&) {
        result.error = scenario.name + ": out of memory after " + std::to_string(machine.trace.size()) +
                       " recorded steps; lower --max-trace-memory or make the scenario smaller";
        result.machine.reset();
        return result;
    }
    machine.recorder.setAfterStep({});
    if (!result.error.empty() && result.error.find(": invariant broken: ") == std::string::npos) {
        result.machine
            .reset(); // a run stopped at its limit: the error is the scenario's, as a parse error is
        return result;
    }
    machine.finishRecording();
    return result;
}

RunResult runScenarioText(std::string_view text, std::string_view fileName, const RunOptions& options)
{
    ParseResult parsed = parseScenario(text, fileName);
    if (!parsed.ok()) {
        RunResult result;
        for (const ParseError& e : parsed.errors) {
            result.error += e.toString();
            result.error += '\n';
        }
        return result;
    }
    return runScenario(*parsed.scenario, options);
}

} // namespace vmviz::scenario
