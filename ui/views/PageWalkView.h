// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The page-table walk of one address, level under level: the address split into its four 9-bit
// indices and the offset, then per level the table page and a window of its entries with the one
// the address selects highlighted and an arrow down to the table (or frame) it points to. It
// follows the entry the current step writes, else the selected area, else keeps its address.
// One paint routine for screen, PNG and SVG.
#include "export/ExportablePanel.h"
#include "snapshot/LinkedSelection.h"
#include "snapshot/MachineSnapshot.h"
#include "snapshot/PageWalk.h"
#include "style/ViewPalette.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace vmviz::ui {

class PageWalkView : public QWidget, public ExportablePanel
{
    Q_OBJECT
public:
    explicit PageWalkView(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked);
    void setViewPalette(const ViewPalette& palette);

    /// The address walked, if there is one to walk.
    std::optional<std::uint64_t> address() const { return m_address; }
    /// The walk as painted at `size` (its windows fit the width).
    std::optional<PageWalk> walk(QSize size) const;

    /// What is on screen; behind its tab (never laid out) the size it asks for.
    QSize renderSize() const override { return isVisible() ? size() : size().expandedTo(sizeHint()); }
    void render(QPainter& painter, QSize size) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Metrics
    {
        int margin;
        int line;
        int header;
        int chipWidth;
        int cellWidth;
        int band;
        int gap;
    };
    Metrics metrics(QSize size) const;
    unsigned cellsPerBand(QSize size) const;
    void chooseAddress();

    SnapshotPtr m_snapshot;
    std::shared_ptr<const LinkedSelection> m_linked;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    std::optional<std::uint64_t> m_address;
    QString m_why; ///< why this address: "the entry this step writes", "the selected area"…
};

} // namespace vmviz::ui
