// SPDX-License-Identifier: GPL-2.0-only
#include "compare/Variant.h"

#include "kernel/KernelProfile.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"

#include <algorithm>
#include <array>

namespace vmviz::compare {

namespace {

/// Every kernel name vmviz has had a profile for; knownKernels() keeps those this build makes.
constexpr std::array<std::string_view, 2> kKernelNames = {"2.6.36", "6.18"};

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

std::string unknownKernel(std::string_view name)
{
    return "unknown kernel '" + std::string(name) + "' (this build models " + joined(knownKernels()) + ")";
}

/// Whether the scenario language has a `kernel=` config key yet. Until it does, compare picks the
/// profile itself; once it does, the key goes through the parser like any other, so a check that
/// ties keys together (paging=5 needs kernel=6.18) sees both.
bool parserKnowsKernelKey()
{
    static const bool knows = scenario::parseScenario("config kernel=2.6.36\n", "probe").ok();
    return knows;
}

/// Splits "config a=1 b=2" (formatConfig's output) back into settings.
std::vector<Setting> settingsOf(const scenario::Config& config)
{
    std::vector<Setting> settings;
    const std::string formatted = scenario::formatConfig(config);
    std::string_view text = formatted;
    if (text.starts_with("config "))
        text.remove_prefix(7);
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        const std::string_view word = text.substr(0, space);
        const std::size_t eq = word.find('=');
        if (eq != std::string_view::npos)
            settings.push_back({std::string(word.substr(0, eq)), std::string(word.substr(eq + 1))});
        text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    }
    return settings;
}

void layOver(std::vector<Setting>& base, const Setting& setting)
{
    const auto it =
        std::find_if(base.begin(), base.end(), [&](const Setting& s) { return s.key == setting.key; });
    if (it != base.end())
        it->value = setting.value;
    else
        base.push_back(setting);
}

/// "--variant:1: unknown config key …" without the made-up file and line.
std::string withoutLocation(const std::string& message)
{
    const std::size_t colon = message.find(": ");
    return colon == std::string::npos ? message : message.substr(colon + 2);
}

} // namespace

std::string Variant::label() const
{
    std::string out;
    for (const Setting& s : settings)
        out += (out.empty() ? "" : " ") + s.key + "=" + s.value;
    return out.empty() ? "as written" : out;
}

std::optional<Variant> parseVariant(std::string_view text, std::string* error)
{
    const auto fail = [&](const std::string& why) -> std::optional<Variant> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Variant variant;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == ',' || text[i] == '\t') {
            ++i;
            continue;
        }
        const std::size_t end = text.find_first_of(" ,\t", i);
        const std::string_view word =
            text.substr(i, end == std::string_view::npos ? text.size() - i : end - i);
        i += word.size();
        const std::size_t eq = word.find('=');
        if (eq == std::string_view::npos || eq == 0 || eq + 1 == word.size())
            return fail("'" + std::string(word) + "' is not KEY=VALUE (for example cpus=4 or kernel=2.6.36)");
        Setting setting{std::string(word.substr(0, eq)), std::string(word.substr(eq + 1))};
        for (const Setting& s : variant.settings)
            if (s.key == setting.key)
                return fail("'" + setting.key + "' is given twice");
        variant.settings.push_back(std::move(setting));
    }
    if (variant.settings.empty())
        return fail("a variant needs KEY=VALUE settings (for example cpus=4 or kernel=2.6.36)");
    return variant;
}

std::vector<std::string> knownKernels()
{
    std::vector<std::string> names;
    for (const std::string_view name : kKernelNames)
        if (makeKernelProfile(name))
            names.emplace_back(name);
    return names;
}

std::optional<std::vector<Variant>> kernelVariants(std::string_view commaList, std::string* error)
{
    std::vector<Variant> variants;
    std::size_t start = 0;
    while (start <= commaList.size()) {
        const std::size_t comma = commaList.find(',', start);
        const std::string_view name = commaList.substr(
            start, comma == std::string_view::npos ? commaList.size() - start : comma - start);
        if (name.empty() || !makeKernelProfile(name)) {
            if (error)
                *error = name.empty() ? "an empty kernel name (write NAME,NAME, for example 2.6.36,6.18)"
                                      : unknownKernel(name);
            return std::nullopt;
        }
        variants.push_back(Variant{{{"kernel", std::string(name)}}});
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return variants;
}

std::optional<std::vector<Variant>> parseMachineList(std::string_view text, std::string* error)
{
    if (text.find('=') == std::string_view::npos)
        return kernelVariants(text, error);
    std::vector<Variant> variants;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t bar = text.find('|', start);
        const std::string_view piece =
            text.substr(start, bar == std::string_view::npos ? text.size() - start : bar - start);
        std::string why;
        auto variant = parseVariant(piece, &why);
        if (!variant) {
            if (error)
                *error = "'" + std::string(piece) + "': " + why;
            return std::nullopt;
        }
        variants.push_back(std::move(*variant));
        if (bar == std::string_view::npos)
            break;
        start = bar + 1;
    }
    return variants;
}

std::vector<Variant> combineVariants(const std::vector<Variant>& kernels, const std::vector<Variant>& others)
{
    if (kernels.empty())
        return others;
    if (others.empty())
        return kernels;
    std::vector<Variant> combined;
    for (const Variant& kernel : kernels)
        for (const Variant& other : others) {
            Variant v = kernel;
            for (const Setting& s : other.settings)
                layOver(v.settings, s);
            combined.push_back(std::move(v));
        }
    return combined;
}

VariantMachine machineFor(const scenario::Scenario& scenario, const Variant& variant)
{
    VariantMachine result;
    std::vector<Setting> settings = settingsOf(scenario.config);
    std::optional<std::string> kernel;
    for (const Setting& s : variant.settings) {
        if (s.key == "kernel" && !parserKnowsKernelKey())
            kernel = s.value;
        else
            layOver(settings, s);
    }
    if (kernel && !makeKernelProfile(*kernel)) {
        result.error = "kernel=" + *kernel + ": " + unknownKernel(*kernel);
        return result;
    }
    std::string text;
    for (const Setting& s : settings)
        text += (text.empty() ? "config " : " ") + s.key + "=" + s.value;
    scenario::Scenario laid = scenario;
    laid.config = {};
    if (!text.empty()) {
        const scenario::ParseResult parsed = scenario::parseScenario(text + "\n", "variant");
        if (!parsed.ok()) {
            result.error = withoutLocation(parsed.errors.front().toString());
            return result;
        }
        laid.config = parsed.scenario->config;
    }
    MachineConfig config = scenario::machineConfigFor(laid);
    if (kernel)
        config.profile = *kernel;
    if (std::string problem = validateConfig(config); !problem.empty()) {
        result.error = problem;
        return result;
    }
    result.config = std::move(config);
    return result;
}

} // namespace vmviz::compare
