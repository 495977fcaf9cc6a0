// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The lesson of a scenario with chapters (scenario/Lesson.h): the current chapter's title, its
// plain-language explanation and its question for the class, with the teacher notes behind a
// toggle. Playback stops at each chapter start; the window asks chapterStartIn where.
#include "scenario/Scenario.h"
#include "views/StepView.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QCheckBox;
class QTextBrowser;

namespace vmviz::ui {

class LessonPanel : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);

    /// The chapters of the scenario just run and the steps where the run starts them (the i-th
    /// start belongs to the i-th chapter). Empty for a scenario that is not a lesson.
    void setLesson(std::vector<scenario::Chapter> chapters, std::vector<std::uint64_t> starts);
    bool hasChapters() const { return !m_starts.empty(); }
    /// The first chapter start after `from` and at or before `to`, where playback should stop.
    std::optional<std::uint64_t> chapterStartIn(std::uint64_t from, std::uint64_t to) const;
    /// The chapter shown at the current position (index into the chapters), if any.
    std::optional<std::size_t> currentChapter() const;
    /// What the panel shows, as plain text (tests).
    QString shownText() const;

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setPresentationScale(double scale) override;

private:
    void refresh();

    std::vector<scenario::Chapter> m_chapters;
    std::vector<std::uint64_t> m_starts;
    std::uint64_t m_position = 0;
    QTextBrowser* m_text;
    QCheckBox* m_showNotes;
    double m_scale = 1;
};

} // namespace vmviz::ui
