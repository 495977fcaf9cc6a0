// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Shared helpers for the GUI tests: scenarios from the scenario language, run the way the app
// runs them (worker thread, then the controller adopts the machine).
#include "controller/SessionController.h"

#include <QSignalSpy>
#include <QString>

#include <gtest/gtest.h>

namespace vmviz::ui::test {

/// `config ram=128M` then `a = vmalloc 2101248`: 513 pages, so the page array (4104 bytes) is
/// vmalloc'ed by a nested __vmalloc_node.
inline const QString kRecursion = QStringLiteral("config ram=128M\na = vmalloc 2101248\n");
inline const QString kSeed = QStringLiteral(
    "config ram=128M cpus=4 module=mymod comm=insmod pid=1234\nbuf = vmalloc 100\nvfree buf\n");

/// Runs `text` through the controller and waits for the result, at most `seconds` (the big
/// golden scenarios take tens of seconds under ASan).
inline bool runAndWait(SessionController& session, const QString& text, std::uint64_t position = 0,
                       int seconds = 10)
{
    QSignalSpy finished(&session, &SessionController::runFinished);
    QSignalSpy failed(&session, &SessionController::runFailed);
    session.runScenario(text, QStringLiteral("test.vmviz"), position);
    for (int i = 0; i < seconds * 10 && finished.isEmpty() && failed.isEmpty(); ++i)
        finished.wait(100);
    return !finished.isEmpty();
}

/// After MainWindow::loadScenario or openSessionFile started a run: waits until the controller
/// has adopted its machine.
inline bool waitForRun(SessionController& session)
{
    QSignalSpy finished(&session, &SessionController::runFinished);
    for (int i = 0; i < 100 && finished.isEmpty(); ++i)
        finished.wait(100);
    return !finished.isEmpty() && session.hasMachine();
}

} // namespace vmviz::ui::test
