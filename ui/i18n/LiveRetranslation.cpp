// SPDX-License-Identifier: GPL-2.0-only
#include "i18n/LiveRetranslation.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QTabWidget>
#include <QTranslator>
#include <QWidget>

#include <functional>
#include <optional>

namespace vmviz::ui {

namespace {

struct Source
{
    QByteArray context;
    QByteArray text;
    QByteArray disambiguation;
};

/// Answers as the catalogues behind it answer, and writes down which source each answer (or,
/// where no catalogue has one, the English source itself) came from. tr() runs on worker threads
/// too (snapshots are built there), hence the lock.
class TextRecorder final : public QTranslator
{
public:
    void setCatalogues(const QList<QTranslator*>& catalogues)
    {
        const QMutexLocker lock(&m_mutex);
        m_catalogues = catalogues;
    }

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        const QMutexLocker lock(&m_mutex);
        QString answer;
        for (auto it = m_catalogues.crbegin(); it != m_catalogues.crend() && answer.isNull(); ++it)
            answer = (*it)->translate(context, sourceText, disambiguation, n);
        // A plural's %n is filled in after this returns, so its text is never shown as it is here.
        if (n < 0 && context && sourceText) {
            const QString shown = answer.isNull() ? QString::fromUtf8(sourceText) : answer;
            // Bounded: a caller translating texts made at run time must not grow it forever.
            if (m_sources.size() < kMaxSources && !m_sources.contains(shown))
                m_sources.insert(shown, Source{context, sourceText, disambiguation});
        }
        return answer;
    }

    bool isEmpty() const override { return false; }

    std::optional<Source> sourceOf(const QString& shown) const
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_sources.constFind(shown);
        if (it == m_sources.cend())
            return std::nullopt;
        return *it;
    }

private:
    static constexpr qsizetype kMaxSources = 100000;
    mutable QMutex m_mutex;
    QList<QTranslator*> m_catalogues;
    mutable QHash<QString, Source> m_sources;
};

TextRecorder& recorder()
{
    static TextRecorder instance;
    return instance;
}

bool& recorderInstalled()
{
    static bool installed = false;
    return installed;
}

/// The composers setComposedText registered, by action; an action leaves when it is destroyed.
QHash<const QAction*, std::function<QString()>>& composers()
{
    static QHash<const QAction*, std::function<QString()>> instance;
    return instance;
}

/// Gives `set` the text `shown` stands for in the language installed now; counts a change.
void again(int& changed, const QString& shown, const std::function<void(const QString&)>& set)
{
    if (shown.isEmpty())
        return;
    const QString now = retranslated(shown);
    if (!now.isNull() && now != shown) {
        set(now);
        ++changed;
    }
}

void retranslateWidget(QWidget* w, int& changed)
{
    again(changed, w->windowTitle(), [w](const QString& t) { w->setWindowTitle(t); });
    again(changed, w->toolTip(), [w](const QString& t) { w->setToolTip(t); });
    again(changed, w->statusTip(), [w](const QString& t) { w->setStatusTip(t); });
    again(changed, w->accessibleName(), [w](const QString& t) { w->setAccessibleName(t); });
    again(changed, w->accessibleDescription(), [w](const QString& t) { w->setAccessibleDescription(t); });
    if (auto* label = qobject_cast<QLabel*>(w))
        again(changed, label->text(), [label](const QString& t) { label->setText(t); });
    else if (auto* button = qobject_cast<QAbstractButton*>(w))
        again(changed, button->text(), [button](const QString& t) { button->setText(t); });
    else if (auto* box = qobject_cast<QGroupBox*>(w))
        again(changed, box->title(), [box](const QString& t) { box->setTitle(t); });
    else if (auto* line = qobject_cast<QLineEdit*>(w))
        again(changed, line->placeholderText(), [line](const QString& t) { line->setPlaceholderText(t); });
    else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            again(changed, combo->itemText(i), [combo, i](const QString& t) { combo->setItemText(i, t); });
    } else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            again(changed, tabs->tabText(i), [tabs, i](const QString& t) { tabs->setTabText(i, t); });
            again(changed, tabs->tabToolTip(i), [tabs, i](const QString& t) { tabs->setTabToolTip(i, t); });
        }
    }
    // Models answer headerData() and data() through tr(); they only need to be asked again.
    if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
        QAbstractItemModel* model = view->model();
        const int rows = model->rowCount();
        const int columns = model->columnCount();
        if (columns > 0)
            emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (rows > 0) {
            emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
            if (columns > 0)
                emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
        }
    }
    w->update();
}

void retranslateAction(QAction* a, int& changed)
{
    // An action's tooltip defaults to its text; setting it would pin the old language's text.
    const bool ownTip = a->toolTip() != QString(a->text()).remove(QLatin1Char('&'));
    if (const auto composer = composers().constFind(a); composer != composers().cend()) {
        if (const QString text = (*composer)(); text != a->text()) {
            a->setText(text);
            ++changed;
        }
    } else {
        again(changed, a->text(), [a](const QString& t) { a->setText(t); });
    }
    if (ownTip) {
        const QString tip = a->toolTip();
        // The playback actions' tips end in their key: "Next step (Right)".
        const qsizetype key = tip.endsWith(QLatin1Char(')')) ? tip.lastIndexOf(QStringLiteral(" (")) : -1;
        if (retranslated(tip).isNull() && key > 0)
            again(changed, tip.left(key),
                  [a, tip, key](const QString& t) { a->setToolTip(t + tip.mid(key)); });
        else
            again(changed, tip, [a](const QString& t) { a->setToolTip(t); });
    }
    again(changed, a->statusTip(), [a](const QString& t) { a->setStatusTip(t); });
}

} // namespace

void installTextRecorder(QCoreApplication& app, const QList<QTranslator*>& catalogues)
{
    TextRecorder& r = recorder();
    // Removed and installed again, so that it stays the newest and Qt asks it first.
    QCoreApplication::removeTranslator(&r);
    r.setCatalogues(catalogues);
    app.installTranslator(&r);
    recorderInstalled() = true;
}

void ensureTextRecorder(QCoreApplication& app)
{
    if (!recorderInstalled())
        installTextRecorder(app, {});
}

QString retranslated(const QString& shown)
{
    const std::optional<Source> source = recorder().sourceOf(shown);
    if (!source)
        return {};
    return QCoreApplication::translate(source->context.constData(), source->text.constData(),
                                       source->disambiguation.isEmpty() ? nullptr
                                                                        : source->disambiguation.constData());
}

int retranslateWidgetTexts(QWidget* root)
{
    int changed = 0;
    retranslateWidget(root, changed);
    for (QWidget* w : root->findChildren<QWidget*>())
        retranslateWidget(w, changed);
    for (QAction* a : root->findChildren<QAction*>())
        retranslateAction(a, changed);
    return changed;
}

void setComposedText(QAction* action, std::function<QString()> compose)
{
    action->setText(compose());
    if (!composers().contains(action))
        QObject::connect(action, &QObject::destroyed, [action]() { composers().remove(action); });
    composers().insert(action, std::move(compose));
}

} // namespace vmviz::ui
