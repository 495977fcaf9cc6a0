// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Compare mode's change list: what changed between the pinned step A and the current step B, in
// the words vmviz-cli diff prints (exports::diffLines), section by section.
#include "snapshot/MachineSnapshot.h"
#include "views/StepView.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace vmviz::ui {

class ChangeListPanel : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit ChangeListPanel(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    /// The change lines shown, without the section headings (tests compare them with diffLines).
    QStringList changeLines() const { return m_lines; }

private:
    QLabel* m_header;
    QListWidget* m_list;
    QStringList m_lines;
    std::shared_ptr<const exports::Comparison> m_comparison;
};

} // namespace vmviz::ui
