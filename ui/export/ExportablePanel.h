// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A panel with one paint routine that serves the screen, PNG export (QImage) and SVG export
// (QSvgGenerator) alike (style.md §9).
#include <QSize>
#include <QString>

class QPainter;
class QWidget;
class QImage;

namespace vmviz::ui {

class ExportablePanel
{
public:
    virtual ~ExportablePanel() = default;
    /// The size the panel renders at when exported: what the view currently shows.
    virtual QSize renderSize() const = 0;
    /// Paints the whole panel into `size` with the painter's origin at its top-left.
    virtual void render(QPainter& painter, QSize size) const = 0;
};

/// Renders a panel into an image (device pixel ratio 1).
QImage renderPanelImage(const ExportablePanel& panel);
bool exportPanelPng(const ExportablePanel& panel, const QString& path);
bool exportPanelSvg(const ExportablePanel& panel, const QString& path, const QString& title);

/// Widgets without their own routine (item views, the whole window): Qt's widget painting.
bool exportWidgetPng(QWidget& widget, const QString& path);
bool exportWidgetSvg(QWidget& widget, const QString& path, const QString& title);

} // namespace vmviz::ui
