// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// All mutable machine state lives in Columns. A Column changes only through set(), which logs the
// change as an XOR delta in the Journal; undo and redo both apply the same XOR, so stepping back
// restores the previous state exactly without ever copying the machine (style.md §6).
#include "trace/Chunked.h"
#include "trace/MachinePart.h"
#include <cassert>
#include <cstdint>

#include <algorithm>
#include <functional>
#include <type_traits>
#include <vector>

namespace vmviz {

class Journal;

/// One logged change: column `column`, slot `index`, value ^= xorBits. The journal stores it packed
/// (see Journal); this is the decoded form handed to readers.
struct Delta
{
    std::uint64_t xorBits;
    std::uint32_t column;
    std::uint32_t index;
};

class ColumnBase
{
public:
    /// Called after a slot changed, forward or backward; keeps derived indices (search trees) in step.
    using Observer = std::function<void(std::uint32_t index, std::uint64_t oldValue, std::uint64_t newValue)>;

    virtual ~ColumnBase() = default;
    virtual void xorAt(std::uint32_t index, std::uint64_t bits) = 0;
    virtual std::size_t slotCount() const = 0;
    virtual std::uint64_t valueAt(std::size_t index) const = 0;
    virtual std::size_t byteSize() const = 0;
    /// Bytes per slot.
    virtual std::size_t width() const = 0;
    virtual void copyTo(std::vector<std::uint8_t>& out) const = 0;
    virtual void restoreFrom(const std::uint8_t* data, std::size_t bytes) = 0;
    /// The slot array for the journal's flat replay: base pointer and log2 of the slot width. The
    /// array is followed by at least 7 readable and writable bytes (Column keeps that padding).
    virtual std::uint8_t* replayBase() = 0;
    virtual unsigned widthShift() const = 0;

    void setObserver(Observer observer) { m_observer = std::move(observer); }
    /// Columns with observers feed derived indices; checkpoint restores and the snapshot loader
    /// rebuild them last.
    bool observed() const { return static_cast<bool>(m_observer); }
    /// Re-announce every non-zero slot as a change from 0, after the column was rebuilt wholesale
    /// (a checkpoint restore), so the observer can rebuild its derived index from scratch.
    void renotifyAll() const
    {
        if (!m_observer)
            return;
        const std::size_t n = slotCount();
        for (std::size_t i = 0; i < n; ++i)
            if (const std::uint64_t v = valueAt(i))
                m_observer(static_cast<std::uint32_t>(i), 0, v);
    }
    std::uint32_t id() const { return m_id; }
    /// For diagnostics and core-internal lookups only; readers tell columns apart by part().
    const char* name() const { return m_name; }
    MachinePart part() const { return m_part; }

protected:
    ColumnBase(Journal& journal, MachinePart part, const char* name);
    void notify(std::uint32_t index, std::uint64_t oldValue, std::uint64_t newValue) const
    {
        if (m_observer) [[unlikely]]
            m_observer(index, oldValue, newValue);
    }
    Journal& m_journal;

private:
    Observer m_observer;
    const char* m_name;
    MachinePart m_part;
    std::uint32_t m_id;
};

/// The delta log. Each delta is stored in 8 bytes: the slot index, the column id (8 bits) and the
/// XOR bits when they fit in 23 bits; wider XORs (page-table entries, pointers) set a flag and go
/// to a side stream of 64-bit words, in order. Both streams are chunked (no copy on growth).
/// Replay is a flat loop: a table of (slot array, width) per column and a masked 64-bit
/// read-modify-write per delta; only columns with an observer take the virtual slow path.
class Journal
{
public:
    Journal() = default;
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// While off (boot, benchmarks of the bare engine), writes change state but log nothing.
    void setRecording(bool on) { m_recording = on; }
    bool recording() const { return m_recording; }

    std::size_t size() const { return m_records.size(); }
    /// Delta i, decoded (random access: scans at most one block of 4096 records).
    Delta delta(std::size_t i) const;
    /// Calls f(const Delta&) for deltas [begin, end) in order.
    template <typename F> void forEachDelta(std::size_t begin, std::size_t end, F&& f) const
    {
        std::size_t o = overflowIndexAt(begin);
        for (std::size_t i = begin; i < end;) {
            const std::size_t stop = std::min(end, decltype(m_records)::chunkEnd(i));
            const Record* r = m_records.ptr(i);
            for (; i < stop; ++i, ++r) {
                std::uint64_t bits = r->word >> kPayloadShift;
                if (r->word & kOverflowFlag)
                    bits = m_overflow[o++];
                f(Delta{bits, r->word & kColumnMask, r->index});
            }
        }
    }
    /// Bytes the delta log holds (chunks, including the unused tail of the last one).
    std::size_t storageBytes() const
    {
        return m_records.capacityBytes() + m_overflow.capacityBytes() +
               m_blockOverflow.capacity() * sizeof(std::uint64_t);
    }
    /// The same, counting only what is filled.
    std::size_t storageBytesUsed() const
    {
        return m_records.size() * sizeof(Record) + m_overflow.size() * sizeof(std::uint64_t) +
               m_blockOverflow.size() * sizeof(std::uint64_t);
    }

    /// Apply deltas [begin, end) forward (redo) or in reverse order (undo).
    void redo(std::size_t begin, std::size_t end);
    void undo(std::size_t begin, std::size_t end);

    /// Every column's slots at one moment: a playback checkpoint.
    struct State
    {
        std::vector<std::uint8_t> bytes;  ///< the columns' slot arrays, concatenated in id order
        std::vector<std::size_t> offsets; ///< per column: its start in bytes; one extra entry at the end
        std::size_t byteSize() const { return bytes.capacity() + offsets.capacity() * sizeof(std::size_t); }
    };
    void capture(State& out) const;
    /// Puts every column back to `state`. Observed columns are emptied slot by slot and refilled
    /// through their observers (removals against the old plain columns, insertions against the
    /// restored ones), so derived indices end up as a replay would leave them.
    void restore(const State& state);

    /// 64-bit hash of every column's logical contents (trailing zero slots ignored, so columns
    /// that grew during a run hash equal once stepped back).
    std::uint64_t stateHash() const;

    const std::vector<ColumnBase*>& columns() const { return m_columns; }

    // Used by Column<T> only.
    std::uint32_t registerColumn(ColumnBase* column);
    void log(std::uint32_t column, std::uint32_t index, std::uint64_t bits)
    {
        if (!m_recording)
            return;
        const std::size_t n = m_records.size();
        if ((n & (kBlock - 1)) == 0) [[unlikely]]
            m_blockOverflow.push_back(m_overflow.size());
        if (bits < (std::uint64_t{1} << kPayloadBits)) [[likely]] {
            m_records.push_back(Record{index, column | static_cast<std::uint32_t>(bits << kPayloadShift)});
        } else {
            m_records.push_back(Record{index, column | kOverflowFlag});
            m_overflow.push_back(bits);
        }
    }

private:
    struct Record
    {
        std::uint32_t index;
        std::uint32_t word; ///< column (bits 0-7) | overflow flag (bit 8) | XOR bits (bits 9-31)
    };
    static constexpr std::uint32_t kColumnMask = 0xff;
    static constexpr std::uint32_t kOverflowFlag = 0x100;
    static constexpr unsigned kPayloadShift = 9;
    static constexpr unsigned kPayloadBits = 23;
    static constexpr std::size_t kBlock = 4096; ///< records per entry of m_blockOverflow

    struct ReplaySlot
    {
        std::uint8_t* base;
        std::uint32_t shift;
        std::uint32_t observed;
    };
    void refreshReplayTable();
    /// Position in m_overflow of the first wide XOR at or after record i.
    std::size_t overflowIndexAt(std::size_t i) const;

    std::vector<ColumnBase*> m_columns;
    std::vector<ReplaySlot> m_replay;
    ChunkedVector<Record, 20> m_records;         ///< 8 MiB chunks
    ChunkedVector<std::uint64_t, 17> m_overflow; ///< 1 MiB chunks
    std::vector<std::uint64_t> m_blockOverflow;  ///< m_overflow.size() at every kBlock-th record
    bool m_recording = false;
};

template <typename T> class Column final : public ColumnBase
{
    static_assert(std::is_unsigned_v<T>, "columns hold unsigned integers; encode other types");

public:
    Column(Journal& journal, MachinePart part, const char* name) : ColumnBase(journal, part, name) {}

    T operator[](std::size_t index) const
    {
        assert(index < m_data.size() && "column index out of range");
        return m_data[index];
    }
    std::size_t size() const { return m_data.size(); }

    void set(std::size_t index, T value)
    {
        assert(index < m_data.size() && "column index out of range");
        const T old = m_data[index];
        if (old == value)
            return;
        m_data[index] = value;
        m_journal.log(id(), static_cast<std::uint32_t>(index), static_cast<std::uint64_t>(old ^ value));
        notify(static_cast<std::uint32_t>(index), old, value);
    }

    /// Growth is not journaled: new slots are zero, and every later write to them is, so an undo
    /// returns them to zero (see Journal::stateHash).
    void resize(std::size_t count)
    {
        reservePadded(count);
        m_data.resize(count, T{0});
    }
    std::size_t append(std::size_t count = 1)
    {
        const std::size_t first = m_data.size();
        reservePadded(first + count);
        m_data.resize(first + count, T{0});
        return first;
    }

    /// Unlogged write, for building the boot state only.
    void initialize(std::size_t index, T value) { m_data[index] = value; }

    void xorAt(std::uint32_t index, std::uint64_t bits) override
    {
        const T old = m_data[index];
        m_data[index] = static_cast<T>(old ^ static_cast<T>(bits));
        notify(index, old, m_data[index]);
    }
    std::size_t slotCount() const override { return m_data.size(); }
    std::uint64_t valueAt(std::size_t index) const override { return m_data[index]; }
    std::size_t byteSize() const override { return m_data.size() * sizeof(T); }
    std::size_t width() const override { return sizeof(T); }
    void copyTo(std::vector<std::uint8_t>& out) const override;
    void restoreFrom(const std::uint8_t* data, std::size_t bytes) override;
    std::uint8_t* replayBase() override
    {
        reservePadded(m_data.size());
        return reinterpret_cast<std::uint8_t*>(m_data.data());
    }
    unsigned widthShift() const override
    {
        return sizeof(T) == 1 ? 0 : sizeof(T) == 2 ? 1 : sizeof(T) == 4 ? 2 : 3;
    }
    const std::vector<T>& raw() const { return m_data; }

private:
    /// The journal's replay reads and writes 8 bytes at a slot, so keep 8 bytes of spare capacity
    /// behind the last slot (XOR bits beyond the slot's width are zero, so the spare stays as is).
    static constexpr std::size_t kPad = (7 + sizeof(T) - 1) / sizeof(T);
    void reservePadded(std::size_t count)
    {
        if (m_data.capacity() < count + kPad)
            m_data.reserve(std::max(count + kPad, m_data.capacity() * 2));
    }

    std::vector<T> m_data;
};

} // namespace vmviz
