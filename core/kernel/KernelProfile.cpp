#include "kernel/KernelProfile.h"

#include "base/Constants.h"

#include <bit>
#include <map>

namespace vmviz {

std::uint64_t KernelProfile::lazyMaxPages(unsigned cpus) const
{
    return static_cast<std::uint64_t>(std::bit_width(cpus)) * ((32ull << 20) / k::PAGE_SIZE);
}

namespace {
class Linux2636Profile final : public KernelProfile
{
public:
    std::string_view name() const override { return "2.6.36"; }
    std::uint64_t vmapGapBytes() const override { return k::PAGE_SIZE; }
    bool clearsPtesAtFree() const override { return false; }
    int kmemleakVmallocMinCount() const override { return 3; }
    std::uint64_t kmemleakVmallocSize(std::uint64_t requested, std::uint64_t) const override
    {
        return requested;
    }
};
} // namespace

namespace {
std::map<std::string, std::function<std::unique_ptr<KernelProfile>()>, std::less<>>& registeredProfiles()
{
    static std::map<std::string, std::function<std::unique_ptr<KernelProfile>()>, std::less<>> profiles;
    return profiles;
}
} // namespace

std::unique_ptr<KernelProfile> makeKernelProfile(std::string_view name)
{
    if (name == "2.6.36")
        return std::make_unique<Linux2636Profile>();
    const auto& extra = registeredProfiles();
    if (const auto it = extra.find(name); it != extra.end())
        return it->second();
    return nullptr;
}

void registerKernelProfile(std::string name, std::function<std::unique_ptr<KernelProfile>()> make)
{
    registeredProfiles()[std::move(name)] = std::move(make);
}

} // namespace vmviz
