// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Enough of SLUB (mm/slub.c, 2.6.36) for vmalloc's kzalloc_node/kmalloc_node/kfree: the kmalloc-8 …
// kmalloc-8192 caches, slab pages from the buddy allocator, CPU 0's active slab with its lockless
// freelist, the node partial list, and kmemleak hooks (min_count 1, size = the cache object size).
// For 6.18's kvmalloc also kmalloc_large: sizes over 8192 as compound pages of their own (SlabLarge.cpp).
#include "base/Types.h"
#include "kmemleak/Kmemleak.h"
#include "phys/PhysicalMemory.h"
#include "trace/IntrusiveList.h"

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vmviz {

struct KmallocCache
{
    std::uint32_t size = 0;
    unsigned order = 0;        ///< calculate_order()
    std::uint32_t objects = 0; ///< objects per slab
    unsigned minPartial = 0;
    std::string name;
};

inline constexpr unsigned kKmallocCacheCount = 13;
/// The 6.x kmem_cache "vmap_area" (mm/vmalloc.c: vmalloc_init), booted after the kmalloc caches
/// when the kernel profile asks for it.
inline constexpr unsigned kVmapAreaCache = kKmallocCacheCount;
inline constexpr unsigned kSlabCacheMax = kKmallocCacheCount + 1;
/// The aux byte of a frame that belongs to a large kmalloc (6.x kmalloc_large: a size over
/// KMALLOC_MAX_CACHE_SIZE gets a compound page of its own, no slab and no cache). Such frames are
/// tagged FrameOwner::Slab, since 6.18 counts them in NR_SLAB_UNRECLAIMABLE_B, with ref = the large
/// kmalloc's id; the folio is not PageSlab, which is how kfree tells it from a slab.
inline constexpr std::uint8_t kLargeKmalloc = 0xff;
/// "kmalloc-64" for cache index 3, "vmap_area" for kVmapAreaCache, "kmalloc_large" for kLargeKmalloc.
std::string_view kmallocCacheName(unsigned index);

/// One live large kmalloc.
struct LargeKmallocInfo
{
    std::uint64_t address = 0;
    std::uint64_t size = 0; ///< as requested (kmemleak's object size)
    std::uint64_t pfn = 0;
    unsigned order = 0;
};

/// What a slab object holds, for the views and linked selection.
enum class ObjectRole : std::uint8_t
{
    None,
    VmStruct,
    VmapArea,
    PageArray,
    /// A 6.x vmap_area describing free space (a free_vmap_area_root node) or the per-CPU
    /// ne_fit_preload_node spare; `ref` is its free-block id, or kNone32 for the spare.
    FreeVmapArea
};

struct SlabObjectInfo
{
    unsigned cache = 0;
    std::uint32_t slab = 0;
    std::uint64_t address = 0; ///< start of the object
    bool allocated = false;
    ObjectRole role = ObjectRole::None;
    std::uint32_t ref = 0; ///< area id for the roles above
};

class Slab
{
public:
    Slab(Journal& journal, Recorder& recorder, PhysicalMemory& phys, Kmemleak& kmemleak);

    /// `pageOffset` is page_offset_base, where the direct map (and so every object) starts.
    /// `vmapAreaCache`: also create the 6.x kmem_cache "vmap_area" (72-byte objects).
    void boot(unsigned cpus, std::uint64_t pageOffset = k::PAGE_OFFSET, bool vmapAreaCache = false);
    /// The caches booted: the kmalloc ones, then "vmap_area" if asked for.
    unsigned cacheCount() const { return m_cacheCount; }
    /// Slab ids run from here (the ids below are the caches' partial-list heads).
    std::uint32_t firstSlabId() const { return m_cacheCount; }
    const KmallocCache& cache(unsigned index) const { return m_caches[index]; }
    /// kmalloc_index(): the cache serving `size` bytes, or nullopt above 8192.
    static std::optional<unsigned> cacheFor(std::uint64_t size);

    /// kmalloc_node / kzalloc_node (`entry` says which): records its call and return. Returns the
    /// object's address or 0. `injectFailure` makes it fail as an exhausted allocator would.
    std::uint64_t kmalloc(Fn entry, std::uint64_t size, std::uint32_t gfp, ObjectRole role, std::uint32_t ref,
                          std::uint32_t callerOffset, bool injectFailure);
    /// kmem_cache_alloc_node(cache, gfp) (`entry` names it in the trace): as kmalloc, from the
    /// cache `cache` itself.
    std::uint64_t cacheAlloc(Fn entry, unsigned cache, std::uint32_t gfp, ObjectRole role, std::uint32_t ref,
                             std::uint32_t callerOffset, bool injectFailure);
    /// __do_kmalloc_node() as 6.18 inlines it into __kvmalloc_node_noprof (mm/slub.c:5631): size 0
    /// gives ZERO_SIZE_PTR, a size over KMALLOC_MAX_CACHE_SIZE goes to __kmalloc_large_node_noprof,
    /// the rest to its kmalloc cache. Returns the address or 0. `shouldInject(pageAllocator)` is asked
    /// once where the kernel's fault injection would be: should_failslab (false) on the slab path,
    /// should_fail_alloc_page (true) on the large path; true makes that step fail.
    std::uint64_t doKmallocNode618(std::uint64_t size, std::uint32_t gfp, std::uint32_t callerOffset,
                                   const std::function<bool(bool pageAllocator)>& shouldInject);
    /// kfree, or kmem_cache_free when `entry` says so: records its call and return. kfree of a large
    /// kmalloc frees its compound page (free_large_kmalloc).
    void kfree(std::uint64_t address, Fn entry = Fn::kfree);
    /// kfree(address) would free a live allocation: a slab object's start or a large kmalloc's.
    bool isLiveAllocation(std::uint64_t address) const;
    /// The live large kmallocs, by id.
    std::vector<LargeKmallocInfo> largeKmallocs() const;
    /// The object's role and ref change (a 6.x vmap_area turning into a free-space node).
    void setObjectRole(std::uint64_t address, ObjectRole role, std::uint32_t ref);

    std::optional<SlabObjectInfo> objectAt(std::uint64_t address) const;
    std::uint64_t slabPfn(std::uint32_t slab) const { return m_slabPfn[slab]; }
    unsigned slabCache(std::uint32_t slab) const { return m_slabCache[slab]; }
    std::uint32_t slabInuse(std::uint32_t slab) const { return m_slabInuse[slab]; }
    /// Slab ids run from kKmallocCacheCount (the ids below are the caches' partial-list heads).
    std::uint32_t slabCount() const { return static_cast<std::uint32_t>(m_slabPfn.size()); }
    bool slabAlive(std::uint32_t slab) const { return m_slabAlive[slab] != 0; }
    unsigned slabOrder(std::uint32_t slab) const { return m_slabOrder[slab]; }
    /// Allocated objects of a slab (for views).
    std::vector<SlabObjectInfo> objectsOf(std::uint32_t slab) const;
    std::uint64_t liveObjects() const;

private:
    std::uint64_t slotAddress(std::uint32_t slot) const;
    std::uint32_t allocSlow(unsigned c, std::uint32_t gfp);
    std::uint64_t allocFrom(Fn entry, unsigned c, std::uint32_t gfp, ObjectRole role, std::uint32_t ref,
                            std::uint32_t callerOffset);
    std::uint32_t slotOf(std::uint64_t address, const SlabObjectInfo& info) const;
    std::optional<std::uint32_t> newSlab(unsigned c, std::uint32_t gfp);
    void loadFreelist(unsigned c, std::uint32_t slab);
    void deactivateSlab(unsigned c);
    void addPartial(unsigned c, std::uint32_t slab, bool tail);
    void removePartial(unsigned c, std::uint32_t slab);
    void discardSlab(unsigned c, std::uint32_t slab);
    std::uint64_t kmallocLarge618(std::uint64_t size, std::uint32_t gfp, std::uint32_t callerOffset,
                                  const std::function<bool(bool pageAllocator)>& shouldInject);
    void noteInjected(const char* where, FailurePoint point, std::uint32_t gfp);
    void freeLargeKmalloc(std::uint64_t address, std::uint32_t large);

    Recorder& m_recorder;
    PhysicalMemory& m_phys;
    Kmemleak& m_kmemleak;
    std::array<KmallocCache, kSlabCacheMax> m_caches{};
    unsigned m_cacheCount = kKmallocCacheCount;
    std::uint64_t m_pageOffset = k::PAGE_OFFSET;

    // Per cache (CPU 0's kmem_cache_cpu and node 0's kmem_cache_node).
    Column<std::uint32_t> m_cpuSlab;
    Column<std::uint32_t> m_cpuFreelist;
    Column<std::uint32_t> m_nrPartial;
    // Per slab; ids 0..12 are the partial-list heads of the caches.
    Column<std::uint32_t> m_slabPfn;
    Column<std::uint8_t> m_slabCache;
    Column<std::uint8_t> m_slabAlive;
    Column<std::uint8_t> m_slabFrozen;
    Column<std::uint8_t> m_slabOrder;
    Column<std::uint32_t> m_slabInuse;
    Column<std::uint32_t> m_slabFreelist;
    Column<std::uint32_t> m_slabFirstSlot;
    Column<std::uint32_t> m_slabPrev;
    Column<std::uint32_t> m_slabNext;
    // Per object slot.
    Column<std::uint32_t> m_slotNext; ///< the free pointer
    Column<std::uint32_t> m_slotSlab;
    Column<std::uint8_t> m_slotAllocated;
    Column<std::uint8_t> m_slotRole;
    Column<std::uint32_t> m_slotRef;
    // Per large kmalloc (6.x), by id.
    Column<std::uint32_t> m_largePfn;
    Column<std::uint8_t> m_largeOrder;
    Column<std::uint8_t> m_largeAlive;
    Column<std::uint64_t> m_largeSize;
    IntrusiveList m_partial;
};

} // namespace vmviz
