#include "trace/Journal.h"

#include <cstring>

namespace vmviz {

ColumnBase::ColumnBase(Journal& journal, const char* name)
    : m_journal(journal), m_name(name), m_id(journal.registerColumn(this))
{
}

std::uint32_t Journal::registerColumn(ColumnBase* column)
{
    m_columns.push_back(column);
    return static_cast<std::uint32_t>(m_columns.size() - 1);
}

void Journal::redo(std::size_t begin, std::size_t end)
{
    for (std::size_t i = begin; i < end; ++i) {
        const Delta& d = m_deltas[i];
        m_columns[d.column]->xorAt(d.index, d.xorBits);
    }
}

void Journal::undo(std::size_t begin, std::size_t end)
{
    for (std::size_t i = end; i > begin; --i) {
        const Delta& d = m_deltas[i - 1];
        m_columns[d.column]->xorAt(d.index, d.xorBits);
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

template <typename T>
void Column<T>::copyTo(std::vector<std::uint8_t>& out) const
{
    const std::size_t bytes = m_data.size() * sizeof(T);
    const std::size_t at = out.size();
    out.resize(at + bytes);
    if (bytes)
        std::memcpy(out.data() + at, m_data.data(), bytes);
}

template <typename T>
void Column<T>::restoreFrom(const std::uint8_t* data, std::size_t bytes)
{
    m_data.resize(bytes / sizeof(T));
    if (bytes)
        std::memcpy(m_data.data(), data, bytes);
}

template class Column<std::uint8_t>;
template class Column<std::uint16_t>;
template class Column<std::uint32_t>;
template class Column<std::uint64_t>;

} // namespace vmviz
