// SPDX-License-Identifier: GPL-2.0-only
// The handout's chapters (a lesson's own chapters, else one per scenario line) and the PDF writer
// on a run without a window. The pages themselves are rendered and checked in tests/cli.
#include "export/HandoutPdf.h"
#include "scenario/ScenarioRunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

std::unique_ptr<Machine> run(const char* text)
{
    auto result = scenario::runScenarioText(text, "handout.vmviz");
    EXPECT_TRUE(result.machine) << result.error;
    return std::move(result.machine);
}

TEST(HandoutPdf, ALessonsChaptersAreTheHandoutsChapters)
{
    const std::string text = "chapter \"Reserve\"\nsay \"First the range.\"\nask \"Where?\"\nnote \"Low.\"\n"
                             "a = vmalloc 100\nchapter \"Free\"\nsay \"Then give it back.\"\nvfree a\n";
    auto m = run(text.c_str());
    ASSERT_TRUE(m);
    const auto chapters = handoutChapters(*m, text, "handout.vmviz");
    ASSERT_EQ(chapters.size(), 2u);
    EXPECT_EQ(chapters[0].title, QStringLiteral("Reserve"));
    EXPECT_EQ(chapters[0].explanation, QStringLiteral("First the range."));
    EXPECT_EQ(chapters[0].question, QStringLiteral("Where?"));
    EXPECT_EQ(chapters[0].notes, QStringLiteral("Low."));
    EXPECT_EQ(chapters[1].title, QStringLiteral("Free"));
    EXPECT_EQ(chapters[1].step, m->stepCount());
    EXPECT_LT(chapters[0].step, chapters[1].step);
    ASSERT_EQ(chapters[0].narration.size(), 1);
    EXPECT_TRUE(chapters[0].narration[0].endsWith(QStringLiteral("a = vmalloc 100")));
    // Without chapter lines the handout falls back to one chapter per scenario line.
    EXPECT_EQ(handoutChapters(*m, "a = vmalloc 100\nvfree a\n", "plain.vmviz").size(),
              handoutChapters(*m).size());
}

TEST(HandoutPdf, EveryScenarioLineIsAChapterShownAtItsLastStep)
{
    auto m = run("config ram=128M\na = vmalloc 100\nb = vmalloc 2M+4K\nvfree a\npurge\n");
    ASSERT_TRUE(m);
    const auto chapters = handoutChapters(*m);
    ASSERT_EQ(chapters.size(), 4u);
    EXPECT_TRUE(chapters[0].title.endsWith(QStringLiteral("a = vmalloc 100")))
        << chapters[0].title.toStdString();
    EXPECT_TRUE(chapters[3].title.endsWith(QStringLiteral("purge")));
    EXPECT_EQ(chapters.back().step, m->stepCount());
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        EXPECT_FALSE(chapters[i].narration.isEmpty()) << i;
        EXPECT_LE(chapters[i].narration.size(), 17);
        if (i > 0) {
            EXPECT_LT(chapters[i - 1].step, chapters[i].step);
        }
    }
    EXPECT_EQ(chapters[0].narration.front(), QStringLiteral("vmalloc(size=100)"));
    EXPECT_TRUE(chapters[3].narration.contains(QStringLiteral("purge_vmap_area_lazy()")));
}

TEST(HandoutPdf, WritesAPdfOrSaysItCouldNot)
{
    auto m = run("config ram=128M\na = vmalloc 100\nvfree a\n");
    ASSERT_TRUE(m);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.pdf"));
    ASSERT_TRUE(writeHandoutPdf(path, QStringLiteral("T"), QStringLiteral("about"), *m, handoutChapters(*m)));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("%PDF-"));
    EXPECT_FALSE(writeHandoutPdf(dir.filePath(QStringLiteral("no/such/dir/h.pdf")), QStringLiteral("T"),
                                 QString(), *m, handoutChapters(*m)));
}

} // namespace
