// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Append-only storage in fixed-size chunks for the trace's long streams (steps, deltas). Growing
// never copies what is already stored (a std::vector doubling copies everything and touches twice
// the memory), and released chunks go to a small process-wide pool so the next recording reuses
// pages that are already faulted in instead of asking the kernel for fresh ones.
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

namespace vmviz {

namespace chunkpool {
/// A block of `bytes` (a multiple of 4 KiB), from the pool when one is cached. Never null.
void* acquire(std::size_t bytes);
/// Returns a block to the pool (bounded; beyond the bound it is freed).
void release(void* block, std::size_t bytes);
} // namespace chunkpool

template <typename T, unsigned ChunkBits> class ChunkedVector
{
    static_assert(std::is_trivially_copyable_v<T>);

public:
    static constexpr std::size_t kChunk = std::size_t{1} << ChunkBits;
    static constexpr std::size_t kChunkBytes = kChunk * sizeof(T);

    ChunkedVector() = default;
    ChunkedVector(const ChunkedVector&) = delete;
    ChunkedVector& operator=(const ChunkedVector&) = delete;
    ~ChunkedVector() { clear(); }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    /// Bytes held, counting the unused tail of the last chunk.
    std::size_t capacityBytes() const
    {
        return m_chunks.size() * kChunkBytes + m_chunks.capacity() * sizeof(T*);
    }

    void push_back(const T& value)
    {
        if (m_tail == m_end) [[unlikely]]
            grow();
        *m_tail++ = value;
        ++m_size;
    }
    /// Room for `n` (<= kChunk) elements in one chunk from the current end: pads to the next chunk
    /// when the current one has less room. Returns the padded size (the index of the next element).
    std::size_t ensureContiguous(std::size_t n)
    {
        assert(n <= kChunk);
        if (static_cast<std::size_t>(m_end - m_tail) < n) {
            m_size += static_cast<std::size_t>(m_end - m_tail);
            m_tail = m_end;
            grow();
        }
        return m_size;
    }
    /// Pointer to the next free element (valid for as many elements as ensureContiguous promised).
    T* tail() { return m_tail; }
    void advance(std::size_t n)
    {
        m_tail += n;
        m_size += n;
    }

    T operator[](std::size_t i) const { return m_chunks[i >> ChunkBits][i & (kChunk - 1)]; }
    T& at(std::size_t i) { return m_chunks[i >> ChunkBits][i & (kChunk - 1)]; }
    const T* ptr(std::size_t i) const { return m_chunks[i >> ChunkBits] + (i & (kChunk - 1)); }
    /// The chunk holding element i; elements i .. chunkEnd(i) - 1 are contiguous.
    static std::size_t chunkEnd(std::size_t i) { return (i | (kChunk - 1)) + 1; }

    void clear()
    {
        for (T* c : m_chunks)
            chunkpool::release(c, kChunkBytes);
        m_chunks.clear();
        m_size = 0;
        m_tail = m_end = nullptr;
    }

private:
    void grow()
    {
        T* c = static_cast<T*>(chunkpool::acquire(kChunkBytes));
        m_chunks.push_back(c);
        m_tail = c;
        m_end = c + kChunk;
    }

    std::vector<T*> m_chunks;
    std::size_t m_size = 0;
    T* m_tail = nullptr;
    T* m_end = nullptr;
};

} // namespace vmviz
