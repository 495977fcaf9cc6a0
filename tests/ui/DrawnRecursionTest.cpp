// SPDX-License-Identifier: GPL-2.0-only
// The recursion and the refused vfree drawn on the ribbon, and kmemleak's scan drawn as a graph:
// the page-array area is linked to its data area by the core's own vm_struct fields, the strip
// counts the stored entries as area->pages[i] = page runs, a bad vfree's address is marked red,
// and every edge of the scan graph joins two drawn nodes.
#include "TestSupport.h"

#include "steps/StepFocus.h"
#include "views/KmemleakGraphView.h"
#include "views/VmallocRibbonView.h"

#include <QImage>
#include <QPainter>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

std::uint64_t storedEntries(const AreaInfo& a)
{
    return static_cast<std::uint64_t>(
        std::count_if(a.pagePfns.begin(), a.pagePfns.end(), [](std::uint64_t p) { return p != 0; }));
}

QImage renderOf(const ExportablePanel& panel, QSize size)
{
    QImage image(size, QImage::Format_ARGB32);
    QPainter painter(&image);
    panel.render(painter, size);
    return image;
}

TEST(RibbonRecursion, TheStripFillsAsAreaPagesIsStored)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kRecursion));
    // Every area->pages[i] = page of the outer (513-page) area, in order.
    std::uint64_t stores = 0;
    std::uint64_t at507 = 0;
    for (std::uint64_t p = 1; p <= session.stepCount(); ++p) {
        session.seek(p);
        const SnapshotPtr s = session.snapshot();
        const Step& step = *s->step.step;
        if (step.kind != StepKind::Effect || step.event != Ev::PageStore)
            continue;
        const AreaInfo* outer = nullptr;
        for (const AreaInfo& a : s->areas->areas)
            if (a.pagesArea)
                outer = &a;
        if (!outer)
            continue; // the nested call filling the array's own two pages
        const std::uint64_t i = *focusOf(step).pageIndex;
        EXPECT_EQ(storedEntries(*outer), i + 1) << "step " << p;
        ++stores;
        if (i == 507)
            at507 = p;
    }
    EXPECT_EQ(stores, 513u);
    ASSERT_NE(at507, 0u);

    session.seek(at507);
    const SnapshotPtr s = session.snapshot();
    const AreaInfo* outer = nullptr;
    for (const AreaInfo& a : s->areas->areas)
        if (a.pagesArea)
            outer = &a;
    ASSERT_NE(outer, nullptr);
    EXPECT_EQ(outer->nrPages, 513u);
    EXPECT_EQ(storedEntries(*outer), 508u);
    // The link comes from the core: vm_struct->pages lies inside the page-array area, which says
    // whose array it holds.
    const AreaInfo* array = s->areas->find(*outer->pagesArea);
    ASSERT_NE(array, nullptr);
    EXPECT_EQ(array->arrayOf, outer->id);
    EXPECT_GE(outer->pagesAddr, array->addr);
    EXPECT_LT(outer->pagesAddr, array->addr + array->size);

    // Drawn: the ribbon grows rows for the strip, and the stored part of the strip is page-array purple.
    VmallocRibbonView ribbon;
    ribbon.resize(1200, 400);
    ribbon.setSnapshot(s);
    const QImage image = renderOf(ribbon, QSize(1200, 400));
    const QColor purple =
        ViewPalette::make(Theme::Light, Scheme::Standard).frameColour(FrameClass::PageArray);
    int purpleRows = 0;
    const int x = 40; // under the first pages of the data area, whose entries are stored
    for (int y = ribbon.sizeHint().height() / 2; y < image.height(); ++y)
        purpleRows += image.pixelColor(x, y) == purple;
    EXPECT_GT(purpleRows, 4) << "no strip under the data area";
    session.seek(0);
    VmallocRibbonView empty;
    empty.setSnapshot(session.snapshot());
    EXPECT_GT(ribbon.sizeHint().height(), empty.sizeHint().height());
}

TEST(RibbonRecursion, ABadVfreeIsMarkedRedAtItsAddress)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(
        session, QStringLiteral("config ram=128M\na = vmalloc 100\nvfree 0xffffc90000000010\n")));
    std::uint64_t warn = 0;
    for (std::uint64_t p = 1; p <= session.stepCount() && !warn; ++p) {
        session.seek(p);
        if (session.snapshot()->step.badFreeAddress)
            warn = p;
    }
    ASSERT_NE(warn, 0u);
    const SnapshotPtr s = session.snapshot();
    EXPECT_EQ(s->step.step->event, Ev::Warn);
    EXPECT_EQ(*s->step.badFreeAddress, 0xffffc90000000010u);
    session.seek(warn - 1);
    EXPECT_FALSE(session.snapshot()->step.badFreeAddress);

    VmallocRibbonView ribbon;
    ribbon.resize(1000, 200);
    ribbon.setSnapshot(s);
    const QImage image = renderOf(ribbon, QSize(1000, 200));
    const QColor red = ViewPalette::make(Theme::Light, Scheme::Standard).warn;
    int reds = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            reds += image.pixelColor(x, y) == red;
    EXPECT_GT(reds, 200) << "the marker and its label";
}

TEST(KmemleakGraph, EveryEdgeJoinsTwoDrawnNodes)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(
        session, QStringLiteral("config ram=128M module=mymod\na = vmalloc 100\nc = vmalloc 300\nleak a\n"
                                "sleep 10s\nkmemleak scan\n")));
    session.seek(session.stepCount());
    const SnapshotPtr s = session.snapshot();
    ASSERT_TRUE(s->scanGraph);
    const KmemleakScanGraph& g = *s->scanGraph;
    ASSERT_FALSE(g.running());
    ASSERT_FALSE(g.edges.empty());
    const KmemleakGraphLayout layout = layoutKmemleakGraph(*s->kmemleak, g, QSizeF(900, 600), 1);
    EXPECT_EQ(layout.roots.size(), g.roots.size());
    EXPECT_EQ(layout.objects.size(), s->kmemleak->objects.size());
    for (const ScanEdge& e : g.edges) {
        EXPECT_TRUE(e.fromRoot ? layout.rootNode(e.root) != nullptr : layout.objectNode(e.from) != nullptr);
        EXPECT_NE(layout.objectNode(e.to), nullptr);
    }
    for (const auto& n : layout.objects)
        EXPECT_LT(n.rect.bottom(), layout.note.top()) << "a node over the explanation";
    // The leaked area: white, reported, and no root points to it.
    const std::uint64_t a = 0xffffc90000000000;
    EXPECT_TRUE(std::none_of(g.edges.begin(), g.edges.end(),
                             [a](const ScanEdge& e) { return e.fromRoot && e.to == a; }));
    const QString why =
        KmemleakGraphView::explanation(*s->kmemleak, g, s->step.position).join(QLatin1Char(' '));
    EXPECT_TRUE(why.contains(QStringLiteral("0xffffc90000000000 is white"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("5 s")));

    KmemleakGraphView view;
    view.resize(900, 600);
    view.setSnapshot(s);
    const QImage image = renderOf(view, QSize(900, 600));
    EXPECT_FALSE(image.isNull());
}

} // namespace
