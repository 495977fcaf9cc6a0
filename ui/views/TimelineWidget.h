// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A scrubber over all steps: the run's phases as coloured bands with their names where they fit,
// a tick per scenario line (each a chapter) labelled where there is room, red markers on failure,
// WARN and oops steps, a bracket over each nested __vmalloc_node, the call depth as a profile,
// dots at calls of breakpoint functions, and the cursor with the step's sentence at the chosen
// detail level. Click or drag to move the cursor; at Overview and Standard a click lands on the
// end of the visible step it hits. Labels that do not fit are never squeezed in: the tooltip says
// them.
#include "export/ExportablePanel.h"
#include "steps/RunIndex.h"
#include "style/ViewPalette.h"
#include "trace/KernelFunction.h"
#include "views/StepView.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace vmviz::ui {

class TimelineWidget : public QWidget, public ExportablePanel, public StepView
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    void setRun(const std::shared_ptr<const RunIndex>& index);
    void setPosition(std::uint64_t position);
    /// Moves the cursor to the snapshot's step.
    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setBreakpoints(const std::vector<Fn>& functions);
    void setViewPalette(const ViewPalette& palette) override;
    void setPresentationScale(double scale) override;
    void setDetailLevel(DetailLevel level);

    QSize renderSize() const override { return size(); }
    void render(QPainter& painter, QSize size) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The fill of a phase band (also the outline's swatch).
    static QColor phaseColour(Phase phase, const ViewPalette& palette);

Q_SIGNALS:
    void positionRequested(std::uint64_t position);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF track(QSize size) const;
    QRectF bandRow(QSize size) const;
    void paintBands(QPainter& p, const QRectF& band, const QFontMetrics& fm) const;
    void paintChapters(QPainter& p, const QRectF& t, const QFontMetrics& fm) const;
    void paintProfile(QPainter& p, const QRectF& t) const;
    void paintMarkers(QPainter& p, const QRectF& t, const QRectF& band) const;
    void paintCursor(QPainter& p, const QRectF& t, QSize size, const QFontMetrics& fm) const;
    QString tooltipAt(QPointF point) const;

    std::shared_ptr<const RunIndex> m_index;
    SnapshotPtr m_snapshot;
    std::uint64_t m_position = 0;
    std::vector<std::uint64_t> m_breakpointSteps;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    double m_scale = 1.0;
    DetailLevel m_level = DetailLevel::Full;
};

} // namespace vmviz::ui
