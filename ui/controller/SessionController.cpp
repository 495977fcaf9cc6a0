// SPDX-License-Identifier: GPL-2.0-only
#include "controller/SessionController.h"

#include "export/Exports.h"
#include "machine/Machine.h"
#include "scenario/Lesson.h"
#include "scenario/ScenarioRunner.h"
#include "snapshot/KernelTextSnapshot.h"
#include "snapshot/SnapshotBuilder.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace vmviz::ui {

struct SessionController::Outcome
{
    scenario::RunResult result;
    std::shared_ptr<const RunIndex> index;
    std::vector<std::uint64_t> chapterStarts;
};

SessionController::SessionController(QObject* parent) : QObject(parent) {}

SessionController::~SessionController()
{
    // Workers report to `this`; let them see the cancel flag and finish before it goes away.
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<void>& future : m_workers)
        future.waitForFinished();
}

void SessionController::runScenario(const QString& text, const QString& name, std::uint64_t position)
{
    if (m_cancel)
        m_cancel->store(true);
    const std::uint64_t generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_running = true;
    m_text = text;
    m_name = name;
    Q_EMIT runStarted(name);

    SessionController* self = this;
    const std::string utf8 = text.toStdString();
    const std::string fileName = name.toStdString();
    auto work = [utf8, fileName, cancel, self, generation]() {
        auto outcome = std::make_shared<Outcome>();
        scenario::RunOptions options;
        options.progress = [cancel, self, generation](std::size_t done, std::size_t total) {
            if (total >= 50 && (done % 25 == 0 || done == total)) {
                // Queued to the GUI thread; the controller drops reports of superseded runs.
                QMetaObject::invokeMethod(
                    self,
                    [self, generation, done, total]() {
                        if (self->m_generation == generation)
                            Q_EMIT self->runProgress(static_cast<int>(done), static_cast<int>(total));
                    },
                    Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        outcome->result = scenario::runScenarioText(utf8, fileName, options);
        if (outcome->result.machine && !outcome->result.cancelled) {
            outcome->index = std::make_shared<const RunIndex>(outcome->result.machine->trace);
            outcome->chapterStarts = scenario::chapterStartSteps(outcome->result.machine->trace);
        }
        return outcome;
    };

    auto* watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, position]() {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer run superseded this one
        adopt(generation, watcher->result(), position);
    });
    const QFuture<std::shared_ptr<Outcome>> future = QtConcurrent::run(work);
    m_workers.erase(std::remove_if(m_workers.begin(), m_workers.end(),
                                   [](const QFuture<void>& f) { return f.isFinished(); }),
                    m_workers.end());
    m_workers.push_back(QFuture<void>(future));
    watcher->setFuture(future);
}

void SessionController::cancelRun()
{
    if (!m_running || !m_cancel)
        return;
    m_cancel->store(true);
}

void SessionController::adopt(std::uint64_t generation, const std::shared_ptr<Outcome>& outcome,
                              std::uint64_t position)
{
    m_running = false;
    if (outcome->result.cancelled) {
        Q_EMIT runCancelled();
        return;
    }
    if (!outcome->result.machine) {
        Q_EMIT runFailed(QString::fromStdString(outcome->result.error));
        return;
    }
    if (m_pinned) {
        m_pinned.reset(); // step A of the old run means nothing in the new one
        Q_EMIT pinChanged(m_pinned);
    }
    m_machine = std::move(outcome->result.machine);
    m_index = outcome->index;
    m_chapterStarts = outcome->chapterStarts;
    m_builder = std::make_unique<SnapshotBuilder>(*m_machine);
    m_snapshot.reset();
    m_machine->seek(StepIndex{std::min(position, m_machine->stepCount())});
    Q_UNUSED(generation);
    publish();
    Q_EMIT runFinished();
}

std::uint64_t SessionController::position() const
{
    return m_machine ? m_machine->position().value() : 0;
}

std::uint64_t SessionController::stepCount() const
{
    return m_machine ? m_machine->stepCount() : 0;
}

void SessionController::publish()
{
    m_snapshot = withComparison(
        withWantedKernelText(m_builder->build(*m_machine, *m_index, m_snapshot.get(), m_generation)));
    Q_EMIT snapshotChanged(m_snapshot);
}

void SessionController::pinStep()
{
    if (!m_machine || !m_snapshot)
        return;
    m_pinned = m_machine->position().value();
    Q_EMIT pinChanged(m_pinned);
    m_snapshot = withComparison(m_snapshot);
    Q_EMIT snapshotChanged(m_snapshot);
}

void SessionController::unpin()
{
    if (!m_pinned)
        return;
    m_pinned.reset();
    Q_EMIT pinChanged(m_pinned);
    if (!m_snapshot)
        return;
    auto plain = std::make_shared<MachineSnapshot>(*m_snapshot);
    plain->comparison.reset();
    m_snapshot = std::move(plain);
    Q_EMIT snapshotChanged(m_snapshot);
}

SnapshotPtr SessionController::withComparison(const SnapshotPtr& snapshot)
{
    if (!m_pinned || !m_machine || !snapshot)
        return snapshot;
    // On the GUI thread, like the snapshot itself: changesBetween reads the live columns at the
    // cursor, so no worker may run it while a seek moves them. It costs one pass over the deltas
    // between A and here (tens of ms across ten million steps) and two seeks, which compareSteps
    // takes to name the areas and counters at A and puts back.
    auto compared = std::make_shared<MachineSnapshot>(*snapshot);
    compared->comparison = std::make_shared<const exports::Comparison>(
        exports::compareSteps(*m_machine, StepIndex{*m_pinned}, StepIndex{m_machine->position()}));
    return compared;
}

void SessionController::seek(std::uint64_t position)
{
    if (!m_machine)
        return;
    position = std::min(position, m_machine->stepCount());
    if (position == m_machine->position().value())
        return;
    m_machine->seek(StepIndex{position});
    publish();
}

void SessionController::stepInto()
{
    seek(position() + 1);
}

void SessionController::stepBack()
{
    if (position() > 0)
        seek(position() - 1);
}

void SessionController::stepOver()
{
    if (m_index)
        seek(m_index->stepOver(StepIndex{position()}).value());
}

void SessionController::stepOut()
{
    if (m_index)
        seek(m_index->stepOut(StepIndex{position()}).value());
}

void SessionController::goToStart()
{
    seek(0);
}

void SessionController::goToEnd()
{
    seek(stepCount());
}

void SessionController::setKernelTextFormat(const QString& format)
{
    if (format == m_kernelTextFormat)
        return;
    m_kernelTextFormat = format;
    const SnapshotPtr filled = withWantedKernelText(m_snapshot);
    if (filled == m_snapshot)
        return;
    m_snapshot = filled;
    Q_EMIT kernelTextAdded(m_snapshot);
}

SnapshotPtr SessionController::withWantedKernelText(const SnapshotPtr& snapshot)
{
    if (m_kernelTextFormat.isEmpty() || !m_machine || !snapshot)
        return snapshot;
    SnapshotPtr filled = withKernelText(snapshot, *m_machine, m_kernelTextFormat.toStdString());
    if (filled != snapshot)
        ++m_kernelTextRenders;
    return filled;
}

QString SessionController::kernelText(const QString& format) const
{
    if (!m_machine)
        return {};
    const std::optional<std::string> text = exports::renderSnapshot(*m_machine, format.toStdString());
    return text ? QString::fromStdString(*text) : QString();
}

QString SessionController::vmallocinfo() const
{
    return kernelText(QStringLiteral("vmallocinfo"));
}

QString SessionController::stateJson() const
{
    return m_machine ? QString::fromStdString(exports::snapshotJson(*m_machine).dump(2) + "\n") : QString();
}

} // namespace vmviz::ui
