// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// `vmviz --import FILE`: a real kernel's vmalloc range from its /proc/vmallocinfo, drawn by the
// ribbon the model uses, with what the import says above it. Read-only: there are no steps.
#include "import/VmallocInfoImport.h"
#include "style/ViewPalette.h"

#include <QWidget>

namespace vmviz::ui {

class VmallocRibbonView;

class ImportWindow : public QWidget
{
    Q_OBJECT
public:
    ImportWindow(const import::VmallocInfo& info, const ViewPalette& palette, QWidget* parent = nullptr);

private:
    VmallocRibbonView* m_ribbon = nullptr;
};

} // namespace vmviz::ui
