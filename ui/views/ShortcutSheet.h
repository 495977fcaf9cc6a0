// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The keyboard cheat-sheet (Help → Keyboard shortcuts, `?`): read from the window's real actions,
// so it never drifts from what the keys do.
#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace vmviz::ui {

/// (what, keys) for every action under `root` that has a shortcut, sorted by what, without '&'.
QList<QPair<QString, QString>> shortcutRows(const QWidget& root);

class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheet(const QWidget& window, QWidget* parent = nullptr);
    int rowCount() const;

private:
    QTableWidget* m_table;
};

} // namespace vmviz::ui
