// SPDX-License-Identifier: GPL-2.0-only
#include "views/KernelTextPanel.h"

#include "snapshot/KernelTextSnapshot.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QTextBlock>
#include <QVBoxLayout>

namespace vmviz::ui {

namespace {

const QString kDmesg = QStringLiteral("dmesg");

int lineCount(const QString& text)
{
    return static_cast<int>(text.count(QLatin1Char('\n')));
}

} // namespace

KernelTextPanel::KernelTextPanel(QWidget* parent)
    : QWidget(parent), m_choice(new QComboBox(this)), m_output(new QPlainTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("File:"), this));
    // Labels are the paths a teacher would cat on a real 2.6.36 machine; data are the
    // exports::renderSnapshot() names.
    m_choice->addItem(QStringLiteral("dmesg"), kDmesg);
    m_choice->addItem(QStringLiteral("/proc/vmallocinfo"), QStringLiteral("vmallocinfo"));
    m_choice->addItem(QStringLiteral("/sys/kernel/debug/kmemleak"), QStringLiteral("kmemleak"));
    m_choice->addItem(tr("ptdump (init_mm)"), QStringLiteral("ptdump"));
    m_choice->addItem(QStringLiteral("/proc/meminfo"), QStringLiteral("meminfo"));
    m_choice->addItem(QStringLiteral("/proc/buddyinfo"), QStringLiteral("buddyinfo"));
    row->addWidget(m_choice, 1);
    auto* save = new QPushButton(tr("Save as…"), this);
    save->setToolTip(tr("Write this text to a .txt file"));
    row->addWidget(save);
    layout->addLayout(row);

    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setPlaceholderText(noTextYet());
    layout->addWidget(m_output, 1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int) { refresh(); });
    connect(save, &QPushButton::clicked, this, &KernelTextPanel::saveInteractive);
}

QStringList KernelTextPanel::formats() const
{
    QStringList out;
    for (int i = 0; i < m_choice->count(); ++i)
        out << m_choice->itemData(i).toString();
    return out;
}

QString KernelTextPanel::format() const
{
    return m_choice->currentData().toString();
}

void KernelTextPanel::setFormat(const QString& format)
{
    const int index = m_choice->findData(format);
    if (index >= 0)
        m_choice->setCurrentIndex(index);
}

QString KernelTextPanel::text() const
{
    return m_output->toPlainText();
}

int KernelTextPanel::firstNewLine() const
{
    const bool dmesgShown = m_shownFormat == kDmesg && m_shownKey && m_shownKey == m_dmesgKey;
    return dmesgShown && m_newFrom < m_newEnd ? m_newFrom : -1;
}

int KernelTextPanel::newLineCount() const
{
    return firstNewLine() >= 0 ? m_newEnd - m_newFrom : 0;
}

void KernelTextPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    // Only a step of the same run can tell which dmesg lines are new; a new run starts afresh. The
    // same step again (now carrying a file it lacked) keeps the step before it.
    const bool sameRun = m_snapshot && snapshot && m_snapshot->generation == snapshot->generation;
    if (!sameRun)
        m_previous.reset();
    else if (m_snapshot->step.position != snapshot->step.position)
        m_previous = Key{m_snapshot->generation, m_snapshot->step.position};
    m_snapshot = snapshot;
    refresh();
}

void KernelTextPanel::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    highlightNewLines();
}

void KernelTextPanel::setExposed(bool exposed)
{
    m_exposed = exposed;
    refresh();
}

void KernelTextPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void KernelTextPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    refresh();
}

void KernelTextPanel::refresh()
{
    // A hidden or tabbed-away dock asks for nothing; showEvent or setExposed catch up with the
    // latest step when it comes into view.
    const QString wanted = isExposed() ? format() : QString();
    if (wanted != m_wanted) {
        m_wanted = wanted;
        // The window answers at once, handing this step's snapshot back with the file in it
        // (setSnapshot, which refreshes again) unless it carries the file already.
        Q_EMIT formatWanted(wanted);
    }
    if (!isExposed())
        return;
    const QString fmt = format();
    if (!m_snapshot) {
        showNothing();
        return;
    }
    const Key key{m_snapshot->generation, m_snapshot->step.position};
    if (m_shownKey == key && m_shownFormat == fmt)
        return;

    QString text;
    if (fmt == kDmesg && m_dmesgKey == key) {
        text = m_dmesg; // back from another file at the same step: same text, same new lines
    } else {
        const std::string* file =
            m_snapshot->kernelText ? m_snapshot->kernelText->find(fmt.toStdString()) : nullptr;
        if (!file) {
            showNothing(); // a snapshot nobody asked the file for: better blank than another step's
            return;
        }
        text = QString::fromStdString(*file);
        if (fmt == kDmesg) {
            // The log only grows while playback moves forward, so the previous step's dmesg is a
            // prefix of this one and the lines past it are what this step (or the call just
            // stepped over) printed. A dmesg from any other step says nothing about this one.
            const bool follows = m_dmesgKey && m_previous && *m_dmesgKey == *m_previous &&
                                 m_dmesgKey->position < key.position && text.startsWith(m_dmesg);
            m_newFrom = follows ? lineCount(m_dmesg) : -1;
            m_newEnd = follows ? lineCount(text) : -1;
            m_dmesgKey = key;
            m_dmesg = text;
        }
    }

    QScrollBar* bar = m_output->verticalScrollBar();
    const bool sameFile = m_shownFormat == fmt && m_shownKey;
    const bool atEnd = bar->value() >= bar->maximum();
    const int value = bar->value();
    // Most steps print nothing: leaving the document alone keeps scroll position and selection.
    if (!sameFile || text != m_shownText) {
        m_output->setPlainText(text);
        // An empty dmesg is common (no WARN yet); say so rather than ask for a scenario.
        m_output->setPlaceholderText(
            tr("Nothing: %1 is empty at step %2.").arg(m_choice->currentText()).arg(key.position));
        m_shownText = text;
    }
    m_shownKey = key;
    m_shownFormat = fmt;
    // dmesg follows its newest lines like `dmesg -w` unless the user scrolled up to read; the
    // other files keep where the user scrolled to, and start at the top.
    if (fmt == kDmesg && (!sameFile || atEnd))
        bar->setValue(bar->maximum());
    else if (sameFile)
        bar->setValue(value);
    highlightNewLines();
}

QString KernelTextPanel::noTextYet()
{
    return tr("Run a scenario to see what the kernel would print at each step.");
}

void KernelTextPanel::showNothing()
{
    m_output->clear();
    m_output->setPlaceholderText(noTextYet());
    m_shownText.clear();
    m_shownKey.reset();
    m_shownFormat.clear();
    highlightNewLines();
}

void KernelTextPanel::highlightNewLines()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int first = firstNewLine();
    for (int line = first; first >= 0 && line < first + newLineCount(); ++line) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_output->document()->findBlockByNumber(line));
        selection.format.setBackground(m_palette.changedFill);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    m_output->setExtraSelections(selections);
}

bool KernelTextPanel::saveText(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    return file.write(text().toUtf8()) >= 0 && file.flush();
}

void KernelTextPanel::saveInteractive()
{
    const std::uint64_t position = m_snapshot ? m_snapshot->step.position : 0;
    const QString suggested = QStringLiteral("%1-step%2.txt").arg(format()).arg(position);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save kernel text"), suggested,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!saveText(path))
        QMessageBox::warning(this, tr("Save kernel text"), tr("Cannot write %1").arg(path));
}

} // namespace vmviz::ui
