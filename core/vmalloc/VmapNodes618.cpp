// SPDX-License-Identifier: GPL-2.0-only
// mm/vmalloc.c of Linux 6.18.2, the vmap nodes (6.9+): nr_vmap_nodes = clamp(num_possible_cpus(),
// 1, 128), each with its busy and lazy trees and MAX_VA_SIZE_PAGES exact-size pools of purged
// vmap_areas. node_alloc() serves an allocation from the pool of the CPU's node before any search;
// the purge fills the pools (purge_vmap_node → node_pool_add_va) and decays them
// (decay_va_pool_node). The model's task runs on CPU 0, so vn_id is always node 0.
#include "vmalloc/Vmalloc.h"

#include "base/Constants.h"
#include "base/Format.h"

#include <algorithm>
#include <cassert>

namespace vmviz {

namespace {
constexpr std::uint64_t kVmapZoneSize = 16 * k::PAGE_SIZE; // vmap_init_nodes: vmap_zone_size
constexpr std::uint64_t kMaxVaSizePages = 256;             // MAX_VA_SIZE_PAGES: the pools per node
} // namespace

unsigned Vmalloc::vmapNodes() const
{
    // vmap_init_nodes(): nr_vmap_nodes = clamp(num_possible_cpus(), 1, 128).
    return std::clamp(m_cpus, 1u, 128u);
}

std::optional<std::uint32_t> Vmalloc::nodeAlloc(std::uint64_t size, std::uint64_t align)
{
    // node_alloc() (l.1968): vmalloc's range is VMALLOC_START..VMALLOC_END, so the pools apply.
    // The model's task runs on CPU 0, so vn_id is node 0.
    constexpr unsigned node = 0;
    m_recorder.call(Fn::node_alloc, size, align, node);
    // node_pool_del_va(): size_to_va_pool() has a pool for up to MAX_VA_SIZE_PAGES pages.
    const std::uint64_t pages = size >> k::PAGE_SHIFT;
    std::optional<std::uint32_t> taken;
    const auto it = m_pools.find({node, pages});
    if (pages > kMaxVaSizePages) {
        m_recorder.note(Ev::Note,
                        fmt::printf("%llu pages is over MAX_VA_SIZE_PAGES (256): no pool holds this "
                                    "size",
                                    static_cast<unsigned long long>(pages)));
    } else if (it == m_pools.end() || it->second.empty()) {
        m_recorder.effect(Ev::PoolEmpty, size, node);
    } else {
        // list_first_entry: the head, the vmap_area pooled last. Its va_start is page aligned, and
        // the model's callers ask for at most PAGE_SIZE alignment, so it is never rotated away.
        const std::uint32_t pooled = it->second.back();
        assert((m_vaStart[pooled] & (align - 1)) == 0);
        m_recorder.effect(Ev::PoolTake, m_vaStart[pooled], m_vaEnd[pooled], node);
        taken = pooled;
    }
    m_recorder.ret(Fn::node_alloc, taken ? m_vaObject[*taken] : 0);
    return taken;
}

void Vmalloc::takeFromPool(std::uint32_t pooled, std::uint32_t id)
{
    // The pooled vmap_area serves the new area: it leaves the pool (and the model's old id), and
    // alloc_vmap_area() goes on as after a search: va fields, vn_id, the busy tree.
    const std::uint64_t start = m_vaStart[pooled];
    const std::uint64_t end = m_vaEnd[pooled];
    const std::uint64_t va = m_vaObject[pooled];
    const std::uint8_t vnId = m_vaNode[pooled];
    m_vaFlags.set(pooled, 0);
    m_vaAlive.set(pooled, 0);
    m_vaStart.set(id, start);
    m_vaEnd.set(id, end);
    m_vaObject.set(id, va);
    m_slab.setObjectRole(va, ObjectRole::VmapArea, id);
    m_vaNode.set(id, vnId);
    m_recorder.effect(Ev::VnId, vnId - 1u, std::uint64_t{vnId} << 8);
    m_vaFlags.set(id, k::VM_VM_AREA);
    m_vaAlive.set(id, 1);
    m_vmAddr.set(id, start);
    m_vmSize.set(id, end - start);
    m_vmLinked.set(id, 1);
    m_recorder.effect(Ev::BusyInsert, start, end - start, (start / kVmapZoneSize) % vmapNodes());
}

std::vector<AreaId> Vmalloc::pool(unsigned node, std::uint64_t pages) const
{
    std::vector<AreaId> out;
    const auto it = m_pools.find({node, pages});
    if (it != m_pools.end())
        for (auto id = it->second.rbegin(); id != it->second.rend(); ++id)
            out.push_back(AreaId{*id});
    return out;
}

std::size_t Vmalloc::pooledCount() const
{
    std::size_t n = 0;
    for (const auto& [key, list] : m_pools)
        n += list.size();
    return n;
}

unsigned Vmalloc::lazyNodeOf(std::uint32_t id) const
{
    // free_vmap_area_noflush(): the node in vn_id if there is one, else addr_to_node(va_start).
    if (m_vaNode[id])
        return m_vaNode[id] - 1u;
    return static_cast<unsigned>((m_vaStart[id] / kVmapZoneSize) % vmapNodes());
}

void Vmalloc::decayPoolNode(unsigned node, bool fullDecay)
{
    // decay_va_pool_node(): each pool gives back len >> 2 of its vmap_areas (all of them on a full
    // decay), taken from the head. The kernel first merges them among themselves on a local tree,
    // then into the free tree (reclaim_list_global); the model merges each straight into the free
    // tree, which ends in the same free blocks.
    bool any = false;
    for (const auto& [key, list] : m_pools)
        any = any || (key.first == node && !list.empty());
    if (!any)
        return; // every pool of the node is empty: the loop does nothing
    m_recorder.call(Fn::decay_va_pool_node, node, fullDecay ? 1 : 0);
    std::vector<std::uint64_t> sizes;
    for (const auto& [key, list] : m_pools)
        if (key.first == node && !list.empty())
            sizes.push_back(key.second);
    for (const std::uint64_t pages : sizes) {
        const std::vector<std::uint32_t> list = m_pools[{node, pages}];
        const std::size_t decay = fullDecay ? list.size() : list.size() >> 2;
        m_recorder.effect(Ev::PoolDecay, node, decay, list.size() - decay);
        for (std::size_t i = 0; i < decay; ++i) {
            const std::uint32_t id = list[list.size() - 1 - i];
            m_vaFlags.set(id, 0);
            mergeOrAddFree(id);
        }
    }
    m_recorder.ret(Fn::decay_va_pool_node);
}

void Vmalloc::purge618(bool fullPoolDecay)
{
    // __purge_vmap_area_lazy(ULONG_MAX, 0, full_pool_decay) (l.2301), under vmap_purge_lock.
    m_recorder.call(Fn::purge_vmap_area_lazy_618, ~0ull, 0, fullPoolDecay);
    // for_each_vmap_node: skip_populate = full_pool_decay; decay its pools; then take its lazy list.
    for (unsigned node = 0; node < vmapNodes(); ++node)
        decayPoolNode(node, fullPoolDecay);
    const std::vector<std::pair<std::uint64_t, std::uint32_t>> lazy(m_lazy.begin(), m_lazy.end());
    if (lazy.empty()) {
        m_recorder.effect(Ev::PurgeNothing);
        m_recorder.ret(Fn::purge_vmap_area_lazy_618, 0);
        return;
    }
    std::uint64_t start = ~0ull;
    std::uint64_t end = 0;
    std::vector<unsigned> nodes; // the nodes with work, in node order (purge_nodes)
    for (unsigned node = 0; node < vmapNodes(); ++node) {
        for (const auto& [vaStart, id] : lazy) {
            if (lazyNodeOf(id) != node)
                continue;
            if (nodes.empty() || nodes.back() != node)
                nodes.push_back(node);
            start = std::min(start, m_vaStart[id]);
            end = std::max(end, m_vaEnd[id]);
            m_recorder.effect(Ev::PurgeTake, m_vaStart[id], m_vaEnd[id], node);
        }
    }
    m_recorder.effect(Ev::TlbFlush, start, end);
    // purge_vmap_node() for each node with work; the model runs them in this task, one after another.
    for (const unsigned node : nodes) {
        m_recorder.call(Fn::purge_vmap_node, node);
        std::uint64_t nr = 0;
        std::vector<std::uint32_t> global; // local_list: what goes back to the free tree
        for (const auto& [vaStart, id] : lazy) {
            if (lazyNodeOf(id) != node)
                continue;
            nr += (m_vaEnd[id] - m_vaStart[id]) >> k::PAGE_SHIFT;
            // is_vn_id_valid(vn_id) && !vn->skip_populate: node_pool_add_va(), which takes
            // vmap_areas of up to MAX_VA_SIZE_PAGES pages (size_to_va_pool).
            if (m_vaNode[id] && !fullPoolDecay) {
                const bool pooled = ((m_vaEnd[id] - m_vaStart[id]) >> k::PAGE_SHIFT) <= kMaxVaSizePages;
                m_recorder.call(Fn::node_pool_add_va, node, m_vaObject[id]);
                if (pooled) {
                    m_vaFlags.set(id, kInPool); // va->vm is gone with its vm_struct; off the lazy tree
                    m_recorder.effect(Ev::PoolAdd, m_vaStart[id], m_vaEnd[id], node);
                }
                m_recorder.ret(Fn::node_pool_add_va, pooled ? 1 : 0);
                if (pooled)
                    continue;
            }
            global.push_back(id);
        }
        m_lazyNr.set(0, m_lazyNr[0] - nr);
        m_recorder.effect(Ev::LazyNrSub, nr, m_lazyNr[0]);
        // reclaim_list_global(&local_list)
        for (const std::uint32_t id : global)
            mergeOrAddFree(id);
        m_recorder.ret(Fn::purge_vmap_node);
    }
    m_recorder.ret(Fn::purge_vmap_area_lazy_618, 1); // nr_purged_areas > 0
}

} // namespace vmviz
