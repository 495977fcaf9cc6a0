// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// One text size for the whole window. Presentation mode multiplies the application font by a
// factor; every text follows from it: widgets that inherit the font follow by themselves, fonts a
// widget set for itself (the bold narration, the monospace source) are rescaled by
// rescaleSetFonts, models hand out monoFont(), and painted views read their widget's font. Views
// scale their cells and strokes by the same factor (StepView::setPresentationScale).
#include <QFont>

class QWidget;

namespace vmviz::ui::typography {

/// The factors presentation mode offers: large enough to read from the back of a room, small
/// enough that a 1280×720 projector still shows the step's panels.
inline constexpr double kMinPresentationScale = 1.25;
inline constexpr double kMaxPresentationScale = 2.0;
inline constexpr double kDefaultPresentationScale = 1.5;

/// The factor in force: 1 outside presentation mode.
double scale();
/// Sets the factor and the application font (the platform's general font times `factor`), and
/// rescales the fonts widgets set for themselves under every top-level widget. MainWindow calls
/// it; `factor` is clamped to 1 or [kMinPresentationScale, kMaxPresentationScale].
void setScale(double factor);
/// The monospace font for addresses, values and source, at the size of the application font.
QFont monoFont();
/// Multiplies by `ratio` the size of every font set explicitly on `root` or a widget under it,
/// and the fixed row heights of item views' vertical headers, so that text set apart from the
/// application font keeps its proportion to it.
void rescaleSetFonts(QWidget* root, double ratio);

} // namespace vmviz::ui::typography
