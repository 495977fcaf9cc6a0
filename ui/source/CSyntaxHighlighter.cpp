// SPDX-License-Identifier: GPL-2.0-only
#include "source/CSyntaxHighlighter.h"

namespace vmviz::ui {

CSyntaxHighlighter::CSyntaxHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    setTheme(Theme::Light);
}

void CSyntaxHighlighter::setTheme(Theme theme)
{
    const bool dark = theme == Theme::Dark;
    m_keyword.setForeground(dark ? QColor(0xc6, 0x92, 0xf0) : QColor(0x7a, 0x1f, 0xa2));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_comment.setForeground(dark ? QColor(0x7f, 0x9f, 0x7f) : QColor(0x5a, 0x7a, 0x5a));
    m_comment.setFontItalic(true);
    m_string.setForeground(dark ? QColor(0xe6, 0xb4, 0x73) : QColor(0xa3, 0x4a, 0x00));
    m_number.setForeground(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x0b, 0x5c, 0xad));
    m_macro.setForeground(dark ? QColor(0x5f, 0xc8, 0xc8) : QColor(0x00, 0x6d, 0x6d));
    rehighlight();
}

void CSyntaxHighlighter::highlightBlock(const QString& text)
{
    static const QRegularExpression keywords(QStringLiteral(
        R"(\b(static|struct|unsigned|long|int|void|if|else|for|return|goto|const|size_t|gfp_t|pgprot_t|unlikely|likely)\b)"));
    static const QRegularExpression macros(QStringLiteral(R"(\b[A-Z_][A-Z0-9_]{2,}\b)"));
    static const QRegularExpression numbers(QStringLiteral(R"(\b(0x[0-9a-fA-F]+|\d+)\b)"));
    static const QRegularExpression strings(QStringLiteral(R"("([^"\\]|\\.)*")"));
    for (const auto& [re, format] : {std::pair{&macros, &m_macro}, std::pair{&keywords, &m_keyword},
                                     std::pair{&numbers, &m_number}, std::pair{&strings, &m_string}}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), *format);
        }
    }
    // Comments: // to end of line, and /* */ across lines (block state 1 = inside a comment).
    int start = previousBlockState() == 1 ? 0 : static_cast<int>(text.indexOf(QStringLiteral("/*")));
    setCurrentBlockState(0);
    while (start >= 0) {
        const int end = static_cast<int>(
            text.indexOf(QStringLiteral("*/"), start + (previousBlockState() == 1 && start == 0 ? 0 : 2)));
        if (end < 0) {
            setCurrentBlockState(1);
            setFormat(start, static_cast<int>(text.size()) - start, m_comment);
            break;
        }
        setFormat(start, end + 2 - start, m_comment);
        start = static_cast<int>(text.indexOf(QStringLiteral("/*"), end + 2));
    }
    const qsizetype line = text.indexOf(QStringLiteral("//"));
    if (line >= 0 && format(static_cast<int>(line)) != m_comment)
        setFormat(static_cast<int>(line), static_cast<int>(text.size() - line), m_comment);
}

} // namespace vmviz::ui
