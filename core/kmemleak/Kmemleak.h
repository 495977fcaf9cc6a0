// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// kmemleak object records (mm/kmemleak.c, 2.6.36): one per tracked allocation, created by
// kmemleak_alloc() and deleted by kmemleak_free(). Colours: white while count < min_count,
// gray at or above it or when min_count is 0, black when min_count is -1 (kernel-facts §4.2).
#include "base/Types.h"
#include "kmemleak/KmemleakObject.h"
#include "trace/Trace.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz {

/// What a scan reads: the roots and the contents of objects. The machine implements it, so
/// kmemleak itself knows nothing of vmalloc's structures.
class KmemleakMemory
{
public:
    struct Root
    {
        std::string name; ///< "vmlist", "vmap_area_list", "mymod: buf"…
        std::vector<std::uint64_t> words;
    };
    virtual ~KmemleakMemory() = default;
    /// .data/.bss and the caller's variables, in scan order.
    virtual std::vector<Root> roots() const = 0;
    /// The non-zero 8-byte aligned words inside the object (what scan_block() would read).
    virtual std::vector<std::uint64_t> objectWords(const KmemleakObject& object) const = 0;
    /// crc32(0, ptr, size) over the object's bytes.
    virtual std::uint32_t checksum(const KmemleakObject& object) const = 0;
    /// The object's first bytes, for the report's hex dump.
    virtual std::vector<std::uint8_t> bytes(const KmemleakObject& object, std::size_t count) const = 0;
};

/// crc32_le(0, data, size) as the kernel's lib/crc32.c computes it (no pre or post inversion).
std::uint32_t kernelCrc32(std::uint32_t seed, const std::uint8_t* data, std::size_t size);

class Kmemleak
{
public:
    Kmemleak(Journal& journal, Recorder& recorder, const Column<std::uint64_t>& jiffies);

    /// kmemleak_alloc(ptr, size, min_count, gfp): records its call, the new object and its return.
    void alloc(std::uint64_t pointer, std::uint64_t size, int minCount, TrackedKind kind,
               std::uint32_t callerOffset);
    /// create_object(ptr, size, min_count): the object alone, for a caller that records its own
    /// entry (6.x kmemleak_vmalloc).
    void create(std::uint64_t pointer, std::uint64_t size, int minCount, TrackedKind kind,
                std::uint32_t callerOffset);
    /// object_set_excess_ref(ptr, excess_ref): once the object at `pointer` is gray, a further
    /// reference to it counts for the object at `excessRef` (mm/kmemleak.c, 6.18).
    void setExcessRef(std::uint64_t pointer, std::uint64_t excessRef);
    /// kmemleak_free(ptr): exact start only. A pointer inside an object is "found by alias": the
    /// report block is printed and nothing is deleted; any other unknown pointer is ignored.
    void free(std::uint64_t pointer);
    /// Builds the lines lookup_object() prints for an alias (the warning, dump_stack() and
    /// dump_object_info()); the machine supplies it, kmemleak knows no call traces.
    using AliasReport =
        std::function<std::vector<std::string>(std::uint64_t pointer, const KmemleakObject& object)>;
    void setAliasReport(AliasReport report) { m_aliasReport = std::move(report); }

    /// kmemleak_scan(): whiten, scan the roots and the gray list, the checksum pass, then report
    /// new leaks. Every reference found and every colour change is a step. Returns new leaks.
    unsigned scan(const KmemleakMemory& memory);
    /// The debugfs "clear" command: reported, unreferenced objects turn gray for good.
    void clear();

    /// unreferenced_object(): white, allocated, and at least 5 s old at the last scan's start.
    bool unreferenced(const KmemleakObject& object) const;
    std::uint64_t lastScanJiffies() const { return m_lastScan[0]; }
    /// The object whose [pointer, pointer + size) holds `address` (find_and_get_object(…, 1)).
    std::optional<KmemleakObject> containing(VirtAddr at) const;

    std::optional<KmemleakObject> find(VirtAddr at) const;
    /// Live objects in object_list order (allocation order).
    std::vector<KmemleakObject> objects() const;
    std::size_t liveCount() const { return m_byPointer.size(); }

private:
    KmemleakObject read(std::uint32_t id) const;
    std::optional<std::uint32_t> idContaining(std::uint64_t address) const;
    void scanWords(const std::vector<std::uint64_t>& words, std::optional<std::uint32_t> scanned,
                   std::uint64_t from, std::vector<std::uint32_t>& gray);
    void creditExcessRef(std::uint32_t grayObject, std::optional<std::uint32_t> scanned,
                         std::vector<std::uint32_t>& gray);
    void scanGrayList(const KmemleakMemory& memory, std::vector<std::uint32_t>& gray, std::size_t& next);
    int count(std::uint32_t id) const { return static_cast<int>(static_cast<std::int32_t>(m_count[id])); }
    int minCount(std::uint32_t id) const
    {
        return static_cast<int>(static_cast<std::int32_t>(m_minCount[id]));
    }

    Recorder& m_recorder;
    const Column<std::uint64_t>& m_jiffies;
    AliasReport m_aliasReport;
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
    Column<std::uint64_t> m_excessRef;                  ///< object->excess_ref, 0 for none
    Column<std::uint64_t> m_lastScan;                   ///< [0] = jiffies_last_scan
    std::map<std::uint64_t, std::uint32_t> m_byPointer; ///< derived from m_alive (the object search tree)
};

} // namespace vmviz
