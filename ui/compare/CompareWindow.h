// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// One scenario on two (or more) machines side by side: a vmalloc ribbon, the step and what the
// machine did on the current scenario line for each, the scenario's lines with those where the
// machines differ marked, and the typed differences of the current line. The machines step
// together line by line; within a line each steps on its own. Opened from File → Compare machines
// and by `vmviz --compare`.
#include "compare/CompareController.h"
#include "style/ViewPalette.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QToolButton;

namespace vmviz::ui {

class VmallocRibbonView;

class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CompareWindow(QWidget* parent = nullptr);

    CompareController& controller() { return m_controller; }
    /// Runs `text` on every variant; the window shows line `line` (0-based) when the runs finish,
    /// or the first line where the machines differ.
    void compare(const QString& text, const QString& fileName, std::vector<compare::Variant> variants,
                 std::optional<std::size_t> line = std::nullopt);
    /// Writes a PNG of the window once the runs finished (or says why not), then emits screenshotDone.
    void screenshotWhenReady(const QString& path);
    void setViewPalette(const ViewPalette& palette);

Q_SIGNALS:
    void screenshotDone(bool ok, const QString& problem);

protected:
    /// A language change composes the headings, the lines and the comparison's texts again.
    void changeEvent(QEvent* event) override;

private:
    struct Column
    {
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        VmallocRibbonView* ribbon = nullptr;
        QLabel* step = nullptr;
        QLabel* narration = nullptr;
        QLabel* facts = nullptr;
        QLabel* differs = nullptr; ///< this machine's side of each difference, highlighted
    };
    void rebuildColumns();
    void fillLines();
    void showState();
    QWidget* makeColumn(std::size_t machine, Column& column);

    CompareController m_controller;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_lines = nullptr;
    QListWidget* m_differences = nullptr;
    QWidget* m_columnsBox = nullptr;
    std::vector<Column> m_columns;
    QString m_screenshotPath;
};

} // namespace vmviz::ui
