// SPDX-License-Identifier: GPL-2.0-only
#include "views/ScenarioEditor.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

namespace vmviz::ui {

ScenarioEditor::ScenarioEditor(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_edit(new QPlainTextEdit(this)),
      m_errors(new QListWidget(this)), m_run(new QPushButton(tr("Run"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setObjectName(QStringLiteral("scenarioText"));
    layout->addWidget(m_edit, 1);
    m_errors->setObjectName(QStringLiteral("scenarioErrors"));
    m_errors->setMaximumHeight(90);
    m_errors->hide();
    layout->addWidget(m_errors);
    auto* buttons = new QHBoxLayout;
    m_run->setToolTip(tr("Parse and run the scenario (Ctrl+R)"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);
    m_cancel->setEnabled(false);
    m_progress->hide();

    connect(m_run, &QPushButton::clicked, this, [this]() { Q_EMIT runRequested(text(), m_name); });
    connect(m_cancel, &QPushButton::clicked, this, &ScenarioEditor::cancelRequested);
    connect(m_errors, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int line = item->data(Qt::UserRole).toInt();
        if (line > 0) {
            QTextCursor cursor(m_edit->document()->findBlockByNumber(line - 1));
            m_edit->setTextCursor(cursor);
            m_edit->setFocus();
        }
    });
    setText(QString(), m_name);
}

QString ScenarioEditor::text() const
{
    return m_edit->toPlainText();
}

void ScenarioEditor::setText(const QString& text, const QString& name)
{
    m_name = name;
    m_title->setText(tr("<b>%1</b>").arg(name.toHtmlEscaped()));
    m_edit->setPlainText(text);
    clearErrors();
}

void ScenarioEditor::showErrors(const QString& errors)
{
    m_errors->clear();
    m_errorLines.clear();
    static const QRegularExpression located(QStringLiteral(R"(^(.*?):(\d+): (.*)$)"));
    for (const QString& line : errors.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        auto* item = new QListWidgetItem(line, m_errors);
        const auto m = located.match(line);
        if (m.hasMatch()) {
            const int number = m.captured(2).toInt();
            item->setData(Qt::UserRole, number);
            item->setText(tr("line %1: %2").arg(number).arg(m.captured(3)));
            m_errorLines << number;
        }
    }
    m_errors->setVisible(m_errors->count() > 0);
    markErrorLines();
}

void ScenarioEditor::clearErrors()
{
    m_errors->clear();
    m_errors->hide();
    m_errorLines.clear();
    markErrorLines();
}

QStringList ScenarioEditor::errors() const
{
    QStringList out;
    for (int i = 0; i < m_errors->count(); ++i)
        out << m_errors->item(i)->text();
    return out;
}

void ScenarioEditor::markErrorLines()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const int line : m_errorLines) {
        QTextEdit::ExtraSelection s;
        s.format.setBackground(QColor(0xe8, 0x1e, 0x3a, 60));
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(QColor(0xd6, 0x27, 0x28));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(m_edit->document()->findBlockByNumber(line - 1));
        selections << s;
    }
    m_edit->setExtraSelections(selections);
}

void ScenarioEditor::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        clearErrors();
    }
}

void ScenarioEditor::setProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

} // namespace vmviz::ui
