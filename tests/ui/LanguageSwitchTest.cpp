// SPDX-License-Identifier: GPL-2.0-only
// View → Language: the window in Chinese, made so or switched while open, and back in English.
#include "MainWindow.h"
#include "TestSupport.h"
#include "i18n/Language.h"
#include "views/KmemleakPanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>

#include <gtest/gtest.h>

namespace vmviz::ui {
namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList out;
    for (const QAction* a : window.menuBar()->actions())
        out << a->text();
    return out;
}

QString dockTitle(const MainWindow& window, const char* name)
{
    const auto* dock = window.findChild<QDockWidget*>(QString::fromLatin1(name) + QStringLiteral("Dock"));
    return dock ? dock->windowTitle() : QStringLiteral("(no dock)");
}

QAction* actionNamed(const MainWindow& window, const QString& text)
{
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text() == text)
            return a;
    return nullptr;
}

/// Switches the open window and lets its LanguageChange handling run.
void switchTo(MainWindow& window, const QString& language)
{
    window.setLanguage(language);
    QCoreApplication::processEvents();
}

/// Whatever a test did, the next one starts in English.
struct EnglishAfter
{
    ~EnglishAfter() { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }
};

struct Expect
{
    const char* what;
    QString english;
    QString chinese;
};

std::vector<Expect> expectations()
{
    return {
        {"menus", QStringLiteral("&File|&View|&Playback|&Help"),
         QStringLiteral("文件(&F)|视图(&V)|播放(&P)|帮助(&H)")},
        {"call stack dock", QStringLiteral("Call stack and source"), QStringLiteral("调用栈与源码")},
        {"timeline dock", QStringLiteral("Timeline"), QStringLiteral("时间轴")},
        {"page tables dock", QStringLiteral("Page tables (init_mm)"), QStringLiteral("页表（init_mm）")},
        {"free lists dock", QStringLiteral("Free lists (buddy and per-CPU)"),
         QStringLiteral("空闲链表（伙伴系统和每 CPU）")},
    };
}

std::vector<QString> actual(const MainWindow& window)
{
    return {menuTitles(window).join(QLatin1Char('|')), dockTitle(window, "callstack"),
            dockTitle(window, "timeline"), dockTitle(window, "pagetables"), dockTitle(window, "freelists")};
}

void expectLanguage(const MainWindow& window, bool chinese)
{
    const std::vector<Expect> wanted = expectations();
    const std::vector<QString> got = actual(window);
    for (std::size_t i = 0; i < wanted.size(); ++i)
        EXPECT_EQ(got[i].toStdString(), (chinese ? wanted[i].chinese : wanted[i].english).toStdString())
            << wanted[i].what;
}

TEST(LanguageSwitch, TheChineseCatalogueIsCompiledIn)
{
    const EnglishAfter english;
    EXPECT_TRUE(availableLanguages().contains(QStringLiteral("zh_CN")));
    EXPECT_EQ(languageDisplayName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    // One text of each kind: a tr() in a class, a panel title from the shared table, a free
    // function's painted legend, a plural.
    EXPECT_EQ(QCoreApplication::translate("vmviz::ui::MainWindow", "&Quit"), QStringLiteral("退出(&Q)"));
    EXPECT_EQ(QCoreApplication::translate("vmviz::panels", "Physical memory"), QStringLiteral("物理内存"));
    EXPECT_EQ(QCoreApplication::translate("vmviz::ui::PhysicalLegend", "per-CPU list"),
              QStringLiteral("每 CPU 页列表"));
    EXPECT_EQ(QCoreApplication::translate("vmviz::ui::CompareWindow", "%n difference(s)", nullptr, 3),
              QStringLiteral("3 处差异"));
    ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("vmviz::ui::MainWindow", "&Quit"), QStringLiteral("&Quit"));
}

TEST(LanguageSwitch, AWindowMadeInChineseSpeaksChinese)
{
    const EnglishAfter english;
    ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    MainWindow window(MainWindow::Options{false});
    expectLanguage(window, true);
    EXPECT_NE(actionNamed(window, QStringLiteral("单步进入")), nullptr);
}

TEST(LanguageSwitch, TheOpenWindowSwitchesToChineseAndBack)
{
    const EnglishAfter english;
    MainWindow window(MainWindow::Options{false});
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed, 40));
    QCoreApplication::processEvents();
    expectLanguage(window, false);

    switchTo(window, QStringLiteral("zh_CN"));
    EXPECT_EQ(installedLanguage(), QStringLiteral("zh_CN"));
    expectLanguage(window, true);
    // An action's text and its composed tooltip ("Next step (Right)"), a model's header.
    QAction* stepInto = actionNamed(window, QStringLiteral("单步进入"));
    ASSERT_NE(stepInto, nullptr);
    EXPECT_TRUE(stepInto->toolTip().startsWith(QStringLiteral("下一步 (")))
        << stepInto->toolTip().toStdString();
    const auto* table = window.kmemleakPanel()->findChild<QAbstractItemView*>();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("指针"));
    // The composed step counter is composed again.
    EXPECT_TRUE(window.stepCounter()->text().startsWith(QStringLiteral("第 40 /")))
        << window.stepCounter()->text().toStdString();

    switchTo(window, QStringLiteral("en"));
    EXPECT_EQ(installedLanguage(), QStringLiteral("en"));
    expectLanguage(window, false);
    EXPECT_NE(actionNamed(window, QStringLiteral("Step into")), nullptr);
    EXPECT_EQ(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Pointer"));
    EXPECT_TRUE(window.stepCounter()->text().startsWith(QStringLiteral("Step 40 /")));
}

TEST(LanguageSwitch, TheWindowFollowsALanguageInstalledElsewhere)
{
    const EnglishAfter english;
    MainWindow window(MainWindow::Options{false});
    // Not through the menu: the window hears of it by LanguageChange events, which arrive posted.
    ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    for (int i = 0; i < 20 && window.menuBar()->actions().at(0)->text() != QStringLiteral("文件(&F)"); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    expectLanguage(window, true);
    ASSERT_TRUE(installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
    for (int i = 0; i < 20 && window.menuBar()->actions().at(0)->text() != QStringLiteral("&File"); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    expectLanguage(window, false);
}

TEST(LanguageSwitch, TheLanguageMenuIsExclusiveAndSaved)
{
    const EnglishAfter english;
    MainWindow window(MainWindow::Options{false});
    const auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
    ASSERT_NE(menu, nullptr);
    QList<QAction*> entries;
    for (QAction* a : menu->actions())
        if (a->isCheckable())
            entries << a;
    ASSERT_EQ(entries.size(), 3);
    EXPECT_TRUE(entries[0]->text().startsWith(QStringLiteral("System default (")));
    EXPECT_EQ(entries[1]->text(), QStringLiteral("English"));
    EXPECT_EQ(entries[2]->text(), QStringLiteral("简体中文"));
    ASSERT_NE(entries[0]->actionGroup(), nullptr);
    EXPECT_TRUE(entries[0]->actionGroup()->isExclusive());

    entries[2]->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(savedLanguage(), QStringLiteral("zh_CN"));
    EXPECT_EQ(installedLanguage(), QStringLiteral("zh_CN"));
    EXPECT_TRUE(entries[2]->isChecked());
    EXPECT_FALSE(entries[1]->isChecked());
    // The languages keep their own names; the system entry speaks the window's language.
    EXPECT_EQ(entries[1]->text(), QStringLiteral("English"));
    EXPECT_TRUE(entries[0]->text().startsWith(QStringLiteral("系统默认（")))
        << entries[0]->text().toStdString();

    entries[0]->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(savedLanguage(), QString::fromLatin1(kSystemLanguage));
    EXPECT_EQ(installedLanguage(), resolveLanguage(QString::fromLatin1(kSystemLanguage)));
    EXPECT_TRUE(entries[0]->isChecked());
    saveLanguage(QString::fromLatin1(kSystemLanguage));
}

} // namespace
} // namespace vmviz::ui
