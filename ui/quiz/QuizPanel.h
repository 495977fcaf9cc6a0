// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Predict-then-reveal in the window: the panel stops the session before each quiz step, shows the
// question and its choices, reveals the answer by moving to the end of what it asked about, and
// keeps the score. The questions come from core/quiz, made on a run of its own (off the GUI
// thread), so the window's machine is only ever moved, never read. They are made in the window's
// language (the core asks the catalogue for each format); after a language change the same
// questions are made again in the new one, and the quiz goes on where it was.
#include "quiz/Quiz.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;

namespace vmviz::ui {

class SessionController;

class QuizPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuizPanel(SessionController& session, QWidget* parent = nullptr);

    /// Makes the questions for the session's scenario with the seed in the panel, then asks the first.
    void start();
    /// For tests: the questions once start() has finished, and the score so far.
    const std::vector<quiz::Question>& questions() const { return m_questions; }
    int score() const { return m_score; }
    int answered() const { return m_answered; }
    /// Picks choice `i` of the current question (what a click on it does).
    void choose(std::size_t i);
    void next();

Q_SIGNALS:
    void questionsReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Runs the scenario and makes the questions off the GUI thread; `then` runs on it with them.
    void make(const std::function<void(std::vector<quiz::Question>)>& then);
    void ask();
    /// Shows the current question as it stands: asked, or answered with `m_chosen`.
    void showQuestion();
    void showDone();
    void showScore();

    SessionController& m_session;
    std::vector<quiz::Question> m_questions;
    std::size_t m_current = 0;
    int m_score = 0;
    int m_answered = 0;
    bool m_revealed = false;
    std::size_t m_chosen = 0;
    /// What the questions were made from: the scenario and the seed at New quiz.
    QString m_text;
    QString m_name;
    std::uint64_t m_madeSeed = 0;
    bool m_languageChangePending = false;
    QSpinBox* m_seed;
    QPushButton* m_start;
    QLabel* m_prompt;
    QLabel* m_context;
    std::vector<QPushButton*> m_choices;
    QLabel* m_reveal;
    QPushButton* m_next;
    QLabel* m_status;
};

} // namespace vmviz::ui
