// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The set of busy vmap areas, indexed so that the Linux 2.6.36 alloc_vmap_area() placement query
// (mm/vmalloc.c) costs O(log n) instead of the kernel's linear rb_next walk, while returning exactly
// the address the kernel's walk would return.
//
// Why an index and not the walk: the simulator replays long traces with tens of thousands of live
// areas, and the kernel walk is linear in the number of areas below the first fitting hole.
//
// Structure: a treap keyed by va_start whose priorities are a hash of the key, so the tree's shape is
// a pure function of the key set (reproducible traces, no hidden state from insertion order or time).
// Each node caches the raw hole after its area (successor's start minus its end; "unbounded" for the
// last area) and the maximum of that over its subtree, which lets firstFit() descend straight to the
// lowest hole that can possibly fit.
#include <cstdint>
#include <optional>
#include <vector>

namespace vmviz {

class VmapAreaIndex
{
public:
    /// A busy area, half-open [start, end).
    struct Range
    {
        std::uint64_t start = 0;
        std::uint64_t end = 0;

        bool operator==(const Range&) const = default;
    };

    /// Adds [start, end). Precondition (asserted): start < end and no overlap with a present area.
    void insert(std::uint64_t start, std::uint64_t end);
    /// Removes the area starting exactly at start. Precondition (asserted): it is present.
    void erase(std::uint64_t start);
    void clear();
    /// Pre-sizes node storage for n areas so a bulk load does not reallocate.
    void reserve(std::size_t n);

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    /// The area starting exactly at start.
    std::optional<Range> find(std::uint64_t start) const;
    /// The area with start <= addr < end.
    std::optional<Range> containing(std::uint64_t addr) const;
    /// The first area (in address order) with start >= addr.
    std::optional<Range> lowerBound(std::uint64_t addr) const;

    /// The address 2.6.36 alloc_vmap_area(size, align, vstart, vend) returns, or nullopt where the
    /// kernel takes its overflow path. align is a power of two >= 1; gap is the guard hole the walk
    /// leaves after each busy area (PAGE_SIZE in 2.6.36). vend is compared as the kernel does:
    /// addr + size > vend fails, so an area may end exactly at vend.
    ///
    /// Arithmetic never wraps: every place where the kernel's unsigned long would wrap is reported as
    /// overflow (nullopt). That includes addr + size == 2^64, which the kernel's own sum would turn
    /// into 0 and accept. size == 0 (a BUG_ON in the kernel) also yields nullopt.
    ///
    /// Cost: O(log n) whenever ALIGN(area.end + gap) is a no-op (page-aligned areas, gap 0 or
    /// PAGE_SIZE, align <= PAGE_SIZE: every vmalloc). Otherwise each hole that is big enough for
    /// size + gap but loses the fit to alignment costs one more O(log n) step.
    std::optional<std::uint64_t> firstFit(std::uint64_t size, std::uint64_t align, std::uint64_t vstart,
                                          std::uint64_t vend, std::uint64_t gap) const;

    /// All areas in address order.
    std::vector<Range> ranges() const;

    /// Calls f(const Range&) for every area in address order.
    template <typename F> void forEach(F&& f) const
    {
        // Explicit stack: the traversal must not depend on the tree depth staying small.
        std::vector<std::uint32_t> stack;
        std::uint32_t n = m_root;
        while (n != kNil || !stack.empty()) {
            while (n != kNil) {
                stack.push_back(n);
                n = m_nodes[n].left;
            }
            n = stack.back();
            stack.pop_back();
            const Range r{m_nodes[n].start, m_nodes[n].end};
            f(r);
            n = m_nodes[n].right;
        }
    }

    /// Full structural check (order, heap priorities, cached holes and subtree maxima, no overlap,
    /// size). O(n); meant for tests and VMVIZ_CHECK_INVARIANTS builds.
    bool checkInvariants() const;

private:
    static constexpr std::uint32_t kNil = 0xffffffffu;
    /// The hole after the highest area: nothing above it bounds the walk except vend.
    static constexpr std::uint64_t kUnbounded = ~std::uint64_t{0};

    struct Node
    {
        std::uint64_t start = 0;
        std::uint64_t end = 0;
        std::uint64_t priority = 0;
        /// successor.start - end, or kUnbounded for the highest area. Kept without the guard gap so
        /// the cache does not depend on the query's gap argument.
        std::uint64_t holeAfter = kUnbounded;
        /// max(holeAfter) over this node's subtree.
        std::uint64_t maxHoleAfter = kUnbounded;
        std::uint32_t left = kNil;
        std::uint32_t right = kNil;
    };

    std::uint32_t allocNode(std::uint64_t start, std::uint64_t end);
    void pull(std::uint32_t n);
    bool higherPriority(std::uint32_t a, std::uint32_t b) const;
    /// Splits t into keys < key and keys >= key.
    void split(std::uint32_t t, std::uint64_t key, std::uint32_t& lo, std::uint32_t& hi);
    std::uint32_t merge(std::uint32_t a, std::uint32_t b);
    /// Sets the hole of the highest area in tree t (if any) and repairs the maxima on the right spine.
    void setLastHole(std::uint32_t t, std::uint64_t hole);
    std::uint32_t leftmost(std::uint32_t t) const;
    std::uint32_t rightmost(std::uint32_t t) const;
    std::uint32_t findNode(std::uint64_t start) const;
    /// Lowest area with start >= lo whose holeAfter >= need, or kNil.
    std::uint32_t firstWithHole(std::uint32_t t, std::uint64_t lo, std::uint64_t need) const;

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_free;
    std::uint32_t m_root = kNil;
    std::size_t m_size = 0;
};

} // namespace vmviz
