// SPDX-License-Identifier: GPL-2.0-only
#include "views/PageWalkView.h"

#include "base/Constants.h"
#include "paging/PageTables.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace vmviz::ui {

namespace {

FrameClass tableClass(unsigned level)
{
    switch (level) {
    case LEVEL_PGD:
    case LEVEL_PGD_L5:
    case LEVEL_P4D: // the physical view colours every level above the PUD as the top one
        return FrameClass::PgdTable;
    case LEVEL_PUD:
        return FrameClass::PudTable;
    case LEVEL_PMD:
        return FrameClass::PmdTable;
    default:
        return FrameClass::PteTable;
    }
}

QString levelName(unsigned level)
{
    const auto n = tableLevelName(level);
    return QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
}

QString hex(std::uint64_t v, int width = 0)
{
    return QStringLiteral("0x%1").arg(v, width, 16, QLatin1Char('0'));
}

void arrowDown(QPainter& p, QPointF from, QPointF to, const QColor& colour, double width)
{
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    QPainterPath path(from);
    const double dy = (to.y() - from.y()) * 0.6;
    path.cubicTo(from + QPointF(0, dy), to - QPointF(0, dy), to);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    const double head = 4 + width * 1.5;
    QPolygonF tip;
    tip << to << to + QPointF(-head, -head * 1.4) << to + QPointF(head, -head * 1.4);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(tip);
}

} // namespace

PageWalkView::PageWalkView(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 120); // small: it shares the page-table dock with the tree
}

QSize PageWalkView::sizeHint() const
{
    return {640, 460};
}

void PageWalkView::setSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot || !m_snapshot || snapshot->generation != m_snapshot->generation)
        m_address.reset();
    m_snapshot = snapshot;
    chooseAddress();
    update();
}

void PageWalkView::setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked)
{
    m_linked = linked;
    chooseAddress();
    update();
}

void PageWalkView::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    update();
}

void PageWalkView::chooseAddress()
{
    if (!m_snapshot || !m_snapshot->tables) {
        m_address.reset();
        return;
    }
    if (!m_snapshot->step.written.empty()) {
        const EntryRef& e = m_snapshot->step.written.front();
        if (const TableSnapshot* t = m_snapshot->tables->byPfn(e.tablePfn)) {
            m_address = t->vaddrOf(e.index);
            const bool busy = m_snapshot->step.step && m_snapshot->step.step->event == Ev::EntryBusy;
            m_why =
                busy ? tr("the entry this step finds already set (WARN)") : tr("the entry this step writes");
            return;
        }
    }
    if (m_linked && m_linked->valid && m_snapshot->areas) {
        if (const AreaInfo* a = m_snapshot->areas->find(m_linked->area)) {
            m_address = a->vaStart;
            m_why = tr("the selected area");
            return;
        }
    }
    if (m_address)
        return; // stays on the last address that mattered
    if (m_snapshot->areas && !m_snapshot->areas->areas.empty()) {
        m_address = m_snapshot->areas->areas.front().vaStart;
        m_why = tr("the first vmalloc area");
    } else {
        const bool la57 = m_snapshot->tables && !m_snapshot->tables->tables.empty() &&
                          m_snapshot->tables->tables.front().pagingLevels == 5;
        m_address = addressLayoutFor(la57 ? 5 : 4).vmallocStart;
        m_why = tr("VMALLOC_START");
    }
}

PageWalkView::Metrics PageWalkView::metrics(QSize size) const
{
    const QFontMetrics fm(font());
    Metrics m{};
    m.margin = 8;
    m.line = fm.height();
    m.header = 2 * m.line + 16;
    m.chipWidth = std::max(96, fm.horizontalAdvance(QStringLiteral("PTE table")) + 16);
    m.cellWidth = std::max(58, fm.horizontalAdvance(QStringLiteral("→ 7a0c0")) + 12);
    m.band = 3 * m.line + 12;
    m.gap = std::max(18, size.height() / 40);
    return m;
}

unsigned PageWalkView::cellsPerBand(QSize size) const
{
    const Metrics m = metrics(size);
    const int cells = (size.width() - 2 * m.margin - m.chipWidth - 8) / m.cellWidth;
    return static_cast<unsigned>(std::max(1, cells));
}

std::optional<PageWalk> PageWalkView::walk(QSize size) const
{
    if (!m_address || !m_snapshot || !m_snapshot->tables)
        return std::nullopt;
    return PageWalk::of(*m_snapshot->tables, *m_address, cellsPerBand(size));
}

void PageWalkView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render(p, size());
}

void PageWalkView::render(QPainter& p, QSize size) const
{
    p.fillRect(QRect(QPoint(0, 0), size), m_palette.background);
    p.setFont(font());
    const Metrics m = metrics(size);
    const auto w = walk(size);
    if (!w) {
        p.setPen(m_palette.mutedText);
        p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, tr("No machine yet: run a scenario."));
        return;
    }
    const int width = size.width() - 2 * m.margin;
    QFont bold = font();
    bold.setBold(true);
    QFont mono = font();
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);

    // The address, and how it splits: sign extension, four 9-bit indices, the 12-bit offset.
    p.setPen(m_palette.text);
    p.setFont(bold);
    p.drawText(QRect(m.margin, m.margin, width, m.line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Walk of %1 · %2").arg(hex(w->vaddr, 16), m_why));
    struct Field
    {
        QString label;
        QColor fill;
        double share;
    };
    // Under LA57 the PGD index is bits 56:48 and the P4D index takes bits 47:39.
    const bool la57 = !w->levels.empty() && w->levels.front().level == LEVEL_PGD_L5;
    const double share = la57 ? 0.14 : 0.17;
    std::vector<Field> fields;
    fields.push_back({tr("sign"), m_palette.panel, la57 ? 0.08 : 0.10});
    fields.push_back({tr("PGD %1").arg(tableIndex(w->vaddr, la57 ? LEVEL_PGD_L5 : LEVEL_PGD)),
                      m_palette.frameColour(FrameClass::PgdTable), share});
    if (la57)
        fields.push_back({tr("P4D %1").arg(tableIndex(w->vaddr, LEVEL_P4D)),
                          m_palette.frameColour(FrameClass::PgdTable).lighter(130), share});
    fields.push_back({tr("PUD %1").arg(tableIndex(w->vaddr, LEVEL_PUD)),
                      m_palette.frameColour(FrameClass::PudTable), share});
    fields.push_back({tr("PMD %1").arg(tableIndex(w->vaddr, LEVEL_PMD)),
                      m_palette.frameColour(FrameClass::PmdTable), share});
    fields.push_back({tr("PTE %1").arg(tableIndex(w->vaddr, LEVEL_PTE)),
                      m_palette.frameColour(FrameClass::PteTable), share});
    fields.push_back(
        {tr("offset %1").arg(hex(w->offset)), m_palette.frameColour(FrameClass::VmallocData), 0.22});
    p.setFont(font());
    double x = m.margin;
    const int barTop = m.margin + m.line + 4;
    for (const Field& f : fields) {
        const QRectF r(x, barTop, width * f.share, m.line + 6);
        p.fillRect(r, f.fill);
        p.setPen(readableTextOn(f.fill));
        p.drawText(r, Qt::AlignCenter, f.label);
        x += r.width();
    }

    // One band per level: the table page, a window of its entries, the walked one highlighted.
    const bool written = !m_snapshot->step.written.empty();
    const QColor walkColour = written ? m_palette.changed : m_palette.marker;
    int top = m.margin + m.header;
    std::optional<QPointF> arrowFrom;
    for (const WalkLevel& level : w->levels) {
        const QRect chip(m.margin, top, m.chipWidth, m.band - m.line - 4);
        const QColor fill = m_palette.frameColour(tableClass(level.level));
        if (arrowFrom)
            arrowDown(p, *arrowFrom, QPointF(chip.center().x(), chip.top()), walkColour, 2);
        p.fillRect(chip, fill);
        p.setPen(readableTextOn(fill));
        p.setFont(bold);
        p.drawText(chip.adjusted(6, 4, -4, -chip.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1 table").arg(levelName(level.level)));
        p.setFont(font());
        p.drawText(chip.adjusted(6, chip.height() / 2, -4, -4), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("pfn %1").arg(hex(level.tablePfn)));

        int cx = chip.right() + 8;
        QRect walked;
        for (const TableEntry& e : level.window) {
            const QRect cell(cx, top, m.cellWidth - 4, chip.height());
            const bool isWalked = e.index == level.index;
            p.fillRect(cell, isWalked ? m_palette.changedFill : m_palette.panel);
            p.setPen(isWalked ? QPen(walkColour, 2) : QPen(m_palette.gridLine, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(cell.adjusted(0, 0, -1, -1));
            p.setPen(m_palette.text);
            p.drawText(cell.adjusted(2, 3, -2, -cell.height() / 2), Qt::AlignCenter,
                       QStringLiteral("[%1]").arg(e.index));
            p.setPen(e.value ? m_palette.text : m_palette.mutedText);
            const QString target =
                (e.value & k::_PAGE_PRESENT)
                    ? QStringLiteral("→ %1").arg((e.value & k::PTE_PFN_MASK) >> k::PAGE_SHIFT, 0, 16)
                    : tr("none");
            p.drawText(cell.adjusted(2, cell.height() / 2, -2, -3), Qt::AlignCenter, target);
            if (isWalked)
                walked = cell;
            cx += m.cellWidth;
        }
        // The walked entry in full under the band: raw value and decoded flags.
        p.setFont(mono);
        p.setPen(m_palette.text);
        const QString flags = QString::fromStdString(entryFlags(level.entry, level.level));
        p.drawText(
            QRect(m.margin, chip.bottom() + 2, width, m.line + 2), Qt::AlignLeft | Qt::AlignVCenter,
            level.entry
                ? QStringLiteral("%1[%2] = %3  %4")
                      .arg(levelName(level.level))
                      .arg(level.index)
                      .arg(hex(level.entry, 16), flags)
                : tr("%1[%2] is none: the walk stops here").arg(levelName(level.level)).arg(level.index));
        p.setFont(font());
        arrowFrom = walked.isValid() && (level.entry & k::_PAGE_PRESENT)
                        ? std::optional<QPointF>(QPointF(walked.center().x(), walked.bottom() + m.line + 4))
                        : std::nullopt;
        top += m.band + m.gap;
    }

    // The frame the PTE maps, and the physical address.
    if (w->frame) {
        const QRect box(m.margin, top, width, m.band - m.line - 4);
        const QColor fill = m_palette.frameColour(FrameClass::VmallocData);
        if (arrowFrom)
            arrowDown(p, *arrowFrom, QPointF(box.left() + m.chipWidth / 2.0, box.top()), walkColour, 2);
        p.fillRect(box, fill);
        p.setPen(readableTextOn(fill));
        p.setFont(bold);
        p.drawText(box.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("page frame pfn %1 + offset %2 = physical %3")
                       .arg(hex(*w->frame), hex(w->offset), hex((*w->frame << k::PAGE_SHIFT) | w->offset)));
        p.setFont(font());
    }
}

} // namespace vmviz::ui
