// SPDX-License-Identifier: GPL-2.0-only
// View → Language, and the window following a language change while it is open: the fixed
// texts are looked up again (i18n/LiveRetranslation.h), the composed ones composed again.
#include "MainWindow.h"

#include "i18n/Language.h"
#include "i18n/LiveRetranslation.h"
#include "views/StepView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMenu>

namespace vmviz::ui {

namespace {

const QString kSystemEntry = QStringLiteral("languageSystem");

QString systemDefaultText()
{
    return MainWindow::tr("System default (%1)")
        .arg(languageDisplayName(resolveLanguage(QString::fromLatin1(kSystemLanguage))));
}

} // namespace

void MainWindow::addLanguageMenu(QMenu* view)
{
    ensureTextRecorder(*QCoreApplication::instance());
    QMenu* menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString saved = savedLanguage();
    // `vmviz --language` overrides the saved choice for this run; the menu shows what is in use.
    const bool overridden = resolveLanguage(saved) != installedLanguage();
    const auto add = [&](const QString& text, const QString& choice) {
        QAction* a = menu->addAction(text);
        a->setCheckable(true);
        a->setData(choice);
        a->setChecked(overridden ? choice == installedLanguage() : choice == saved);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice]() { setLanguage(choice); });
        return a;
    };
    add(systemDefaultText(), QString::fromLatin1(kSystemLanguage))->setObjectName(kSystemEntry);
    menu->addSeparator();
    // Each language by its own name, never translated: a reader finds their language whichever
    // one the window speaks.
    for (const QString& language : availableLanguages())
        add(languageDisplayName(language), language)->setObjectName(QStringLiteral("language_") + language);
}

void MainWindow::setLanguage(const QString& languageOrSystem)
{
    saveLanguage(languageOrSystem);
    installLanguage(*QCoreApplication::instance(), resolveLanguage(languageOrSystem));
    for (QAction* a : findChild<QMenu*>(QStringLiteral("languageMenu"))->actions())
        a->setChecked(a->isCheckable() && a->data().toString() == languageOrSystem);
    // At once, not when the posted LanguageChange arrives: the menu closes on the new language.
    applyLanguageChange();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // A language installed from elsewhere (installLanguage) arrives as LanguageChange events, one
    // per catalogue swapped: answer them once, after the last.
    if (event->type() != QEvent::LanguageChange || m_languageChangePending)
        return;
    m_languageChangePending = true;
    QMetaObject::invokeMethod(
        this,
        [this]() {
            m_languageChangePending = false;
            applyLanguageChange();
        },
        Qt::QueuedConnection);
}

void MainWindow::applyLanguageChange()
{
    retranslateWidgetTexts(this);
    if (auto* system = findChild<QAction*>(kSystemEntry))
        system->setText(systemDefaultText());
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1 steps/s").arg(m_speed->itemData(i).toInt()));
    // The step's own texts (narration, counters, headings with numbers) are composed again.
    for (StepView* view : m_views)
        view->setSnapshot(m_shown);
    updateTitle();
    updateActions();
    presentStep(m_shown);
    m_status->setText(tr("Language: %1.").arg(languageDisplayName(installedLanguage())));
}

} // namespace vmviz::ui
