// SPDX-License-Identifier: GPL-2.0-only
// The quiz, the compare view and the menus in Chinese: the core's quiz and compare texts come
// through the catalogue (no English sentence left in them), and after View → Language every
// action and dock title of the open window speaks the new language, the Export menu's composed
// panel entries included.
#include "MainWindow.h"
#include "TestSupport.h"
#include "compare/CompareController.h"
#include "compare/CompareWindow.h"
#include "i18n/Language.h"
#include "quiz/QuizPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

struct EnglishAfter
{
    ~EnglishAfter() { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }
};

bool hasCjk(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

/// Three plain English words in a row ("the page at"): a sentence the catalogue did not translate.
/// Identifiers (vmalloc_user, PAGE_KERNEL, free_area[0]), flag abbreviations (P RW NX) and numbers
/// are no words here: a word has a lower-case letter.
QString englishRun(const QString& text)
{
    static const QRegularExpression run(
        QStringLiteral(R"((?<![\w\[(.])[A-Z]?[a-z]+(?: [A-Z]?[a-z]+){2,}(?![\w(\[]))"));
    const QRegularExpressionMatch m = run.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

void expectChinese(const QString& text, const char* what)
{
    EXPECT_TRUE(hasCjk(text)) << what << ": " << text.toStdString();
    EXPECT_TRUE(englishRun(text).isEmpty())
        << what << ": English left: \"" << englishRun(text).toStdString() << "\" in " << text.toStdString();
}

TEST(ChineseTexts, TheEnglishRunDetectorFindsSentencesAndLeavesIdentifiersAlone)
{
    const struct
    {
        const char* text;
        bool english;
    } cases[] = {
        {"Which address will vmalloc return?", true},
        {"`vmalloc(size=100)` 将返回哪个地址？", false},
        {"CPU 0 的 Normal MIGRATE_MOVABLE 每 CPU 页列表", false},
        {"页表项是页框号左移 12 位再加上标志位：PRESENT|RW|GLOBAL|NX。", false},
        {"分配了 1 个页表; new area here", true},
        {"Busy vmap areas", true},
        {"标志位：P RW US A D。", false},
    };
    for (const auto& c : cases)
        EXPECT_EQ(!englishRun(QString::fromUtf8(c.text)).isEmpty(), c.english) << c.text;
}

TEST(ChineseTexts, AQuizQuestionIsChineseAndTheSameQuestionAfterSwitchingBack)
{
    const EnglishAfter english;
    ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    QuizPanel panel(session);
    QSignalSpy ready(&panel, &QuizPanel::questionsReady);
    panel.start();
    for (int i = 0; i < 100 && ready.isEmpty(); ++i)
        ready.wait(100);
    ASSERT_FALSE(ready.isEmpty());
    const std::vector<quiz::Question> chinese = panel.questions();
    ASSERT_GE(chinese.size(), 4u);
    for (const quiz::Question& q : chinese) {
        expectChinese(QString::fromStdString(q.prompt), "prompt");
        for (const std::string& line : q.context)
            expectChinese(QString::fromStdString(line), "context");
        expectChinese(QString::fromStdString(q.why), "why");
        for (const quiz::Choice& c : q.choices)
            EXPECT_TRUE(englishRun(QString::fromStdString(c.text)).isEmpty()) << c.text;
    }
    // What the panel shows: its prompt label and the choice buttons.
    const auto* prompt = panel.findChild<QLabel*>(QStringLiteral("quizPrompt"));
    ASSERT_NE(prompt, nullptr);
    expectChinese(prompt->text(), "the prompt shown");
    panel.choose(chinese[0].answer);

    // Switched back while the question is revealed: the same questions, in English, the quiz where it was.
    QSignalSpy changed(&panel, &QuizPanel::questionsReady);
    installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
    for (int i = 0; i < 100 && panel.questions().front().prompt == chinese.front().prompt; ++i)
        QTest::qWait(50);
    const std::vector<quiz::Question>& inEnglish = panel.questions();
    ASSERT_EQ(inEnglish.size(), chinese.size());
    EXPECT_FALSE(hasCjk(QString::fromStdString(inEnglish[0].prompt))) << inEnglish[0].prompt;
    for (std::size_t i = 0; i < inEnglish.size(); ++i) {
        EXPECT_EQ(inEnglish[i].askBefore, chinese[i].askBefore);
        EXPECT_EQ(inEnglish[i].answer, chinese[i].answer);
    }
    EXPECT_FALSE(hasCjk(prompt->text())) << "the label shows it: " << prompt->text().toStdString();
    EXPECT_EQ(panel.score(), 1);
    EXPECT_EQ(panel.answered(), 1);
    EXPECT_TRUE(changed.isEmpty()) << "a language change is no new quiz";
}

TEST(ChineseTexts, TheCompareViewDescribesTheLineInChinese)
{
    const EnglishAfter english;
    ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    CompareWindow window;
    window.resize(1280, 720);
    QSignalSpy finished(&window.controller(), &CompareController::runFinished);
    std::string why;
    window.compare(QStringLiteral("config ram=512M\na = vmalloc 33M\nvfree a\nb = vmalloc 4K\n"),
                   QStringLiteral("case.vmviz"), *compare::parseMachineList("cpus=1|cpus=4", &why));
    ASSERT_TRUE(finished.wait(60000));
    auto* differences = window.findChild<QListWidget*>(QStringLiteral("compareDifferences"));
    ASSERT_NE(differences, nullptr);
    ASSERT_GT(differences->count(), 0);
    // A difference whose title is a kernel identifier ("lazy_max_pages：A 8192, B 24576") has no
    // Chinese word to show; the others have.
    int chinese = 0;
    for (int i = 0; i < differences->count(); ++i) {
        const QString text = differences->item(i)->text();
        chinese += hasCjk(text) ? 1 : 0;
        EXPECT_TRUE(englishRun(text).isEmpty()) << text.toStdString();
    }
    EXPECT_GT(chinese, differences->count() / 2);
    const QString factsHeading =
        QCoreApplication::translate("vmviz::ui::CompareWindow", "What this line did here:\n");
    int facts = 0;
    for (const QLabel* label : window.findChildren<QLabel*>())
        if (label->text().startsWith(factsHeading)) {
            expectChinese(label->text(), "facts");
            ++facts;
        }
    EXPECT_EQ(facts, 2) << "one facts label per machine";
}

/// Texts that are the same in both languages: names of languages, kernels and files, symbols.
bool meantToStay(const QString& text)
{
    static const QRegularExpression stays(QStringLiteral(
        R"(^(English|简体中文|\d[\d.]*|[◀▶⏮⏭⏸⏯+−\- ]+|.*\.vmviz|[a-z0-9_]+|[A-Z][A-Za-z0-9_]*[0-9_][A-Za-z0-9_]*)$)"));
    return text.isEmpty() || stays.match(text).hasMatch();
}

TEST(ChineseTexts, EveryActionAndDockTitleFollowsALiveSwitchTheExportMenuIncluded)
{
    const EnglishAfter english;
    MainWindow window(MainWindow::Options{false});
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed, 40));
    QCoreApplication::processEvents();
    QMenu* exportMenu = nullptr;
    for (QMenu* menu : window.findChildren<QMenu*>())
        if (menu->title() == QStringLiteral("&Export"))
            exportMenu = menu;
    ASSERT_NE(exportMenu, nullptr);
    QStringList exportEnglish;
    for (const QAction* a : exportMenu->actions())
        if (!a->isSeparator())
            exportEnglish << a->text();
    ASSERT_TRUE(exportEnglish.contains(QStringLiteral("Physical memory as PNG…")))
        << exportEnglish.join(QStringLiteral(" | ")).toStdString();

    std::vector<std::pair<QAction*, QString>> actions;
    std::vector<std::pair<QAction*, QString>> tips; ///< tooltips of their own, not the text again
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        actions.emplace_back(a, a->text());
        if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
            tips.emplace_back(a, a->toolTip());
    }
    std::vector<std::pair<QDockWidget*, QString>> docks;
    for (QDockWidget* d : window.findChildren<QDockWidget*>())
        docks.emplace_back(d, d->windowTitle());
    ASSERT_GT(actions.size(), 50u);
    ASSERT_GT(docks.size(), 5u);
    ASSERT_GT(tips.size(), 5u);

    window.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QStringList unchanged;
    for (const auto& [action, before] : actions)
        if (action->text() == before && !meantToStay(before))
            unchanged << before;
    for (const auto& [dock, before] : docks)
        if (dock->windowTitle() == before && !meantToStay(before))
            unchanged << QStringLiteral("dock: ") + before;
    for (const auto& [action, before] : tips)
        if (action->toolTip() == before && !meantToStay(before))
            unchanged << QStringLiteral("tooltip: ") + before;
    EXPECT_TRUE(unchanged.isEmpty()) << "still English after the switch: "
                                     << unchanged.join(QStringLiteral(" | ")).toStdString();
    for (const QAction* a : exportMenu->actions()) {
        if (!a->isSeparator()) {
            EXPECT_TRUE(hasCjk(a->text())) << a->text().toStdString();
        }
    }
    EXPECT_TRUE(exportMenu->actions().first()->text().startsWith(QStringLiteral("整个窗口导出为 PNG")));

    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QStringList exportAgain;
    for (const QAction* a : exportMenu->actions())
        if (!a->isSeparator())
            exportAgain << a->text();
    EXPECT_EQ(exportAgain, exportEnglish);
}

} // namespace
