// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The current kernel call stack (from the trace up to the current step), the step's narration and
// its plain-language line (glossary terms show their definition on hover; a failure is marked red
// with the dmesg lines it printed), and the source of the selected frame with its line
// highlighted: the seed walkthrough's code where it quotes the function, else the function's
// source card (core/teach/SourceCard.h), or the real file when a kernel tree is set. vmviz's own
// model C++ is one click away, labelled as such.
#include "snapshot/MachineSnapshot.h"
#include "source/ModelSourceLibrary.h"
#include "source/SourceLibrary.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QWidget>

#include <map>

class QLabel;
class QToolButton;
class QPlainTextEdit;
class QTableView;
class QTextDocument;

namespace vmviz::ui {

class CallStackModel;
class CSyntaxHighlighter;
class StepTextBox;

class CallStackPanel : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit CallStackPanel(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setViewPalette(const ViewPalette& palette) override;

    /// What the source view shows for the selected frame.
    enum class SourceKind
    {
        None,
        Seed,       ///< the 2010 walkthrough's code
        Card,       ///< vmviz's source card: signature, location, outline
        KernelFile, ///< the real file from the kernel tree set with setKernelSourceDir
        Model,      ///< vmviz's own C++ (only when the user asks for it)
    };

    CallStackModel* model() const { return m_model; }
    SourceKind sourceKind() const { return m_sourceKind; }
    /// A local kernel checkout (e.g. v2.6.36): functions without seed code show the real file.
    void setKernelSourceDir(const QString& dir);
    QString kernelSourceDir() const { return m_kernelDir; }
    /// Shows vmviz's model C++ instead of cards for functions the walkthrough does not quote.
    void setShowModelCode(bool on);
    QString plainLine() const;
    QString printedLines() const;
    bool showsFailure() const;
    /// Lecture shows the step's words in a band across the window; the panel keeps its room for
    /// the call stack and the source then.
    void setStepTextShown(bool shown);
    /// A short Lecture window gives the stack's rows to the source: its header names the function.
    void setStackShown(bool shown);
    /// The 0-based source line highlighted, or -1 (tests).
    int highlightedLine() const { return m_highlighted; }
    QString sourceHeader() const;
    QString narration() const;

private:
    void showFrame(int row);
    bool showModel(Fn chosen, int row, const Step* step, const QString& header);
    void showCard(Fn chosen, int row, const Step* step, const QString& header);
    bool showKernelFile(Fn chosen, const QString& header);
    void useDocument(QTextDocument* doc);

    SnapshotPtr m_snapshot;
    void highlightLine(int line);

    SourceLibrary m_source;
    ModelSourceLibrary m_modelSource;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    CallStackModel* m_model;
    StepTextBox* m_text;
    QToolButton* m_modelToggle;
    QTableView* m_stack;
    QLabel* m_sourceHeader;
    QPlainTextEdit* m_code;
    QTextDocument* m_seedDoc;
    QTextDocument* m_modelDoc;
    QTextDocument* m_cardDoc;
    QTextDocument* m_kernelDoc;
    QString m_kernelDir;
    QString m_kernelFileShown; ///< the file m_kernelDoc holds
    bool m_showModel = false;
    SourceKind m_sourceKind = SourceKind::None;
    CSyntaxHighlighter* m_highlighter;
    CSyntaxHighlighter* m_modelHighlighter;
    CSyntaxHighlighter* m_kernelHighlighter;
    Fn m_modelShown = Fn::Count; ///< whose model code m_modelDoc holds
    /// The model line last lit in each frame (by the frame's call step): a frame's next step
    /// starts looking for its return after it, even after an inner call in between.
    std::map<std::uint64_t, int> m_modelLines;
    std::uint64_t m_modelLinesGeneration = 0;
    int m_highlighted = -1;
    int m_pinnedRow = -1; ///< a frame the user clicked, kept while the stack stays the same
};

} // namespace vmviz::ui
