// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Colours of every view, in one value type so that screen, PNG and SVG agree and the user can
// switch theme (light/dark) and scheme (standard / colour-blind-safe high contrast) at run time.
// The colour-blind-safe scheme uses the Okabe–Ito palette.
#include "snapshot/FrameClass.h"
#include "snapshot/LeakColour.h"

#include <QColor>
#include <QPalette>

#include <array>

namespace vmviz::ui {

enum class Theme
{
    Light,
    Dark
};
enum class Scheme
{
    Standard,
    ColourBlindSafe
};

struct ViewPalette
{
    Theme theme = Theme::Light;
    Scheme scheme = Scheme::Standard;
    std::array<QColor, kFrameClassCount> frame{};
    QColor background;
    QColor panel; ///< headers, margins
    QColor text;
    QColor mutedText;
    QColor gridLine;
    QColor selection; ///< linked-selection outline and fills
    QColor selectionFill;
    QColor changed; ///< written by the current step
    QColor changedFill;
    QColor guard;
    QColor gap;
    QColor freeSpace;
    QColor lazy;
    QColor warn;
    QColor marker;
    std::array<QColor, 3> zone{};                                           ///< DMA, DMA32, Normal
    std::array<QColor, static_cast<std::size_t>(LeakColour::Count)> leak{}; ///< kmemleak colours

    static ViewPalette make(Theme theme, Scheme scheme);
    QColor frameColour(FrameClass c) const { return frame[static_cast<std::size_t>(c)]; }
    QColor leakColour(LeakColour c) const { return leak[static_cast<std::size_t>(c)]; }
    /// A QPalette for the whole application in this theme.
    QPalette applicationPalette() const;
};

/// a + (b − a)·t per channel, alpha included.
QColor mixColours(const QColor& a, const QColor& b, double t);
/// Near-black on light fills, near-white on dark ones: labels on coloured cells and boxes.
QColor readableTextOn(const QColor& fill);

} // namespace vmviz::ui
