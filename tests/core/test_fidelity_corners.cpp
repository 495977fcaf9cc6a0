// SPDX-License-Identifier: GPL-2.0-only
// 2.6.36 corners: the printk timestamps follow `config uptime=`, the oops's RSP and threadinfo lie
// in the frames the machine owns as the task's kernel stack, /proc/meminfo counts them, and a
// JSON snapshot follows the live state, not the length of the history.
#include "export/Exports.h"
#include "scenario/ScenarioRunner.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

using namespace vmviz;

namespace {

std::unique_ptr<Machine> run(const std::string& text)
{
    auto result = scenario::runScenarioText(text, "t.vmviz");
    EXPECT_TRUE(result.machine && result.error.empty()) << result.error;
    return std::move(result.machine);
}

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

TEST(Uptime, TimestampsStartAtTheConfiguredUptime)
{
    struct Case
    {
        const char* config;
        const char* firstStamp; ///< the oops line, before the sleep
        const char* afterSleep; ///< the WARN after `sleep 1500ms`
    };
    const Case cases[] = {
        {"config ram=64M", "[    5.000000]", "[    6.500000]"}, // the default: 5 s after boot
        {"config ram=64M uptime=0", "[    0.000000]", "[    1.500000]"},
        {"config ram=64M uptime=12.345678", "[   12.345678]", "[   13.845678]"},
        {"config ram=64M uptime=100000", "[100000.000000]", "[100001.500000]"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.config);
        auto machine =
            run(std::string(c.config) + "\np = vmalloc 4K\nwrite p+4K \"x\"\nsleep 1500ms\nvfree 0x10\n");
        ASSERT_TRUE(machine);
        const std::string log = exports::dmesg(*machine);
        EXPECT_TRUE(log.starts_with(c.firstStamp)) << firstLine(log);
        const auto warn = log.find("WARNING:");
        ASSERT_NE(warn, std::string::npos) << log;
        const std::string warnLine = firstLine(log.substr(log.rfind('\n', warn) + 1));
        EXPECT_TRUE(warnLine.starts_with(c.afterSleep)) << warnLine;
    }
}

TEST(Uptime, KmemleakThreadScansOnItsBootSchedule)
{
    // The thread's first scan is 60 s after boot, then every 600 s, whatever the uptime at start.
    struct Case
    {
        const char* uptime;
        const char* sleep;
        std::size_t scans;
    };
    const Case cases[] = {{"0", "59s", 0},   {"0", "61s", 1},   {"5", "56s", 1},  {"59", "2s", 1},
                          {"61", "598s", 0}, {"61", "600s", 1}, {"700", "10m", 1}};
    for (const Case& c : cases) {
        SCOPED_TRACE(std::string("uptime=") + c.uptime + " sleep " + c.sleep);
        auto machine = run(std::string("config ram=64M uptime=") + c.uptime + "\np = vmalloc 4K\nsleep " +
                           c.sleep + "\n");
        ASSERT_TRUE(machine);
        const std::string trace = exports::traceText(*machine, 1, machine->stepCount());
        std::size_t scans = 0;
        for (std::size_t at = trace.find("periodic scan"); at != std::string::npos;
             at = trace.find("periodic scan", at + 1))
            ++scans;
        EXPECT_EQ(scans, c.scans);
    }
}

TEST(TaskStack, OopsRspLiesInTheFramesTheMachineOwnsAsTheStack)
{
    for (const char* ram : {"32M", "33M", "128M", "1G", "8G"}) {
        SCOPED_TRACE(ram);
        auto machine = run(std::string("config ram=") + ram + "\np = vmalloc 4K\nwrite p+4K \"x\"\n");
        ASSERT_TRUE(machine);
        const std::string log = exports::dmesg(*machine);
        // The 16 hex digits after a label, or nothing when the label is missing. (No <regex>: GCC 12
        // warns inside it at -O1, which the sanitizer build turns into an error.)
        const auto hexAfter = [&log](std::string_view label) -> std::optional<std::uint64_t> {
            const std::size_t at = log.find(label);
            if (at == std::string::npos || at + label.size() + 16 > log.size())
                return std::nullopt;
            return std::stoull(log.substr(at + label.size(), 16), nullptr, 16);
        };
        const auto rspValue = hexAfter("RSP: 0018:");
        const auto threadInfoValue = hexAfter("threadinfo ");
        const auto rbpValue = hexAfter("RBP: ");
        ASSERT_TRUE(rspValue && threadInfoValue && rbpValue) << log;
        const std::uint64_t rsp = *rspValue;
        const std::uint64_t threadInfo = *threadInfoValue;
        const std::uint64_t rbp = *rbpValue;
        EXPECT_EQ(threadInfo, machine->text.threadInfo());
        EXPECT_EQ(threadInfo % k::THREAD_SIZE, 0u) << "thread_info is at the base of a THREAD_SIZE stack";
        EXPECT_GE(rsp, threadInfo);
        EXPECT_LT(rsp, threadInfo + k::THREAD_SIZE);
        EXPECT_GE(rbp, rsp);
        EXPECT_LT(rbp, threadInfo + k::THREAD_SIZE);
        const std::uint64_t pfn = (threadInfo - k::PAGE_OFFSET) >> k::PAGE_SHIFT;
        ASSERT_LT(pfn + 1, machine->phys.frameCount());
        for (std::uint64_t i = 0; i < (1u << k::THREAD_ORDER); ++i) {
            EXPECT_EQ(machine->phys.owner(Pfn{pfn + i}), FrameOwner::KernelStack);
            EXPECT_EQ(machine->phys.index(Pfn{pfn + i}), i);
        }
        EXPECT_NE(exports::meminfo(*machine).find("KernelStack:           8 kB\n"), std::string::npos);
        // No other frame is the stack's.
        for (std::uint64_t p = 0; p < machine->phys.frameCount(); ++p) {
            if (machine->phys.owner(Pfn{p}) == FrameOwner::KernelStack) {
                EXPECT_TRUE(p == pfn || p == pfn + 1) << "pfn " << p;
            }
        }
    }
}

TEST(Meminfo, EveryLineOf2636InItsFormat)
{
    // ram=33M is not a whole number of 2 MiB pages: init_memory_mapping() maps the last MiB with
    // 4 KiB pages.
    auto machine = run("config ram=33M\np = vmalloc 8K\n");
    ASSERT_TRUE(machine);
    const std::string text = exports::meminfo(*machine);
    const char* tags[] = {
        "MemTotal:",       "MemFree:",        "Buffers:",      "Cached:",          "SwapCached:",
        "Active:",         "Inactive:",       "Active(anon):", "Inactive(anon):",  "Active(file):",
        "Inactive(file):", "Unevictable:",    "Mlocked:",      "SwapTotal:",       "SwapFree:",
        "Dirty:",          "Writeback:",      "AnonPages:",    "Mapped:",          "Shmem:",
        "Slab:",           "SReclaimable:",   "SUnreclaim:",   "KernelStack:",     "PageTables:",
        "NFS_Unstable:",   "Bounce:",         "WritebackTmp:", "CommitLimit:",     "Committed_AS:",
        "VmallocTotal:",   "VmallocUsed:",    "VmallocChunk:", "HugePages_Total:", "HugePages_Free:",
        "HugePages_Rsvd:", "HugePages_Surp:", "Hugepagesize:", "DirectMap4k:",     "DirectMap2M:"};
    std::size_t at = 0;
    for (const char* tag : tags) {
        SCOPED_TRACE(tag);
        ASSERT_EQ(text.compare(at, std::string(tag).size(), tag), 0) << text.substr(at, 40);
        const std::size_t end = text.find('\n', at);
        const std::string line = text.substr(at, end - at);
        // "%-16s%8lu kB" for the tagged lines (wider when the number is); "HugePages_*:" are
        // "%-19s%5lu" with no unit.
        if (std::string(tag).starts_with("HugePages_")) {
            EXPECT_EQ(line.size(), 24u) << line;
        } else {
            const std::size_t number = line.find_first_not_of(' ', std::string(tag).size());
            ASSERT_NE(number, std::string::npos) << line;
            EXPECT_TRUE(line.ends_with(" kB")) << line;
            const std::size_t digits = line.size() - 3 - number;
            EXPECT_EQ(line.size(), std::max<std::size_t>(27, 16 + digits + 3)) << line;
        }
        at = end + 1;
    }
    EXPECT_EQ(at, text.size());
    EXPECT_NE(text.find("DirectMap4k:        1024 kB\nDirectMap2M:       32768 kB\n"), std::string::npos)
        << text;
    EXPECT_NE(text.find("VmallocUsed:          12 kB\n"), std::string::npos) << text;
}

TEST(SnapshotSize, FollowsTheLiveStateNotTheHistory)
{
    // Each body leaves nothing behind once a pass ends (the purge and a tick for the RCU grace
    // period included), so the snapshot after many passes is the snapshot after one, give or take
    // the counters' digits and the order of the buddy lists (LIFO reuse reorders them: live state,
    // bounded by the number of frames; a 2 MiB area per pass shuffles them enough to add a third,
    // so it is not in this table). Before dead records were dropped, every pass added about 700
    // bytes.
    struct Case
    {
        const char* name;
        const char* body;
    };
    const Case cases[] = {
        {"vmalloc-vfree", "  p = vmalloc 4K\n  vfree p\n  purge\n  sleep 1 jiffies\n"},
        {"write-then-free",
         "  p = vmalloc 8K\n  write p+100 \"hello\"\n  vfree p\n  purge\n  sleep 1 jiffies\n"},
        {"kmemleak-scan", "  p = vmalloc 4K\n  kmemleak scan\n  vfree p\n  purge\n  sleep 1 jiffies\n"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const auto size = [&](int passes) {
            auto machine = run("config ram=32M\nrepeat " + std::to_string(passes) + " {\n" +
                               std::string(c.body) + "}\n");
            return machine ? exports::snapshotJson(*machine).dump().size() : 0;
        };
        const std::size_t one = size(1);
        const std::size_t many = size(40);
        ASSERT_GT(one, 0u);
        EXPECT_LE(many, one + one / 4) << "after 1 pass " << one << " bytes, after 40 passes " << many;
    }
}

} // namespace
