// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The playback toolbar's icons, drawn in the theme's text colour: the platform's media icons are
// dark glyphs that vanish on the dark theme.
#include <QColor>
#include <QIcon>

namespace vmviz::ui {

enum class PlaybackGlyph
{
    Start,    ///< |◀◀
    Back,     ///< ◀
    Play,     ///< ▶
    Pause,    ///< ❚❚
    StepInto, ///< →
    StepOver, ///< ↓
    StepOut,  ///< ↑
    End,      ///< ▶▶|
    Continue, ///< ▶▶
};

/// `glyph` in `colour` on a transparent square, sharp at every toolbar size.
QIcon playbackIcon(PlaybackGlyph glyph, const QColor& colour);

} // namespace vmviz::ui
