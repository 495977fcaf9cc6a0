// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A thick outline around the panel that holds the keyboard focus, drawn over the window so that
// every panel shows it the same way, whatever it paints itself.
#include <QPointer>
#include <QWidget>

namespace vmviz::ui {

class PanelFocusFrame : public QWidget
{
    Q_OBJECT
public:
    explicit PanelFocusFrame(QWidget* window);
    /// Outlines `panel` (a dock or the central widget); null hides the outline.
    void setPanel(QWidget* panel);
    QWidget* panel() const { return m_panel; }
    void setColour(const QColor& colour);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void follow();

    QPointer<QWidget> m_panel;
    QColor m_colour;
};

} // namespace vmviz::ui
