#pragma once
// What differs between kernel versions, as a strategy the engine consults. "2.6.36" is the one
// profile today; a Linux 6.x profile (adjacent areas, PTEs cleared at vfree, kmemleak min_count 2,
// page-aligned kmemleak size) plugs in here rather than forking the engine.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace vmviz {

class KernelProfile
{
public:
    virtual ~KernelProfile() = default;
    virtual std::string_view name() const = 0;
    /// Unmapped bytes alloc_vmap_area leaves after the previous area (the 2.6.36 gap page).
    virtual std::uint64_t vmapGapBytes() const = 0;
    /// Whether vfree clears the PTEs at once (modern) or leaves them to the lazy purge (2.6.36).
    virtual bool clearsPtesAtFree() const = 0;
    /// min_count of a vmalloc kmemleak object.
    virtual int kmemleakVmallocMinCount() const = 0;
    /// The size a vmalloc kmemleak object is created with.
    virtual std::uint64_t kmemleakVmallocSize(std::uint64_t requested, std::uint64_t pageAligned) const = 0;
    /// lazy_max_pages(): fls(num_online_cpus()) * (32 MiB / PAGE_SIZE) in both eras.
    virtual std::uint64_t lazyMaxPages(unsigned cpus) const;
    /// Whether `config paging=5` (LA57) is allowed: not in 2.6.36, which predates 5-level paging
    /// (Linux 4.14).
    virtual bool supportsFiveLevelPaging() const { return false; }
};

/// The profile for `name`, or nullptr if no such profile exists.
std::unique_ptr<KernelProfile> makeKernelProfile(std::string_view name);

/// Adds a profile the model does not ship under `name`, for tests that need a knob no shipped
/// profile has yet (a machine with 5-level paging before the 6.18 profile exists).
void registerKernelProfile(std::string name, std::function<std::unique_ptr<KernelProfile>()> make);

} // namespace vmviz
