// SPDX-License-Identifier: GPL-2.0-only
#include "views/KmemleakGraphView.h"

#include "animation/StepTransition.h"
#include "models/KmemleakModel.h"
#include "snapshot/LeakColour.h"

#include <QAccessible>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace vmviz::ui {

namespace {

constexpr double kNoteLines = 4;

QString hex(std::uint64_t v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}

QFont fontFor(double rowHeight, bool mono, bool bold = false)
{
    QFont f = mono ? QFont(QStringLiteral("monospace")) : QFont();
    if (mono)
        f.setStyleHint(QFont::TypeWriter);
    f.setPixelSize(std::max(9, static_cast<int>(rowHeight * 0.72)));
    f.setBold(bold);
    return f;
}

const ScanVerdictOf* verdictOf(const KmemleakScanGraph& graph, std::uint64_t pointer)
{
    const ScanVerdictOf* found = nullptr;
    for (const ScanVerdictOf& v : graph.verdicts)
        if (v.pointer == pointer)
            found = &v; // the last word: a checksum change, then (if still white) age or report
    return found;
}

bool hasIncoming(const KmemleakScanGraph& graph, std::uint64_t pointer)
{
    return std::any_of(graph.edges.begin(), graph.edges.end(),
                       [pointer](const ScanEdge& e) { return e.to == pointer; });
}

/// What the object is, from the areas it belongs to (the kernel only knows pointer and size).
/// Areas are numbered by address, as the ribbon draws them left to right.
QString describeObject(const MachineSnapshot& s, const KmemleakObject& o)
{
    if (s.areas) {
        int number = 0;
        for (const AreaInfo& a : s.areas->areas) {
            ++number;
            if (o.kind == TrackedKind::Vmalloc && a.addr == o.pointer)
                return a.arrayOf ? QObject::tr("area %1 (a page array)").arg(number)
                                 : QObject::tr("area %1").arg(number);
            if (o.kind == TrackedKind::Kmalloc && a.vmObject == o.pointer)
                return QObject::tr("vm_struct of area %1").arg(number);
            if (o.kind == TrackedKind::Kmalloc && a.vaObject == o.pointer)
                return QObject::tr("vmap_area of area %1").arg(number);
            if (o.kind == TrackedKind::Kmalloc && a.pagesAddr == o.pointer)
                return QObject::tr("area %1's pages[]").arg(number);
        }
    }
    return o.kind == TrackedKind::Vmalloc ? QObject::tr("vmalloc object") : QObject::tr("kmalloc object");
}

} // namespace

const KmemleakGraphLayout::Node* KmemleakGraphLayout::objectNode(std::uint64_t pointer) const
{
    const auto it = std::find_if(objects.begin(), objects.end(),
                                 [pointer](const Node& n) { return n.pointer == pointer; });
    return it == objects.end() ? nullptr : &*it;
}

const KmemleakGraphLayout::Node* KmemleakGraphLayout::rootNode(const std::string& name) const
{
    const auto it =
        std::find_if(roots.begin(), roots.end(), [&name](const Node& n) { return n.root == name; });
    return it == roots.end() ? nullptr : &*it;
}

KmemleakGraphLayout layoutKmemleakGraph(const KmemleakSnapshot& objects, const KmemleakScanGraph& graph,
                                        QSizeF size, double scale)
{
    KmemleakGraphLayout out;
    const double margin = 6 * scale;
    std::size_t kmalloc = 0;
    std::size_t vmalloc = 0;
    for (const KmemleakObject& o : objects.objects)
        (o.kind == TrackedKind::Vmalloc ? vmalloc : kmalloc)++;
    const std::size_t tallest = std::max({kmalloc, vmalloc, graph.roots.size(), std::size_t{1}});
    const double rows = 1.5 + kNoteLines + static_cast<double>(tallest) * 2.6;
    out.rowHeight = std::clamp((size.height() - 2 * margin) / rows, 10.0 * scale, 20.0 * scale);
    const double rh = out.rowHeight;
    out.header = QRectF(margin, margin, size.width() - 2 * margin, rh * 1.5);
    out.note =
        QRectF(margin, size.height() - margin - rh * kNoteLines, size.width() - 2 * margin, rh * kNoteLines);
    const double top = out.header.bottom() + rh * 0.4;
    const double width = size.width() - 2 * margin;
    const double gap = width * 0.06;
    const double rootW = (width - 2 * gap) * 0.2;
    const double colW = (width - 2 * gap - rootW) / 2;
    const double pitch = (out.note.top() - top - rh * 0.3) / static_cast<double>(tallest);
    const double nodeH = std::min(rh * 2.2, pitch * 0.88);
    for (std::size_t i = 0; i < graph.roots.size(); ++i)
        out.roots.push_back({0, graph.roots[i], QRectF(margin, top + i * pitch, rootW, nodeH)});
    std::size_t k = 0;
    std::size_t v = 0;
    for (const KmemleakObject& o : objects.objects) {
        const bool isV = o.kind == TrackedKind::Vmalloc;
        const double x = margin + rootW + gap + (isV ? colW + gap : 0);
        const std::size_t row = isV ? v++ : k++;
        out.objects.push_back({o.pointer, {}, QRectF(x, top + row * pitch, colW, nodeH)});
    }
    return out;
}

KmemleakGraphView::KmemleakGraphView(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("kmemleak scan graph"));
    setAccessibleDescription(
        tr("The roots and objects of the latest kmemleak scan, each pointer it found as an "
           "arrow, and why each white object was or was not reported"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 200);
}

QSize KmemleakGraphView::sizeHint() const
{
    return {static_cast<int>(560 * m_scale), static_cast<int>(420 * m_scale)};
}

void KmemleakGraphView::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    if (snapshot && snapshot->kmemleak && snapshot->scanGraph) {
        setAccessibleDescription(
            explanation(*snapshot->kmemleak, *snapshot->scanGraph, snapshot->step.position)
                .join(QLatin1Char(' ')));
        if (QAccessible::isActive()) {
            QAccessibleEvent event(this, QAccessible::DescriptionChanged);
            QAccessible::updateAccessibility(&event);
        }
    }
    update();
}

void KmemleakGraphView::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    update();
}

void KmemleakGraphView::setAnimationFrame(const AnimationFrame& frame)
{
    m_frame = frame;
    update();
}

void KmemleakGraphView::setPresentationScale(double scale)
{
    m_scale = scale;
    updateGeometry();
    update();
}

void KmemleakGraphView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render(p, size());
}

QStringList KmemleakGraphView::explanation(const KmemleakSnapshot& objects, const KmemleakScanGraph& graph,
                                           std::uint64_t position)
{
    QStringList out;
    if (graph.callStep == 0) {
        out << tr(
            "No scan has run yet. A scan counts the pointers to each object it finds in the roots and in "
            "the objects it has already reached; an object with fewer than min_count of them stays white.");
        return out;
    }
    if (graph.running())
        out << tr("Scanning (started at step %1): %2 pointers found so far; an object turns gray when its "
                  "count "
                  "reaches min_count, and gray objects are scanned in turn.")
                   .arg(graph.callStep)
                   .arg(graph.edges.size());
    else
        out << tr("The scan of steps %1–%2 found %3 pointers.")
                   .arg(graph.callStep)
                   .arg(graph.returnStep)
                   .arg(graph.edges.size());
    for (const KmemleakObject& o : objects.objects) {
        const ScanVerdictOf* v = verdictOf(graph, o.pointer);
        if (!v)
            continue;
        switch (v->verdict) {
        case ScanVerdict::TooYoung:
            out << tr("%1 is white (%2 of %3 pointers) but was allocated less than 5 s before the scan began "
                      "(MSECS_MIN_AGE): not reported yet.")
                       .arg(hex(o.pointer))
                       .arg(o.count)
                       .arg(o.minCount);
            break;
        case ScanVerdict::ChecksumChanged:
            out << tr("%1 changed since the last scan (its crc32 differs): kmemleak treats it as referenced "
                      "this "
                      "time and reports it only if it stays unchanged until the next scan.")
                       .arg(hex(o.pointer));
            break;
        case ScanVerdict::Reported:
            out << tr("%1 is white with %2 of %3 pointers, old enough and unchanged: reported as a leak.")
                       .arg(hex(o.pointer))
                       .arg(o.count)
                       .arg(o.minCount);
            break;
        }
    }
    (void)position;
    out << tr("Why a fresh leak is not reported at once: kmemleak reports a white object only if it was "
              "allocated at least 5 s before the scan began and its contents (crc32 checksum) did not change "
              "since the previous scan; otherwise it waits for a later scan.");
    return out;
}

void KmemleakGraphView::render(QPainter& p, QSize size) const
{
    p.fillRect(QRect(QPoint(0, 0), size), m_palette.background);
    if (!m_snapshot || !m_snapshot->kmemleak || !m_snapshot->scanGraph)
        return;
    p.setRenderHint(QPainter::Antialiasing);
    const KmemleakScanGraph& graph = *m_snapshot->scanGraph;
    const KmemleakGraphLayout layout =
        layoutKmemleakGraph(*m_snapshot->kmemleak, graph, QSizeF(size), m_scale);
    const double rh = layout.rowHeight;

    p.setFont(fontFor(rh, false, true));
    p.setPen(m_palette.text);
    const QString title = graph.callStep == 0 ? tr("kmemleak: no scan yet")
                          : graph.running()
                              ? tr("kmemleak_scan() running at jiffies %1").arg(graph.scanJiffies)
                              : tr("kmemleak_scan() at jiffies %1, finished").arg(graph.scanJiffies);
    p.drawText(layout.header, Qt::AlignLeft | Qt::AlignTop, title);
    p.setFont(fontFor(rh * 0.85, false));
    p.setPen(m_palette.mutedText);
    const QString heads[] = {tr("roots (.data/.bss, caller's variables)"), tr("kmalloc objects"),
                             tr("vmalloc areas")};
    std::array<double, 3> columnX{layout.header.left(), layout.header.left() + layout.header.width() / 3,
                                  layout.header.left() + layout.header.width() * 2 / 3};
    for (const KmemleakObject& o : m_snapshot->kmemleak->objects)
        if (const KmemleakGraphLayout::Node* n = layout.objectNode(o.pointer))
            columnX[o.kind == TrackedKind::Vmalloc ? 2u : 1u] = n->rect.left();
    for (int c = 0; c < 3; ++c) {
        const double right = c < 2 ? columnX[static_cast<std::size_t>(c) + 1] - 4 : layout.header.right();
        const QRectF cell(columnX[static_cast<std::size_t>(c)], layout.header.top(),
                          right - columnX[static_cast<std::size_t>(c)], layout.header.height());
        p.drawText(cell, Qt::AlignLeft | Qt::AlignBottom,
                   QFontMetricsF(p.font()).elidedText(heads[c], Qt::ElideRight, cell.width()));
    }

    paintEdges(p, layout);
    paintNodes(p, layout);

    p.setFont(fontFor(rh * 0.85, false));
    p.setPen(m_palette.text);
    p.fillRect(layout.note, m_palette.panel);
    p.drawText(layout.note.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               explanation(*m_snapshot->kmemleak, graph, m_snapshot->step.position).join(QLatin1Char(' ')));
}

void KmemleakGraphView::paintEdges(QPainter& p, const KmemleakGraphLayout& layout) const
{
    const KmemleakScanGraph& graph = *m_snapshot->scanGraph;
    const std::uint64_t here = m_snapshot->step.position;
    const bool animating = m_frame.active() && m_frame.transition->step == here;
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        const ScanEdge& e = graph.edges[i];
        const KmemleakGraphLayout::Node* from =
            e.fromRoot ? layout.rootNode(e.root) : layout.objectNode(e.from);
        const KmemleakGraphLayout::Node* to = layout.objectNode(e.to);
        if (!from || !to)
            continue;
        const bool newest = e.step == here;
        QPointF a(from->rect.right(), from->rect.center().y());
        QPointF b(to->rect.left(), to->rect.center().y());
        QPainterPath path(a);
        const bool sameColumn = b.x() <= a.x();
        if (sameColumn) { // object to object in one column: a loop on its left, apart from the rest
            a = QPointF(from->rect.left(), from->rect.center().y() + from->rect.height() * 0.25);
            b = QPointF(to->rect.left(), to->rect.center().y() - to->rect.height() * 0.25);
            path = QPainterPath(a);
            const double bulge = layout.rowHeight * 2.2;
            path.cubicTo(a - QPointF(bulge, 0), b - QPointF(bulge, 0), b);
        } else {
            const double dx = (b.x() - a.x()) / 2;
            path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        }
        QColor c = newest ? m_palette.changed : m_palette.mutedText;
        const double w = (newest ? 2.6 : 1.3) * m_scale;
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, w, sameColumn && !newest ? Qt::DashLine : Qt::SolidLine));
        if (newest && animating) {
            // The arrow grows from the pointer's holder to the object it points into.
            const double t = easeInOut(m_frame.progress);
            QPainterPath partial(path.pointAtPercent(0));
            for (int s = 1; s <= 24; ++s)
                partial.lineTo(path.pointAtPercent(t * s / 24.0));
            p.drawPath(partial);
            if (t < 1)
                continue;
        } else {
            p.drawPath(path);
        }
        p.setPen(QPen(c, w));
        // Arrowhead and the order in which the scan found it.
        const QPointF tip = path.pointAtPercent(1);
        const QPointF back = path.pointAtPercent(0.96);
        QLineF dir(tip, back);
        dir.setLength(layout.rowHeight * 0.5);
        QLineF l1 = dir, l2 = dir;
        l1.setAngle(dir.angle() + 25);
        l2.setAngle(dir.angle() - 25);
        p.drawLine(l1);
        p.drawLine(l2);
        const QPointF mid = path.pointAtPercent(0.5);
        p.setFont(fontFor(layout.rowHeight * 0.7, false, newest));
        const QRectF badge(mid.x() - layout.rowHeight * 0.55, mid.y() - layout.rowHeight * 0.45,
                           layout.rowHeight * 1.1, layout.rowHeight * 0.9);
        p.setPen(Qt::NoPen);
        p.setBrush(m_palette.background);
        p.drawRoundedRect(badge, 3, 3);
        p.setPen(c);
        p.drawText(badge, Qt::AlignCenter, QString::number(i + 1));
    }
}

void KmemleakGraphView::paintNodes(QPainter& p, const KmemleakGraphLayout& layout) const
{
    const KmemleakScanGraph& graph = *m_snapshot->scanGraph;
    const double rh = layout.rowHeight;
    const std::optional<VirtAddr> focus =
        m_snapshot->step.step ? focusOf(*m_snapshot->step.step).kmemleakObject : std::nullopt;
    for (const KmemleakGraphLayout::Node& n : layout.roots) {
        p.setPen(QPen(m_palette.marker, 1.2 * m_scale));
        p.setBrush(m_palette.panel);
        p.drawRoundedRect(n.rect, 4, 4);
        p.setFont(fontFor(rh, true));
        p.setPen(m_palette.text);
        p.drawText(n.rect.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetricsF(p.font()).elidedText(QString::fromStdString(n.root), Qt::ElideMiddle,
                                                      n.rect.width() - 8));
    }
    for (const KmemleakObject& o : m_snapshot->kmemleak->objects) {
        const KmemleakGraphLayout::Node* n = layout.objectNode(o.pointer);
        if (!n)
            continue;
        const LeakColour colour = leakColour(o);
        const QColor fill = m_palette.leakColour(colour);
        const bool scanned =
            std::find(graph.scanned.begin(), graph.scanned.end(), o.pointer) != graph.scanned.end();
        const bool orphan =
            graph.callStep != 0 && colourOf(o) == KmemleakColour::White && !hasIncoming(graph, o.pointer);
        const bool isFocus = focus && o.pointer <= focus->value() &&
                             focus->value() < o.pointer + std::max<std::uint64_t>(o.size, 1);
        QPen border(isFocus ? m_palette.changed : m_palette.text, (isFocus ? 2.6 : 1.0) * m_scale);
        if (orphan && !graph.running())
            border = QPen(m_palette.warn, 2 * m_scale, Qt::DashLine);
        p.setPen(border);
        p.setBrush(fill);
        p.drawRoundedRect(n->rect, 4, 4);
        const QColor ink = readableTextOn(fill);
        const QRectF line1(n->rect.left() + 4, n->rect.top() + 1, n->rect.width() - 8, n->rect.height() / 2);
        const QRectF line2(n->rect.left() + 4, n->rect.center().y(), n->rect.width() - 8,
                           n->rect.height() / 2 - 1);
        // Line 1: what it is, and on the right its colour and what the scan decided.
        QString status = KmemleakModel::colourName(o); // the table's word for it, translated
        if (const ScanVerdictOf* v = verdictOf(graph, o.pointer))
            status = v->verdict == ScanVerdict::TooYoung          ? tr("white, too young")
                     : v->verdict == ScanVerdict::ChecksumChanged ? tr("changed: grayed")
                                                                  : tr("white: LEAK");
        else if (scanned)
            status += tr(", scanned");
        p.setPen(ink);
        p.setFont(fontFor(rh * 0.85, false));
        const QFontMetricsF sfm(p.font());
        const double statusW = std::min(sfm.horizontalAdvance(status) + 4, line1.width() * 0.5);
        p.drawText(line1, Qt::AlignVCenter | Qt::AlignRight, sfm.elidedText(status, Qt::ElideRight, statusW));
        p.setFont(fontFor(rh * 0.9, false, true));
        p.drawText(line1.adjusted(0, 0, -statusW - 4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetricsF(p.font()).elidedText(describeObject(*m_snapshot, o), Qt::ElideRight,
                                                      line1.width() - statusW - 4));
        // Line 2: the pointer and count against min_count.
        p.setFont(fontFor(rh * 0.85, true));
        const QString detail = tr("%1  count %2/%3").arg(hex(o.pointer)).arg(o.count).arg(o.minCount);
        p.drawText(line2, Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetricsF(p.font()).elidedText(detail, Qt::ElideRight, line2.width()));
    }
}

} // namespace vmviz::ui
