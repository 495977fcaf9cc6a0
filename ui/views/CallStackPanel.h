#pragma once
// The current kernel call stack (from the trace up to the current step), the step's narration,
// and the source of the selected frame with its line highlighted: the seed walkthrough's code
// where it quotes the function, otherwise the function's name and file:line anchor.
#include "snapshot/MachineSnapshot.h"
#include "source/ModelSourceLibrary.h"
#include "source/SourceLibrary.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QWidget>

#include <map>

class QLabel;
class QPlainTextEdit;
class QTableView;
class QTextDocument;

namespace vmviz::ui {

class CallStackModel;
class CSyntaxHighlighter;

class CallStackPanel : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit CallStackPanel(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setViewPalette(const ViewPalette& palette) override;

    CallStackModel* model() const { return m_model; }
    /// The 0-based source line highlighted, or -1 (tests).
    int highlightedLine() const { return m_highlighted; }
    QString sourceHeader() const;
    QString narration() const;

private:
    void showFrame(int row);

    SnapshotPtr m_snapshot;
    void highlightLine(int line);

    SourceLibrary m_source;
    ModelSourceLibrary m_modelSource;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    CallStackModel* m_model;
    QLabel* m_step;
    QLabel* m_narration;
    QTableView* m_stack;
    QLabel* m_sourceHeader;
    QPlainTextEdit* m_code;
    QTextDocument* m_seedDoc;
    QTextDocument* m_modelDoc;
    CSyntaxHighlighter* m_highlighter;
    CSyntaxHighlighter* m_modelHighlighter;
    Fn m_modelShown = Fn::Count; ///< whose model code m_modelDoc holds
    /// The model line last lit in each frame (by the frame's call step): a frame's next step
    /// starts looking for its return after it, even after an inner call in between.
    std::map<std::uint64_t, int> m_modelLines;
    std::uint64_t m_modelLinesGeneration = 0;
    int m_highlighted = -1;
    int m_pinnedRow = -1; ///< a frame the user clicked, kept while the stack stays the same
};

} // namespace vmviz::ui
