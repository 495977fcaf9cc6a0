// SPDX-License-Identifier: GPL-2.0-only
#include "export/HandoutPdf.h"

#include "i18n/CoreText.h"
#include "i18n/LessonText.h"
#include "scenario/Lesson.h"
#include "scenario/ScenarioParser.h"

#include "snapshot/SnapshotBuilder.h"
#include "steps/Narration.h"
#include "steps/RunIndex.h"
#include "views/PhysicalMemoryView.h"
#include "views/VmallocRibbonView.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace vmviz::ui {

namespace {

constexpr int kResolution = 96; // pixels per inch: the views lay out as on a screen
constexpr int kMargin = 48;
constexpr qsizetype kMaxNarrationLines = 16;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

/// Text from the top of `area` down, wrapped; returns the height it took.
int drawText(QPainter& painter, const QRect& area, const QString& text, const QFont& font)
{
    painter.setFont(font);
    const QRect bounds = painter.boundingRect(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return bounds.height();
}

QFont font(int points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSize(points);
    f.setBold(bold);
    return f;
}

/// Paints `panel` at its natural size, scaled down to fit `box`.
void drawPanel(QPainter& painter, const ExportablePanel& panel, QSize natural, const QRect& box)
{
    const double scale = std::min(
        1.0, std::min(double(box.width()) / natural.width(), double(box.height()) / natural.height()));
    painter.save();
    painter.translate(box.topLeft());
    painter.scale(scale, scale);
    painter.setClipRect(QRect(QPoint(0, 0), natural));
    panel.render(painter, natural);
    painter.restore();
    painter.setPen(Qt::gray);
    painter.drawRect(
        QRect(box.topLeft(), QSize(int(natural.width() * scale), int(natural.height() * scale))));
    painter.setPen(Qt::black);
}

} // namespace

std::vector<HandoutChapter> handoutChapters(const Machine& machine)
{
    std::vector<HandoutChapter> out;
    const Trace& trace = machine.trace;
    for (std::uint64_t i = 1; i <= trace.size(); ++i) {
        const Step s = trace.step(StepIndex{i});
        if (s.depth != 0)
            continue;
        if (s.kind == StepKind::Call) {
            out.push_back({i, qs(narrate(trace, s, coreTextTranslator())), {}, {}, {}, {}});
            continue;
        }
        if (out.empty())
            continue;
        out.back().step = i;
        if (s.kind == StepKind::Effect && out.back().narration.size() < kMaxNarrationLines)
            out.back().narration << qs(narrate(trace, s, coreTextTranslator()));
    }
    // The calls each line made, two levels down, indented by depth; the middle goes when too long.
    for (HandoutChapter& chapter : out) {
        QStringList calls;
        for (std::uint64_t i = chapter.step; i >= 1; --i) {
            const Step s = trace.step(StepIndex{i});
            if (s.depth == 0 && s.kind == StepKind::Call)
                break;
            if (s.depth >= 1 && s.depth <= 2)
                calls.prepend(QString(2 * (s.depth - 1), QLatin1Char(' ')) +
                              qs(narrate(trace, s, coreTextTranslator())));
        }
        bool cut = false;
        while (calls.size() + chapter.narration.size() > kMaxNarrationLines) {
            calls.removeAt(calls.size() / 2);
            cut = true;
        }
        if (cut)
            calls.insert(calls.size() / 2, QStringLiteral("  …"));
        chapter.narration = calls + chapter.narration;
    }
    return out;
}

std::vector<HandoutChapter> handoutChapters(const Machine& machine, const std::string& scenarioText,
                                            const std::string& fileName)
{
    const auto parsed = scenario::parseScenario(scenarioText, fileName);
    if (!parsed.ok() || parsed.scenario->chapters.empty())
        return handoutChapters(machine);
    const auto chapters = scenario::lessonChapters(*parsed.scenario, machine.trace);
    if (chapters.empty())
        return handoutChapters(machine);
    std::vector<HandoutChapter> out;
    for (std::size_t c = 0; c < chapters.size(); ++c) {
        const std::uint64_t from = chapters[c].step;
        const std::uint64_t to = c + 1 < chapters.size() ? chapters[c + 1].step - 1 : machine.stepCount();
        HandoutChapter chapter;
        chapter.step = to;
        chapter.title = lessonText(chapters[c].chapter.title);
        chapter.explanation = lessonText(chapters[c].chapter.say);
        chapter.question = lessonText(chapters[c].chapter.ask);
        chapter.notes = lessonText(chapters[c].chapter.note);
        // The scenario lines the chapter ran: the top-level calls between its start and its end.
        for (std::uint64_t i = from; i <= to && chapter.narration.size() < kMaxNarrationLines; ++i) {
            const Step s = machine.trace.step(StepIndex{i});
            if (s.depth == 0 && s.kind == StepKind::Call)
                chapter.narration << qs(narrate(machine.trace, s, coreTextTranslator()));
        }
        out.push_back(std::move(chapter));
    }
    return out;
}

bool writeHandoutPdf(const QString& path, const QString& title, const QString& about, Machine& machine,
                     const std::vector<HandoutChapter>& chapters)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(kResolution);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("vmviz"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    const QRect page(kMargin, kMargin, pdf.width() - 2 * kMargin, pdf.height() - 2 * kMargin);

    // The title page: the lesson, what it shows, its chapters.
    int y = page.top() + 120;
    y += drawText(painter, QRect(page.left(), y, page.width(), 200), title, font(26, true)) + 24;
    y += drawText(painter, QRect(page.left(), y, page.width(), 200), about, font(13)) + 36;
    QString contents;
    for (std::size_t i = 0; i < chapters.size(); ++i)
        contents += QStringLiteral("%1. %2\n").arg(i + 1).arg(chapters[i].title);
    y += drawText(painter, QRect(page.left(), y, page.width(), page.bottom() - y), contents, font(11));
    drawText(painter, QRect(page.left(), page.bottom() - 40, page.width(), 40),
             QCoreApplication::translate(
                 "vmviz::ui::Handout",
                 "vmviz: Linux 2.6.36 vmalloc()/vfree() step by step on a model x86-64 machine"),
             font(8));

    const RunIndex index(machine.trace);
    const SnapshotBuilder builder(machine);
    VmallocRibbonView ribbon;
    PhysicalMemoryView physical;
    const QSize ribbonSize(1000, 260);
    const QSize physicalSize(1000, 620);
    ribbon.resize(ribbonSize);
    physical.resize(physicalSize);
    SnapshotPtr previous;
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        const HandoutChapter& chapter = chapters[i];
        if (!pdf.newPage())
            return false;
        machine.seek(StepIndex{chapter.step});
        const SnapshotPtr snapshot = builder.build(machine, index, previous.get(), i + 1);
        previous = snapshot;
        ribbon.setSnapshot(snapshot);
        physical.setSnapshot(snapshot);
        y = page.top();
        y += drawText(painter, QRect(page.left(), y, page.width(), 80),
                      QStringLiteral("%1. %2").arg(i + 1).arg(chapter.title), font(15, true)) +
             4;
        y += drawText(painter, QRect(page.left(), y, page.width(), 20),
                      QCoreApplication::translate("vmviz::ui::Handout", "After step %1").arg(chapter.step),
                      font(8)) +
             10;
        const int viewsHeight = 560;
        const QRect ribbonBox(page.left(), y, page.width(), viewsHeight * 26 / 88);
        drawPanel(painter, ribbon, ribbonSize, ribbonBox);
        const QRect physicalBox(page.left(), ribbonBox.bottom() + 8, page.width(), viewsHeight * 62 / 88);
        drawPanel(painter, physical, physicalSize, physicalBox);
        y = physicalBox.bottom() + 16;
        for (const auto& [heading, text] :
             {std::pair(QString(), chapter.explanation),
              std::pair(QCoreApplication::translate("vmviz::ui::Handout", "Ask the class"),
                        chapter.question)}) {
            if (text.isEmpty())
                continue;
            if (!heading.isEmpty())
                y += drawText(painter, QRect(page.left(), y, page.width(), 20), heading, font(10, true)) + 2;
            y += drawText(painter, QRect(page.left(), y, page.width(), 160), text, font(10)) + 8;
        }
        y += drawText(painter, QRect(page.left(), y, page.width(), 20),
                      QCoreApplication::translate("vmviz::ui::Handout", "What the kernel did"),
                      font(10, true)) +
             2;
        y += drawText(painter, QRect(page.left(), y, page.width(), page.bottom() - y),
                      chapter.narration.join(QLatin1Char('\n')), font(8)) +
             8;
        if (!chapter.notes.isEmpty()) {
            y +=
                drawText(painter, QRect(page.left(), y, page.width(), 20),
                         QCoreApplication::translate("vmviz::ui::Handout", "Teacher notes"), font(10, true)) +
                2;
            drawText(painter, QRect(page.left(), y, page.width(), page.bottom() - y), chapter.notes, font(9));
        }
    }
    return painter.end();
}

bool writeQuizPdf(const QString& path, const QString& title, std::uint64_t seed,
                  const std::vector<quiz::Question>& questions, bool answers)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(kResolution);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("vmviz"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    const QRect page(kMargin, kMargin, pdf.width() - 2 * kMargin, pdf.height() - 2 * kMargin);
    int y = page.top();
    y += drawText(painter, QRect(page.left(), y, page.width(), 60),
                  QCoreApplication::translate("vmviz::ui::Handout", "Quiz: ") + title, font(18, true)) +
         6;
    y += drawText(painter, QRect(page.left(), y, page.width(), 60),
                  QCoreApplication::translate(
                      "vmviz::ui::Handout",
                      "Seed %1. Each question stops before a step of the run: predict what the "
                      "kernel does, then play the step.")
                      .arg(seed),
                  font(9)) +
         14;
    for (std::size_t n = 0; n < questions.size(); ++n) {
        const quiz::Question& q = questions[n];
        QString block = QString::fromStdString(q.prompt) + QLatin1Char('\n');
        for (const std::string& line : q.context)
            block += QStringLiteral("  • ") + qs(line) + QLatin1Char('\n');
        for (std::size_t i = 0; i < q.choices.size(); ++i)
            block += QStringLiteral("\n    %1)  %2")
                         .arg(QChar(static_cast<char16_t>(u'a' + i)))
                         .arg(qs(q.choices[i].text));
        if (answers)
            block += QCoreApplication::translate("vmviz::ui::Handout",
                                                 "\n\nAnswer: %1) %2. %3\nProof: step %4: %5")
                         .arg(QChar(static_cast<char16_t>(u'a' + q.answer)))
                         .arg(qs(q.rightChoice().text), qs(q.why))
                         .arg(q.proofStep)
                         .arg(qs(q.proof));
        block.remove(QLatin1Char('`')); // Markdown code marks; the PDF has no code font
        const QString heading =
            QCoreApplication::translate("vmviz::ui::Handout", "Question %1 (before step %2)")
                .arg(n + 1)
                .arg(q.askBefore);
        painter.setFont(font(9));
        const int need =
            painter.boundingRect(QRect(0, 0, page.width(), 2000), Qt::TextWordWrap, block).height() + 40;
        if (y + need > page.bottom() && y > page.top()) {
            if (!pdf.newPage())
                return false;
            y = page.top();
        }
        y += drawText(painter, QRect(page.left(), y, page.width(), 30), heading, font(11, true)) + 4;
        y += drawText(painter, QRect(page.left(), y, page.width(), page.bottom() - y), block, font(9)) + 18;
    }
    return painter.end();
}

} // namespace vmviz::ui
