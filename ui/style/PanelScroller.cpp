// SPDX-License-Identifier: GPL-2.0-only
#include "style/PanelScroller.h"

#include <QEvent>
#include <QScrollArea>

#include <algorithm>

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
        // A panel's updateGeometry() reaches its parent, the viewport, as a layout request.
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
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
        QWidget* w = widget();
        if (!w)
            return;
        QSize size = viewport()->size().expandedTo(w->minimumSizeHint().expandedTo(w->minimumSize()));
        // A painted panel (no layout) that knows its height for a width gets it; a panel of
        // word-wrapped labels would ask for its preferred height and scroll in a dock with room.
        if (!w->layout() && w->hasHeightForWidth())
            size.setHeight(std::max(size.height(), w->heightForWidth(size.width())));
        w->resize(size);
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
