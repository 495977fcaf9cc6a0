// SPDX-License-Identifier: GPL-2.0-only
#include "vmalloc/VmapAreaIndex.h"

#include <algorithm>
#include <cassert>
#include <limits>

namespace vmviz {

namespace {

constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();

/// splitmix64 finaliser: a fixed, well-mixed priority per key, so the treap's shape depends only on
/// the key set and page-aligned (low-entropy) keys still give a balanced tree.
std::uint64_t priorityOf(std::uint64_t key)
{
    std::uint64_t z = key + 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/// a + b, or false where the kernel's unsigned long would wrap.
bool checkedAdd(std::uint64_t a, std::uint64_t b, std::uint64_t& out)
{
    if (b > kMax - a)
        return false;
    out = a + b;
    return true;
}

/// The kernel's ALIGN(x, align), or false where its x + align - 1 would wrap (the true result is 2^64).
bool alignUp(std::uint64_t x, std::uint64_t align, std::uint64_t& out)
{
    std::uint64_t bumped = 0;
    if (!checkedAdd(x, align - 1, bumped))
        return false;
    out = bumped & ~(align - 1);
    return true;
}

} // namespace

std::uint32_t VmapAreaIndex::allocNode(std::uint64_t start, std::uint64_t end)
{
    Node node;
    node.start = start;
    node.end = end;
    node.priority = priorityOf(start);
    if (!m_free.empty()) {
        const std::uint32_t n = m_free.back();
        m_free.pop_back();
        m_nodes[n] = node;
        return n;
    }
    assert(m_nodes.size() < kNil);
    m_nodes.push_back(node);
    return static_cast<std::uint32_t>(m_nodes.size() - 1);
}

void VmapAreaIndex::pull(std::uint32_t n)
{
    Node& node = m_nodes[n];
    std::uint64_t best = node.holeAfter;
    if (node.left != kNil)
        best = std::max(best, m_nodes[node.left].maxHoleAfter);
    if (node.right != kNil)
        best = std::max(best, m_nodes[node.right].maxHoleAfter);
    node.maxHoleAfter = best;
}

bool VmapAreaIndex::higherPriority(std::uint32_t a, std::uint32_t b) const
{
    // Ties broken by key so the shape stays a function of the key set even on a hash collision.
    const Node& na = m_nodes[a];
    const Node& nb = m_nodes[b];
    return na.priority != nb.priority ? na.priority > nb.priority : na.start < nb.start;
}

void VmapAreaIndex::split(std::uint32_t t, std::uint64_t key, std::uint32_t& lo, std::uint32_t& hi)
{
    if (t == kNil) {
        lo = hi = kNil;
        return;
    }
    if (m_nodes[t].start < key) {
        std::uint32_t rightLo = kNil;
        split(m_nodes[t].right, key, rightLo, hi);
        m_nodes[t].right = rightLo;
        lo = t;
    } else {
        std::uint32_t leftHi = kNil;
        split(m_nodes[t].left, key, lo, leftHi);
        m_nodes[t].left = leftHi;
        hi = t;
    }
    pull(t);
}

std::uint32_t VmapAreaIndex::merge(std::uint32_t a, std::uint32_t b)
{
    if (a == kNil)
        return b;
    if (b == kNil)
        return a;
    if (higherPriority(a, b)) {
        const std::uint32_t merged = merge(m_nodes[a].right, b);
        m_nodes[a].right = merged;
        pull(a);
        return a;
    }
    const std::uint32_t merged = merge(a, m_nodes[b].left);
    m_nodes[b].left = merged;
    pull(b);
    return b;
}

void VmapAreaIndex::setLastHole(std::uint32_t t, std::uint64_t hole)
{
    if (t == kNil)
        return;
    if (m_nodes[t].right == kNil)
        m_nodes[t].holeAfter = hole;
    else
        setLastHole(m_nodes[t].right, hole);
    pull(t);
}

std::uint32_t VmapAreaIndex::leftmost(std::uint32_t t) const
{
    if (t == kNil)
        return kNil;
    while (m_nodes[t].left != kNil)
        t = m_nodes[t].left;
    return t;
}

std::uint32_t VmapAreaIndex::rightmost(std::uint32_t t) const
{
    if (t == kNil)
        return kNil;
    while (m_nodes[t].right != kNil)
        t = m_nodes[t].right;
    return t;
}

void VmapAreaIndex::insert(std::uint64_t start, std::uint64_t end)
{
    assert(start < end);
    // Allocate first: it may grow m_nodes, and nothing below holds references across it.
    const std::uint32_t x = allocNode(start, end);

    std::uint32_t lo = kNil;
    std::uint32_t hi = kNil;
    split(m_root, start, lo, hi);
    const std::uint32_t pred = rightmost(lo);
    const std::uint32_t succ = leftmost(hi);
    assert(pred == kNil || m_nodes[pred].end <= start);
    assert(succ == kNil || m_nodes[succ].start >= end);

    // The new area splits the predecessor's hole in two: the part below it now belongs to the
    // predecessor, the part above to the new node.
    m_nodes[x].holeAfter = succ == kNil ? kUnbounded : m_nodes[succ].start - end;
    pull(x);
    if (pred != kNil)
        setLastHole(lo, start - m_nodes[pred].end);

    m_root = merge(merge(lo, x), hi);
    ++m_size;
}

void VmapAreaIndex::erase(std::uint64_t start)
{
    std::uint32_t lo = kNil;
    std::uint32_t rest = kNil;
    split(m_root, start, lo, rest);
    std::uint32_t mid = kNil;
    std::uint32_t hi = kNil;
    // start < end <= 2^64 - 1, so start + 1 cannot wrap.
    split(rest, start + 1, mid, hi);
    assert(mid != kNil && "erase: no area starts at this address");
    assert(mid == kNil || (m_nodes[mid].left == kNil && m_nodes[mid].right == kNil));
    if (mid == kNil) {
        m_root = merge(lo, hi);
        return;
    }

    // The predecessor's hole absorbs the erased area and the hole after it.
    const std::uint32_t pred = rightmost(lo);
    if (pred != kNil) {
        const std::uint32_t succ = leftmost(hi);
        setLastHole(lo, succ == kNil ? kUnbounded : m_nodes[succ].start - m_nodes[pred].end);
    }
    m_free.push_back(mid);
    m_root = merge(lo, hi);
    --m_size;
}

void VmapAreaIndex::clear()
{
    m_nodes.clear();
    m_free.clear();
    m_root = kNil;
    m_size = 0;
}

void VmapAreaIndex::reserve(std::size_t n)
{
    m_nodes.reserve(n);
}

std::uint32_t VmapAreaIndex::findNode(std::uint64_t start) const
{
    std::uint32_t n = m_root;
    while (n != kNil) {
        const Node& node = m_nodes[n];
        if (start == node.start)
            return n;
        n = start < node.start ? node.left : node.right;
    }
    return kNil;
}

std::optional<VmapAreaIndex::Range> VmapAreaIndex::find(std::uint64_t start) const
{
    const std::uint32_t n = findNode(start);
    if (n == kNil)
        return std::nullopt;
    return Range{m_nodes[n].start, m_nodes[n].end};
}

std::optional<VmapAreaIndex::Range> VmapAreaIndex::containing(std::uint64_t addr) const
{
    // The highest area starting at or below addr is the only one that can contain it.
    std::uint32_t best = kNil;
    std::uint32_t n = m_root;
    while (n != kNil) {
        if (m_nodes[n].start <= addr) {
            best = n;
            n = m_nodes[n].right;
        } else {
            n = m_nodes[n].left;
        }
    }
    if (best == kNil || addr >= m_nodes[best].end)
        return std::nullopt;
    return Range{m_nodes[best].start, m_nodes[best].end};
}

std::optional<VmapAreaIndex::Range> VmapAreaIndex::lowerBound(std::uint64_t addr) const
{
    std::uint32_t best = kNil;
    std::uint32_t n = m_root;
    while (n != kNil) {
        if (m_nodes[n].start >= addr) {
            best = n;
            n = m_nodes[n].left;
        } else {
            n = m_nodes[n].right;
        }
    }
    if (best == kNil)
        return std::nullopt;
    return Range{m_nodes[best].start, m_nodes[best].end};
}

std::uint32_t VmapAreaIndex::firstWithHole(std::uint32_t t, std::uint64_t lo, std::uint64_t need) const
{
    // Along the boundary path (nodes straddling lo) at most one subtree wholly >= lo is entered with a
    // maximum >= need, and that descent always succeeds, so the search is O(depth).
    while (t != kNil) {
        const Node& node = m_nodes[t];
        if (node.maxHoleAfter < need)
            return kNil;
        if (node.start < lo) {
            t = node.right;
            continue;
        }
        const std::uint32_t inLeft = firstWithHole(node.left, lo, need);
        if (inLeft != kNil)
            return inLeft;
        if (node.holeAfter >= need)
            return t;
        t = node.right;
    }
    return kNil;
}

std::optional<std::uint64_t> VmapAreaIndex::firstFit(std::uint64_t size, std::uint64_t align,
                                                     std::uint64_t vstart, std::uint64_t vend,
                                                     std::uint64_t gap) const
{
    assert(align != 0 && (align & (align - 1)) == 0);
    if (size == 0)
        return std::nullopt;

    // The kernel works with addr + size; addr + (size - 1) is the same test without the wrap at 2^64.
    // "addr + size > x" becomes "lastByte >= x".
    std::uint64_t addr = 0;
    std::uint64_t lastByte = 0;
    if (!alignUp(vstart, align, addr) || !checkedAdd(addr, size - 1, lastByte))
        return std::nullopt;

    // The kernel's rbtree descent + rb_next: the lowest area ending at or above addr. An area ending
    // exactly at addr counts, so it pushes the allocation past it plus the guard gap. (The real descent
    // may instead stop at a higher area that still starts below addr + size; every hole below that one
    // is shorter than size, so the walk from here ends at the same address.)
    std::uint32_t first = kNil;
    for (std::uint32_t n = m_root; n != kNil;) {
        if (m_nodes[n].end >= addr) {
            first = n;
            n = m_nodes[n].left;
        } else {
            n = m_nodes[n].right;
        }
    }
    // Only the first hole, [addr, first->va_start), is tried without a guard gap in front.
    if (first == kNil || lastByte < m_nodes[first].start)
        return lastByte < vend ? std::optional<std::uint64_t>(addr) : std::nullopt;
    // The walk stops as soon as addr + size passes vend, and every later candidate is higher still.
    if (lastByte >= vend)
        return std::nullopt;

    // Each later candidate is ALIGN(area.end + gap) and fits if it ends by the next area's start. A hole
    // (next.start - end) smaller than size + gap can never fit, so skip straight to the lowest hole
    // that might; the candidates in between are exactly the ones the kernel walks past. Candidates
    // grow with the area's end, so an overflow or a vend miss on the found one is also where the
    // kernel would have failed.
    std::uint64_t need = 0;
    if (!checkedAdd(size, gap, need))
        need = kMax;
    std::uint64_t lo = m_nodes[first].start;
    for (;;) {
        const std::uint32_t n = firstWithHole(m_root, lo, need);
        // The highest area's hole is unbounded, and it is at or above first.
        assert(n != kNil);
        if (n == kNil)
            return std::nullopt;
        const Node& node = m_nodes[n];
        std::uint64_t afterGap = 0;
        if (!checkedAdd(node.end, gap, afterGap) || !alignUp(afterGap, align, addr) ||
            !checkedAdd(addr, size - 1, lastByte) || lastByte >= vend)
            return std::nullopt;
        if (node.holeAfter == kUnbounded)
            return addr;
        const std::uint64_t nextStart = node.end + node.holeAfter;
        if (lastByte < nextStart)
            return addr;
        // Alignment pushed the request past the next area; the walk moves on to the next hole.
        lo = node.start + 1;
    }
}

std::vector<VmapAreaIndex::Range> VmapAreaIndex::ranges() const
{
    std::vector<Range> out;
    out.reserve(m_size);
    forEach([&out](const Range& r) { out.push_back(r); });
    return out;
}

bool VmapAreaIndex::checkInvariants() const
{
    if (m_nodes.size() - m_free.size() != m_size)
        return false;
    if (m_root == kNil)
        return m_size == 0;

    // In-order over an explicit stack: checks order and holes against the previous area, and each
    // node's heap priority and cached maximum against its children.
    bool ok = true;
    std::size_t count = 0;
    std::uint32_t prev = kNil;
    std::vector<std::uint32_t> stack;
    std::uint32_t n = m_root;
    while (n != kNil || !stack.empty()) {
        while (n != kNil) {
            stack.push_back(n);
            n = m_nodes[n].left;
        }
        n = stack.back();
        stack.pop_back();
        const Node& node = m_nodes[n];
        ++count;
        ok = ok && node.start < node.end && node.priority == priorityOf(node.start);
        if (prev != kNil) {
            const Node& p = m_nodes[prev];
            ok = ok && p.end <= node.start && p.holeAfter == node.start - p.end;
        }
        for (const std::uint32_t child : {node.left, node.right}) {
            if (child != kNil)
                ok = ok && higherPriority(n, child);
        }
        std::uint64_t best = node.holeAfter;
        if (node.left != kNil)
            best = std::max(best, m_nodes[node.left].maxHoleAfter);
        if (node.right != kNil)
            best = std::max(best, m_nodes[node.right].maxHoleAfter);
        // Children are checked too (in-order visits every node), so comparing against their cached
        // maxima is enough to validate the whole tree.
        ok = ok && node.maxHoleAfter == best;
        prev = n;
        n = node.right;
    }
    ok = ok && count == m_size && m_nodes[prev].holeAfter == kUnbounded;
    return ok;
}

} // namespace vmviz
