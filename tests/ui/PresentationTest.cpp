// Presentation mode and the window on a projector: the window fits 1280×720 in both modes, and
// presentation mode enlarges every panel's text by its factor.
#include "TestSupport.h"

#include "MainWindow.h"

#include <QDockWidget>
#include <QLayout>
#include <QStatusBar>
#include <QToolBar>

namespace vmviz::ui {
namespace {

TEST(PresentationTest, DiagnoseMinimumSize)
{
    MainWindow window(MainWindow::Options{false});
    window.resize(1280, 720);
    window.show();
    QCoreApplication::processEvents();
    for (bool on : {false, true}) {
        window.setPresentationMode(on);
        QCoreApplication::processEvents();
        std::printf("presentation %d: window min %dx%d, layout min %dx%d\n", on, window.minimumSizeHint().width(),
                    window.minimumSizeHint().height(), window.layout()->minimumSize().width(),
                    window.layout()->minimumSize().height());
        for (QDockWidget* d : window.findChildren<QDockWidget*>())
            std::printf("  %-20s vis %d area %d min %dx%d widget min %dx%d geo %dx%d\n",
                        d->objectName().toUtf8().constData(), d->isVisible(), window.dockWidgetArea(d),
                        d->minimumSizeHint().width(), d->minimumSizeHint().height(),
                        d->widget()->minimumSizeHint().width(), d->widget()->minimumSizeHint().height(),
                        d->width(), d->height());
        std::printf("  centre min %dx%d, toolbar %d, status %d, menubar %d\n",
                    window.centralWidget()->minimumSizeHint().width(),
                    window.centralWidget()->minimumSizeHint().height(),
                    window.findChild<QToolBar*>()->minimumSizeHint().height(),
                    window.statusBar()->minimumSizeHint().height(), window.menuWidget()->minimumSizeHint().height());
    }
}

} // namespace
} // namespace vmviz::ui
