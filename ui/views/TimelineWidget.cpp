#include "views/TimelineWidget.h"

#include "geometry/TimelineScale.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace vmviz::ui {

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(600, static_cast<int>(78 * m_scale));
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(200, static_cast<int>(78 * m_scale));
}

void TimelineWidget::setRun(const std::shared_ptr<const RunIndex>& index)
{
    m_index = index;
    m_breakpointSteps.clear();
    update();
}

void TimelineWidget::setPosition(std::uint64_t position)
{
    m_position = position;
    update();
}

void TimelineWidget::setSnapshot(const SnapshotPtr& snapshot)
{
    setPosition(snapshot ? snapshot->step.position : 0);
}

void TimelineWidget::setBreakpoints(const std::vector<Fn>& functions)
{
    m_breakpointSteps.clear();
    if (m_index && !functions.empty()) {
        const StepIndex end{m_index->stepCount()};
        for (StepIndex s = m_index->nextCallOf(functions, StepIndex{0}, end); s.value() != 0;
             s = m_index->nextCallOf(functions, s, end))
            m_breakpointSteps.push_back(s.value());
    }
    update();
}

void TimelineWidget::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    update();
}

void TimelineWidget::setPresentationScale(double scale)
{
    m_scale = scale;
    updateGeometry();
    setFixedHeight(sizeHint().height());
    update();
}

QRectF TimelineWidget::track(QSize size) const
{
    const double pad = 12 * m_scale;
    return QRectF(pad, 18 * m_scale, size.width() - 2 * pad, size.height() - 34 * m_scale);
}

void TimelineWidget::render(QPainter& p, QSize size) const
{
    p.fillRect(QRect(QPoint(0, 0), size), m_palette.panel);
    const QRectF t = track(size);
    p.fillRect(t, m_palette.background);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    const QFontMetrics fm(f);
    if (!m_index || m_index->stepCount() == 0) {
        p.setPen(m_palette.mutedText);
        p.drawText(t, Qt::AlignCenter, tr("no trace"));
        return;
    }
    const std::uint64_t n = m_index->stepCount();
    const TimelineScale scale(n, t.left(), t.width());

    // Call-depth profile: the deepest step in each pixel column.
    const int columns = std::max(1, static_cast<int>(t.width()));
    const double maxDepth = std::max<double>(1, m_index->maxDepth());
    QPainterPath profile;
    profile.moveTo(t.left(), t.bottom());
    for (int c = 0; c < columns; ++c) {
        const std::uint64_t first = std::max<std::uint64_t>(
            1, n * static_cast<std::uint64_t>(c) / static_cast<std::uint64_t>(columns) + 1);
        const std::uint64_t last =
            std::max(first, n * static_cast<std::uint64_t>(c + 1) / static_cast<std::uint64_t>(columns));
        std::uint8_t depth = 0;
        for (std::uint64_t s = first; s <= last && s <= n;
             s += std::max<std::uint64_t>(1, (last - first) / 64))
            depth = std::max(depth, m_index->depth(StepIndex{s}));
        profile.lineTo(t.left() + c, t.bottom() - (t.height() - 4) * depth / maxDepth);
        profile.lineTo(t.left() + c + 1, t.bottom() - (t.height() - 4) * depth / maxDepth);
    }
    profile.lineTo(t.right(), t.bottom());
    profile.closeSubpath();
    QColor fill = m_palette.marker;
    fill.setAlpha(60);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(profile);
    p.setBrush(Qt::NoBrush);

    // Scenario lines: ticks above the track with the line's text where there is room.
    double lastLabelEnd = -1e9;
    for (const TimelineMarker& m : m_index->markers()) {
        const double x = scale.xOf(m.step.value() - 1);
        if (m.kind == TimelineMarker::Kind::ScenarioLine) {
            p.setPen(QPen(m_palette.marker, 1.5));
            p.drawLine(QPointF(x, t.top() - 5 * m_scale), QPointF(x, t.bottom()));
            QString label = QString::fromStdString(m.label);
            const qsizetype colon = label.indexOf(QStringLiteral(": "));
            if (colon >= 0)
                label = label.mid(colon + 2);
            if (x > lastLabelEnd + 8) {
                p.setPen(m_palette.text);
                p.drawText(QPointF(x + 3, t.top() - 5 * m_scale), label);
                lastLabelEnd = x + 3 + fm.horizontalAdvance(label);
            }
        } else {
            const QColor colour = m_palette.warn;
            QPainterPath tri;
            tri.moveTo(x, t.bottom() - 2);
            tri.lineTo(x - 5 * m_scale, t.bottom() + 8 * m_scale);
            tri.lineTo(x + 5 * m_scale, t.bottom() + 8 * m_scale);
            tri.closeSubpath();
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawPath(tri);
            p.setBrush(Qt::NoBrush);
        }
    }
    // Breakpoint hits.
    p.setPen(Qt::NoPen);
    p.setBrush(m_palette.warn);
    for (const std::uint64_t s : m_breakpointSteps)
        p.drawEllipse(QPointF(scale.xOf(s), t.bottom() - 3 * m_scale), 2.5 * m_scale, 2.5 * m_scale);
    p.setBrush(Qt::NoBrush);

    // Cursor.
    const double x = scale.xOf(m_position);
    p.setPen(QPen(m_palette.changed, 2 * m_scale));
    p.drawLine(QPointF(x, t.top() - 2), QPointF(x, t.bottom() + 2));
    p.setPen(m_palette.text);
    const QString text = tr("step %1 / %2").arg(m_position).arg(n);
    const double textX =
        std::clamp(x - fm.horizontalAdvance(text) / 2.0, t.left(), t.right() - fm.horizontalAdvance(text));
    p.drawText(QPointF(textX, t.bottom() + fm.ascent() + 4 * m_scale), text);
    p.setPen(QPen(m_palette.gridLine, 1));
    p.drawRect(t);
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render(p, size());
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    if (!m_index)
        return;
    const QRectF t = track(size());
    Q_EMIT positionRequested(
        TimelineScale(m_index->stepCount(), t.left(), t.width()).positionAt(event->position().x()));
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}

bool TimelineWidget::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip && m_index) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QRectF t = track(size());
        const std::uint64_t s =
            TimelineScale(m_index->stepCount(), t.left(), t.width()).positionAt(help->pos().x());
        QString text = tr("step %1").arg(s);
        if (s >= 1) {
            const auto kind = stepKindName(m_index->kind(StepIndex{s}));
            const auto name = functionInfo(m_index->function(StepIndex{s})).name;
            text += QStringLiteral(" · %1 · %2 · depth %3")
                        .arg(QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size())),
                             QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())))
                        .arg(m_index->depth(StepIndex{s}));
        }
        for (const TimelineMarker& m : m_index->markers()) {
            if (m.step.value() >= s &&
                m.step.value() <= s + std::max<std::uint64_t>(1, m_index->stepCount() / 200)) {
                text += QLatin1Char('\n') + QString::fromStdString(m.label);
                break;
            }
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace vmviz::ui
