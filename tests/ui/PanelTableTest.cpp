// SPDX-License-Identifier: GPL-2.0-only
// The window is built from the table of panels: each panel of panels::kPanels is docked where the
// table says under its title, exports under its command-line name, and File → Export offers exactly
// the panels the table marks as exporting alone.
#include "TestSupport.h"

#include "MainWindow.h"
#include "panels/PanelTable.h"

#include <QDockWidget>
#include <QTemporaryDir>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

QString nameOf(const panels::PanelInfo& info)
{
    return QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size()));
}

Qt::DockWidgetArea areaOf(panels::PanelDock dock)
{
    switch (dock) {
    case panels::PanelDock::Top:
        return Qt::TopDockWidgetArea;
    case panels::PanelDock::Left:
        return Qt::LeftDockWidgetArea;
    case panels::PanelDock::Right:
        return Qt::RightDockWidgetArea;
    case panels::PanelDock::Bottom:
        return Qt::BottomDockWidgetArea;
    default:
        return Qt::NoDockWidgetArea;
    }
}

TEST(PanelTable, TheWindowDocksEachPanelWhereTheTableSays)
{
    MainWindow window(MainWindow::Options{false});
    for (const panels::PanelInfo& info : panels::kPanels) {
        SCOPED_TRACE(info.name);
        auto* dock = window.findChild<QDockWidget*>(nameOf(info) + QStringLiteral("Dock"));
        if (areaOf(info.dock) == Qt::NoDockWidgetArea) {
            EXPECT_EQ(dock, nullptr) << "the centre and the page walk tab have no dock of their own";
            continue;
        }
        ASSERT_NE(dock, nullptr);
        EXPECT_EQ(window.dockWidgetArea(dock), areaOf(info.dock));
        EXPECT_EQ(dock->windowTitle(), QString::fromUtf8(info.title));
        EXPECT_EQ(dock->windowTitle(), MainWindow::panelTitle(info.id));
    }
}

TEST(PanelTable, EveryNameExportsAndNoOther)
{
    MainWindow window(MainWindow::Options{false});
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(test::runAndWait(window.session(), test::kSeed, SessionController::kEnd));
    QTemporaryDir dir;
    QStringList exportsAlone;
    for (const panels::PanelInfo& info : panels::kPanels) {
        SCOPED_TRACE(info.name);
        EXPECT_TRUE(window.exportPanel(nameOf(info), dir.filePath(nameOf(info) + QStringLiteral(".png"))));
        if (info.exportsAlone)
            exportsAlone << nameOf(info);
    }
    EXPECT_TRUE(window.exportPanel(QStringLiteral("window"), dir.filePath(QStringLiteral("window.png"))));
    EXPECT_FALSE(window.exportPanel(QStringLiteral("source"), dir.filePath(QStringLiteral("source.png"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("source.png"))));
    EXPECT_EQ(window.panelIds(), exportsAlone);
    EXPECT_FALSE(window.panelIds().contains(QStringLiteral("kerneltext"))) << "it saves a .txt instead";
}

} // namespace
