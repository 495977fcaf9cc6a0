// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The kernel's struct list_head, over two journaled link columns. Nodes are slot indices; a list
// head is a node too. Keeping the kernel's head/tail discipline reproduces its allocation order
// (LIFO page reuse, ascending PFNs after a split).
#include "trace/Journal.h"

namespace vmviz {

class IntrusiveList
{
public:
    IntrusiveList(Column<std::uint32_t>& prev, Column<std::uint32_t>& next) : m_prev(prev), m_next(next) {}

    void initHead(std::uint32_t head)
    {
        m_prev.initialize(head, head);
        m_next.initialize(head, head);
    }
    void initHeadLogged(std::uint32_t head)
    {
        m_prev.set(head, head);
        m_next.set(head, head);
    }
    bool empty(std::uint32_t head) const { return m_next[head] == head; }
    std::uint32_t first(std::uint32_t head) const { return m_next[head]; }
    std::uint32_t last(std::uint32_t head) const { return m_prev[head]; }
    std::uint32_t next(std::uint32_t node) const { return m_next[node]; }
    std::uint32_t prev(std::uint32_t node) const { return m_prev[node]; }

    /// list_add: insert right after `head`.
    void addHead(std::uint32_t head, std::uint32_t node) { insertBetween(node, head, m_next[head]); }
    /// list_add_tail.
    void addTail(std::uint32_t head, std::uint32_t node) { insertBetween(node, m_prev[head], head); }
    /// list_del; the node's own links are left as they were (the kernel poisons them).
    void remove(std::uint32_t node)
    {
        const std::uint32_t p = m_prev[node];
        const std::uint32_t n = m_next[node];
        m_next.set(p, n);
        m_prev.set(n, p);
    }

    template <typename F> void forEach(std::uint32_t head, F&& f) const
    {
        for (std::uint32_t n = m_next[head]; n != head; n = m_next[n])
            f(n);
    }

private:
    void insertBetween(std::uint32_t node, std::uint32_t p, std::uint32_t n)
    {
        m_prev.set(n, node);
        m_next.set(node, n);
        m_prev.set(node, p);
        m_next.set(p, node);
    }

    Column<std::uint32_t>& m_prev;
    Column<std::uint32_t>& m_next;
};

} // namespace vmviz
