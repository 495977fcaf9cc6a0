// SPDX-License-Identifier: GPL-2.0-only
// File > Examples is built from the scenario catalogue, the same list `vmviz-cli list` prints, and
// an entry loads that scenario under its catalogue file name. Lessons have their own menu.
#include "TestSupport.h"

#include "MainWindow.h"
#include "scenario/ScenarioCatalogue.h"

#include <QMenu>
#include <QMenuBar>

namespace vmviz::ui {
namespace {

QMenu* examplesMenu(MainWindow& window)
{
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        if (menu->title() == QStringLiteral("&Examples"))
            return menu;
    }
    return nullptr;
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

TEST(ExamplesMenuTest, OffersEveryCatalogueEntryByTitle)
{
    MainWindow window(MainWindow::Options{false});
    QMenu* menu = examplesMenu(window);
    ASSERT_NE(menu, nullptr);
    QStringList offered;
    for (const QAction* action : menu->actions())
        offered << action->text();
    QStringList catalogue;
    for (const scenario::CatalogueEntry& entry : scenario::scenarioCatalogue())
        if (entry.header.kind != scenario::ScenarioKind::Lesson) // those are under File > Lessons
            catalogue << qs(entry.displayTitle());
    EXPECT_GE(offered.size(), 3); // the seed walkthrough and the two examples, at least
    EXPECT_EQ(offered, catalogue);
}

TEST(ExamplesMenuTest, AnEntryLoadsItsScenario)
{
    MainWindow window(MainWindow::Options{false});
    QMenu* menu = examplesMenu(window);
    ASSERT_NE(menu, nullptr);
    const scenario::CatalogueEntry* entry = scenario::findInCatalogue("lazy-free-and-purge");
    ASSERT_NE(entry, nullptr);
    QAction* action = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->text() == qs(entry->displayTitle()))
            action = a;
    }
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->statusTip(), qs(entry->header.about));
    action->trigger();
    ASSERT_TRUE(test::waitForRun(window.session()));
    EXPECT_EQ(window.session().scenarioName(), QStringLiteral("lazy-free-and-purge.vmviz"));
    EXPECT_EQ(window.session().scenarioText(), qs(entry->text));
}

} // namespace
} // namespace vmviz::ui
