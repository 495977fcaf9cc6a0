// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Printable PDFs through Qt's own writer (QPdfWriter): a lesson handout, one page per chapter with
// the views the chapter is about, and a quiz sheet. Both run on a finished machine, no window.
#include "machine/Machine.h"
#include "quiz/Quiz.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace vmviz::ui {

/// One chapter of a handout: the step it shows and its texts.
struct HandoutChapter
{
    std::uint64_t step = 0; ///< the machine as this step left it
    QString title;
    QStringList narration; ///< what the kernel did, one sentence per line
    QString explanation;   ///< the plain-language text (lesson chapters; empty otherwise)
    QString question;      ///< a question to ask the class
    QString notes;         ///< teacher notes
};

/// The chapters of a run. Each scenario line is a chapter: its text as the title, the calls it
/// made as the narration, its last step shown.
std::vector<HandoutChapter> handoutChapters(const Machine& machine);
/// A lesson's chapters when `scenarioText` has `chapter` lines (title, say, ask, note, the lines
/// each chapter ran and the step it ends at); otherwise one chapter per scenario line, as above.
std::vector<HandoutChapter> handoutChapters(const Machine& machine, const std::string& scenarioText,
                                            const std::string& fileName);

/// Writes the title page and one page per chapter. Moves the machine's cursor.
bool writeHandoutPdf(const QString& path, const QString& title, const QString& about, Machine& machine,
                     const std::vector<HandoutChapter>& chapters);

/// The quiz sheet of quiz/QuizSheet.h as a PDF, one question block after another.
bool writeQuizPdf(const QString& path, const QString& title, std::uint64_t seed,
                  const std::vector<quiz::Question>& questions, bool answers);

} // namespace vmviz::ui
