// SPDX-License-Identifier: GPL-2.0-only
#include "controller/Playback.h"

#include "controller/SessionController.h"

#include <algorithm>

namespace vmviz::ui {

namespace {
constexpr int kTickMs = 40;
}

Playback::Playback(SessionController& session, QObject* parent) : QObject(parent), m_session(session)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &Playback::tick);
    connect(&m_session, &SessionController::runStarted, this, &Playback::pause);
}

void Playback::play()
{
    if (isPlaying() || !m_session.hasMachine())
        return;
    if (m_session.position() >= m_session.stepCount())
        m_session.goToStart();
    m_carry = 0;
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void Playback::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void Playback::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void Playback::setSpeed(int stepsPerSecond)
{
    m_speed = std::max(1, stepsPerSecond);
}

void Playback::setDetailLevel(DetailLevel level)
{
    if (level == m_level)
        return;
    m_level = level;
    Q_EMIT detailLevelChanged(level);
}

void Playback::stepForward()
{
    pause();
    if (const auto index = m_session.runIndex())
        m_session.seek(index->detail().next(m_level, m_session.position()));
}

void Playback::stepBackward()
{
    pause();
    if (const auto index = m_session.runIndex())
        m_session.seek(index->detail().previous(m_level, m_session.position()));
}

void Playback::nextChapter()
{
    pause();
    if (const auto index = m_session.runIndex())
        m_session.seek(index->detail().nextChapter(m_session.position()));
}

void Playback::previousChapter()
{
    pause();
    if (const auto index = m_session.runIndex())
        m_session.seek(index->detail().previousChapter(m_session.position()));
}

bool Playback::addBreakpoint(const QString& functionName)
{
    const Fn fn = functionByName(functionName.trimmed().toStdString());
    if (fn == Fn::Count)
        return false;
    if (std::find(m_breakpoints.begin(), m_breakpoints.end(), fn) == m_breakpoints.end()) {
        m_breakpoints.push_back(fn);
        Q_EMIT breakpointsChanged();
    }
    return true;
}

void Playback::removeBreakpoint(const QString& functionName)
{
    const Fn fn = functionByName(functionName.trimmed().toStdString());
    const auto it = std::find(m_breakpoints.begin(), m_breakpoints.end(), fn);
    if (it != m_breakpoints.end()) {
        m_breakpoints.erase(it);
        Q_EMIT breakpointsChanged();
    }
}

QStringList Playback::breakpoints() const
{
    QStringList out;
    for (const Fn fn : m_breakpoints)
        out << QString::fromUtf8(functionInfo(fn).name.data(),
                                 static_cast<qsizetype>(functionInfo(fn).name.size()));
    return out;
}

std::vector<Breakpoint> Playback::breakpointList() const
{
    std::vector<Breakpoint> out;
    for (const Fn fn : m_breakpoints)
        out.push_back(Breakpoint{fn, {}, 0});
    return out;
}

std::vector<Breakpoint> Playback::setBreakpoints(const std::vector<Breakpoint>& breakpoints)
{
    std::vector<Fn> fns;
    std::vector<Breakpoint> unmatched;
    const auto add = [&fns](Fn fn) {
        if (std::find(fns.begin(), fns.end(), fn) == fns.end())
            fns.push_back(fn);
    };
    for (const Breakpoint& b : breakpoints) {
        if (b.file.empty()) {
            if (b.function == Fn::Count)
                unmatched.push_back(b);
            else
                add(b.function);
            continue;
        }
        bool matched = false;
        for (std::size_t i = 0; i < static_cast<std::size_t>(Fn::Count); ++i) {
            const Fn fn = static_cast<Fn>(i);
            const FunctionInfo& info = functionInfo(fn);
            if (info.file == b.file && info.line == b.line) {
                add(fn);
                matched = true;
            }
        }
        if (!matched)
            unmatched.push_back(b);
    }
    if (fns != m_breakpoints) {
        m_breakpoints = std::move(fns);
        Q_EMIT breakpointsChanged();
    }
    return unmatched;
}

void Playback::continueToBreakpoint()
{
    pause();
    advanceTo(m_session.stepCount());
}

bool Playback::advanceTo(std::uint64_t target)
{
    const auto index = m_session.runIndex();
    if (!index)
        return false;
    if (!m_breakpoints.empty()) {
        if (const StepIndex hit =
                index->nextCallOf(m_breakpoints, StepIndex{m_session.position()}, StepIndex{target});
            hit.value() != 0) {
            m_session.seek(hit.value());
            const auto& name = functionInfo(index->function(hit)).name;
            Q_EMIT breakpointHit(hit.value(),
                                 QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
            return true;
        }
    }
    m_session.seek(target);
    return false;
}

void Playback::tick()
{
    m_carry += m_speed * kTickMs / 1000.0;
    const auto steps = static_cast<std::uint64_t>(m_carry);
    if (steps == 0)
        return;
    m_carry -= static_cast<double>(steps);
    std::uint64_t target = std::min(m_session.position() + steps, m_session.stepCount());
    if (m_level != DetailLevel::Full) {
        if (const auto index = m_session.runIndex()) {
            target = m_session.position();
            for (std::uint64_t i = 0; i < steps && target < m_session.stepCount(); ++i)
                target = index->detail().next(m_level, target);
        }
    }
    if (advanceTo(target) || m_session.position() >= m_session.stepCount())
        pause();
}

} // namespace vmviz::ui
