// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Play/pause over the recorded steps at a chosen speed, stopping at breakpoints (kernel function
// names). Stepping and playing follow the detail level (steps/DetailLevel.h): at Overview one
// step is a whole phase. Moves the cursor only through the SessionController.
#include "steps/RunIndex.h"
#include "trace/KernelFunction.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <vector>

namespace vmviz::ui {

class SessionController;

class Playback : public QObject
{
    Q_OBJECT
public:
    explicit Playback(SessionController& session, QObject* parent = nullptr);

    bool isPlaying() const { return m_timer.isActive(); }
    void play();
    void pause();
    void togglePlay();

    /// Steps per second: quick enough to see a call unfold at a desk, and slow enough in
    /// presentation mode for a room to read each step's narration.
    static constexpr int kDefaultSpeed = 20;
    static constexpr int kPresentationSpeed = 2;
    /// Steps per second; at Overview and Standard, visible steps per second.
    void setSpeed(int stepsPerSecond);
    int speed() const { return m_speed; }

    void setDetailLevel(DetailLevel level);
    DetailLevel detailLevel() const { return m_level; }
    /// One visible step forward or back at the detail level (the arrow keys).
    void stepForward();
    void stepBackward();
    /// To the next / previous chapter's first step: a scenario line or a lesson chapter (PageDown /
    /// PageUp, what a presenter's remote sends).
    void nextChapter();
    void previousChapter();

    /// Adds a breakpoint on a kernel function by its kernel name; false if no such function runs.
    bool addBreakpoint(const QString& functionName);
    void removeBreakpoint(const QString& functionName);
    QStringList breakpoints() const;
    /// The breakpoints as core breakpoints (one per function), for session files.
    std::vector<Breakpoint> breakpointList() const;
    /// Replaces every breakpoint. A FILE:LINE breakpoint becomes one on the function defined at
    /// that line (RunIndex stops there on a call of that function, so it is the same stop);
    /// returns the breakpoints that matched no function.
    std::vector<Breakpoint> setBreakpoints(const std::vector<Breakpoint>& breakpoints);
    /// Runs to the next call of a breakpoint function (or the end) at once.
    void continueToBreakpoint();

Q_SIGNALS:
    void playingChanged(bool playing);
    void breakpointsChanged();
    void breakpointHit(std::uint64_t step, const QString& function);
    void detailLevelChanged(vmviz::DetailLevel level);

private:
    void tick();
    /// Moves to `target`, stopping early at a breakpoint; returns true when it stopped at one.
    bool advanceTo(std::uint64_t target);

    SessionController& m_session;
    QTimer m_timer;
    int m_speed = 10;
    DetailLevel m_level = DetailLevel::Full;
    double m_carry = 0;
    std::vector<Fn> m_breakpoints;
};

} // namespace vmviz::ui
