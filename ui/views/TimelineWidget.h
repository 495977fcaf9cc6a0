#pragma once
// A scrubber over all steps: the call depth as a profile, markers for each scenario line and each
// WARN or allocation failure, dots at calls of breakpoint functions, and the cursor. Click or drag
// to move the cursor.
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

    QSize renderSize() const override { return size(); }
    void render(QPainter& painter, QSize size) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void positionRequested(std::uint64_t position);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF track(QSize size) const;

    std::shared_ptr<const RunIndex> m_index;
    std::uint64_t m_position = 0;
    std::vector<std::uint64_t> m_breakpointSteps;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    double m_scale = 1.0;
};

} // namespace vmviz::ui
