// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The window's panels, once: the id code uses, the name the command line uses (`vmviz --panel`,
// `vmviz-cli render --view`), the title the window shows, where it docks and whether File → Export
// offers it on its own. Plain C++ with no Qt, so the Qt-free vmviz-cli reads the same table as the
// GUI and the two accept the same names.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// lupdate finds the titles by this marker; without Qt it is the identity (Qt defines it the same).
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace vmviz::panels {

enum class PanelId : std::uint8_t
{
    Physical,
    Vmalloc,
    CallStack,
    Scenario,
    PageTables,
    PageWalk,
    Kmemleak,
    Address,
    KernelText,
    Timeline,
    Changes,
    Lesson,
    FreeLists,
    KmemleakGraph,
    Program,
};

enum class PanelDock : std::uint8_t
{
    Centre, ///< the central widget
    Top,
    Left,
    Right,
    Bottom,
    InPageTables, ///< no dock of its own: a tab of the page-table panel
};

struct PanelInfo
{
    PanelId id;
    std::string_view name; ///< on the command line and in exported file names
    const char* title;     ///< English; the GUI translates it in the context "vmviz::panels"
    PanelDock dock;
    /// Offered by File → Export and the step series as a picture of its own. The text panels are
    /// not: the scenario and the address answer are text, and the kernel text saves a .txt.
    bool exportsAlone;
};

/// The order is the window's: docks are created and menus list them in this order.
inline constexpr std::array<PanelInfo, 15> kPanels{{
    {PanelId::Physical, "physical", QT_TRANSLATE_NOOP("vmviz::panels", "Physical memory"), PanelDock::Centre,
     true},
    {PanelId::Vmalloc, "vmalloc", QT_TRANSLATE_NOOP("vmviz::panels", "vmalloc range"), PanelDock::Top, true},
    {PanelId::CallStack, "callstack", QT_TRANSLATE_NOOP("vmviz::panels", "Call stack and source"),
     PanelDock::Left, true},
    {PanelId::Scenario, "scenario", QT_TRANSLATE_NOOP("vmviz::panels", "Scenario"), PanelDock::Left, false},
    {PanelId::PageTables, "pagetables", QT_TRANSLATE_NOOP("vmviz::panels", "Page tables (init_mm)"),
     PanelDock::Right, true},
    {PanelId::PageWalk, "pagewalk", QT_TRANSLATE_NOOP("vmviz::panels", "Page walk"), PanelDock::InPageTables,
     true},
    {PanelId::Kmemleak, "kmemleak", QT_TRANSLATE_NOOP("vmviz::panels", "kmemleak objects"), PanelDock::Right,
     true},
    {PanelId::Address, "address", QT_TRANSLATE_NOOP("vmviz::panels", "What is this address?"),
     PanelDock::Right, false},
    {PanelId::KernelText, "kerneltext", QT_TRANSLATE_NOOP("vmviz::panels", "Kernel text"), PanelDock::Right,
     false},
    {PanelId::Timeline, "timeline", QT_TRANSLATE_NOOP("vmviz::panels", "Timeline"), PanelDock::Bottom, true},
    {PanelId::Changes, "changes", QT_TRANSLATE_NOOP("vmviz::panels", "Changes since the pinned step"),
     PanelDock::Left, false},
    {PanelId::Lesson, "lesson", QT_TRANSLATE_NOOP("vmviz::panels", "Lesson"), PanelDock::Left, false},
    {PanelId::FreeLists, "freelists", QT_TRANSLATE_NOOP("vmviz::panels", "Free lists (buddy and per-CPU)"),
     PanelDock::Right, true},
    {PanelId::KmemleakGraph, "kmemleakgraph",
     QT_TRANSLATE_NOOP("vmviz::panels", "kmemleak scan: references found"), PanelDock::Right, true},
    {PanelId::Program, "program", QT_TRANSLATE_NOOP("vmviz::panels", "Program and variables"),
     PanelDock::Left, false},
}};

/// Besides the panels, both command lines take this name for the whole window.
inline constexpr std::string_view kWholeWindow = "window";

constexpr const PanelInfo& panelInfo(PanelId id)
{
    return *std::find_if(kPanels.begin(), kPanels.end(), [id](const PanelInfo& p) { return p.id == id; });
}

constexpr std::optional<PanelId> panelByName(std::string_view name)
{
    for (const PanelInfo& p : kPanels) {
        if (p.name == name)
            return p.id;
    }
    return std::nullopt;
}

/// Whether `vmviz --panel` and `vmviz-cli render --view` take `name`: a panel's or "window".
constexpr bool isRenderableName(std::string_view name)
{
    return name == kWholeWindow || panelByName(name).has_value();
}

/// "physical, vmalloc, …, timeline, window": the names both command lines take, for help texts.
inline std::string renderableNameList()
{
    std::string out;
    for (const PanelInfo& p : kPanels)
        out.append(p.name).append(", ");
    return out.append(kWholeWindow);
}

/// The one message both front-ends give for a name not in the table.
inline std::string unknownPanelMessage(std::string_view name)
{
    return "unknown panel '" + std::string(name) + "' (one of: " + renderableNameList() + ")";
}

static_assert(panelInfo(PanelId::KernelText).name == "kerneltext");
static_assert(!isRenderableName("source"), "the call stack panel has one name: callstack");

} // namespace vmviz::panels
