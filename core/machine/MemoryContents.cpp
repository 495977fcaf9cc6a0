// SPDX-License-Identifier: GPL-2.0-only
#include "machine/MemoryContents.h"

#include <algorithm>

namespace vmviz {

MemoryContents::MemoryContents(Journal& journal)
    : m_alive(journal, MachinePart::MemoryContents, "write.alive"),
      m_address(journal, MachinePart::MemoryContents, "write.address"),
      m_length(journal, MachinePart::MemoryContents, "write.length"),
      m_patternStart(journal, MachinePart::MemoryContents, "write.pattern_start"),
      m_patternLength(journal, MachinePart::MemoryContents, "write.pattern_length"),
      m_patternBytes(journal, MachinePart::MemoryContents, "write.pattern_bytes")
{
}

void MemoryContents::write(std::uint64_t address, std::uint64_t length,
                           const std::vector<std::uint8_t>& pattern)
{
    if (length == 0 || pattern.empty())
        return;
    const std::size_t id = m_alive.append();
    m_address.append();
    m_length.append();
    m_patternStart.append();
    m_patternLength.append();
    const std::size_t start = m_patternBytes.append(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i)
        m_patternBytes.set(start + i, pattern[i]);
    m_address.set(id, address);
    m_length.set(id, length);
    m_patternStart.set(id, static_cast<std::uint32_t>(start));
    m_patternLength.set(id, static_cast<std::uint32_t>(pattern.size()));
    m_alive.set(id, 1);
}

std::vector<std::uint8_t> MemoryContents::read(std::uint64_t address, std::uint64_t length) const
{
    std::vector<std::uint8_t> out(length, 0);
    for (std::size_t id = 0; id < m_alive.size(); ++id) {
        if (!m_alive[id])
            continue;
        const std::uint64_t wStart = m_address[id];
        const std::uint64_t wEnd = wStart + m_length[id];
        const std::uint64_t from = std::max(wStart, address);
        const std::uint64_t to = std::min(wEnd, address + length);
        const std::uint32_t pStart = m_patternStart[id];
        const std::uint32_t pLength = m_patternLength[id];
        for (std::uint64_t a = from; a < to; ++a)
            out[a - address] = m_patternBytes[pStart + (a - wStart) % pLength];
    }
    return out;
}

bool MemoryContents::touched(std::uint64_t address, std::uint64_t length) const
{
    for (std::size_t id = 0; id < m_alive.size(); ++id)
        if (m_alive[id] && m_address[id] < address + length && address < m_address[id] + m_length[id])
            return true;
    return false;
}

} // namespace vmviz
