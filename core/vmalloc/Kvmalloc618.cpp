// SPDX-License-Identifier: GPL-2.0-only
// kvmalloc() and kvfree() of Linux 6.18.2 (mm/slub.c; older kernels: mm/util.c): kmalloc first, with
// flags that make a large request give up quietly, and vmalloc (allowed to map 2 MiB pages) only
// when kmalloc failed for more than a page. Line numbers in the comments are 6.18.2's.
#include "vmalloc/Vmalloc.h"

#include "base/Constants.h"

#include <climits>

namespace vmviz {

namespace {
constexpr std::uint64_t kVmAllowHugeVmap = 0x400; // include/linux/vmalloc.h, 6.18

/// kmalloc_gfp_adjust() (l.7058): over a page, no warning, no direct reclaim (the model's
/// __GFP_WAIT; __GFP_RETRY_MAYFAIL would keep it, GFP_KERNEL has none) and no __GFP_NOFAIL.
std::uint32_t kmallocGfpAdjust(std::uint32_t flags, std::uint64_t size)
{
    if (size > k::PAGE_SIZE)
        flags = (flags | k::__GFP_NOWARN) & ~(k::__GFP_WAIT | k::__GFP_NOFAIL);
    return flags;
}
} // namespace

std::uint64_t Vmalloc::kvmalloc(std::uint64_t size)
{
    // kvmalloc(size, GFP_KERNEL) is a macro (include/linux/slab.h:1106): kvmalloc_node(…,
    // NUMA_NO_NODE) → kvmalloc_node_align(_s, 1, …) → __kvmalloc_node_noprof(size, NULL, 1, flags, node).
    const std::uint32_t flags = k::GFP_KERNEL;
    m_recorder.call(Fn::__kvmalloc_node_noprof, size, 1, flags);
    const std::uint32_t kmallocFlags = kmallocGfpAdjust(flags, size);
    if (kmallocFlags != flags)
        m_recorder.effect(Ev::KmallocGfpAdjust, size, kmallocFlags);
    // `fail kmalloc` reaches the slab path, `fail alloc_page` the large one (its compound page).
    std::uint64_t addr =
        m_slab.doKmallocNode618(size, kmallocFlags, m_callerOffset, [this](bool pageAllocator) {
            return m_faults.shouldFail(pageAllocator ? FaultSite::AllocPage : FaultSite::Kmalloc);
        });
    if (addr || size <= k::PAGE_SIZE) {
        if (!addr)
            m_recorder.effect(Ev::KvmallocNoFallback, size);
        m_recorder.ret(Fn::__kvmalloc_node_noprof, addr);
        return addr;
    }
    // gfpflags_allow_blocking(GFP_KERNEL) holds, so vmalloc may be tried.
    if (size > static_cast<std::uint64_t>(INT_MAX)) {
        // WARN_ON_ONCE(!(flags & __GFP_NOWARN)) (l.7124): the model records it, without the WARN block.
        m_recorder.effect(Ev::KvmallocTooBig, size);
        m_recorder.ret(Fn::__kvmalloc_node_noprof, 0);
        return 0;
    }
    m_recorder.effect(Ev::KvmallocFallback, size);
    // __vmalloc_node_range_noprof(size, align, VMALLOC_START, VMALLOC_END, flags, PAGE_KERNEL,
    // VM_ALLOW_HUGE_VMAP, node, __builtin_return_address(0)) (l.7133), with the caller's own flags.
    addr = vmallocNode618(size, 1, flags, kVmAllowHugeVmap, kNone32);
    m_recorder.ret(Fn::__kvmalloc_node_noprof, addr);
    return addr;
}

void Vmalloc::kvfree(std::uint64_t addr)
{
    // kvfree() (l.7150)
    m_recorder.call(Fn::kvfree_addr, addr);
    // is_vmalloc_addr() (mm/vmalloc.c:79): VMALLOC_START <= addr < VMALLOC_END.
    const bool vmallocAddr = addr >= vmallocStart() && addr < m_vmallocEnd;
    m_recorder.effect(Ev::IsVmallocAddr, addr, vmallocAddr ? 1 : 0);
    if (vmallocAddr) {
        vfree618(addr);
    } else if (addr <= 16 || m_slab.isLiveAllocation(addr)) {
        m_slab.kfree(addr);
    } else {
        // A double kfree or a pointer kmalloc never returned: the kernel corrupts its freelists or
        // BUGs somewhere later; the model does not follow it there.
        m_recorder.note(Ev::Note, "kfree of an address that is not a live kmalloc allocation: the kernel "
                                  "would corrupt the slab or hit a BUG; vmviz does not free anything");
    }
    m_recorder.ret(Fn::kvfree_addr);
}

} // namespace vmviz
