// SPDX-License-Identifier: GPL-2.0-only
#include "snapshot/FrameClass.h"

#include <QtGlobal>

namespace vmviz::ui {

std::string_view frameClassName(FrameClass c)
{
    static constexpr std::string_view kFree[] = {
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 0"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 1"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 2"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 3"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 4"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 5"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 6"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 7"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 8"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 9"),
        QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "free, order 10")};
    if (c <= FrameClass::Free10)
        return kFree[static_cast<int>(c)];
    switch (c) {
    case FrameClass::PerCpu:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "per-CPU list");
    case FrameClass::LowMemory:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "reserved (low memory)");
    case FrameClass::KernelImage:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "reserved (kernel image)");
    case FrameClass::MemMap:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "reserved (mem_map)");
    case FrameClass::Slab:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "slab page");
    case FrameClass::PgdTable:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "PGD table");
    case FrameClass::PudTable:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "PUD table");
    case FrameClass::PmdTable:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "PMD table");
    case FrameClass::PteTable:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "PTE table");
    case FrameClass::VmallocData:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "vmalloc data");
    case FrameClass::PageArray:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "vmalloc page array");
    case FrameClass::KernelStack:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "kernel stack");
    case FrameClass::Taken:
        return QT_TRANSLATE_NOOP("vmviz::ui::FrameClass", "taken off a free list");
    default:
        return "?";
    }
}

int frameClassPriority(FrameClass c)
{
    if (c <= FrameClass::Free10)
        return static_cast<int>(c); // larger free blocks win among free frames
    return 100 + static_cast<int>(c);
}

void classifyFrames(std::span<const FrameOwner> owners, std::span<const std::uint8_t> aux,
                    std::span<FrameClass> out)
{
    std::uint8_t freeOrder = 0;
    std::size_t freeLeft = 0; // frames left in the current free block
    for (std::size_t i = 0; i < owners.size(); ++i) {
        FrameClass c = FrameClass::LowMemory;
        switch (owners[i]) {
        case FrameOwner::Free:
            if (aux[i] != kFreeTail && aux[i] <= 10) {
                freeOrder = aux[i];
                freeLeft = std::size_t{1} << freeOrder;
            }
            c = freeLeft ? static_cast<FrameClass>(static_cast<std::uint8_t>(FrameClass::Free0) + freeOrder)
                         : FrameClass::Taken; // rmv_page_order() cleared its head: no list holds it
            break;
        case FrameOwner::Reserved:
            c = aux[i] == static_cast<std::uint8_t>(ReservedKind::KernelImage) ? FrameClass::KernelImage
                : aux[i] == static_cast<std::uint8_t>(ReservedKind::MemMap)    ? FrameClass::MemMap
                                                                               : FrameClass::LowMemory;
            break;
        case FrameOwner::PerCpuList:
            c = FrameClass::PerCpu;
            break;
        case FrameOwner::VmallocData:
            c = FrameClass::VmallocData;
            break;
        case FrameOwner::VmallocPageArray:
            c = FrameClass::PageArray;
            break;
        case FrameOwner::PageTable:
            c = aux[i] >= 4   ? FrameClass::PgdTable
                : aux[i] == 3 ? FrameClass::PudTable
                : aux[i] == 2 ? FrameClass::PmdTable
                              : FrameClass::PteTable;
            break;
        case FrameOwner::Slab:
            c = FrameClass::Slab;
            break;
        case FrameOwner::KernelStack:
            c = FrameClass::KernelStack;
            break;
        case FrameOwner::Count:
            break;
        }
        if (owners[i] != FrameOwner::Free)
            freeLeft = 0;
        else if (freeLeft)
            --freeLeft;
        out[i] = c;
    }
}

} // namespace vmviz::ui
