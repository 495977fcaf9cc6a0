// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// kmemleak's reasoning drawn: the latest scan as a reference graph. The roots (.data/.bss: vmlist,
// vmap_area_root, vmap_area_list; the caller's variables) stand on the left, kmalloc'ed objects
// (vm_struct, vmap_area, page arrays) in the middle and vmalloc areas on the right. Each pointer
// the scan found is an arrow that appears at the step that found it (the core's KmemleakScanGraph,
// never recomputed here); each node is painted in its kmemleak colour with count / min_count, and
// says why a white object was or was not reported (too young, checksum changed, reported).
#include "animation/StepAnimator.h"
#include "export/ExportablePanel.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QRectF>
#include <QWidget>

namespace vmviz::ui {

/// Where each root and object is drawn, so painting and tests agree.
struct KmemleakGraphLayout
{
    struct Node
    {
        std::uint64_t pointer = 0; ///< the object's pointer; 0 for a root
        std::string root;          ///< the root's name for a root
        QRectF rect;
    };
    std::vector<Node> roots;
    std::vector<Node> objects; ///< object_list order within each column
    QRectF header;
    QRectF note;
    double rowHeight = 0;

    const Node* objectNode(std::uint64_t pointer) const;
    const Node* rootNode(const std::string& name) const;
};

KmemleakGraphLayout layoutKmemleakGraph(const KmemleakSnapshot& objects, const KmemleakScanGraph& graph,
                                        QSizeF size, double scale);

class KmemleakGraphView : public QWidget, public StepView, public ExportablePanel
{
    Q_OBJECT
public:
    explicit KmemleakGraphView(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setViewPalette(const ViewPalette& palette) override;
    void setAnimationFrame(const AnimationFrame& frame) override;
    void setPresentationScale(double scale) override;

    QSize renderSize() const override { return size(); }
    void render(QPainter& painter, QSize size) const override;
    QSize sizeHint() const override;

    /// The sentences under the graph: where the scan stands and why white objects were not reported.
    static QStringList explanation(const KmemleakSnapshot& objects, const KmemleakScanGraph& graph,
                                   std::uint64_t position);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintEdges(QPainter& p, const KmemleakGraphLayout& layout) const;
    void paintNodes(QPainter& p, const KmemleakGraphLayout& layout) const;

    SnapshotPtr m_snapshot;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    AnimationFrame m_frame;
    double m_scale = 1;
};

} // namespace vmviz::ui
