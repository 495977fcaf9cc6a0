// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Scenario text with run / cancel, progress, and parse errors shown at their line.
#include "views/StepView.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QLabel;

namespace vmviz::ui {

class ScenarioEditor : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text, const QString& name);
    QString name() const { return m_name; }

    /// Shows "FILE:LINE: message" errors; lines are marked in the text.
    void showErrors(const QString& errors);
    void clearErrors();
    QStringList errors() const;
    /// Lines (1-based) marked as erroneous.
    QList<int> errorLines() const { return m_errorLines; }

    void setRunning(bool running);
    void setProgress(int done, int total);

Q_SIGNALS:
    void runRequested(const QString& text, const QString& name);
    void cancelRequested();

private:
    void markErrorLines();

    QString m_name = QStringLiteral("untitled.vmviz");
    QLabel* m_title;
    QPlainTextEdit* m_edit;
    QListWidget* m_errors;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QList<int> m_errorLines;
};

} // namespace vmviz::ui
