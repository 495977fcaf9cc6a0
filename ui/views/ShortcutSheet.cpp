// SPDX-License-Identifier: GPL-2.0-only
#include "views/ShortcutSheet.h"

#include <QAction>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vmviz::ui {

QList<QPair<QString, QString>> shortcutRows(const QWidget& root)
{
    QList<QPair<QString, QString>> rows;
    for (const QAction* action : root.findChildren<QAction*>()) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList keyTexts;
        for (const QKeySequence& key : keys)
            keyTexts << key.toString(QKeySequence::NativeText);
        QString what = action->text();
        what.remove(QLatin1Char('&'));
        what.remove(QStringLiteral("...")).remove(QChar(0x2026)); // "…": the menu's, not the sheet's
        rows.append({what, keyTexts.join(QStringLiteral(", "))});
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

ShortcutSheet::ShortcutSheet(const QWidget& window, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutSheet"));
    resize(480, 560);
    auto* layout = new QVBoxLayout(this);
    const auto rows = shortcutRows(window);
    m_table->setColumnCount(2);
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
}

int ShortcutSheet::rowCount() const
{
    return m_table->rowCount();
}

} // namespace vmviz::ui
