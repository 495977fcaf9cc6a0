// SPDX-License-Identifier: GPL-2.0-only
#include "views/ProgramPanel.h"

#include "i18n/CoreText.h"
#include "models/VariablesModel.h"
#include "scenario/ScenarioParser.h"
#include "style/ViewPalette.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace vmviz::ui {

namespace {

/// The margin each line starts with: the arrow marks the running line without relying on colour.
const QString kArrow = QStringLiteral("▶ ");
const QString kBlank = QStringLiteral("  ");

} // namespace

ProgramPanel::ProgramPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_code(new QPlainTextEdit(this)), m_now(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new VariablesModel(this))
{
    setAccessibleName(tr("Program and variables"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_title->setText(tr("No scenario has run yet."));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_baseCodePoints = m_code->font().pointSizeF();
    m_code->setAccessibleName(tr("Scenario program"));
    m_code->setAccessibleDescription(tr("The scenario's lines; the arrow marks the line running now"));
    layout->addWidget(m_code, 3);

    m_now->setObjectName(QStringLiteral("programNow"));
    m_now->setWordWrap(true);
    m_now->setTextFormat(Qt::RichText);
    m_now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_now->setAccessibleName(tr("What the step does"));
    layout->addWidget(m_now);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(VariablesModel::ValueColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->setAccessibleName(tr("Variables"));
    m_table->setAccessibleDescription(tr("The caller's pointer variables and their values; activate one to "
                                         "select its area"));
    layout->addWidget(m_table, 2);
    const auto activate = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT variableActivated(index.data(VariablesModel::AddressRole).toULongLong());
    };
    connect(m_table, &QTableView::clicked, this, activate);
    connect(m_table, &QTableView::activated, this, activate);
}

void ProgramPanel::setScenario(const QString& text, const QString& name)
{
    m_operationLines.clear();
    const auto parsed = scenario::parseScenario(text.toStdString(), name.toStdString());
    if (parsed.ok())
        for (const scenario::Operation& op : parsed.scenario->operations)
            m_operationLines.push_back(op.where.line);
    QString shown;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines[i].isEmpty())
            break; // the file's final newline
        shown += kBlank + lines[i] + QLatin1Char('\n');
    }
    m_code->setPlainText(shown);
    m_currentLine = 0;
    m_title->setText(tr("<b>%1</b>").arg(name.toHtmlEscaped()));
    m_snapshot.reset();
}

void ProgramPanel::setDetailLevel(DetailLevel level)
{
    m_level = level;
    refreshNow();
}

void ProgramPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    int line = 0;
    if (snapshot && snapshot->step.operation && *snapshot->step.operation < m_operationLines.size())
        line = m_operationLines[*snapshot->step.operation];
    markLine(line);
    refreshNow();
}

void ProgramPanel::markLine(int line)
{
    QTextDocument* doc = m_code->document();
    const auto setMargin = [doc](int l, const QString& margin) {
        const QTextBlock block = doc->findBlockByNumber(l - 1);
        if (!block.isValid())
            return;
        QTextCursor c(block);
        c.setPosition(block.position() + 2, QTextCursor::KeepAnchor);
        c.insertText(margin);
    };
    if (line != m_currentLine) {
        if (m_currentLine > 0)
            setMargin(m_currentLine, kBlank);
        if (line > 0)
            setMargin(line, kArrow);
        m_currentLine = line;
    }
    QList<QTextEdit::ExtraSelection> marks;
    if (line > 0) {
        const QTextBlock block = doc->findBlockByNumber(line - 1);
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setBackground(m_highlight.isValid() ? m_highlight : QColor(255, 236, 160));
        mark.format.setFontWeight(QFont::Bold);
        marks.push_back(mark);
        // Always in view: the line running now is the one thing this panel must show.
        QTextCursor c(block);
        m_code->setTextCursor(c);
        m_code->ensureCursorVisible();
    }
    m_code->setExtraSelections(marks);
}

void ProgramPanel::refreshNow()
{
    if (!m_snapshot || m_snapshot->step.position == 0) {
        m_now->setText(m_snapshot ? tr("Before the first line: the machine has booted.") : QString());
        return;
    }
    const LevelPlace& place = m_snapshot->step.levels[static_cast<std::size_t>(m_level)];
    const QString where = m_currentLine > 0 ? tr("Line %1").arg(m_currentLine) : tr("Between lines");
    // Overview and Standard sentences name their phase themselves; a single step's does not.
    QString text = where + QStringLiteral(" · ");
    if (m_level == DetailLevel::Full && place.phase != Phase::Line)
        text += QString::fromStdString(phaseTitle(place.phase, coreTextTranslator())) + QStringLiteral(" · ");
    text += QString::fromStdString(place.summary).toHtmlEscaped();
    if (place.alarm)
        text = tr("<b>Failure:</b> ") +
               QStringLiteral("<span style=\"color:%1\">%2</span>")
                   .arg(m_warn.isValid() ? m_warn.name() : QStringLiteral("#c00000"), text);
    m_now->setText(text);
}

QStringList ProgramPanel::variableTexts() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->assignment(row);
    return out;
}

QString ProgramPanel::nowText() const
{
    return m_now->text();
}

void ProgramPanel::setViewPalette(const ViewPalette& palette)
{
    m_highlight = palette.changedFill;
    m_warn = palette.warn;
    markLine(m_currentLine);
    refreshNow();
}

void ProgramPanel::setPresentationScale(double scale)
{
    m_scale = scale;
    QFont code = m_code->font();
    code.setPointSizeF(m_baseCodePoints * scale);
    m_code->setFont(code);
    m_table->setFont(code);
}

} // namespace vmviz::ui
