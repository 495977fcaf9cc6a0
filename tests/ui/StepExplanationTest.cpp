// SPDX-License-Identifier: GPL-2.0-only
// The step text a class reads: no step of the three shipped examples shows vmviz's model C++ in
// the default source view (the walkthrough's code or a source card instead, the model one click
// away), a failed alloc_page is narrated as NULL and marked as a failure, the plain line and the
// glossary's hover definitions are there, and the Help windows read real data.
#include "TestSupport.h"

#include "MainWindow.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioRunner.h"
#include "snapshot/SnapshotBuilder.h"
#include "steps/RunIndex.h"
#include "teach/Glossary.h"
#include "views/CallStackPanel.h"
#include "views/GlossaryWindow.h"
#include "views/ShortcutSheet.h"
#include "views/TourDialog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <set>
#include <tuple>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

struct RecordedRun
{
    std::unique_ptr<Machine> machine;
    std::unique_ptr<RunIndex> index;
};

RecordedRun runNamed(std::string_view name)
{
    const scenario::CatalogueEntry* entry = scenario::findInCatalogue(name);
    EXPECT_TRUE(entry) << name;
    if (!entry)
        return {};
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off;
    auto result = scenario::runScenarioText(entry->text, entry->fileName(), options);
    EXPECT_TRUE(result.machine) << result.error;
    RecordedRun run{std::move(result.machine), nullptr};
    if (run.machine)
        run.index = std::make_unique<RunIndex>(run.machine->trace);
    return run;
}

/// A snapshot holding only the step text, as the panel reads it.
SnapshotPtr stepSnapshot(Machine& machine, const RunIndex& index, std::uint64_t position)
{
    machine.seek(StepIndex{position});
    auto snapshot = std::make_shared<MachineSnapshot>();
    snapshot->generation = 1;
    snapshot->step = buildStepState(machine, index);
    return snapshot;
}

TEST(StepExplanation, NoStepOfTheShippedExamplesShowsModelCodeByDefault)
{
    CallStackPanel panel;
    panel.resize(900, 700);
    for (const char* name : {"seed-walkthrough", "recursion-513-pages", "lesson-07-kmemleak-two-scans"}) {
        SCOPED_TRACE(name);
        RecordedRun run = runNamed(name);
        ASSERT_TRUE(run.machine);
        // The source shown depends on the innermost frame and the step's kind and event: one
        // step of each combination stands for the rest.
        std::set<std::tuple<Fn, StepKind, Ev>> seen;
        int checked = 0;
        for (std::uint64_t i = 1; i <= run.machine->stepCount(); ++i) {
            const Step step = run.machine->trace.step(StepIndex{i});
            if (!seen.insert({step.function, step.kind, step.event}).second)
                continue;
            const SnapshotPtr snapshot = stepSnapshot(*run.machine, *run.index, i);
            panel.setSnapshot(snapshot);
            ++checked;
            EXPECT_NE(panel.sourceKind(), CallStackPanel::SourceKind::Model) << "step " << i;
            if (!snapshot->step.stack.empty()) { // a lesson's chapter step runs outside any function
                EXPECT_NE(panel.sourceKind(), CallStackPanel::SourceKind::None) << "step " << i;
                EXPECT_GE(panel.highlightedLine(), 0) << "step " << i;
            }
            EXPECT_FALSE(panel.plainLine().isEmpty()) << "step " << i;
        }
        EXPECT_GT(checked, 20);
    }
}

TEST(StepExplanation, TheModelCodeIsOneClickAwayAndSaysWhatItIs)
{
    CallStackPanel panel;
    RecordedRun run = runNamed("seed-walkthrough");
    ASSERT_TRUE(run.machine);
    panel.setSnapshot(stepSnapshot(*run.machine, *run.index, 112)); // the PTE write, in vmap_page_range
    EXPECT_EQ(panel.sourceKind(), CallStackPanel::SourceKind::Card);
    EXPECT_TRUE(panel.sourceHeader().contains(QStringLiteral("mm/vmalloc.c:179")));
    panel.setShowModelCode(true);
    EXPECT_EQ(panel.sourceKind(), CallStackPanel::SourceKind::Model);
    EXPECT_TRUE(panel.sourceHeader().contains(QStringLiteral("vmviz's model")));
    panel.setShowModelCode(false);
    EXPECT_EQ(panel.sourceKind(), CallStackPanel::SourceKind::Card);
}

TEST(StepExplanation, AKernelTreeShowsTheRealFileAtItsLine)
{
    // A stand-in tree: mm/vmalloc.c with numbered lines (no kernel code in the repository).
    QTemporaryDir tree;
    ASSERT_TRUE(tree.isValid());
    ASSERT_TRUE(QDir(tree.path()).mkpath(QStringLiteral("mm")));
    QFile file(tree.filePath(QStringLiteral("mm/vmalloc.c")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    for (int i = 1; i <= 2000; ++i)
        file.write(QStringLiteral("line %1\n").arg(i).toUtf8());
    file.close();

    CallStackPanel panel;
    panel.setKernelSourceDir(tree.path());
    RecordedRun run = runNamed("seed-walkthrough");
    ASSERT_TRUE(run.machine);
    panel.setSnapshot(stepSnapshot(*run.machine, *run.index, 112));
    EXPECT_EQ(panel.sourceKind(), CallStackPanel::SourceKind::KernelFile);
    EXPECT_EQ(panel.highlightedLine(), 179 - 1); // vmap_page_range, mm/vmalloc.c:179 in 2.6.36
    // A file the tree lacks falls back to the card (alloc_page lives in include/linux/gfp.h).
    panel.setSnapshot(stepSnapshot(*run.machine, *run.index, 86));
    EXPECT_EQ(panel.sourceKind(), CallStackPanel::SourceKind::Card);
}

TEST(StepExplanation, AFailedAllocPageNarratesNullInRed)
{
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off;
    auto result = scenario::runScenarioText("fail alloc_page after 2\na = vmalloc 20K\n", "t.vmviz", options);
    ASSERT_TRUE(result.machine);
    const RunIndex index(result.machine->trace);
    CallStackPanel panel;
    bool found = false;
    for (std::uint64_t i = 1; i <= result.machine->stepCount() && !found; ++i) {
        const Step step = result.machine->trace.step(StepIndex{i});
        if (step.kind != StepKind::Return || step.function != Fn::alloc_page || step.args[0] != 0)
            continue;
        found = true;
        panel.setSnapshot(stepSnapshot(*result.machine, index, i));
        EXPECT_EQ(panel.narration(), QStringLiteral("alloc_page returns NULL"));
        EXPECT_FALSE(panel.narration().contains(QStringLiteral("pfn 0x0")));
        EXPECT_TRUE(panel.showsFailure());
        EXPECT_TRUE(panel.plainLine().contains(QStringLiteral("NULL")));
    }
    EXPECT_TRUE(found);
}

TEST(StepExplanation, AWarnShowsTheLinesItPrinted)
{
    RecordedRun run = runNamed("lesson-12-bad-vfree");
    ASSERT_TRUE(run.machine);
    CallStackPanel panel;
    bool found = false;
    for (std::uint64_t i = 1; i <= run.machine->stepCount() && !found; ++i) {
        const Step step = run.machine->trace.step(StepIndex{i});
        if (step.kind != StepKind::Effect || step.event != Ev::Warn)
            continue;
        found = true;
        panel.setSnapshot(stepSnapshot(*run.machine, *run.index, i));
        EXPECT_TRUE(panel.showsFailure());
        EXPECT_TRUE(panel.printedLines().contains(QStringLiteral("cut here")));
        EXPECT_TRUE(panel.printedLines().contains(QStringLiteral("Trying to vfree() bad address")));
    }
    EXPECT_TRUE(found);
}

TEST(StepExplanation, GlossaryTermsBecomeHoverDefinitions)
{
    const QString html = linkGlossaryTerms(QStringLiteral("take pfn 0x7803 <from> the per-CPU list"));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;from&gt;")));
    const qsizetype at = html.indexOf(QStringLiteral("href=\"gloss:"));
    ASSERT_GE(at, 0);
    const QString link = html.mid(at + 6, html.indexOf(QLatin1Char('"'), at + 6) - at - 6);
    EXPECT_TRUE(glossaryToolTip(link).contains(QStringLiteral("Page frame number")));
    EXPECT_TRUE(glossaryToolTip(QStringLiteral("https://example.org")).isEmpty());
    EXPECT_TRUE(glossaryToolTip(QStringLiteral("gloss:100000")).isEmpty());
}

TEST(StepExplanation, GlossaryWindowSearches)
{
    GlossaryWindow window;
    EXPECT_EQ(window.shownTerms(), static_cast<int>(teach::glossary().size()));
    EXPECT_GE(window.shownTerms(), 40);
    window.setFilter(QStringLiteral("kmemleak"));
    EXPECT_GT(window.shownTerms(), 2);
    EXPECT_LT(window.shownTerms(), static_cast<int>(teach::glossary().size()));
    window.setFilter(QStringLiteral("no such word anywhere"));
    EXPECT_EQ(window.shownTerms(), 0);
}

TEST(StepExplanation, TheCheatSheetListsTheWindowsRealShortcuts)
{
    MainWindow window(MainWindow::Options{false});
    const auto rows = shortcutRows(window);
    const auto has = [&rows](const QString& keys) {
        for (const auto& row : rows)
            if (row.second.split(QStringLiteral(", ")).contains(keys))
                return true;
        return false;
    };
    EXPECT_TRUE(has(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)));
    EXPECT_TRUE(has(QStringLiteral("?")));
    ShortcutSheet sheet(window);
    EXPECT_EQ(sheet.rowCount(), static_cast<int>(rows.size()));
}

TEST(StepExplanation, TheTourHasAFewCardsAndIsNotShownForTests)
{
    TourDialog tour;
    EXPECT_GE(tour.cardCount(), 3);
    EXPECT_LE(tour.cardCount(), 5);
    tour.showCard(tour.cardCount() + 3);
    EXPECT_EQ(tour.currentCard(), tour.cardCount() - 1);
    // Options{false} is what tests and --screenshot use: no tour pops up over the window.
    MainWindow window(MainWindow::Options{false});
    QCoreApplication::processEvents();
    EXPECT_EQ(window.findChild<TourDialog*>(), nullptr);
}

} // namespace
