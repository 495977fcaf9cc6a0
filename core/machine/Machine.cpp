#include "machine/Machine.h"

#include "base/Constants.h"

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
    if (config.cpus < 1 || config.cpus > 256)
        return "cpus must be between 1 and 256";
    if (!makeKernelProfile(config.profile))
        return "unknown kernel profile '" + config.profile + "' (known: 2.6.36)";
    return {};
}

namespace {
std::unique_ptr<KernelProfile> profileFor(const MachineConfig& config)
{
    auto p = makeKernelProfile(config.profile);
    if (!p)
        throw std::invalid_argument(validateConfig(config));
    return p;
}
} // namespace

Machine::Machine(MachineConfig config)
    : recorder(journal, trace), clock(journal, "jiffies"), phys(journal, recorder),
      kmemleak(journal, recorder, clock), slab(journal, recorder, phys, kmemleak), tables(journal, recorder, phys),
      text(config.identity), profile(profileFor(config)),
      vmalloc(journal, recorder, phys, slab, tables, kmemleak, *profile, faults, text, config.cpus),
      variables(journal), contents(journal), m_config(std::move(config))
{
    const std::string problem = validateConfig(m_config);
    if (!problem.empty())
        throw std::invalid_argument(problem);
    clock.resize(1);
    clock.initialize(0, k::INITIAL_JIFFIES);
    recorder.setClock(&clock);
    phys.boot(m_config.ramBytes, Pfn{kPgdPfn});
    tables.boot(Pfn{kPgdPfn});
    slab.boot(m_config.cpus);
}

void Machine::startRecording() { recorder.setRecording(true); }

void Machine::finishRecording()
{
    recorder.setRecording(false);
    m_position = trace.size();
}

void Machine::seek(std::uint64_t target)
{
    if (target > trace.size())
        target = trace.size();
    const auto deltaEndAt = [this](std::uint64_t p) { return trace.deltaEnd(p); };
    if (target > m_position)
        journal.redo(deltaEndAt(m_position), deltaEndAt(target));
    else if (target < m_position)
        journal.undo(deltaEndAt(target), deltaEndAt(m_position));
    m_position = target;
}

} // namespace vmviz
