// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Switching the language while the window is open. Painted views and models ask tr() again on
// every paint, but a label, an action, a menu or a dock title keeps the text it was given when it
// was made. So a recorder sits in front of the catalogues and remembers, for every text tr()
// returns, the source it came from; after the language changes, retranslateWidgetTexts() looks
// each fixed text of the window up and asks for it again in the new language. A text composed
// with arguments (tr("Wrote %1").arg(path)) is not found that way: its owner composes it again
// the next time it has something to say (the window re-presents its step for that), or, for an
// action, hands its composer to setComposedText once.
#include <QList>
#include <QString>

#include <functional>

class QAction;
class QCoreApplication;
class QTranslator;
class QWidget;

namespace vmviz::ui {

/// Puts the recorder in front of `catalogues` (asked newest first, as Qt asks them); the
/// translators must outlive the next call. installLanguage calls it after each change.
void installTextRecorder(QCoreApplication& app, const QList<QTranslator*>& catalogues);
/// Installs the recorder with no catalogues unless installTextRecorder ran already, so that a
/// window made before any language was chosen (English, in the tests) can still switch.
void ensureTextRecorder(QCoreApplication& app);

/// What `shown` says in the language installed now, when it is a text tr() returned whole; a
/// null string when no tr() call returned it.
QString retranslated(const QString& shown);

/// Every fixed text of `root` and the widgets and actions under it (texts, titles, tooltips,
/// status tips, placeholders, accessible names, combo-box items) translated again, and every
/// item view's headers and cells marked changed so that they ask their models again. Returns how
/// many texts changed.
int retranslateWidgetTexts(QWidget* root);

/// Gives `action` the text `compose` makes now, and composes it again at every
/// retranslateWidgetTexts: for an action whose text is composed with arguments ("%1 as %2…"),
/// which the recorder cannot find. `compose` runs on the GUI thread; it lives as long as the action.
void setComposedText(QAction* action, std::function<QString()> compose);

} // namespace vmviz::ui
