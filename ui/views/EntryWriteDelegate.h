// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Draws a page-table entry being written during the step animation: a write head sweeps across
// the row and the raw value's hex digits turn from the old value into the new one, left to right.
// Every other cell, and every cell when nothing is animating, paints as QStyledItemDelegate does.
#include "animation/StepAnimator.h"
#include "style/ViewPalette.h"

#include <QStyledItemDelegate>

namespace vmviz::ui {

class PageTableModel;

class EntryWriteDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    EntryWriteDelegate(const PageTableModel& model, QObject* parent = nullptr);

    void setAnimationFrame(const AnimationFrame& frame) { m_frame = frame; }
    void setViewPalette(const ViewPalette& palette) { m_palette = palette; }

    /// The raw value column's text at progress `t`: the first round(16·t) digits of `after`, the
    /// rest of `before` ("0x" and 16 hex digits, as the model shows values).
    static QString morphedValue(std::uint64_t before, std::uint64_t after, double t);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    const EntryMotion* motionAt(const QModelIndex& index) const;

    const PageTableModel& m_model;
    AnimationFrame m_frame;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
};

} // namespace vmviz::ui
