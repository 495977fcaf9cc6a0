// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What scenarios wrote into kernel memory (`write a "hello"`), kept as journaled write records
// so stepping back un-writes them. Memory nobody wrote reads as zero bytes: the kernel does not
// clear vmalloc memory, but the model has no history of earlier owners to show (docs/model.md).
#include "trace/Journal.h"

#include <cstdint>
#include <vector>

namespace vmviz {

class MemoryContents
{
public:
    explicit MemoryContents(Journal& journal);

    /// Records a write of `length` bytes at `address`, byte i being pattern[i % pattern.size()].
    void write(std::uint64_t address, std::uint64_t length, const std::vector<std::uint8_t>& pattern);
    /// The bytes [address, address + length) as the writes so far left them.
    std::vector<std::uint8_t> read(std::uint64_t address, std::uint64_t length) const;
    /// Whether anything was ever written inside [address, address + length).
    bool touched(std::uint64_t address, std::uint64_t length) const;

private:
    Column<std::uint8_t> m_alive;
    Column<std::uint64_t> m_address;
    Column<std::uint64_t> m_length;
    Column<std::uint32_t> m_patternStart;
    Column<std::uint32_t> m_patternLength;
    Column<std::uint8_t> m_patternBytes;
};

} // namespace vmviz
