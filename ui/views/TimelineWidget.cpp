// SPDX-License-Identifier: GPL-2.0-only
#include "views/TimelineWidget.h"

#include "geometry/TimelineScale.h"
#include "i18n/CoreText.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace vmviz::ui {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// A chapter's tick label: the line's text without "line N: ", a lesson chapter whole.
QString chapterText(const ChapterMark& chapter)
{
    if (chapter.kind == ChapterMark::Kind::Line)
        return QString::fromStdString(chapter.title);
    return QString::fromStdString(chapterLabel(chapter, coreTextTranslator()));
}

QString phaseText(Phase phase)
{
    return QString::fromStdString(phaseTitle(phase, coreTextTranslator()));
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("The whole run: phases, scenario lines, failures and the current step"));
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(600, static_cast<int>(104 * m_scale));
}

QSize TimelineWidget::minimumSizeHint() const
{
    // The track and one row of labels; the phase names and the caption need the full sizeHint
    // height, and a 720p projector at 2x gives up the caption first.
    return QSize(200, static_cast<int>(64 * m_scale));
}

QColor TimelineWidget::phaseColour(Phase phase, const ViewPalette& palette)
{
    // Hues far apart in order of the phases, so neighbouring bands differ; mixed into the
    // background so they stay light in the light theme and dark in the dark one.
    static constexpr std::array<QRgb, kPhaseCount> hues = {
        0x000000, 0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00, 0x999933, 0x882255,
    };
    if (phase == Phase::Line)
        return palette.panel;
    return mixColours(palette.background, QColor(hues[static_cast<std::size_t>(phase)]), 0.55);
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
    m_snapshot = snapshot;
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

void TimelineWidget::setDetailLevel(DetailLevel level)
{
    m_level = level;
    update();
}

QRectF TimelineWidget::bandRow(QSize size) const
{
    const double pad = 12 * m_scale;
    return QRectF(pad, 22 * m_scale, size.width() - 2 * pad, 18 * m_scale);
}

QRectF TimelineWidget::track(QSize size) const
{
    const QRectF band = bandRow(size);
    const double top = band.bottom();
    return QRectF(band.left(), top, band.width(), size.height() - top - 26 * m_scale);
}

void TimelineWidget::paintBands(QPainter& p, const QRectF& band, const QFontMetrics& fm) const
{
    const DetailIndex& detail = m_index->detail();
    const TimelineScale scale(m_index->stepCount(), band.left(), band.width());
    std::vector<LabelSpan> spans;
    std::vector<Phase> spanPhases;
    double lastPixel = -1;
    for (const PhaseBand& b : detail.phaseBands()) {
        const double x0 = scale.xOf(b.range.first - 1);
        const double x1 = scale.xOf(b.range.last);
        if (x1 - x0 < 1 && std::floor(x0) == lastPixel)
            continue; // a sliver in a pixel already painted: a million bands cost a million rects otherwise
        lastPixel = std::floor(x0);
        p.fillRect(QRectF(x0, band.top(), std::max(1.0, x1 - x0), band.height()),
                   phaseColour(b.phase, m_palette));
        if (b.phase != Phase::Line && x1 - x0 > 24 * m_scale) {
            const double w = fm.horizontalAdvance(phaseText(b.phase));
            spans.push_back({(x0 + x1 - w) / 2, w, x0 + 2, x1 - 2});
            spanPhases.push_back(b.phase);
        }
    }
    p.setPen(m_palette.text);
    for (const std::size_t i : nonCollidingLabels(spans, 6 * m_scale))
        p.drawText(QPointF(spans[i].left, band.top() + (band.height() + fm.ascent() - fm.descent()) / 2),
                   phaseText(spanPhases[i]));
}

void TimelineWidget::paintChapters(QPainter& p, const QRectF& t, const QFontMetrics& fm) const
{
    const std::vector<ChapterMark>& chapters = m_index->detail().chapters();
    const TimelineScale scale(m_index->stepCount(), t.left(), t.width());
    const double labelY = 4 * m_scale + fm.ascent();
    const double gap = 10 * m_scale;
    std::vector<LabelSpan> spans;
    std::vector<std::size_t> owners;
    double lastTick = -1e9;
    double lastCandidate = -1e9;
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        const double x = scale.xOf(chapters[i].step - 1);
        const bool lesson = chapters[i].kind == ChapterMark::Kind::Lesson;
        if (x - lastTick >= 1 || lesson) {
            p.setPen(QPen(m_palette.marker, (lesson ? 2.5 : 1.2) * m_scale));
            p.drawLine(QPointF(x, labelY - fm.ascent()), QPointF(x, t.bottom()));
            lastTick = x;
        }
        if (x >= lastCandidate + gap) { // measure only labels that could start here
            const QString text = chapterText(chapters[i]);
            spans.push_back({x + 3 * m_scale, static_cast<double>(fm.horizontalAdvance(text)), t.left(),
                             t.right() + 12 * m_scale});
            owners.push_back(i);
            lastCandidate = x;
        }
    }
    p.setPen(m_palette.text);
    for (const std::size_t k : nonCollidingLabels(spans, gap)) {
        QFont f = p.font();
        f.setBold(chapters[owners[k]].kind == ChapterMark::Kind::Lesson);
        p.setFont(f);
        p.drawText(QPointF(spans[k].left, labelY), chapterText(chapters[owners[k]]));
    }
    QFont plain = p.font();
    plain.setBold(false);
    p.setFont(plain);
}

void TimelineWidget::paintProfile(QPainter& p, const QRectF& t) const
{
    // Call-depth profile: the deepest step in each pixel column.
    const std::uint64_t n = m_index->stepCount();
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
}

void TimelineWidget::paintMarkers(QPainter& p, const QRectF& t, const QRectF& band) const
{
    const DetailIndex& detail = m_index->detail();
    const TimelineScale scale(m_index->stepCount(), t.left(), t.width());

    // Nested __vmalloc_node calls: a bracket under the bands, labelled where it fits.
    const QFontMetrics fm(p.font());
    for (const StepRange& nested : detail.nestedCalls()) {
        const double x0 = scale.xOf(nested.first - 1);
        const double x1 = std::max(x0 + 3, scale.xOf(nested.last));
        const double y = t.top() + 5 * m_scale;
        p.setPen(QPen(m_palette.text, 1.5 * m_scale));
        p.drawLine(QPointF(x0, y), QPointF(x1, y));
        p.drawLine(QPointF(x0, y - 3 * m_scale), QPointF(x0, y + 3 * m_scale));
        p.drawLine(QPointF(x1, y - 3 * m_scale), QPointF(x1, y + 3 * m_scale));
        const QString label = tr("nested __vmalloc_node");
        if (fm.horizontalAdvance(label) < x1 - x0 - 4)
            p.drawText(QPointF(x0 + 3, y + fm.ascent() + 2), label);
        else
            p.drawText(QPointF(x1 + 3, y + fm.ascent() / 2.0), tr("nested"));
    }

    // Failures, WARNs and oopses: a red line through bands and track, a triangle below.
    double lastX = -1e9;
    for (const std::uint64_t alarm : detail.alarms()) {
        const double x = scale.xOf(alarm - 1);
        if (x - lastX < 1)
            continue;
        lastX = x;
        p.setPen(QPen(m_palette.warn, 2 * m_scale));
        p.drawLine(QPointF(x, band.top()), QPointF(x, t.bottom()));
        QPainterPath tri;
        tri.moveTo(x, t.bottom() - 2);
        tri.lineTo(x - 5 * m_scale, t.bottom() + 8 * m_scale);
        tri.lineTo(x + 5 * m_scale, t.bottom() + 8 * m_scale);
        tri.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(m_palette.warn);
        p.drawPath(tri);
        p.setBrush(Qt::NoBrush);
    }

    // Breakpoint hits.
    p.setPen(Qt::NoPen);
    p.setBrush(m_palette.warn);
    for (const std::uint64_t s : m_breakpointSteps)
        p.drawEllipse(QPointF(scale.xOf(s), t.bottom() - 3 * m_scale), 2.5 * m_scale, 2.5 * m_scale);
    p.setBrush(Qt::NoBrush);
}

void TimelineWidget::paintCursor(QPainter& p, const QRectF& t, QSize size, const QFontMetrics& fm) const
{
    const std::uint64_t n = m_index->stepCount();
    const TimelineScale scale(n, t.left(), t.width());
    const LevelPlace* place = m_snapshot && m_snapshot->step.position == m_position && m_position > 0
                                  ? &m_snapshot->step.levels[static_cast<std::size_t>(m_level)]
                                  : nullptr;
    // What the visible step stands for at this level.
    if (place && m_level != DetailLevel::Full) {
        const double x0 = scale.xOf(place->range.first - 1);
        const double x1 = std::max(x0 + 2, scale.xOf(place->range.last));
        QColor fill = m_palette.changed;
        fill.setAlpha(50);
        p.fillRect(QRectF(x0, t.top(), x1 - x0, t.height()), fill);
    }
    const double x = scale.xOf(m_position);
    p.setPen(QPen(m_palette.changed, 2 * m_scale));
    p.drawLine(QPointF(x, t.top() - 2), QPointF(x, t.bottom() + 2));

    QString text = tr("step %1 / %2").arg(m_position).arg(n);
    if (place) {
        if (m_level == DetailLevel::Full)
            text += QStringLiteral(" · ") + phaseText(place->phase);
        else
            text += tr(" · %1 %2 of %3: %4")
                        .arg(m_level == DetailLevel::Overview ? tr("overview") : tr("standard"))
                        .arg(place->unit + 1)
                        .arg(place->unitCount)
                        .arg(QString::fromStdString(place->summary));
    }
    const double y = size.height() - 6 * m_scale - fm.descent();
    const double textLeft = t.left();
    p.setPen(place && place->alarm ? m_palette.warn : m_palette.text);
    p.drawText(QPointF(textLeft, y), fm.elidedText(text, Qt::ElideRight, static_cast<int>(t.width())));
}

void TimelineWidget::render(QPainter& p, QSize size) const
{
    p.fillRect(QRect(QPoint(0, 0), size), m_palette.panel);
    const QRectF band = bandRow(size);
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
    paintBands(p, band, fm);
    paintProfile(p, t);
    paintChapters(p, t, fm);
    paintMarkers(p, t, band);
    paintCursor(p, t, size, fm);
    p.setPen(QPen(m_palette.gridLine, 1));
    p.drawRect(band.united(t));
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
    std::uint64_t position =
        TimelineScale(m_index->stepCount(), t.left(), t.width()).positionAt(event->position().x());
    if (m_level != DetailLevel::Full && position > 0) {
        const DetailIndex& detail = m_index->detail();
        position = detail.unit(m_level, detail.unitAt(m_level, position)).range.last;
    }
    Q_EMIT positionRequested(position);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}

QString TimelineWidget::tooltipAt(QPointF point) const
{
    const QRectF t = track(size());
    const TimelineScale scale(m_index->stepCount(), t.left(), t.width());
    const std::uint64_t s = scale.stepAt(point.x());
    QString text = tr("step %1").arg(s);
    if (s == 0)
        return text;
    const DetailIndex& detail = m_index->detail();
    text += tr(" · %1 · %2 · depth %3")
                .arg(qs(stepKindName(m_index->kind(StepIndex{s}))),
                     qs(functionInfo(m_index->function(StepIndex{s})).name))
                .arg(m_index->depth(StepIndex{s}));
    text += QLatin1Char('\n') + tr("phase: %1").arg(phaseText(detail.phaseOf(s)));
    if (const auto chapter = detail.chapterAt(s))
        text += QLatin1Char('\n') +
                QString::fromStdString(chapterLabel(detail.chapters()[*chapter], coreTextTranslator()));
    for (const StepRange& nested : detail.nestedCalls())
        if (nested.first <= s && s <= nested.last)
            text += QLatin1Char('\n') +
                    tr("inside the nested __vmalloc_node (steps %1–%2)").arg(nested.first).arg(nested.last);
    // A failure within a few pixels of the pointer.
    const std::uint64_t slack = std::max<std::uint64_t>(1, scale.stepAt(point.x() + 4) - s);
    const auto& alarms = detail.alarms();
    const auto it = std::lower_bound(alarms.begin(), alarms.end(), s > slack ? s - slack : 1);
    if (it != alarms.end() && *it <= s + slack)
        text += QLatin1Char('\n') + tr("failure or warning at step %1").arg(*it);
    return text;
}

bool TimelineWidget::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip && m_index) {
        auto* help = static_cast<QHelpEvent*>(e);
        QToolTip::showText(help->globalPos(), tooltipAt(help->pos()), this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace vmviz::ui
