// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// x86-64 and Linux 2.6.36 constants (kernel-facts.md §1.1, §1.2, §3).
#include <cstdint>

namespace vmviz::k {

inline constexpr std::uint64_t PAGE_SHIFT = 12;
inline constexpr std::uint64_t PAGE_SIZE = 1ull << PAGE_SHIFT;
inline constexpr std::uint64_t PAGE_MASK = ~(PAGE_SIZE - 1);
inline constexpr std::uint64_t PTRS_PER_TABLE = 512;
inline constexpr unsigned PGDIR_SHIFT = 39;
inline constexpr unsigned PUD_SHIFT = 30;
inline constexpr unsigned PMD_SHIFT = 21;
// A task's kernel stack with its thread_info at the base (arch/x86/include/asm/page_64_types.h).
inline constexpr unsigned THREAD_ORDER = 1;
inline constexpr std::uint64_t THREAD_SIZE = PAGE_SIZE << THREAD_ORDER;

// Address map, 2.6.36 (Documentation/x86/x86_64/mm.txt).
inline constexpr std::uint64_t PAGE_OFFSET = 0xffff880000000000ull;
inline constexpr std::uint64_t DIRECT_MAP_END = 0xffffc7ffffffffffull;
inline constexpr std::uint64_t VMALLOC_START = 0xffffc90000000000ull;
inline constexpr std::uint64_t VMALLOC_END = 0xffffe8ffffffffffull;
inline constexpr std::uint64_t VMEMMAP_START = 0xffffea0000000000ull;
inline constexpr std::uint64_t KERNEL_TEXT_START = 0xffffffff80000000ull;
inline constexpr std::uint64_t MODULES_VADDR = 0xffffffffa0000000ull;
inline constexpr std::uint64_t MODULES_END = 0xffffffffff000000ull;

// Under 5-level paging (LA57, Linux 4.14 and later; arch/x86/include/asm/page_64_types.h and
// pgtable_64_types.h, 6.18): the top level maps 256 TiB an entry and a real P4D level sits below.
inline constexpr unsigned PGDIR_SHIFT_L5 = 48;
inline constexpr unsigned P4D_SHIFT = 39;
inline constexpr std::uint64_t PAGE_OFFSET_L5 = 0xff11000000000000ull; // __PAGE_OFFSET_BASE_L5
inline constexpr std::uint64_t DIRECT_MAP_END_L5 = 0xff90ffffffffffffull;
inline constexpr std::uint64_t VMALLOC_START_L5 = 0xffa0000000000000ull; // __VMALLOC_BASE_L5
inline constexpr std::uint64_t VMALLOC_END_L5 = 0xffd1ffffffffffffull;   // + (12800 TiB) - 1
inline constexpr std::uint64_t VMEMMAP_START_L5 = 0xffd4000000000000ull; // __VMEMMAP_BASE_L5

// Zones (pfn limits) and buddy geometry.
inline constexpr std::uint64_t MAX_DMA_PFN = 4096;
inline constexpr std::uint64_t MAX_DMA32_PFN = 0x100000;
inline constexpr unsigned MAX_ORDER = 11;
/// Orders above this do not invoke the OOM killer (include/linux/mmzone.h).
inline constexpr unsigned PAGE_ALLOC_COSTLY_ORDER = 3;
inline constexpr unsigned pageblock_order = 9; // HUGETLB_PAGE_ORDER with CONFIG_HUGETLB_PAGE
inline constexpr std::uint64_t SIZEOF_STRUCT_PAGE = 56;

// GFP bits (include/linux/gfp.h, 2.6.36).
inline constexpr std::uint32_t __GFP_DMA = 0x01;
inline constexpr std::uint32_t __GFP_HIGHMEM = 0x02;
inline constexpr std::uint32_t __GFP_DMA32 = 0x04;
inline constexpr std::uint32_t __GFP_MOVABLE = 0x08;
inline constexpr std::uint32_t __GFP_WAIT = 0x10;
inline constexpr std::uint32_t __GFP_HIGH = 0x20;
inline constexpr std::uint32_t __GFP_IO = 0x40;
inline constexpr std::uint32_t __GFP_FS = 0x80;
inline constexpr std::uint32_t __GFP_COLD = 0x100;
inline constexpr std::uint32_t __GFP_NOWARN = 0x200;
inline constexpr std::uint32_t __GFP_REPEAT = 0x400;
inline constexpr std::uint32_t __GFP_NOFAIL = 0x800;
inline constexpr std::uint32_t __GFP_NORETRY = 0x1000;
inline constexpr std::uint32_t __GFP_COMP = 0x4000;
inline constexpr std::uint32_t __GFP_ZERO = 0x8000;
inline constexpr std::uint32_t __GFP_NOMEMALLOC = 0x10000;
inline constexpr std::uint32_t __GFP_NOTRACK = 0x200000;
inline constexpr std::uint32_t GFP_KERNEL = __GFP_WAIT | __GFP_IO | __GFP_FS;
inline constexpr std::uint32_t GFP_RECLAIM_MASK = __GFP_WAIT | __GFP_HIGH | __GFP_IO | __GFP_FS |
                                                  __GFP_NOWARN | __GFP_REPEAT | __GFP_NOFAIL | __GFP_NORETRY |
                                                  __GFP_NOMEMALLOC;
inline constexpr std::uint32_t GFP_VMALLOC32 = __GFP_DMA32 | GFP_KERNEL;
inline constexpr std::uint32_t PGALLOC_GFP = GFP_KERNEL | __GFP_NOTRACK | __GFP_REPEAT | __GFP_ZERO;

// VM_* flags (include/linux/vmalloc.h, 2.6.36) and vmap_area flags (mm/vmalloc.c:250).
inline constexpr std::uint64_t VM_IOREMAP = 0x01;
inline constexpr std::uint64_t VM_ALLOC = 0x02;
inline constexpr std::uint64_t VM_MAP = 0x04;
inline constexpr std::uint64_t VM_USERMAP = 0x08;
inline constexpr std::uint64_t VM_VPAGES = 0x10;
inline constexpr std::uint64_t VM_LAZY_FREE = 0x01;
inline constexpr std::uint64_t VM_LAZY_FREEING = 0x02;
inline constexpr std::uint64_t VM_VM_AREA = 0x04;

// Structure sizes on x86-64 2.6.36 (kernel-facts §1.1).
inline constexpr std::uint64_t SIZEOF_VM_STRUCT = 64;
inline constexpr std::uint64_t SIZEOF_VMAP_AREA = 104;
inline constexpr std::uint64_t SIZEOF_POINTER = 8;

// Page-table entry bits (arch/x86/include/asm/pgtable_types.h).
inline constexpr std::uint64_t _PAGE_PRESENT = 0x001;
inline constexpr std::uint64_t _PAGE_RW = 0x002;
inline constexpr std::uint64_t _PAGE_USER = 0x004;
inline constexpr std::uint64_t _PAGE_PWT = 0x008;
inline constexpr std::uint64_t _PAGE_PCD = 0x010;
inline constexpr std::uint64_t _PAGE_ACCESSED = 0x020;
inline constexpr std::uint64_t _PAGE_DIRTY = 0x040;
inline constexpr std::uint64_t _PAGE_PSE = 0x080;
inline constexpr std::uint64_t _PAGE_GLOBAL = 0x100;
inline constexpr std::uint64_t _PAGE_NX = 0x8000000000000000ull;
inline constexpr std::uint64_t _PAGE_TABLE =
    _PAGE_PRESENT | _PAGE_RW | _PAGE_USER | _PAGE_ACCESSED | _PAGE_DIRTY;
inline constexpr std::uint64_t __PAGE_KERNEL_EXEC =
    _PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY | _PAGE_ACCESSED | _PAGE_GLOBAL;
inline constexpr std::uint64_t PAGE_KERNEL = __PAGE_KERNEL_EXEC | _PAGE_NX;
inline constexpr std::uint64_t PTE_PFN_MASK = ((1ull << 46) - 1) & PAGE_MASK; // __PHYSICAL_MASK_SHIFT 46

// Time (x86 default HZ=250; INITIAL_JIFFIES = (unsigned int)(-300*HZ)).
inline constexpr std::uint64_t HZ = 250;
inline constexpr std::uint64_t INITIAL_JIFFIES = 4294892296ull;

inline constexpr std::uint64_t pageAlign(std::uint64_t size)
{
    return (size + PAGE_SIZE - 1) & PAGE_MASK;
}
inline constexpr std::uint64_t directMapAddress(std::uint64_t phys)
{
    return PAGE_OFFSET + phys;
}
inline constexpr std::uint64_t pageStructAddress(std::uint64_t pfn)
{
    return VMEMMAP_START + pfn * SIZEOF_STRUCT_PAGE;
}

} // namespace vmviz::k
