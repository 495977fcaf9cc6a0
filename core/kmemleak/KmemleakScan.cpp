// SPDX-License-Identifier: GPL-2.0-only
// kmemleak_scan(), kmemleak_clear() and the dump command of mm/kmemleak.c (2.6.36, §4.4–4.6).
#include "base/Constants.h"
#include "base/Format.h"
#include "kmemleak/Kmemleak.h"
#include "trace/StepRoles.h"

#include <array>

namespace vmviz {

namespace {
constexpr std::uint64_t kMinAgeJiffies = 5000 * k::HZ / 1000; // MSECS_MIN_AGE
} // namespace

std::uint32_t kernelCrc32(std::uint32_t seed, const std::uint8_t* data, std::size_t size)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int b = 0; b < 8; ++b)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = seed;
    for (std::size_t i = 0; i < size; ++i)
        crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
    return crc;
}

// mm/kmemleak.c: color_white/color_gray (2.6.36), tested in that order. What neither is, is black:
// min_count == KMEMLEAK_BLACK (kmemleak_ignore), and count == -1, which the kernel's comment calls
// "no color assigned" (never reported, never scanned as gray: black in effect).
KmemleakColour colourOf(const KmemleakObject& o)
{
    if (o.count != kKmemleakBlack && o.count < o.minCount)
        return KmemleakColour::White;
    if (o.minCount != kKmemleakBlack && o.count >= o.minCount)
        return KmemleakColour::Gray;
    return KmemleakColour::Black;
}

std::string_view colourName(KmemleakColour colour)
{
    switch (colour) {
    case KmemleakColour::White:
        return "white";
    case KmemleakColour::Gray:
        return "gray";
    case KmemleakColour::Black:
        return "black";
    }
    return "?";
}

std::optional<std::uint32_t> Kmemleak::idContaining(std::uint64_t address) const
{
    auto it = m_byPointer.upper_bound(address);
    if (it == m_byPointer.begin())
        return std::nullopt;
    --it;
    const std::uint32_t id = it->second;
    if (address < m_pointer[id] + std::max<std::uint64_t>(m_size[id], 1))
        return id;
    return std::nullopt;
}

std::optional<KmemleakObject> Kmemleak::containing(VirtAddr at) const
{
    const std::uint64_t address = at.value();
    auto id = idContaining(address);
    if (!id)
        return std::nullopt;
    return read(*id);
}

bool Kmemleak::unreferenced(const KmemleakObject& o) const
{
    return colourOf(o) == KmemleakColour::White && (o.flags & OBJECT_ALLOCATED) &&
           o.jiffies + kMinAgeJiffies <= m_lastScan[0];
}

void Kmemleak::scanWords(const std::vector<std::uint64_t>& words, std::optional<std::uint32_t> scanned,
                         std::uint64_t from, std::vector<std::uint32_t>& gray)
{
    // scan_block(): every word that points anywhere inside a white object counts once.
    for (const std::uint64_t word : words) {
        const auto target = idContaining(word);
        if (!target || target == scanned)
            continue;
        const std::uint32_t t = *target;
        const KmemleakObject o = read(t);
        if (colourOf(o) == KmemleakColour::Gray && m_excessRef[t]) {
            // scan_block(), 6.x: "only pass surplus references (object already gray)".
            creditExcessRef(t, scanned, gray);
            continue;
        }
        if (colourOf(o) != KmemleakColour::White)
            continue;
        m_count.set(t, static_cast<std::uint32_t>(o.count + 1));
        const bool nowGray = count(t) >= minCount(t);
        if (nowGray)
            gray.push_back(t);
        const std::uint64_t packed = packCountMinCount(count(t), minCount(t));
        if (scanned)
            m_recorder.effect(nowGray ? Ev::KmlObjectRefGray : Ev::KmlObjectRef, m_pointer[*scanned],
                              m_pointer[t], packed);
        else
            m_recorder.effect(nowGray ? Ev::KmlRootRefGray : Ev::KmlRootRef, from, m_pointer[t], packed);
    }
}

void Kmemleak::creditExcessRef(std::uint32_t grayObject, std::optional<std::uint32_t> scanned,
                               std::vector<std::uint32_t>& gray)
{
    const auto it = m_byPointer.find(m_excessRef[grayObject]); // lookup_object(excess_ref, 0)
    if (it == m_byPointer.end() || it->second == scanned)
        return;
    const std::uint32_t t = it->second;
    if (colourOf(read(t)) != KmemleakColour::White) // update_refs()
        return;
    m_count.set(t, static_cast<std::uint32_t>(count(t) + 1));
    const bool nowGray = count(t) >= minCount(t);
    if (nowGray)
        gray.push_back(t);
    m_recorder.effect(Ev::KmlExcessRef, m_pointer[grayObject], m_pointer[t],
                      packCountMinCount(count(t), minCount(t)));
}

void Kmemleak::scanGrayList(const KmemleakMemory& memory, std::vector<std::uint32_t>& gray, std::size_t& next)
{
    // The list grows while it is walked.
    for (; next < gray.size(); ++next) {
        const std::uint32_t id = gray[next];
        const KmemleakObject o = read(id);
        if (!m_alive[id] || (o.flags & OBJECT_NO_SCAN) || !(o.flags & OBJECT_ALLOCATED))
            continue;
        m_recorder.effect(Ev::KmlScanObject, o.pointer, o.size);
        scanWords(memory.objectWords(o), id, 0, gray);
    }
}

unsigned Kmemleak::scan(const KmemleakMemory& memory)
{
    m_recorder.call(Fn::kmemleak_scan);
    m_lastScan.set(0, m_jiffies[0]);
    std::vector<std::uint32_t> gray;
    std::size_t live = 0;
    for (const auto& [pointer, id] : m_byPointer) {
        m_count.set(id, 0);
        ++live;
    }
    // Objects already gray at count 0 (min_count 0) go on the gray list in object_list order.
    for (std::uint32_t id = 0; id < m_alive.size(); ++id)
        if (m_alive[id] && colourOf(read(id)) == KmemleakColour::Gray)
            gray.push_back(id);
    m_recorder.effect(Ev::KmlScanStart, m_lastScan[0], live, gray.size());

    for (const KmemleakMemory::Root& root : memory.roots())
        scanWords(root.words, std::nullopt, m_recorder.intern(root.name), gray);
    std::size_t next = 0;
    scanGrayList(memory, gray, next);

    // The checksum pass: a white object whose contents moved since the last scan is not a leak yet.
    for (std::uint32_t id = 0; id < m_alive.size(); ++id) {
        if (!m_alive[id])
            continue;
        const KmemleakObject o = read(id);
        if (colourOf(o) != KmemleakColour::White || !(o.flags & OBJECT_ALLOCATED))
            continue;
        const std::uint32_t crc = memory.checksum(o);
        if (crc == o.checksum)
            continue;
        m_checksum.set(id, crc);
        m_count.set(id, static_cast<std::uint32_t>(o.minCount));
        gray.push_back(id);
        m_recorder.effect(Ev::KmlChecksumChanged, o.pointer, crc, o.checksum);
    }
    scanGrayList(memory, gray, next);

    unsigned newLeaks = 0;
    for (std::uint32_t id = 0; id < m_alive.size(); ++id) {
        if (!m_alive[id])
            continue;
        const KmemleakObject o = read(id);
        if (colourOf(o) != KmemleakColour::White || !(o.flags & OBJECT_ALLOCATED))
            continue;
        if (!unreferenced(o)) {
            m_recorder.effect(Ev::KmlTooYoung, o.pointer, packCountMinCount(o.count, o.minCount));
            continue;
        }
        if (o.flags & OBJECT_REPORTED)
            continue;
        m_flags.set(id, static_cast<std::uint8_t>(o.flags | OBJECT_REPORTED));
        m_recorder.effect(Ev::KmlReported, o.pointer, packCountMinCount(o.count, o.minCount));
        ++newLeaks;
    }
    if (newLeaks) {
        const std::string line =
            fmt::printf("kmemleak: %u new suspected memory leaks (see /sys/kernel/debug/kmemleak)", newLeaks);
        m_recorder.printk(Ev::LogLine, line, {line});
    }
    m_recorder.ret(Fn::kmemleak_scan);
    return newLeaks;
}

void Kmemleak::clear()
{
    m_recorder.call(Fn::kmemleak_clear);
    for (std::uint32_t id = 0; id < m_alive.size(); ++id) {
        if (!m_alive[id])
            continue;
        const KmemleakObject o = read(id);
        if ((o.flags & OBJECT_REPORTED) && unreferenced(o)) {
            m_minCount.set(id, 0); // __paint_it(object, KMEMLEAK_GREY)
            m_recorder.effect(Ev::KmlClear, o.pointer);
        }
    }
    m_recorder.ret(Fn::kmemleak_clear);
}

} // namespace vmviz
