// SPDX-License-Identifier: GPL-2.0-only
// The kernel's own text in its corners: dump_pagetable()'s walk line, the taint an oops adds
// only after printing, and kmemleak_free() of a pointer inside an object.
#include "base/Constants.h"
#include "export/Exports.h"
#include "klog/KernelText.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace vmviz;

namespace {

constexpr std::uint64_t kTable = 0x7804067;

// arch/x86/mm/fault.c: dump_pagetable, 2.6.36 (64-bit): "%lx " for each upper level, stopping
// at a non-present or large entry; "PTE %lx" has no trailing space.
TEST(KernelText, PagetableLineStopsWhereTheWalkStops)
{
    const struct
    {
        std::vector<std::uint64_t> entries;
        std::string line;
    } cases[] = {
        {{0}, "PGD 0 "},
        {{kTable, 0}, "PGD 7804067 PUD 0 "},
        {{kTable, kTable, 0}, "PGD 7804067 PUD 7804067 PMD 0 "},
        {{kTable, kTable, kTable, 0}, "PGD 7804067 PUD 7804067 PMD 7804067 PTE 0"},
        {{kTable, kTable, kTable, 0x8000000007a00163},
         "PGD 7804067 PUD 7804067 PMD 7804067 PTE 8000000007a00163"},
        {{kTable, kTable | k::_PAGE_PSE, kTable}, "PGD 7804067 PUD 78040e7 "},        // a 1 GiB page
        {{kTable, kTable, 0x7a000e3, 0x123}, "PGD 7804067 PUD 7804067 PMD 7a000e3 "}, // a 2 MiB page
    };
    for (const auto& c : cases)
        EXPECT_EQ(KernelText::pagetableLine(c.entries), c.line);
}

std::string pidLineOf(const std::vector<std::string>& block)
{
    for (const std::string& line : block)
        if (line.rfind("Pid: ", 0) == 0)
            return line;
    return {};
}

// arch/x86/kernel/dumpstack.c: oops_end adds TAINT_DIE after __die printed; kernel/panic.c:
// warn_slowpath_common adds TAINT_WARN after its dump_stack.
TEST(KernelText, TaintIsAddedAfterTheBlockThatCausesIt)
{
    KernelText text(KernelIdentity{});
    const std::vector<Fn> stack{Fn::Caller, Fn::vfree, Fn::__vunmap, Fn::remove_vm_area};
    const auto first = text.oopsNullDeref(Fn::remove_vm_area, stack, 0x1c);
    const auto second = text.oopsNullDeref(Fn::remove_vm_area, stack, 0x28);
    const auto warned =
        text.warn("mm/vmalloc.c", 1374, Fn::__vunmap, "m", {Fn::Caller, Fn::vfree, Fn::__vunmap}, 0x34);
    const auto after =
        text.warn("mm/vmalloc.c", 1374, Fn::__vunmap, "m", {Fn::Caller, Fn::vfree, Fn::__vunmap}, 0x40);
    EXPECT_EQ(pidLineOf(first), "Pid: 1234, comm: insmod Not tainted 2.6.36 #1 /");
    EXPECT_EQ(pidLineOf(second), "Pid: 1234, comm: insmod Tainted: G      D     2.6.36 #1 /");
    EXPECT_EQ(pidLineOf(warned), "Pid: 1234, comm: insmod Tainted: G      D     2.6.36 #1");
    EXPECT_EQ(pidLineOf(after), "Pid: 1234, comm: insmod Tainted: G      D W   2.6.36 #1");
    EXPECT_NE(std::find(first.begin(), first.end(), "Oops: 0000 [#1] SMP "), first.end());
    EXPECT_NE(std::find(second.begin(), second.end(), "Oops: 0000 [#2] SMP "), second.end());
    for (const auto* block : {&first, &second, &warned, &after})
        EXPECT_NE(std::find(block->begin(), block->end(), "Modules linked in: mymod(+)"), block->end());
}

// mm/kmemleak.c: kmemleak_free -> delete_object_full -> find_and_get_object(ptr, 0), 2.6.36.
TEST(Kmemleak, FreeOfAnInteriorPointerReportsTheAliasAndDeletesNothing)
{
    const struct
    {
        const char* vfree;
        bool objectStays;
        bool aliasReported;
    } cases[] = {
        {"vfree a", false, false},
        {"vfree 0xffffc90000000010", true, true},  // inside the 100-byte object
        {"vfree 0xffffc90000000063", true, true},  // its last byte
        {"vfree 0xffffc90000000064", true, false}, // past it, still inside the area: unknown, silent
    };
    for (const auto& c : cases) {
        auto run =
            scenario::runScenarioText(std::string("a = vmalloc 100\n") + c.vfree + "\n", "alias.vmviz");
        ASSERT_TRUE(run.machine) << run.error;
        EXPECT_EQ(run.machine->kmemleak.find(VirtAddr{0xffffc90000000000}).has_value(), c.objectStays)
            << c.vfree;
        const std::string log = exports::dmesg(*run.machine);
        EXPECT_EQ(log.find("kmemleak: Found object by alias at 0xffffc900000000") != std::string::npos,
                  c.aliasReported)
            << c.vfree << "\n"
            << log;
    }
}

} // namespace
