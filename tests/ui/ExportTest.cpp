// SPDX-License-Identifier: GPL-2.0-only
// PNG and SVG exports come from the same paint routine as the screen and are not empty: the right
// size, and plenty of pixels that are not the background.
#include "TestSupport.h"

#include "MainWindow.h"
#include "export/ExportablePanel.h"
#include "style/ViewPalette.h"
#include "views/PhysicalMemoryView.h"
#include "views/VmallocRibbonView.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

int pixelsNotOf(const QImage& image, QColor background)
{
    int n = 0;
    const QRgb bg = background.rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) | 0xff000000u) != (bg | 0xff000000u);
    }
    return n;
}

class ExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_window.resize(1400, 900);
        m_window.show();
        ASSERT_TRUE(test::runAndWait(m_window.session(), test::kRecursion, 3000));
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    MainWindow m_window{MainWindow::Options{false}};
};

TEST_F(ExportTest, PanelsAsPng)
{
    const QColor background = ViewPalette::make(Theme::Light, Scheme::Standard).background;
    for (const QString& id : m_window.panelIds()) {
        SCOPED_TRACE(id.toStdString());
        const QString file = path(id + QStringLiteral(".png"));
        ASSERT_TRUE(m_window.exportPanel(id, file));
        QImage image(file);
        ASSERT_FALSE(image.isNull());
        EXPECT_GE(image.width(), 150);
        EXPECT_GE(image.height(), 50);
        // At least 5% of the pixels carry something.
        EXPECT_GT(pixelsNotOf(image, background), image.width() * image.height() / 20);
    }
}

TEST_F(ExportTest, PhysicalViewPngMatchesTheScreenRoutine)
{
    const QString file = path(QStringLiteral("physical.png"));
    ASSERT_TRUE(m_window.exportPanel(QStringLiteral("physical"), file));
    const QImage exported(file);
    const QImage rendered = renderPanelImage(*m_window.physicalView());
    ASSERT_EQ(exported.size(), rendered.size());
    EXPECT_EQ(exported.convertToFormat(QImage::Format_ARGB32),
              rendered.convertToFormat(QImage::Format_ARGB32));
    // The frames this run allocated are drawn in the vmalloc-data colour somewhere.
    const QColor data =
        ViewPalette::make(Theme::Light, Scheme::Standard).frameColour(FrameClass::VmallocData);
    bool found = false;
    for (int y = 0; y < exported.height() && !found; ++y) {
        for (int x = 0; x < exported.width() && !found; ++x)
            found = exported.pixelColor(x, y).rgb() == data.rgb();
    }
    EXPECT_TRUE(found);
}

TEST_F(ExportTest, PanelsAndWindowAsSvg)
{
    QStringList ids = m_window.panelIds();
    ids << QStringLiteral("window");
    for (const QString& id : ids) {
        SCOPED_TRACE(id.toStdString());
        const QString file = path(id + QStringLiteral(".svg"));
        ASSERT_TRUE(m_window.exportPanel(id, file));
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        EXPECT_GT(svg.size(), 2000);
        EXPECT_TRUE(svg.contains("<svg"));
        EXPECT_TRUE(svg.contains("<path") || svg.contains("<rect") || svg.contains("<image"));
    }
    // The vector panels draw shapes, not a pasted bitmap.
    QFile ribbon(path(QStringLiteral("vmalloc.svg")));
    ASSERT_TRUE(ribbon.open(QIODevice::ReadOnly));
    const QByteArray svg = ribbon.readAll();
    EXPECT_FALSE(svg.contains("<image"));
    EXPECT_GT(svg.count("<rect") + svg.count("<path") + svg.count("<polyline"), 20);
    EXPECT_GT(svg.count("<text"), 5);
}

TEST_F(ExportTest, WindowPng)
{
    const QString file = path(QStringLiteral("window.png"));
    ASSERT_TRUE(m_window.exportPanel(QStringLiteral("window"), file));
    const QImage image(file);
    EXPECT_EQ(image.size(), m_window.size());
    EXPECT_GT(pixelsNotOf(image, image.pixelColor(0, image.height() / 2)),
              image.width() * image.height() / 10);
}

TEST_F(ExportTest, StepChangesPatchTheCacheInsteadOfRerendering)
{
    PhysicalMemoryView* view = m_window.physicalView();
    view->grab(); // paint once so the cache exists
    const int full = view->fullRenders();
    const std::uint64_t patched = view->patchedCells();
    // Step until a step changes frames; the view patches cells and does not re-render everything.
    for (int i = 0; i < 200 && view->changedFrames().empty(); ++i)
        m_window.session().stepInto();
    ASSERT_FALSE(view->changedFrames().empty());
    view->grab();
    EXPECT_EQ(view->fullRenders(), full);
    EXPECT_GT(view->patchedCells(), patched);
}

} // namespace
