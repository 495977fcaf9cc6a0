// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// One scenario on several machines for the compare window. The runs and their line-by-line
// comparison (compare/Compare.h) are made on a worker thread; on the GUI thread the controller
// moves each machine's cursor and publishes an immutable MachineSnapshot per machine, as
// SessionController does for the main window. The machines step together scenario line by
// scenario line; within a line each may stand at its own step.
#include "compare/Compare.h"
#include "snapshot/MachineSnapshot.h"
#include "steps/RunIndex.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace vmviz::ui {

class SnapshotBuilder;

class CompareController : public QObject
{
    Q_OBJECT
public:
    explicit CompareController(QObject* parent = nullptr);
    ~CompareController() override;

    /// Starts the runs of `text` on every variant off the GUI thread; an earlier run still going
    /// is dropped. When they finish the machines stand at the end of line `line` (clamped), or
    /// of the first line where they differ when `line` is unset.
    void run(const QString& text, const QString& fileName, std::vector<compare::Variant> variants,
             std::optional<std::size_t> line = std::nullopt);
    bool isRunning() const { return m_running; }

    /// Null until a run finished.
    const compare::Comparison* comparison() const { return m_comparison.get(); }
    std::size_t machineCount() const { return m_sides.size(); }
    std::size_t lineCount() const { return m_comparison ? m_comparison->lines.size() : 0; }
    /// The scenario line (operation index) the machines stand in.
    std::size_t line() const { return m_line; }
    const compare::LineComparison* currentLine() const;
    std::uint64_t position(std::size_t machine) const;
    SnapshotPtr snapshot(std::size_t machine) const;
    /// The steps machine `machine` may stand at within the current line: from just before the
    /// line ran to its last step. Both 0 while nothing ran.
    std::pair<std::uint64_t, std::uint64_t> lineRange(std::size_t machine) const;

    /// Every machine to the end of `line` (clamped).
    void goToLine(std::size_t line);
    void nextLine();
    void previousLine();
    /// The next / previous line where the machines differ; stays put when there is none.
    void nextDifference();
    void previousDifference();
    /// One step forward or back within the current line: every machine, or only `machine`.
    void stepForward(std::optional<std::size_t> machine = std::nullopt);
    void stepBackward(std::optional<std::size_t> machine = std::nullopt);

Q_SIGNALS:
    void runStarted();
    /// Why the runs could not be compared ("FILE:LINE: …", or a variant's problem).
    void runFailed(const QString& error);
    void runFinished();
    /// Some machine moved: its snapshot, the line or both changed.
    void changed();

private:
    struct Outcome;
    struct Side
    {
        std::unique_ptr<SnapshotBuilder> builder;
        std::shared_ptr<const RunIndex> index;
        SnapshotPtr snapshot;
    };
    void adopt(const std::shared_ptr<Outcome>& outcome, std::optional<std::size_t> line);
    void seekAndPublish(std::size_t machine, std::uint64_t position);

    std::shared_ptr<compare::Comparison> m_comparison;
    std::vector<Side> m_sides;
    std::size_t m_line = 0;
    std::uint64_t m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::vector<QFuture<void>> m_workers; ///< waited for on destruction
};

} // namespace vmviz::ui
