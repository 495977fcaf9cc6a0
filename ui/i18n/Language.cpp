// SPDX-License-Identifier: GPL-2.0-only
#include "i18n/Language.h"

#include "i18n/LiveRetranslation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace vmviz::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kEnglish = QStringLiteral("en");
// Each kind of text has its catalogue (translations/CMakeLists.txt).
const QStringList kCatalogues = {QStringLiteral("vmviz_ui"), QStringLiteral("vmviz_text"),
                                 QStringLiteral("vmviz_lessons")};

std::vector<std::unique_ptr<QTranslator>>& installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString& installedLanguageRef()
{
    static QString language = kEnglish;
    return language;
}

} // namespace

QStringList availableLanguages()
{
    QStringList out{kEnglish};
    const QString prefix = QStringLiteral("vmviz_ui_");
    const QStringList files = QDir(kCatalogueDir).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files)
        out << file.mid(prefix.size(), file.size() - prefix.size() - 3);
    out.sort();
    out.removeDuplicates();
    return out;
}

QString languageDisplayName(const QString& language)
{
    if (language == kEnglish)
        return QStringLiteral("English");
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript)
        name = QStringLiteral("简体中文");
    return name.isEmpty() ? language : name;
}

QString savedLanguage()
{
    return QSettings().value(kSettingsKey, QString::fromLatin1(kSystemLanguage)).toString();
}

void saveLanguage(const QString& languageOrSystem)
{
    QSettings().setValue(kSettingsKey, languageOrSystem);
}

QString resolveLanguage(const QString& languageOrSystem)
{
    const QStringList languages = availableLanguages();
    if (languageOrSystem != QLatin1String(kSystemLanguage))
        return languages.contains(languageOrSystem) ? languageOrSystem : kEnglish;
    // QLocale's uiLanguages ("zh-Hans-CN", "zh-CN", "zh" …) in order of preference.
    for (QString candidate : QLocale::system().uiLanguages()) {
        candidate.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (candidate == QLatin1String("zh_Hans_CN") || candidate == QLatin1String("zh_Hans") ||
            candidate == QLatin1String("zh"))
            candidate = QStringLiteral("zh_CN");
        if (languages.contains(candidate))
            return candidate;
        if (candidate.startsWith(kEnglish))
            return kEnglish;
    }
    return kEnglish;
}

bool installLanguage(QCoreApplication& app, const QString& language)
{
    auto& translators = installedTranslators();
    for (const auto& translator : translators)
        QCoreApplication::removeTranslator(translator.get());
    // The recorder asks the catalogues itself: it lets go of them before they go.
    installTextRecorder(app, {});
    translators.clear();
    installedLanguageRef() = kEnglish;
    if (language == kEnglish)
        return true;
    if (!availableLanguages().contains(language))
        return false;

    for (const QString& catalogue : kCatalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(catalogue + QLatin1Char('_') + language, kCatalogueDir))
            translators.push_back(std::move(translator));
    }
    // Qt's own strings (standard buttons, file dialogs), where Debian's qt6-translations-l10n
    // is installed; the window works without them.
    auto qtbase = std::make_unique<QTranslator>();
    if (qtbase->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        translators.push_back(std::move(qtbase));

    QList<QTranslator*> catalogues;
    for (const auto& translator : translators) {
        app.installTranslator(translator.get());
        catalogues << translator.get();
    }
    installTextRecorder(app, catalogues);
    installedLanguageRef() = language;
    return true;
}

QString installedLanguage()
{
    return installedLanguageRef();
}

} // namespace vmviz::ui
