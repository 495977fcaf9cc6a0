// SPDX-License-Identifier: GPL-2.0-only
// Selecting an area reaches its frames, page array, PTEs and kmemleak objects, in the snapshot
// and in every view that shows them.
#include "TestSupport.h"

#include "MainWindow.h"
#include "controller/SelectionController.h"
#include "models/KmemleakModel.h"
#include "models/PageTableModel.h"
#include "paging/PageTables.h"
#include "snapshot/LinkedSelection.h"
#include "views/AddressInspector.h"
#include "views/KmemleakPanel.h"
#include "views/PageTablePanel.h"
#include "views/PhysicalMemoryView.h"
#include "views/VmallocRibbonView.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

TEST(LinkedSelection, AreaReachesFramesPtesArrayAndKmemleak)
{
    MainWindow window(MainWindow::Options{false});
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kRecursion, SessionController::kEnd));
    const SnapshotPtr snapshot = window.session().snapshot();
    const AreaInfo* area = snapshot->areas->containing(k::VMALLOC_START);
    ASSERT_NE(area, nullptr);
    ASSERT_EQ(area->nrPages, 513u);

    // Clicking the area on the ribbon selects it.
    QSignalSpy changed(&window.selection(), &SelectionController::selectionChanged);
    Q_EMIT window.ribbonView()->areaClicked(area->id);
    ASSERT_EQ(changed.count(), 1);
    const auto linked = window.selection().linked();
    ASSERT_TRUE(linked);

    // Frames: the 513 data pages; the page array lives in the nested area's 2 pages.
    EXPECT_EQ(linked->dataPfns.size(), 513u);
    for (const std::uint64_t pfn : area->pagePfns) {
        EXPECT_TRUE(linked->containsPfn(pfn));
        EXPECT_EQ(snapshot->phys->frame(pfn).owner, FrameOwner::VmallocData);
    }
    ASSERT_TRUE(area->pagesArea);
    EXPECT_EQ(linked->arrayPfns.size(), 2u);
    for (const std::uint64_t pfn : linked->arrayPfns)
        EXPECT_EQ(snapshot->phys->frame(pfn).owner, FrameOwner::VmallocPageArray);

    // PTEs: one per page, each mapping the page's frame.
    ASSERT_EQ(linked->ptes.size(), 513u);
    for (std::uint32_t i = 0; i < area->nrPages; ++i) {
        const auto walk = walkEntries(*snapshot->tables, area->vaStart + i * k::PAGE_SIZE);
        ASSERT_EQ(walk.size(), 4u);
        EXPECT_TRUE(linked->containsEntry(walk[3]));
        const std::uint64_t pte = snapshot->tables->byPfn(walk[3].tablePfn)->entry(walk[3].index);
        EXPECT_EQ((pte & k::PTE_PFN_MASK) >> k::PAGE_SHIFT, area->pagePfns[i]);
    }
    // The guard page is not mapped, so it is not linked.
    const auto guard = walkEntries(*snapshot->tables, area->vaEnd - k::PAGE_SIZE);
    EXPECT_TRUE(guard.size() < 4 || !linked->containsEntry(guard.back()));

    // kmemleak: the vmalloc object itself (min_count 3) and the vm_struct / vmap_area objects.
    EXPECT_TRUE(
        std::binary_search(linked->kmemleakPointers.begin(), linked->kmemleakPointers.end(), area->addr));
    EXPECT_TRUE(
        std::binary_search(linked->kmemleakPointers.begin(), linked->kmemleakPointers.end(), area->vmObject));

    // The views: the page-table model marks the PTEs, the kmemleak model the objects.
    PageTableModel* tables = window.pageTablePanel()->model();
    const QModelIndex firstPte = tables->indexOf(linked->ptes.front());
    ASSERT_TRUE(firstPte.isValid());
    EXPECT_TRUE(tables->data(firstPte, PageTableModel::SelectedRole).toBool());
    KmemleakModel* leaks = window.kmemleakPanel()->model();
    int selectedObjects = 0;
    for (int row = 0; row < leaks->rowCount(); ++row)
        selectedObjects += leaks->data(leaks->index(row, 0), KmemleakModel::SelectedRole).toBool();
    EXPECT_EQ(selectedObjects, static_cast<int>(linked->kmemleakPointers.size()));

    // Clicking a data frame in the physical view selects the same area (here: toggles it off).
    Q_EMIT window.physicalView()->areaClicked(area->id);
    EXPECT_FALSE(window.selection().selectedArea());
}

TEST(LinkedSelection, FollowsTheCursorAndEmptiesWhenTheAreaIsGone)
{
    SessionController session;
    SelectionController selection(session);
    ASSERT_TRUE(test::runAndWait(session, test::kSeed, SessionController::kEnd));
    // After vfree the area is lazily freed: still in the busy tree, its PTEs still present.
    ASSERT_TRUE(selection.selectAddress(k::VMALLOC_START));
    const auto lazy = selection.linked();
    ASSERT_TRUE(lazy);
    EXPECT_EQ(lazy->area, *selection.selectedArea());
    // At position 0 the area does not exist yet: the selection resolves to nothing.
    session.seek(0);
    EXPECT_FALSE(selection.linked()->valid);
    EXPECT_TRUE(selection.linked()->dataPfns.empty());
}

} // namespace

namespace {

// Picking a page-table entry or a frame finds its owner (issue: "selecting a frame or an entry
// finds its owner"): the address panel explains it, and an entry of a vmalloc area selects it.
TEST(LinkedSelectionOwner, EntryAndFrameClicksFindTheirOwner)
{
    vmviz::ui::MainWindow window(vmviz::ui::MainWindow::Options{false});
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(vmviz::ui::test::runAndWait(window.session(), vmviz::ui::test::kSeed));
    auto& session = window.session();
    std::uint64_t pteWrite = 0;
    for (std::uint64_t s = 1; s <= session.stepCount() && !pteWrite; ++s) {
        session.seek(s);
        if (QString::fromStdString(session.snapshot()->step.narration).startsWith(QStringLiteral("PTE[0] =")))
            pteWrite = s;
    }
    ASSERT_NE(pteWrite, 0u);

    auto* tables = window.pageTablePanel();
    const auto& written = session.snapshot()->step.written.front();
    const QModelIndex row = tables->model()->indexOf(written);
    ASSERT_TRUE(row.isValid());
    tables->view()->scrollTo(row);
    const QRect rect = tables->view()->visualRect(row);
    QTest::mouseClick(tables->view()->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_TRUE(window.selection().selectedArea()) << "a PTE of the area selects the area";
    EXPECT_EQ(*window.selection().selectedArea(), session.snapshot()->areas->areas.front().id);
    EXPECT_TRUE(window.addressInspector()->result().contains(QStringLiteral("ffffc90000000000")));

    // A page-table frame, clicked in the magnifier: the address panel names what it is.
    auto* phys = window.physicalView();
    phys->zoomToFit();
    const auto lens = phys->lens();
    ASSERT_TRUE(lens);
    const std::uint64_t pteTable = written.tablePfn;
    ASSERT_TRUE(lens->frameRect(pteTable)) << "the PTE table page sits next to the mapped page";
    QTest::mouseClick(phys->viewport(), Qt::LeftButton, {}, lens->frameRect(pteTable)->center());
    EXPECT_TRUE(window.addressInspector()->result().contains(QStringLiteral("page-table page")))
        << window.addressInspector()->result().toStdString();
}

} // namespace
