#pragma once
// The kernel functions the engine runs, with where each lives in the 2.6.36 tree
// (line numbers from kernel-facts.md; 0 where the reference gives none).
#include <cstdint>
#include <string_view>

namespace vmviz {

// X(enumerator, kernel name, file, line, call narration, return narration)
// Narration placeholders: {N} decimal, {N:x} hex, {N:a} 0x+16 hex, {N:z} size, {N:g} gfp, {N:v} VM flags,
// {N:s} interned string, {N:c} kmalloc cache, {N:i} signed.
#define VMVIZ_KERNEL_FUNCTIONS(X)                                                                                 \
    X(Caller, "caller", "", 0, "{0:s}", "is done with this line")                                                                       \
    X(vmalloc, "vmalloc", "mm/vmalloc.c", 1608, "vmalloc(size={0})", "returns {0:a}")                              \
    X(vmalloc_32, "vmalloc_32", "mm/vmalloc.c", 1693, "vmalloc_32(size={0})", "returns {0:a}")                     \
    X(vmalloc_user, "vmalloc_user", "mm/vmalloc.c", 1622, "vmalloc_user(size={0})", "returns {0:a}")               \
    X(__vmalloc, "__vmalloc", "mm/vmalloc.c", 1600, "__vmalloc(size={0}, gfp={1:g}, prot={2:x})", "returns {0:a}") \
    X(__vmalloc_node, "__vmalloc_node", "mm/vmalloc.c", 1562,                                                     \
      "__vmalloc_node(size={0}, align={1}, gfp_mask={2:g}, node=-1)", "returns {0:a}")                              \
    X(__get_vm_area_node, "__get_vm_area_node", "mm/vmalloc.c", 1232,                                             \
      "__get_vm_area_node(size={0}, align={1}, flags={2:v}, VMALLOC_START, VMALLOC_END)", "returns vm_struct {0:a}") \
    X(kzalloc_node, "kzalloc_node", "include/linux/slab.h", 0, "kzalloc_node(size={0}, gfp={1:g})",               \
      "returns {0:a}")                                                                                             \
    X(kmalloc_node, "kmalloc_node", "include/linux/slub_def.h", 0, "kmalloc_node(size={0}, gfp={1:g})",           \
      "returns {0:a}")                                                                                             \
    X(kfree, "kfree", "mm/slub.c", 0, "kfree({0:a})", "returns")                                                  \
    X(new_slab, "new_slab", "mm/slub.c", 0, "new_slab({0:c}, order={1})", "returns slab at pfn {0:x}")           \
    X(discard_slab, "discard_slab", "mm/slub.c", 0, "discard_slab({0:c}, slab at pfn {1:x})", "returns")          \
    X(alloc_vmap_area, "alloc_vmap_area", "mm/vmalloc.c", 327,                                                    \
      "alloc_vmap_area(size={0}, align={1}, VMALLOC_START, VMALLOC_END)", "returns vmap_area {0:a}")               \
    X(insert_vmalloc_vm, "insert_vmalloc_vm", "mm/vmalloc.c", 1210,                                               \
      "insert_vmalloc_vm(vm={0:a}, va={1:a}, flags={2:v})", "returns")                                             \
    X(__vmalloc_area_node, "__vmalloc_area_node", "mm/vmalloc.c", 1482,                                           \
      "__vmalloc_area_node(area={0:a}, gfp_mask={1:g}, prot={2:x})", "returns {0:a}")                              \
    X(alloc_page, "alloc_page", "include/linux/gfp.h", 0, "alloc_page(gfp={0:g})", "returns page of pfn {0:x}")   \
    X(alloc_pages, "alloc_pages", "include/linux/gfp.h", 0, "alloc_pages(gfp={0:g}, order={1})",                  \
      "returns page of pfn {0:x}")                                                                                 \
    X(rmqueue_bulk, "rmqueue_bulk", "mm/page_alloc.c", 0, "rmqueue_bulk({0:s}, order=0, count={1}, {2:s})",        \
      "returns {0} pages")                                                                                         \
    X(map_vm_area, "map_vm_area", "mm/vmalloc.c", 1190, "map_vm_area(area={0:a}, prot={1:x})", "returns {0:i}")   \
    X(vmap_page_range, "vmap_page_range", "mm/vmalloc.c", 0, "vmap_page_range({0:a}, {1:a})",                     \
      "returns {0} pages mapped")                                                                                  \
    X(pud_alloc, "pud_alloc", "include/linux/mm.h", 0, "pud_alloc(&init_mm, pgd[{0}], {1:a})", "returns {0:a}")    \
    X(pmd_alloc, "pmd_alloc", "include/linux/mm.h", 0, "pmd_alloc(&init_mm, pud[{0}], {1:a})", "returns {0:a}")    \
    X(pte_alloc_kernel, "pte_alloc_kernel", "include/linux/mm.h", 0, "pte_alloc_kernel(pmd[{0}], {1:a})",         \
      "returns {0:a}")                                                                                             \
    X(kmemleak_alloc, "kmemleak_alloc", "mm/kmemleak.c", 0, "kmemleak_alloc({0:a}, size={1}, min_count={2:i})",   \
      "returns")                                                                                                   \
    X(kmemleak_free, "kmemleak_free", "mm/kmemleak.c", 0, "kmemleak_free({0:a})", "returns")                      \
    X(vfree, "vfree", "mm/vmalloc.c", 1418, "vfree({0:a})", "returns")                                             \
    X(__vunmap, "__vunmap", "mm/vmalloc.c", 1366, "__vunmap({0:a}, deallocate_pages={1})", "returns")             \
    X(remove_vm_area, "remove_vm_area", "mm/vmalloc.c", 1338, "remove_vm_area({0:a})", "returns {0:a}")           \
    X(free_unmap_vmap_area_noflush, "free_unmap_vmap_area_noflush", "mm/vmalloc.c", 617,                          \
      "free_unmap_vmap_area_noflush(va {0:a})", "returns")                                                         \
    X(try_purge_vmap_area_lazy, "try_purge_vmap_area_lazy", "mm/vmalloc.c", 0, "try_purge_vmap_area_lazy()",      \
      "returns")                                                                                                   \
    X(purge_vmap_area_lazy, "purge_vmap_area_lazy", "mm/vmalloc.c", 0, "purge_vmap_area_lazy()", "returns")       \
    X(__purge_vmap_area_lazy, "__purge_vmap_area_lazy", "mm/vmalloc.c", 538,                                      \
      "__purge_vmap_area_lazy(sync={0}, force_flush={1})", "returns")                                              \
    X(__free_page, "__free_page", "include/linux/gfp.h", 0, "__free_page(pfn {0:x})", "returns")                  \
    X(__free_pages, "__free_pages", "mm/page_alloc.c", 0, "__free_pages(pfn {0:x}, order={1})", "returns")        \
    X(free_pcppages_bulk, "free_pcppages_bulk", "mm/page_alloc.c", 0, "free_pcppages_bulk({0:s}, count={1})",     \
      "returns")                                                                                                   \
    X(kmemleak_scan, "kmemleak_scan", "mm/kmemleak.c", 1175, "kmemleak_scan()", "returns")                        \
    X(kmemleak_clear, "kmemleak_clear", "mm/kmemleak.c", 0, "kmemleak_clear()", "returns")                        \
    X(warn_slowpath_fmt, "warn_slowpath_fmt", "kernel/panic.c", 0, "WARN(1, \"{0:s}\")", "returns")

enum class Fn : std::uint16_t {
#define VMVIZ_ENUM(e, name, file, line, callFmt, retFmt) e,
    VMVIZ_KERNEL_FUNCTIONS(VMVIZ_ENUM)
#undef VMVIZ_ENUM
        Count
};

struct FunctionInfo
{
    std::string_view name;
    std::string_view file;
    int line;
    std::string_view callFormat;
    std::string_view returnFormat;
};

const FunctionInfo& functionInfo(Fn fn);
/// Lookup by kernel name (breakpoints, the GUI's source panel); Fn::Count when unknown.
Fn functionByName(std::string_view name);

} // namespace vmviz
