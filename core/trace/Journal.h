#pragma once
// All mutable machine state lives in Columns. A Column changes only through set(), which logs the
// change as an XOR delta in the Journal; undo and redo both apply the same XOR, so stepping back
// restores the previous state exactly without ever copying the machine (style.md §6).
#include <cassert>
#include <cstdint>
#include <functional>
#include <type_traits>
#include <vector>

namespace vmviz {

class Journal;

/// One logged change: column `column`, slot `index`, value ^= xorBits. 16 bytes.
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

    void setObserver(Observer observer) { m_observer = std::move(observer); }
    /// Columns with observers feed derived indices; a snapshot loader restores them last.
    bool hasObserver() const { return static_cast<bool>(m_observer); }
    std::uint32_t id() const { return m_id; }
    const char* name() const { return m_name; }

protected:
    ColumnBase(Journal& journal, const char* name);
    void notify(std::uint32_t index, std::uint64_t oldValue, std::uint64_t newValue) const
    {
        if (m_observer)
            m_observer(index, oldValue, newValue);
    }
    Journal& m_journal;

private:
    Observer m_observer;
    const char* m_name;
    std::uint32_t m_id;
};

class Journal
{
public:
    Journal() = default;
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// While off (boot, benchmarks of the bare engine), writes change state but log nothing.
    void setRecording(bool on) { m_recording = on; }
    bool recording() const { return m_recording; }

    std::size_t size() const { return m_deltas.size(); }
    const std::vector<Delta>& deltas() const { return m_deltas; }
    void reserve(std::size_t n) { m_deltas.reserve(n); }

    /// Apply deltas [begin, end) forward (redo) or in reverse order (undo).
    void redo(std::size_t begin, std::size_t end);
    void undo(std::size_t begin, std::size_t end);

    /// 64-bit hash of every column's logical contents (trailing zero slots ignored, so columns
    /// that grew during a run hash equal once stepped back).
    std::uint64_t stateHash() const;

    const std::vector<ColumnBase*>& columns() const { return m_columns; }

    // Used by Column<T> only.
    std::uint32_t registerColumn(ColumnBase* column);
    void log(std::uint32_t column, std::uint32_t index, std::uint64_t bits)
    {
        if (m_recording)
            m_deltas.push_back(Delta{bits, column, index});
    }

private:
    std::vector<ColumnBase*> m_columns;
    std::vector<Delta> m_deltas;
    bool m_recording = false;
};

template <typename T>
class Column final : public ColumnBase
{
    static_assert(std::is_unsigned_v<T>, "columns hold unsigned integers; encode other types");

public:
    Column(Journal& journal, const char* name) : ColumnBase(journal, name) {}

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
    void resize(std::size_t count) { m_data.resize(count, T{0}); }
    std::size_t append(std::size_t count = 1)
    {
        const std::size_t first = m_data.size();
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
    const std::vector<T>& raw() const { return m_data; }

private:
    std::vector<T> m_data;
};

} // namespace vmviz
