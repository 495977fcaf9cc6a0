// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Scenario-driven failures at the kernel's own failure points (the idea of fail_page_alloc and
// failslab): `fail alloc_page after 2` makes the third following data-page allocation fail.
#include <array>
#include <cstdint>
#include <string_view>

namespace vmviz {

enum class FaultSite : std::uint8_t
{
    AllocPage,
    Kmalloc,
    VmapArea,
    PteAlloc,
    PmdAlloc,
    PudAlloc,
    Count
};
std::string_view faultSiteName(FaultSite site);

class FaultInjector
{
public:
    enum class Mode : std::uint8_t
    {
        Off,
        After,
        Every
    };

    void arm(FaultSite site, Mode mode, std::uint64_t n) { m_sites[index(site)] = Site{mode, n, 0}; }
    /// Counts one call at `site` and says whether it must fail.
    bool shouldFail(FaultSite site)
    {
        Site& s = m_sites[index(site)];
        switch (s.mode) {
        case Mode::Off:
            return false;
        case Mode::After:
            if (s.calls++ == s.n) {
                s.mode = Mode::Off;
                return true;
            }
            return false;
        case Mode::Every:
            return ++s.calls % s.n == 0;
        }
        return false;
    }

private:
    struct Site
    {
        Mode mode = Mode::Off;
        std::uint64_t n = 0;
        std::uint64_t calls = 0;
    };
    static std::size_t index(FaultSite site) { return static_cast<std::size_t>(site); }
    std::array<Site, static_cast<std::size_t>(FaultSite::Count)> m_sites{};
};

} // namespace vmviz
