// SPDX-License-Identifier: GPL-2.0-only
#include "i18n/CoreText.h"

#include <QByteArray>
#include <QCoreApplication>

#include <string>

namespace vmviz::ui {

namespace {

QString translate(std::string_view context, std::string_view english)
{
    // QCoreApplication::translate reads NUL-terminated UTF-8; the core's views need not be.
    const QByteArray contextBytes(context.data(), static_cast<qsizetype>(context.size()));
    const QByteArray englishBytes(english.data(), static_cast<qsizetype>(english.size()));
    return QCoreApplication::translate(contextBytes.constData(), englishBytes.constData());
}

} // namespace

const TextTranslator& coreTextTranslator()
{
    static const TextTranslator translator = [](std::string_view context, std::string_view english) {
        return translate(context, english).toStdString();
    };
    return translator;
}

QString coreText(const char* context, std::string_view english)
{
    return translate(context, english);
}

} // namespace vmviz::ui
