// SPDX-License-Identifier: GPL-2.0-only
// The four-level walk: what PageWalk reads from the tables (a table of addresses over the 513-page
// recursion), and the walk tab following the step's entry and the selection.
#include "TestSupport.h"

#include "MainWindow.h"
#include "base/Constants.h"
#include "controller/SelectionController.h"
#include "export/ExportablePanel.h"
#include "paging/PageTables.h"
#include "snapshot/PageWalk.h"
#include "views/PageTablePanel.h"
#include "views/PageWalkView.h"

#include <QImage>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

TEST(PageWalk, ReadsEachLevelAndStopsAtNone)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kRecursion));
    session.goToEnd();
    const TablesSnapshot& tables = *session.snapshot()->tables;
    const AreaInfo& big = session.snapshot()->areas->areas.front(); // 513 pages at VMALLOC_START
    ASSERT_EQ(big.pagePfns.size(), 513u);

    struct Case
    {
        const char* what;
        std::uint64_t vaddr;
        std::size_t levels;
        std::optional<std::uint64_t> frame;
    };
    const Case cases[] = {
        {"first page", big.addr, 4, big.pagePfns[0]},
        {"page 297, offset 0x10", big.addr + 297 * k::PAGE_SIZE + 0x10, 4, big.pagePfns[297]},
        {"page 512: the second PTE table", big.addr + 512 * k::PAGE_SIZE, 4, big.pagePfns[512]},
        {"the guard page: PTE none", big.addr + 513 * k::PAGE_SIZE, 4, std::nullopt},
        {"another PGD slot: none at the PGD", 0xffffc80000000000ull, 1, std::nullopt},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const PageWalk w = PageWalk::of(tables, c.vaddr, 5);
        ASSERT_EQ(w.levels.size(), c.levels);
        EXPECT_EQ(w.frame, c.frame);
        EXPECT_EQ(w.offset, c.vaddr & 0xfff);
        for (std::size_t i = 0; i < w.levels.size(); ++i) {
            const WalkLevel& l = w.levels[i];
            EXPECT_EQ(l.level, LEVEL_PGD - i);
            EXPECT_EQ(l.index, tableIndex(c.vaddr, l.level));
            EXPECT_LE(l.window.size(), 5u);
            const auto walked = std::find_if(l.window.begin(), l.window.end(),
                                             [&](const TableEntry& e) { return e.index == l.index; });
            ASSERT_NE(walked, l.window.end()) << "the walked entry is always in its window";
            EXPECT_EQ(walked->value, l.entry);
            EXPECT_TRUE(
                std::is_sorted(l.window.begin(), l.window.end(),
                               [](const TableEntry& a, const TableEntry& b) { return a.index < b.index; }));
            if (i + 1 < w.levels.size()) { // each level's entry points at the next level's table
                EXPECT_EQ((l.entry & k::PTE_PFN_MASK) >> k::PAGE_SHIFT, w.levels[i + 1].tablePfn);
            }
        }
    }
    // A window in the middle of a full PTE table is centred on the walked entry.
    const PageWalk mid = PageWalk::of(tables, big.addr + 297 * k::PAGE_SIZE, 5);
    const auto& pteWindow = mid.levels.back().window;
    ASSERT_EQ(pteWindow.size(), 5u);
    EXPECT_EQ(pteWindow[2].index, mid.levels.back().index);
}

TEST(PageWalk, TabFollowsTheWrittenEntry)
{
    MainWindow window(MainWindow::Options{false});
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed));
    SessionController& session = window.session();
    PageWalkView* walk = window.pageTablePanel()->walkView();
    window.pageTablePanel()->showWalk(true);

    std::uint64_t pte = 0;
    for (std::uint64_t s = 1; s <= session.stepCount() && !pte; ++s) {
        session.seek(s);
        if (QString::fromStdString(session.snapshot()->step.narration).startsWith(QStringLiteral("PTE[0] =")))
            pte = s;
    }
    ASSERT_NE(pte, 0u);
    EXPECT_EQ(walk->address(), k::VMALLOC_START);
    const auto w = walk->walk(walk->size());
    ASSERT_TRUE(w);
    EXPECT_EQ(w->levels.size(), 4u);
    EXPECT_EQ(w->frame, 0x7803u);

    // A step that writes nothing keeps the address.
    session.seek(pte + 1);
    EXPECT_EQ(walk->address(), k::VMALLOC_START);

    const QImage image = renderPanelImage(*walk);
    ASSERT_FALSE(image.isNull());
    int coloured = 0; // the four table chips and the frame box are filled with their level colours
    const QColor pgd = ViewPalette::make(Theme::Light, Scheme::Standard).frameColour(FrameClass::PgdTable);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            coloured += QColor(image.pixel(x, y)) == pgd;
    }
    EXPECT_GT(coloured, 200);
}

TEST(PageWalk, TabFollowsTheSelectionWhenTheStepWritesNothing)
{
    MainWindow window(MainWindow::Options{false});
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kRecursion));
    window.session().goToEnd();
    PageWalkView* walk = window.pageTablePanel()->walkView();
    const auto& areas = window.session().snapshot()->areas->areas;
    ASSERT_EQ(areas.size(), 2u);
    const AreaInfo& pageArray = areas[1];
    ASSERT_TRUE(window.selection().selectAddress(pageArray.vaStart + 100));
    EXPECT_EQ(walk->address(), pageArray.vaStart);
    const auto w = walk->walk(walk->renderSize());
    ASSERT_TRUE(w && w->frame);
    EXPECT_EQ(*w->frame, pageArray.pagePfns.front());
}

} // namespace
