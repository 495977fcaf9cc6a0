// SPDX-License-Identifier: GPL-2.0-only
#include "views/GlossaryWindow.h"

#include "i18n/CoreText.h"
#include "teach/Glossary.h"

#include <QLineEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vmviz::ui {

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

QString linkGlossaryTerms(const QString& text)
{
    // Offsets from the core are in UTF-8 bytes: cut the UTF-8 text, then convert each piece.
    const QByteArray utf8 = text.toUtf8();
    const std::string_view bytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    QString html;
    std::size_t done = 0;
    for (const teach::GlossaryHit& hit : teach::findGlossaryTerms(bytes, coreTextTranslator())) {
        html += q(bytes.substr(done, hit.offset - done)).toHtmlEscaped();
        html +=
            QStringLiteral(
                "<a href=\"gloss:%1\" style=\"color: inherit; text-decoration: underline dotted;\">%2</a>")
                .arg(hit.term)
                .arg(q(bytes.substr(hit.offset, hit.length)).toHtmlEscaped());
        done = hit.offset + hit.length;
    }
    html += q(bytes.substr(done)).toHtmlEscaped();
    return html;
}

QString glossaryToolTip(const QString& link)
{
    if (!link.startsWith(QStringLiteral("gloss:")))
        return {};
    bool ok = false;
    const auto index = link.mid(6).toULongLong(&ok);
    const auto terms = teach::glossary();
    if (!ok || index >= terms.size())
        return {};
    const teach::LocalizedGlossaryTerm term =
        teach::localizedGlossaryTerm(terms[index], coreTextTranslator());
    return QStringLiteral("<p style=\"max-width: 28em;\"><b>%1</b><br>%2<br><i>%3</i></p>")
        .arg(q(term.term).toHtmlEscaped(), q(term.definition).toHtmlEscaped(), q(term.where).toHtmlEscaped());
}

GlossaryWindow::GlossaryWindow(QWidget* parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Glossary"));
    setObjectName(QStringLiteral("glossaryWindow"));
    resize(560, 600);
    auto* layout = new QVBoxLayout(this);
    m_search->setPlaceholderText(tr("Search the %1 terms…").arg(teach::glossary().size()));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the glossary"));
    m_text->setAccessibleName(tr("Glossary terms"));
    m_text->setOpenLinks(false);
    layout->addWidget(m_search);
    layout->addWidget(m_text, 1);
    connect(m_search, &QLineEdit::textChanged, this, &GlossaryWindow::refresh);
    refresh();
}

void GlossaryWindow::setFilter(const QString& filter)
{
    m_search->setText(filter);
}

void GlossaryWindow::refresh()
{
    const QString filter = m_search->text().trimmed();
    QString html;
    m_shown = 0;
    for (const teach::GlossaryTerm& english : teach::glossary()) {
        const teach::LocalizedGlossaryTerm term = teach::localizedGlossaryTerm(english, coreTextTranslator());
        const QString heading = q(term.term);
        const QString definition = q(term.definition);
        const QString where = q(term.where);
        // The English heading finds a term in any language: the kernel books use it too.
        if (!filter.isEmpty() && !heading.contains(filter, Qt::CaseInsensitive) &&
            !q(english.term).contains(filter, Qt::CaseInsensitive) &&
            !definition.contains(filter, Qt::CaseInsensitive) && !where.contains(filter, Qt::CaseInsensitive))
            continue;
        ++m_shown;
        html += QStringLiteral("<p><b>%1</b><br>%2<br><i>%3</i></p>")
                    .arg(heading.toHtmlEscaped(), definition.toHtmlEscaped(), where.toHtmlEscaped());
    }
    if (m_shown == 0)
        html = tr("<p>No term matches “%1”.</p>").arg(filter.toHtmlEscaped());
    m_text->setHtml(html);
}

} // namespace vmviz::ui
