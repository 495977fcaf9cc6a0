// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The lessons' texts in the installed language: chapter titles, say, ask and note texts, and the
// built-in scenarios' titles and about lines, each looked up whole as the parser yields it in the
// lessons catalogue (context "Lesson"; scenario/CatalogueTexts.h lists them for lupdate). A text
// with no translation, such as one from a scenario file of the user's, shows as written.
#include <QString>

#include <string_view>

namespace vmviz::ui {

inline constexpr const char* kLessonContext = "Lesson";

QString lessonText(std::string_view text);

} // namespace vmviz::ui
