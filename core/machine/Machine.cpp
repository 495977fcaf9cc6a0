// SPDX-License-Identifier: GPL-2.0-only
#include "machine/Machine.h"

#include "base/Constants.h"

#include <algorithm>
#include <cassert>
#include <stdexcept>

namespace vmviz {

std::string validateConfig(const MachineConfig& config)
{
    if (config.ramBytes % k::PAGE_SIZE != 0)
        return "ram must be a multiple of 4 KiB";
    if (config.ramBytes < (32ull << 20))
        return "ram must be at least 32M (the kernel image alone sits at 16 MiB..26 MiB)";
    if (config.ramBytes > (64ull << 30))
        return "ram must be at most 64G";
    if (config.uptimeMicros > MachineConfig::kMaxUptimeMicros)
        return "uptime must be at most a year (31536000 s)";
    if (config.cpus < 1 || config.cpus > 256)
        return "cpus must be between 1 and 256";
    if (config.pagingLevels != 4 && config.pagingLevels != 5)
        return "paging must be 4 or 5 (levels of page tables)";
    const AddressLayout layout = config.layout();
    if (config.vmallocBytes % k::PAGE_SIZE != 0 || config.vmallocBytes < (1ull << 20) ||
        config.vmallocBytes > layout.vmallocEnd - layout.vmallocStart + 1)
        return config.pagingLevels == 5 ? "the vmalloc range must be 1M to 12.5 PiB, in whole pages"
                                        : "the vmalloc range must be 1M to 32 TiB, in whole pages";
    const auto profile = makeKernelProfile(config.profile);
    if (!profile)
        return "unknown kernel profile '" + config.profile + "' (known: " + knownKernelProfiles() + ")";
    if (config.pagingLevels == 5 && !profile->supportsFiveLevelPaging())
        return "paging=5 needs kernel=6.18 (Linux " + config.profile +
               " has 4-level page tables only; 5-level paging came in 4.14)";
    return {};
}

std::uint64_t startJiffies(const MachineConfig& config)
{
    return k::INITIAL_JIFFIES + config.uptimeMicros / (1'000'000 / k::HZ);
}

std::uint64_t printkMicros(const MachineConfig& config, std::uint64_t jiffies)
{
    const std::uint64_t start = startJiffies(config);
    const std::uint64_t ticks = jiffies >= start ? jiffies - start : 0;
    return config.uptimeMicros + ticks * (1'000'000 / k::HZ);
}

namespace {
std::unique_ptr<KernelProfile> profileFor(const MachineConfig& config)
{
    auto p = makeKernelProfile(config.profile);
    if (!p)
        throw std::invalid_argument(validateConfig(config));
    return p;
}

KernelIdentity identityFor(const MachineConfig& config)
{
    KernelIdentity who = config.identity;
    if (const auto p = makeKernelProfile(config.profile)) {
        who.release = std::string(p->release());
        if (p->vmallocPath() == VmallocPath::Linux618)
            who.layout = TextLayout::Linux6;
    }
    return who;
}
} // namespace

Machine::Machine(MachineConfig config)
    : recorder(journal, trace), clock(journal, MachinePart::Clock, "jiffies"), phys(journal, recorder),
      kmemleak(journal, recorder, clock), slab(journal, recorder, phys, kmemleak),
      tables(journal, recorder, phys), text(identityFor(config), config.ramBytes),
      profile(profileFor(config)),
      vmalloc(journal, recorder, phys, slab, tables, kmemleak, *profile, faults, text, config.cpus,
              config.layout().vmallocStart + config.vmallocBytes - 1),
      oom(journal, recorder, phys, slab, text, vmalloc, config.cpus), variables(journal), contents(journal),
      m_config(std::move(config))
{
    const std::string problem = validateConfig(m_config);
    if (!problem.empty())
        throw std::invalid_argument(problem);
    clock.resize(1);
    clock.initialize(0, startJiffies(m_config));
    recorder.setClock(&clock);
    phys.setFailureReporter(&oom);
    phys.setPcpScheme(profile->autoTunedPcp() ? PcpScheme::Linux618 : PcpScheme::Linux2636, m_config.cpus);
    phys.boot(m_config.ramBytes, Pfn{kPgdPfn});
    tables.boot(Pfn{kPgdPfn}, m_config.layout(), vmalloc.vmallocEnd(), profile->preallocatesVmallocTables());
    phys.setupPerCpuPagesets();
    slab.boot(m_config.cpus, m_config.layout().pageOffset, profile->vmapAreaCache());
    // The scenario's task was forked before the scenario began: dup_task_struct() took its stack
    // from the buddy allocator (alloc_thread_info(): __get_free_pages(THREAD_FLAGS, THREAD_ORDER),
    // kernel/fork.c and arch/x86/include/asm/thread_info.h, 2.6.36), thread_info at its base.
    // Linux 6.x stacks are vmalloc'ed (CONFIG_VMAP_STACK), which that profile does not model.
    if (profile->vmallocPath() == VmallocPath::Linux2636)
        if (const auto stack = phys.takeAtBoot(
                k::THREAD_ORDER, OwnerTag{FrameOwner::KernelStack, 0, m_config.identity.pid, 0}))
            text.setThreadInfo(m_config.layout().pageOffset + (stack->value() << k::PAGE_SHIFT));
    rebuildChangeLayout();
}

void Machine::startRecording()
{
    recorder.setRecording(true);
}

void Machine::finishRecording()
{
    recorder.setRecording(false);
    m_position = trace.size();
    buildCheckpoints();
}

std::size_t Machine::checkpointBytes() const
{
    std::size_t bytes = m_checkpoints.capacity() * sizeof(Checkpoint);
    for (const Checkpoint& c : m_checkpoints)
        bytes += c.state.byteSize();
    return bytes;
}

void Machine::buildCheckpoints(std::uint64_t interval, std::uint64_t restoreCost)
{
    const std::uint64_t cursor = m_position;
    seek(StepIndex{trace.size()});
    rebuildChangeLayout();
    m_checkpoints.clear();
    m_checkpointInterval = 0;
    std::size_t stateBytes = 0;
    for (const ColumnBase* column : journal.columns())
        stateBytes += column->byteSize();
    // By default one checkpoint per 4 M deltas (a seek then replays at most about 2 M, a few ms),
    // or per twice the machine state in bytes if that is more, so that checkpoints never take more
    // than 1/16 of the delta log (about 8 bytes a delta).
    if (interval == 0)
        interval = std::max<std::uint64_t>(std::uint64_t{1} << 22, 2 * stateBytes);
    const std::uint64_t deltas = journal.size();
    if (deltas <= interval) {
        seek(StepIndex{cursor});
        return; // every seek is short already
    }
    m_checkpointInterval = interval;
    // A restore costs about one pass over the state (copy plus re-filling derived indices);
    // counted as deltas, it is worth replaying that many instead.
    m_restoreCost = restoreCost ? restoreCost : std::max<std::uint64_t>(stateBytes / 2, 1);

    // Positions (ascending) whose deltaEnd is the first to reach k * interval, then the end.
    std::vector<std::uint64_t> positions{0};
    for (std::uint64_t k = 1; k * interval < deltas; ++k) {
        std::uint64_t lo = positions.back();
        std::uint64_t hi = trace.size();
        while (lo < hi) {
            const std::uint64_t mid = lo + (hi - lo) / 2;
            if (trace.deltaEnd(mid) >= k * interval)
                hi = mid;
            else
                lo = mid + 1;
        }
        if (lo > positions.back() && lo < trace.size())
            positions.push_back(lo);
    }
    positions.push_back(trace.size());

    // One backward sweep from the end, capturing on the way; then back to the end by restoring.
    m_checkpoints.resize(positions.size());
    std::uint64_t at = m_position;
    for (std::size_t i = positions.size(); i > 0; --i) {
        const std::uint64_t p = positions[i - 1];
        journal.undo(trace.deltaEnd(p), trace.deltaEnd(at));
        at = p;
        m_checkpoints[i - 1].position = p;
        m_checkpoints[i - 1].deltaEnd = trace.deltaEnd(p);
        journal.capture(m_checkpoints[i - 1].state);
    }
    journal.restore(m_checkpoints.back().state);
    seek(StepIndex{cursor});
}

void Machine::seek(StepIndex targetStep)
{
    std::uint64_t target = targetStep.value();
    if (target > trace.size())
        target = trace.size();
    if (target == m_position)
        return;
    const std::uint64_t targetEnd = trace.deltaEnd(target);
    std::uint64_t from = m_position;
    std::uint64_t fromEnd = trace.deltaEnd(from);
    if (!m_checkpoints.empty()) {
        // The nearest checkpoint on either side of the target; restore it when that replays less.
        auto it = std::lower_bound(m_checkpoints.begin(), m_checkpoints.end(), target,
                                   [](const Checkpoint& c, std::uint64_t p) { return c.position < p; });
        const Checkpoint* best = nullptr;
        std::uint64_t bestCost = fromEnd > targetEnd ? fromEnd - targetEnd : targetEnd - fromEnd;
        const auto consider = [&](const Checkpoint& c) {
            const std::uint64_t cost =
                m_restoreCost + (c.deltaEnd > targetEnd ? c.deltaEnd - targetEnd : targetEnd - c.deltaEnd);
            if (cost < bestCost) {
                bestCost = cost;
                best = &c;
            }
        };
        if (it != m_checkpoints.end())
            consider(*it);
        if (it != m_checkpoints.begin())
            consider(*(it - 1));
        if (best) {
            journal.restore(best->state);
            ++m_restores;
            from = best->position;
            fromEnd = best->deltaEnd;
        }
    }
    if (target > from)
        journal.redo(fromEnd, targetEnd);
    else if (target < from)
        journal.undo(targetEnd, fromEnd);
    m_position = target;
}

} // namespace vmviz
