// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The outline beside the timeline: one row per chapter — each scenario line, and a lesson's
// chapters in bold — the current one selected and kept in view. Clicking a row jumps to its start.
// PageUp / PageDown move through the same list (Playback::nextChapter).
#include "steps/RunIndex.h"
#include "views/StepView.h"

#include <QListView>

#include <memory>

namespace vmviz::ui {

class ChapterListModel;

class ChapterOutline : public QListView, public StepView
{
    Q_OBJECT
public:
    explicit ChapterOutline(QWidget* parent = nullptr);

    void setRun(const std::shared_ptr<const RunIndex>& index);
    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setPresentationScale(double scale) override;
    /// The row of the chapter the position is in; -1 before the first (tests).
    int currentChapterRow() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void positionRequested(std::uint64_t position);

private:
    ChapterListModel* m_model;
    std::shared_ptr<const RunIndex> m_index;
    double m_baseFontPoints = 0;
};

} // namespace vmviz::ui
