// SPDX-License-Identifier: GPL-2.0-only
// The lessons in Chinese: every text of the built-in catalogue (scenario/CatalogueTexts.h, the
// parser's own view of the lessons) has a finished zh_CN translation in
// translations/vmviz_lessons_zh_CN.ts that keeps the source's kernel names, hex values and
// numbers, the compiled catalogue answers with it, and the window shows it.
#include "TestSupport.h"

#include "MainWindow.h"
#include "export/HandoutPdf.h"
#include "i18n/Language.h"
#include "i18n/LessonText.h"
#include "scenario/CatalogueTexts.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioRunner.h"
#include "views/LessonPanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <map>
#include <set>

namespace vmviz::ui {
namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

struct TsMessage
{
    QString translation;
    bool finished = false;
};

/// The messages of context "Lesson" in a .ts file, by source text.
std::map<QString, TsMessage> lessonMessages(const QString& path)
{
    std::map<QString, TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && context == QLatin1String(kLessonContext)) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            TsMessage message;
            message.translation = xml.readElementText();
            message.finished = type.isEmpty() && !message.translation.isEmpty();
            out[source] = message;
        }
    }
    if (xml.hasError())
        ADD_FAILURE() << path.toStdString() << ":" << xml.lineNumber() << ": "
                      << xml.errorString().toStdString();
    return xml.hasError() ? std::map<QString, TsMessage>{} : out;
}

/// What a translation must carry over unchanged: hex values, identifiers with an underscore
/// (function, field and flag names), calls such as vmalloc(100), and numbers.
QStringList keptTokens(const QString& source)
{
    static const QRegularExpression token(QStringLiteral(
        R"(0x[0-9a-fA-F]+|[A-Za-z_][A-Za-z0-9_]*_[A-Za-z0-9_]*|[A-Za-z_][A-Za-z0-9_>-]*\([^()]*\)|\d+(?:\.\d+)?)"));
    QStringList out;
    for (auto it = token.globalMatch(source); it.hasNext();)
        out << it.next().captured();
    out.removeDuplicates();
    return out;
}

const QString kChineseLessons = QStringLiteral(VMVIZ_TS_DIR "/vmviz_lessons_zh_CN.ts");

/// Puts the window back in English whatever a test did.
struct EnglishAfterwards
{
    ~EnglishAfterwards() { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }
};

TEST(LessonTranslation, EveryLessonTextHasAFinishedChineseTranslationThatKeepsItsKernelNames)
{
    const std::map<QString, TsMessage> messages = lessonMessages(kChineseLessons);
    ASSERT_FALSE(messages.empty()) << kChineseLessons.toStdString();
    const std::vector<std::string> texts = scenario::catalogueTexts();
    ASSERT_GT(texts.size(), 200u); // 13 lessons, 4 workloads, the examples: a few hundred texts
    std::set<QString> wanted;
    for (const std::string& text : texts) {
        const QString source = qs(text);
        wanted.insert(source);
        SCOPED_TRACE(text);
        const auto it = messages.find(source);
        ASSERT_NE(it, messages.end()) << "not in the .ts: run the vmviz_lupdate target and translate it";
        EXPECT_TRUE(it->second.finished) << "unfinished";
        for (const QString& kept : keptTokens(source))
            EXPECT_TRUE(it->second.translation.contains(kept))
                << "the translation lost " << kept.toStdString();
    }
    for (const auto& [source, message] : messages)
        EXPECT_TRUE(wanted.count(source)) << "obsolete: " << source.toStdString();
}

TEST(LessonTranslation, TheCompiledCatalogueAnswersWithTheTranslation)
{
    const EnglishAfterwards english;
    const std::map<QString, TsMessage> messages = lessonMessages(kChineseLessons);
    ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    for (const std::string& text : scenario::catalogueTexts()) {
        SCOPED_TRACE(text);
        const auto it = messages.find(qs(text));
        ASSERT_NE(it, messages.end());
        EXPECT_EQ(lessonText(text), it->second.translation);
    }
    // A text of the user's own scenario file has no translation and shows as written.
    EXPECT_EQ(lessonText("My own chapter"), QStringLiteral("My own chapter"));
    installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    EXPECT_EQ(lessonText("Asking for 100 bytes"), QStringLiteral("Asking for 100 bytes"));
}

TEST(LessonTranslation, TheLessonPanelSpeaksTheInstalledLanguage)
{
    const EnglishAfterwards english;
    struct Case
    {
        const char* language;
        QString title, says, absent;
    };
    const std::vector<Case> cases = {
        {"zh_CN", QStringLiteral("申请 100 字节"), QStringLiteral("向上取整：PAGE_ALIGN(100) = 4096"),
         QStringLiteral("Asking for 100 bytes")},
        {"en", QStringLiteral("Asking for 100 bytes"), QStringLiteral("round 100 up: PAGE_ALIGN(100) = 4096"),
         QStringLiteral("申请")},
    };
    const scenario::CatalogueEntry* entry = scenario::findInCatalogue("lesson-01-first-vmalloc");
    ASSERT_NE(entry, nullptr);
    for (const Case& c : cases) {
        SCOPED_TRACE(c.language);
        ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QString::fromLatin1(c.language)));
        MainWindow window(MainWindow::Options{false});
        // File → Lessons names the lesson in the installed language.
        QAction* open = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == lessonText(entry->displayTitle()))
                open = action;
        ASSERT_NE(open, nullptr);
        EXPECT_EQ(open->toolTip(), lessonText(entry->header.about));
        open->trigger();
        ASSERT_TRUE(test::waitForRun(window.session()));
        ASSERT_FALSE(window.session().chapterStarts().empty());
        EXPECT_EQ(window.session().position(), window.session().chapterStarts().front());
        const QString shown = window.lessonPanel()->shownText();
        EXPECT_TRUE(shown.contains(c.title)) << shown.toStdString();
        EXPECT_TRUE(shown.contains(c.says)) << shown.toStdString();
        EXPECT_FALSE(shown.contains(c.absent)) << shown.toStdString();
    }
}

TEST(LessonTranslation, AHandoutFromTheWindowSpeaksTheInstalledLanguage)
{
    const EnglishAfterwards english;
    const scenario::CatalogueEntry* entry = scenario::findInCatalogue("lesson-06-lazy-free-purge");
    ASSERT_NE(entry, nullptr);
    const std::string text(entry->text);
    const scenario::RunResult run = scenario::runScenarioText(text, entry->fileName());
    ASSERT_TRUE(run.machine);
    const std::vector<scenario::Chapter> chapters =
        scenario::parseScenario(text, entry->fileName()).scenario->chapters;
    ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    const std::vector<HandoutChapter> handout = handoutChapters(*run.machine, text, entry->fileName());
    ASSERT_EQ(handout.size(), chapters.size());
    for (std::size_t i = 0; i < handout.size(); ++i) {
        SCOPED_TRACE(chapters[i].title);
        EXPECT_EQ(handout[i].title, lessonText(chapters[i].title));
        EXPECT_NE(handout[i].title, qs(chapters[i].title));
        EXPECT_EQ(handout[i].explanation, lessonText(chapters[i].say));
        EXPECT_EQ(handout[i].question, lessonText(chapters[i].ask));
        EXPECT_EQ(handout[i].notes, lessonText(chapters[i].note));
    }
    EXPECT_EQ(handout.front().title, QStringLiteral("有两个页的区域"));
}

} // namespace
} // namespace vmviz::ui
