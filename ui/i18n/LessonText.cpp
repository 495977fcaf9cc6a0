// SPDX-License-Identifier: GPL-2.0-only
#include "i18n/LessonText.h"

#include <QCoreApplication>

#include <string>

namespace vmviz::ui {

QString lessonText(std::string_view text)
{
    const std::string source(text); // translate() wants a NUL-terminated key
    return QCoreApplication::translate(kLessonContext, source.c_str());
}

} // namespace vmviz::ui
