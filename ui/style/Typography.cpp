// SPDX-License-Identifier: GPL-2.0-only
#include "style/Typography.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QWidget>

#include <algorithm>

namespace vmviz::ui::typography {

namespace {

double g_scale = 1.0;

double baseGeneralPointSize()
{
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF();
}

} // namespace

double scale()
{
    return g_scale;
}

void setScale(double factor)
{
    const double clamped =
        factor <= 1.0 ? 1.0 : std::clamp(factor, kMinPresentationScale, kMaxPresentationScale);
    const double ratio = clamped / g_scale;
    QFont f = QApplication::font();
    // From the font in force, not the platform's: a test or a user may have chosen another base.
    f.setPointSizeF(f.pointSizeF() * ratio);
    g_scale = clamped;
    QApplication::setFont(f);
    if (ratio != 1.0) {
        for (QWidget* top : QApplication::topLevelWidgets())
            rescaleSetFonts(top, ratio);
    }
}

QFont monoFont()
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // The platform's fixed font keeps its own proportion to the general font (often a point
    // smaller); both grow by the presentation factor.
    const double general = baseGeneralPointSize();
    const double ratio = general > 0 ? mono.pointSizeF() / general : 1.0;
    mono.setPointSizeF(QApplication::font().pointSizeF() * ratio);
    return mono;
}

void rescaleSetFonts(QWidget* root, double ratio)
{
    if (!root || ratio == 1.0)
        return;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        // Only a size the widget set itself: an inherited size already follows the application.
        if (w->testAttribute(Qt::WA_SetFont) && (w->font().resolveMask() & QFont::SizeResolved)) {
            QFont f = w->font();
            if (f.pointSizeF() > 0)
                f.setPointSizeF(f.pointSizeF() * ratio);
            else if (f.pixelSize() > 0)
                f.setPixelSize(std::max(1, static_cast<int>(f.pixelSize() * ratio + 0.5)));
            w->setFont(f);
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            for (QHeaderView* header : view->findChildren<QHeaderView*>()) {
                if (header->orientation() == Qt::Vertical && header->parent() == view)
                    header->setDefaultSectionSize(
                        std::max(1, static_cast<int>(header->defaultSectionSize() * ratio + 0.5)));
            }
        }
    }
}

} // namespace vmviz::ui::typography
