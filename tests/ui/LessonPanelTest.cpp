// SPDX-License-Identifier: GPL-2.0-only
// File > Lessons opens a lesson at its first chapter; the Lesson panel shows the chapter the
// position is in; playback stops at the next chapter's start as at a breakpoint.
#include "TestSupport.h"

#include "MainWindow.h"
#include "controller/Playback.h"
#include "scenario/Lesson.h"
#include "scenario/ScenarioCatalogue.h"
#include "views/LessonPanel.h"

#include <QMenu>
#include <QMenuBar>
#include <QTest>

namespace vmviz::ui {
namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QMenu* lessonsMenu(MainWindow& window)
{
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        if (menu->title() == QStringLiteral("&Lessons"))
            return menu;
    }
    return nullptr;
}

TEST(LessonPanel, ChapterStartsAndTheCurrentChapter)
{
    LessonPanel panel;
    EXPECT_FALSE(panel.hasChapters());
    EXPECT_TRUE(panel.shownText().contains(QStringLiteral("no chapters")));
    panel.setLesson({{{}, "One", "first", "q1", "n1", 0}, {{}, "Two", "second", "", "", 1}}, {1, 40});
    struct Case
    {
        std::uint64_t from, to;
        std::optional<std::uint64_t> stop;
    };
    for (const Case& c : std::vector<Case>{{0, 1, 1},
                                           {1, 39, std::nullopt},
                                           {1, 40, 40},
                                           {2, 100, 40},
                                           {40, 100, std::nullopt},
                                           {0, 100, 1}}) {
        SCOPED_TRACE(std::to_string(c.from) + ".." + std::to_string(c.to));
        EXPECT_EQ(panel.chapterStartIn(c.from, c.to), c.stop);
    }
}

TEST(LessonPanel, TheMenuOpensALessonAtItsFirstChapterAndPlaybackStopsAtTheNext)
{
    MainWindow window(MainWindow::Options{false});
    QMenu* menu = lessonsMenu(window);
    ASSERT_NE(menu, nullptr);
    int lessons = 0;
    for (const scenario::CatalogueEntry& entry : scenario::scenarioCatalogue())
        lessons += entry.header.kind == scenario::ScenarioKind::Lesson;
    EXPECT_EQ(menu->actions().size(), lessons);

    const scenario::CatalogueEntry* entry = scenario::findInCatalogue("lesson-06-lazy-free-purge");
    ASSERT_NE(entry, nullptr);
    QAction* action = nullptr;
    for (QAction* a : menu->actions())
        if (a->text() == qs(entry->displayTitle()))
            action = a;
    ASSERT_NE(action, nullptr);
    action->trigger();
    ASSERT_TRUE(test::waitForRun(window.session()));
    const std::vector<std::uint64_t> starts = window.session().chapterStarts();
    ASSERT_EQ(starts.size(), 4u);
    EXPECT_EQ(window.session().position(), starts[0]);
    LessonPanel* panel = window.lessonPanel();
    EXPECT_TRUE(panel->shownText().contains(QStringLiteral("An area with two pages")));
    EXPECT_TRUE(panel->shownText().contains(QStringLiteral("Ask the class:")));

    window.playback().setSpeed(1000);
    window.playback().play();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.playback().isPlaying(); }, 20000));
    EXPECT_EQ(window.session().position(), starts[1]);
    EXPECT_TRUE(panel->shownText().contains(QStringLiteral("vfree is lazy")));
}

} // namespace
} // namespace vmviz::ui
