// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The ui library's Qt resources (the seed's source, the engine's model files). A static library's resources
// must be registered explicitly before first use; this does it once.
namespace vmviz::ui {
void ensureResources();
}
