// SPDX-License-Identifier: GPL-2.0-only
// The step animation: what StepTransition finds between two snapshots one step apart (a table over
// the kinds of step the walkthroughs make), how StepAnimator plays it, and what the views draw
// while it is frozen halfway.
#include "TestSupport.h"

#include "MainWindow.h"
#include "animation/MappingArrowOverlay.h"
#include "animation/StepAnimator.h"
#include "animation/StepTransition.h"
#include "controller/Playback.h"
#include "models/KmemleakModel.h"
#include "models/PageTableModel.h"
#include "paging/PageTables.h"
#include "steps/StepFocus.h"
#include "views/EntryWriteDelegate.h"
#include "views/KmemleakPanel.h"
#include "views/PageTablePanel.h"
#include "views/PhysicalMemoryView.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>

#include <functional>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

/// `a` is dropped and found white by the scan; `c` is still held, so its objects turn gray.
const QString kScan =
    QStringLiteral("config ram=128M module=mymod\na = vmalloc 100\nc = vmalloc 300\nleak a\n"
                   "sleep 10s\nkmemleak scan\n");

/// The snapshot at every position of a run, so cases can look on both sides of a step.
struct Walk
{
    std::vector<SnapshotPtr> at;

    explicit Walk(SessionController& session)
    {
        for (std::uint64_t p = 0; p <= session.stepCount(); ++p) {
            session.seek(p);
            at.push_back(session.snapshot());
        }
    }
    /// The first step with this event (0 if none), from `from` on.
    std::uint64_t first(
        Ev event, std::uint64_t from = 1,
        const std::function<bool(const Step&)>& also = [](const Step&) { return true; }) const
    {
        for (std::uint64_t s = from; s < at.size(); ++s) {
            const auto& step = at[s]->step.step;
            if (step && step->event == event && also(*step))
                return s;
        }
        return 0;
    }
    std::optional<StepTransition> forward(std::uint64_t s) const
    {
        return StepTransition::between(*at[s - 1], *at[s]);
    }
};

/// The first step matching `kind` and `function` (returns and calls) or `event` (effects).
std::uint64_t firstStep(const Walk& walk, StepKind kind, Fn function)
{
    for (std::uint64_t s = 1; s < walk.at.size(); ++s) {
        const auto& step = walk.at[s]->step.step;
        if (step && step->kind == kind && step->function == function)
            return s;
    }
    return 0;
}

const FrameMotion* motionTo(const StepTransition& t, FrameClass after)
{
    for (const FrameMotion& m : t.frames) {
        if (m.after == after)
            return &m;
    }
    return nullptr;
}

TEST(StepTransition, FramesLeaveAndJoinTheirFreeLists)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    const Walk walk(session);

    struct Case
    {
        const char* what;
        std::uint64_t step;
        FrameClass before; ///< of the frame the step names
        FrameClass after;
        FreeList leaves;
        FreeList joins;
    };
    const std::uint64_t rmqueue = walk.first(Ev::Rmqueue);
    const std::uint64_t pcpRefill = walk.first(Ev::PcpBulkAdd);
    const std::uint64_t pcpTake = walk.first(Ev::PcpTake);
    const std::uint64_t pcpFree = walk.first(Ev::PcpAdd);
    const std::uint64_t expand = walk.first(Ev::Expand);
    const Case cases[] = {
        // A frame's colour changes the moment its owner does: off every list it is Taken.
        {"__rmqueue takes a block off free_area: no longer free", rmqueue, FrameClass::Free0,
         FrameClass::Taken, FreeList::Buddy, FreeList::None},
        {"expand puts the upper half on free_area", expand, FrameClass::Taken, FrameClass::Free0,
         FreeList::None, FreeList::Buddy},
        {"rmqueue_bulk's list_add puts it on the per-CPU list", pcpRefill, FrameClass::Taken,
         FrameClass::PerCpu, FreeList::None, FreeList::PerCpu},
        {"buffered_rmqueue takes it off the per-CPU list: no longer per-CPU", pcpTake, FrameClass::PerCpu,
         FrameClass::Taken, FreeList::PerCpu, FreeList::None},
        {"__free_page puts the vmalloc page back on the per-CPU list", pcpFree, FrameClass::VmallocData,
         FrameClass::PerCpu, FreeList::None, FreeList::PerCpu},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        ASSERT_NE(c.step, 0u);
        const auto t = walk.forward(c.step);
        ASSERT_TRUE(t);
        const auto frame =
            focusOf(*walk.at[c.step]->step.step).frame; // every one of these is about one frame
        ASSERT_TRUE(frame);
        const std::uint64_t pfn = frame->value();
        const FrameMotion* m = nullptr;
        for (const FrameMotion& f : t->frames)
            m = f.pfn == pfn ? &f : m;
        ASSERT_NE(m, nullptr) << "pfn " << pfn << " does not move at step " << c.step;
        // Free0 in the table stands for "free, any order".
        const auto same = [](FrameClass a, FrameClass b) {
            return a == b || (a <= FrameClass::Free10 && b <= FrameClass::Free10);
        };
        EXPECT_TRUE(same(m->before, c.before)) << frameClassName(m->before);
        EXPECT_TRUE(same(m->after, c.after)) << frameClassName(m->after);
        EXPECT_EQ(m->leaves, c.leaves);
        EXPECT_EQ(m->joins, c.joins);
        EXPECT_FALSE(t->backward);
        EXPECT_EQ(t->step, c.step);
        EXPECT_FALSE(t->arrow);
    }

    // Owner changes move no frame between lists: alloc_page's return and the PUD table page fade.
    for (const Fn fn : {Fn::alloc_page, Fn::alloc_pages}) {
        const auto t = walk.forward(firstStep(walk, StepKind::Return, fn));
        ASSERT_TRUE(t);
        const FrameMotion* owned =
            motionTo(*t, fn == Fn::alloc_page ? FrameClass::VmallocData : FrameClass::PudTable);
        ASSERT_NE(owned, nullptr);
        EXPECT_EQ(owned->before, FrameClass::Taken); // buffered_rmqueue's PcpTake already took it
        EXPECT_EQ(owned->leaves, FreeList::None);
        EXPECT_EQ(owned->joins, FreeList::None);
    }
}

TEST(StepTransition, EntryWritesAndTheMappingArrow)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    const Walk walk(session);
    const auto levelIs = [](unsigned level) {
        return [level](const Step& s) { return argWith<ArgRole::TableEntry>(s)->level == level; };
    };
    const std::uint64_t pgdWrite = walk.first(Ev::EntryWrite, 1, levelIs(LEVEL_PGD));
    const std::uint64_t pteWrite = walk.first(Ev::EntryWrite, 1, levelIs(LEVEL_PTE));
    const std::uint64_t pageStore = walk.first(Ev::PageStore);
    ASSERT_NE(pgdWrite * pteWrite * pageStore, 0u);

    // The area and its one page, read from the snapshot rather than from the steps.
    ASSERT_EQ(walk.at[pteWrite]->areas->areas.size(), 1u);
    const AreaInfo& area = walk.at[pteWrite]->areas->areas.front();
    ASSERT_EQ(area.pagePfns.size(), 1u);
    EXPECT_EQ(area.addr, 0xffffc90000000000ull);

    const auto pte = walk.forward(pteWrite);
    ASSERT_TRUE(pte);
    ASSERT_EQ(pte->entries.size(), 1u);
    EXPECT_EQ(pte->entries[0].level, unsigned{LEVEL_PTE});
    EXPECT_EQ(pte->entries[0].before, 0u);
    EXPECT_EQ(pte->entries[0].after, argWith<ArgRole::EntryValue>(*walk.at[pteWrite]->step.step));
    EXPECT_EQ(pte->entries[0].vaddr, area.addr);
    ASSERT_TRUE(pte->arrow);
    EXPECT_EQ(*pte->arrow,
              (MappingArrow{area.addr, area.pagePfns[0], MappingArrow::Direction::VirtualToFrame}));

    const auto pgd = walk.forward(pgdWrite);
    ASSERT_TRUE(pgd);
    ASSERT_EQ(pgd->entries.size(), 1u);
    EXPECT_EQ(pgd->entries[0].level, unsigned{LEVEL_PGD});
    EXPECT_EQ(pgd->entries[0].vaddr & 0xffffff8000000000ull, 0xffffc90000000000ull & 0xffffff8000000000ull);
    EXPECT_FALSE(pgd->arrow) << "only a PTE maps a page to a frame";

    const auto store = walk.forward(pageStore);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->arrow);
    EXPECT_EQ(*store->arrow,
              (MappingArrow{area.addr, area.pagePfns[0], MappingArrow::Direction::FrameToVirtual}));
}

TEST(StepTransition, BackwardJumpsAndOtherRuns)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    const Walk walk(session);
    const std::uint64_t s = walk.first(Ev::EntryWrite);
    ASSERT_GT(s, 1u);

    const auto forward = walk.forward(s);
    const auto back = StepTransition::between(*walk.at[s], *walk.at[s - 1]);
    ASSERT_TRUE(forward && back);
    EXPECT_TRUE(back->backward);
    EXPECT_EQ(back->step, s) << "stepping back shows the same step un-happening";
    EXPECT_EQ(back->entries, forward->entries);
    EXPECT_EQ(back->arrow, forward->arrow);

    EXPECT_FALSE(StepTransition::between(*walk.at[s - 1], *walk.at[s + 1])) << "a jump of two steps";
    EXPECT_FALSE(StepTransition::between(*walk.at[s], *walk.at[s])) << "no move";
    EXPECT_FALSE(StepTransition::between(*walk.at[0], *walk.at[walk.at.size() - 1])) << "a seek";

    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    session.seek(s);
    EXPECT_FALSE(StepTransition::between(*walk.at[s - 1], *session.snapshot()))
        << "a snapshot of another run";
}

TEST(StepTransition, KmemleakScanColoursObjects)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, kScan));
    const Walk walk(session);
    const std::uint64_t gray = walk.first(Ev::KmlRootRefGray);
    const std::uint64_t reported = walk.first(Ev::KmlReported);
    ASSERT_NE(gray * reported, 0u);

    const auto toGray = walk.forward(gray);
    ASSERT_TRUE(toGray);
    ASSERT_EQ(toGray->leaks.size(), 1u);
    EXPECT_EQ(toGray->leaks[0].before, LeakColour::White);
    EXPECT_EQ(toGray->leaks[0].after, LeakColour::Gray);

    const auto toReported = walk.forward(reported);
    ASSERT_TRUE(toReported);
    ASSERT_EQ(toReported->leaks.size(), 1u);
    EXPECT_EQ(toReported->leaks[0].pointer, focusOf(*walk.at[reported]->step.step).kmemleakObject->value());
    EXPECT_EQ(toReported->leaks[0].after, LeakColour::Reported);
}

TEST(StepAnimator, RunsOnlyForSingleStepsAndNotInFastPlay)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    const Walk walk(session);
    const std::uint64_t s = walk.first(Ev::EntryWrite);
    StepAnimator animator;
    QSignalSpy frames(&animator, &StepAnimator::frameChanged);

    struct Case
    {
        const char* what;
        int durationMs;
        std::optional<int> playbackIntervalMs;
        std::uint64_t from;
        std::uint64_t to;
        int expectedMs; ///< 0: no animation
    };
    const Case cases[] = {
        {"one step forward", 200, std::nullopt, s - 1, s, 200},
        {"one step back", 200, std::nullopt, s, s - 1, 200},
        {"longer than 300 ms is clamped", 5000, std::nullopt, s - 1, s, StepAnimator::kMaxDurationMs},
        {"off", 0, std::nullopt, s - 1, s, 0},
        {"a jump", 200, std::nullopt, s - 1, s + 1, 0},
        {"slow play: 2 steps/s", 200, 500, s - 1, s, 200},
        {"play at 5 steps/s shortens it", 300, 200, s - 1, s, 160},
        {"fast play: 20 steps/s", 200, 50, s - 1, s, 0},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        animator.setDurationMs(c.durationMs);
        animator.setPlaybackInterval(c.playbackIntervalMs);
        EXPECT_EQ(animator.effectiveDurationMs(),
                  c.from + 1 == c.to || c.to + 1 == c.from ? c.expectedMs : animator.effectiveDurationMs());
        frames.clear();
        animator.showStep(walk.at[c.from], walk.at[c.to]);
        EXPECT_EQ(animator.frame().active(), c.expectedMs > 0);
        if (c.expectedMs > 0) {
            ASSERT_FALSE(frames.isEmpty());
            const double start = animator.frame().progress;
            EXPECT_DOUBLE_EQ(start, c.to < c.from ? 1.0 : 0.0)
                << "starts from the state before the step is shown";
            // It ends by itself, well within a second, and the views are told it is over.
            QSignalSpy ended(&animator, &StepAnimator::frameChanged);
            for (int i = 0; i < 50 && animator.frame().active(); ++i)
                ended.wait(20);
            EXPECT_FALSE(animator.frame().active());
        }
        animator.finish();
    }
}

TEST(StepAnimator, FrozenProgressHoldsTheStep)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    const Walk walk(session);
    const std::uint64_t s = walk.first(Ev::EntryWrite);
    StepAnimator animator;
    animator.setFrozenProgress(0.4);
    animator.showStep(walk.at[s - 1], walk.at[s]);
    ASSERT_TRUE(animator.frame().active());
    EXPECT_DOUBLE_EQ(animator.frame().progress, 0.4);
    QSignalSpy frames(&animator, &StepAnimator::frameChanged);
    frames.wait(400);
    EXPECT_TRUE(animator.frame().active()) << "a frozen animation does not run out";
    animator.setFrozenProgress(std::nullopt);
    EXPECT_FALSE(animator.frame().active());
}

TEST(EntryWriteDelegate, DigitsTurnFromTheOldValueToTheNew)
{
    const std::uint64_t before = 0;
    const std::uint64_t after = 0x8000000007803163ull;
    const struct
    {
        double t;
        const char* text;
    } cases[] = {
        {0.0, "0x0000000000000000"},  {0.25, "0x8000000000000000"}, {0.5, "0x8000000000000000"},
        {0.75, "0x8000000007800000"}, {1.0, "0x8000000007803163"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(EntryWriteDelegate::morphedValue(before, after, c.t), QString::fromLatin1(c.text)) << c.t;
}

/// Pixels that differ between two images of the same size.
int differingPixels(const QImage& a, const QImage& b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    }
    return n;
}

TEST(StepAnimation, WindowDrawsTheMotionHalfway)
{
    MainWindow window(MainWindow::Options{false});
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed));
    const Walk walk(window.session());
    const std::uint64_t pte = walk.first(Ev::EntryWrite, 1, [](const Step& st) {
        return argWith<ArgRole::TableEntry>(st)->level == LEVEL_PTE;
    });
    const std::uint64_t take = walk.first(Ev::PcpTake);

    window.animator().setFrozenProgress(0.6);
    window.session().seek(pte - 1);
    window.session().seek(pte);
    // The arrow runs from the mapped page on the ribbon down to its frame, and is drawn.
    const auto ends = window.mappingArrow()->endpoints();
    ASSERT_TRUE(ends);
    EXPECT_LT(ends->first.center().y(), ends->second.center().y())
        << "from the ribbon (top) down to the frame";
    EXPECT_TRUE(window.mappingArrow()->isVisible());
    const QImage moving = window.grab().toImage();
    window.animator().setFrozenProgress(std::nullopt);
    EXPECT_FALSE(window.mappingArrow()->isVisible()) << "no arrow once the step has happened";
    const QImage still = window.grab().toImage();
    ASSERT_EQ(moving.size(), still.size());
    EXPECT_GT(differingPixels(moving, still), 500) << "the arrow and the entry being written";

    // A frame leaving the per-CPU list: the physical view paints a chip in flight.
    window.animator().setFrozenProgress(0.5);
    window.session().seek(take - 1);
    window.session().seek(take);
    ASSERT_TRUE(window.animator().frame().active());
    const QImage flying = window.physicalView()->viewport()->grab().toImage();
    window.animator().setFrozenProgress(std::nullopt);
    const QImage landed = window.physicalView()->viewport()->grab().toImage();
    EXPECT_GT(differingPixels(flying, landed), 50);
    // Export paints the state, never the motion.
    window.animator().setFrozenProgress(0.5);
    window.session().seek(take - 1);
    window.session().seek(take);
    QImage exported(window.physicalView()->renderSize(), QImage::Format_ARGB32);
    {
        QPainter p(&exported);
        window.physicalView()->render(p, exported.size());
    }
    window.animator().setFrozenProgress(std::nullopt);
    QImage exportedStill(exported.size(), QImage::Format_ARGB32);
    {
        QPainter p(&exportedStill);
        window.physicalView()->render(p, exportedStill.size());
    }
    EXPECT_EQ(differingPixels(exported, exportedStill), 0);
}

TEST(StepAnimation, KmemleakColourCellFades)
{
    MainWindow window(MainWindow::Options{false});
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), kScan));
    const Walk walk(window.session());
    const std::uint64_t gray = walk.first(Ev::KmlRootRefGray);
    ASSERT_NE(gray, 0u);
    KmemleakModel* model = window.kmemleakPanel()->model();
    const std::uint64_t pointer = walk.forward(gray)->leaks.at(0).pointer;
    const auto cellColour = [&]() -> QColor {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, 0), KmemleakModel::PointerRole).toULongLong() == pointer)
                return model->data(model->index(row, KmemleakModel::ColourColumn), Qt::BackgroundRole)
                    .value<QColor>();
        }
        return {};
    };
    const ViewPalette palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    window.animator().setFrozenProgress(0.5);
    window.session().seek(gray - 1);
    window.session().seek(gray);
    const QColor halfway = cellColour();
    window.animator().setFrozenProgress(std::nullopt);
    EXPECT_EQ(cellColour(), palette.leakColour(LeakColour::Gray));
    EXPECT_NE(halfway, palette.leakColour(LeakColour::Gray));
    EXPECT_NE(halfway, palette.leakColour(LeakColour::White));
    EXPECT_NEAR(halfway.lightnessF(),
                (palette.leakColour(LeakColour::Gray).lightnessF() +
                 palette.leakColour(LeakColour::White).lightnessF()) /
                    2,
                0.05);
}

TEST(KmemleakPanel, FollowsTheObjectEachScanStepIsAbout)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, kScan));
    const Walk walk(session);
    KmemleakModel model;
    struct Case
    {
        const char* what;
        Ev event;
        bool aboutAnObject; ///< the step has an argument with the KmemleakObject role
    };
    const Case cases[] = {
        {"an object is created", Ev::KmemleakCreate, true},
        {"a root points into an object", Ev::KmlRootRefGray, true},
        {"a gray object is scanned", Ev::KmlScanObject, true},
        {"a leak is reported", Ev::KmlReported, true},
        {"a PTE write is not kmemleak's", Ev::EntryWrite, false},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const std::uint64_t s = walk.first(c.event);
        ASSERT_NE(s, 0u);
        model.setSnapshot(walk.at[s]);
        const auto address = argWith<ArgRole::KmemleakObject>(*walk.at[s]->step.step);
        ASSERT_EQ(address.has_value(), c.aboutAnObject);
        if (!c.aboutAnObject) {
            EXPECT_EQ(model.touchedRow(), -1);
            continue;
        }
        ASSERT_GE(model.touchedRow(), 0);
        const KmemleakObject& o = walk.at[s]->kmemleak->objects[static_cast<std::size_t>(model.touchedRow())];
        EXPECT_GE(address->value(), o.pointer);
        EXPECT_LT(address->value(), o.pointer + o.size);
        EXPECT_TRUE(model.data(model.index(model.touchedRow(), 0), KmemleakModel::TouchedRole).toBool());
    }
}

} // namespace
