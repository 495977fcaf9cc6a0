// SPDX-License-Identifier: GPL-2.0-only
#include "compare/CompareController.h"

#include "export/Diff.h"
#include "machine/Machine.h"
#include "scenario/ScenarioParser.h"
#include "snapshot/SnapshotBuilder.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace vmviz::ui {

struct CompareController::Outcome
{
    std::shared_ptr<compare::Comparison> comparison;
    std::vector<std::shared_ptr<const RunIndex>> indexes;
    std::string error;
    bool cancelled = false;
};

CompareController::CompareController(QObject* parent) : QObject(parent) {}

CompareController::~CompareController()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<void>& future : m_workers)
        future.waitForFinished();
}

void CompareController::run(const QString& text, const QString& fileName,
                            std::vector<compare::Variant> variants, std::optional<std::size_t> line)
{
    if (m_cancel)
        m_cancel->store(true);
    const std::uint64_t generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_running = true;
    Q_EMIT runStarted();

    auto work = [utf8 = text.toStdString(), name = fileName.toStdString(), variants = std::move(variants),
                 cancel]() {
        auto outcome = std::make_shared<Outcome>();
        const scenario::ParseResult parsed = scenario::parseScenario(utf8, name);
        if (!parsed.ok()) {
            for (const scenario::ParseError& e : parsed.errors)
                outcome->error += e.toString() + "\n";
            return outcome;
        }
        scenario::RunOptions options;
        options.progress = [cancel](std::size_t, std::size_t) { return !cancel->load(); };
        compare::CompareResult result = compare::compareScenario(*parsed.scenario, variants, options);
        if (cancel->load()) {
            outcome->cancelled = true;
            return outcome;
        }
        if (result.error) {
            outcome->error = (result.error->variant ? compare::machineLetter(*result.error->variant) + " (" +
                                                          variants[*result.error->variant].label() + "): "
                                                    : std::string()) +
                             result.error->message;
            return outcome;
        }
        outcome->comparison = std::make_shared<compare::Comparison>(std::move(*result.comparison));
        for (const compare::MachineRun& run : outcome->comparison->machines)
            outcome->indexes.push_back(std::make_shared<const RunIndex>(run.machine->trace));
        return outcome;
    };

    auto* watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, line]() {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer run superseded this one
        adopt(watcher->result(), line);
    });
    const QFuture<std::shared_ptr<Outcome>> future = QtConcurrent::run(work);
    m_workers.erase(std::remove_if(m_workers.begin(), m_workers.end(),
                                   [](const QFuture<void>& f) { return f.isFinished(); }),
                    m_workers.end());
    m_workers.push_back(QFuture<void>(future));
    watcher->setFuture(future);
}

void CompareController::adopt(const std::shared_ptr<Outcome>& outcome, std::optional<std::size_t> line)
{
    m_running = false;
    if (outcome->cancelled)
        return;
    if (!outcome->comparison) {
        Q_EMIT runFailed(QString::fromStdString(outcome->error));
        return;
    }
    m_comparison = outcome->comparison;
    m_sides.clear();
    for (std::size_t m = 0; m < m_comparison->machines.size(); ++m) {
        Side side;
        side.builder = std::make_unique<SnapshotBuilder>(*m_comparison->machines[m].machine);
        side.index = outcome->indexes[m];
        m_sides.push_back(std::move(side));
    }
    if (!line) {
        const auto& lines = m_comparison->lines;
        const auto differing = std::find_if(lines.begin(), lines.end(), [](const compare::LineComparison& l) {
            return !l.differences.empty();
        });
        line = differing == lines.end() ? 0 : static_cast<std::size_t>(differing - lines.begin());
    }
    goToLine(*line);
    Q_EMIT runFinished();
}

const compare::LineComparison* CompareController::currentLine() const
{
    return m_comparison && m_line < m_comparison->lines.size() ? &m_comparison->lines[m_line] : nullptr;
}

std::uint64_t CompareController::position(std::size_t machine) const
{
    return machine < m_sides.size() ? m_comparison->machines[machine].machine->position().value() : 0;
}

SnapshotPtr CompareController::snapshot(std::size_t machine) const
{
    return machine < m_sides.size() ? m_sides[machine].snapshot : nullptr;
}

std::pair<std::uint64_t, std::uint64_t> CompareController::lineRange(std::size_t machine) const
{
    const compare::LineComparison* line = currentLine();
    if (!line || machine >= line->machines.size())
        return {0, 0};
    const compare::LineFacts& facts = line->machines[machine];
    if (!facts.ran) {
        const std::uint64_t end = m_comparison->machines[machine].machine->stepCount();
        return {end, end};
    }
    return {facts.firstStep - 1, facts.lastStep};
}

void CompareController::seekAndPublish(std::size_t machine, std::uint64_t position)
{
    Machine& m = *m_comparison->machines[machine].machine;
    const auto [from, to] = lineRange(machine);
    m.seek(StepIndex{std::clamp(position, from, to)});
    Side& side = m_sides[machine];
    auto snapshot = std::make_shared<MachineSnapshot>(
        *side.builder->build(m, *side.index, side.snapshot.get(), m_generation));
    // What this line has changed so far: the ribbon outlines it, as it does for a pinned step.
    snapshot->comparison =
        std::make_shared<const exports::Comparison>(exports::compareSteps(m, StepIndex{from}, m.position()));
    side.snapshot = std::move(snapshot);
}

void CompareController::goToLine(std::size_t line)
{
    if (!m_comparison || m_comparison->lines.empty())
        return;
    m_line = std::min(line, m_comparison->lines.size() - 1);
    for (std::size_t m = 0; m < m_sides.size(); ++m)
        seekAndPublish(m, lineRange(m).second);
    Q_EMIT changed();
}

void CompareController::nextLine()
{
    if (m_line + 1 < lineCount())
        goToLine(m_line + 1);
}

void CompareController::previousLine()
{
    if (m_line > 0)
        goToLine(m_line - 1);
}

void CompareController::nextDifference()
{
    for (std::size_t l = m_line + 1; l < lineCount(); ++l)
        if (!m_comparison->lines[l].differences.empty())
            return goToLine(l);
}

void CompareController::previousDifference()
{
    for (std::size_t l = m_line; l-- > 0;)
        if (!m_comparison->lines[l].differences.empty())
            return goToLine(l);
}

void CompareController::stepForward(std::optional<std::size_t> machine)
{
    for (std::size_t m = 0; m < m_sides.size(); ++m)
        if (!machine || *machine == m)
            seekAndPublish(m, position(m) + 1);
    Q_EMIT changed();
}

void CompareController::stepBackward(std::optional<std::size_t> machine)
{
    for (std::size_t m = 0; m < m_sides.size(); ++m)
        if (!machine || *machine == m)
            seekAndPublish(m, position(m) == 0 ? 0 : position(m) - 1);
    Q_EMIT changed();
}

} // namespace vmviz::ui
