// SPDX-License-Identifier: GPL-2.0-only
// Presentation mode and the window on a projector: the window fits 1280×720 in both modes,
// presentation mode enlarges every panel's text by its factor, Lecture brings forward the panel a
// step is about, and a screen reader hears each step.
#include "TestSupport.h"

#include "MainWindow.h"
#include "controller/Playback.h"
#include "models/KmemleakModel.h"
#include "models/PageTableModel.h"
#include "scenario/ScenarioCatalogue.h"
#include "views/AddressInspector.h"
#include "views/CallStackPanel.h"
#include "views/FreeListsPanel.h"
#include "views/KernelTextPanel.h"
#include "views/KmemleakPanel.h"
#include "views/PageTablePanel.h"
#include "views/PhysicalMemoryView.h"
#include "views/ScenarioEditor.h"
#include "views/TimelineWidget.h"
#include "views/VmallocRibbonView.h"

#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>

#include <functional>

namespace vmviz::ui {
namespace {

/// The PTE write of the seed's vmalloc and a step that creates a kmemleak object
/// (`vmviz-cli trace seed`).
constexpr std::uint64_t kPteWrite = 112;
constexpr std::uint64_t kKmemleakCreate = 60;

QString seedText()
{
    const scenario::CatalogueEntry* seed = scenario::findInCatalogue("seed");
    return seed ? QString::fromStdString(std::string(seed->text)) : QString();
}

/// The first font a model gives for any cell of its first rows.
QFont modelFont(const QAbstractItemModel& model)
{
    for (int row = 0; row < std::min(3, model.rowCount()); ++row)
        for (int column = 0; column < model.columnCount(); ++column) {
            const QVariant font = model.data(model.index(row, column), Qt::FontRole);
            if (font.isValid())
                return font.value<QFont>();
        }
    return {};
}

struct TextProbe
{
    const char* what;
    std::function<QFont(MainWindow&)> font;
};

std::vector<TextProbe> probes()
{
    return {
        {"narration",
         [](MainWindow& w) {
             return w.callStackPanel()->findChild<QLabel*>(QStringLiteral("narration"))->font();
         }},
        {"step line",
         [](MainWindow& w) {
             return w.callStackPanel()->findChild<QLabel*>(QStringLiteral("stepLabel"))->font();
         }},
        {"source",
         [](MainWindow& w) {
             return w.callStackPanel()->findChild<QPlainTextEdit*>()->document()->defaultFont();
         }},
        {"call stack rows",
         [](MainWindow& w) { return w.callStackPanel()->findChild<QTableView*>()->font(); }},
        {"page-table values", [](MainWindow& w) { return modelFont(*w.pageTablePanel()->model()); }},
        {"kmemleak pointers", [](MainWindow& w) { return modelFont(*w.kmemleakPanel()->model()); }},
        {"free lists", [](MainWindow& w) { return w.findChild<FreeListsPanel*>()->textFont(); }},
        {"scenario", [](MainWindow& w) { return w.scenarioEditor()->findChild<QPlainTextEdit*>()->font(); }},
        {"kernel text",
         [](MainWindow& w) { return w.kernelTextPanel()->findChild<QPlainTextEdit*>()->font(); }},
        {"address answer",
         [](MainWindow& w) { return w.addressInspector()->findChild<QPlainTextEdit*>()->font(); }},
        {"physical view", [](MainWindow& w) { return w.physicalView()->font(); }},
        {"vmalloc ribbon", [](MainWindow& w) { return w.ribbonView()->font(); }},
        {"timeline", [](MainWindow& w) { return w.timeline()->font(); }},
        {"step counter", [](MainWindow& w) { return w.stepCounter()->font(); }},
    };
}

class PresentationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.resize(1280, 720);
        window.show();
        window.loadScenario(seedText(), QStringLiteral("seed-walkthrough.vmviz"), kPteWrite);
        ASSERT_TRUE(test::waitForRun(window.session()));
        QCoreApplication::processEvents();
    }
    void TearDown() override { window.setPresentationMode(false); }

    MainWindow window{MainWindow::Options{false}};
};

TEST_F(PresentationTest, TheMinimumSizeFitsA720pProjectorInBothModes)
{
    for (const double factor : {0.0, 1.25, 1.5, 2.0}) {
        if (factor > 0)
            window.setPresentationScale(factor);
        window.setPresentationMode(factor > 0);
        for (const auto preset : {MainWindow::LayoutPreset::Explore, MainWindow::LayoutPreset::Lecture}) {
            window.setLayoutPreset(preset);
            QCoreApplication::processEvents();
            const QSize min = window.minimumSizeHint().expandedTo(window.minimumSize());
            EXPECT_LE(min.width(), 1280) << "factor " << factor << " preset " << int(preset);
            EXPECT_LE(min.height(), 720) << "factor " << factor << " preset " << int(preset);
        }
    }
}

TEST_F(PresentationTest, EveryPanelsTextGrowsByTheFactor)
{
    std::vector<double> normal;
    for (const TextProbe& probe : probes()) {
        normal.push_back(probe.font(window).pointSizeF());
        EXPECT_GT(normal.back(), 0) << probe.what;
    }
    for (const double factor : {1.25, 1.5, 2.0}) {
        window.setPresentationScale(factor);
        window.setPresentationMode(true);
        QCoreApplication::processEvents();
        const std::vector<TextProbe> table = probes();
        for (std::size_t i = 0; i < table.size(); ++i)
            EXPECT_GE(table[i].font(window).pointSizeF(), normal[i] * factor - 0.01)
                << table[i].what << " at " << factor;
        window.setPresentationMode(false);
        QCoreApplication::processEvents(); // the application font reaches the widgets by events
        for (std::size_t i = 0; i < table.size(); ++i)
            EXPECT_NEAR(table[i].font(window).pointSizeF(), normal[i], 0.05)
                << table[i].what << " back from " << factor;
    }
}

TEST_F(PresentationTest, TheFramesGetMostOfThePhysicalPanelOnA720pProjector)
{
    PhysicalMemoryView* view = window.physicalView();
    for (const bool presentation : {false, true}) {
        window.setPresentationMode(presentation);
        QCoreApplication::processEvents();
        const int height = view->viewport()->height();
        ASSERT_GT(height, 100);
        // The whole legend took two thirds of the panel at 720p in presentation mode.
        EXPECT_LE(view->headerHeight(), height / 3) << "presentation " << presentation;
        if (presentation) {
            EXPECT_TRUE(view->legendCompact());
        }
    }
}

TEST_F(PresentationTest, ExploreOnA720pProjectorHasNoSliverOfAPanel)
{
    for (const bool presentation : {false, true}) {
        window.setPresentationMode(presentation);
        window.setLayoutPreset(MainWindow::LayoutPreset::Explore);
        QCoreApplication::processEvents();
        for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
            // Seen: shown and not behind another tab.
            if (!dock->isVisible() || dock->isFloating() || dock->visibleRegion().isEmpty())
                continue;
            SCOPED_TRACE(dock->objectName().toStdString() + (presentation ? " presenting" : ""));
            EXPECT_GE(dock->height(), 120);
            EXPECT_GE(dock->width(), 200);
        }
    }
}

TEST_F(PresentationTest, ZoomInKeepsTheStepsFrameInSight)
{
    PhysicalMemoryView* view = window.physicalView();
    view->zoomToFit();
    const std::optional<std::uint64_t> focus = view->focusFrame();
    ASSERT_TRUE(focus.has_value());
    for (int i = 0; i < 6; ++i) {
        view->zoomIn();
        QCoreApplication::processEvents();
        EXPECT_TRUE(view->frameRectInViewport(*focus).has_value()) << "after " << i + 1 << " zoom-ins";
    }
    EXPECT_NE(view->titleText().indexOf(QStringLiteral("128 MiB")), -1) << view->titleText().toStdString();
    EXPECT_NE(view->titleText().indexOf(QStringLiteral("a cell is")), -1) << view->titleText().toStdString();
}

TEST_F(PresentationTest, PresentationPlaysSlowerAndGivesTheSpeedBack)
{
    EXPECT_EQ(window.playback().speed(), Playback::kDefaultSpeed);
    window.setPresentationMode(true);
    EXPECT_EQ(window.playback().speed(), Playback::kPresentationSpeed);
    EXPECT_EQ(window.layoutPreset(), MainWindow::LayoutPreset::Lecture);
    window.setPresentationMode(false);
    EXPECT_EQ(window.playback().speed(), Playback::kDefaultSpeed);
    EXPECT_EQ(window.layoutPreset(), MainWindow::LayoutPreset::Explore);
}

TEST_F(PresentationTest, LectureBringsForwardThePanelTheStepIsAbout)
{
    auto* tables = window.findChild<QDockWidget*>(QStringLiteral("pagetablesDock"));
    auto* leaks = window.findChild<QDockWidget*>(QStringLiteral("kmemleakDock"));
    auto* scenario = window.findChild<QDockWidget*>(QStringLiteral("scenarioDock"));
    ASSERT_TRUE(tables && leaks && scenario);
    window.setLayoutPreset(MainWindow::LayoutPreset::Lecture);
    QCoreApplication::processEvents();
    EXPECT_FALSE(scenario->isVisible()) << "Lecture hides what the step is not about";
    const struct
    {
        std::uint64_t step;
        QDockWidget* raised;
        QDockWidget* behind;
    } rows[] = {{kKmemleakCreate, leaks, tables}, {kPteWrite, tables, leaks}};
    for (const auto& row : rows) {
        window.session().seek(row.step);
        QCoreApplication::processEvents();
        EXPECT_FALSE(row.raised->visibleRegion().isEmpty()) << "step " << row.step;
        EXPECT_TRUE(row.behind->visibleRegion().isEmpty()) << "step " << row.step;
    }
    window.setLayoutPreset(MainWindow::LayoutPreset::Explore);
    QCoreApplication::processEvents();
    EXPECT_TRUE(scenario->isVisible()) << "Explore gives every panel back";
}

// What a screen reader reads at each step: the counter's accessible name and, as its description,
// the narration. (The offscreen platform has no accessibility bridge, so the NameChanged and
// DescriptionChanged events MainWindow sends cannot be observed here.)
TEST_F(PresentationTest, AScreenReaderReadsEachStepAndItsNarration)
{
    for (const std::uint64_t step : {kKmemleakCreate, kPteWrite}) {
        window.session().seek(step);
        QCoreApplication::processEvents();
        QAccessibleInterface* counter = QAccessible::queryAccessibleInterface(window.stepCounter());
        ASSERT_NE(counter, nullptr);
        EXPECT_EQ(counter->text(QAccessible::Name), QStringLiteral("Step %1 of 153").arg(step));
        EXPECT_EQ(counter->text(QAccessible::Description), window.callStackPanel()->narration());
        EXPECT_FALSE(window.callStackPanel()->narration().isEmpty());
    }
}

TEST_F(PresentationTest, EveryPanelHasANameAndTakesTheKeyboard)
{
    for (const QString& id : window.panelIds()) {
        const auto panel = panels::panelByName(id.toStdString());
        ASSERT_TRUE(panel);
        const QString title = MainWindow::panelTitle(*panel);
        QWidget* widget = nullptr;
        for (QWidget* w : window.findChildren<QWidget*>())
            if (w->accessibleName() == title)
                widget = w;
        ASSERT_NE(widget, nullptr) << id.toStdString();
        EXPECT_FALSE(widget->accessibleDescription().isEmpty()) << id.toStdString();
        bool focusable = widget->focusPolicy() & Qt::TabFocus;
        for (QWidget* child : widget->findChildren<QWidget*>())
            focusable = focusable || (child->focusPolicy() & Qt::TabFocus);
        EXPECT_TRUE(focusable) << id.toStdString();
    }
}

} // namespace
} // namespace vmviz::ui
