// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Help → Glossary: every term of core/teach/Glossary.h with its definition and kernel place,
// filtered as the user types. Also the two helpers the step text uses for hover definitions:
// glossary terms in a sentence turned into links, and the tooltip a link shows.
#include <QDialog>
#include <QString>

class QLineEdit;
class QTextBrowser;

namespace vmviz::ui {

/// `text` as HTML with every glossary term a link "gloss:N" (N = its index in teach::glossary()).
QString linkGlossaryTerms(const QString& text);
/// The tooltip for a "gloss:N" link: the term, its definition and where it lives; "" for others.
QString glossaryToolTip(const QString& link);

class GlossaryWindow : public QDialog
{
    Q_OBJECT
public:
    explicit GlossaryWindow(QWidget* parent = nullptr);

    /// Shows the terms whose heading, definition or place contains `filter` (all when empty).
    void setFilter(const QString& filter);
    int shownTerms() const { return m_shown; }

private:
    void refresh();

    QLineEdit* m_search;
    QTextBrowser* m_text;
    int m_shown = 0;
};

} // namespace vmviz::ui
