// SPDX-License-Identifier: GPL-2.0-only
#include "kmemleak/Kmemleak.h"

namespace vmviz {

Kmemleak::Kmemleak(Journal& journal, Recorder& recorder, const Column<std::uint64_t>& jiffies)
    : m_recorder(recorder), m_jiffies(jiffies),
      m_alive(journal, MachinePart::KmemleakObjects, "kmemleak.alive"),
      m_pointer(journal, MachinePart::KmemleakObjects, "kmemleak.pointer"),
      m_size(journal, MachinePart::KmemleakObjects, "kmemleak.size"),
      m_minCount(journal, MachinePart::KmemleakObjects, "kmemleak.min_count"),
      m_count(journal, MachinePart::KmemleakObjects, "kmemleak.count"),
      m_flags(journal, MachinePart::KmemleakObjects, "kmemleak.flags"),
      m_checksum(journal, MachinePart::KmemleakObjects, "kmemleak.checksum"),
      m_allocJiffies(journal, MachinePart::KmemleakObjects, "kmemleak.jiffies"),
      m_kind(journal, MachinePart::KmemleakObjects, "kmemleak.kind"),
      m_stack(journal, MachinePart::KmemleakObjects, "kmemleak.stack"),
      m_caller(journal, MachinePart::KmemleakObjects, "kmemleak.caller"),
      m_excessRef(journal, MachinePart::KmemleakObjects, "kmemleak.excess_ref"),
      m_lastScan(journal, MachinePart::KmemleakScan, "kmemleak.jiffies_last_scan")
{
    m_lastScan.resize(1);
    m_alive.setObserver([this](std::uint32_t id, std::uint64_t was, std::uint64_t now) {
        if (!was && now)
            m_byPointer.emplace(m_pointer[id], id);
        else if (was && !now)
            m_byPointer.erase(m_pointer[id]);
    });
}

void Kmemleak::alloc(std::uint64_t pointer, std::uint64_t size, int minCount, TrackedKind kind,
                     std::uint32_t callerOffset)
{
    m_recorder.call(Fn::kmemleak_alloc, pointer, size,
                    static_cast<std::uint64_t>(static_cast<std::int64_t>(minCount)));
    create(pointer, size, minCount, kind, callerOffset);
    m_recorder.ret(Fn::kmemleak_alloc);
}

void Kmemleak::create(std::uint64_t pointer, std::uint64_t size, int minCount, TrackedKind kind,
                      std::uint32_t callerOffset)
{
    const std::uint32_t stack = m_recorder.saveStack();
    const auto id = static_cast<std::uint32_t>(m_alive.append());
    for (auto* column : {&m_pointer, &m_size, &m_allocJiffies, &m_excessRef})
        column->append();
    for (auto* column : {&m_minCount, &m_count, &m_checksum, &m_stack, &m_caller})
        column->append();
    m_flags.append();
    m_kind.append();
    m_pointer.set(id, pointer);
    m_size.set(id, size);
    m_minCount.set(id, static_cast<std::uint32_t>(minCount));
    m_flags.set(id, OBJECT_ALLOCATED);
    m_allocJiffies.set(id, m_jiffies[0]);
    m_kind.set(id, static_cast<std::uint8_t>(kind));
    m_stack.set(id, stack);
    m_caller.set(id, callerOffset);
    m_alive.set(id, 1); // last: the search tree keys on the fields above
    m_recorder.effect(Ev::KmemleakCreate, pointer, size,
                      static_cast<std::uint64_t>(static_cast<std::int64_t>(minCount)));
}

void Kmemleak::setExcessRef(std::uint64_t pointer, std::uint64_t excessRef)
{
    const auto it = m_byPointer.find(pointer);
    if (it != m_byPointer.end())
        m_excessRef.set(it->second, excessRef);
}

void Kmemleak::free(std::uint64_t pointer)
{
    m_recorder.call(Fn::kmemleak_free, pointer);
    auto it = m_byPointer.find(pointer);
    if (it == m_byPointer.end()) {
        // mm/kmemleak.c: delete_object_full -> find_and_get_object(ptr, 0) -> lookup_object, 2.6.36:
        // an object that merely contains ptr is reported "by alias" and not returned, so
        // delete_object_full() returns without deleting anything (silently: no DEBUG).
        if (const auto alias = idContaining(pointer)) {
            if (m_aliasReport && m_recorder.recording()) {
                const auto lines = m_aliasReport(pointer, read(*alias));
                m_recorder.printk(Ev::LogLine, lines.front(), lines);
            }
            m_recorder.effect(Ev::KmemleakAlias, pointer, m_pointer[*alias]);
        } else {
            m_recorder.effect(Ev::KmemleakUnknown, pointer);
        }
    } else {
        const std::uint32_t id = it->second;
        m_alive.set(id, 0);
        m_flags.set(id, static_cast<std::uint8_t>(m_flags[id] & ~OBJECT_ALLOCATED));
        m_recorder.effect(Ev::KmemleakDelete, pointer);
    }
    m_recorder.ret(Fn::kmemleak_free);
}

KmemleakObject Kmemleak::read(std::uint32_t id) const
{
    KmemleakObject o;
    o.id = id;
    o.pointer = m_pointer[id];
    o.size = m_size[id];
    o.minCount = static_cast<int>(static_cast<std::int32_t>(m_minCount[id]));
    o.count = static_cast<int>(static_cast<std::int32_t>(m_count[id]));
    o.flags = m_flags[id];
    o.checksum = m_checksum[id];
    o.jiffies = m_allocJiffies[id];
    o.kind = static_cast<TrackedKind>(m_kind[id]);
    o.stack = m_stack[id];
    o.callerOffset = m_caller[id];
    return o;
}

std::optional<KmemleakObject> Kmemleak::find(VirtAddr at) const
{
    const std::uint64_t pointer = at.value();
    auto it = m_byPointer.find(pointer);
    if (it == m_byPointer.end())
        return std::nullopt;
    return read(it->second);
}

std::vector<KmemleakObject> Kmemleak::objects() const
{
    std::vector<KmemleakObject> out;
    for (std::uint32_t id = 0; id < m_alive.size(); ++id)
        if (m_alive[id])
            out.push_back(read(id));
    return out;
}

} // namespace vmviz
