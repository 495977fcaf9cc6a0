// SPDX-License-Identifier: GPL-2.0-only
// The physical view's magnifier: it follows the frames the steps work on while frames are too small
// to read, clicks in it select like clicks in the grid, and arrows and flying frames aim at it.
#include "TestSupport.h"

#include "MainWindow.h"
#include "controller/SelectionController.h"
#include "snapshot/LinkedSelection.h"
#include "views/PhysicalMemoryView.h"

#include <QSignalSpy>
#include <QTest>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

/// The first step whose sentence contains `text`, or 0.
std::uint64_t stepSaying(SessionController& session, const QString& text)
{
    for (std::uint64_t s = 1; s <= session.stepCount(); ++s) {
        session.seek(s);
        if (QString::fromStdString(session.snapshot()->step.narration).contains(text))
            return s;
    }
    return 0;
}

TEST(PhysicalLens, FollowsTheStepsFramesAtWholeMachineZoom)
{
    MainWindow window(MainWindow::Options{false});
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed));
    PhysicalMemoryView* view = window.physicalView();
    view->zoomToFit();
    SessionController& session = window.session();

    struct Case
    {
        const char* sentence;
        std::uint64_t focus;
    };
    // The seed's frames, as its trace names them.
    const Case cases[] = {
        {"take pfn 0x7800 from the head", 0x7800},
        {"alloc_page returns page of pfn 0x7803", 0x7803},
        {"take zeroed pfn 0x7804 as the new PUD table", 0x7804},
        {"PTE[0] = 0x8000000007803163", 0x7803}, // the frame the PTE maps
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.sentence);
        const std::uint64_t s = stepSaying(session, QString::fromLatin1(c.sentence));
        ASSERT_NE(s, 0u);
        session.seek(s - 1);
        session.seek(s);
        EXPECT_EQ(view->focusFrame(), c.focus);
        const auto lens = view->lens();
        ASSERT_TRUE(lens) << "a frame is a pixel at whole-machine zoom: the lens is shown";
        const auto cell = view->frameRectInViewport(c.focus);
        ASSERT_TRUE(cell);
        EXPECT_EQ(*cell, *lens->frameRect(c.focus)) << "arrows and flying frames aim at the magnified cell";
        EXPECT_GE(cell->width(), 20);
    }

    // A step about no frame keeps the lens where it was.
    const std::uint64_t vmlist = stepSaying(session, QStringLiteral("link the vm_struct into vmlist"));
    ASSERT_NE(vmlist, 0u);
    session.seek(vmlist - 1);
    const auto before = view->focusFrame();
    session.seek(vmlist);
    EXPECT_EQ(view->focusFrame(), before);

    // Readable cells need no lens; neither does a user who turned it off.
    view->setZoomIndex(static_cast<int>(FrameGrid::zoomLevels().size()) - 1);
    EXPECT_FALSE(view->lens());
    view->zoomToFit();
    EXPECT_TRUE(view->lens());
    view->setLensEnabled(false);
    EXPECT_FALSE(view->lens());
    view->setLensEnabled(true);
}

TEST(PhysicalLens, ClickOnAMagnifiedVmallocPageSelectsItsArea)
{
    MainWindow window(MainWindow::Options{false});
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed));
    SessionController& session = window.session();
    const std::uint64_t s = stepSaying(session, QStringLiteral("PTE[0] = 0x8000000007803163"));
    ASSERT_NE(s, 0u);
    session.seek(s);
    PhysicalMemoryView* view = window.physicalView();
    view->zoomToFit();
    const auto lens = view->lens();
    ASSERT_TRUE(lens);
    QSignalSpy clicked(view, &PhysicalMemoryView::areaClicked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, lens->frameRect(0x7803)->center());
    ASSERT_EQ(clicked.size(), 1);
    ASSERT_TRUE(window.selection().selectedArea());
    const auto& area = session.snapshot()->areas->areas.front();
    EXPECT_EQ(*window.selection().selectedArea(), area.id);
    // The caption is not a frame.
    clicked.clear();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, lens->rect().topLeft() + QPoint(4, 4));
    EXPECT_TRUE(clicked.isEmpty());
}

TEST(PhysicalLens, ZoomedInTheViewFollowsTheStepsFrame)
{
    MainWindow window(MainWindow::Options{false});
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed));
    SessionController& session = window.session();
    PhysicalMemoryView* view = window.physicalView();
    view->setZoomIndex(static_cast<int>(FrameGrid::zoomLevels().size()) - 1); // PFN labels, no lens
    session.seek(0);
    ASSERT_FALSE(view->frameRectInViewport(0x7803)) << "pfn 0x7803 starts far below the top of memory";
    const std::uint64_t s = stepSaying(session, QStringLiteral("alloc_page returns page of pfn 0x7803"));
    ASSERT_NE(s, 0u);
    session.seek(s - 1);
    session.seek(s);
    EXPECT_FALSE(view->lens());
    EXPECT_TRUE(view->frameRectInViewport(0x7803)) << "scrolled to the frame the step works on";
}

} // namespace
