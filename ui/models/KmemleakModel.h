// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// kmemleak's object_list as a table: pointer, size, min_count, count, colour, age, kind. The colour
// cell is painted in the object's kmemleak colour, and during a scan step's animation it fades from
// the colour before the step to the one after. Objects of the selected area are highlighted.
#include "animation/StepAnimator.h"
#include "snapshot/LinkedSelection.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"

#include <QAbstractTableModel>

#include <memory>

namespace vmviz::ui {

class KmemleakModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PointerColumn,
        SizeColumn,
        MinCountColumn,
        CountColumn,
        ColourColumn,
        AgeColumn,
        KindColumn,
        ColumnCount
    };
    enum Role
    {
        SelectedRole = Qt::UserRole + 1,
        PointerRole,
        TouchedRole
    };

    explicit KmemleakModel(QObject* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked);
    void setViewPalette(const ViewPalette& palette);
    void setAnimationFrame(const AnimationFrame& frame);

    /// kmemleak's colour of an object (mm/kmemleak.c color_white/color_gray).
    static QString colourName(const KmemleakObject& object);
    /// The row of the object the current step works on (created, scanned, pointed into, reported,
    /// cleared), or -1: the panel follows it the way the page-table panel follows a written entry.
    int touchedRow() const { return m_touchedRow; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isSelected(const KmemleakObject& o) const;
    /// Highlighted: the step's object, or in compare mode every object changed since the pinned step.
    bool isMarked(const KmemleakObject& o, int row) const;
    static int rowContaining(const KmemleakSnapshot& objects, std::uint64_t address);
    QColor colourCell(const KmemleakObject& o) const;
    void colourColumnChanged();

    std::shared_ptr<const KmemleakSnapshot> m_objects;
    std::uint64_t m_jiffies = 0;
    int m_touchedRow = -1;
    std::shared_ptr<const exports::Comparison> m_comparison; ///< compare mode's, or null
    std::shared_ptr<const LinkedSelection> m_linked;
    AnimationFrame m_animation;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
};

} // namespace vmviz::ui
