// SPDX-License-Identifier: GPL-2.0-only
#include "support/RandomScenario.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdio>
#include <vector>

namespace vmviz::testsupport {

namespace {

constexpr std::uint64_t KiB = 1024;
constexpr std::uint64_t MiB = 1024 * KiB;
constexpr std::uint64_t kPage = 4 * KiB;
constexpr std::uint64_t kVmallocStart = 0xffffc90000000000ull;

/// splitmix64: tiny, well mixed, and the same everywhere.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed * 0x9e3779b97f4a7c15ull + 0x632be59bd9b4e019ull) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    /// 0 .. n-1 (n >= 1).
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    /// lo .. hi inclusive.
    std::uint64_t between(std::uint64_t lo, std::uint64_t hi) { return lo + below(hi - lo + 1); }
    bool percent(unsigned p) { return below(100) < p; }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Log-uniform in [lo, hi], lo >= 1.
    std::uint64_t logUniform(std::uint64_t lo, std::uint64_t hi)
    {
        const double a = std::log2(static_cast<double>(lo));
        const double b = std::log2(static_cast<double>(hi));
        const auto v = static_cast<std::uint64_t>(std::exp2(a + (b - a) * unit()));
        return std::clamp(v, lo, hi);
    }

private:
    std::uint64_t m_state;
};

enum class VarState : std::uint8_t
{
    Unused,
    Live,
    Freed
};

struct Var
{
    VarState state = VarState::Unused;
    std::uint64_t size = 0; ///< as requested (the allocation may still have failed)
};

class Generator
{
public:
    explicit Generator(const RandomScenarioOptions& options) : m_options(options), m_rng(options.seed) {}

    std::string run()
    {
        const std::uint64_t minMiB = std::max<std::uint64_t>(32, m_options.minRamBytes / MiB);
        const std::uint64_t maxMiB = std::max(minMiB, m_options.maxRamBytes / MiB);
        m_ramBytes = m_rng.logUniform(minMiB, maxMiB) * MiB;
        m_cpus = static_cast<unsigned>(m_rng.between(1, 4));
        m_out = "# random scenario, seed " + std::to_string(m_options.seed) + "\n";
        m_out += "config ram=" + std::to_string(m_ramBytes / MiB) + "M cpus=" + std::to_string(m_cpus) +
                 " seed=" + std::to_string(m_options.seed % 1000000) + "\n";
        m_vars.resize(m_rng.between(4, 24));
        while (m_lines < m_options.operations)
            step();
        return m_out;
    }

private:
    void line(const std::string& text)
    {
        m_out += text;
        m_out += '\n';
        ++m_lines;
    }
    bool full() const { return m_lines >= m_options.operations; }

    std::string name(std::size_t var) const { return "v" + std::to_string(var); }

    std::vector<std::size_t> varsIn(VarState state) const
    {
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < m_vars.size(); ++i)
            if (m_vars[i].state == state)
                out.push_back(i);
        return out;
    }

    /// Sizes in every spelling the language has: decimal, hex, K/M suffixes and sums.
    std::string spell(std::uint64_t bytes)
    {
        if (bytes == 2 * MiB + 4 * KiB && m_rng.percent(50))
            return "2M+4K";
        switch (m_rng.below(4)) {
        case 0:
            if (bytes % MiB == 0 && bytes)
                return std::to_string(bytes / MiB) + "M";
            if (bytes % KiB == 0 && bytes)
                return std::to_string(bytes / KiB) + "K";
            break;
        case 1: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(bytes));
            return buf;
        }
        case 2:
            if (bytes > MiB && bytes % KiB == 0)
                return std::to_string(bytes / MiB) + "M+" + std::to_string((bytes % MiB) / KiB) + "K";
            break;
        default:
            break;
        }
        return std::to_string(bytes);
    }

    std::uint64_t drawSize()
    {
        const std::uint64_t cap = m_options.maxAllocBytes;
        const unsigned pick = static_cast<unsigned>(m_rng.below(100));
        std::uint64_t size;
        if (pick < 1) {
            size = 0; // the kernel returns NULL silently
        } else if (pick < 11) {
            static constexpr std::array<std::uint64_t, 10> kEdges = {
                1,       kPage - 1,       kPage,       kPage + 1, 2 * MiB - kPage,
                2 * MiB, 2 * MiB + kPage, 2 * MiB + 1, 4 * MiB,   64 * MiB};
            size = kEdges[m_rng.below(kEdges.size())];
        } else if (pick < 30) {
            size = m_rng.logUniform(1, std::max<std::uint64_t>(1, cap / kPage)) * kPage;
        } else {
            size = m_rng.logUniform(1, std::max<std::uint64_t>(1, cap));
        }
        return std::min(size, std::max<std::uint64_t>(cap, 1));
    }

    std::string allocation(std::uint64_t size)
    {
        switch (m_rng.below(20)) {
        case 0:
        case 1:
        case 2:
            return "vmalloc_32 " + spell(size);
        case 3:
        case 4:
            return "vmalloc_user " + spell(size);
        case 5:
        case 6:
        case 7: {
            static constexpr std::array<const char*, 6> kGfp = {"GFP_KERNEL",
                                                                "GFP_KERNEL|__GFP_HIGHMEM",
                                                                "GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO",
                                                                "GFP_KERNEL|__GFP_NOWARN",
                                                                "GFP_ATOMIC",
                                                                "GFP_KERNEL|__GFP_DMA32"};
            static constexpr std::array<const char*, 4> kProt = {"PAGE_KERNEL", "PAGE_KERNEL_EXEC",
                                                                 "PAGE_KERNEL_RO", "PAGE_KERNEL_NOCACHE"};
            return "__vmalloc " + spell(size) + " " + kGfp[m_rng.below(kGfp.size())] + " " +
                   kProt[m_rng.below(kProt.size())];
        }
        default:
            return "vmalloc " + spell(size);
        }
    }

    void allocate(std::uint64_t size, bool keepLive)
    {
        if (m_rng.percent(5) && !keepLive) {
            line(allocation(size)); // result dropped on the floor: a leak from the start
            return;
        }
        // Prefer a free variable; now and then overwrite a live one (the old area leaks).
        auto candidates = varsIn(VarState::Unused);
        for (const std::size_t v : varsIn(VarState::Freed))
            candidates.push_back(v);
        std::size_t var;
        if (candidates.empty() || m_rng.percent(5))
            var = m_rng.below(m_vars.size());
        else
            var = candidates[m_rng.below(candidates.size())];
        line(name(var) + " = " + allocation(size));
        m_vars[var] = Var{VarState::Live, size};
    }

    void vfreeLive()
    {
        const auto live = varsIn(VarState::Live);
        if (live.empty())
            return vfreeOdd();
        const std::size_t var = live[m_rng.below(live.size())];
        line("vfree " + name(var));
        m_vars[var].state = VarState::Freed;
    }

    void vfreeOdd()
    {
        char buf[64];
        switch (m_rng.below(4)) {
        case 0: { // unaligned: "Trying to vfree() bad address"
            const std::uint64_t addr = kVmallocStart + m_rng.below(64) * kPage + m_rng.between(1, kPage - 1);
            std::snprintf(buf, sizeof buf, "vfree 0x%llx", static_cast<unsigned long long>(addr));
            return line(buf);
        }
        case 1: { // aligned, far above anything allocated: "nonexistent vm area"
            const std::uint64_t addr =
                kVmallocStart + (std::uint64_t{1} << 40) + m_rng.below(1 << 20) * kPage;
            std::snprintf(buf, sizeof buf, "vfree 0x%llx", static_cast<unsigned long long>(addr));
            return line(buf);
        }
        case 2:
            return line("vfree NULL");
        default: { // double vfree: oops while the area is lazily freed, WARN after the purge
            const auto freed = varsIn(VarState::Freed);
            if (freed.empty())
                return line("vfree NULL");
            return line("vfree " + name(freed[m_rng.below(freed.size())]));
        }
        }
    }

    void write()
    {
        const auto live = varsIn(VarState::Live);
        if (live.empty())
            return line("kmemleak scan");
        const std::size_t var = live[m_rng.below(live.size())];
        const std::uint64_t size = std::max<std::uint64_t>(m_vars[var].size, 1);
        const std::uint64_t offset = m_rng.below(size);
        const std::string target = name(var) + (offset ? "+" + std::to_string(offset) : "");
        switch (m_rng.below(3)) {
        case 0: {
            static constexpr std::array<const char*, 4> kText = {"\"hello\"", "\"a\\n\"", "\"\\x00\\xff\"",
                                                                 "\"# not a comment\""};
            return line("write " + target + " " + kText[m_rng.below(kText.size())]);
        }
        case 1: {
            std::string bytes = "write " + target + " bytes";
            const std::uint64_t n = std::min<std::uint64_t>(m_rng.between(1, 8), size - offset);
            char hex[8];
            for (std::uint64_t i = 0; i < n; ++i) {
                std::snprintf(hex, sizeof hex, " %02x", static_cast<unsigned>(m_rng.below(256)));
                bytes += hex;
            }
            return line(bytes);
        }
        default: {
            const std::uint64_t count = m_rng.between(1, size - offset);
            char buf[16];
            std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned>(m_rng.below(256)));
            return line("write " + target + " fill " + buf + " " + spell(count));
        }
        }
    }

    void fail()
    {
        static constexpr std::array<const char*, 6> kSites = {"alloc_page", "kmalloc",   "vmap_area",
                                                              "pte_alloc",  "pmd_alloc", "pud_alloc"};
        const char* site = kSites[m_rng.below(kSites.size())];
        switch (m_rng.below(3)) {
        case 0:
            return line(std::string("fail ") + site + " after " + std::to_string(m_rng.below(40)));
        case 1:
            return line(std::string("fail ") + site + " every " + std::to_string(m_rng.between(2, 60)));
        default:
            return line(std::string("fail ") + site + " off");
        }
    }

    void sleep()
    {
        switch (m_rng.below(4)) {
        case 0:
            return line("sleep " + std::to_string(m_rng.between(1, 999)) + "ms");
        case 1:
            return line("sleep " + std::to_string(m_rng.between(1, 100)) + " jiffies");
        case 2:
            return line("sleep " + std::to_string(m_rng.between(1, 70)) + "." +
                        std::to_string(m_rng.below(10)) + "s");
        default:
            return line("sleep " + std::to_string(m_rng.between(1, 12)) + "m"); // past the 600 s auto scan
        }
    }

    /// Keeps allocating a quarter to a half of the RAM without freeing: page allocation failures.
    void outOfMemoryBurst()
    {
        // Capped so that a burst on a 4 GiB machine does not cost millions of steps: memory runs out
        // on the smaller machines, where a quarter of the RAM is below the cap.
        const std::uint64_t cap = std::max(m_options.maxAllocBytes, 64 * MiB);
        const std::uint64_t n = m_rng.between(3, 6);
        for (std::uint64_t i = 0; i < n && !full(); ++i) {
            const std::uint64_t size =
                std::min(cap, m_rng.between(m_ramBytes / 4, m_ramBytes / 2) & ~(kPage - 1));
            allocate(size, true);
        }
    }

    /// Allocates and frees at once until more than lazy_max_pages are lazily freed: the purge that
    /// vfree itself starts (`vmap_lazy_nr > lazy_max_pages`).
    void lazyPurgeBurst()
    {
        const std::uint64_t lazyMax = std::bit_width(m_cpus) * 32 * MiB;
        const std::uint64_t size = std::clamp<std::uint64_t>(m_ramBytes / 4, 4 * MiB, 16 * MiB);
        std::uint64_t freed = 0;
        while (freed <= lazyMax + size && !full()) {
            auto slots = varsIn(VarState::Unused);
            for (const std::size_t v : varsIn(VarState::Freed))
                slots.push_back(v);
            const std::size_t var = slots.empty() ? 0 : slots[m_rng.below(slots.size())];
            line(name(var) + " = vmalloc " + spell(size));
            if (full())
                break;
            line("vfree " + name(var));
            m_vars[var].state = VarState::Freed;
            freed += size;
        }
    }

    void step()
    {
        const unsigned pick = static_cast<unsigned>(m_rng.below(1000));
        if (pick < 300)
            return allocate(drawSize(), false);
        if (pick < 520)
            return vfreeLive();
        if (pick < 580)
            return vfreeOdd();
        if (pick < 610) {
            const auto live = varsIn(VarState::Live);
            if (live.empty())
                return line("purge");
            const std::size_t var = live[m_rng.below(live.size())];
            return line("leak " + name(var)); // the variable still holds the address
        }
        if (pick < 690)
            return write();
        if (pick < 730)
            return sleep();
        if (pick < 760)
            return line("kmemleak scan");
        if (pick < 770)
            return line("kmemleak clear");
        if (pick < 780) {
            const auto live = varsIn(VarState::Live);
            return line(live.empty() ? "kmemleak dump=0xffffc90000000000"
                                     : "kmemleak dump=" + name(live[m_rng.below(live.size())]));
        }
        if (pick < 810)
            return line("purge");
        if (pick < 870)
            return fail();
        if (pick < 885)
            return m_options.pressureBursts ? outOfMemoryBurst() : line("purge");
        if (pick < 900)
            return m_options.pressureBursts ? lazyPurgeBurst() : line("kmemleak scan");
        // Turn injection off again so failures stay the exception.
        static constexpr std::array<const char*, 6> kSites = {"alloc_page", "kmalloc",   "vmap_area",
                                                              "pte_alloc",  "pmd_alloc", "pud_alloc"};
        if (pick < 940)
            return line(std::string("fail ") + kSites[m_rng.below(kSites.size())] + " off");
        return allocate(drawSize(), false);
    }

    RandomScenarioOptions m_options;
    Rng m_rng;
    std::uint64_t m_ramBytes = 0;
    unsigned m_cpus = 1;
    std::vector<Var> m_vars;
    std::string m_out;
    std::size_t m_lines = 0;
};

} // namespace

std::string randomScenario(const RandomScenarioOptions& options)
{
    return Generator(options).run();
}

} // namespace vmviz::testsupport
