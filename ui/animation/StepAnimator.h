// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Plays a StepTransition when the cursor moves by exactly one step: progress runs 0 → 1 forward
// (1 → 0 back) over a short, adjustable time. The views already show the new state when it starts;
// the animation is drawn over it, so it never delays a step: a new step ends the running one.
// During fast play, jumps and seeks nothing is animated.
#include "animation/StepTransition.h"
#include "snapshot/MachineSnapshot.h"

#include <QObject>
#include <QVariantAnimation>

#include <memory>
#include <optional>

namespace vmviz::ui {

/// What the views draw over the current state: nothing, or a transition at some progress.
struct AnimationFrame
{
    std::shared_ptr<const StepTransition> transition;
    double progress = 1; ///< how far the step has happened: 0 = the state before it, 1 = after
    bool active() const { return transition != nullptr; }
};

class StepAnimator : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxDurationMs = 300;
    static constexpr int kDefaultDurationMs = 200;
    /// Below this an animation is a flicker, not motion: it is left out instead.
    static constexpr int kMinDurationMs = 60;

    explicit StepAnimator(QObject* parent = nullptr);

    /// 0 turns step animation off; anything else is clamped to [kMinDurationMs, kMaxDurationMs].
    void setDurationMs(int ms);
    int durationMs() const { return m_durationMs; }
    /// While Playback plays, its step interval: an animation must end before the next step comes,
    /// so it is shortened to 80 % of the interval, and left out when that is too short (fast play).
    void setPlaybackInterval(std::optional<int> intervalMs);
    /// How long the next animation runs; 0 when it would not run.
    int effectiveDurationMs() const;
    /// Holds every transition at `progress` instead of running it (screenshots of motion, tests).
    void setFrozenProgress(std::optional<double> progress);

    /// The cursor moved from `previous` to `current`; starts the step's animation if it has one.
    void showStep(const SnapshotPtr& previous, const SnapshotPtr& current);
    /// Ends the running animation at once.
    void finish();

    const AnimationFrame& frame() const { return m_frame; }

Q_SIGNALS:
    void frameChanged(const vmviz::ui::AnimationFrame& frame);

private:
    void setProgress(double t);

    QVariantAnimation m_animation;
    AnimationFrame m_frame;
    int m_durationMs = kDefaultDurationMs;
    std::optional<int> m_playbackIntervalMs;
    std::optional<double> m_frozen;
};

} // namespace vmviz::ui
