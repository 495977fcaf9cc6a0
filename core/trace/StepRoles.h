// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What each argument of a step means. The event table (Event.h) and the function table
// (KernelFunction.h) give every argument a role; readers ask for "the argument that is the frame"
// instead of "argument 1". The few arguments that carry two numbers in one are packed and
// unpacked here and nowhere else.
#include "base/Types.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vmviz {

struct Step;

/// The meaning of one step argument. A role names what the number is, not how it is printed.
enum class ArgRole : std::uint8_t
{
    Unused, ///< the step does not use this argument; it is always 0

    // Frames and the page allocator.
    Frame,       ///< the frame the step is about: taken, freed, moved between lists, given an owner or stored
    BlockPfn,    ///< the first frame of the buddy block a freed frame ended up in
    SlabPfn,     ///< the first frame of a slab (the slab as a whole, not a frame changing hands)
    Order,       ///< a buddy order: a block of 2^order frames
    BlockOrders, ///< packed: the order of the free block taken | the order asked for << 8
    ZoneMigratetype, ///< packed: zone | migratetype << 8 | the migratetype a fallback steals from << 16
    Owner,           ///< a FrameOwner value
    GfpMask,         ///< gfp_t bits

    // Sizes and counts.
    SizeBytes,
    Alignment,        ///< in bytes
    PageCount,        ///< a number of pages (or frames)
    PageCountOrError, ///< a number of pages, or -errno
    ObjectCount,      ///< a number of slab or kmemleak objects
    EntryCount,       ///< a number of page-table entries
    Number,           ///< any other count (areas on vmlist, open calls)

    // Virtual memory areas.
    Address,    ///< the kernel virtual address the step is about: an area's start, a range's start
    AddressEnd, ///< the end of the range [Address, AddressEnd)
    PageIndex,  ///< i in area->pages[i]
    VmStruct,   ///< the address of a struct vm_struct
    VmapArea,   ///< the address of a struct vmap_area
    PageArray,  ///< the address of an area's page array (area->pages)
    VmFlags,    ///< VM_ALLOC, VM_VPAGES …
    PageProt,   ///< pgprot_t bits

    // Page tables.
    PageTableLevel,     ///< a TableLevel (LEVEL_PTE … LEVEL_PGD)
    TableEntry,         ///< packed: the table's level | the entry's index << 8
    TablePfn,           ///< the frame holding the page table the step works in
    EntryIndex,         ///< the index of an entry in its table
    EntryValue,         ///< the value the step writes into a page-table entry
    ExistingEntryValue, ///< the value an entry already holds (the step writes nothing)
    EntryPointer,       ///< the direct-map address of an entry

    // Slab.
    KmallocCacheIndex, ///< the index of a kmalloc cache
    SlabObject,        ///< the address of a slab object

    // kmemleak.
    KmemleakObject, ///< the pointer of the kmemleak object the step is about, or an address inside it
    ScannedObject,  ///< the gray object whose words the scan is reading
    CountMinCount,  ///< packed: count | min_count << 32, both signed 32-bit
    MinCount,       ///< a signed min_count
    Checksum,       ///< a crc32 of an object's contents
    Jiffies,

    // The rest.
    Pointer, ///< a pointer a caller holds (a scenario variable, the address a write goes to)
    Milliseconds,
    Text,      ///< an interned string (Trace::string)
    Flag,      ///< 0 or 1
    ErrorCode, ///< a signed result: 0 or -errno

    Count
};

std::string_view argRoleName(ArgRole role);

/// The role of argument `i` (0..2) of `step`: from the event table for effects, from the function
/// table for calls and returns (a return has one argument, the value it returns).
ArgRole argRole(const Step& step, std::size_t i);
/// The first argument of `step` with `role`, as stored.
std::optional<std::uint64_t> rawArgWith(const Step& step, ArgRole role);
/// What a return step returns (0 for a function that returns nothing).
std::uint64_t returnedValue(const Step& step);

/// A role whose value 0, returned, is the kernel's NULL: a pointer (struct page * for a Frame,
/// void * for an Address, struct vm_struct * …). pfn 0 is never handed out (the first MiB is
/// reserved), so a returned Frame of 0 is NULL too.
constexpr bool roleIsNullablePointer(ArgRole role)
{
    switch (role) {
    case ArgRole::Frame:
    case ArgRole::SlabPfn:
    case ArgRole::Address:
    case ArgRole::VmStruct:
    case ArgRole::VmapArea:
    case ArgRole::PageArray:
    case ArgRole::EntryPointer:
    case ArgRole::SlabObject:
    case ArgRole::KmemleakObject:
    case ArgRole::Pointer:
        return true;
    default:
        return false;
    }
}
/// A role whose negative values are -errno (the kernel's int-or-error returns).
constexpr bool roleCarriesErrno(ArgRole role)
{
    return role == ArgRole::ErrorCode || role == ArgRole::PageCountOrError;
}

// Packed arguments. Two numbers share one argument where a step has more to say than three slots.

/// Where an entry sits: its table's level and its index in that table.
struct EntryPosition
{
    unsigned level = 0;
    std::uint64_t index = 0;
    bool operator==(const EntryPosition&) const = default;
};
constexpr std::uint64_t packTableEntry(unsigned level, std::uint64_t index)
{
    return level | (index << 8);
}
constexpr EntryPosition unpackTableEntry(std::uint64_t v)
{
    return {static_cast<unsigned>(v & 0xff), v >> 8};
}

struct ZoneMigratetype
{
    unsigned zone = 0;
    unsigned migratetype = 0;
    unsigned fallback = 0; ///< __rmqueue_fallback: the migratetype whose free list it steals from
    bool operator==(const ZoneMigratetype&) const = default;
};
constexpr std::uint64_t packZoneMigratetype(unsigned zone, unsigned migratetype, unsigned fallback = 0)
{
    return zone | (migratetype << 8) | (fallback << 16);
}
constexpr ZoneMigratetype unpackZoneMigratetype(std::uint64_t v)
{
    return {static_cast<unsigned>(v & 0xff), static_cast<unsigned>((v >> 8) & 0xff),
            static_cast<unsigned>((v >> 16) & 0xff)};
}

/// __rmqueue: the block it takes (`current_order`) and the order the caller asked for.
struct BlockOrders
{
    unsigned taken = 0;
    unsigned requested = 0;
    bool operator==(const BlockOrders&) const = default;
};
constexpr std::uint64_t packBlockOrders(unsigned taken, unsigned requested)
{
    return taken | (requested << 8);
}
constexpr BlockOrders unpackBlockOrders(std::uint64_t v)
{
    return {static_cast<unsigned>(v & 0xff), static_cast<unsigned>((v >> 8) & 0xff)};
}

struct CountMinCount
{
    int count = 0;
    int minCount = 0;
    bool operator==(const CountMinCount&) const = default;
};
constexpr std::uint64_t packCountMinCount(int count, int minCount)
{
    return static_cast<std::uint32_t>(count) | (std::uint64_t{static_cast<std::uint32_t>(minCount)} << 32);
}
constexpr CountMinCount unpackCountMinCount(std::uint64_t v)
{
    return {static_cast<std::int32_t>(static_cast<std::uint32_t>(v & 0xffffffff)),
            static_cast<std::int32_t>(static_cast<std::uint32_t>(v >> 32))};
}

/// An argument as the type its role says: a Pfn for frames, a VirtAddr for kernel addresses, the
/// unpacked pair for packed roles, a signed number for signed roles, the plain number otherwise.
template <ArgRole R> constexpr auto decodeArg(std::uint64_t v)
{
    if constexpr (R == ArgRole::Frame || R == ArgRole::BlockPfn || R == ArgRole::SlabPfn ||
                  R == ArgRole::TablePfn)
        return Pfn{v};
    else if constexpr (R == ArgRole::Address || R == ArgRole::AddressEnd || R == ArgRole::VmStruct ||
                       R == ArgRole::VmapArea || R == ArgRole::PageArray || R == ArgRole::EntryPointer ||
                       R == ArgRole::SlabObject || R == ArgRole::KmemleakObject ||
                       R == ArgRole::ScannedObject || R == ArgRole::Pointer)
        return VirtAddr{v};
    else if constexpr (R == ArgRole::TableEntry)
        return unpackTableEntry(v);
    else if constexpr (R == ArgRole::ZoneMigratetype)
        return unpackZoneMigratetype(v);
    else if constexpr (R == ArgRole::BlockOrders)
        return unpackBlockOrders(v);
    else if constexpr (R == ArgRole::CountMinCount)
        return unpackCountMinCount(v);
    else if constexpr (R == ArgRole::MinCount || R == ArgRole::ErrorCode || R == ArgRole::PageCountOrError)
        return static_cast<std::int64_t>(v);
    else
        return v;
}

/// The first argument of `step` with role R, typed: `argWith<ArgRole::Frame>(step)` is a Pfn.
template <ArgRole R> std::optional<decltype(decodeArg<R>(0))> argWith(const Step& step)
{
    if (const auto v = rawArgWith(step, R))
        return decodeArg<R>(*v);
    return std::nullopt;
}

} // namespace vmviz
