// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The texts of the built-in catalogue that a reader sees and a translator translates: each entry's
// title and `about` line, and each lesson chapter's title, say, ask and note text exactly as the
// parser yields them (several `say` lines joined into one). The window looks each one up as it is
// (context "Lesson" of the lessons catalogue, translations/CMakeLists.txt), so the text itself is
// the translation's id; a build tool writes them out for lupdate, and a test checks that each has
// a finished translation.
#include <string>
#include <vector>

namespace vmviz::scenario {

/// In catalogue order, each text once; no empty text.
std::vector<std::string> catalogueTexts();

} // namespace vmviz::scenario
