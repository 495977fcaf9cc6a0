// SPDX-License-Identifier: GPL-2.0-only
#include "quiz/QuizPanel.h"

#include "controller/SessionController.h"
#include "i18n/CoreText.h"
#include "scenario/ScenarioRunner.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vmviz::ui {

namespace {

constexpr std::size_t kQuestions = 10;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

QuizPanel::QuizPanel(SessionController& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_seed(new QSpinBox(this)),
      m_start(new QPushButton(tr("New quiz"), this)), m_prompt(new QLabel(this)), m_context(new QLabel(this)),
      m_reveal(new QLabel(this)), m_next(new QPushButton(tr("Next question"), this)),
      m_status(new QLabel(this))
{
    // The question, its choices and the reveal scroll when the dock is short: no line is cut off.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // About the height a question with its choices needs, so the dock is not squeezed to a line.
    scroll->setMinimumHeight(fontMetrics().lineSpacing() * 18);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Seed"), this));
    m_seed->setRange(1, 1000000);
    top->addWidget(m_seed);
    top->addWidget(m_start);
    top->addStretch();
    top->addWidget(m_status);
    layout->addLayout(top);
    for (QLabel* label : {m_prompt, m_context, m_reveal}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_prompt->setObjectName(QStringLiteral("quizPrompt"));
    QFont bold = m_prompt->font();
    bold.setBold(true);
    m_prompt->setFont(bold);
    layout->addWidget(m_prompt);
    layout->addWidget(m_context);
    for (std::size_t i = 0; i < 4; ++i) {
        auto* button = new QPushButton(this);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px;"));
        connect(button, &QPushButton::clicked, this, [this, i]() { choose(i); });
        layout->addWidget(button);
        m_choices.push_back(button);
    }
    layout->addWidget(m_reveal);
    layout->addWidget(m_next);
    layout->addStretch();
    connect(m_start, &QPushButton::clicked, this, &QuizPanel::start);
    connect(m_next, &QPushButton::clicked, this, &QuizPanel::next);
    m_prompt->setText(tr("Press New quiz: the window stops before each question's step; pick a choice "
                         "and the step plays."));
    for (QPushButton* b : m_choices)
        b->hide();
    m_next->hide();
}

void QuizPanel::start()
{
    const QString text = m_session.scenarioText();
    if (text.isEmpty())
        return;
    m_text = text;
    m_name = m_session.scenarioName();
    m_madeSeed = static_cast<std::uint64_t>(m_seed->value());
    m_start->setEnabled(false);
    m_status->setText(tr("Making questions…"));
    make([this](std::vector<quiz::Question> questions) {
        m_start->setEnabled(true);
        m_questions = std::move(questions);
        m_current = 0;
        m_score = 0;
        m_answered = 0;
        Q_EMIT questionsReady();
        if (m_questions.empty()) {
            m_status->setText(tr("This run offers no step to ask about."));
            return;
        }
        ask();
    });
}

void QuizPanel::make(const std::function<void(std::vector<quiz::Question>)>& then)
{
    const quiz::QuizOptions options{m_madeSeed, kQuestions, &coreTextTranslator()};
    auto* watcher = new QFutureWatcher<std::vector<quiz::Question>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, then]() {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([text = m_text, name = m_name, options]() {
        auto result = scenario::runScenarioText(text.toStdString(), name.toStdString());
        return result.machine ? quiz::makeQuiz(*result.machine, options) : std::vector<quiz::Question>{};
    }));
}

void QuizPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // One LanguageChange per catalogue swapped: make the questions again once, after the last.
    if (event->type() != QEvent::LanguageChange || m_questions.empty() || m_languageChangePending)
        return;
    m_languageChangePending = true;
    QMetaObject::invokeMethod(
        this,
        [this]() {
            m_languageChangePending = false;
            const std::size_t count = m_questions.size();
            make([this, count](std::vector<quiz::Question> questions) {
                // The same seed and run give the same questions, choices and answers: only the words change.
                if (questions.size() != count || m_questions.empty())
                    return;
                m_questions = std::move(questions);
                if (m_current < m_questions.size())
                    showQuestion();
                else
                    showDone();
            });
        },
        Qt::QueuedConnection);
}

void QuizPanel::ask()
{
    const quiz::Question& q = m_questions[m_current];
    m_revealed = false;
    m_session.seek(q.askBefore - 1);
    showQuestion();
}

void QuizPanel::showQuestion()
{
    const quiz::Question& q = m_questions[m_current];
    m_prompt->setText(tr("Question %1 of %2 (before step %3): %4")
                          .arg(m_current + 1)
                          .arg(m_questions.size())
                          .arg(q.askBefore)
                          .arg(qs(q.prompt).remove(QLatin1Char('`'))));
    QString context;
    for (const std::string& line : q.context)
        context += QStringLiteral("• ") + qs(line).remove(QLatin1Char('`')) + QLatin1Char('\n');
    m_context->setText(context.trimmed());
    for (std::size_t i = 0; i < m_choices.size(); ++i) {
        m_choices[i]->setVisible(i < q.choices.size());
        m_choices[i]->setEnabled(!m_revealed);
        if (i >= q.choices.size())
            continue;
        QString text =
            QStringLiteral("%1)  %2").arg(QChar(u'a' + static_cast<char16_t>(i))).arg(qs(q.choices[i].text));
        if (m_revealed && i == q.answer)
            text += QStringLiteral("   ✓");
        else if (m_revealed && i == m_chosen)
            text += QStringLiteral("   ✗");
        m_choices[i]->setText(text);
    }
    if (m_revealed) {
        m_reveal->setText((m_chosen == q.answer ? tr("Right. ") : tr("Not quite. ")) + qs(q.why) +
                          tr("\nProof: step %1: %2").arg(q.proofStep).arg(qs(q.proof)));
        m_next->setVisible(true);
        m_next->setText(m_current + 1 < m_questions.size() ? tr("Next question") : tr("Finish"));
    } else {
        m_reveal->clear();
        m_next->hide();
    }
    showScore();
}

void QuizPanel::choose(std::size_t i)
{
    if (m_revealed || m_current >= m_questions.size())
        return;
    const quiz::Question& q = m_questions[m_current];
    if (i >= q.choices.size())
        return;
    m_revealed = true;
    m_chosen = i;
    ++m_answered;
    m_score += i == q.answer ? 1 : 0;
    m_session.seek(q.revealEnd); // play what the question asked about
    showQuestion();
}

void QuizPanel::next()
{
    if (!m_revealed)
        return;
    if (++m_current < m_questions.size()) {
        ask();
        return;
    }
    showDone();
}

void QuizPanel::showDone()
{
    for (QPushButton* b : m_choices)
        b->hide();
    m_next->hide();
    m_context->clear();
    m_reveal->clear();
    m_prompt->setText(tr("Done: %1 of %2 right.").arg(m_score).arg(m_questions.size()));
    showScore();
}

void QuizPanel::showScore()
{
    m_status->setText(tr("Score %1 / %2").arg(m_score).arg(m_answered));
}

} // namespace vmviz::ui
