// SPDX-License-Identifier: GPL-2.0-only
#include "views/AddressInspector.h"

#include "snapshot/AddressReport.h"
#include "snapshot/LinkedSelection.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vmviz::ui {

AddressInspector::AddressInspector(QWidget* parent)
    : QWidget(parent), m_input(new QLineEdit(this)), m_output(new QPlainTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* row = new QHBoxLayout;
    m_input->setPlaceholderText(tr("a kernel virtual address, e.g. 0xffffc90000000000"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setClearButtonEnabled(true);
    auto* go = new QPushButton(tr("What is it?"), this);
    row->addWidget(m_input, 1);
    row->addWidget(go);
    layout->addLayout(row);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_output, 1);

    const auto lookUp = [this]() {
        if (const auto vaddr = parseAddress(m_input->text()))
            inspect(*vaddr, true);
        else
            m_output->setPlainText(tr("Not an address: type hex (0x…) or decimal."));
    };
    connect(m_input, &QLineEdit::returnPressed, this, lookUp);
    connect(go, &QPushButton::clicked, this, lookUp);
}

void AddressInspector::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void AddressInspector::setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked)
{
    if (linked && linked->valid &&
        (!m_address || *m_address < linked->vaStart || *m_address >= linked->vaEnd))
        inspect(linked->vaStart, false);
}

std::optional<std::uint64_t> AddressInspector::parseAddress(const QString& text)
{
    QString t = text.trimmed().remove(QLatin1Char('_')).remove(QLatin1Char('`'));
    bool ok = false;
    std::uint64_t value = 0;
    if (t.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive))
        value = t.mid(2).toULongLong(&ok, 16);
    else if (t.size() == 16)
        value = t.toULongLong(&ok, 16);
    else
        value = t.toULongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return value;
}

void AddressInspector::inspect(std::uint64_t vaddr, bool selectArea)
{
    m_address = vaddr;
    m_input->setText(QStringLiteral("0x%1").arg(vaddr, 16, 16, QLatin1Char('0')));
    if (selectArea)
        Q_EMIT selectAreaRequested(vaddr);
    refresh();
}

QString AddressInspector::result() const
{
    return m_output->toPlainText();
}

void AddressInspector::refresh()
{
    if (!m_address || !m_snapshot)
        return;
    m_output->setPlainText(QString::fromStdString(describeAddress(*m_snapshot, *m_address)));
}

} // namespace vmviz::ui
