// SPDX-License-Identifier: GPL-2.0-only
#include "kernel/KernelProfile.h"

#include "base/Constants.h"

#include <bit>
#include <map>

namespace vmviz {

std::uint64_t KernelProfile::lazyMaxPages(unsigned cpus) const
{
    return static_cast<std::uint64_t>(std::bit_width(cpus)) * ((32ull << 20) / k::PAGE_SIZE);
}

namespace {
class Linux2636Profile final : public KernelProfile
{
public:
    std::string_view name() const override { return "2.6.36"; }
    std::string_view release() const override { return "2.6.36"; }
    VmallocPath vmallocPath() const override { return VmallocPath::Linux2636; }
    std::uint64_t vmapGapBytes() const override { return k::PAGE_SIZE; }
    bool clearsPtesAtFree() const override { return false; }
    int kmemleakVmallocMinCount() const override { return 3; }
    std::uint64_t kmemleakVmallocSize(std::uint64_t requested, std::uint64_t) const override
    {
        return requested;
    }
    std::uint64_t sizeofVmStruct() const override { return k::SIZEOF_VM_STRUCT; }
    std::uint64_t sizeofVmapArea() const override { return k::SIZEOF_VMAP_AREA; }
    bool vmapAreaCache() const override { return false; }
};

// Linux 6.18.2: mm/vmalloc.c after the free-space rbtree (5.2), vmap nodes (6.9) and the _noprof
// entry points (6.10); mm/kmemleak.c kmemleak_vmalloc.
class Linux618Profile final : public KernelProfile
{
public:
    std::string_view name() const override { return "6.18"; }
    std::string_view release() const override { return "6.18.2"; }
    VmallocPath vmallocPath() const override { return VmallocPath::Linux618; }
    // va_clip() takes exactly `size` from the free block: the next area starts at va_end.
    std::uint64_t vmapGapBytes() const override { return 0; }
    // free_unmap_vmap_area(): vunmap_range_noflush() before the area goes on the lazy tree.
    bool clearsPtesAtFree() const override { return true; }
    // mm/kmemleak.c: kmemleak_vmalloc, 6.18: create_object(area->addr, size, 2, gfp).
    int kmemleakVmallocMinCount() const override { return 2; }
    // __vmalloc_node_range_noprof: kmemleak_vmalloc(area, PAGE_ALIGN(size), gfp_mask).
    std::uint64_t kmemleakVmallocSize(std::uint64_t, std::uint64_t pageAligned) const override
    {
        return pageAligned;
    }
    // include/linux/vmalloc.h, 6.18: vm_struct ends with requested_size (72 bytes, kmalloc-96);
    // vmap_area is {va_start, va_end, rb_node, list, union, flags} (72 bytes).
    std::uint64_t sizeofVmStruct() const override { return 72; }
    std::uint64_t sizeofVmapArea() const override { return 72; }
    // vmalloc_init(): vmap_area_cachep = KMEM_CACHE(vmap_area, SLAB_PANIC).
    bool vmapAreaCache() const override { return true; }
    bool supportsFiveLevelPaging() const override { return true; } // LA57 came in 4.14
    // mm/page_alloc.c, 6.18: zone_batchsize, zone_highsize, nr_pcp_alloc, nr_pcp_free.
    bool autoTunedPcp() const override { return true; }
    // arch/x86/mm/init_64.c, 6.18: preallocate_vmalloc_pages() from mem_init().
    bool preallocatesVmallocTables() const override { return true; }
};
} // namespace

namespace {
std::map<std::string, std::function<std::unique_ptr<KernelProfile>()>, std::less<>>& registeredProfiles()
{
    static std::map<std::string, std::function<std::unique_ptr<KernelProfile>()>, std::less<>> profiles;
    return profiles;
}
} // namespace

std::unique_ptr<KernelProfile> makeKernelProfile(std::string_view name)
{
    if (name == "2.6.36")
        return std::make_unique<Linux2636Profile>();
    if (name == "6.18")
        return std::make_unique<Linux618Profile>();
    const auto& extra = registeredProfiles();
    if (const auto it = extra.find(name); it != extra.end())
        return it->second();
    return nullptr;
}

void registerKernelProfile(std::string name, std::function<std::unique_ptr<KernelProfile>()> make)
{
    registeredProfiles()[std::move(name)] = std::move(make);
}

std::string knownKernelProfiles()
{
    return "2.6.36, 6.18";
}

} // namespace vmviz
