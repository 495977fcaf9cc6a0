#pragma once
// kmemleak object records (mm/kmemleak.c, 2.6.36): one per tracked allocation, created by
// kmemleak_alloc() and deleted by kmemleak_free(). Colours: white while count < min_count,
// gray at or above it or when min_count is 0, black when min_count is -1 (kernel-facts §4.2).
#include "base/Types.h"
#include "trace/Trace.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>

namespace vmviz {

/// What a kmemleak object is, for the views (the kernel only knows pointer and size).
enum class TrackedKind : std::uint8_t { Kmalloc, Vmalloc };

// Object flags (mm/kmemleak.c).
inline constexpr std::uint8_t OBJECT_ALLOCATED = 1 << 0;
inline constexpr std::uint8_t OBJECT_REPORTED = 1 << 1;
inline constexpr std::uint8_t OBJECT_NO_SCAN = 1 << 2;

struct KmemleakObject
{
    std::uint32_t id = 0;
    std::uint64_t pointer = 0;
    std::uint64_t size = 0;
    int minCount = 0;
    int count = 0;
    std::uint8_t flags = 0;
    std::uint32_t checksum = 0;
    std::uint64_t jiffies = 0;
    TrackedKind kind = TrackedKind::Kmalloc;
    std::uint32_t stack = 0;  ///< Trace::stack id at allocation
    std::uint32_t caller = 0; ///< interned caller symbol
};

class Kmemleak
{
public:
    Kmemleak(Journal& journal, Recorder& recorder, const Column<std::uint64_t>& jiffies);

    /// kmemleak_alloc(ptr, size, min_count, gfp): records its call, the new object and its return.
    void alloc(std::uint64_t pointer, std::uint64_t size, int minCount, TrackedKind kind, std::uint32_t caller);
    /// kmemleak_free(ptr): exact start only; an unknown pointer is silently ignored.
    void free(std::uint64_t pointer);

    std::optional<KmemleakObject> find(std::uint64_t pointer) const;
    /// Live objects in object_list order (allocation order).
    std::vector<KmemleakObject> objects() const;
    std::size_t liveCount() const { return m_byPointer.size(); }

private:
    KmemleakObject read(std::uint32_t id) const;

    Recorder& m_recorder;
    const Column<std::uint64_t>& m_jiffies;
    Column<std::uint8_t> m_alive;
    Column<std::uint64_t> m_pointer;
    Column<std::uint64_t> m_size;
    Column<std::uint32_t> m_minCount; ///< int stored as its two's-complement bits
    Column<std::uint32_t> m_count;
    Column<std::uint8_t> m_flags;
    Column<std::uint32_t> m_checksum;
    Column<std::uint64_t> m_allocJiffies;
    Column<std::uint8_t> m_kind;
    Column<std::uint32_t> m_stack;
    Column<std::uint32_t> m_caller;
    std::map<std::uint64_t, std::uint32_t> m_byPointer; ///< derived from m_alive (the object search tree)
};

} // namespace vmviz
