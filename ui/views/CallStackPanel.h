#pragma once
// The current kernel call stack (from the trace up to the current step), the step's narration,
// and the source of the selected frame with its line highlighted: the seed walkthrough's code
// where it quotes the function, otherwise the function's name and file:line anchor.
#include "snapshot/MachineSnapshot.h"
#include "source/SourceLibrary.h"
#include "style/ViewPalette.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace vmviz::ui {

class CallStackModel;
class CSyntaxHighlighter;

class CallStackPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallStackPanel(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void setViewPalette(const ViewPalette& palette);

    CallStackModel* model() const { return m_model; }
    /// The 0-based source line highlighted, or -1 (tests).
    int highlightedLine() const { return m_highlighted; }
    QString sourceHeader() const;
    QString narration() const;

private:
    void showFrame(int row);

    SnapshotPtr m_snapshot;
    SourceLibrary m_source;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    CallStackModel* m_model;
    QLabel* m_step;
    QLabel* m_narration;
    QTableView* m_stack;
    QLabel* m_sourceHeader;
    QPlainTextEdit* m_code;
    CSyntaxHighlighter* m_highlighter;
    int m_highlighted = -1;
    int m_pinnedRow = -1; ///< a frame the user clicked, kept while the stack stays the same
};

} // namespace vmviz::ui
