// SPDX-License-Identifier: GPL-2.0-only
#include "views/EntryWriteDelegate.h"

#include "models/PageTableModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace vmviz::ui {

namespace {

constexpr int kDigits = 16;

QString hexDigits(std::uint64_t v)
{
    return QStringLiteral("%1").arg(v, kDigits, 16, QLatin1Char('0'));
}

} // namespace

EntryWriteDelegate::EntryWriteDelegate(const PageTableModel& model, QObject* parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QString EntryWriteDelegate::morphedValue(std::uint64_t before, std::uint64_t after, double t)
{
    const int written = std::clamp(static_cast<int>(std::lround(t * kDigits)), 0, kDigits);
    return QStringLiteral("0x") + hexDigits(after).left(written) + hexDigits(before).mid(written);
}

const EntryMotion* EntryWriteDelegate::motionAt(const QModelIndex& index) const
{
    if (!m_frame.active())
        return nullptr;
    const auto entry = m_model.entryAt(index);
    if (!entry)
        return nullptr;
    const auto& entries = m_frame.transition->entries;
    const auto it =
        std::find_if(entries.begin(), entries.end(), [&](const EntryMotion& m) { return m.entry == *entry; });
    return it == entries.end() ? nullptr : &*it;
}

void EntryWriteDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    const EntryMotion* motion = motionAt(index);
    if (!motion) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double e = easeInOut(m_frame.progress);
    const QRect r = option.rect;
    // The write head: what it has passed is highlighted, the rest keeps the row's look.
    painter->save();
    const int head = r.left() + static_cast<int>(std::lround(e * r.width()));
    if (index.column() != PageTableModel::ValueColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        painter->fillRect(QRect(r.left(), r.top(), head - r.left(), r.height()), m_palette.changedFill);
        painter->restore();
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    painter->fillRect(QRect(r.left(), r.top(), head - r.left(), r.height()), m_palette.changedFill);

    const QString text = morphedValue(motion->before, motion->after, e);
    painter->setFont(opt.font);
    const QFontMetrics fm(opt.font);
    const QRect textRect = r.adjusted(4, 0, -2, 0);
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    // The caret after the last digit written so far.
    const int written = std::clamp(static_cast<int>(std::lround(e * kDigits)), 0, kDigits);
    if (written > 0 && written < kDigits) {
        const int x = textRect.left() + fm.horizontalAdvance(text.left(2 + written));
        painter->fillRect(QRect(x, r.top() + 2, 2, r.height() - 4), m_palette.changed);
    }
    painter->restore();
}

} // namespace vmviz::ui
