// SPDX-License-Identifier: GPL-2.0-only
#include "style/PanelScroller.h"

#include <QEvent>
#include <QScrollArea>

namespace vmviz::ui {

namespace {

/// Holds a panel at the dock's size, or at the panel's minimum size when the dock is smaller,
/// then scrolls. (A resizable QScrollArea sizes a panel with word-wrapped labels by its preferred
/// height for the width, so scroll bars would appear in a dock that has room.)
class PanelScroller : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

protected:
    bool viewportEvent(QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            fit();
        return QScrollArea::viewportEvent(event);
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            fit();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    void fit()
    {
        if (QWidget* w = widget())
            w->resize(viewport()->size().expandedTo(w->minimumSizeHint().expandedTo(w->minimumSize())));
    }
};

} // namespace

QWidget* scrollablePanel(QWidget* panel)
{
    auto* area = new PanelScroller;
    area->setObjectName(panel->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    // Two scroll bars' worth, not the panel's own minimum: the scroll bars take over below it.
    area->setMinimumSize(80, 40);
    area->setWidget(panel);
    return area;
}

} // namespace vmviz::ui
