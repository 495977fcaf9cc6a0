// SPDX-License-Identifier: GPL-2.0-only
// File → Export: the machine state as JSON (the CLI's snapshot, loadable again) and steps A..B as a
// numbered PNG series for slides, written one step per event-loop turn.
#include "TestSupport.h"

#include "MainWindow.h"
#include "export/Exports.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace vmviz::ui {
namespace {

TEST(StepSeriesExportTest, WritesOneNumberedPngPerStepAndReturnsTheCursor)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow window(MainWindow::Options{false});
    window.loadScenario(test::kSeed, QStringLiteral("seed.vmviz"), 100);
    ASSERT_TRUE(test::waitForRun(window.session()));
    QSignalSpy finished(&window, &MainWindow::seriesFinished);
    window.exportStepSeries(QStringLiteral("pagetables"), 102, 106, dir.path());
    EXPECT_TRUE(window.exportingSeries());
    for (int i = 0; i < 100 && finished.isEmpty(); ++i)
        finished.wait(100);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.front().at(0).toInt(), 5);
    EXPECT_TRUE(finished.front().at(1).toBool());
    EXPECT_EQ(window.session().position(), 100u) << "the cursor goes back where it was";
    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 5);
    EXPECT_EQ(files.front(), QStringLiteral("pagetables-step000102.png"));
    EXPECT_EQ(files.back(), QStringLiteral("pagetables-step000106.png"));
    const QImage first(QDir(dir.path()).filePath(files.front()));
    const QImage last(QDir(dir.path()).filePath(files.back()));
    ASSERT_FALSE(first.isNull());
    EXPECT_NE(first, last) << "steps 102..106 write page-table entries, so the pictures differ";
}

TEST(StepSeriesExportTest, StateAsJsonLoadsBackToTheSameVmallocinfo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow window(MainWindow::Options{false});
    window.loadScenario(test::kSeed, QStringLiteral("seed.vmviz"), 114);
    ASSERT_TRUE(test::waitForRun(window.session()));
    const QString path = dir.filePath(QStringLiteral("state.json"));
    ASSERT_TRUE(window.exportStateJson(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto loaded = exports::loadSnapshot(file.readAll().toStdString());
    ASSERT_TRUE(loaded.machine) << loaded.error;
    EXPECT_EQ(QString::fromStdString(exports::vmallocinfo(*loaded.machine)), window.session().vmallocinfo());
    EXPECT_FALSE(window.session().vmallocinfo().isEmpty());
}

} // namespace
} // namespace vmviz::ui
