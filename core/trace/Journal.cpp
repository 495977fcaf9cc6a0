// SPDX-License-Identifier: GPL-2.0-only
#include "trace/Journal.h"

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <stdexcept>

namespace vmviz {

namespace chunkpool {
namespace {
// Freed chunks kept for the next recording, up to 256 MiB: a second run in the same process (the
// GUI re-running a scenario, a benchmark iteration) writes into pages that are already mapped.
constexpr std::size_t kPoolLimit = std::size_t{256} << 20;
struct Pool
{
    std::mutex mutex;
    std::vector<std::pair<void*, std::size_t>> blocks;
    std::size_t bytes = 0;
};
Pool& pool()
{
    // Never destroyed: chunks may be released by objects that outlive any static destructor order.
    static Pool* p = new Pool;
    return *p;
}
} // namespace

void* acquire(std::size_t bytes)
{
    {
        Pool& p = pool();
        std::lock_guard lock(p.mutex);
        for (std::size_t i = p.blocks.size(); i > 0; --i) {
            if (p.blocks[i - 1].second == bytes) {
                void* block = p.blocks[i - 1].first;
                p.blocks.erase(p.blocks.begin() + static_cast<std::ptrdiff_t>(i - 1));
                p.bytes -= bytes;
                return block;
            }
        }
    }
    void* block = std::aligned_alloc(4096, (bytes + 4095) & ~std::size_t{4095});
    if (!block)
        throw std::bad_alloc();
    return block;
}

void release(void* block, std::size_t bytes)
{
    if (!block)
        return;
    Pool& p = pool();
    std::lock_guard lock(p.mutex);
    if (p.bytes + bytes <= kPoolLimit) {
        p.blocks.emplace_back(block, bytes);
        p.bytes += bytes;
        return;
    }
    std::free(block);
}
} // namespace chunkpool

ColumnBase::ColumnBase(Journal& journal, MachinePart part, const char* name)
    : m_journal(journal), m_name(name), m_part(part), m_id(journal.registerColumn(this))
{
}

std::uint32_t Journal::registerColumn(ColumnBase* column)
{
    // A delta keeps the column id in 8 bits.
    if (m_columns.size() > kColumnMask)
        throw std::length_error("vmviz: more than 256 journaled columns");
    m_columns.push_back(column);
    return static_cast<std::uint32_t>(m_columns.size() - 1);
}

std::size_t Journal::overflowIndexAt(std::size_t i) const
{
    const std::size_t block = i / kBlock;
    if (block >= m_blockOverflow.size())
        return m_overflow.size();
    std::size_t o = m_blockOverflow[block];
    for (std::size_t j = block * kBlock; j < i; ++j)
        o += (m_records[j].word & kOverflowFlag) ? 1 : 0;
    return o;
}

Delta Journal::delta(std::size_t i) const
{
    const Record r = m_records[i];
    const std::uint64_t bits =
        (r.word & kOverflowFlag) ? m_overflow[overflowIndexAt(i)] : r.word >> kPayloadShift;
    return Delta{bits, r.word & kColumnMask, r.index};
}

void Journal::refreshReplayTable()
{
    // append() and restoreFrom() may move a column's slots, so the table is rebuilt per replay
    // (a few dozen columns; nothing next to the millions of deltas a long seek applies).
    m_replay.resize(m_columns.size());
    for (std::size_t c = 0; c < m_columns.size(); ++c)
        m_replay[c] =
            ReplaySlot{m_columns[c]->replayBase(), m_columns[c]->widthShift(), m_columns[c]->observed()};
}

namespace {
inline void xor64(std::uint8_t* at, std::uint64_t bits)
{
    std::uint64_t v;
    std::memcpy(&v, at, sizeof v);
    v ^= bits;
    std::memcpy(at, &v, sizeof v);
}
} // namespace

void Journal::redo(std::size_t begin, std::size_t end)
{
    if (begin >= end)
        return;
    refreshReplayTable();
    const ReplaySlot* table = m_replay.data();
    std::size_t o = overflowIndexAt(begin);
    for (std::size_t i = begin; i < end;) {
        const std::size_t stop = std::min(end, decltype(m_records)::chunkEnd(i));
        const Record* r = m_records.ptr(i);
        const Record* const rEnd = r + (stop - i);
        i = stop;
        for (; r != rEnd; ++r) {
            const std::uint32_t word = r->word;
            std::uint64_t bits = word >> kPayloadShift;
            if (word & kOverflowFlag) [[unlikely]]
                bits = m_overflow[o++];
            const ReplaySlot& slot = table[word & kColumnMask];
            if (slot.observed) [[unlikely]] {
                m_columns[word & kColumnMask]->xorAt(r->index, bits);
                continue;
            }
            xor64(slot.base + (std::size_t{r->index} << slot.shift), bits);
        }
    }
}

void Journal::undo(std::size_t begin, std::size_t end)
{
    if (begin >= end)
        return;
    refreshReplayTable();
    const ReplaySlot* table = m_replay.data();
    std::size_t o = overflowIndexAt(end);
    for (std::size_t i = end; i > begin;) {
        // Records [chunkStart, i) of the chunk holding record i - 1, walked backwards.
        const std::size_t chunkStart = (i - 1) & ~(decltype(m_records)::kChunk - 1);
        const std::size_t start = std::max(begin, chunkStart);
        const Record* const rBegin = m_records.ptr(start);
        const Record* r = rBegin + (i - start);
        i = start;
        while (r != rBegin) {
            --r;
            const std::uint32_t word = r->word;
            std::uint64_t bits = word >> kPayloadShift;
            if (word & kOverflowFlag) [[unlikely]]
                bits = m_overflow[--o];
            const ReplaySlot& slot = table[word & kColumnMask];
            if (slot.observed) [[unlikely]] {
                m_columns[word & kColumnMask]->xorAt(r->index, bits);
                continue;
            }
            xor64(slot.base + (std::size_t{r->index} << slot.shift), bits);
        }
    }
}

void Journal::capture(State& out) const
{
    out.bytes.clear();
    out.offsets.clear();
    std::size_t total = 0;
    for (const ColumnBase* column : m_columns)
        total += column->byteSize();
    out.bytes.reserve(total);
    out.offsets.reserve(m_columns.size() + 1);
    for (const ColumnBase* column : m_columns) {
        out.offsets.push_back(out.bytes.size());
        column->copyTo(out.bytes);
    }
    out.offsets.push_back(out.bytes.size());
}

void Journal::restore(const State& state)
{
    assert(state.offsets.size() == m_columns.size() + 1 && "state captured from another machine");
    // 1. Empty the observed columns through their observers, while every other column still holds
    //    the current state the observers' keys were taken from.
    for (ColumnBase* column : m_columns) {
        if (!column->observed())
            continue;
        const std::size_t n = column->slotCount();
        for (std::size_t i = 0; i < n; ++i)
            if (const std::uint64_t v = column->valueAt(i))
                column->xorAt(static_cast<std::uint32_t>(i), v);
    }
    // 2. The plain columns, wholesale.
    for (ColumnBase* column : m_columns) {
        const std::size_t at = state.offsets[column->id()];
        const std::size_t bytes = state.offsets[column->id() + 1] - at;
        if (!column->observed())
            column->restoreFrom(state.bytes.data() + at, bytes);
    }
    // 3. Refill the observed columns through their observers, against the restored plain columns.
    for (ColumnBase* column : m_columns) {
        if (!column->observed())
            continue;
        const std::size_t at = state.offsets[column->id()];
        const std::size_t width = std::size_t{1} << column->widthShift();
        const std::size_t n = (state.offsets[column->id() + 1] - at) / width;
        if (column->slotCount() != n) {
            // Columns only grow while recording; a checkpoint is taken after that. Keep it exact anyway.
            std::vector<std::uint8_t> zeros(n * width, 0);
            column->restoreFrom(zeros.data(), zeros.size());
        }
        for (std::size_t i = 0; i < n; ++i) {
            std::uint64_t v = 0;
            std::memcpy(&v, state.bytes.data() + at + i * width, width); // little-endian host
            if (v)
                column->xorAt(static_cast<std::uint32_t>(i), v);
        }
    }
}

std::uint64_t Journal::stateHash() const
{
    // FNV-1a over (column id, slot, value) for every non-zero slot: independent of trailing zeros.
    std::uint64_t hash = 0xcbf29ce484222325ull;
    auto mix = [&hash](std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            hash ^= (v >> (i * 8)) & 0xff;
            hash *= 0x100000001b3ull;
        }
    };
    for (const ColumnBase* column : m_columns) {
        const std::size_t n = column->slotCount();
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t v = column->valueAt(i);
            if (v == 0)
                continue;
            mix(column->id());
            mix(i);
            mix(v);
        }
    }
    return hash;
}

template <typename T> void Column<T>::copyTo(std::vector<std::uint8_t>& out) const
{
    const std::size_t bytes = m_data.size() * sizeof(T);
    const std::size_t at = out.size();
    out.resize(at + bytes);
    if (bytes)
        std::memcpy(out.data() + at, m_data.data(), bytes);
}

template <typename T> void Column<T>::restoreFrom(const std::uint8_t* data, std::size_t bytes)
{
    resize(bytes / sizeof(T));
    if (bytes)
        std::memcpy(m_data.data(), data, bytes);
}

template class Column<std::uint8_t>;
template class Column<std::uint16_t>;
template class Column<std::uint32_t>;
template class Column<std::uint64_t>;

} // namespace vmviz
