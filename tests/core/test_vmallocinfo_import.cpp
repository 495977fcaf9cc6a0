// SPDX-License-Identifier: GPL-2.0-only
// A real machine's /proc/vmallocinfo read back: flag words, hidden pointers, unknown lines, the
// round trip, and a 20,000-line file.
#include "import/VmallocInfoImport.h"
#include "support/Golden.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace vmviz;
using namespace vmviz::import;

namespace {

const std::filesystem::path kData = std::filesystem::path(VMVIZ_SOURCE_DIR) / "tests/data/vmallocinfo";

VmallocInfo importFile(const char* name)
{
    return importVmallocInfo(golden::readFile(kData / name), name);
}

/// A plausible file of `lines` areas from a 6.x machine, every flag word and kind among them.
std::string generatedFile(std::size_t lines)
{
    static const char* const tails[] = {
        "bpf_prog_alloc_no_stats+0x4a/0x250 pages=1 vmalloc N0=1",
        "acpi_os_map_iomem+0x1ac/0x1e0 phys=0x00000000bffe0000 ioremap",
        "pcpu_get_vm_areas+0x0/0x1100 sparse",
        "dma_common_contiguous_remap+0x9c/0xe0 pages=1 vmap dma-coherent",
        "vmalloc_user_noprof+0x63/0x80 pages=1 vmalloc user N1=1",
        "mymod_init+0x1c/0x40 [mymod] pages=1 vmalloc N0=1",
        "vm_map_ram",
        "unpurged vm_area",
    };
    std::string out;
    std::uint64_t at = 0xffffc90000000000ull;
    for (std::size_t i = 0; i < lines; ++i) {
        char range[64];
        std::snprintf(range, sizeof range, "0x%016llx-0x%016llx %7u ", static_cast<unsigned long long>(at),
                      static_cast<unsigned long long>(at + 8192), 8192u);
        out += range;
        out += tails[i % std::size(tails)];
        out += '\n';
        at += 8192 + (i % 3 == 0 ? 4096 : 0);
    }
    return out;
}

} // namespace

TEST(VmallocInfoImport, EveryFlagWordAndKind)
{
    const VmallocInfo info = importFile("every-flag.txt");
    EXPECT_TRUE(info.warnings.empty());
    ASSERT_EQ(info.areas.size(), 11u);
    EXPECT_EQ(info.addresses, AddressesShown::Raw);
    struct Case
    {
        std::size_t index;
        AreaKind kind;
        std::uint16_t flags;
        std::optional<std::uint64_t> pages;
        std::optional<std::uint64_t> phys;
        std::string_view function;
    };
    const Case cases[] = {
        {0, AreaKind::Area, FLAG_VMAP, std::nullopt, std::nullopt, "irq_init_percpu_irqstack"},
        {1, AreaKind::Area, FLAG_IOREMAP, std::nullopt, 0xbffe0000, "acpi_os_map_iomem"},
        {3, AreaKind::Area, FLAG_SPARSE, std::nullopt, std::nullopt, "pcpu_get_vm_areas"},
        {4, AreaKind::Area, FLAG_VMALLOC, 1, std::nullopt, "bpf_prog_alloc_no_stats"},
        {5, AreaKind::Area, FLAG_VMAP | FLAG_DMA_COHERENT, 1, std::nullopt, "dma_common_contiguous_remap"},
        {6, AreaKind::VmMapRam, 0, std::nullopt, std::nullopt, ""},
        {7, AreaKind::Area, FLAG_VMALLOC | FLAG_VPAGES, 257, std::nullopt, "kvmalloc_node_noprof"},
        {8, AreaKind::Area, FLAG_VMALLOC | FLAG_USER, 4, std::nullopt, "vmalloc_user_noprof"},
        {9, AreaKind::Area, FLAG_VMALLOC, 1, std::nullopt, "mymod_init"},
        {10, AreaKind::Unpurged, 0, std::nullopt, std::nullopt, ""},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.index);
        const ImportedArea& a = info.areas[c.index];
        EXPECT_EQ(a.kind, c.kind);
        EXPECT_EQ(a.flags, c.flags);
        EXPECT_EQ(a.pages, c.pages);
        EXPECT_EQ(a.phys, c.phys);
        EXPECT_EQ(a.callerFunction(), c.function);
        EXPECT_EQ(a.line, static_cast<int>(c.index) + 1);
    }
    EXPECT_EQ(info.areas[9].caller, "mymod_init+0x1c/0x40 [mymod]");
    const std::vector<std::pair<unsigned, std::uint64_t>> nodes{{0, 129}, {1, 128}};
    EXPECT_EQ(info.areas[7].nodes, nodes);

    const ImportSummary s = summarize(info);
    EXPECT_EQ(s.areas, 9u);
    EXPECT_EQ(s.vmMapRam, 1u);
    EXPECT_EQ(s.unpurged, 1u);
    EXPECT_EQ(s.pages, 264u);
    EXPECT_EQ(s.usedBytes, 0x11a000u) << "every busy area, vm_map_ram included";
    EXPECT_EQ(s.largestHole, 0x200000u - 0x11a000u);
    EXPECT_EQ(s.largestHoleStart, 0xffffc9000011a000ull);
    ASSERT_FALSE(s.byCaller.empty());
    EXPECT_EQ(s.byCaller.front().name, "kvmalloc_node_noprof");
    EXPECT_EQ(s.byFlag.size(), 7u) << "every flag word counted";
}

TEST(VmallocInfoImport, RoundTripGivesTheSameBytes)
{
    for (const char* name : {"every-flag.txt", "hashed.txt", "zeroed.txt"}) {
        SCOPED_TRACE(name);
        const std::string text = golden::readFile(kData / name);
        EXPECT_EQ(emitVmallocInfo(importVmallocInfo(text, name)), text);
    }
    const std::string big = generatedFile(20000);
    EXPECT_EQ(emitVmallocInfo(importVmallocInfo(big, "big")), big);
}

TEST(VmallocInfoImport, HiddenPointersAreLaidOutInOrderAndSaidSo)
{
    for (const auto& [name, shown] :
         {std::pair{"hashed.txt", AddressesShown::Hashed}, std::pair{"zeroed.txt", AddressesShown::Zeroed}}) {
        SCOPED_TRACE(name);
        const VmallocInfo info = importFile(name);
        EXPECT_EQ(info.addresses, shown);
        EXPECT_TRUE(info.addressesHidden());
        ASSERT_EQ(info.areas.size(), 11u);
        std::uint64_t cursor = k::VMALLOC_START;
        for (const ImportedArea& a : info.areas) {
            EXPECT_EQ(a.layoutStart, cursor);
            cursor += a.size;
        }
        const ImportSummary s = summarize(info);
        EXPECT_NE(summaryText(info, s).find("HIDDEN"), std::string::npos);
        EXPECT_NE(summaryJson(info, s).find("\"addresses_hidden\": true"), std::string::npos);
    }
}

TEST(VmallocInfoImport, UnknownLinesWarnAndTheRestImports)
{
    const VmallocInfo info = importFile("unknown-lines.txt");
    EXPECT_EQ(info.areas.size(), 4u);
    std::vector<std::pair<int, std::string>> warnings;
    for (const ImportWarning& w : info.warnings)
        warnings.emplace_back(w.line, w.message);
    const std::vector<std::pair<int, std::string>> expected{
        {2, "not an area line (expected 0xSTART-0xEND SIZE …): skipped"},
        {3, "unknown word 'huge' (kept as a flag word)"},
        {4, "no size after the address range: skipped"},
        {5, "not an area line (expected 0xSTART-0xEND SIZE …): skipped"},
        {6, "'pages=x' is not pages=NUMBER"},
        {6,
         "read, but not in the kernel's layout: --emit vmallocinfo writes it as vmalloc_info_show() would"},
        {7,
         "read, but not in the kernel's layout: --emit vmallocinfo writes it as vmalloc_info_show() would"},
    };
    EXPECT_EQ(warnings, expected);
    EXPECT_EQ(info.areas[1].words, (std::vector<std::string>{"vmalloc", "huge"}))
        << "an unknown word survives";
}

TEST(VmallocInfoImport, FiveLevelAddressesPickTheLa57Layout)
{
    const VmallocInfo info = importVmallocInfo(
        "0xffa0000000000000-0xffa0000000002000    8192 mymod_init+0x1c/0x40 [mymod] pages=1 vmalloc N0=1\n",
        "l5");
    EXPECT_EQ(info.layout.pagingLevels, 5u);
    EXPECT_EQ(info.rangeStart, k::VMALLOC_START_L5);
}

TEST(VmallocInfoImport, TwentyThousandLines)
{
    const VmallocInfo info = importVmallocInfo(generatedFile(20000), "big");
    EXPECT_EQ(info.areas.size(), 20000u);
    EXPECT_TRUE(info.warnings.empty());
    const ImportSummary s = summarize(info);
    EXPECT_EQ(s.unpurged, 2500u);
    EXPECT_EQ(s.vmMapRam, 2500u);
    EXPECT_EQ(s.largestHole, 4096u) << "the generator leaves a page after every third area";
}

TEST(VmallocInfoImport, HostileTextNeverThrows)
{
    for (const char* text : {"", "\n\n\n", "0x", "0x-0x", "0x1-0x2 ", "0x1-0x2 99999999999999999999999 f",
                             "0xffffffffffffffff-0x0 18446744073709551615 a pages=18446744073709551615",
                             "0x1-0x2 3 f N99999=1 N0=", "\r\n\r\n", "0x1-0x2 3 [", "\0\0\0",
                             "0x1-0x2 3 caller\xa5 wor\xff"
                             "d"}) {
        SCOPED_TRACE(text);
        const VmallocInfo info = importVmallocInfo(text, "t");
        const ImportSummary s = summarize(info);
        EXPECT_FALSE(summaryText(info, s).empty());
        EXPECT_FALSE(summaryJson(info, s).empty());
    }
}

// Found by fuzz_vmallocinfo_import (10-minute run, session 6): a caller followed by several
// carriage returns lost one of them per round trip. The kernel separates fields with spaces and
// never prints a '\r' or a tab, so both separate words like a space (a file saved on Windows, or
// pasted from a terminal) and emitting what was read is stable.
TEST(VmallocInfoImport, CarriageReturnsAndTabsSeparateWords)
{
    struct Case
    {
        const char* text;
        const char* caller;
        std::vector<std::string> words;
    };
    for (const Case& c :
         {Case{"0x1-0x2 2 caller\r\r\r", "caller", {}},
          Case{"0x1-0x2 2 caller pages=1 vmalloc\r\r\n0x3-0x4 2 c\r", "caller", {"vmalloc"}},
          Case{"0x1-0x2 2 caller\r\r \r", "caller", {}}, Case{"0x1-0x2 2 cal\rler\r\r", "cal", {"ler"}},
          Case{"0x1-0x2\t2\tcaller\tvmalloc", "caller", {"vmalloc"}}}) {
        SCOPED_TRACE(c.text);
        const VmallocInfo info = importVmallocInfo(c.text, "t");
        ASSERT_FALSE(info.areas.empty());
        EXPECT_EQ(info.areas.front().caller, c.caller);
        EXPECT_EQ(info.areas.front().words, c.words);
        const std::string emitted = emitVmallocInfo(info);
        const VmallocInfo again = importVmallocInfo(emitted, "again");
        EXPECT_EQ(emitVmallocInfo(again), emitted) << "emitting is stable";
        EXPECT_EQ(again.areas.size(), info.areas.size());
    }
}
