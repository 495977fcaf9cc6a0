// SPDX-License-Identifier: GPL-2.0-only
#include "views/CallStackPanel.h"

#include "models/CallStackModel.h"
#include "source/CSyntaxHighlighter.h"
#include "steps/Narration.h"
#include "teach/SourceCard.h"
#include "views/StepTextBox.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace vmviz::ui {

namespace {

QString fnName(Fn fn)
{
    const auto n = functionInfo(fn).name;
    return QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
}

QString anchorOf(Fn fn)
{
    // The source card knows a verified 2.6.36 line for every function; the function table only some.
    if (const teach::SourceCard* card = teach::sourceCard(fn))
        return card->file.empty() ? QObject::tr("the scenario")
                                  : QString::fromStdString(teach::sourceCardLocation(*card));
    const FunctionInfo& info = functionInfo(fn);
    const QString file = QString::fromUtf8(info.file.data(), static_cast<qsizetype>(info.file.size()));
    if (file.isEmpty())
        return QObject::tr("the scenario");
    return info.line ? QStringLiteral("%1:%2").arg(file).arg(info.line)
                     : file + QObject::tr(" (no line in the reference)");
}

/// A long signature broken after its commas, so the card needs no sideways scrolling.
QStringList wrapSignature(const QString& signature, int width = 78)
{
    QStringList lines;
    QString current;
    for (const QString& piece : signature.split(QStringLiteral(", "))) {
        const QString next = current.isEmpty() ? piece : current + QStringLiteral(", ") + piece;
        if (!current.isEmpty() && next.size() > width) {
            lines << current + QLatin1Char(',');
            current = QStringLiteral("        ") + piece;
        } else {
            current = next;
        }
    }
    lines << current;
    return lines;
}

} // namespace

CallStackPanel::CallStackPanel(QWidget* parent)
    : QWidget(parent), m_model(new CallStackModel(this)),
      m_text(new StepTextBox(StepTextBox::Size::Panel, this)), m_modelToggle(new QToolButton(this)),
      m_stack(new QTableView(this)), m_sourceHeader(new QLabel(this)), m_code(new QPlainTextEdit(this)),
      m_seedDoc(new QTextDocument(this)), m_modelDoc(new QTextDocument(this)),
      m_cardDoc(new QTextDocument(this)), m_kernelDoc(new QTextDocument(this)), m_highlighter(nullptr),
      m_modelHighlighter(nullptr), m_kernelHighlighter(nullptr)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    layout->addWidget(m_text);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_stack->setModel(m_model);
    m_stack->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stack->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack->verticalHeader()->hide();
    m_stack->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 6);
    m_stack->horizontalHeader()->setSectionResizeMode(CallStackModel::FunctionColumn,
                                                      QHeaderView::ResizeToContents);
    m_stack->horizontalHeader()->setSectionResizeMode(CallStackModel::CallColumn, QHeaderView::Stretch);
    m_stack->horizontalHeader()->setSectionResizeMode(CallStackModel::SourceColumn,
                                                      QHeaderView::ResizeToContents);
    m_stack->setWordWrap(false);
    m_stack->setTextElideMode(Qt::ElideRight);
    m_stack->setShowGrid(false);
    m_stack->setAlternatingRowColors(true);
    splitter->addWidget(m_stack);

    auto* sourceBox = new QWidget(splitter);
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->setSpacing(2);
    m_sourceHeader->setObjectName(QStringLiteral("sourceHeader"));
    m_sourceHeader->setWordWrap(true);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_sourceHeader, 1);
    m_modelToggle->setObjectName(QStringLiteral("showModelCode"));
    m_modelToggle->setText(tr("vmviz's model C++"));
    m_modelToggle->setToolTip(
        tr("Show the C++ function in vmviz that models this kernel function, instead of "
           "its source card. This is the simulator's code, not the kernel's."));
    m_modelToggle->setAccessibleName(tr("Show vmviz's model code"));
    m_modelToggle->setCheckable(true);
    headerRow->addWidget(m_modelToggle, 0, Qt::AlignTop);
    sourceLayout->addLayout(headerRow);
    connect(m_modelToggle, &QToolButton::toggled, this, &CallStackPanel::setShowModelCode);
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Two documents, swapped under the editor, so switching between the seed's code and the
    // engine's does not re-highlight the whole seed each time. The panel owns both: an editor
    // deletes a document it owns when given another.
    for (QTextDocument* doc : {m_seedDoc, m_modelDoc, m_cardDoc, m_kernelDoc}) {
        doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
        doc->setDefaultFont(m_code->font());
    }
    m_seedDoc->setPlainText(m_source.text());
    m_code->setDocument(m_seedDoc);
    m_highlighter = new CSyntaxHighlighter(m_seedDoc);
    m_modelHighlighter = new CSyntaxHighlighter(m_modelDoc);
    m_kernelHighlighter = new CSyntaxHighlighter(m_kernelDoc);
    sourceLayout->addWidget(m_code);
    splitter->addWidget(sourceBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    layout->addWidget(splitter, 1);

    connect(m_stack, &QTableView::clicked, this, [this](const QModelIndex& index) {
        m_pinnedRow = index.row();
        showFrame(index.row());
    });
    setSnapshot(nullptr);
}

void CallStackPanel::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    m_highlighter->setTheme(palette.theme);
    m_modelHighlighter->setTheme(palette.theme);
    m_kernelHighlighter->setTheme(palette.theme);
    m_text->setViewPalette(palette);
    if (m_snapshot)
        showFrame(m_pinnedRow >= 0 ? m_pinnedRow : 0);
}

QString CallStackPanel::narration() const
{
    return m_text->narration();
}

QString CallStackPanel::plainLine() const
{
    return m_text->plainLine();
}

QString CallStackPanel::printedLines() const
{
    return m_text->printedLines();
}

bool CallStackPanel::showsFailure() const
{
    return m_text->showsFailure();
}

void CallStackPanel::setStepTextShown(bool shown)
{
    m_text->setVisible(shown);
}

void CallStackPanel::setStackShown(bool shown)
{
    m_stack->setVisible(shown);
}

QString CallStackPanel::sourceHeader() const
{
    return m_sourceHeader->text();
}

void CallStackPanel::setKernelSourceDir(const QString& dir)
{
    m_kernelDir = dir;
    m_kernelFileShown.clear();
    if (m_snapshot)
        showFrame(m_pinnedRow >= 0 ? m_pinnedRow : 0);
}

void CallStackPanel::setShowModelCode(bool on)
{
    m_showModel = on;
    if (m_modelToggle->isChecked() != on)
        m_modelToggle->setChecked(on);
    if (m_snapshot)
        showFrame(m_pinnedRow >= 0 ? m_pinnedRow : 0);
}

void CallStackPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    const int oldDepth = m_model->rowCount();
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    if (m_model->rowCount() != oldDepth)
        m_pinnedRow = -1;
    m_text->setSnapshot(snapshot);
    if (!snapshot) {
        m_sourceHeader->setText(QString());
        return;
    }
    const int row = m_pinnedRow >= 0 && m_pinnedRow < m_model->rowCount() ? m_pinnedRow : 0;
    if (m_model->rowCount() > 0)
        m_stack->selectRow(row);
    showFrame(row);
}

void CallStackPanel::useDocument(QTextDocument* doc)
{
    // The editor passes a font change (presentation mode) to the document it shows only; the
    // others catch up when they are shown.
    if (doc->defaultFont() != m_code->font())
        doc->setDefaultFont(m_code->font());
    if (m_code->document() != doc)
        m_code->setDocument(doc);
}

void CallStackPanel::showFrame(int row)
{
    m_highlighted = -1;
    m_sourceKind = SourceKind::None;
    m_sourceHeader->setToolTip(QString());
    m_code->setExtraSelections({});
    if (!m_snapshot || m_snapshot->step.stack.empty()) {
        m_sourceHeader->setText(tr("No kernel function is running at this step."));
        return;
    }
    const auto& stack = m_snapshot->step.stack; // outermost first
    const int depth = static_cast<int>(stack.size());
    row = std::clamp(row, 0, depth - 1);
    const Fn chosen = stack[static_cast<std::size_t>(depth - 1 - row)].function;
    const Step* step = m_snapshot->step.step ? &*m_snapshot->step.step : nullptr;
    const QString header = tr("<b>%1</b> · %2").arg(fnName(chosen), anchorOf(chosen));

    if (!m_source.hasFunction(chosen)) {
        // Not quoted by the seed: the model's C++ only when asked for; else the real file from a
        // kernel tree, else the source card.
        if (m_showModel && showModel(chosen, row, step, header))
            return;
        if (showKernelFile(chosen, header))
            return;
        showCard(chosen, row, step, header);
        return;
    }
    useDocument(m_seedDoc);
    m_sourceKind = SourceKind::Seed;
    const Fn callee = row == 0 ? Fn::Count : stack[static_cast<std::size_t>(depth - row)].function;
    m_sourceHeader->setText(header + tr(" · as quoted by the 2010 walkthrough"));
    if (const auto line = m_source.lineFor(chosen, step, callee))
        highlightLine(*line);
}

bool CallStackPanel::showModel(Fn chosen, int row, const Step* step, const QString& header)
{
    const ModelFunction* model = m_modelSource.function(chosen);
    if (!model)
        return false;
    const auto& stack = m_snapshot->step.stack;
    const int depth = static_cast<int>(stack.size());
    if (m_modelShown != chosen) {
        m_modelDoc->setPlainText(model->lines.join(QLatin1Char('\n')));
        m_modelShown = chosen;
    }
    useDocument(m_modelDoc);
    m_sourceKind = SourceKind::Model;
    m_sourceHeader->setText(header +
                            tr("<br>This is <b>vmviz's model</b> of it (%1:%2), the simulator's C++, "
                               "not kernel code.")
                                .arg(model->file)
                                .arg(model->firstLine));
    const Fn callee = row == 0 ? Fn::Count : stack[static_cast<std::size_t>(depth - row)].function;
    if (m_modelLinesGeneration != m_snapshot->generation || m_modelLines.size() > 4096) {
        m_modelLines.clear();
        m_modelLinesGeneration = m_snapshot->generation;
    }
    const std::uint64_t frame = stack[static_cast<std::size_t>(depth - 1 - row)].callStep;
    const auto last = m_modelLines.find(frame);
    const auto line = m_modelSource.lineFor(
        chosen, step, callee, last != m_modelLines.end() ? std::optional<int>(last->second) : std::nullopt);
    if (row == 0 && line)
        m_modelLines[frame] = *line;
    if (line)
        highlightLine(*line);
    else
        m_code->verticalScrollBar()->setValue(0);
    return true;
}

bool CallStackPanel::showKernelFile(Fn chosen, const QString& header)
{
    const teach::SourceCard* card = teach::sourceCard(chosen);
    if (m_kernelDir.isEmpty() || !card || card->file.empty())
        return false;
    const QString path =
        QDir(m_kernelDir)
            .filePath(QString::fromUtf8(card->file.data(), static_cast<qsizetype>(card->file.size())));
    if (m_kernelFileShown != path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_kernelDoc->setPlainText(QString::fromUtf8(file.readAll()));
        m_kernelFileShown = path;
    }
    useDocument(m_kernelDoc);
    m_sourceKind = SourceKind::KernelFile;
    m_sourceHeader->setText(
        header +
        tr("<br>From your kernel tree: %1, at the line vmviz knows for 2.6.36.").arg(path.toHtmlEscaped()));
    highlightLine(card->line - 1);
    return true;
}

void CallStackPanel::showCard(Fn chosen, int row, const Step* step, const QString& header)
{
    const teach::SourceCard* card = teach::sourceCard(chosen);
    useDocument(m_cardDoc);
    m_sourceKind = SourceKind::Card;
    if (!card) {
        m_cardDoc->setPlainText(QString());
        m_sourceHeader->setText(header);
        return;
    }
    // The signature, its location, a blank line, then the numbered outline.
    QStringList lines = wrapSignature(
        QString::fromUtf8(card->signature.data(), static_cast<qsizetype>(card->signature.size())));
    lines << QStringLiteral("/* %1 (Linux 2.6.36) */")
                 .arg(QString::fromStdString(teach::sourceCardLocation(*card)));
    lines << QString();
    const int outlineStart = static_cast<int>(lines.size());
    int number = 1;
    for (const teach::OutlineLine& line : card->outline)
        lines << QStringLiteral("%1. %2")
                     .arg(number++, 2)
                     .arg(QString::fromUtf8(line.text.data(), static_cast<qsizetype>(line.text.size())));
    const QString text = lines.join(QLatin1Char('\n'));
    if (m_cardDoc->toPlainText() != text)
        m_cardDoc->setPlainText(text);
    m_sourceHeader->setText(header + tr("<br><b>vmviz's outline</b> of it; this step's line is marked."));
    m_sourceHeader->setToolTip(
        tr("The 2010 walkthrough does not quote this function. Help → Kernel source tree… "
           "shows the real file from a local kernel checkout instead."));
    const auto& stack = m_snapshot->step.stack;
    const int depth = static_cast<int>(stack.size());
    const Fn callee = row == 0 ? Fn::Count : stack[static_cast<std::size_t>(depth - row)].function;
    highlightLine(outlineStart + static_cast<int>(teach::sourceCardLine(*card, step, callee)));
}

void CallStackPanel::highlightLine(int line)
{
    m_highlighted = line;
    QTextEdit::ExtraSelection selection;
    QColor fill = m_palette.changed;
    fill.setAlpha(m_palette.theme == Theme::Dark ? 90 : 55);
    selection.format.setBackground(fill);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor = QTextCursor(m_code->document()->findBlockByNumber(line));
    m_code->setExtraSelections({selection});
    QTextCursor cursor(m_code->document()->findBlockByNumber(line));
    m_code->setTextCursor(cursor);
    m_code->centerCursor();
}

} // namespace vmviz::ui
