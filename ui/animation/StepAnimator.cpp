// SPDX-License-Identifier: GPL-2.0-only
#include "animation/StepAnimator.h"

#include <algorithm>

namespace vmviz::ui {

StepAnimator::StepAnimator(QObject* parent) : QObject(parent)
{
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        if (m_frame.active())
            setProgress(m_frame.transition->backward ? 1.0 - value.toDouble() : value.toDouble());
    });
    connect(&m_animation, &QVariantAnimation::finished, this, [this]() {
        m_frame = {};
        Q_EMIT frameChanged(m_frame);
    });
}

void StepAnimator::setDurationMs(int ms)
{
    m_durationMs = ms <= 0 ? 0 : std::clamp(ms, kMinDurationMs, kMaxDurationMs);
    if (m_durationMs == 0)
        finish();
}

void StepAnimator::setPlaybackInterval(std::optional<int> intervalMs)
{
    m_playbackIntervalMs = intervalMs;
    if (effectiveDurationMs() == 0)
        finish();
}

int StepAnimator::effectiveDurationMs() const
{
    int ms = m_durationMs;
    if (ms > 0 && m_playbackIntervalMs)
        ms = std::min(ms, *m_playbackIntervalMs * 4 / 5);
    return ms >= kMinDurationMs ? ms : 0;
}

void StepAnimator::setFrozenProgress(std::optional<double> progress)
{
    m_frozen = progress ? std::optional<double>(std::clamp(*progress, 0.0, 1.0)) : std::nullopt;
    if (!m_frozen)
        finish();
}

void StepAnimator::showStep(const SnapshotPtr& previous, const SnapshotPtr& current)
{
    m_animation.stop();
    const int ms = effectiveDurationMs();
    std::optional<StepTransition> t;
    if (previous && current && (ms > 0 || m_frozen))
        t = StepTransition::between(*previous, *current);
    if (!t) {
        if (m_frame.active()) {
            m_frame = {};
            Q_EMIT frameChanged(m_frame);
        }
        return;
    }
    m_frame.transition = std::make_shared<const StepTransition>(std::move(*t));
    if (m_frozen) {
        setProgress(*m_frozen);
        return;
    }
    setProgress(m_frame.transition->backward ? 1.0 : 0.0);
    m_animation.setDuration(ms);
    m_animation.start();
}

void StepAnimator::finish()
{
    m_animation.stop();
    if (!m_frame.active())
        return;
    m_frame = {};
    Q_EMIT frameChanged(m_frame);
}

void StepAnimator::setProgress(double t)
{
    m_frame.progress = t;
    Q_EMIT frameChanged(m_frame);
}

} // namespace vmviz::ui
