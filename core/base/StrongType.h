// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A value that carries its meaning in its type, so a Pfn cannot be passed where a VirtAddr is
// expected (after heaptrack's src/util/indices.h).
#include <compare>
#include <cstdint>
#include <functional>

namespace vmviz {

template <typename Tag, typename Rep> class StrongType
{
public:
    using rep_type = Rep;

    constexpr StrongType() = default;
    constexpr explicit StrongType(Rep value) : m_value(value) {}

    constexpr Rep value() const { return m_value; }

    constexpr auto operator<=>(const StrongType&) const = default;
    constexpr bool operator==(const StrongType&) const = default;

private:
    Rep m_value{};
};

} // namespace vmviz

template <typename Tag, typename Rep> struct std::hash<vmviz::StrongType<Tag, Rep>>
{
    std::size_t operator()(const vmviz::StrongType<Tag, Rep>& v) const noexcept
    {
        return std::hash<Rep>{}(v.value());
    }
};
