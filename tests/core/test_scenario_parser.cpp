// SPDX-License-Identifier: GPL-2.0-only
// The scenario language: every operation form, every error message users will see, and hostile input.
#include "base/Format.h"
#include "scenario/ScenarioParser.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <variant>
#include <vector>

using namespace vmviz;
using namespace vmviz::scenario;

namespace {

constexpr const char* kFile = "t.vmviz";

// A compact, parser-independent rendering of the AST, so a table row states the whole expected tree
// on one line without going through formatOperation (which has its own tests below).
std::string describe(const OpVariant& variant)
{
    struct Visitor
    {
        std::string operator()(const AllocOp& op) const
        {
            std::string out = "alloc " + (op.var.empty() ? std::string("-") : op.var) + " " +
                              std::string(allocApiName(op.api)) + " " + std::to_string(op.size);
            if (op.api == AllocApi::Vmalloc_)
                out += " gfp=" + fmt::hex(op.gfp) + " prot=" + fmt::hex(op.prot);
            else if (op.gfp != 0 || op.prot != 0)
                out += " UNEXPECTED-GFP-OR-PROT";
            return out;
        }
        std::string operator()(const FreeOp& op) const
        {
            return op.var.empty() ? "vfree addr=" + fmt::hex(op.address) : "vfree var=" + op.var;
        }
        std::string operator()(const FailOp& op) const
        {
            const char* mode = op.mode == FailOp::Mode::After   ? "after"
                               : op.mode == FailOp::Mode::Every ? "every"
                                                                : "off";
            return "fail " + std::string(faultSiteName(op.site)) + " " + mode + " " + std::to_string(op.n);
        }
        std::string operator()(const LeakOp& op) const { return "leak " + op.var; }
        std::string operator()(const PurgeOp&) const { return "purge"; }
        std::string operator()(const SleepOp& op) const
        {
            return "sleep " + std::to_string(op.milliseconds) + "ms";
        }
        std::string operator()(const WriteOp& op) const
        {
            const char* form = op.form == WriteOp::Form::String  ? "string"
                               : op.form == WriteOp::Form::Bytes ? "bytes"
                                                                 : "fill";
            std::string hex;
            for (std::uint8_t b : op.bytes)
                hex += fmt::printf("%02x", static_cast<unsigned>(b));
            return "write " + op.var + "+" + std::to_string(op.offset) + " " + form +
                   " len=" + std::to_string(op.length) + " bytes=" + hex;
        }
        std::string operator()(const KmemleakOp& op) const
        {
            switch (op.command) {
            case KmemleakOp::Command::Scan:
                return "kmemleak scan";
            case KmemleakOp::Command::Clear:
                return "kmemleak clear";
            case KmemleakOp::Command::Dump:
                break;
            }
            return op.var.empty() ? "kmemleak dump addr=" + fmt::hex(op.address)
                                  : "kmemleak dump var=" + op.var;
        }
    };
    return std::visit(Visitor{}, variant);
}

std::vector<std::string> describeAll(const Scenario& scenario)
{
    std::vector<std::string> out;
    for (const Operation& operation : scenario.operations)
        out.push_back(describe(operation.op));
    return out;
}

std::vector<std::string> errorStrings(const ParseResult& result)
{
    std::vector<std::string> out;
    for (const ParseError& error : result.errors)
        out.push_back(error.toString());
    return out;
}

const std::string kUnknownOp = "; expected one of vmalloc, vmalloc_32, vmalloc_user, __vmalloc, "
                               "vmalloc_huge, kvmalloc, vfree, kvfree, fail, leak, purge, sleep, write, "
                               "kmemleak, config, repeat, chapter, say, ask, note";
const std::string kVzalloc =
    "vzalloc does not exist in Linux 2.6.36 (it arrived in 2.6.37); use vmalloc_user or "
    "__vmalloc SIZE GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO PAGE_KERNEL";
const std::string kAllocP = "alloc p vmalloc 4096";

} // namespace

TEST(ScenarioParser, EveryOperationForm)
{
    struct Case
    {
        std::string input;
        std::vector<std::string> ops;
    };
    const std::vector<Case> cases = {
        // Allocations, with and without a variable; the = may touch either side.
        {"vmalloc 100", {"alloc - vmalloc 100"}},
        {"p = vmalloc 4K", {kAllocP}},
        {"p=vmalloc 4K", {kAllocP}},
        {"p =vmalloc 4K", {kAllocP}},
        {"p= vmalloc 4K", {kAllocP}},
        {"\t  p = vmalloc 2M+4K   # two megabytes and a page", {"alloc p vmalloc 2101248"}},
        {"vmalloc 0", {"alloc - vmalloc 0"}},
        {"vmalloc_32 8K", {"alloc - vmalloc_32 8192"}},
        {"u = vmalloc_user 3M", {"alloc u vmalloc_user 3145728"}},
        {"a_very_long_name_of_32_chars_ok_ = vmalloc 1",
         {"alloc a_very_long_name_of_32_chars_ok_ vmalloc 1"}},
        {"q = __vmalloc 8K GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO PAGE_KERNEL",
         {"alloc q __vmalloc 8192 gfp=0x80d2 prot=0x8000000000000163"}},
        {"__vmalloc 4K GFP_KERNEL | __GFP_ZERO PAGE_KERNEL_RO",
         {"alloc - __vmalloc 4096 gfp=0x80d0 prot=0x8000000000000161"}},
        {"__vmalloc 4K GFP_KERNEL |__GFP_ZERO PAGE_KERNEL_RO",
         {"alloc - __vmalloc 4096 gfp=0x80d0 prot=0x8000000000000161"}},
        {"__vmalloc 4K GFP_ATOMIC PAGE_KERNEL_EXEC", {"alloc - __vmalloc 4096 gfp=0x20 prot=0x163"}},
        {"__vmalloc 4K GFP_NOWAIT PAGE_KERNEL_NOCACHE",
         {"alloc - __vmalloc 4096 gfp=0x0 prot=0x800000000000017b"}},
        {"__vmalloc 4K GFP_DMA32|__GFP_NOWARN|__GFP_COLD 0x8000000000000163",
         {"alloc - __vmalloc 4096 gfp=0x304 prot=0x8000000000000163"}},
        {"__vmalloc 1 __GFP_DMA|__GFP_MOVABLE|__GFP_WAIT|__GFP_HIGH|__GFP_IO|__GFP_FS 0",
         {"alloc - __vmalloc 1 gfp=0xf9 prot=0x0"}},
        {"__vmalloc 1 __GFP_REPEAT|__GFP_NOFAIL|__GFP_NORETRY|__GFP_COMP|__GFP_DMA32 355",
         {"alloc - __vmalloc 1 gfp=0x5c04 prot=0x163"}},
        {"__vmalloc 4K 0x80d2|16 0x163", {"alloc - __vmalloc 4096 gfp=0x80d2 prot=0x163"}},
        // Reassigning a variable is allowed; it names the new allocation.
        {"p = vmalloc 4K\np = vmalloc 8K\nvfree p", {kAllocP, "alloc p vmalloc 8192", "vfree var=p"}},
        {"ram = vmalloc 4K\nvfree ram", {"alloc ram vmalloc 4096", "vfree var=ram"}},
        // Frees: variable, raw address (any value), NULL; a double vfree is the kernel's business.
        {"p = vmalloc 4K\nvfree p\nvfree p", {kAllocP, "vfree var=p", "vfree var=p"}},
        {"vfree 0xffffc90000001000", {"vfree addr=0xffffc90000001000"}},
        {"vfree 12345", {"vfree addr=0x3039"}},
        {"vfree NULL", {"vfree addr=0x0"}},
        {"vfree 0", {"vfree addr=0x0"}},
        // Fault injection.
        {"fail alloc_page after 3", {"fail alloc_page after 3"}},
        {"fail kmalloc every 2", {"fail kmalloc every 2"}},
        {"fail vmap_area off", {"fail vmap_area off 0"}},
        {"fail pte_alloc after 0", {"fail pte_alloc after 0"}},
        {"fail pmd_alloc every 1", {"fail pmd_alloc every 1"}},
        {"fail pud_alloc after 0x10", {"fail pud_alloc after 16"}},
        {"p = vmalloc 4K\nleak p", {kAllocP, "leak p"}},
        {"purge", {"purge"}},
        // Sleeps are stored in milliseconds; a jiffy is 4 ms at HZ=250.
        {"sleep 10s", {"sleep 10000ms"}},
        {"sleep 500ms", {"sleep 500ms"}},
        {"sleep 1.5s", {"sleep 1500ms"}},
        {"sleep 0.001s", {"sleep 1ms"}},
        {"sleep 2m", {"sleep 120000ms"}},
        {"sleep 0.5m", {"sleep 30000ms"}},
        {"sleep 25 jiffies", {"sleep 100ms"}},
        {"sleep 25j", {"sleep 100ms"}},
        {"sleep 1 jiffy", {"sleep 4ms"}},
        {"sleep 1440m", {"sleep 86400000ms"}},
        {"sleep 10 s", {"sleep 10000ms"}},
        // Writes.
        {"p = vmalloc 4K\nwrite p \"hi\\n\"", {kAllocP, "write p+0 string len=3 bytes=68690a"}},
        {"p = vmalloc 4K\nwrite p \"a\\tb\\\\c\\\"d\\x41\\0#x\"  # the # inside the string is data",
         {kAllocP, "write p+0 string len=11 bytes=6109625c63226441002378"}},
        {"p = vmalloc 4K\nwrite p+16 bytes de ad BE 0xef 7",
         {kAllocP, "write p+16 bytes len=5 bytes=deadbeef07"}},
        {"p = vmalloc 8K\nwrite p+4K fill aa 4K",
         {"alloc p vmalloc 8192", "write p+4096 fill len=4096 bytes=aa"}},
        {"p = vmalloc 8K\nwrite p+0x10+1 fill 0x00 1",
         {"alloc p vmalloc 8192", "write p+17 fill len=1 bytes=00"}},
        {"p = vmalloc 4K\nwrite p \"\xc3\xa9\"", {kAllocP, "write p+0 string len=2 bytes=c3a9"}},
        // kmemleak.
        {"kmemleak scan", {"kmemleak scan"}},
        {"kmemleak clear", {"kmemleak clear"}},
        {"p = vmalloc 4K\nkmemleak dump=p", {kAllocP, "kmemleak dump var=p"}},
        {"kmemleak dump=0xffffc90000000000", {"kmemleak dump addr=0xffffc90000000000"}},
        // Comments, blank lines, CRLF, a UTF-8 byte order mark.
        {"# title\r\n\r\n   \t\r\nvmalloc 4K\r\n  # indented comment\r\n", {"alloc - vmalloc 4096"}},
        {"\xef\xbb\xbfvmalloc 4K#comment right after", {"alloc - vmalloc 4096"}},
        {"purge # comment with \"quotes\" and # hashes", {"purge"}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.input);
        const ParseResult result = parseScenario(c.input, kFile);
        ASSERT_TRUE(result.ok()) << testing::PrintToString(errorStrings(result));
        EXPECT_TRUE(result.errors.empty());
        EXPECT_EQ(describeAll(*result.scenario), c.ops);
    }
}

TEST(ScenarioParser, OperationKeepsLocationAndCleanedText)
{
    const ParseResult result =
        parseScenario("# header\n\n  p = vmalloc   2M  # big one\r\nvfree p\n", "dir/demo.vmviz");
    ASSERT_TRUE(result.ok());
    const Scenario& scenario = *result.scenario;
    EXPECT_EQ(scenario.name, "demo");
    ASSERT_EQ(scenario.operations.size(), 2u);
    EXPECT_EQ(scenario.operations[0].where, (Location{"dir/demo.vmviz", 3}));
    EXPECT_EQ(scenario.operations[0].text, "p = vmalloc   2M");
    EXPECT_EQ(scenario.operations[1].where.line, 4);
    EXPECT_EQ(scenario.operations[1].text, "vfree p");
}

TEST(ScenarioParser, EmptyFileIsAValidScenario)
{
    for (const char* text : {"", "\n\n", "# only a comment\n   \n\t# another\n", "\r\n"}) {
        SCOPED_TRACE(text);
        const ParseResult result = parseScenario(text, kFile);
        ASSERT_TRUE(result.ok());
        EXPECT_TRUE(result.scenario->operations.empty());
        EXPECT_EQ(result.scenario->config, Config{});
    }
}

TEST(ScenarioParser, ConfigKeys)
{
    const ParseResult result = parseScenario("config ram=1G cpus=4 seed=18446744073709551615\n"
                                             "config comm=insmod.sh-1 pid=4194304 module=vmviz_demo_2\n"
                                             "vmalloc 4K\n",
                                             kFile);
    ASSERT_TRUE(result.ok()) << testing::PrintToString(errorStrings(result));
    Config expected;
    expected.ramBytes = 1ull << 30;
    expected.cpus = 4;
    expected.seed = 18446744073709551615ull;
    expected.comm = "insmod.sh-1";
    expected.pid = 4194304;
    expected.module = "vmviz_demo_2";
    EXPECT_EQ(result.scenario->config, expected);

    // uptime= is seconds with up to six decimals and an optional s.
    for (const auto& [text, micros] :
         std::vector<std::pair<std::string, std::uint64_t>>{{"config uptime=0", 0},
                                                            {"config uptime=12.345678", 12'345'678},
                                                            {"config uptime=90s", 90'000'000},
                                                            {"config uptime=0.5", 500'000},
                                                            {"config uptime=31536000", 31'536'000'000'000}}) {
        SCOPED_TRACE(text);
        const ParseResult parsed = parseScenario(text, kFile);
        ASSERT_TRUE(parsed.ok()) << testing::PrintToString(errorStrings(parsed));
        EXPECT_EQ(parsed.scenario->config.uptimeMicros, micros);
        EXPECT_EQ(formatConfig(parsed.scenario->config), "config uptime=" + formatUptime(micros));
        EXPECT_EQ(parseScenario(formatConfig(parsed.scenario->config), kFile).scenario->config,
                  parsed.scenario->config);
    }

    // The bounds are inclusive.
    for (const char* text : {"config ram=32M cpus=1 pid=1 comm=a module=m", "config ram=64G cpus=256",
                             "config ram=0x2000000", "config ram=1G+4K", "config comm=123456789012345",
                             "config module=a234567890123456789012345678901234567890123456789012345"}) {
        SCOPED_TRACE(text);
        EXPECT_TRUE(parseScenario(text, kFile).ok())
            << testing::PrintToString(errorStrings(parseScenario(text, kFile)));
    }
}

TEST(ScenarioParser, Sizes)
{
    struct Case
    {
        std::string text;
        std::optional<std::uint64_t> value;
        std::string error;
    };
    const std::vector<Case> cases = {
        {"100", 100, ""},
        {"0x1000", 4096, ""},
        {"0X1000", 4096, ""},
        {"4K", 4096, ""},
        {"4k", 4096, ""},
        {"3M", 3ull << 20, ""},
        {"1G", 1ull << 30, ""},
        {"2M+4K", 2101248, ""},
        {"2101248", 2101248, ""},
        {"0", 0, ""},
        {"4KiB", 4096, ""},
        {"2MiB", 2ull << 20, ""},
        {"1GiB+1", (1ull << 30) + 1, ""},
        {"0x10K", 16384, ""},
        {"007", 7, ""},
        {"18446744073709551615", 18446744073709551615ull, ""},
        {"0xffffffffffffffff", 18446744073709551615ull, ""},
        {"17179869183G+1023M+1023K+1023", 18446744073709551615ull, ""},
        {"32T", 32ull << 40, ""}, // the largest vmalloc= the docs allow
        {"1t", 1ull << 40, ""},
        {"2TiB+4K", (2ull << 40) + 4096, ""},
        {"16777215T+1023G", (16777215ull << 40) + (1023ull << 30), ""},
        {"16777216T", std::nullopt, "size 16777216T does not fit in 64 bits"},
        {"2M-4K", std::nullopt,
         "size '2M-4K': sizes add with '+' but do not subtract (write the difference, e.g. 2044K for 2M-4K)"},
        {"0x2000-0x1000", std::nullopt,
         "size '0x2000-0x1000': sizes add with '+' but do not subtract (write the difference, e.g. 2044K for "
         "2M-4K)"},
        {"-1", std::nullopt, "size -1 is negative"},
        {"18446744073709551616", std::nullopt, "size 18446744073709551616 does not fit in 64 bits"},
        {"0x10000000000000000", std::nullopt, "size 0x10000000000000000 does not fit in 64 bits"},
        {"17179869184G", std::nullopt, "size 17179869184G does not fit in 64 bits"},
        {"0x8000000000000000+0x8000000000000000", std::nullopt,
         "size 0x8000000000000000+0x8000000000000000 does not fit in 64 bits"},
        {"12Q", std::nullopt, "size '12Q' has an unknown suffix 'Q' (use K, M, G, T, KiB, MiB, GiB or TiB)"},
        {"4KB", std::nullopt, "size '4KB' has an unknown suffix 'KB' (use K, M, G, T, KiB, MiB, GiB or TiB)"},
        {"1.5M", std::nullopt,
         "size '1.5M' has an unknown suffix '.5M' (use K, M, G, T, KiB, MiB, GiB or TiB)"},
        {"", std::nullopt, "empty size"},
        {"abc", std::nullopt, "'abc' is not a size (expected a number like 4096, 0x1000, 4K or 2M+4K)"},
        {"0x", std::nullopt, "'0x' is not a size (expected a number like 4096, 0x1000, 4K or 2M+4K)"},
        {"4K+", std::nullopt, "'4K+' is not a size (expected a number like 4096, 0x1000, 4K or 2M+4K)"},
        {"+4K", std::nullopt, "'+4K' is not a size (expected a number like 4096, 0x1000, 4K or 2M+4K)"},
        {" 4K", std::nullopt, "' 4K' is not a size (expected a number like 4096, 0x1000, 4K or 2M+4K)"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.text);
        std::string error = "untouched";
        EXPECT_EQ(parseSize(c.text, &error), c.value);
        EXPECT_EQ(error, c.value ? "untouched" : c.error);
        EXPECT_EQ(parseSize(c.text, nullptr), c.value); // a null error pointer is allowed
    }

    // The same rules and messages apply inside a scenario line.
    EXPECT_EQ(errorStrings(parseScenario("vmalloc 12Q", kFile)),
              std::vector<std::string>{
                  "t.vmviz:1: size '12Q' has an unknown suffix 'Q' (use K, M, G, T, KiB, MiB, GiB or TiB)"});
    EXPECT_EQ(
        errorStrings(parseScenario("vmalloc 18446744073709551616", kFile)),
        std::vector<std::string>{
            "t.vmviz:1: size 18446744073709551616 does not fit in 64 bits"}); // The docs allow vmalloc= up to
                                                                              // 32T, spelled that way.
    const ParseResult big = parseScenario("config vmalloc=32T\na = vmalloc 4K\n", kFile);
    ASSERT_TRUE(big.ok()) << errorStrings(big).front();
    EXPECT_EQ(big.scenario->config.vmallocBytes, 32ull << 40);
    // config sizes are the same expressions as operation sizes: 2M-4K is accepted in both places.
    const ParseResult minus = parseScenario("config vmalloc=2M-4K ram=64M+4K\na = vmalloc 2M-4K\n", kFile);
    ASSERT_TRUE(minus.ok()) << errorStrings(minus).front();
    EXPECT_EQ(minus.scenario->config.vmallocBytes, (2ull << 20) - 4096);
    EXPECT_EQ(minus.scenario->config.ramBytes, (64ull << 20) + 4096);
}

TEST(ScenarioParser, ErrorMessages)
{
    struct Case
    {
        std::string input;
        std::vector<std::string> errors;
    };
    const std::vector<Case> cases = {
        {"foo 4K", {"t.vmviz:1: unknown operation 'foo'" + kUnknownOp}},
        {"VMALLOC 4K",
         {"t.vmviz:1: unknown operation 'VMALLOC'" + kUnknownOp + " (keywords are case-sensitive: vmalloc)"}},
        {"\"vmalloc\" 4K", {"t.vmviz:1: unknown operation '\"vmalloc\"'" + kUnknownOp}},
        {"vzalloc 4K", {"t.vmviz:1: " + kVzalloc}},
        {"p = vzalloc 4K", {"t.vmviz:1: " + kVzalloc}},
        {"vfree x", {"t.vmviz:1: vfree of 'x', which no earlier line assigns"}},
        {"vfree x\nx = vmalloc 4K", {"t.vmviz:1: vfree of 'x', which no earlier line assigns"}},
        {"vfree", {"t.vmviz:1: vfree needs a variable, an address or NULL"}},
        {"vfree $p", {"t.vmviz:1: '$p' is not a variable, an address or NULL"}},
        {"vfree -8", {"t.vmviz:1: address -8 is negative"}},
        {"leak y", {"t.vmviz:1: leak of 'y', which no earlier line assigns"}},
        {"write z \"a\"", {"t.vmviz:1: write to 'z', which no earlier line assigns"}},
        {"kmemleak dump=w", {"t.vmviz:1: kmemleak dump of 'w', which no earlier line assigns"}},
        {"vmalloc 4K\nconfig ram=1G", {"t.vmviz:2: config must come before the first operation"}},
        {"config ram=1G\nconfig cpus=2 ram=2G",
         {"t.vmviz:2: config key 'ram' is given twice (first on line 1)"}},
        {"config seed=1 seed=1", {"t.vmviz:1: config key 'seed' is given twice (first on line 1)"}},
        {"config ram=5000", {"t.vmviz:1: ram=5000 is not a multiple of the 4 KiB page size"}},
        {"config ram=8M", {"t.vmviz:1: ram=8M is out of range (32M to 64G)"}},
        {"config vmalloc=512K",
         {"t.vmviz:1: vmalloc=512K is out of range (1M to 32768G, the x86-64 vmalloc range)"}},
        {"config vmalloc=33000G",
         {"t.vmviz:1: vmalloc=33000G is out of range (1M to 32768G, the x86-64 vmalloc range)"}},
        {"config vmalloc=1M+1", {"t.vmviz:1: vmalloc=1M+1 is not a multiple of the 4 KiB page size"}},
        {"config ram=64G+4K", {"t.vmviz:1: ram=64G+4K is out of range (32M to 64G)"}},
        {"config ram=12Q",
         {"t.vmviz:1: size '12Q' has an unknown suffix 'Q' (use K, M, G, T, KiB, MiB, GiB or TiB)"}},
        {"config ram=", {"t.vmviz:1: config key 'ram' needs a value after '='"}},
        {"config ram", {"t.vmviz:1: config key 'ram' needs =VALUE"}},
        {"config",
         {"t.vmviz:1: config needs KEY=VALUE settings (ram, cpus, seed, comm, pid, module, vmalloc, "
          "kernel, paging, uptime)"}},
        {"config colour=red",
         {"t.vmviz:1: unknown config key 'colour' (use ram, cpus, seed, comm, pid, module, vmalloc, "
          "kernel, paging or uptime)"}},
        {"config uptime=-1",
         {"t.vmviz:1: uptime=-1: uptime is seconds since boot, e.g. 5, 12.345678 or 90s"}},
        {"config uptime=5m",
         {"t.vmviz:1: uptime=5m: uptime is seconds since boot, e.g. 5, 12.345678 or 90s"}},
        {"config uptime=1.",
         {"t.vmviz:1: uptime=1.: uptime is seconds since boot, e.g. 5, 12.345678 or 90s"}},
        {"config uptime=.5",
         {"t.vmviz:1: uptime=.5: uptime is seconds since boot, e.g. 5, 12.345678 or 90s"}},
        {"config uptime=1.2345678",
         {"t.vmviz:1: uptime=1.2345678: uptime has at most six decimals (printk prints microseconds)"}},
        {"config uptime=31536001", {"t.vmviz:1: uptime=31536001: uptime is at most a year (31536000 s)"}},
        {"config uptime=99999999999999999999",
         {"t.vmviz:1: uptime=99999999999999999999: uptime is at most a year (31536000 s)"}},
        {"config uptime=31536000.000001",
         {"t.vmviz:1: uptime=31536000.000001: uptime is at most a year (31536000 s)"}},
        {"config uptime=5\nconfig uptime=6",
         {"t.vmviz:2: config key 'uptime' is given twice (first on line 1)"}},
        {"config paging=3", {"t.vmviz:1: paging=3: paging is 4 or 5 (levels of page tables; 5 is LA57)"}},
        {"config ram=64M\nconfig paging=5",
         {"t.vmviz:2: paging=5 needs kernel=6.18 (Linux 2.6.36 has 4-level page tables only; 5-level paging "
          "came "
          "in 4.14)"}},
        {"a = vmalloc_huge 4M",
         {"t.vmviz:1: vmalloc_huge is not in 2.6.36 (huge vmalloc mappings came in 5.13); use config "
          "kernel=6.18"}},
        {"config kernel=2.6.36\nvmalloc 4K\nvmalloc_huge 2M",
         {"t.vmviz:3: vmalloc_huge is not in 2.6.36 (huge vmalloc mappings came in 5.13); use config "
          "kernel=6.18"}},
        {"config kernel=6.18\nvmalloc_huge", {"t.vmviz:2: vmalloc_huge needs a SIZE"}},
        {"config kernel=5.4", {"t.vmviz:1: unknown kernel '5.4' (known: 2.6.36, 6.18)"}},
        {"config kernel=", {"t.vmviz:1: config key 'kernel' needs a value after '='"}},
        {"config cpus=0", {"t.vmviz:1: cpus=0 is out of range (1 to 256)"}},
        {"config cpus=257", {"t.vmviz:1: cpus=257 is out of range (1 to 256)"}},
        {"config cpus=two", {"t.vmviz:1: 'two' is not a number (expected cpus in decimal or 0x-hex)"}},
        {"config pid=0", {"t.vmviz:1: pid=0 is out of range (1 to 4194304)"}},
        {"config pid=4194305", {"t.vmviz:1: pid=4194305 is out of range (1 to 4194304)"}},
        {"config seed=18446744073709551616",
         {"t.vmviz:1: seed 18446744073709551616 does not fit in 64 bits"}},
        {"config comm=abcdefghijklmnop",
         {"t.vmviz:1: comm=abcdefghijklmnop must be 1 to 15 characters from A-Z a-z 0-9 _ . -"}},
        {"config comm=a/b", {"t.vmviz:1: comm=a/b must be 1 to 15 characters from A-Z a-z 0-9 _ . -"}},
        {"config module=my-mod", {"t.vmviz:1: module=my-mod must be 1 to 55 characters from A-Z a-z 0-9 _"}},
        {"config module=" + std::string(56, 'm'),
         {"t.vmviz:1: module=" + std::string(48, 'm') + "... must be 1 to 55 characters from A-Z a-z 0-9 _"}},
        {"config comm=\"x\"", {"t.vmviz:1: config key 'comm' needs a value after '='"}},
        {"ram=1G", {"t.vmviz:1: 'ram=1G' looks like a config setting; write config ram=1G"}},
        {"cpus = 2 seed=3 # two",
         {"t.vmviz:1: 'cpus = 2 seed=3' looks like a config setting; write config cpus=2 seed=3"}},
        {"vmalloc 4K junk", {"t.vmviz:1: trailing junk 'junk' after a complete operation"}},
        {"purge now  please # comment",
         {"t.vmviz:1: trailing junk 'now  please' after a complete operation"}},
        {"kmemleak scan \"x\"", {"t.vmviz:1: trailing junk '\"x\"' after a complete operation"}},
        {"vmalloc 2M + 4K", {"t.vmviz:1: trailing junk '+ 4K' after a complete operation"}},
        {"p = vmalloc 4K\nwrite p \"abc", {"t.vmviz:2: unterminated string literal"}},
        {"p = vmalloc 4K\nwrite p \"abc\\\"", {"t.vmviz:2: unterminated string literal"}},
        {"p = vmalloc 4K\nwrite p \"a\\qb\"",
         {"t.vmviz:2: unknown escape '\\q' in a string literal (use \\n \\t \\\\ \\\" \\xHH or \\0)"}},
        {"p = vmalloc 4K\nwrite p \"\\x4\"",
         {"t.vmviz:2: \\x in a string literal needs two hex digits (\\xHH)"}},
        {"p = vmalloc 4K\nwrite p \"\"", {"t.vmviz:2: nothing to write: the string is empty"}},
        {"p = vmalloc 4K\nwrite p bytes", {"t.vmviz:2: write ... bytes needs at least one hex byte"}},
        {"p = vmalloc 4K\nwrite p bytes 41 123", {"t.vmviz:2: '123' is not a hex byte (00 to ff)"}},
        {"p = vmalloc 4K\nwrite p fill 255 4K", {"t.vmviz:2: '255' is not a hex byte (00 to ff)"}},
        {"p = vmalloc 4K\nwrite p fill aa 0", {"t.vmviz:2: nothing to write: the fill count is 0"}},
        {"p = vmalloc 4K\nwrite p",
         {"t.vmviz:2: write needs VAR[+OFFSET] and data: \"string\", bytes HH ... or fill BYTE COUNT"}},
        {"p = vmalloc 4K\nwrite p+ \"x\"", {"t.vmviz:2: empty offset"}},
        {"p = vmalloc 4K\nwrite p+0xffffffffffffffff \"ab\"",
         {"t.vmviz:2: the write runs past the end of the 64-bit address space"}},
        {"vmalloc", {"t.vmviz:1: vmalloc needs a SIZE"}},
        {"vmalloc -1", {"t.vmviz:1: size -1 is negative"}},
        {"vmalloc \"4K\"", {"t.vmviz:1: vmalloc needs a SIZE, not the string '\"4K\"'"}},
        {"__vmalloc 4K GFP_KERNEL",
         {"t.vmviz:1: __vmalloc needs SIZE GFP PROT, e.g. __vmalloc 8K GFP_KERNEL|__GFP_HIGHMEM "
          "PAGE_KERNEL"}},
        {"__vmalloc 4K GFP_BOGUS PAGE_KERNEL",
         {"t.vmviz:1: unknown GFP flag 'GFP_BOGUS' (use GFP_KERNEL, GFP_ATOMIC, GFP_NOWAIT, GFP_DMA32, "
          "__GFP_* "
          "bits such as __GFP_ZERO, or a number)"}},
        {"__vmalloc 4K GFP_KERNEL||__GFP_ZERO PAGE_KERNEL",
         {"t.vmviz:1: empty flag in the GFP mask 'GFP_KERNEL||__GFP_ZERO'"}},
        {"__vmalloc 4K 0x100000000 PAGE_KERNEL",
         {"t.vmviz:1: GFP mask 0x100000000 does not fit in 32 bits (gfp_t)"}},
        {"__vmalloc 4K GFP_KERNEL PAGE_USER",
         {"t.vmviz:1: unknown page protection 'PAGE_USER' (use PAGE_KERNEL, PAGE_KERNEL_EXEC, "
          "PAGE_KERNEL_RO, "
          "PAGE_KERNEL_NOCACHE or a number)"}},
        {"__vmalloc 4K GFP_KERNEL 0xffffffffffffffff",
         {"t.vmviz:1: page protection 0xffffffffffffffff is not a pgprot: only bits 0-11 and _PAGE_NX (bit "
          "63) are page flags; the others would change the frame each PTE maps"}},
        {"__vmalloc 4K GFP_KERNEL 0x1163",
         {"t.vmviz:1: page protection 0x1163 is not a pgprot: only bits 0-11 and _PAGE_NX (bit 63) are "
          "page flags; the others would change the frame each PTE maps"}},
        {"1p = vmalloc 4K",
         {"t.vmviz:1: '1p' is not a valid variable name (letters, digits and _, not starting with a digit)"}},
        {std::string(33, 'v') + " = vmalloc 4K",
         {"t.vmviz:1: variable name '" + std::string(33, 'v') + "' is longer than 32 characters"}},
        {"NULL = vmalloc 4K",
         {"t.vmviz:1: 'NULL' cannot be a variable name; vfree NULL means the null pointer"}},
        {"= vmalloc 4K", {"t.vmviz:1: missing variable name before '='"}},
        {"p =", {"t.vmviz:1: nothing after 'p ='; expected vmalloc, vmalloc_32, vmalloc_user or __vmalloc"}},
        {"p = purge",
         {"t.vmviz:1: 'purge' cannot be assigned to a variable; only vmalloc, vmalloc_32, vmalloc_user and "
          "__vmalloc return a pointer"}},
        {"fail slab after 1",
         {"t.vmviz:1: unknown fault site 'slab' (use alloc_page, kmalloc, vmap_area, pte_alloc, pmd_alloc or "
          "pud_alloc)"}},
        {"fail alloc_page every 0", {"t.vmviz:1: fail alloc_page every 0: N must be at least 1"}},
        {"fail alloc_page after", {"t.vmviz:1: fail alloc_page after needs a count N"}},
        {"fail alloc_page sometimes",
         {"t.vmviz:1: expected after N, every N or off after 'fail alloc_page', not 'sometimes'"}},
        {"fail alloc_page",
         {"t.vmviz:1: fail needs SITE and after N, every N or off (e.g. fail alloc_page after 3)"}},
        {"fail kmalloc after 2K",
         {"t.vmviz:1: '2K' is not a number (expected a count in decimal or 0x-hex)"}},
        {"sleep", {"t.vmviz:1: sleep needs a duration (e.g. 10s, 500ms, 1.5s, 2m or 25 jiffies)"}},
        {"sleep 0s", {"t.vmviz:1: sleep 0s is not longer than zero"}},
        {"sleep 10", {"t.vmviz:1: sleep 10 needs a unit: ms, s, m (minutes) or jiffies"}},
        {"sleep 2d", {"t.vmviz:1: unknown time unit 'd' (use ms, s, m (minutes) or jiffies)"}},
        {"sleep 1441m", {"t.vmviz:1: sleep 1441m is longer than one day"}},
        {"sleep 86400001ms", {"t.vmviz:1: sleep 86400001ms is longer than one day"}},
        {"sleep 99999999999999999999999s",
         {"t.vmviz:1: sleep 99999999999999999999999s is longer than one day"}},
        {"sleep 1.0005s", {"t.vmviz:1: sleep 1.0005s is not a whole number of milliseconds"}},
        {"sleep 1.5 jiffies", {"t.vmviz:1: sleep 1.5: jiffies are whole ticks"}},
        {"sleep -1s", {"t.vmviz:1: sleep -1s is negative"}},
        {"sleep soon", {"t.vmviz:1: 'soon' is not a duration (e.g. 10s, 500ms, 1.5s, 2m or 25 jiffies)"}},
        {"kmemleak off", {"t.vmviz:1: kmemleak 'off' is not modelled; use scan, clear or dump=ADDR"}},
        {"kmemleak stack=on",
         {"t.vmviz:1: kmemleak 'stack=on' is not modelled; use scan, clear or dump=ADDR"}},
        {"kmemleak scan=5", {"t.vmviz:1: kmemleak 'scan=5' is not modelled; use scan, clear or dump=ADDR"}},
        {"kmemleak", {"t.vmviz:1: kmemleak needs a command: scan, clear or dump=ADDR"}},
        {"kmemleak dump=", {"t.vmviz:1: kmemleak dump= needs an address or a variable"}},
        {"kmemleak dump p",
         {"t.vmviz:1: kmemleak dump needs =ADDR with no spaces: kmemleak dump=ADDR or dump=VAR"}},
        {std::string(200, 'x'),
         {"t.vmviz:1: unknown operation '" + std::string(48, 'x') + "...'" + kUnknownOp}},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.input);
        ParseResult result;
        EXPECT_NO_THROW(result = parseScenario(c.input, kFile));
        EXPECT_FALSE(result.ok());
        EXPECT_FALSE(result.scenario.has_value()); // all or nothing
        EXPECT_EQ(errorStrings(result), c.errors);
    }
}

TEST(ScenarioParser, ReportsEveryBadLineWithItsOwnNumber)
{
    const ParseResult result = parseScenario("config ram=1G\n"
                                             "foo\n"
                                             "p = vmalloc 4K\n"
                                             "vmalloc 12Q   # bad size\n"
                                             "\n"
                                             "vfree q\n"
                                             "vfree p\n"
                                             "config cpus=2\n"
                                             "write p \"oops\n",
                                             "multi.vmviz");
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.errorsTruncated);
    EXPECT_EQ(
        errorStrings(result),
        (std::vector<std::string>{
            "multi.vmviz:2: unknown operation 'foo'" + kUnknownOp,
            "multi.vmviz:4: size '12Q' has an unknown suffix 'Q' (use K, M, G, T, KiB, MiB, GiB or TiB)",
            "multi.vmviz:6: vfree of 'q', which no earlier line assigns",
            "multi.vmviz:8: config must come before the first operation",
            "multi.vmviz:9: unterminated string literal",
        }));
}

TEST(ScenarioParser, BadAllocationArgumentsStillAssignTheVariable)
{
    // Only the bad line is reported, not every later use of the variable it was meant to assign.
    EXPECT_EQ(errorStrings(parseScenario("p = vmalloc lots\nvfree p\nleak p\n", kFile)),
              std::vector<std::string>{
                  "t.vmviz:1: 'lots' is not a size (expected a number like 4096, 0x1000, 4K or 2M+4K)"});
}

TEST(ScenarioParser, ErrorCountIsCapped)
{
    std::string text;
    for (int i = 0; i < 120; ++i)
        text += "bogus\n";
    const ParseResult result = parseScenario(text, kFile);
    ASSERT_EQ(result.errors.size(), kMaxParseErrors);
    EXPECT_TRUE(result.errorsTruncated);
    EXPECT_EQ(result.errors.front().where.line, 1);
    EXPECT_EQ(result.errors.back().where.line, 50);

    text = std::string(50, '\n') + "bogus\n";
    EXPECT_FALSE(parseScenario(text, kFile).errorsTruncated);
}

TEST(ScenarioParser, OperationCountIsCapped)
{
    std::string text;
    for (std::size_t i = 0; i < kMaxOperations + 5; ++i)
        text += "purge\n";
    const ParseResult result = parseScenario(text, kFile);
    EXPECT_EQ(errorStrings(result),
              std::vector<std::string>{"t.vmviz:100001: too many operations (the limit is 100000)"});

    text.resize(kMaxOperations * 6);
    const ParseResult atLimit = parseScenario(text, kFile);
    ASSERT_TRUE(atLimit.ok());
    EXPECT_EQ(atLimit.scenario->operations.size(), kMaxOperations);
}

TEST(ScenarioParser, NotText)
{
    const std::string nul("vmalloc 4K\n\x7f"
                          "ELF\x02\x01\x01\0\0\0garbage\n",
                          28);
    EXPECT_EQ(errorStrings(parseScenario(nul, kFile)),
              std::vector<std::string>{"t.vmviz:2: not text (NUL byte)"});
    EXPECT_EQ(errorStrings(parseScenario(std::string("purge\0", 6), kFile)),
              std::vector<std::string>{"t.vmviz:1: not text (NUL byte)"});
    EXPECT_EQ(errorStrings(parseScenario("purge\n\x1b[31mred\n", kFile)),
              std::vector<std::string>{"t.vmviz:2: not text (control byte 0x1b)"});
    EXPECT_EQ(errorStrings(parseScenario("p = vmalloc 4K\nwrite p \"\xff\xfe\"\n", kFile)),
              std::vector<std::string>{"t.vmviz:2: not text (invalid UTF-8)"});
    EXPECT_EQ(errorStrings(parseScenario("purge\rvfree NULL\n", kFile)),
              std::vector<std::string>{"t.vmviz:1: not text (control byte 0x0d)"});
    // A long binary line is "not text" before it is "too long".
    std::string longBinary(1u << 20, 'x');
    longBinary[longBinary.size() / 2] = '\0';
    EXPECT_EQ(errorStrings(parseScenario(longBinary, kFile)),
              std::vector<std::string>{"t.vmviz:1: not text (NUL byte)"});

    // Random binary: every line is either rejected or parsed, nothing throws, the cap holds.
    std::mt19937_64 rng(2636);
    for (int round = 0; round < 200; ++round) {
        std::string blob(1 + rng() % 2000, '\0');
        for (char& c : blob)
            c = static_cast<char>(rng());
        ParseResult result;
        ASSERT_NO_THROW(result = parseScenario(blob, kFile));
        EXPECT_NE(result.ok(), !result.errors.empty());
        EXPECT_LE(result.errors.size(), kMaxParseErrors);
    }
}

TEST(ScenarioParser, LongLinesAreRejectedUnread)
{
    // The parser's work is bounded by the lines it reads: a line over kMaxLineLength is measured
    // (one memchr) and rejected without being lexed, so a 100 MB line costs one pass. The time that
    // takes is measured by BM_ScenarioParser_HundredMegabyteLine (tests/bench), not asserted here.
    std::string justOver;
    for (int i = 0; i < 1000; ++i)
        justOver += std::string(kMaxLineLength + 1, 'x') + "\n";
    const std::string atLimit = "# " + std::string(kMaxLineLength - 2, 'x');
    struct Case
    {
        std::string name;
        std::string text;
        std::size_t lexed;
        std::vector<std::string> firstErrors; ///< the first errors, in order
        std::size_t errorCount;
    };
    const std::vector<Case> cases = {
        {"a 100 MiB line, then short ones",
         std::string(100u << 20, 'a') + "\nvmalloc 4K\nbogus\n",
         std::string("vmalloc 4K").size() + std::string("bogus").size(),
         {"t.vmviz:1: line is too long (104857600 characters; the limit is 4096)",
          "t.vmviz:3: unknown operation 'bogus'" + kUnknownOp},
         2},
        {"10 MiB of NUL bytes and no newline",
         std::string(10u << 20, '\0'),
         0,
         {"t.vmviz:1: not text (NUL byte)"},
         1},
        {"a thousand lines one character too long",
         justOver,
         0,
         {"t.vmviz:1: line is too long (4097 characters; the limit is 4096)"},
         kMaxParseErrors},
        // Exactly at the limit is read, and the CR of a CRLF does not count.
        {"two lines at the limit", atLimit + "\r\n" + atLimit, 2 * kMaxLineLength, {}, 0},
        {"one character over",
         atLimit + "x\n",
         0,
         {"t.vmviz:1: line is too long (4097 characters; the limit is 4096)"},
         1},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const ParseResult result = parseScenario(c.text, kFile);
        EXPECT_EQ(result.charactersLexed, c.lexed);
        const std::vector<std::string> errors = errorStrings(result);
        EXPECT_EQ(errors.size(), c.errorCount);
        ASSERT_GE(errors.size(), c.firstErrors.size());
        EXPECT_EQ(std::vector<std::string>(
                      errors.begin(), errors.begin() + static_cast<std::ptrdiff_t>(c.firstErrors.size())),
                  c.firstErrors);
    }
}

TEST(ScenarioParser, FormatOperationIsCanonical)
{
    struct Case
    {
        std::string line;
        std::string canonical;
    };
    const std::vector<Case> cases = {
        {"p=vmalloc 2101248", "p = vmalloc 2M+4K"},
        {"vmalloc 4097", "vmalloc 4097"},
        {"vmalloc 0", "vmalloc 0"},
        {"vmalloc 0x40000000", "vmalloc 1G"},
        {"vmalloc 18446744073709551615", "vmalloc 18446744073709551615"},
        {"vmalloc_32 1K", "vmalloc_32 1K"},
        {"vmalloc_user 8KiB", "vmalloc_user 8K"},
        {"__vmalloc 4K GFP_KERNEL | __GFP_HIGHMEM|__GFP_ZERO PAGE_KERNEL",
         "__vmalloc 4K GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO PAGE_KERNEL"},
        {"__vmalloc 4K GFP_ATOMIC 0x163", "__vmalloc 4K __GFP_HIGH PAGE_KERNEL_EXEC"},
        {"__vmalloc 4K 0 0x8000000000000161", "__vmalloc 4K GFP_NOWAIT PAGE_KERNEL_RO"},
        {"__vmalloc 4K 0x10000010 7", "__vmalloc 4K __GFP_WAIT|0x10000000 0x7"},
        {"vfree 0", "vfree NULL"},
        {"vfree 0xFFFFC90000001000", "vfree 0xffffc90000001000"},
        {"vfree p", "vfree p"},
        {"fail kmalloc after 0x3", "fail kmalloc after 3"},
        {"fail vmap_area every 1", "fail vmap_area every 1"},
        {"fail pud_alloc off", "fail pud_alloc off"},
        {"leak p", "leak p"},
        {"purge", "purge"},
        {"sleep 25 jiffies", "sleep 100ms"},
        {"sleep 1.5s", "sleep 1500ms"},
        {"sleep 120s", "sleep 2m"},
        {"sleep 60000ms", "sleep 1m"},
        {"write p+0x10 \"\\x41\\x01\xc3\xa9\\n\\t\\\\\\\"#\\0\"",
         "write p+16 \"A\\x01\xc3\xa9\\n\\t\\\\\\\"#\\0\""},
        {"write p \"\\xff\\xc3\"", "write p \"\\xff\\xc3\""},
        {"write p+0 bytes DE 0xad 7", "write p bytes de ad 07"},
        {"write p fill 0xAA 0x1000", "write p fill 0xaa 4K"},
        {"kmemleak scan", "kmemleak scan"},
        {"kmemleak clear", "kmemleak clear"},
        {"kmemleak dump=p", "kmemleak dump=p"},
        {"kmemleak dump=18446744073709551615", "kmemleak dump=0xffffffffffffffff"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.line);
        const ParseResult first = parseScenario("p = vmalloc 4K\n" + c.line, kFile);
        ASSERT_TRUE(first.ok()) << testing::PrintToString(errorStrings(first));
        const Operation& op = first.scenario->operations.back();
        const std::string formatted = formatOperation(op);
        EXPECT_EQ(formatted, c.canonical);
        // parse(format(op)) gives the same operation back.
        const ParseResult second = parseScenario("p = vmalloc 4K\n" + formatted, kFile);
        ASSERT_TRUE(second.ok()) << testing::PrintToString(errorStrings(second));
        EXPECT_EQ(second.scenario->operations.back().op, op.op);
    }
}

TEST(ScenarioParser, FormatScenarioRoundTrips)
{
    const std::string text = "# A session\n"
                             "config ram=512M cpus=2 seed=7\n"
                             "config comm=insmod pid=1234 module=vmviz_demo\n"
                             "p = vmalloc 2M+4K\n"
                             "q=__vmalloc 8K GFP_KERNEL|__GFP_ZERO PAGE_KERNEL_NOCACHE\n"
                             "write p+8 \"hello\\n\"\n"
                             "fail alloc_page after 2\n"
                             "vmalloc_32 12K\n"
                             "fail alloc_page off\n"
                             "leak q\n"
                             "sleep 5s\n"
                             "kmemleak scan\n"
                             "kmemleak dump=q\n"
                             "vfree p\n"
                             "vfree NULL\n"
                             "purge\n";
    const ParseResult first = parseScenario(text, "session.vmviz");
    ASSERT_TRUE(first.ok()) << testing::PrintToString(errorStrings(first));
    const std::string formatted = formatScenario(*first.scenario);
    EXPECT_EQ(formatted.substr(0, formatted.find('\n')),
              "config ram=512M cpus=2 seed=7 comm=insmod pid=1234 module=vmviz_demo");
    const ParseResult second = parseScenario(formatted, "session.vmviz");
    ASSERT_TRUE(second.ok()) << testing::PrintToString(errorStrings(second));
    EXPECT_EQ(second.scenario->config, first.scenario->config);
    ASSERT_EQ(second.scenario->operations.size(), first.scenario->operations.size());
    for (std::size_t i = 0; i < first.scenario->operations.size(); ++i)
        EXPECT_EQ(second.scenario->operations[i].op, first.scenario->operations[i].op) << i;
    EXPECT_EQ(formatConfig(Config{}), "");
}

TEST(ScenarioParser, MutatedScenariosNeverCrashAndRoundTripWhenValid)
{
    // Small random edits to a valid file reach most error paths; whatever still parses must survive
    // a format/parse round trip unchanged.
    const std::string base = "config ram=64M cpus=2\n"
                             "p = vmalloc 2M+4K\n"
                             "q = __vmalloc 8K GFP_KERNEL|__GFP_ZERO PAGE_KERNEL\n"
                             "write p+16 \"a\\x41\\n\" # c\n"
                             "write q bytes 01 02\n"
                             "write q fill ff 1K\n"
                             "fail kmalloc every 3\n"
                             "sleep 1.5s\n"
                             "kmemleak dump=p\n"
                             "leak q\n"
                             "vfree p\n";
    const std::string alphabet = "pq=+-#\" \\\n\r\t0x1fKMG.|_vjms\xc3\xa9";
    std::mt19937_64 rng(37);
    int valid = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = base;
        const int edits = 1 + static_cast<int>(rng() % 4 == 0); // mostly one edit, so many files stay valid
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 3) {
            case 0:
                text[at] = alphabet[rng() % alphabet.size()];
                break;
            case 1:
                text.insert(at, 1, alphabet[rng() % alphabet.size()]);
                break;
            default:
                text.erase(at, 1);
                break;
            }
        }
        ParseResult result;
        ASSERT_NO_THROW(result = parseScenario(text, kFile)) << text;
        ASSERT_NE(result.ok(), !result.errors.empty()) << text;
        for (const ParseError& error : result.errors)
            ASSERT_EQ(error.toString().rfind("t.vmviz:", 0), 0u);
        if (!result.ok())
            continue;
        ++valid;
        const ParseResult again = parseScenario(formatScenario(*result.scenario), kFile);
        ASSERT_TRUE(again.ok()) << text << "\n---\n" << formatScenario(*result.scenario);
        EXPECT_EQ(again.scenario->config, result.scenario->config) << text;
        ASSERT_EQ(again.scenario->operations.size(), result.scenario->operations.size()) << text;
        for (std::size_t i = 0; i < result.scenario->operations.size(); ++i)
            EXPECT_EQ(again.scenario->operations[i].op, result.scenario->operations[i].op) << text;
    }
    EXPECT_GT(valid, 150); // the edits must leave enough valid files for the round trip to mean something
}

TEST(ScenarioParser, NamesAndErrorFormat)
{
    for (FaultSite site : {FaultSite::AllocPage, FaultSite::Kmalloc, FaultSite::VmapArea, FaultSite::PteAlloc,
                           FaultSite::PmdAlloc, FaultSite::PudAlloc})
        EXPECT_EQ(faultSiteFromName(faultSiteName(site)), site);
    EXPECT_EQ(faultSiteName(FaultSite::VmapArea), "vmap_area");
    EXPECT_EQ(faultSiteFromName("slab"), std::nullopt);
    EXPECT_EQ(allocApiName(AllocApi::Vmalloc_), "__vmalloc");
    EXPECT_EQ(allocApiName(AllocApi::Vmalloc32), "vmalloc_32");

    EXPECT_EQ((ParseError{{"a.vmviz", 7}, "boom"}).toString(), "a.vmviz:7: boom");
    EXPECT_EQ(errorStrings(parseScenario("bogus", "")).at(0).substr(0, 10), "<input>:1:");
}
