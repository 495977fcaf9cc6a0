// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What __alloc_pages_slowpath() does around the page allocator when it gives up, supplied by the
// machine: the allocator makes the decisions (mm/page_alloc.c, 2.6.36), but the task it runs for
// and the kernel's text live above phys.
#include <cstdint>
#include <string>

namespace vmviz {

/// Where the fault injector made an allocation fail.
enum class FailurePoint : std::uint8_t
{
    PageAlloc, ///< should_fail_alloc_page() in __alloc_pages_nodemask (CONFIG_FAIL_PAGE_ALLOC)
    Slab,      ///< should_failslab() in slab_alloc (CONFIG_FAILSLAB)
};

class AllocFailureReporter
{
public:
    virtual ~AllocFailureReporter() = default;
    /// test_thread_flag(TIF_MEMDIE): the OOM killer already chose the running task.
    virtual bool taskIsDying() const = 0;
    /// out_of_memory() (mm/oom_kill.c): dump_header(), the kill, TIF_MEMDIE on the victim.
    virtual void outOfMemory(std::uint32_t gfp, unsigned order) = 0;
    /// nopage: "page allocation failure", dump_stack() and show_mem(); not for __GFP_NOWARN.
    virtual void allocationFailed(std::uint32_t gfp, unsigned order) = 0;
    /// The fault injector failed an allocation on purpose: its own message, not the slowpath's.
    virtual void failureInjected(FailurePoint point) = 0;
    /// warn_alloc(gfp, NULL, message) from a caller of the allocator (6.x's vmalloc errors): the
    /// message with the gfp mode, the cpuset, dump_stack() and show_mem(), in the kernel's layout.
    virtual void warnAlloc(std::uint32_t gfp, const std::string& message) = 0;
};

} // namespace vmviz
