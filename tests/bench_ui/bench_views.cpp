// SPDX-License-Identifier: GPL-2.0-only
// GUI paint cost (docs/performance.md, section "GUI"): each view painted into a QImage through its
// own paint routine (ExportablePanel::render, the one PNG export uses) at 1200 x 800, offscreen.
//
//  G1. PhysicalMemoryView, 16 GiB model (4 M frames) at whole-machine zoom, full repaint from
//      scratch (what a resize, zoom, scroll or theme change costs).
//  G2. The same view after a step that changes ~512 frames: setSnapshot() (diff of the changed
//      chunks + patching the cached image) and the paint event that blits the cache.
//  G3. VmallocRibbonView with 100 000 live areas at fit zoom, full repaint.
//  G4. The same ribbon when a step changed the areas: setSnapshot() with a new areas part (same
//      content, new pointer, as SnapshotBuilder gives after any vmalloc/vfree step), which refits
//      the zoom and rebuilds the layout, then the repaint.
//  G5. One frame of a step animation on the 16 GiB physical view (a frame flying from the
//      per-CPU list to its cell): the paint event blits the cached image and draws the motion
//      over it. An animation repaints this ~12 times in 200 ms.
//
// Goal: at most 16 ms per repaint (one frame at 60 Hz). As in tests/bench, every figure is also
// reported as a ratio to a baseline measured in the same iteration: allocating and filling a
// QImage of the same size, the least any repaint from scratch can do.
#include "BenchCommon.h"

#include "animation/StepTransition.h"
#include "snapshot/SnapshotBuilder.h"
#include "steps/RunIndex.h"
#include "views/PhysicalMemoryView.h"
#include "views/VmallocRibbonView.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

namespace {

using namespace vmviz;
using namespace vmviz::bench;
using namespace vmviz::ui;

const QSize kViewSize(1200, 800);

/// One iteration's timings, interleaved: the fill baseline and the view, order alternating.
struct Samples
{
    std::vector<double> fillMs;
    std::vector<double> viewMs;

    void report(benchmark::State& state) const
    {
        const double fill = median(fillMs);
        const double view = median(viewMs);
        state.counters["view_ms"] = view;
        state.counters["fill_ms"] = fill;
        state.counters["view_per_fill"] = fill > 0 ? view / fill : 0;
        state.counters["goal_ms"] = 16;
    }
};

double fillBaselineMs(QSize size)
{
    const std::uint64_t t0 = nowNs();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xfa, 0xfa, 0xfa));
    benchmark::DoNotOptimize(image.constBits());
    return static_cast<double>(nowNs() - t0) * 1e-6;
}

/// Paints `panel` into a fresh image, as exportPanelPng does; returns ms.
double renderMs(const ExportablePanel& panel, QSize size)
{
    const std::uint64_t t0 = nowNs();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    panel.render(painter, size);
    painter.end();
    benchmark::DoNotOptimize(image.constBits());
    return static_cast<double>(nowNs() - t0) * 1e-6;
}

template <class View> void showAt(View& view)
{
    view.setFrameShape(QFrame::NoFrame);
    view.resize(kViewSize);
    view.show();
    QApplication::processEvents();
}

// ---- G1, G2: the physical-memory view --------------------------------------------------------

struct PhysFixture
{
    std::unique_ptr<Machine> machine;
    SnapshotPtr before; ///< booted machine
    SnapshotPtr after;  ///< after vmalloc(2 MiB): 512 data pages plus their page array and tables
    /// Either side of the last alloc_page's return: one frame leaves the per-CPU list (G5).
    SnapshotPtr beforeTake;
    SnapshotPtr afterTake;
    std::uint64_t frames = 0;
};

PhysFixture& physFixture()
{
    static PhysFixture f = [] {
        PhysFixture out;
        out.machine = bootMachine(smoke() ? (256ull << 20) : (16ull << 30));
        Machine& m = *out.machine;
        m.startRecording();
        m.vmalloc.allocate(VmallocApi::Vmalloc, 512 * k::PAGE_SIZE, 0, 0);
        m.finishRecording();
        const RunIndex index(m.trace);
        const SnapshotBuilder builder(m);
        m.seek(StepIndex{0});
        out.before = builder.build(m, index, nullptr, 1);
        m.seek(StepIndex{m.stepCount()});
        out.after = builder.build(m, index, out.before.get(), 1);
        out.frames = out.before->phys->frameCount;
        std::uint64_t take = 0;
        for (std::uint64_t s = 1; s <= m.stepCount(); ++s) {
            if (index.kind(StepIndex{s}) == StepKind::Return &&
                index.function(StepIndex{s}) == Fn::alloc_page)
                take = s;
        }
        m.seek(StepIndex{take - 1});
        out.beforeTake = builder.build(m, index, nullptr, 1);
        m.seek(StepIndex{take});
        out.afterTake = builder.build(m, index, out.beforeTake.get(), 1);
        return out;
    }();
    return f;
}

/// Times full repaints of `view` against the fill baseline, alternating which goes first so that
/// neither always runs on a warm cache; reports both as the benchmark's figures.
void measureFullRepaints(benchmark::State& state, const ExportablePanel& view, QSize size)
{
    Samples s;
    bool viewFirst = false;
    for (auto _ : state) {
        double fill = 0;
        double paint = 0;
        if (viewFirst) {
            paint = renderMs(view, size);
            fill = fillBaselineMs(size);
        } else {
            fill = fillBaselineMs(size);
            paint = renderMs(view, size);
        }
        viewFirst = !viewFirst;
        s.fillMs.push_back(fill);
        s.viewMs.push_back(paint);
        state.SetIterationTime(paint * 1e-3);
    }
    s.report(state);
}

void BM_Gui_PhysView_FullRepaint(benchmark::State& state)
{
    PhysFixture& f = physFixture();
    PhysicalMemoryView view;
    showAt(view);
    view.setSnapshot(f.before);
    view.zoomToFit();
    const QSize size = view.renderSize();
    measureFullRepaints(state, view, size);
    const FrameGrid g = view.grid();
    state.counters["frames"] = static_cast<double>(f.frames);
    state.counters["frames_per_cell"] = static_cast<double>(g.zoom().framesPerCell);
    state.counters["cell_px"] = g.zoom().cellPx;
    state.counters["width"] = size.width();
    state.counters["height"] = size.height();
}
BENCHMARK(BM_Gui_PhysView_FullRepaint)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_Gui_PhysView_StepRepaint(benchmark::State& state)
{
    PhysFixture& f = physFixture();
    PhysicalMemoryView view;
    showAt(view);
    view.setSnapshot(f.before);
    view.zoomToFit();
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&target); // builds the cache
    const int fullBefore = view.fullRenders();
    Samples s;
    bool forward = true;
    bool viewFirst = false;
    std::uint64_t changed = 0;
    for (auto _ : state) {
        auto step = [&] {
            const std::uint64_t t0 = nowNs();
            view.setSnapshot(forward ? f.after : f.before);
            view.viewport()->render(&target);
            return static_cast<double>(nowNs() - t0) * 1e-6;
        };
        double fill = 0;
        double paint = 0;
        if (viewFirst) {
            paint = step();
            fill = fillBaselineMs(target.size());
        } else {
            fill = fillBaselineMs(target.size());
            paint = step();
        }
        changed = std::max<std::uint64_t>(changed, view.changedFrames().size());
        forward = !forward;
        viewFirst = !viewFirst;
        s.fillMs.push_back(fill);
        s.viewMs.push_back(paint);
        state.SetIterationTime(paint * 1e-3);
    }
    s.report(state);
    state.counters["changed_frames"] = static_cast<double>(changed);
    // 0 when every step went through the incremental path (no full re-render of the cache).
    state.counters["full_renders"] = view.fullRenders() - fullBefore;
    state.counters["frames"] = static_cast<double>(f.frames);
}
BENCHMARK(BM_Gui_PhysView_StepRepaint)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_Gui_PhysView_AnimationFrame(benchmark::State& state)
{
    PhysFixture& f = physFixture();
    const auto transition = StepTransition::between(*f.beforeTake, *f.afterTake);
    if (!transition || transition->frames.empty()) {
        state.SkipWithError("the fixture's alloc_page step moves no frame");
        return;
    }
    PhysicalMemoryView view;
    showAt(view);
    view.setSnapshot(f.afterTake);
    view.zoomToFit();
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&target); // builds the cache
    AnimationFrame frame;
    frame.transition = std::make_shared<const StepTransition>(*transition);
    Samples s;
    double progress = 0;
    for (auto _ : state) {
        const double fill = fillBaselineMs(target.size());
        const std::uint64_t t0 = nowNs();
        frame.progress = progress;
        view.setAnimationFrame(frame);
        view.viewport()->render(&target);
        const double paint = static_cast<double>(nowNs() - t0) * 1e-6;
        progress = progress >= 1 ? 0 : progress + 0.1;
        s.fillMs.push_back(fill);
        s.viewMs.push_back(paint);
        state.SetIterationTime(paint * 1e-3);
    }
    s.report(state);
    state.counters["moving_frames"] = static_cast<double>(transition->frames.size());
    state.counters["frames"] = static_cast<double>(f.frames);
}
BENCHMARK(BM_Gui_PhysView_AnimationFrame)->UseManualTime()->Unit(benchmark::kMillisecond);

// ---- G3: the vmalloc ribbon ------------------------------------------------------------------

struct RibbonFixture
{
    std::unique_ptr<Machine> machine;
    SnapshotPtr snapshot;
    std::size_t areas = 0;
    double setupMs = 0;
};

RibbonFixture& ribbonFixture()
{
    static RibbonFixture f = [] {
        RibbonFixture out;
        const std::uint64_t t0 = nowNs();
        const std::size_t target = smoke() ? 1000 : 100000;
        // Recording off: the engine API straight, as bench_vmalloc_scale.cpp populates its machines.
        out.machine = bootMachine(smoke() ? (128ull << 20) : (4ull << 30));
        Machine& m = *out.machine;
        XorShift rng{0x5eedull};
        for (std::size_t i = 0; i < target; ++i) {
            const std::uint64_t size = (1 + rng.below(4)) * k::PAGE_SIZE;
            if (!m.vmalloc.allocate(VmallocApi::Vmalloc, size, 0, 0))
                break;
        }
        auto snap = std::make_shared<MachineSnapshot>();
        snap->generation = 1;
        snap->phys = buildPhys(m);
        snap->areas = buildAreas(m);
        snap->tables = buildTables(m);
        snap->kmemleak = buildKmemleak(m);
        out.areas = snap->areas->areas.size();
        out.snapshot = snap;
        out.setupMs = static_cast<double>(nowNs() - t0) * 1e-6;
        return out;
    }();
    return f;
}

void BM_Gui_Ribbon_FullRepaint(benchmark::State& state)
{
    RibbonFixture& f = ribbonFixture();
    VmallocRibbonView view;
    showAt(view);
    view.setSnapshot(f.snapshot);
    view.zoomToFit();
    const QSize size = view.renderSize();
    measureFullRepaints(state, view, size);
    state.counters["areas"] = static_cast<double>(f.areas);
    state.counters["segments"] = static_cast<double>(view.layout().segments().size());
    state.counters["setup_ms"] = f.setupMs;
    state.counters["width"] = size.width();
    state.counters["height"] = size.height();
}
BENCHMARK(BM_Gui_Ribbon_FullRepaint)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_Gui_Ribbon_AreasChanged(benchmark::State& state)
{
    RibbonFixture& f = ribbonFixture();
    // Two snapshots whose areas parts are equal but distinct objects.
    auto other = std::make_shared<MachineSnapshot>(*f.snapshot);
    other->areas = std::make_shared<AreasSnapshot>(*f.snapshot->areas);
    const SnapshotPtr snapshots[2] = {f.snapshot, other};
    VmallocRibbonView view;
    showAt(view);
    view.setSnapshot(f.snapshot);
    view.zoomToFit();
    const QSize size = view.renderSize();
    Samples s;
    std::size_t which = 1;
    for (auto _ : state) {
        const double fill = fillBaselineMs(size);
        const std::uint64_t t0 = nowNs();
        view.setSnapshot(snapshots[which]);
        const double paint = static_cast<double>(nowNs() - t0) * 1e-6 + renderMs(view, size);
        which ^= 1;
        s.fillMs.push_back(fill);
        s.viewMs.push_back(paint);
        state.SetIterationTime(paint * 1e-3);
    }
    s.report(state);
    state.counters["areas"] = static_cast<double>(f.areas);
}
BENCHMARK(BM_Gui_Ribbon_AreasChanged)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
