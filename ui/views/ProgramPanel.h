// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The program the class is watching run: the scenario text with the line running now marked (an
// arrow in the margin and a highlight) and always scrolled into view, what the step at the chosen
// detail level is doing, and the caller's variables with their values — NULL until assigned,
// `buf = 0xffffc90000000000` after — and the area each points into. Clicking a variable selects
// its area everywhere.
#include "steps/DetailLevel.h"
#include "views/StepView.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace vmviz::ui {

class VariablesModel;

class ProgramPanel : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit ProgramPanel(QWidget* parent = nullptr);

    /// The scenario that ran; its operations say which line each step belongs to.
    void setScenario(const QString& text, const QString& name);
    void setDetailLevel(DetailLevel level);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setViewPalette(const ViewPalette& palette) override;
    void setPresentationScale(double scale) override;

    /// The 1-based line of the scenario text marked as running now; 0 for none (tests).
    int currentLine() const { return m_currentLine; }
    /// "buf = 0xffffc90000000000" for each variable, in order (tests).
    QStringList variableTexts() const;
    /// The sentence under the program: the visible step at the detail level.
    QString nowText() const;
    VariablesModel* variablesModel() const { return m_model; }

Q_SIGNALS:
    /// A variable was clicked: the address it holds (0 for NULL).
    void variableActivated(std::uint64_t address);

private:
    void markLine(int line);
    void refreshNow();

    QLabel* m_title;
    QPlainTextEdit* m_code;
    QLabel* m_now;
    QTableView* m_table;
    VariablesModel* m_model;
    std::vector<int> m_operationLines; ///< operation index → 1-based source line
    int m_currentLine = 0;
    SnapshotPtr m_snapshot;
    DetailLevel m_level = DetailLevel::Full;
    double m_scale = 1.0;
    double m_baseCodePoints = 0;
    QColor m_highlight;
    QColor m_warn;
};

} // namespace vmviz::ui
