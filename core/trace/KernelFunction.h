// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The kernel functions the engine runs, with where each lives in the 2.6.36 tree (line numbers from
// kernel-facts.md; 0 where the reference gives none). The rows from vmalloc_noprof on are the Linux
// 6.18 profile's, with 6.18.2 line numbers; an enumerator ending in _618 is a 6.18 function whose
// name 2.6.36 also had.
#include "base/Translatable.h"
#include "trace/StepRoles.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace vmviz {

// X(enumerator, kernel name, file, line,
//   role of call argument {0}, {1}, {2},  role of the returned value,
//   call narration, return narration)
// Every function states the roles of all three call arguments and of its return value (StepRoles.h);
// Unused where there is none. Narration placeholders: {N} decimal, {N:x} hex, {N:a} 0x+16 hex,
// {N:z} size, {N:g} gfp, {N:v} VM flags, {N:s} interned string, {N:c} kmalloc cache, {N:i} signed.
// Both narrations are marked for translation (context "Narration"), like the events' (Event.h).
// clang-format off
#define VMVIZ_KERNEL_FUNCTIONS(X)                                                                                       \
    X(Caller,                        "caller", "", 0,                                                                   \
      Text,              Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "{0:s}"), VMVIZ_TRANSLATE_NOOP("Narration", "is done with this line")) \
    X(vmalloc,                       "vmalloc", "mm/vmalloc.c", 1608,                                                   \
      SizeBytes,         Unused,     Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmalloc(size={0})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(vmalloc_32,                    "vmalloc_32", "mm/vmalloc.c", 1693,                                                \
      SizeBytes,         Unused,     Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmalloc_32(size={0})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(vmalloc_user,                  "vmalloc_user", "mm/vmalloc.c", 1622,                                              \
      SizeBytes,         Unused,     Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmalloc_user(size={0})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(__vmalloc,                     "__vmalloc", "mm/vmalloc.c", 1600,                                                 \
      SizeBytes,         GfpMask,    PageProt,   Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__vmalloc(size={0}, gfp={1:g}, prot={2:x})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(__vmalloc_node,                "__vmalloc_node", "mm/vmalloc.c", 1562,                                            \
      SizeBytes,         Alignment,  GfpMask,    Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__vmalloc_node(size={0}, align={1}, gfp_mask={2:g}, node=-1)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(__get_vm_area_node,            "__get_vm_area_node", "mm/vmalloc.c", 1232,                                        \
      SizeBytes,         Alignment,  VmFlags,    VmStruct,                                                              \
      VMVIZ_TRANSLATE_NOOP("Narration", "__get_vm_area_node(size={0}, align={1}, flags={2:v}, VMALLOC_START, VMALLOC_END)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns vm_struct {0:a}")) \
    X(kzalloc_node,                  "kzalloc_node", "include/linux/slab.h", 0,                                         \
      SizeBytes,         GfpMask,    Unused,     SlabObject,                                                            \
      VMVIZ_TRANSLATE_NOOP("Narration", "kzalloc_node(size={0}, gfp={1:g})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(kmalloc_node,                  "kmalloc_node", "include/linux/slub_def.h", 0,                                     \
      SizeBytes,         GfpMask,    Unused,     SlabObject,                                                            \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmalloc_node(size={0}, gfp={1:g})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(kfree,                         "kfree", "mm/slub.c", 0,                                                           \
      SlabObject,        Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "kfree({0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(new_slab,                      "new_slab", "mm/slub.c", 0,                                                        \
      KmallocCacheIndex, Order,      Unused,     SlabPfn,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "new_slab({0:c}, order={1})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns slab at pfn {0:x}")) \
    X(discard_slab,                  "discard_slab", "mm/slub.c", 0,                                                    \
      KmallocCacheIndex, SlabPfn,    Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "discard_slab({0:c}, slab at pfn {1:x})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(alloc_vmap_area,               "alloc_vmap_area", "mm/vmalloc.c", 327,                                            \
      SizeBytes,         Alignment,  Unused,     VmapArea,                                                              \
      VMVIZ_TRANSLATE_NOOP("Narration", "alloc_vmap_area(size={0}, align={1}, VMALLOC_START, VMALLOC_END)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns vmap_area {0:a}")) \
    X(insert_vmalloc_vm,             "insert_vmalloc_vm", "mm/vmalloc.c", 1210,                                         \
      VmStruct,          VmapArea,   VmFlags,    Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "insert_vmalloc_vm(vm={0:a}, va={1:a}, flags={2:v})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(__vmalloc_area_node,           "__vmalloc_area_node", "mm/vmalloc.c", 1482,                                       \
      VmStruct,          GfpMask,    PageProt,   Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(alloc_page,                    "alloc_page", "include/linux/gfp.h", 0,                                            \
      GfpMask,           Unused,     Unused,     Frame,                                                                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "alloc_page(gfp={0:g})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns page of pfn {0:x}")) \
    X(alloc_pages,                   "alloc_pages", "include/linux/gfp.h", 0,                                           \
      GfpMask,           Order,      Unused,     Frame,                                                                 \
      VMVIZ_TRANSLATE_NOOP("Narration", "alloc_pages(gfp={0:g}, order={1})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns page of pfn {0:x}")) \
    X(rmqueue_bulk,                  "rmqueue_bulk", "mm/page_alloc.c", 0,                                              \
      Text,              PageCount,  Text,       PageCount,                                                             \
      VMVIZ_TRANSLATE_NOOP("Narration", "rmqueue_bulk({0:s}, order=0, count={1}, {2:s})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0} pages")) \
    X(map_vm_area,                   "map_vm_area", "mm/vmalloc.c", 1190,                                               \
      VmStruct,          PageProt,   Unused,     ErrorCode,                                                             \
      VMVIZ_TRANSLATE_NOOP("Narration", "map_vm_area(area={0:a}, prot={1:x})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:i}")) \
    X(vmap_page_range,               "vmap_page_range", "mm/vmalloc.c", 0,                                              \
      Address,           AddressEnd, Unused,     PageCountOrError,                                                      \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_page_range({0:a}, {1:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0} pages mapped")) \
    X(pud_alloc,                     "pud_alloc", "include/linux/mm.h", 0,                                              \
      EntryIndex,        Address,    PageTableLevel, EntryPointer,                                                      \
      VMVIZ_TRANSLATE_NOOP("Narration", "pud_alloc(&init_mm, {2:l}[{0}], {1:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(p4d_alloc,                     "p4d_alloc", "include/linux/mm.h", 0,                                              \
      EntryIndex,        Address,    Unused,     EntryPointer,                                                          \
      VMVIZ_TRANSLATE_NOOP("Narration", "p4d_alloc(&init_mm, pgd[{0}], {1:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(pmd_alloc,                     "pmd_alloc", "include/linux/mm.h", 0,                                              \
      EntryIndex,        Address,    Unused,     EntryPointer,                                                          \
      VMVIZ_TRANSLATE_NOOP("Narration", "pmd_alloc(&init_mm, pud[{0}], {1:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(pte_alloc_kernel,              "pte_alloc_kernel", "include/linux/mm.h", 0,                                       \
      EntryIndex,        Address,    Unused,     EntryPointer,                                                          \
      VMVIZ_TRANSLATE_NOOP("Narration", "pte_alloc_kernel(pmd[{0}], {1:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(kmemleak_alloc,                "kmemleak_alloc", "mm/kmemleak.c", 0,                                              \
      KmemleakObject,    SizeBytes,  MinCount,   Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmemleak_alloc({0:a}, size={1}, min_count={2:i})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(kmemleak_free,                 "kmemleak_free", "mm/kmemleak.c", 0,                                               \
      KmemleakObject,    Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmemleak_free({0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(vfree,                         "vfree", "mm/vmalloc.c", 1418,                                                     \
      Address,           Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "vfree({0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(__vunmap,                      "__vunmap", "mm/vmalloc.c", 1366,                                                  \
      Address,           Flag,       Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "__vunmap({0:a}, deallocate_pages={1})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(remove_vm_area,                "remove_vm_area", "mm/vmalloc.c", 1338,                                            \
      Address,           Unused,     Unused,     VmStruct,                                                              \
      VMVIZ_TRANSLATE_NOOP("Narration", "remove_vm_area({0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(free_unmap_vmap_area_noflush,  "free_unmap_vmap_area_noflush", "mm/vmalloc.c", 617,                               \
      VmapArea,          Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "free_unmap_vmap_area_noflush(va {0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(try_purge_vmap_area_lazy,      "try_purge_vmap_area_lazy", "mm/vmalloc.c", 0,                                     \
      Unused,            Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "try_purge_vmap_area_lazy()"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(purge_vmap_area_lazy,          "purge_vmap_area_lazy", "mm/vmalloc.c", 0,                                         \
      Unused,            Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "purge_vmap_area_lazy()"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(__purge_vmap_area_lazy,        "__purge_vmap_area_lazy", "mm/vmalloc.c", 538,                                     \
      Flag,              Flag,       Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "__purge_vmap_area_lazy(sync={0}, force_flush={1})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(rcu_free_va,                   "rcu_free_va", "mm/vmalloc.c", 421,                                                \
      VmapArea,          Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "rcu_free_va(va {0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(__free_page,                   "__free_page", "include/linux/gfp.h", 0,                                           \
      Frame,             Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "__free_page(pfn {0:x})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(__free_pages,                  "__free_pages", "mm/page_alloc.c", 0,                                              \
      Frame,             Order,      Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "__free_pages(pfn {0:x}, order={1})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(free_pcppages_bulk,            "free_pcppages_bulk", "mm/page_alloc.c", 0,                                        \
      Text,              PageCount,  Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "free_pcppages_bulk({0:s}, count={1})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(kmemleak_scan,                 "kmemleak_scan", "mm/kmemleak.c", 1175,                                            \
      Unused,            Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmemleak_scan()"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(kmemleak_clear,                "kmemleak_clear", "mm/kmemleak.c", 0,                                              \
      Unused,            Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmemleak_clear()"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(warn_slowpath_fmt,             "warn_slowpath_fmt", "kernel/panic.c", 0,                                          \
      Text,              Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "WARN(1, \"{0:s}\")"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(vmalloc_noprof,               "vmalloc_noprof", "mm/vmalloc.c", 3991,                                             \
      SizeBytes,         Unused,     Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmalloc_noprof(size={0})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(vmalloc_32_noprof,            "vmalloc_32_noprof", "mm/vmalloc.c", 4225,                                          \
      SizeBytes,         Unused,     Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmalloc_32_noprof(size={0})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(vmalloc_user_noprof,          "vmalloc_user_noprof", "mm/vmalloc.c", 4048,                                        \
      SizeBytes,         Unused,     Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmalloc_user_noprof(size={0})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(__vmalloc_noprof,             "__vmalloc_noprof", "mm/vmalloc.c", 3972,                                           \
      SizeBytes,         GfpMask,    Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__vmalloc_noprof(size={0}, gfp_mask={1:g})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(__vmalloc_node_noprof,        "__vmalloc_node_noprof", "mm/vmalloc.c", 3957,                                      \
      SizeBytes,         Alignment,  GfpMask,    Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__vmalloc_node_noprof(size={0}, align={1}, gfp_mask={2:g}, node=NUMA_NO_NODE)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(__vmalloc_node_range_noprof,  "__vmalloc_node_range_noprof", "mm/vmalloc.c", 3819,                                \
      SizeBytes,         Alignment,  GfpMask,    Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__vmalloc_node_range_noprof(size={0}, align={1}, VMALLOC_START, VMALLOC_END, gfp_mask={2:g}, PAGE_KERNEL)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(get_vm_area_node_618,         "__get_vm_area_node", "mm/vmalloc.c", 3164,                                         \
      SizeBytes,         Alignment,  VmFlags,    VmStruct,                                                              \
      VMVIZ_TRANSLATE_NOOP("Narration", "__get_vm_area_node(size={0}, align={1}, shift=PAGE_SHIFT, flags={2:v}, VMALLOC_START, VMALLOC_END)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns vm_struct {0:a}")) \
    X(alloc_vmap_area_618,          "alloc_vmap_area", "mm/vmalloc.c", 2009,                                            \
      SizeBytes,         Alignment,  VmStruct,   VmapArea,                                                              \
      VMVIZ_TRANSLATE_NOOP("Narration", "alloc_vmap_area(size={0}, align={1}, VMALLOC_START, VMALLOC_END, vm={2:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns vmap_area {0:a}")) \
    X(kmem_cache_alloc_node,        "kmem_cache_alloc_node", "mm/slub.c", 0,                                            \
      KmallocCacheIndex, GfpMask,    Unused,     SlabObject,                                                            \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmem_cache_alloc_node({0:c}, gfp={1:g})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(kmem_cache_free,              "kmem_cache_free", "mm/slub.c", 0,                                                  \
      SlabObject,        Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmem_cache_free(vmap_area, {0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(preload_this_cpu_lock,        "preload_this_cpu_lock", "mm/vmalloc.c", 1874,                                      \
      Unused,            Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "preload_this_cpu_lock(&free_vmap_area_lock)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns with free_vmap_area_lock held")) \
    X(vmalloc_area_node_618,        "__vmalloc_area_node", "mm/vmalloc.c", 3678,                                        \
      VmStruct,          GfpMask,    PageProt,   Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x}, page_shift=PAGE_SHIFT)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(vm_area_alloc_pages,          "vm_area_alloc_pages", "mm/vmalloc.c", 3591,                                        \
      GfpMask,           Order,      PageCount,  PageCount,                                                             \
      VMVIZ_TRANSLATE_NOOP("Narration", "vm_area_alloc_pages(gfp={0:g}, order={1}, nr_pages={2})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0} pages")) \
    X(alloc_pages_bulk_mempolicy_noprof,"alloc_pages_bulk_mempolicy_noprof", "mm/mempolicy.c", 0,                       \
      GfpMask,           PageCount,  PageIndex,  PageCount,                                                             \
      VMVIZ_TRANSLATE_NOOP("Narration", "alloc_pages_bulk_mempolicy_noprof(gfp={0:g}, nr_pages={1}, pages + {2})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0} pages")) \
    X(vmap_pages_range,             "vmap_pages_range", "mm/vmalloc.c", 696,                                            \
      Address,           AddressEnd, Unused,     ErrorCode,                                                             \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_pages_range({0:a}, {1:a}, PAGE_KERNEL, area->pages, PAGE_SHIFT)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:i}")) \
    X(vmap_small_pages_range_noflush, "vmap_small_pages_range_noflush", "mm/vmalloc.c", 611,                          \
      Address,           AddressEnd, Unused,     ErrorCode,                                                             \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_small_pages_range_noflush({0:a}, {1:a}, PAGE_KERNEL, pages)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:i}")) \
    X(clear_vm_uninitialized_flag,  "clear_vm_uninitialized_flag", "mm/vmalloc.c", 3153,                                \
      VmStruct,          Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "clear_vm_uninitialized_flag(area={0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(kmemleak_vmalloc,             "kmemleak_vmalloc", "mm/kmemleak.c", 1130,                                          \
      VmStruct,          SizeBytes,  Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "kmemleak_vmalloc(area={0:a}, size={1})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(vfree_618,                    "vfree", "mm/vmalloc.c", 3403,                                                      \
      Address,           Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "vfree({0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(remove_vm_area_618,           "remove_vm_area", "mm/vmalloc.c", 3280,                                             \
      Address,           Unused,     Unused,     VmStruct,                                                              \
      VMVIZ_TRANSLATE_NOOP("Narration", "remove_vm_area({0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(free_unmap_vmap_area,         "free_unmap_vmap_area", "mm/vmalloc.c", 2440,                                       \
      VmapArea,          Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "free_unmap_vmap_area(va {0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(vunmap_range_noflush,         "vunmap_range_noflush", "mm/vmalloc.c", 491,                                        \
      Address,           AddressEnd, Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "vunmap_range_noflush({0:a}, {1:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(free_vmap_area_noflush,       "free_vmap_area_noflush", "mm/vmalloc.c", 2405,                                     \
      VmapArea,          Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "free_vmap_area_noflush(va {0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(kvfree,                       "kvfree", "mm/slub.c", 7150,                                                           \
      PageArray,         Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "kvfree({0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(drain_vmap_area_work,         "drain_vmap_area_work", "mm/vmalloc.c", 2393,                                       \
      Unused,            Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "drain_vmap_area_work() (the kworker runs the queued drain_vmap_work)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(purge_vmap_area_lazy_618,     "__purge_vmap_area_lazy", "mm/vmalloc.c", 2301,                                     \
      Address,           AddressEnd, Flag,       Flag,                                                                  \
      VMVIZ_TRANSLATE_NOOP("Narration", "__purge_vmap_area_lazy(start={0:x}, end={1:x}, full_pool_decay={2})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0} (areas were purged)")) \
    X(purge_vmap_node,              "purge_vmap_node", "mm/vmalloc.c", 2263,                                            \
      Number,            Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "purge_vmap_node(vmap_nodes[{0}])"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(node_alloc,                   "node_alloc", "mm/vmalloc.c", 1968,                                                 \
      SizeBytes,         Alignment,  Number,     VmapArea,                                                              \
      VMVIZ_TRANSLATE_NOOP("Narration", "node_alloc(size={0}, align={1}, VMALLOC_START, VMALLOC_END): vn_id = raw_smp_processor_id() % nr_vmap_nodes = {2}"), VMVIZ_TRANSLATE_NOOP("Narration", "returns vmap_area {0:a}"))\
    X(decay_va_pool_node,           "decay_va_pool_node", "mm/vmalloc.c", 2192,                                            \
      Number,            Flag,       Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "decay_va_pool_node(vmap_nodes[{0}], full_decay={1})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns"))                                                 \
    X(node_pool_add_va,             "node_pool_add_va", "mm/vmalloc.c", 1909,                                              \
      Number,            VmapArea,   Unused,     Flag,                                                                  \
      VMVIZ_TRANSLATE_NOOP("Narration", "node_pool_add_va(vmap_nodes[{0}], va {1:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0}"))                                                     \
    X(vmalloc_huge_node_noprof,     "vmalloc_huge_node_noprof", "mm/vmalloc.c", 4011,                                   \
      SizeBytes,         GfpMask,    Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmalloc_huge_node_noprof(size={0}, gfp_mask={1:g}, node=NUMA_NO_NODE)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}"))                         \
    X(vmap_range_noflush,           "vmap_range_noflush", "mm/vmalloc.c", 291,                                            \
      Address,           AddressEnd, Frame,      ErrorCode,                                                             \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_range_noflush({0:a}, {1:a}, phys of pfn {2:x}, PAGE_KERNEL, max_page_shift=PMD_SHIFT)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:i}"))   \
    X(get_vm_area_node_huge,        "__get_vm_area_node", "mm/vmalloc.c", 3164,                                         \
      SizeBytes,         Alignment,  VmFlags,    VmStruct,                                                              \
      VMVIZ_TRANSLATE_NOOP("Narration", "__get_vm_area_node(size={0}, align={1}, shift=PMD_SHIFT, flags={2:v}, VMALLOC_START, VMALLOC_END)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns vm_struct {0:a}"))\
    X(vmalloc_area_node_huge,       "__vmalloc_area_node", "mm/vmalloc.c", 3678,                                        \
      VmStruct,          GfpMask,    PageProt,   Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x}, page_shift=PMD_SHIFT)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}"))             \
    X(vmap_pages_range_huge,        "vmap_pages_range", "mm/vmalloc.c", 696,                                            \
      Address,           AddressEnd, Unused,     ErrorCode,                                                             \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_pages_range({0:a}, {1:a}, PAGE_KERNEL, area->pages, PMD_SHIFT)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:i}"))                           \
    X(vmap_try_huge_pmd,            "vmap_try_huge_pmd", "mm/vmalloc.c", 139,                                             \
      Address,           AddressEnd, Frame,      Flag,                                                                  \
      VMVIZ_TRANSLATE_NOOP("Narration", "vmap_try_huge_pmd(pmd, {0:a}, {1:a}, phys of pfn {2:x}, PAGE_KERNEL, PMD_SHIFT)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0}")) \
    X(__kvmalloc_node_noprof,       "__kvmalloc_node_noprof", "mm/slub.c", 7103,                                      \
      SizeBytes,         Alignment,  GfpMask,    Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__kvmalloc_node_noprof(size={0}, b=NULL, align={1}, flags={2:g}, node=NUMA_NO_NODE)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(__do_kmalloc_node,            "__do_kmalloc_node", "mm/slub.c", 5631,                                            \
      SizeBytes,         GfpMask,    Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__do_kmalloc_node(size={0}, b=NULL, flags={1:g}, NUMA_NO_NODE) (inlined)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(__kmalloc_large_node_noprof,  "__kmalloc_large_node_noprof", "mm/slub.c", 5620,                                  \
      SizeBytes,         GfpMask,    Unused,     Address,                                                               \
      VMVIZ_TRANSLATE_NOOP("Narration", "__kmalloc_large_node_noprof(size={0}, flags={1:g}, NUMA_NO_NODE)"), VMVIZ_TRANSLATE_NOOP("Narration", "returns {0:a}")) \
    X(free_large_kmalloc,           "free_large_kmalloc", "mm/slub.c", 6756,                                           \
      Address,           Order,      Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "free_large_kmalloc(folio of order {1}, {0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns")) \
    X(kvfree_addr,                  "kvfree", "mm/slub.c", 7150,                                                       \
      Address,           Unused,     Unused,     Unused,                                                                \
      VMVIZ_TRANSLATE_NOOP("Narration", "kvfree({0:a})"), VMVIZ_TRANSLATE_NOOP("Narration", "returns"))

// clang-format on

enum class Fn : std::uint16_t
{
#define VMVIZ_ENUM(e, name, file, line, role0, role1, role2, returnRole, callFmt, retFmt) e,
    VMVIZ_KERNEL_FUNCTIONS(VMVIZ_ENUM)
#undef VMVIZ_ENUM
        Count
};

struct FunctionInfo
{
    std::string_view name;
    std::string_view file;
    int line;
    std::array<ArgRole, 3> callRoles;
    ArgRole returnRole;
    std::string_view callFormat;
    std::string_view returnFormat;
};

const FunctionInfo& functionInfo(Fn fn);
/// Lookup by kernel name (breakpoints, the GUI's source panel); Fn::Count when unknown.
Fn functionByName(std::string_view name);

} // namespace vmviz
