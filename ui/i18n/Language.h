// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Which language the window speaks, and the translators that make it speak it. The choice is,
// in order: `vmviz --language LANG`, View → Language (QSettings "ui/language"), the system
// locale. English is the source language: it needs no catalogue.
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace vmviz::ui {

/// The setting that means "follow the system locale".
inline constexpr const char* kSystemLanguage = "system";

/// Languages with a catalogue compiled in (`zh_CN` …), plus `en`, sorted.
QStringList availableLanguages();
/// The language's own name for itself: "English", "简体中文".
QString languageDisplayName(const QString& language);

/// The saved choice: a language code or kSystemLanguage.
QString savedLanguage();
void saveLanguage(const QString& languageOrSystem);

/// The language that a choice resolves to: kSystemLanguage becomes the system locale's language
/// when a catalogue for it exists, and `en` otherwise.
QString resolveLanguage(const QString& languageOrSystem);

/// Installs the catalogues of `language` (all of vmviz's and Qt's own, where present) into the
/// application, replacing any installed before. Returns false when `language` has no catalogue.
bool installLanguage(QCoreApplication& app, const QString& language);
/// The language installLanguage last installed (`en` before any).
QString installedLanguage();

} // namespace vmviz::ui
