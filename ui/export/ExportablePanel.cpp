// SPDX-License-Identifier: GPL-2.0-only
#include "export/ExportablePanel.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>

namespace vmviz::ui {

QImage renderPanelImage(const ExportablePanel& panel)
{
    const QSize size = panel.renderSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    panel.render(painter, size);
    painter.end();
    return image;
}

bool exportPanelPng(const ExportablePanel& panel, const QString& path)
{
    // Quality 0 is zlib level 9 for PNG: lossless, and the smallest file.
    return renderPanelImage(panel).save(path, "PNG", 0);
}

bool exportPanelSvg(const ExportablePanel& panel, const QString& path, const QString& title)
{
    const QSize size = panel.renderSize();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("vmviz: Linux 2.6.36 vmalloc on a model x86-64 machine"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    panel.render(painter, size);
    return painter.end();
}

bool exportWidgetPng(QWidget& widget, const QString& path)
{
    return widget.grab().save(path, "PNG", 0);
}

bool exportWidgetSvg(QWidget& widget, const QString& path, const QString& title)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(widget.size());
    generator.setViewBox(widget.rect());
    generator.setTitle(title);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    widget.render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    return painter.end();
}

} // namespace vmviz::ui
