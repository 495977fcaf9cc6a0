// SPDX-License-Identifier: GPL-2.0-only
#include "views/StepTextBox.h"

#include "views/GlossaryWindow.h"

#include <QFontDatabase>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

namespace vmviz::ui {

namespace {

/// A label's font times `factor`, bold or not.
void enlarge(QLabel* label, double factor, bool bold)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    label->setFont(f);
}

} // namespace

StepTextBox::StepTextBox(Size size, QWidget* parent)
    : QWidget(parent), m_band(size == Size::Band), m_step(new QLabel(this)), m_narration(new QLabel(this)),
      m_plain(new QLabel(this)), m_printed(new QLabel(this))
{
    const bool band = m_band;
    setObjectName(band ? QStringLiteral("narrationBand") : QStringLiteral("stepText"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(band ? 10 : 0, band ? 4 : 0, band ? 10 : 0, band ? 6 : 0);
    layout->setSpacing(band ? 2 : 4);

    m_step->setObjectName(QStringLiteral("stepLabel"));
    m_step->setWordWrap(true); // enlarged for a projector, one line would widen the dock
    m_narration->setObjectName(QStringLiteral("narration"));
    m_narration->setWordWrap(true);
    m_narration->setTextFormat(Qt::RichText);
    m_narration->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    // The band is what a room reads: its narration and plain line are the largest text on screen.
    enlarge(m_narration, band ? 1.45 : 1.15, true);
    m_narration->setMinimumHeight(QFontMetrics(m_narration->font()).height() * (band ? 1 : 2) + 6);
    m_narration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_narration->setAccessibleName(tr("Step narration"));
    m_plain->setObjectName(QStringLiteral("plainLine"));
    m_plain->setAccessibleName(tr("What and why"));
    m_plain->setWordWrap(true);
    m_plain->setTextFormat(Qt::RichText);
    m_plain->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_plain->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    enlarge(m_plain, band ? 1.3 : 1.1, false);
    m_printed->setObjectName(QStringLiteral("printedLines"));
    m_printed->setAccessibleName(tr("Kernel log lines this step printed"));
    m_printed->setWordWrap(true);
    m_printed->setTextFormat(Qt::RichText);
    m_printed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_printed->hide();
    // Hover definitions: glossary terms are links; hovering one shows its definition.
    for (QLabel* label : {m_narration, m_plain}) {
        connect(label, &QLabel::linkHovered, this, [label](const QString& link) {
            if (link.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(QCursor::pos(), glossaryToolTip(link), label);
        });
        connect(label, &QLabel::linkActivated, this, [label](const QString& link) {
            QToolTip::showText(QCursor::pos(), glossaryToolTip(link), label);
        });
    }
    layout->addWidget(m_step);
    layout->addWidget(m_narration);
    layout->addWidget(m_plain);
    layout->addWidget(m_printed);
    if (band)
        layout->addStretch(1);
    setSnapshot(nullptr);
}

QString StepTextBox::printedLines() const
{
    return m_printed->isVisible() || !m_printed->text().isEmpty() ? m_printed->text() : QString();
}

void StepTextBox::setViewPalette(const ViewPalette& palette)
{
    m_palette = palette;
    if (m_snapshot)
        showStepText(m_snapshot->step);
}

void StepTextBox::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    if (!snapshot) {
        m_step->setText(tr("No run yet"));
        m_narrationText = tr("Run a scenario (File → Examples) to step through vmalloc().");
        m_narration->setText(m_narrationText.toHtmlEscaped());
        m_plainText.clear();
        m_plain->hide();
        m_printed->hide();
        m_failed = false;
        return;
    }
    const StepState& s = snapshot->step;
    // The band is read by a room: the scenario line being run, not the trace's bookkeeping.
    if (m_band && !s.stack.empty() && s.stack.front().function == Fn::Caller) {
        m_step->setText(tr("Step %1 of %2 · %3")
                            .arg(s.position)
                            .arg(s.stepCount)
                            .arg(QString::fromStdString(s.stack.front().text)));
    } else if (s.step) {
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
    showStepText(s);
}

void StepTextBox::showStepText(const StepState& s)
{
    m_narrationText = QString::fromStdString(s.narration);
    m_plainText = QString::fromStdString(s.plain);
    m_failed = s.failed;
    const QString warn = m_palette.warn.name();
    // Red, and said in words too: colour alone carries no meaning.
    m_narration->setText(m_failed ? QStringLiteral("<span style=\"color:%1\">✗ %2 · %3</span>")
                                        .arg(warn, tr("FAILED"), linkGlossaryTerms(m_narrationText))
                                  : linkGlossaryTerms(m_narrationText));
    m_plain->setText(m_plainText.isEmpty() ? QString() : linkGlossaryTerms(m_plainText));
    m_plain->setVisible(!m_plainText.isEmpty());
    // A WARN or oops prints a dozen lines; the first few say what happened, the Kernel text panel
    // has the rest, and the call stack keeps its room.
    constexpr std::size_t kShownLines = 8;
    QStringList lines;
    for (std::size_t i = 0; i < s.printed.size() && i < kShownLines; ++i)
        lines << QString::fromStdString(s.printed[i]).toHtmlEscaped();
    if (s.printed.size() > kShownLines)
        lines << tr("… %1 more lines in dmesg (Kernel text panel)").arg(s.printed.size() - kShownLines);
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    m_printed->setText(
        lines.isEmpty()
            ? QString()
            : QStringLiteral("<div style=\"font-family:'%1'; color:%2\">dmesg:<br>%3</div>")
                  .arg(mono, m_failed ? warn : m_palette.text.name(), lines.join(QStringLiteral("<br>"))));
    m_printed->setVisible(!lines.isEmpty());
}

} // namespace vmviz::ui
