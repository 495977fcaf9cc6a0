// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The value types of physical memory that readers share with the engine: who owns a frame, the
// zones and migratetypes of 2.6.36 (include/linux/mmzone.h), and the reserved ranges at boot.
#include <cstdint>
#include <string_view>

namespace vmviz {

enum class FrameOwner : std::uint8_t
{
    Reserved,         ///< aux = ReservedKind
    Free,             ///< in the buddy allocator; aux = order on a block's head, kFreeTail elsewhere
    PerCpuList,       ///< on CPU 0's per-CPU list; aux = migratetype
    VmallocData,      ///< ref = area id, index = page index in the area
    VmallocPageArray, ///< a page of a vmalloc'ed page array; ref = the area whose array it holds
    PageTable,        ///< ref = table id, aux = level (4 PGD … 1 PTE)
    Slab,             ///< ref = slab id, aux = kmalloc cache index
    KernelStack,      ///< a task's THREAD_SIZE stack, thread_info at its base; index = page in it
    Count
};
std::string_view frameOwnerName(FrameOwner owner);

enum class ReservedKind : std::uint8_t
{
    LowMemory,
    KernelImage,
    MemMap
};
std::string_view reservedKindName(ReservedKind kind);

enum ZoneIndex : std::uint8_t
{
    ZONE_DMA = 0,
    ZONE_DMA32 = 1,
    ZONE_NORMAL = 2,
    MAX_NR_ZONES = 3
};
std::string_view zoneName(unsigned zone);

// mmzone.h, 2.6.36.
enum Migratetype : std::uint8_t
{
    MIGRATE_UNMOVABLE = 0,
    MIGRATE_RECLAIMABLE = 1,
    MIGRATE_MOVABLE = 2,
    MIGRATE_PCPTYPES = 3,
    MIGRATE_RESERVE = 3,
    MIGRATE_ISOLATE = 4,
    MIGRATE_TYPES = 5
};
std::string_view migratetypeName(unsigned mt);

inline constexpr std::uint8_t kFreeTail = 0xff;

/// What a frame becomes when it is allocated (the kernel does not know; the views do).
struct OwnerTag
{
    FrameOwner owner = FrameOwner::Reserved;
    std::uint8_t aux = 0;
    std::uint32_t ref = 0;
    std::uint32_t index = 0;
};

struct ZoneLayout
{
    std::uint64_t startPfn = 0;
    std::uint64_t endPfn = 0; ///< exclusive
    std::uint64_t presentPages = 0;
    std::uint32_t batch = 0;
    std::uint32_t high = 0;         ///< 2.6.36: pcp->high; 6.18: high_min, where pcp->high starts
    std::uint64_t managedPages = 0; ///< pages the boot handed to the buddy allocator
    std::uint32_t highMax = 0;      ///< 6.18: the ceiling pcp->high auto-tunes up to (0 in 2.6.36)
    bool populated() const { return endPfn > startPfn; }
};

struct ReservedRange
{
    std::uint64_t startPfn;
    std::uint64_t endPfn;
    ReservedKind kind;
};

} // namespace vmviz
