// SPDX-License-Identifier: GPL-2.0-only
#include "views/ChangeListPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace vmviz::ui {

ChangeListPanel::ChangeListPanel(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);
    setSnapshot(nullptr);
}

void ChangeListPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    const std::shared_ptr<const exports::Comparison> comparison = snapshot ? snapshot->comparison : nullptr;
    if (comparison == m_comparison && m_list->count() > 0)
        return; // the same comparison again (the snapshot gained a kernel text)
    m_comparison = comparison;
    m_list->clear();
    m_lines.clear();
    if (!comparison) {
        m_header->setText(tr("No step pinned. Pin step A with View → Compare with this step (Ctrl+P), "
                             "then move to step B: this lists what changed between them."));
        return;
    }
    m_header->setText(tr("Changes from step %1 to step %2")
                          .arg(comparison->before.position)
                          .arg(comparison->after.position));
    const std::vector<exports::DiffLine> lines = exports::diffLines(*comparison);
    if (lines.empty())
        m_list->addItem(tr("Nothing changed."));
    std::optional<exports::DiffLine::Section> section;
    for (const exports::DiffLine& line : lines) {
        if (section != line.section) {
            section = line.section;
            const std::string_view name = exports::diffSectionName(line.section);
            auto* heading =
                new QListWidgetItem(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            heading->setFlags(Qt::ItemIsEnabled);
            m_list->addItem(heading);
        }
        const QString text = QString::fromStdString(line.text);
        m_lines.push_back(text);
        m_list->addItem(text);
    }
}

} // namespace vmviz::ui
