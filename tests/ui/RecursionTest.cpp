// SPDX-License-Identifier: GPL-2.0-only
// Stepping through the 513-page vmalloc in the window reaches the step where the call stack shows
// the nested __vmalloc_node under __vmalloc_area_node, and the source panel follows it.
#include "TestSupport.h"

#include "MainWindow.h"
#include "controller/SessionController.h"
#include "models/CallStackModel.h"
#include "views/CallStackPanel.h"

using namespace vmviz;
using namespace vmviz::ui;

namespace {

TEST(Recursion, CallStackShowsTwoVmallocNodeFrames)
{
    MainWindow window(MainWindow::Options{false});
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kRecursion));
    CallStackPanel* panel = window.callStackPanel();
    const auto count = [&]() {
        return panel->model()->functionNames().count(QStringLiteral("__vmalloc_node"));
    };

    std::uint64_t reached = 0;
    while (window.session().position() < window.session().stepCount()) {
        window.session().stepInto();
        if (count() == 2) {
            reached = window.session().position();
            break;
        }
    }
    ASSERT_NE(reached, 0u) << "no step shows the nested __vmalloc_node";
    EXPECT_EQ(panel->model()->functionNames().front(), QStringLiteral("__vmalloc_node"));
    EXPECT_EQ(panel->model()->functionNames().at(1), QStringLiteral("__vmalloc_area_node"));
    EXPECT_TRUE(panel->narration().contains(QStringLiteral("__vmalloc_node(size=4104")));
    // The seed quotes __vmalloc_node: its signature line is highlighted.
    EXPECT_TRUE(panel->sourceHeader().contains(QStringLiteral("as quoted")));
    EXPECT_GE(panel->highlightedLine(), 0);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("step %1").arg(reached)));

    // Step out of the nested call: back to one __vmalloc_node frame.
    window.session().stepOut();
    window.session().stepInto();
    EXPECT_EQ(count(), 1);
    // And back in.
    window.session().seek(reached);
    EXPECT_EQ(count(), 2);
}

TEST(Recursion, StepOverSkipsTheWholeNestedCall)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kRecursion));
    const auto index = session.runIndex();
    // Find the nested call and step over it from the step before.
    std::uint64_t nested = 0;
    for (std::uint64_t s = 4; s <= index->stepCount(); ++s) {
        if (index->kind(StepIndex{s}) == StepKind::Call &&
            index->function(StepIndex{s}) == Fn::__vmalloc_node) {
            nested = s;
            break;
        }
    }
    ASSERT_NE(nested, 0u);
    session.seek(nested - 1);
    session.stepOver();
    EXPECT_EQ(index->kind(StepIndex{session.position()}), StepKind::Return);
    EXPECT_EQ(index->function(StepIndex{session.position()}), Fn::__vmalloc_node);
    EXPECT_EQ(index->depth(StepIndex{session.position()}), index->depth(StepIndex{nested}));
}

} // namespace
