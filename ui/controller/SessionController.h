// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The one owner of the Machine. Runs scenarios on a worker thread (QtConcurrent) with progress and
// cancel; a generation counter drops the result of any run that was superseded while it ran. On
// the GUI thread it moves the playback cursor and publishes an immutable MachineSnapshot after
// every move; views never see the Machine itself.
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

namespace vmviz {
class Machine;
}

namespace vmviz::ui {

class SnapshotBuilder;

class SessionController : public QObject
{
    Q_OBJECT
public:
    /// "Stay at the end of the trace" for runScenario's initial position.
    static constexpr std::uint64_t kEnd = ~std::uint64_t{0};

    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    /// Starts a run of `text` off the GUI thread; an earlier run still going is cancelled and its
    /// result dropped. When it finishes the cursor goes to `position` (clamped).
    void runScenario(const QString& text, const QString& name, std::uint64_t position = 0);
    void cancelRun();
    bool isRunning() const { return m_running; }

    bool hasMachine() const { return m_machine != nullptr; }
    QString scenarioName() const { return m_name; }
    QString scenarioText() const { return m_text; }
    std::uint64_t generation() const { return m_generation; }

    std::uint64_t position() const;
    std::uint64_t stepCount() const;
    SnapshotPtr snapshot() const { return m_snapshot; }
    std::shared_ptr<const RunIndex> runIndex() const { return m_index; }
    /// The steps where the run's lesson chapters start (scenario/Lesson.h); empty for no chapters.
    const std::vector<std::uint64_t>& chapterStarts() const { return m_chapterStarts; }

    void seek(std::uint64_t position);
    void stepInto();
    void stepBack();
    void stepOver();
    void stepOut();
    void goToStart();
    void goToEnd();

    /// Compare mode: pins the current position as step A; every snapshot from now on carries
    /// changesBetween(A, its position) as `comparison` (the current one is published again with it).
    /// A new run unpins.
    void pinStep();
    void unpin();
    std::optional<std::uint64_t> pinnedStep() const { return m_pinned; }

    /// The kernel file (an exports::snapshotFormats() name: "dmesg", "vmallocinfo", …) every
    /// snapshot carries from now on, rendered while the machine stands at its step; empty for none,
    /// so stepping renders no text nobody reads. A current snapshot without the file gets it, and
    /// kernelTextAdded says so.
    void setKernelTextFormat(const QString& format);
    QString kernelTextFormat() const { return m_kernelTextFormat; }
    /// How many kernel files have been rendered for snapshots (tests: none while nobody looks).
    int kernelTextRenderCount() const { return m_kernelTextRenders; }
    /// exports::renderSnapshot of the live machine at the current position, for exports and tests;
    /// views read the snapshot's copy instead. Empty with no machine or for a name it does not know.
    QString kernelText(const QString& format) const;
    /// /proc/vmallocinfo at the current position.
    QString vmallocinfo() const;
    /// The whole machine at the current position as the CLI's JSON snapshot (vmviz-cli load reads it).
    QString stateJson() const;

Q_SIGNALS:
    void runStarted(const QString& name);
    void runProgress(int done, int total);
    /// Parse or boot errors, one "FILE:LINE: message" per line.
    void runFailed(const QString& errors);
    void runCancelled();
    void runFinished();
    void snapshotChanged(const vmviz::ui::SnapshotPtr& snapshot);
    /// The current snapshot again, now carrying the kernel file setKernelTextFormat asked for;
    /// nothing else in it changed, so only a kernel-text view needs it.
    void kernelTextAdded(const vmviz::ui::SnapshotPtr& snapshot);
    /// A step was pinned for comparison or unpinned (nullopt).
    void pinChanged(std::optional<std::uint64_t> step);

private:
    struct Outcome;
    void adopt(std::uint64_t generation, const std::shared_ptr<Outcome>& outcome, std::uint64_t position);
    void publish();
    SnapshotPtr withWantedKernelText(const SnapshotPtr& snapshot);
    SnapshotPtr withComparison(const SnapshotPtr& snapshot);

    std::unique_ptr<Machine> m_machine;
    std::unique_ptr<SnapshotBuilder> m_builder;
    std::shared_ptr<const RunIndex> m_index;
    std::vector<std::uint64_t> m_chapterStarts;
    SnapshotPtr m_snapshot;
    QString m_name;
    QString m_text;
    QString m_kernelTextFormat;
    std::optional<std::uint64_t> m_pinned;
    int m_kernelTextRenders = 0;
    std::uint64_t m_generation = 0;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::vector<QFuture<void>> m_workers; ///< every run not known to be finished; waited for on destruction
};

} // namespace vmviz::ui
