// SPDX-License-Identifier: GPL-2.0-only
#include "UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initVmvizUiResources()
{
    Q_INIT_RESOURCE(vmviz_ui);
}

namespace vmviz::ui {

void ensureResources()
{
    static const bool done = (initVmvizUiResources(), true);
    Q_UNUSED(done);
}

} // namespace vmviz::ui
