// SPDX-License-Identifier: GPL-2.0-only
// The kmalloc entry 6.18's kvmalloc inlines (__do_kmalloc_node) and kmalloc_large: a size over
// KMALLOC_MAX_CACHE_SIZE (8192 with 4 KiB pages) skips the caches and takes a compound page of
// get_order(size) straight from the page allocator (mm/slub.c:5579 ___kmalloc_large_node); kfree
// finds the folio is not a slab and gives the page back (mm/slub.c:6756 free_large_kmalloc).
#include "base/Constants.h"
#include "slab/Slab.h"

#include <bit>

namespace vmviz {

namespace {
constexpr std::uint64_t kKmallocMaxCacheSize = 8192; // 1 << KMALLOC_SHIFT_HIGH, PAGE_SHIFT + 1
constexpr std::uint64_t kZeroSizePtr = 16;           // ZERO_SIZE_PTR, include/linux/slab.h

unsigned getOrder(std::uint64_t size)
{
    const std::uint64_t pages = (size + k::PAGE_SIZE - 1) >> k::PAGE_SHIFT;
    return static_cast<unsigned>(std::bit_width(pages - 1));
}
} // namespace

void Slab::noteInjected(const char* where, FailurePoint point, std::uint32_t gfp)
{
    m_recorder.note(Ev::FaultInjected, where);
    // FAULT_NOWARN under __GFP_NOWARN (mm/failslab.c:43, mm/fail_page_alloc.c:41): no printk then.
    if (AllocFailureReporter* report = m_phys.failureReporter(); report && !(gfp & k::__GFP_NOWARN))
        report->failureInjected(point);
}

std::uint64_t Slab::doKmallocNode618(std::uint64_t size, std::uint32_t gfp, std::uint32_t callerOffset,
                                     const std::function<bool(bool pageAllocator)>& shouldInject)
{
    m_recorder.call(Fn::__do_kmalloc_node, size, gfp);
    if (size > kKmallocMaxCacheSize) {
        const std::uint64_t address = kmallocLarge618(size, gfp, callerOffset, shouldInject);
        m_recorder.ret(Fn::__do_kmalloc_node, address);
        return address;
    }
    if (size == 0) {
        m_recorder.note(Ev::Note, "size 0: kmalloc returns ZERO_SIZE_PTR (0x10), which is not NULL but must "
                                  "never be dereferenced");
        m_recorder.ret(Fn::__do_kmalloc_node, kZeroSizePtr);
        return kZeroSizePtr;
    }
    if (shouldInject(false)) {
        // should_failslab(), from slab_pre_alloc_hook() in slab_alloc_node().
        noteInjected("slab_alloc_node", FailurePoint::Slab, gfp);
        m_recorder.ret(Fn::__do_kmalloc_node, 0);
        return 0;
    }
    // allocFrom records the return.
    return allocFrom(Fn::__do_kmalloc_node, *cacheFor(size), gfp, ObjectRole::None, 0, callerOffset);
}

std::uint64_t Slab::kmallocLarge618(std::uint64_t size, std::uint32_t gfp, std::uint32_t callerOffset,
                                    const std::function<bool(bool pageAllocator)>& shouldInject)
{
    // __kmalloc_large_node_noprof() (l.5620) → ___kmalloc_large_node() (l.5579)
    m_recorder.call(Fn::__kmalloc_large_node_noprof, size, gfp);
    const unsigned order = getOrder(size);
    gfp |= k::__GFP_COMP;
    if (order >= k::MAX_ORDER) {
        // __alloc_frozen_pages_noprof(): WARN_ON_ONCE_GFP(order > MAX_PAGE_ORDER, gfp) → NULL.
        m_recorder.effect(Ev::KmallocOrderTooBig, order, gfp);
        m_recorder.ret(Fn::__kmalloc_large_node_noprof, 0);
        return 0;
    }
    if (shouldInject(true)) {
        // should_fail_alloc_page(), from prepare_alloc_pages(): NULL before any free list is looked at.
        noteInjected("__alloc_frozen_pages_noprof", FailurePoint::PageAlloc, gfp);
        m_recorder.ret(Fn::__kmalloc_large_node_noprof, 0);
        return 0;
    }
    const auto id = static_cast<std::uint32_t>(m_largePfn.size());
    const auto page = m_phys.allocPages(gfp, order, OwnerTag{FrameOwner::Slab, kLargeKmalloc, id, 0});
    if (!page) {
        m_recorder.ret(Fn::__kmalloc_large_node_noprof, 0);
        return 0;
    }
    m_largePfn.append();
    m_largeOrder.append();
    m_largeAlive.append();
    m_largeSize.append();
    m_largePfn.set(id, static_cast<std::uint32_t>(page->value()));
    m_largeOrder.set(id, static_cast<std::uint8_t>(order));
    m_largeAlive.set(id, 1);
    m_largeSize.set(id, size);
    m_recorder.effect(Ev::KmallocLarge, page->value(), order, size);
    const std::uint64_t address = m_pageOffset + (page->value() << k::PAGE_SHIFT);
    // kmemleak_alloc(ptr, size, 1, flags): the requested size, not the page's.
    m_kmemleak.alloc(address, size, 1, TrackedKind::Kmalloc, callerOffset);
    m_recorder.ret(Fn::__kmalloc_large_node_noprof, address);
    return address;
}

void Slab::freeLargeKmalloc(std::uint64_t address, std::uint32_t large)
{
    const unsigned order = m_largeOrder[large];
    const std::uint64_t pfn = m_largePfn[large];
    m_recorder.call(Fn::free_large_kmalloc, address, order);
    m_kmemleak.free(address);
    m_largeAlive.set(large, 0);
    m_recorder.effect(Ev::KmallocLargeFree, pfn, order);
    m_phys.freePages(Pfn{pfn}, order);
    m_recorder.ret(Fn::free_large_kmalloc);
}

bool Slab::isLiveAllocation(std::uint64_t address) const
{
    if (const auto info = objectAt(address))
        return info->allocated && info->address == address;
    for (const LargeKmallocInfo& large : largeKmallocs())
        if (large.address == address)
            return true;
    return false;
}

std::vector<LargeKmallocInfo> Slab::largeKmallocs() const
{
    std::vector<LargeKmallocInfo> out;
    for (std::uint32_t id = 0; id < m_largeAlive.size(); ++id)
        if (m_largeAlive[id])
            out.push_back(LargeKmallocInfo{m_pageOffset + (std::uint64_t{m_largePfn[id]} << k::PAGE_SHIFT),
                                           m_largeSize[id], m_largePfn[id], m_largeOrder[id]});
    return out;
}

} // namespace vmviz
