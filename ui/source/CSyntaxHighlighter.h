// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Just enough C colouring for kernel snippets: keywords, comments, strings, numbers, macros.
#include "style/ViewPalette.h"

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace vmviz::ui {

class CSyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit CSyntaxHighlighter(QTextDocument* document);
    void setTheme(Theme theme);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_macro;
};

} // namespace vmviz::ui
