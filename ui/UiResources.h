#pragma once
// The ui library's Qt resources (seed source, GUI examples). A static library's resources must be
// registered explicitly before first use; this does it once.
namespace vmviz::ui {
void ensureResources();
}
