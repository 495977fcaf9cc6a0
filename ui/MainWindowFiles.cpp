// SPDX-License-Identifier: GPL-2.0-only
// What the window keeps on disk: scenarios and session files opened and saved from the File menu,
// and the settings (geometry, dock state, theme, last scenario) restored at the next start.
#include "MainWindow.h"

#include "animation/StepAnimator.h"
#include "controller/Playback.h"
#include "controller/SessionController.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/Session.h"
#include "views/PhysicalMemoryView.h"
#include "views/ScenarioEditor.h"

#include <QAction>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

namespace vmviz::ui {

void MainWindow::openScenario()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(),
                                                      tr("Scenarios (*.vmviz);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1").arg(path));
        return;
    }
    const QByteArray bytes = f.readAll();
    // The loader both command lines use: invalid UTF-8 is refused with FILE:LINE, not shown as U+FFFD.
    const scenario::ScenarioSourceLoad opened = scenario::openScenarioText(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        QFileInfo(path).fileName().toStdString());
    if (!opened.source) {
        QMessageBox::warning(this, tr("Open scenario"), QString::fromStdString(opened.error));
        return;
    }
    loadScenario(QString::fromStdString(opened.source->text), QString::fromStdString(opened.source->fileName),
                 opened.source->position.value_or(0));
}

void MainWindow::saveScenario()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save scenario"), m_editor->name(), tr("Scenarios (*.vmviz)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_editor->text().toUtf8()) < 0)
        m_status->setText(tr("Cannot write %1").arg(path));
}

namespace {
const char* const kSessionFilter =
    QT_TRANSLATE_NOOP("vmviz::ui::MainWindow", "vmviz sessions (*.vmvizsession);;All files (*)");
const QLatin1String kSessionSuffix(".vmvizsession");
} // namespace

QString MainWindow::saveSessionFile(const QString& path) const
{
    scenario::Session session;
    session.scenarioName = m_editor->name().toStdString();
    session.scenarioText = m_editor->text().toStdString();
    session.position = m_session->position();
    session.breakpoints = m_playback->breakpointList();
    QFile f(path);
    const std::string json = scenario::saveSession(session);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(json.data(), static_cast<qint64>(json.size())) != static_cast<qint64>(json.size()))
        return tr("Cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString MainWindow::openSessionFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, f.errorString());
    const QByteArray bytes = f.readAll();
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    // The loader vmviz-cli uses: the same checks, errors naming the session file.
    const scenario::ScenarioSourceLoad source =
        scenario::openScenarioText(text, QFileInfo(path).fileName().toStdString());
    const scenario::SessionLoad load = scenario::loadSession(text);
    if (!source.source || !source.source->position || !load.session)
        return source.source ? tr("%1: not a session file").arg(QFileInfo(path).fileName())
                             : QString::fromStdString(source.error);
    const scenario::Session& session = *load.session;
    const std::vector<Breakpoint> unmatched = m_playback->setBreakpoints(session.breakpoints);
    // The scenario keeps its own name: a session saved from this window must not nest the file's.
    loadScenario(QString::fromStdString(source.source->text), QString::fromStdString(session.scenarioName),
                 session.position);
    if (!unmatched.empty()) {
        QStringList names;
        for (const Breakpoint& b : unmatched)
            names << QString::fromStdString(scenario::formatBreakpoint(b));
        m_status->setText(tr("Breakpoints not restored (no kernel function there): %1")
                              .arg(names.join(QStringLiteral(", "))));
    }
    return {};
}

void MainWindow::openSession()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open session"), QString(), tr(kSessionFilter));
    if (path.isEmpty())
        return;
    const QString error = openSessionFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Open session"), error);
}

void MainWindow::saveSession()
{
    QString suggested = QFileInfo(m_editor->name()).completeBaseName();
    if (suggested.isEmpty())
        suggested = QStringLiteral("session");
    QString path = QFileDialog::getSaveFileName(this, tr("Save session"), suggested + kSessionSuffix,
                                                tr(kSessionFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(kSessionSuffix))
        path += kSessionSuffix;
    const QString error = saveSessionFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save session"), error);
    else
        m_status->setText(
            tr("Session saved to %1 (step %2).").arg(QFileInfo(path).fileName()).arg(m_session->position()));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // Lecture is a preset over the user's own layout: the next start gets the layout it covered.
    settings.setValue(QStringLiteral("window/state"),
                      m_preset == LayoutPreset::Lecture && !m_exploreState.isEmpty() ? m_exploreState
                                                                                     : saveState());
    settings.setValue(QStringLiteral("view/dark"), m_palette.theme == Theme::Dark);
    settings.setValue(QStringLiteral("view/colourBlindSafe"), m_palette.scheme == Scheme::ColourBlindSafe);
    settings.setValue(QStringLiteral("view/animationMs"), m_animator->durationMs());
    settings.setValue(QStringLiteral("view/lens"), m_phys->lensEnabled());
    settings.setValue(QStringLiteral("scenario/name"), m_editor->name());
    settings.setValue(QStringLiteral("scenario/text"), m_editor->text());
    settings.setValue(QStringLiteral("playback/breakpoints"), m_playback->breakpoints());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setTheme(settings.value(QStringLiteral("view/dark"), false).toBool() ? Theme::Dark : Theme::Light,
             settings.value(QStringLiteral("view/colourBlindSafe"), false).toBool() ? Scheme::ColourBlindSafe
                                                                                    : Scheme::Standard);
    setAnimationDuration(
        settings.value(QStringLiteral("view/animationMs"), StepAnimator::kDefaultDurationMs).toInt());
    m_actLens->setChecked(settings.value(QStringLiteral("view/lens"), true).toBool());
    for (const QString& bp : settings.value(QStringLiteral("playback/breakpoints")).toStringList())
        m_playback->addBreakpoint(bp);
    const QString name = settings.value(QStringLiteral("scenario/name")).toString();
    const QString text = settings.value(QStringLiteral("scenario/text")).toString();
    if (!text.isEmpty())
        m_editor->setText(text, name.isEmpty() ? QStringLiteral("untitled.vmviz") : name);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_options.restoreSettings)
        saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace vmviz::ui
