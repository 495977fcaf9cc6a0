#include "views/CallStackPanel.h"

#include "models/CallStackModel.h"
#include "source/CSyntaxHighlighter.h"
#include "steps/Narration.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
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
    const FunctionInfo& info = functionInfo(fn);
    const QString file = QString::fromUtf8(info.file.data(), static_cast<qsizetype>(info.file.size()));
    if (file.isEmpty())
        return QObject::tr("the scenario");
    return info.line ? QStringLiteral("%1:%2").arg(file).arg(info.line)
                     : file + QObject::tr(" (no line in the reference)");
}

} // namespace

CallStackPanel::CallStackPanel(QWidget* parent)
    : QWidget(parent), m_model(new CallStackModel(this)), m_step(new QLabel(this)),
      m_narration(new QLabel(this)), m_stack(new QTableView(this)), m_sourceHeader(new QLabel(this)),
      m_code(new QPlainTextEdit(this)), m_seedDoc(new QTextDocument(this)),
      m_modelDoc(new QTextDocument(this)), m_highlighter(nullptr), m_modelHighlighter(nullptr)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    m_step->setObjectName(QStringLiteral("stepLabel"));
    m_step->setWordWrap(true); // enlarged for a projector, one line would widen the dock
    m_narration->setObjectName(QStringLiteral("narration"));
    m_narration->setWordWrap(true);
    m_narration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_narration->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_narration->setFont(big);
    m_narration->setMinimumHeight(QFontMetrics(big).height() * 2 + 6);
    m_narration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_step);
    layout->addWidget(m_narration);

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
    sourceLayout->addWidget(m_sourceHeader);
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Two documents, swapped under the editor, so switching between the seed's code and the
    // engine's does not re-highlight the whole seed each time. The panel owns both: an editor
    // deletes a document it owns when given another.
    for (QTextDocument* doc : {m_seedDoc, m_modelDoc}) {
        doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
        doc->setDefaultFont(m_code->font());
    }
    m_seedDoc->setPlainText(m_source.text());
    m_code->setDocument(m_seedDoc);
    m_highlighter = new CSyntaxHighlighter(m_seedDoc);
    m_modelHighlighter = new CSyntaxHighlighter(m_modelDoc);
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
    if (m_snapshot)
        showFrame(m_pinnedRow >= 0 ? m_pinnedRow : 0);
}

QString CallStackPanel::sourceHeader() const
{
    return m_sourceHeader->text();
}

QString CallStackPanel::narration() const
{
    return m_narration->text();
}

void CallStackPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    const int oldDepth = m_model->rowCount();
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    if (m_model->rowCount() != oldDepth)
        m_pinnedRow = -1;
    if (!snapshot) {
        m_step->setText(tr("No run yet"));
        m_narration->setText(tr("Run a scenario (File → Examples) to step through vmalloc()."));
        m_sourceHeader->setText(QString());
        return;
    }
    const StepState& s = snapshot->step;
    if (s.step) {
        const auto kind = stepKindName(s.step->kind);
        m_step->setText(tr("Step %1 of %2 · %3 · depth %4 · jiffies %5")
                            .arg(s.position)
                            .arg(s.stepCount)
                            .arg(QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size())))
                            .arg(s.step->depth)
                            .arg(s.jiffies));
    } else {
        m_step->setText(tr("Step 0 of %1 · booted").arg(s.stepCount));
    }
    m_narration->setText(QString::fromStdString(s.narration));
    const int row = m_pinnedRow >= 0 && m_pinnedRow < m_model->rowCount() ? m_pinnedRow : 0;
    if (m_model->rowCount() > 0)
        m_stack->selectRow(row);
    showFrame(row);
}

void CallStackPanel::showFrame(int row)
{
    m_highlighted = -1;
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
    QString header = tr("<b>%1</b> · %2").arg(fnName(chosen), anchorOf(chosen));

    // Not quoted by the seed but modelled by the engine: show the model, saying so.
    if (!m_source.hasFunction(chosen)) {
        if (const ModelFunction* model = m_modelSource.function(chosen)) {
            if (m_modelShown != chosen) {
                m_modelDoc->setPlainText(model->lines.join(QLatin1Char('\n')));
                m_modelShown = chosen;
            }
            if (m_code->document() != m_modelDoc)
                m_code->setDocument(m_modelDoc);
            m_sourceHeader->setText(header +
                                    tr("<br>Not quoted by the 2010 walkthrough. This is <b>vmviz's model</b> "
                                       "of it (%1:%2), not kernel code.")
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
                chosen, step, callee,
                last != m_modelLines.end() ? std::optional<int>(last->second) : std::nullopt);
            if (row == 0 && line)
                m_modelLines[frame] = *line;
            if (line)
                highlightLine(*line);
            else
                m_code->verticalScrollBar()->setValue(0);
            return;
        }
    }
    if (m_code->document() != m_seedDoc)
        m_code->setDocument(m_seedDoc);

    // Walk outwards from the chosen frame to the nearest one the seed quotes.
    int shown = row;
    while (shown < depth &&
           !m_source.hasFunction(stack[static_cast<std::size_t>(depth - 1 - shown)].function))
        ++shown;
    if (shown >= depth) {
        m_sourceHeader->setText(
            header + tr("<br>The 2010 walkthrough does not quote this function or any caller on the stack."));
        return;
    }
    const Fn fn = stack[static_cast<std::size_t>(depth - 1 - shown)].function;
    const Fn callee = shown == 0 ? Fn::Count : stack[static_cast<std::size_t>(depth - shown)].function;
    if (shown != row)
        header += tr("<br>Not quoted by the 2010 walkthrough; showing its caller <b>%1</b> (%2).")
                      .arg(fnName(fn), anchorOf(fn));
    else
        header += tr(" · as quoted by the 2010 walkthrough");
    m_sourceHeader->setText(header);
    if (const auto line = m_source.lineFor(fn, step, callee))
        highlightLine(*line);
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
