// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What differs between kernel versions, as a strategy the engine consults rather than a fork of
// it: "2.6.36" (the default, the kernel of the 2010 walkthrough) and "6.18" (Linux 6.18.2). Each
// knob names one difference; code that did not change between the two reads none of them.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace vmviz {

/// Which mm/vmalloc.c the engine runs: the call path, its function names and its side effects.
enum class VmallocPath : std::uint8_t
{
    Linux2636, ///< vmalloc → __vmalloc_node → __get_vm_area_node → … → __vunmap, vmlist, call_rcu purge
    Linux618, ///< vmalloc_noprof → … → vm_area_alloc_pages → vmap_pages_range, free tree, no vmlist
};

class KernelProfile
{
public:
    virtual ~KernelProfile() = default;
    virtual std::string_view name() const = 0;
    /// utsname release, as oops and WARN lines print it.
    virtual std::string_view release() const = 0;
    virtual VmallocPath vmallocPath() const = 0;
    /// Unmapped bytes alloc_vmap_area leaves after the previous area (the 2.6.36 gap page).
    virtual std::uint64_t vmapGapBytes() const = 0;
    /// Whether vfree clears the PTEs at once (modern) or leaves them to the lazy purge (2.6.36).
    virtual bool clearsPtesAtFree() const = 0;
    /// min_count of a vmalloc kmemleak object.
    virtual int kmemleakVmallocMinCount() const = 0;
    /// The size a vmalloc kmemleak object is created with.
    virtual std::uint64_t kmemleakVmallocSize(std::uint64_t requested, std::uint64_t pageAligned) const = 0;
    /// sizeof(struct vm_struct) and sizeof(struct vmap_area) on x86-64.
    virtual std::uint64_t sizeofVmStruct() const = 0;
    virtual std::uint64_t sizeofVmapArea() const = 0;
    /// vmap_area objects come from their own kmem_cache "vmap_area" (6.x), not from kmalloc.
    virtual bool vmapAreaCache() const = 0;
    /// lazy_max_pages(): fls(num_online_cpus()) * (32 MiB / PAGE_SIZE) in both eras.
    virtual std::uint64_t lazyMaxPages(unsigned cpus) const;
    /// Whether CPU 0's per-CPU page lists follow 6.x's rules: batch from managed pages capped at
    /// 1 MiB, pcp->high auto-tuned between high_min and high_max, refills scaled by alloc_factor
    /// (mm/page_alloc.c, 6.18), instead of 2.6.36's fixed high = 6 × batch.
    virtual bool autoTunedPcp() const { return false; }
    /// Whether the boot allocates the tables under every PGD slot of the vmalloc range
    /// (preallocate_vmalloc_pages(), x86-64 in 6.18), so vmalloc never writes a PGD entry and no
    /// PGD needs syncing; 2.6.36 allocates them on demand and syncs with vmalloc_sync_all().
    virtual bool preallocatesVmallocTables() const { return false; }
    /// Whether `config paging=5` (LA57) is allowed: not in 2.6.36, which predates 5-level paging
    /// (Linux 4.14).
    virtual bool supportsFiveLevelPaging() const { return false; }
};

/// The profile for `name`, or nullptr if no such profile exists.
std::unique_ptr<KernelProfile> makeKernelProfile(std::string_view name);
/// The names makeKernelProfile knows, for error messages: "2.6.36, 6.18".
std::string knownKernelProfiles();

/// Adds a profile the model does not ship under `name`, for tests that need a knob no shipped
/// profile has yet (a machine with 5-level paging before the 6.18 profile exists).
void registerKernelProfile(std::string name, std::function<std::unique_ptr<KernelProfile>()> make);

} // namespace vmviz
