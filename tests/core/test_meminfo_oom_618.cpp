// SPDX-License-Identifier: GPL-2.0-only
// The Linux 6.18 profile's /proc/meminfo (fs/proc/meminfo.c, 6.18.2, x86_64_defconfig) and its
// memory reports: warn_alloc()'s %pGg in 6.18's flag order, __show_mem() up to gfp_zone(), and the
// OOM killer's 6.18 lines.
#include "export/Exports.h"
#include "klog/KernelText.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace vmviz;

namespace {

std::unique_ptr<Machine> run(const std::string& text)
{
    auto result = scenario::runScenarioText(text, "t.vmviz");
    EXPECT_TRUE(result.machine && result.error.empty()) << result.error;
    return std::move(result.machine);
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

/// The number after `tag` in meminfo, in kB (or pages for HugePages_*), or -1 if the line is missing.
long long field(const std::string& meminfo, const std::string& tag)
{
    for (const std::string& line : lines(meminfo))
        if (line.starts_with(tag + ":"))
            return std::stoll(line.substr(tag.size() + 1));
    return -1;
}

TEST(Meminfo618, PrintsEveryLineOfMeminfoProcShowInItsOrder)
{
    // meminfo_proc_show() with CONFIG_ZSWAP, CONFIG_MEMTEST, CONFIG_MEMORY_FAILURE, THP, CMA and
    // CONFIG_UNACCEPTED_MEMORY off, then hugetlb_report_meminfo() and arch_report_meminfo().
    const std::vector<std::string> tags = {
        "MemTotal",       "MemFree",        "MemAvailable",  "Buffers",         "Cached",
        "SwapCached",     "Active",         "Inactive",      "Active(anon)",    "Inactive(anon)",
        "Active(file)",   "Inactive(file)", "Unevictable",   "Mlocked",         "SwapTotal",
        "SwapFree",       "Dirty",          "Writeback",     "AnonPages",       "Mapped",
        "Shmem",          "KReclaimable",   "Slab",          "SReclaimable",    "SUnreclaim",
        "KernelStack",    "PageTables",     "SecPageTables", "NFS_Unstable",    "Bounce",
        "WritebackTmp",   "CommitLimit",    "Committed_AS",  "VmallocTotal",    "VmallocUsed",
        "VmallocChunk",   "Percpu",         "Balloon",       "HugePages_Total", "HugePages_Free",
        "HugePages_Rsvd", "HugePages_Surp", "Hugepagesize",  "Hugetlb",         "DirectMap4k",
        "DirectMap2M",
    };
    for (const char* config :
         {"config kernel=6.18 cpus=1", "config kernel=6.18 cpus=4 ram=1G", "config kernel=6.18 paging=5"}) {
        SCOPED_TRACE(config);
        auto machine = run(std::string(config) + "\np = vmalloc 100\n");
        ASSERT_TRUE(machine);
        const auto got = lines(exports::meminfo(*machine));
        ASSERT_EQ(got.size(), tags.size());
        for (std::size_t i = 0; i < tags.size(); ++i) {
            EXPECT_TRUE(got[i].starts_with(tags[i] + ":")) << got[i];
            // show_val_kb(): the tag padded to 16 columns, the value in 8, " kB".
            if (!tags[i].starts_with("HugePages_")) {
                EXPECT_TRUE(got[i].ends_with(" kB") && got[i].size() >= 27) << got[i];
            }
        }
    }
}

TEST(Meminfo618, VmallocUsedCountsTheDataPagesOfLiveAreas)
{
    struct Case
    {
        const char* body;
        long long vmallocUsedKb;
        long long kernelStackKb;
    };
    const Case cases[] = {
        {"p = vmalloc 100\n", 4, 0},
        {"p = vmalloc 100\nvfree p\n", 0, 0}, // vfree lowers nr_vmalloc_pages at once, before the purge
        {"p = vmalloc 100\nvfree p\npurge\n", 0, 0},
        {"p = vmalloc 8K\nq = vmalloc 12K\n", 20, 0},
        // 768 pages: a 6 KiB page array, so a nested 2-page area of its own, counted too.
        {"p = vmalloc 3M\n", 3072 + 8, 0},
        {"p = vmalloc 3M\nvfree p\n", 0, 0},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.body);
        auto machine = run(std::string("config kernel=6.18 cpus=1\n") + c.body);
        ASSERT_TRUE(machine);
        const std::string meminfo = exports::meminfo(*machine);
        EXPECT_EQ(field(meminfo, "VmallocUsed"), c.vmallocUsedKb);
        EXPECT_EQ(field(meminfo, "VmallocChunk"), 0); // 0 since 5.3
        EXPECT_EQ(field(meminfo, "KernelStack"), c.kernelStackKb);
    }
}

TEST(Meminfo618, DirectMapFollowsInitMemMapping)
{
    // 6.18 maps the ISA range and the unaligned head [1 MiB, 2 MiB) with 4 KiB pages; 2.6.36
    // mapped [0, 2 MiB) with one 2 MiB page.
    struct Case
    {
        const char* config;
        long long fourK, twoM;
    };
    const Case cases[] = {
        {"config kernel=6.18 ram=32M", 2048, 30720},
        {"config kernel=6.18 ram=33M", 3072, 30720},
        {"config kernel=6.18 ram=128M", 2048, 129024},
        {"config ram=128M", 0, 131072},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.config);
        auto machine = run(std::string(c.config) + "\np = vmalloc 4K\n");
        ASSERT_TRUE(machine);
        const std::string meminfo = exports::meminfo(*machine);
        EXPECT_EQ(field(meminfo, "DirectMap4k"), c.fourK);
        EXPECT_EQ(field(meminfo, "DirectMap2M"), c.twoM);
    }
}

TEST(Meminfo618, MemAvailableIsFreeLessTheReserve)
{
    auto machine = run("config kernel=6.18 cpus=1\np = vmalloc 100\n");
    ASSERT_TRUE(machine);
    const std::string meminfo = exports::meminfo(*machine);
    const long long free = field(meminfo, "MemFree");
    const long long available = field(meminfo, "MemAvailable");
    EXPECT_GT(available, 0);
    EXPECT_LT(available, free); // totalreserve_pages: the high watermarks and lowmem_reserve[]
    EXPECT_EQ(field(meminfo, "CommitLimit"), field(meminfo, "MemTotal") / 2);
}

TEST(WarnAlloc618, ModeNamesFollowSixEighteensFlagTable)
{
    KernelIdentity who;
    who.layout = TextLayout::Linux6;
    who.release = "6.18.2";
    const KernelText text(who);
    struct Case
    {
        std::uint32_t gfp; ///< the model's (2.6.36) bits
        const char* mode;
    };
    const Case cases[] = {
        {k::GFP_KERNEL | k::__GFP_HIGHMEM, "mode:0xcc2(GFP_KERNEL|__GFP_HIGHMEM)"},
        {k::GFP_KERNEL | k::__GFP_HIGHMEM | k::__GFP_ZERO | k::__GFP_NOWARN,
         "mode:0x2dc2(GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO|__GFP_NOWARN)"},
        {k::GFP_KERNEL | k::__GFP_DMA32, "mode:0xcc4(GFP_KERNEL|GFP_DMA32)"},
        {k::GFP_KERNEL | k::__GFP_ZERO, "mode:0xdc0(GFP_KERNEL|__GFP_ZERO)"},
        {k::__GFP_HIGH, "mode:0x20(__GFP_HIGH)"},
    };
    for (const Case& c : cases) {
        const auto out =
            text.warnAlloc("vmalloc error: size 4096, failed to allocate pages", c.gfp, {}, {}, 0, {});
        ASSERT_FALSE(out.empty());
        EXPECT_NE(out[0].find(std::string(c.mode) + ", nodemask=(null),cpuset=/,mems_allowed=0"),
                  std::string::npos)
            << out[0];
    }
}

TEST(ShowMem618, ZonesAboveTheRequestsZoneAreLeftOut)
{
    ShowMem mem;
    for (unsigned z = 0; z < 3; ++z) {
        ShowMemZone zone;
        zone.name = z == 0 ? "DMA" : z == 1 ? "DMA32" : "Normal";
        zone.index = z;
        zone.pcpCount = {z + 1};
        mem.zones.push_back(zone);
    }
    struct Case
    {
        unsigned maxZone;
        bool normal, dma32;
        const char* freePcp;
    };
    const Case cases[] = {{2, true, true, " free:0 free_pcp:6 "},
                          {1, false, true, " free:0 free_pcp:3 "},
                          {0, false, false, " free:0 free_pcp:1 "}};
    for (const Case& c : cases) {
        SCOPED_TRACE(c.maxZone);
        const auto out = showMemLines6(mem, c.maxZone);
        std::string all;
        for (const std::string& line : out)
            all += line + "\n";
        EXPECT_EQ(all.find("Node 0 Normal free:") != std::string::npos, c.normal);
        EXPECT_EQ(all.find("Node 0 Normal: ") != std::string::npos, c.normal);
        EXPECT_EQ(all.find("Node 0 DMA32 free:") != std::string::npos, c.dma32);
        EXPECT_NE(all.find(c.freePcp), std::string::npos);
        EXPECT_NE(all.find("Node 0 DMA free:"), std::string::npos);
        EXPECT_NE(
            all.find("\nNode 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB\n"
                     "0 total pagecache pages\n"),
            std::string::npos);
        EXPECT_EQ(all.find("hwpoisoned"), std::string::npos); // CONFIG_MEMORY_FAILURE is off
        EXPECT_TRUE(all.ends_with(" pages reserved\n"));
    }
}

TEST(OutOfMemory618, ReportHasSixEighteensLines)
{
    auto machine = run("config ram=32M cpus=2 kernel=6.18\na = vmalloc 12M\nb = vmalloc 12M\nc = vmalloc 8K\n"
                       "d = vmalloc 8M\n");
    ASSERT_TRUE(machine);
    const std::string log = exports::dmesg(*machine);
    for (const char* expected : {
             "insmod invoked oom-killer: gfp_mask=0x2cc2(GFP_KERNEL|__GFP_HIGHMEM|__GFP_NOWARN), order=0, "
             "oom_score_adj=0\n",
             "Unreclaimable slab info:\n",
             "Tasks state (memory values in pages):\n",
             "[  pid  ]   uid  tgid total_vm      rss rss_anon rss_file rss_shmem pgtables_bytes swapents "
             "oom_score_adj name\n",
             "oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/"
             ",mems_allowed=0,task=insmod,pid=1234,"
             "uid=0\n",
             "Out of memory: Killed process 1234 (insmod) total-vm:6220kB, anon-rss:96kB, file-rss:512kB, "
             "shmem-rss:0kB, UID:0 pgtables:52kB oom_score_adj:0\n",
         })
        EXPECT_NE(log.find(expected), std::string::npos) << expected;
    // One report only, and no 2.6.36 lines; a dying task's vmalloc failures stay quiet.
    EXPECT_EQ(log.find("invoked oom-killer"), log.rfind("invoked oom-killer"));
    for (const char* absent : {"oom_adj", "sacrifice child", "cpuset=/ mems_allowed", "vmalloc error",
                               "page allocation failure", "per-cpu:"})
        EXPECT_EQ(log.find(absent), std::string::npos) << absent;
}

} // namespace
