// SPDX-License-Identifier: GPL-2.0-only
#include "slab/Slab.h"

#include "base/Constants.h"
#include "base/Format.h"

#include <bit>
#include <cassert>

namespace vmviz {

namespace {
constexpr std::array<std::uint32_t, kKmallocCacheCount> kSizes = {8,   16,  32,   64,   96,   128, 192,
                                                                  256, 512, 1024, 2048, 4096, 8192};
constexpr unsigned kSlubMaxOrder = 3; // PAGE_ALLOC_COSTLY_ORDER
constexpr unsigned kMinPartial = 5;
constexpr unsigned kMaxPartial = 10;

unsigned fls(std::uint64_t x)
{
    return x == 0 ? 0 : static_cast<unsigned>(std::bit_width(x));
}

// slab_order() and calculate_order() of mm/slub.c.
unsigned slabOrder(std::uint64_t size, std::uint64_t minObjects, unsigned maxOrder,
                   std::uint64_t fractLeftover)
{
    int first = static_cast<int>(fls(minObjects * size - 1)) - static_cast<int>(k::PAGE_SHIFT);
    unsigned order = first > 0 ? static_cast<unsigned>(first) : 0;
    for (; order <= maxOrder; ++order) {
        const std::uint64_t slabSize = k::PAGE_SIZE << order;
        if (slabSize < minObjects * size)
            continue;
        if (slabSize % size <= slabSize / fractLeftover)
            break;
    }
    return order;
}

unsigned calculateOrder(std::uint64_t size, unsigned cpus)
{
    std::uint64_t minObjects = 4 * (fls(cpus) + 1);
    const std::uint64_t maxObjects = (k::PAGE_SIZE << kSlubMaxOrder) / size;
    minObjects = std::min(minObjects, maxObjects);
    while (minObjects > 1) {
        for (std::uint64_t fraction = 16; fraction >= 4; fraction /= 2) {
            const unsigned order = slabOrder(size, minObjects, kSlubMaxOrder, fraction);
            if (order <= kSlubMaxOrder)
                return order;
        }
        --minObjects;
    }
    return slabOrder(size, 1, kSlubMaxOrder, 1);
}
} // namespace

std::string_view kmallocCacheName(unsigned index)
{
    static const std::array<std::string, kKmallocCacheCount> names = [] {
        std::array<std::string, kKmallocCacheCount> n;
        for (unsigned i = 0; i < kKmallocCacheCount; ++i)
            n[i] = "kmalloc-" + std::to_string(kSizes[i]);
        return n;
    }();
    if (index == kVmapAreaCache)
        return "vmap_area";
    if (index == kLargeKmalloc)
        return "kmalloc_large";
    return index < kKmallocCacheCount ? std::string_view(names[index]) : std::string_view("?");
}

Slab::Slab(Journal& journal, Recorder& recorder, PhysicalMemory& phys, Kmemleak& kmemleak)
    : m_recorder(recorder), m_phys(phys), m_kmemleak(kmemleak),
      m_cpuSlab(journal, MachinePart::SlubCaches, "slub.cpu_slab"),
      m_cpuFreelist(journal, MachinePart::SlubCaches, "slub.cpu_freelist"),
      m_nrPartial(journal, MachinePart::SlubCaches, "slub.nr_partial"),
      m_slabPfn(journal, MachinePart::Slabs, "slab.pfn"),
      m_slabCache(journal, MachinePart::Slabs, "slab.cache"),
      m_slabAlive(journal, MachinePart::Slabs, "slab.alive"),
      m_slabFrozen(journal, MachinePart::Slabs, "slab.frozen"),
      m_slabOrder(journal, MachinePart::Slabs, "slab.order"),
      m_slabInuse(journal, MachinePart::Slabs, "slab.inuse"),
      m_slabFreelist(journal, MachinePart::Slabs, "slab.freelist"),
      m_slabFirstSlot(journal, MachinePart::Slabs, "slab.first_slot"),
      m_slabPrev(journal, MachinePart::Slabs, "slab.prev"),
      m_slabNext(journal, MachinePart::Slabs, "slab.next"),
      m_slotNext(journal, MachinePart::SlabObjects, "object.free_pointer"),
      m_slotSlab(journal, MachinePart::SlabObjects, "object.slab"),
      m_slotAllocated(journal, MachinePart::SlabObjects, "object.allocated"),
      m_slotRole(journal, MachinePart::SlabObjects, "object.role"),
      m_slotRef(journal, MachinePart::SlabObjects, "object.ref"),
      m_largePfn(journal, MachinePart::Slabs, "large_kmalloc.pfn"),
      m_largeOrder(journal, MachinePart::Slabs, "large_kmalloc.order"),
      m_largeAlive(journal, MachinePart::Slabs, "large_kmalloc.alive"),
      m_largeSize(journal, MachinePart::Slabs, "large_kmalloc.size"), m_partial(m_slabPrev, m_slabNext)
{
}

void Slab::boot(unsigned cpus, std::uint64_t pageOffset, bool vmapAreaCache)
{
    m_pageOffset = pageOffset;
    m_cacheCount = vmapAreaCache ? kSlabCacheMax : kKmallocCacheCount;
    for (unsigned i = 0; i < m_cacheCount; ++i) {
        KmallocCache& c = m_caches[i];
        // sizeof(struct vmap_area) in 6.18 is 72; KMEM_CACHE aligns it to 8, which 72 already is.
        c.size = i == kVmapAreaCache ? 72 : kSizes[i];
        c.order = calculateOrder(c.size, cpus);
        c.objects = static_cast<std::uint32_t>((k::PAGE_SIZE << c.order) / c.size);
        c.minPartial =
            std::clamp<unsigned>(static_cast<unsigned>(std::bit_width(c.size)) - 1, kMinPartial, kMaxPartial);
        c.name = std::string(kmallocCacheName(i));
    }
    m_cpuSlab.resize(m_cacheCount);
    m_cpuFreelist.resize(m_cacheCount);
    m_nrPartial.resize(m_cacheCount);
    for (auto* column :
         {&m_slabPfn, &m_slabFreelist, &m_slabFirstSlot, &m_slabPrev, &m_slabNext, &m_slabInuse})
        column->resize(m_cacheCount);
    for (auto* column : {&m_slabCache, &m_slabAlive, &m_slabFrozen, &m_slabOrder})
        column->resize(m_cacheCount);
    for (unsigned i = 0; i < m_cacheCount; ++i) {
        m_cpuSlab.initialize(i, kNone32);
        m_cpuFreelist.initialize(i, kNone32);
        m_partial.initHead(i);
    }
}

std::optional<unsigned> Slab::cacheFor(std::uint64_t size)
{
    for (unsigned i = 0; i < kKmallocCacheCount; ++i)
        if (size <= kSizes[i])
            return i;
    return std::nullopt;
}

std::uint64_t Slab::slotAddress(std::uint32_t slot) const
{
    const std::uint32_t slab = m_slotSlab[slot];
    return m_pageOffset + (std::uint64_t{m_slabPfn[slab]} << k::PAGE_SHIFT) +
           std::uint64_t{slot - m_slabFirstSlot[slab]} * m_caches[m_slabCache[slab]].size;
}

std::optional<std::uint32_t> Slab::newSlab(unsigned c, std::uint32_t gfp)
{
    const KmallocCache& cache = m_caches[c];
    const auto slab = static_cast<std::uint32_t>(m_slabPfn.size());
    m_recorder.call(Fn::new_slab, c, cache.order);
    // allocate_slab(): the preferred order without retries first, then the minimum order.
    OwnerTag tag{FrameOwner::Slab, static_cast<std::uint8_t>(c), slab, 0};
    unsigned order = cache.order;
    auto page =
        m_phys.allocPages(gfp | k::__GFP_NOWARN | k::__GFP_NORETRY | (order ? k::__GFP_COMP : 0), order, tag);
    const unsigned minOrder = static_cast<unsigned>(std::bit_width((cache.size - 1) >> k::PAGE_SHIFT));
    if (!page) {
        // Even when the minimum order is the preferred one: the retry drops __GFP_NORETRY, so it
        // may invoke the OOM killer, and it prints the failure the first attempt kept quiet.
        order = minOrder;
        page = m_phys.allocPages(gfp | (order ? k::__GFP_COMP : 0), order, tag);
    }
    if (!page) {
        m_recorder.ret(Fn::new_slab, 0);
        return std::nullopt;
    }
    for (auto* column :
         {&m_slabPfn, &m_slabFreelist, &m_slabFirstSlot, &m_slabPrev, &m_slabNext, &m_slabInuse})
        column->append();
    for (auto* column : {&m_slabCache, &m_slabAlive, &m_slabFrozen, &m_slabOrder})
        column->append();
    const auto objects = static_cast<std::uint32_t>((k::PAGE_SIZE << order) / cache.size);
    const auto first = static_cast<std::uint32_t>(m_slotNext.size());
    for (auto* column : {&m_slotNext, &m_slotSlab, &m_slotRef})
        column->append(objects);
    m_slotAllocated.append(objects);
    m_slotRole.append(objects);
    m_slabPfn.set(slab, static_cast<std::uint32_t>(page->value()));
    m_slabCache.set(slab, static_cast<std::uint8_t>(c));
    m_slabFirstSlot.set(slab, first);
    m_slabOrder.set(slab, static_cast<std::uint8_t>(order));
    m_slabAlive.set(slab, 1);
    m_recorder.effect(Ev::SlabPage, page->value(), order, c);
    // The freelist links the objects in address order; the last one ends it.
    for (std::uint32_t i = 0; i < objects; ++i) {
        m_slotSlab.set(first + i, slab);
        m_slotNext.set(first + i, i + 1 < objects ? first + i + 1 : kNone32);
    }
    m_slabFreelist.set(slab, first);
    m_recorder.effect(Ev::SlabFreelist, page->value(), c, objects);
    m_recorder.ret(Fn::new_slab, page->value());
    return slab;
}

void Slab::loadFreelist(unsigned c, std::uint32_t slab)
{
    // The CPU takes the slab's whole freelist; the page itself then counts every object in use.
    const std::uint32_t head = m_slabFreelist[slab];
    m_cpuSlab.set(c, slab);
    m_slabFrozen.set(slab, 1);
    m_cpuFreelist.set(c, head);
    m_slabInuse.set(slab, m_caches[c].objects);
    m_slabFreelist.set(slab, kNone32);
    std::uint32_t free = 0;
    for (std::uint32_t s = head; s != kNone32; s = m_slotNext[s])
        ++free;
    m_recorder.effect(Ev::SlabCpuSlab, m_slabPfn[slab], c, free);
}

void Slab::addPartial(unsigned c, std::uint32_t slab, bool tail)
{
    m_nrPartial.set(c, m_nrPartial[c] + 1);
    if (tail)
        m_partial.addTail(c, slab);
    else
        m_partial.addHead(c, slab);
}

void Slab::removePartial(unsigned c, std::uint32_t slab)
{
    m_partial.remove(slab);
    m_nrPartial.set(c, m_nrPartial[c] - 1);
}

void Slab::discardSlab(unsigned c, std::uint32_t slab)
{
    m_recorder.call(Fn::discard_slab, c, m_slabPfn[slab]);
    m_slabAlive.set(slab, 0);
    const std::uint64_t pfn = m_slabPfn[slab];
    m_recorder.effect(Ev::SlabPageFreed, pfn, c);
    m_phys.freePages(Pfn{pfn}, m_slabOrder[slab]);
    m_recorder.ret(Fn::discard_slab);
}

void Slab::deactivateSlab(unsigned c)
{
    const std::uint32_t slab = m_cpuSlab[c];
    bool tail = true;
    // Objects left on the CPU freelist go back onto the page's freelist, one at a time.
    while (m_cpuFreelist[c] != kNone32) {
        const std::uint32_t object = m_cpuFreelist[c];
        m_cpuFreelist.set(c, m_slotNext[object]);
        m_slotNext.set(object, m_slabFreelist[slab]);
        m_slabFreelist.set(slab, object);
        m_slabInuse.set(slab, m_slabInuse[slab] - 1);
        tail = false;
    }
    m_cpuSlab.set(c, kNone32);
    m_slabFrozen.set(slab, 0);
    // unfreeze_slab()
    if (m_slabInuse[slab]) {
        if (m_slabFreelist[slab] != kNone32) {
            addPartial(c, slab, tail);
            m_recorder.effect(Ev::SlabPartial, m_slabPfn[slab], c, m_slabInuse[slab]);
        } else {
            m_recorder.effect(Ev::SlabDeactivate, m_slabPfn[slab], c, m_slabInuse[slab]);
        }
    } else if (m_nrPartial[c] < m_caches[c].minPartial) {
        addPartial(c, slab, true);
        m_recorder.effect(Ev::SlabPartial, m_slabPfn[slab], c, 0);
    } else {
        discardSlab(c, slab);
    }
}

std::uint32_t Slab::allocSlow(unsigned c, std::uint32_t gfp)
{
    // __slab_alloc()
    if (m_cpuSlab[c] != kNone32) {
        const std::uint32_t slab = m_cpuSlab[c];
        if (m_slabFreelist[slab] != kNone32) {
            loadFreelist(c, slab);
            return m_cpuFreelist[c];
        }
        deactivateSlab(c);
    }
    if (!m_partial.empty(c)) {
        const std::uint32_t slab = m_partial.first(c);
        removePartial(c, slab);
        loadFreelist(c, slab);
        return m_cpuFreelist[c];
    }
    auto slab = newSlab(c, gfp);
    if (!slab)
        return kNone32;
    loadFreelist(c, *slab);
    return m_cpuFreelist[c];
}

// Models kmalloc_node() and kzalloc_node(), told apart by `entry` for the trace.
std::uint64_t Slab::kmalloc(Fn entry, std::uint64_t size, std::uint32_t gfp, ObjectRole role,
                            std::uint32_t ref, std::uint32_t callerOffset, bool injectFailure)
{
    m_recorder.call(entry, size, gfp);
    const auto c = cacheFor(size);
    assert(c && "the model's kmalloc users never ask for more than 8192 bytes");
    if (injectFailure || !c) {
        if (injectFailure) {
            m_recorder.note(Ev::FaultInjected, functionInfo(entry).name);
            if (AllocFailureReporter* report = m_phys.failureReporter())
                report->failureInjected(FailurePoint::Slab);
        }
        m_recorder.ret(entry, 0);
        return 0;
    }
    return allocFrom(entry, *c, gfp, role, ref, callerOffset);
}

std::uint64_t Slab::cacheAlloc(Fn entry, unsigned cache, std::uint32_t gfp, ObjectRole role,
                               std::uint32_t ref, std::uint32_t callerOffset, bool injectFailure)
{
    assert(cache < m_cacheCount);
    m_recorder.call(entry, cache, gfp);
    if (injectFailure) {
        m_recorder.note(Ev::FaultInjected, functionInfo(entry).name);
        m_recorder.ret(entry, 0);
        return 0;
    }
    return allocFrom(entry, cache, gfp, role, ref, callerOffset);
}

std::uint64_t Slab::allocFrom(Fn entry, unsigned c, std::uint32_t gfp, ObjectRole role, std::uint32_t ref,
                              std::uint32_t callerOffset)
{
    std::uint32_t object = m_cpuFreelist[c];
    if (object == kNone32)
        object = allocSlow(c, gfp);
    if (object == kNone32) {
        // slab_out_of_memory()
        const KmallocCache& cache = m_caches[c];
        const std::string first = fmt::printf("SLUB: Unable to allocate memory on node -1 (gfp=0x%x)", gfp);
        m_recorder.printk(
            Ev::LogLine, first,
            {first, fmt::printf("  cache: %s, object size: %u, buffer size: %u, default order: %u, "
                                "min order: %u",
                                cache.name.c_str(), cache.size, cache.size, cache.order,
                                static_cast<unsigned>(std::bit_width((cache.size - 1) >> k::PAGE_SHIFT)))});
        m_recorder.ret(entry, 0);
        return 0;
    }
    m_cpuFreelist.set(c, m_slotNext[object]);
    m_slotAllocated.set(object, 1);
    m_slotRole.set(object, static_cast<std::uint8_t>(role));
    m_slotRef.set(object, ref);
    const std::uint64_t address = slotAddress(object);
    m_recorder.effect(Ev::SlabObjectAlloc, address, c, m_slabPfn[m_slotSlab[object]]);
    m_kmemleak.alloc(address, m_caches[c].size, 1, TrackedKind::Kmalloc, callerOffset);
    m_recorder.ret(entry, address);
    return address;
}

std::uint32_t Slab::slotOf(std::uint64_t address, const SlabObjectInfo& info) const
{
    const std::uint32_t slab = info.slab;
    return m_slabFirstSlot[slab] + static_cast<std::uint32_t>((address - slotAddress(m_slabFirstSlot[slab])) /
                                                              m_caches[info.cache].size);
}

void Slab::setObjectRole(std::uint64_t address, ObjectRole role, std::uint32_t ref)
{
    const auto info = objectAt(address);
    assert(info && info->allocated);
    if (!info)
        return;
    const std::uint32_t object = slotOf(address, *info);
    m_slotRole.set(object, static_cast<std::uint8_t>(role));
    m_slotRef.set(object, ref);
}

// Models kfree() and kmem_cache_free(), told apart by `entry` for the trace.
void Slab::kfree(std::uint64_t address, Fn entry)
{
    m_recorder.call(entry, address);
    if (address <= 16) { // ZERO_OR_NULL_PTR: NULL or ZERO_SIZE_PTR
        m_recorder.ret(entry);
        return;
    }
    if (const std::uint64_t pfn = (address - m_pageOffset) >> k::PAGE_SHIFT;
        address >= m_pageOffset && pfn < m_phys.frameCount() && m_phys.owner(Pfn{pfn}) == FrameOwner::Slab &&
        m_phys.aux(Pfn{pfn}) == kLargeKmalloc) {
        // virt_to_folio(object) is not a slab: free_large_kmalloc().
        freeLargeKmalloc(address, m_phys.ref(Pfn{pfn}));
        m_recorder.ret(entry);
        return;
    }
    m_kmemleak.free(address);
    auto info = objectAt(address);
    assert(info && info->allocated && info->address == address &&
           "kfree of something the model never kmalloc'ed");
    if (!info) {
        m_recorder.ret(entry);
        return;
    }
    const unsigned c = info->cache;
    const std::uint32_t slab = info->slab;
    const std::uint32_t object = slotOf(address, *info);
    m_slotAllocated.set(object, 0);
    m_slotRole.set(object, 0);
    m_slotRef.set(object, 0);
    m_recorder.effect(Ev::SlabObjectFree, address, c, m_slabPfn[slab]);
    if (slab == m_cpuSlab[c]) {
        m_slotNext.set(object, m_cpuFreelist[c]);
        m_cpuFreelist.set(c, object);
    } else {
        // __slab_free()
        const std::uint32_t prior = m_slabFreelist[slab];
        m_slotNext.set(object, prior);
        m_slabFreelist.set(slab, object);
        m_slabInuse.set(slab, m_slabInuse[slab] - 1);
        if (!m_slabFrozen[slab]) {
            if (m_slabInuse[slab] == 0) {
                if (prior != kNone32)
                    removePartial(c, slab);
                discardSlab(c, slab);
            } else if (prior == kNone32) {
                addPartial(c, slab, true);
                m_recorder.effect(Ev::SlabPartial, m_slabPfn[slab], c, m_slabInuse[slab]);
            }
        }
    }
    m_recorder.ret(entry);
}

std::optional<SlabObjectInfo> Slab::objectAt(std::uint64_t address) const
{
    if (address < m_pageOffset || address - m_pageOffset >= m_phys.frameCount() << k::PAGE_SHIFT)
        return std::nullopt;
    const std::uint64_t pfn = (address - m_pageOffset) >> k::PAGE_SHIFT;
    if (pfn >= m_phys.frameCount() || m_phys.owner(Pfn{pfn}) != FrameOwner::Slab ||
        m_phys.aux(Pfn{pfn}) == kLargeKmalloc)
        return std::nullopt;
    const std::uint32_t slab = m_phys.ref(Pfn{pfn});
    const unsigned c = m_slabCache[slab];
    const std::uint64_t base = m_pageOffset + (std::uint64_t{m_slabPfn[slab]} << k::PAGE_SHIFT);
    const std::uint64_t index = (address - base) / m_caches[c].size;
    const std::uint32_t slot = m_slabFirstSlot[slab] + static_cast<std::uint32_t>(index);
    if (slot >= m_slotSlab.size() || m_slotSlab[slot] != slab)
        return std::nullopt;
    SlabObjectInfo info;
    info.cache = c;
    info.slab = slab;
    info.address = base + index * m_caches[c].size;
    info.allocated = m_slotAllocated[slot] != 0;
    info.role = static_cast<ObjectRole>(m_slotRole[slot]);
    info.ref = m_slotRef[slot];
    return info;
}

std::vector<SlabObjectInfo> Slab::objectsOf(std::uint32_t slab) const
{
    std::vector<SlabObjectInfo> out;
    for (std::uint32_t s = m_slabFirstSlot[slab]; s < m_slotSlab.size() && m_slotSlab[s] == slab; ++s) {
        if (!m_slotAllocated[s])
            continue;
        out.push_back(SlabObjectInfo{m_slabCache[slab], slab, slotAddress(s), true,
                                     static_cast<ObjectRole>(m_slotRole[s]), m_slotRef[s]});
    }
    return out;
}

std::uint64_t Slab::liveObjects() const
{
    std::uint64_t n = 0;
    for (std::size_t s = 0; s < m_slotAllocated.size(); ++s)
        n += m_slotAllocated[s];
    return n;
}

} // namespace vmviz
