// SPDX-License-Identifier: GPL-2.0-only
// The Lecture layout on a projector (the narration band readable in full, the step's panel large
// and brought forward, the source with room for its lines) and no meaning by colour alone (each
// owner's fill pattern, the legend's "taken" entry).
#include "TestSupport.h"

#include "MainWindow.h"
#include "export/ExportablePanel.h"
#include "scenario/ScenarioCatalogue.h"
#include "style/FramePattern.h"
#include "views/CallStackPanel.h"
#include "views/PhysicalLegend.h"
#include "views/PhysicalMemoryView.h"
#include "views/StepTextBox.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>

#include <set>

namespace vmviz::ui {
namespace {

QString catalogueText(const char* name)
{
    const scenario::CatalogueEntry* entry = scenario::findInCatalogue(name);
    return entry ? QString::fromStdString(std::string(entry->text)) : QString();
}

/// The four moments of docs/screenshots (scripts/screenshots.sh), with the panel each is about.
struct Moment
{
    const char* scenario;
    std::uint64_t step;
    panels::PanelId subject;
};
constexpr Moment kMoments[] = {
    {"seed", 112, panels::PanelId::PageTables},                      // PTE[0] = …
    {"seed", 11, panels::PanelId::FreeLists},                        // expand: split off the upper half
    {"recursion-513-pages", 1650, panels::PanelId::Vmalloc},         // area->pages[200] = page
    {"lesson-08-failed-allocation", 95, panels::PanelId::FreeLists}, // alloc_page returns NULL
};

/// How many lines of `label`'s text its height shows, and whether it shows all of them.
struct LabelFit
{
    int linesShown = 0;
    bool whole = false;
};
LabelFit fitOf(const QLabel& label)
{
    const int spacing = QFontMetrics(label.font()).lineSpacing();
    const int needed = label.heightForWidth(label.width());
    return {label.height() / spacing, label.height() >= needed - 1};
}

/// A dock's visible area, if it is shown at all.
int visibleArea(const QDockWidget* dock)
{
    if (!dock || !dock->isVisible() || dock->visibleRegion().isEmpty())
        return 0;
    return dock->width() * dock->height();
}

class LectureLayoutTest : public ::testing::TestWithParam<std::tuple<QSize, bool>>
{
};

TEST_P(LectureLayoutTest, TheBandReadsInFullAndTheStepsPanelIsLarge)
{
    const auto [size, presentation] = GetParam();
    MainWindow window{MainWindow::Options{false}};
    window.resize(size);
    window.show();
    if (presentation)
        window.setPresentationMode(true);
    window.setLayoutPreset(MainWindow::LayoutPreset::Lecture);
    for (const Moment& moment : kMoments) {
        const std::string where = std::string(moment.scenario) + " step " + std::to_string(moment.step) +
                                  " at " + std::to_string(size.width()) + "x" +
                                  std::to_string(size.height()) + (presentation ? " presenting" : "");
        window.loadScenario(catalogueText(moment.scenario), QString::fromUtf8(moment.scenario), moment.step);
        ASSERT_TRUE(test::waitForRun(window.session())) << where;
        QCoreApplication::processEvents();
        QCoreApplication::processEvents(); // docks settle a turn after a resize

        StepTextBox* band = window.narrationBand();
        ASSERT_TRUE(band->isVisible()) << where;
        EXPECT_FALSE(window.callStackPanel()->findChild<StepTextBox*>()->isVisible())
            << where << ": the words are said once, in the band";
        auto* narration = band->findChild<QLabel*>(QStringLiteral("narration"));
        auto* plain = band->findChild<QLabel*>(QStringLiteral("plainLine"));
        const LabelFit n = fitOf(*narration);
        const LabelFit pl = fitOf(*plain);
        EXPECT_TRUE(n.whole) << where << ": narration clipped";
        EXPECT_TRUE(pl.whole) << where << ": plain line clipped";
        EXPECT_GE(n.linesShown, 1) << where;
        EXPECT_GE(pl.linesShown, 1) << where;
        // Nothing of the band scrolled away: the band shows its whole height.
        EXPECT_GE(band->parentWidget()->height(), band->heightForWidth(band->width()) - 2) << where;
        // The band's narration is the largest text on screen.
        EXPECT_GE(narration->font().pointSizeF(), QApplication::font().pointSizeF() * 1.4) << where;

        // The panel the step is about is in front and large.
        const auto subject = MainWindow::lecturePanelOf(window.session().snapshot());
        ASSERT_TRUE(subject.has_value()) << where;
        EXPECT_EQ(*subject, moment.subject) << where;
        const QString dockName =
            QString::fromUtf8(panels::panelInfo(moment.subject).name.data(),
                              static_cast<qsizetype>(panels::panelInfo(moment.subject).name.size())) +
            QStringLiteral("Dock");
        const auto* dock = window.findChild<QDockWidget*>(dockName);
        EXPECT_GE(visibleArea(dock), size.width() * size.height() / 9)
            << where << ": " << dockName.toStdString();

        // The source shows enough lines to read the step's place in its function.
        auto* code = window.callStackPanel()->findChild<QPlainTextEdit*>();
        ASSERT_TRUE(code->isVisible()) << where;
        EXPECT_GE(code->viewport()->height() / QFontMetrics(code->font()).lineSpacing(), 5) << where;
    }
    window.setPresentationMode(false);
}

INSTANTIATE_TEST_SUITE_P(Projectors, LectureLayoutTest,
                         ::testing::Combine(::testing::Values(QSize(1280, 720), QSize(1920, 1080)),
                                            ::testing::Bool()));

TEST(LectureLayout, ExploreGivesTheCallStackItsWordsBack)
{
    MainWindow window{MainWindow::Options{false}};
    window.resize(1280, 720);
    window.show();
    window.setLayoutPreset(MainWindow::LayoutPreset::Lecture);
    window.setLayoutPreset(MainWindow::LayoutPreset::Explore);
    QCoreApplication::processEvents();
    EXPECT_FALSE(window.narrationBand()->isVisible());
    EXPECT_TRUE(window.callStackPanel()->findChild<StepTextBox*>()->isVisible());
}

TEST(FramePatterns, OwnersAColourBlindReaderMustTellApartHaveDifferentPatterns)
{
    const FrameClass owners[] = {FrameClass::Free0,       FrameClass::PerCpu,   FrameClass::VmallocData,
                                 FrameClass::PteTable,    FrameClass::Slab,     FrameClass::Taken,
                                 FrameClass::KernelImage, FrameClass::PageArray};
    std::set<FramePattern> seen;
    for (const FrameClass c : owners)
        EXPECT_TRUE(seen.insert(framePattern(c)).second) << frameClassName(c);
    // Within a family the colour tells them apart; the family is one pattern.
    EXPECT_EQ(framePattern(FrameClass::Free0), framePattern(FrameClass::Free10));
    EXPECT_EQ(framePattern(FrameClass::PgdTable), framePattern(FrameClass::PteTable));
}

/// The distinct colours inside `rect` (its border left out: the grid's gap and outlines).
std::size_t coloursIn(const QImage& image, const QRect& rect)
{
    std::set<QRgb> colours;
    for (int y = rect.top() + 1; y < rect.bottom(); ++y)
        for (int x = rect.left() + 1; x < rect.right(); ++x)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

TEST(FramePatterns, CellsLargeEnoughShowTheirOwnersPattern)
{
    MainWindow window{MainWindow::Options{false}};
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed, 120)); // mapped, before vfree
    QCoreApplication::processEvents();
    const SnapshotPtr snapshot = window.session().snapshot();
    PhysicalMemoryView* view = window.physicalView();
    for (const FrameClass owner : {FrameClass::VmallocData, FrameClass::PteTable, FrameClass::Slab}) {
        const struct
        {
            FrameClass owner;
        } row{owner};
        std::optional<std::uint64_t> pfn;
        for (std::uint64_t f = 0; f < snapshot->phys->frameCount && !pfn; ++f)
            if (snapshot->phys->frameClass(f) == row.owner)
                pfn = f;
        ASSERT_TRUE(pfn.has_value()) << frameClassName(row.owner);
        // A free frame next to it, for the plain ground.
        std::optional<std::uint64_t> freePfn;
        for (std::uint64_t f = *pfn; f < snapshot->phys->frameCount && !freePfn; ++f)
            if (framePattern(snapshot->phys->frameClass(f)) == FramePattern::Solid)
                freePfn = f;
        ASSERT_TRUE(freePfn.has_value());
        view->zoomToFit();
        for (int i = 0; i < 12; ++i) {
            view->ensureFrameVisible(*pfn);
            const auto r = view->frameRectInViewport(*pfn);
            if (r && r->width() >= kPatternCellPx + 4)
                break;
            view->zoomIn();
        }
        view->ensureFrameVisible(*pfn);
        QCoreApplication::processEvents();
        const QImage image = renderPanelImage(*view);
        const auto cell = view->frameRectInViewport(*pfn);
        ASSERT_TRUE(cell && cell->width() >= kPatternCellPx) << frameClassName(row.owner);
        EXPECT_GE(coloursIn(image, *cell), 2u) << frameClassName(row.owner) << ": colour alone";
        if (const auto ground = view->frameRectInViewport(*freePfn)) {
            EXPECT_EQ(coloursIn(image, *ground), 1u) << "free frames are the plain ground";
        }
    }
}

TEST(FramePatterns, TheLegendExplainsTakenFramesAndShowsEachPattern)
{
    for (const Scheme scheme : {Scheme::Standard, Scheme::ColourBlindSafe}) {
        const ViewPalette palette = ViewPalette::make(Theme::Light, scheme);
        const std::vector<LegendItem> items = legendItems(palette);
        const auto taken = std::find_if(items.begin(), items.end(), [](const LegendItem& i) {
            return i.frameClass == FrameClass::Taken;
        });
        ASSERT_NE(taken, items.end());
        EXPECT_TRUE(taken->label.contains(QStringLiteral("taken")));
        // The colour the physical view gives a frame __rmqueue holds (FrameClass::Taken).
        EXPECT_EQ(taken->colour, palette.frameColour(FrameClass::Taken));
        // The free-list swatches the step animation aims at stay first and second.
        EXPECT_EQ(items[0].frameClass, FrameClass::Free0);
        EXPECT_EQ(items[1].frameClass, FrameClass::PerCpu);
        for (const LegendItem& item : items) {
            if (item.outline || item.frameClass == FrameClass::Count)
                continue;
            // The swatch shows the pattern the cells do: painted, a patterned owner is not one colour.
            QImage swatch(16, 16, QImage::Format_ARGB32);
            swatch.fill(item.colour);
            QPainter p(&swatch);
            paintFramePattern(p, swatch.rect(), item.frameClass, item.colour);
            p.end();
            const bool patterned = framePattern(item.frameClass) != FramePattern::Solid;
            EXPECT_EQ(coloursIn(swatch, swatch.rect()) >= 2, patterned) << item.label.toStdString();
        }
    }
}

TEST(PhysicalLegend, TheCompactLegendKeepsWhatIsOnScreen)
{
    const ViewPalette palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    const std::vector<LegendItem> items = legendItems(palette);
    const auto item = [&items](FrameClass c) {
        return *std::find_if(items.begin(), items.end(),
                             [c](const LegendItem& i) { return i.frameClass == c; });
    };
    const auto kind = [&items](LegendItem::Kind k) {
        return *std::find_if(items.begin(), items.end(), [k](const LegendItem& i) { return i.kind == k; });
    };
    const auto machineWith = [](std::initializer_list<FrameClass> classes) {
        LegendContext context;
        context.present.assign(static_cast<std::size_t>(FrameClass::Count), false);
        for (const FrameClass c : classes)
            context.present[static_cast<std::size_t>(c)] = true;
        return context;
    };
    struct Case
    {
        const char* what;
        LegendItem item;
        LegendContext context;
        bool shown;
    };
    const Case cases[] = {
        {"free lists, even with none free", item(FrameClass::Free0), machineWith({}), true},
        {"per-CPU list, the animation's anchor", item(FrameClass::PerCpu), machineWith({}), true},
        {"slab frames exist", item(FrameClass::Slab), machineWith({FrameClass::Slab}), true},
        {"no slab frames", item(FrameClass::Slab), machineWith({FrameClass::Free0}), false},
        {"no kernel stack", item(FrameClass::KernelStack), machineWith({FrameClass::Slab}), false},
        {"reserved covers low memory", item(FrameClass::KernelImage), machineWith({FrameClass::LowMemory}),
         true},
        {"nothing reserved", item(FrameClass::KernelImage), machineWith({FrameClass::Slab}), false},
        {"the step's outline", kind(LegendItem::Kind::Changed), machineWith({}), true},
        {"no selection", kind(LegendItem::Kind::Selected), machineWith({}), false},
    };
    for (const Case& c : cases)
        EXPECT_EQ(legendItemRelevant(c.item, c.context), c.shown) << c.what;
    LegendContext selected = machineWith({});
    selected.selected = true;
    EXPECT_TRUE(legendItemRelevant(kind(LegendItem::Kind::Selected), selected));
    for (const LegendItem& i : items)
        EXPECT_FALSE(i.shortLabel.isEmpty()) << i.label.toStdString();
}

} // namespace
} // namespace vmviz::ui
