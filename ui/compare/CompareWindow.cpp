// SPDX-License-Identifier: GPL-2.0-only
#include "compare/CompareWindow.h"

#include "i18n/CoreText.h"
#include "i18n/LessonText.h"
#include "scenario/ScenarioParser.h"
#include "views/VmallocRibbonView.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>

namespace vmviz::ui {

namespace {

constexpr int kOperationRole = Qt::UserRole + 1;

QToolButton* button(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(false);
    return b;
}

QString machineHeading(const compare::MachineRun& run, std::size_t index)
{
    return QCoreApplication::translate("vmviz::ui::CompareWindow",
                                       "%1   %2   ·   Linux %3, %4 RAM, %n CPU(s)", nullptr,
                                       static_cast<int>(run.config.cpus))
        .arg(QString::fromStdString(compare::machineLetter(index)),
             QString::fromStdString(run.variant.label()), QString::fromStdString(run.config.profile),
             QString::fromStdString(scenario::formatSize(run.config.ramBytes)));
}

} // namespace

CompareWindow::CompareWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("vmviz: compare machines"));
    auto* root = new QVBoxLayout(this);

    m_heading = new QLabel(tr("Running…"), this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    root->addWidget(m_heading);

    auto* bar = new QHBoxLayout;
    auto* prevLine =
        button(tr("◀ Line"), tr("Every machine to the end of the previous scenario line (PgUp)"), this);
    auto* nextLine =
        button(tr("Line ▶"), tr("Every machine to the end of the next scenario line (PgDown)"), this);
    auto* prevDiff = button(tr("◀ Difference"), tr("The previous line where the machines differ"), this);
    auto* nextDiff = button(tr("Difference ▶"), tr("The next line where the machines differ"), this);
    auto* stepBack = button(tr("◀ Step"), tr("Every machine one step back within the line (←)"), this);
    auto* stepOn = button(tr("Step ▶"), tr("Every machine one step on within the line (→)"), this);
    for (QToolButton* b : {prevLine, nextLine, prevDiff, nextDiff, stepBack, stepOn})
        bar->addWidget(b);
    m_status = new QLabel(this);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    root->addLayout(bar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_lines = new QListWidget(split);
    m_lines->setObjectName(QStringLiteral("compareLines"));
    m_lines->setMinimumWidth(220);
    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsBox = new QWidget(right);
    new QHBoxLayout(m_columnsBox);
    rightLayout->addWidget(m_columnsBox, 3);
    auto* diffTitle = new QLabel(tr("Where they differ on this line"), right);
    diffTitle->setFont(headingFont);
    rightLayout->addWidget(diffTitle);
    m_differences = new QListWidget(right);
    m_differences->setObjectName(QStringLiteral("compareDifferences"));
    m_differences->setWordWrap(true);
    rightLayout->addWidget(m_differences, 1);
    split->addWidget(m_lines);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 1000});
    root->addWidget(split, 1);

    connect(prevLine, &QToolButton::clicked, &m_controller, &CompareController::previousLine);
    connect(nextLine, &QToolButton::clicked, &m_controller, &CompareController::nextLine);
    connect(prevDiff, &QToolButton::clicked, &m_controller, &CompareController::previousDifference);
    connect(nextDiff, &QToolButton::clicked, &m_controller, &CompareController::nextDifference);
    connect(stepBack, &QToolButton::clicked, this, [this]() { m_controller.stepBackward(); });
    connect(stepOn, &QToolButton::clicked, this, [this]() { m_controller.stepForward(); });
    new QShortcut(QKeySequence(Qt::Key_PageUp), this, [this]() { m_controller.previousLine(); });
    new QShortcut(QKeySequence(Qt::Key_PageDown), this, [this]() { m_controller.nextLine(); });
    new QShortcut(QKeySequence(Qt::Key_Left), this, [this]() { m_controller.stepBackward(); });
    new QShortcut(QKeySequence(Qt::Key_Right), this, [this]() { m_controller.stepForward(); });
    connect(m_lines, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && item->data(kOperationRole).isValid())
            m_controller.goToLine(item->data(kOperationRole).toULongLong());
    });

    connect(&m_controller, &CompareController::runStarted, this,
            [this]() { m_heading->setText(tr("Running the scenario on every machine…")); });
    connect(&m_controller, &CompareController::runFailed, this, [this](const QString& error) {
        m_heading->setText(tr("Cannot compare: %1").arg(error.trimmed()));
        if (!m_screenshotPath.isEmpty())
            Q_EMIT screenshotDone(false, error.trimmed());
    });
    connect(&m_controller, &CompareController::runFinished, this, [this]() {
        rebuildColumns();
        fillLines();
        showState();
        if (!m_screenshotPath.isEmpty())
            QTimer::singleShot(0, this, [this]() {
                const bool ok = grab().save(m_screenshotPath);
                Q_EMIT screenshotDone(ok, ok ? QString() : tr("could not write %1").arg(m_screenshotPath));
            });
    });
    connect(&m_controller, &CompareController::changed, this, &CompareWindow::showState);
}

void CompareWindow::compare(const QString& text, const QString& fileName,
                            std::vector<compare::Variant> variants, std::optional<std::size_t> line)
{
    m_controller.run(text, fileName, std::move(variants), line);
}

void CompareWindow::screenshotWhenReady(const QString& path)
{
    m_screenshotPath = path;
}

void CompareWindow::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    for (Column& c : m_columns)
        c.ribbon->setViewPalette(palette);
    fillLines();
    showState();
}

void CompareWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange || !m_controller.comparison())
        return;
    for (std::size_t m = 0; m < m_columns.size(); ++m)
        m_columns[m].title->setText(machineHeading(m_controller.comparison()->machines[m], m));
    fillLines();
    showState();
}

QWidget* CompareWindow::makeColumn(std::size_t machine, Column& column)
{
    column.box = new QWidget(m_columnsBox);
    auto* layout = new QVBoxLayout(column.box);
    layout->setContentsMargins(4, 4, 4, 4);
    column.title = new QLabel(column.box);
    QFont bold = column.title->font();
    bold.setBold(true);
    column.title->setFont(bold);
    column.title->setText(machineHeading(m_controller.comparison()->machines[machine], machine));
    layout->addWidget(column.title);
    column.ribbon = new VmallocRibbonView(column.box);
    column.ribbon->setViewPalette(m_palette);
    // As tall as the ribbon draws (scroll bar included), so the text below gets the rest.
    column.ribbon->setFixedHeight(column.ribbon->sizeHint().height() + 16);
    layout->addWidget(column.ribbon);
    auto* steps = new QHBoxLayout;
    auto* back = button(QStringLiteral("◀"), tr("This machine one step back within the line"), column.box);
    auto* on = button(QStringLiteral("▶"), tr("This machine one step on within the line"), column.box);
    connect(back, &QToolButton::clicked, this, [this, machine]() { m_controller.stepBackward(machine); });
    connect(on, &QToolButton::clicked, this, [this, machine]() { m_controller.stepForward(machine); });
    column.step = new QLabel(column.box);
    steps->addWidget(back);
    steps->addWidget(on);
    steps->addWidget(column.step, 1);
    layout->addLayout(steps);
    column.narration = new QLabel(column.box);
    column.narration->setWordWrap(true);
    column.narration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(column.narration);
    column.differs = new QLabel(column.box);
    column.differs->setWordWrap(true);
    column.differs->setTextFormat(Qt::RichText);
    column.differs->setAutoFillBackground(true);
    layout->addWidget(column.differs);
    column.facts = new QLabel(column.box);
    column.facts->setWordWrap(true);
    column.facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column.facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(column.facts, 1);
    return column.box;
}

void CompareWindow::rebuildColumns()
{
    for (Column& c : m_columns)
        delete c.box;
    m_columns.assign(m_controller.machineCount(), Column{});
    for (std::size_t m = 0; m < m_columns.size(); ++m)
        m_columnsBox->layout()->addWidget(makeColumn(m, m_columns[m]));
}

void CompareWindow::fillLines()
{
    const compare::Comparison* comparison = m_controller.comparison();
    if (!comparison)
        return;
    const QSignalBlocker block(m_lines);
    m_lines->clear();
    m_heading->setText(tr("%1 on %2 machines: %3 of %4 lines differ")
                           .arg(QString::fromStdString(comparison->scenario.name))
                           .arg(comparison->machines.size())
                           .arg(comparison->differingLines())
                           .arg(comparison->lines.size()));
    for (const compare::LineComparison& line : comparison->lines) {
        if (line.chapter) {
            auto* chapter =
                new QListWidgetItem(lessonText(comparison->scenario.chapters[*line.chapter].title), m_lines);
            QFont bold = chapter->font();
            bold.setBold(true);
            chapter->setFont(bold);
            chapter->setFlags(Qt::ItemIsEnabled);
        }
        const bool differs = !line.differences.empty();
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2: %3")
                                             .arg(differs ? QStringLiteral("≠") : QStringLiteral("="))
                                             .arg(line.where.line)
                                             .arg(QString::fromStdString(line.text)),
                                         m_lines);
        item->setData(kOperationRole, QVariant::fromValue<qulonglong>(line.operation));
        if (differs) {
            item->setBackground(m_palette.changedFill);
            item->setToolTip(tr("%n difference(s)", nullptr, static_cast<int>(line.differences.size())));
        }
    }
}

void CompareWindow::showState()
{
    const compare::LineComparison* line = m_controller.currentLine();
    if (!line)
        return;
    // The comparison's texts in the window's language: the core asks the catalogue for each format.
    const TextTranslator& translator = coreTextTranslator();
    for (int row = 0; row < m_lines->count(); ++row) {
        QListWidgetItem* item = m_lines->item(row);
        if (item->data(kOperationRole).isValid() &&
            item->data(kOperationRole).toULongLong() == line->operation && m_lines->currentRow() != row) {
            const QSignalBlocker block(m_lines);
            m_lines->setCurrentRow(row);
        }
    }
    m_status->setText(tr("line %1 of %2 (scenario line %3)")
                          .arg(m_controller.line() + 1)
                          .arg(m_controller.lineCount())
                          .arg(line->where.line));
    for (std::size_t m = 0; m < m_columns.size(); ++m) {
        Column& c = m_columns[m];
        const SnapshotPtr snapshot = m_controller.snapshot(m);
        c.ribbon->setSnapshot(snapshot);
        const auto [from, to] = m_controller.lineRange(m);
        const std::uint64_t at = m_controller.position(m);
        c.step->setText(tr("step %1 of %2   ·   this line: steps %3 to %4")
                            .arg(at)
                            .arg(snapshot ? snapshot->step.stepCount : 0)
                            .arg(from + 1)
                            .arg(to));
        c.narration->setText(snapshot && !snapshot->step.narration.empty()
                                 ? QString::fromStdString(snapshot->step.narration)
                                 : tr("(before the line)"));
        QStringList sides;
        for (const compare::Difference& d : line->differences)
            //: A difference's title in bold, then this machine's value.
            sides << tr("<b>%1</b>: %2")
                         .arg(QString::fromStdString(compare::differenceKindTitle(d.kind, &translator))
                                  .toHtmlEscaped(),
                              QString::fromStdString(compare::valueText(d.values[m], &translator))
                                  .toHtmlEscaped());
        c.differs->setVisible(!sides.isEmpty());
        c.differs->setText(tr("Differs here: ") + sides.join(QStringLiteral(" · ")));
        QPalette highlight = c.differs->palette();
        highlight.setColor(QPalette::Window, m_palette.changedFill);
        highlight.setColor(QPalette::WindowText, m_palette.text);
        c.differs->setPalette(highlight);
        QStringList clauses;
        for (const std::string& clause : compare::factClauses(line->machines[m], &translator))
            clauses << QString::fromStdString(clause);
        c.facts->setText(tr("What this line did here:\n") + clauses.join(QLatin1Char('\n')));
    }
    m_differences->clear();
    if (line->differences.empty()) {
        new QListWidgetItem(tr("The machines did the same on this line."), m_differences);
        return;
    }
    for (const compare::Difference& d : line->differences) {
        auto* item = new QListWidgetItem(QString::fromStdString(compare::describeDifference(d, &translator)),
                                         m_differences);
        item->setBackground(m_palette.changedFill);
        item->setData(Qt::UserRole, QString::fromStdString(std::string(compare::differenceKindName(d.kind))));
    }
}

} // namespace vmviz::ui
