// SPDX-License-Identifier: GPL-2.0-only
// Quiz mode in the window: the panel stops the session before each question, a choice reveals
// the step and counts in the score.
#include "TestSupport.h"

#include "quiz/QuizPanel.h"

#include <QPushButton>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

TEST(QuizPanel, StopsBeforeEachQuestionRevealsOnAChoiceAndKeepsTheScore)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kSeed));
    QuizPanel panel(session);
    QSignalSpy ready(&panel, &QuizPanel::questionsReady);
    panel.start();
    for (int i = 0; i < 100 && ready.isEmpty(); ++i)
        ready.wait(100);
    ASSERT_FALSE(ready.isEmpty());
    const auto& questions = panel.questions();
    ASSERT_GE(questions.size(), 4u);
    EXPECT_EQ(session.position(), questions[0].askBefore - 1) << "stopped before the first question's step";

    panel.choose(questions[0].answer);
    EXPECT_EQ(session.position(), questions[0].revealEnd);
    EXPECT_EQ(panel.score(), 1);
    panel.choose((questions[0].answer + 1) % 4);
    EXPECT_EQ(panel.answered(), 1) << "a revealed question takes no second answer";

    panel.next();
    EXPECT_EQ(session.position(), questions[1].askBefore - 1);
    panel.choose((questions[1].answer + 1) % 4);
    EXPECT_EQ(panel.score(), 1);
    EXPECT_EQ(panel.answered(), 2);
}

} // namespace
