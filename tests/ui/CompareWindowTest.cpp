// SPDX-License-Identifier: GPL-2.0-only
// The compare window's controller: runs off the GUI thread, then steps the machines together line
// by line and each on its own within a line; the window shows one column per machine.
#include "compare/CompareWindow.h"
#include "compare/CompareController.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

/// vfree of 33 MiB: over lazy_max_pages on one CPU, under it on four.
const QString kOverLazyLimit = QStringLiteral("config ram=512M\na = vmalloc 33M\nvfree a\nb = vmalloc 4K\n");

std::vector<compare::Variant> cpus1And4()
{
    std::string why;
    return *compare::parseMachineList("cpus=1|cpus=4", &why);
}

/// The seed walkthrough on 128 MiB and 8 GiB: the same lines, the second with pages from ZONE_NORMAL
/// and more steps (short lines, so stepping through one stays cheap).
const QString kSeed =
    QStringLiteral("config module=mymod comm=insmod pid=1234\nbuf = vmalloc 100\nvfree buf\n");

bool runAndWait(CompareController& controller, const QString& text, std::optional<std::size_t> line,
                const char* machines = "cpus=1|cpus=4")
{
    QSignalSpy finished(&controller, &CompareController::runFinished);
    std::string why;
    controller.run(text, QStringLiteral("case.vmviz"), *compare::parseMachineList(machines, &why), line);
    return finished.wait(60000);
}

TEST(CompareController, OpensAtTheFirstLineThatDiffers)
{
    CompareController controller;
    ASSERT_TRUE(runAndWait(controller, kOverLazyLimit, std::nullopt));
    ASSERT_EQ(controller.machineCount(), 2u);
    EXPECT_EQ(controller.line(), 1u); // vfree a: the first line where one CPU and four differ
    for (std::size_t m = 0; m < 2; ++m) {
        EXPECT_EQ(controller.position(m), controller.lineRange(m).second);
        ASSERT_TRUE(controller.snapshot(m));
        EXPECT_EQ(controller.snapshot(m)->step.position, controller.position(m));
        ASSERT_TRUE(controller.snapshot(m)->comparison); // what the line changed, for the ribbon
    }
}

TEST(CompareController, StepsTogetherByLineAndAloneWithinALine)
{
    CompareController controller;
    ASSERT_TRUE(runAndWait(controller, kSeed, 1, "ram=128M|ram=8G"));
    EXPECT_EQ(controller.line(), 1u);
    controller.previousLine();
    EXPECT_EQ(controller.line(), 0u);
    const auto [fromA, toA] = controller.lineRange(0);
    const auto [fromB, toB] = controller.lineRange(1);
    EXPECT_LT(toA - fromA, toB - fromB); // 8 GiB refills its per-CPU list from ZONE_NORMAL: more steps

    controller.stepBackward(0); // only machine A moves
    EXPECT_EQ(controller.position(0), toA - 1);
    EXPECT_EQ(controller.position(1), toB);
    controller.stepForward();
    controller.stepForward(); // clamped at the end of the line
    EXPECT_EQ(controller.position(0), toA);
    EXPECT_EQ(controller.position(1), toB);
    for (std::uint64_t i = 0; i < toA - fromA + 5; ++i)
        controller.stepBackward(0); // clamped just before the line
    EXPECT_EQ(controller.position(0), fromA);
    EXPECT_EQ(controller.position(1), toB);
    controller.stepForward(); // both: A from the line's start, B stays at its end
    EXPECT_EQ(controller.position(0), fromA + 1);
    EXPECT_EQ(controller.position(1), toB);

    controller.nextLine();
    EXPECT_EQ(controller.line(), 1u);
    EXPECT_EQ(controller.position(0), controller.lineRange(0).second);
    controller.nextLine(); // no line after the last: stays
    EXPECT_EQ(controller.line(), 1u);
    controller.previousDifference(); // line 0 differs (the zone), line 1 does not
    EXPECT_EQ(controller.line(), 0u);
    controller.nextDifference(); // none after it
    EXPECT_EQ(controller.line(), 0u);
}

TEST(CompareController, AVariantTheScenarioRefusesFailsTheRun)
{
    CompareController controller;
    QSignalSpy failed(&controller, &CompareController::runFailed);
    std::string why;
    controller.run(kOverLazyLimit, QStringLiteral("case.vmviz"),
                   *compare::parseMachineList("cpus=1|cpus=0", &why));
    ASSERT_TRUE(failed.wait(60000));
    EXPECT_TRUE(failed.front().front().toString().contains(QStringLiteral("cpus=0 is out of range")));
    EXPECT_EQ(controller.comparison(), nullptr);
}

TEST(CompareWindow, ShowsAColumnPerMachineAndMarksTheLinesThatDiffer)
{
    CompareWindow window;
    window.resize(1280, 720);
    QSignalSpy finished(&window.controller(), &CompareController::runFinished);
    window.compare(kOverLazyLimit, QStringLiteral("case.vmviz"), cpus1And4());
    ASSERT_TRUE(finished.wait(60000));
    auto* lines = window.findChild<QListWidget*>(QStringLiteral("compareLines"));
    auto* differences = window.findChild<QListWidget*>(QStringLiteral("compareDifferences"));
    ASSERT_TRUE(lines && differences);
    ASSERT_EQ(lines->count(), 3);
    EXPECT_TRUE(lines->item(0)->text().startsWith(QStringLiteral("=")));
    EXPECT_TRUE(lines->item(1)->text().startsWith(QStringLiteral("≠")));
    EXPECT_EQ(lines->currentRow(), 1);
    QStringList kinds;
    for (int i = 0; i < differences->count(); ++i)
        kinds << differences->item(i)->data(Qt::UserRole).toString();
    EXPECT_TRUE(kinds.contains(QStringLiteral("ptes_cleared"))) << kinds.join(QLatin1Char(' ')).toStdString();
    lines->setCurrentRow(0);
    EXPECT_EQ(window.controller().line(), 0u);
    EXPECT_EQ(differences->count(), 1); // "The machines did the same on this line."
}

} // namespace
