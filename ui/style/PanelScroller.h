// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Side panels in scroll areas, so that a column of docks never holds the window's minimum size
// above what a 1280×720 projector shows.
class QWidget;

namespace vmviz::ui {

/// `panel` in a frameless scroll area that keeps it at the dock's size while the dock is at least
/// the panel's minimum size, and scrolls below that.
QWidget* scrollablePanel(QWidget* panel);

} // namespace vmviz::ui
