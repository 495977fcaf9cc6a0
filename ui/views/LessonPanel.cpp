// SPDX-License-Identifier: GPL-2.0-only
#include "views/LessonPanel.h"

#include "i18n/LessonText.h"

#include <QCheckBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace vmviz::ui {

LessonPanel::LessonPanel(QWidget* parent)
    : QWidget(parent), m_text(new QTextBrowser(this)), m_showNotes(new QCheckBox(tr("Teacher notes"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_showNotes);
    m_text->setOpenLinks(false);
    m_showNotes->setToolTip(tr("Show the notes for the teacher under the chapter"));
    connect(m_showNotes, &QCheckBox::toggled, this, &LessonPanel::refresh);
    refresh();
}

void LessonPanel::setLesson(std::vector<scenario::Chapter> chapters, std::vector<std::uint64_t> starts)
{
    m_chapters = std::move(chapters);
    m_starts = std::move(starts);
    m_starts.resize(std::min(m_starts.size(), m_chapters.size())); // a run cut short starts fewer
    refresh();
}

std::optional<std::uint64_t> LessonPanel::chapterStartIn(std::uint64_t from, std::uint64_t to) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), from);
    if (it == m_starts.end() || *it > to)
        return std::nullopt;
    return *it;
}

std::optional<std::size_t> LessonPanel::currentChapter() const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), m_position);
    if (it == m_starts.begin())
        return std::nullopt;
    return static_cast<std::size_t>(it - m_starts.begin() - 1);
}

QString LessonPanel::shownText() const
{
    return m_text->toPlainText();
}

void LessonPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_position = snapshot ? snapshot->step.position : 0;
    refresh();
}

void LessonPanel::setPresentationScale(double scale)
{
    m_scale = scale;
    refresh();
}

void LessonPanel::refresh()
{
    m_showNotes->setVisible(hasChapters());
    const int body = static_cast<int>(std::lround(11 * m_scale));
    QString html = QStringLiteral("<div style='font-size:%1pt'>").arg(body);
    if (!hasChapters()) {
        html += tr("<p>This scenario has no chapters. File → Lessons opens one that has.</p>");
    } else if (const auto index = currentChapter()) {
        const scenario::Chapter& chapter = m_chapters[*index];
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(tr("Chapter %1 of %2").arg(*index + 1).arg(m_chapters.size()));
        html += QStringLiteral("<h2>%1</h2>").arg(lessonText(chapter.title).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(lessonText(chapter.say).toHtmlEscaped());
        if (!chapter.ask.empty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Ask the class:"), lessonText(chapter.ask).toHtmlEscaped());
        if (m_showNotes->isChecked() && !chapter.note.empty())
            html += QStringLiteral("<p style='background:#fff4c2; color:black'><i>%1</i> %2</p>")
                        .arg(tr("Teacher notes:"), lessonText(chapter.note).toHtmlEscaped());
    } else {
        html += tr("<p>The first chapter starts at step %1.</p>").arg(m_starts.front());
    }
    html += QStringLiteral("</div>");
    m_text->setHtml(html);
}

} // namespace vmviz::ui
