// SPDX-License-Identifier: GPL-2.0-only
#include "style/PanelFocusFrame.h"

#include "style/Typography.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace vmviz::ui {

namespace {

int lineWidth()
{
    return static_cast<int>(std::lround(3 * typography::scale()));
}

} // namespace

PanelFocusFrame::PanelFocusFrame(QWidget* window) : QWidget(window), m_colour(0x1f, 0x5f, 0xbf)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void PanelFocusFrame::setPanel(QWidget* panel)
{
    if (panel == m_panel)
        return;
    if (m_panel)
        m_panel->removeEventFilter(this);
    m_panel = panel;
    if (m_panel)
        m_panel->installEventFilter(this);
    follow();
}

void PanelFocusFrame::setColour(const QColor& colour)
{
    m_colour = colour;
    update();
}

bool PanelFocusFrame::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_panel) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            follow();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PanelFocusFrame::follow()
{
    if (!m_panel || !m_panel->isVisible() || !parentWidget()) {
        hide();
        return;
    }
    const QRect r(m_panel->mapTo(parentWidget(), QPoint(0, 0)), m_panel->size());
    setGeometry(r);
    show();
    raise();
    update();
}

void PanelFocusFrame::paintEvent(QPaintEvent* /*event*/)
{
    QPainter p(this);
    const int w = lineWidth();
    p.setPen(QPen(m_colour, w));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect()).adjusted(w / 2.0, w / 2.0, -w / 2.0, -w / 2.0));
}

} // namespace vmviz::ui
