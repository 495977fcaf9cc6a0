// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The page allocator's last resort, for the scenario's task: out_of_memory() choosing and
// killing it, the "page allocation failure" report, and the fault injector's own message
// (mm/oom_kill.c, mm/page_alloc.c, lib/fault-inject.c, 2.6.36; the 6.18 profile's layouts come
// from KernelText). The decisions are the
// allocator's (PhysicalMemory); this supplies the task's state and prints the kernel's text.
#include "klog/ShowMem.h"
#include "phys/AllocFailureReporter.h"
#include "trace/Journal.h"

#include <cstdint>

namespace vmviz {

class KernelText;
class PhysicalMemory;
class Recorder;
class Slab;
class Vmalloc;

/// show_mem()'s numbers for the machine as it stands, `cpus` CPUs online (the model's per-CPU
/// lists are CPU 0's; the others' are empty).
ShowMem showMemOf(const PhysicalMemory& phys, unsigned cpus);
/// The slab caches as get_slabinfo() counts them (SLUB: every object of every slab, less the free
/// objects of slabs that are neither full nor the CPU's), for dump_unreclaimable_slab().
std::vector<ShowMem::SlabCacheUse> slabCacheUse(const Slab& slab);

class OutOfMemory final : public AllocFailureReporter
{
public:
    OutOfMemory(Journal& journal, Recorder& recorder, const PhysicalMemory& phys, const Slab& slab,
                KernelText& text, const Vmalloc& vmalloc, unsigned cpus);

    bool taskIsDying() const override { return m_memdie[0] != 0; }
    void outOfMemory(std::uint32_t gfp, unsigned order) override;
    void allocationFailed(std::uint32_t gfp, unsigned order) override;
    void failureInjected(FailurePoint point) override;
    void warnAlloc(std::uint32_t gfp, const std::string& message) override;

private:
    Recorder& m_recorder;
    const PhysicalMemory& m_phys;
    const Slab& m_slab;
    KernelText& m_text;
    const Vmalloc& m_vmalloc;
    unsigned m_cpus;
    Column<std::uint8_t> m_memdie; ///< [0]: the scenario's task has TIF_MEMDIE
};

} // namespace vmviz
