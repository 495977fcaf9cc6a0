// SPDX-License-Identifier: GPL-2.0-only
// The window's exports: each panel or the whole window as PNG/SVG through the panels' own paint
// routines, the machine state as JSON, numbered step series for slides, and scripted screenshots.
#include "MainWindow.h"

#include "UiResources.h"
#include "animation/StepAnimator.h"
#include "controller/Playback.h"
#include "controller/SelectionController.h"
#include "controller/SessionController.h"
#include "export/ExportablePanel.h"
#include "scenario/Session.h"
#include "views/AddressInspector.h"
#include "views/CallStackPanel.h"
#include "views/KmemleakPanel.h"
#include "views/PageTablePanel.h"
#include "views/PageWalkView.h"
#include "views/PhysicalMemoryView.h"
#include "views/ScenarioEditor.h"
#include "views/TimelineWidget.h"
#include "views/VmallocRibbonView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <climits>

namespace vmviz::ui {

namespace {

QString nameOf(const panels::PanelInfo& info)
{
    return QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size()));
}

} // namespace

QStringList MainWindow::panelIds() const
{
    QStringList out;
    for (const panels::PanelInfo& info : panels::kPanels) {
        if (info.exportsAlone)
            out << nameOf(info);
    }
    return out;
}

bool MainWindow::exportPanel(const QString& id, const QString& path)
{
    const bool svg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    const QString title =
        tr("vmviz — %1 — step %2").arg(m_session->scenarioName()).arg(m_session->position());
    if (id == QLatin1String(panels::kWholeWindow.data(), static_cast<qsizetype>(panels::kWholeWindow.size())))
        return svg ? exportWidgetSvg(*this, path, title) : exportWidgetPng(*this, path);
    const std::optional<panels::PanelId> which = panels::panelByName(id.toStdString());
    if (!which)
        return false;
    const Panel& p = panel(*which);
    if (p.exportable)
        return svg ? exportPanelSvg(*p.exportable, path, title) : exportPanelPng(*p.exportable, path);
    return svg ? exportWidgetSvg(*p.widget, path, title) : exportWidgetPng(*p.widget, path);
}

bool MainWindow::exportStateJson(const QString& path) const
{
    if (!m_session->hasMachine())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(m_session->stateJson().toUtf8()) >= 0 && file.flush();
}

void MainWindow::exportStateInteractive()
{
    const QString suggested = QStringLiteral("vmviz-step%1.json").arg(m_session->position());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export machine state"), suggested, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_status->setText(exportStateJson(path) ? tr("Wrote %1").arg(path) : tr("Could not write %1").arg(path));
}

void MainWindow::exportStepSeries(const QString& id, std::uint64_t first, std::uint64_t last,
                                  const QString& dir)
{
    if (m_series.active || !m_session->hasMachine())
        return;
    last = std::min(last, m_session->stepCount());
    m_series = SeriesExport{true, id, dir, std::min(first, last), last, m_session->position(), 0, true};
    QTimer::singleShot(0, this, &MainWindow::exportNextSeriesStep);
}

void MainWindow::exportNextSeriesStep()
{
    if (!m_series.active)
        return;
    if (m_series.next > m_series.last) {
        m_series.active = false;
        m_session->seek(m_series.returnTo);
        m_status->setText(tr("Wrote %1 images to %2").arg(m_series.written).arg(m_series.dir));
        Q_EMIT seriesFinished(m_series.written, m_series.ok);
        return;
    }
    m_session->seek(m_series.next);
    m_animator->finish(); // each slide shows its step done, not a frame of its animation
    const QString path =
        QDir(m_series.dir)
            .filePath(
                QStringLiteral("%1-step%2.png").arg(m_series.id).arg(m_series.next, 6, 10, QLatin1Char('0')));
    if (exportPanel(m_series.id, path))
        ++m_series.written;
    else
        m_series.ok = false;
    m_status->setText(tr("Exporting step %1 of %2… (Esc cancels)").arg(m_series.next).arg(m_series.last));
    ++m_series.next;
    QTimer::singleShot(0, this, &MainWindow::exportNextSeriesStep);
}

void MainWindow::exportSeriesInteractive()
{
    if (!m_session->hasMachine())
        return;
    bool ok = false;
    const QStringList ids = QStringList{QStringLiteral("window")} + panelIds();
    const QString id = QInputDialog::getItem(this, tr("Export steps"), tr("Panel:"), ids, 0, false, &ok);
    if (!ok)
        return;
    const int steps = static_cast<int>(std::min<std::uint64_t>(m_session->stepCount(), INT_MAX));
    const int first = QInputDialog::getInt(this, tr("Export steps"), tr("First step:"),
                                           static_cast<int>(m_session->position()), 0, steps, 1, &ok);
    if (!ok)
        return;
    const int last = QInputDialog::getInt(this, tr("Export steps"), tr("Last step:"),
                                          std::min(first + 20, steps), first, steps, 1, &ok);
    if (!ok)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export steps into"));
    if (dir.isEmpty())
        return;
    exportStepSeries(id, static_cast<std::uint64_t>(first), static_cast<std::uint64_t>(last), dir);
}

void MainWindow::exportInteractive(const QString& id, const QString& format)
{
    const QString suggested =
        QStringLiteral("vmviz-%1-step%2.%3").arg(id).arg(m_session->position()).arg(format);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), suggested,
                                     format == QStringLiteral("svg") ? tr("SVG (*.svg)") : tr("PNG (*.png)"));
    if (path.isEmpty())
        return;
    m_status->setText(exportPanel(id, path) ? tr("Wrote %1").arg(path) : tr("Could not write %1").arg(path));
}

void MainWindow::screenshotWhenReady(const QString& text, const QString& name, std::uint64_t position,
                                     const QString& path, const QString& panelId,
                                     std::optional<double> animationProgress)
{
    auto* finished = new QMetaObject::Connection;
    auto* failed = new QMetaObject::Connection;
    const auto disconnectBoth = [finished, failed]() {
        QObject::disconnect(*finished);
        QObject::disconnect(*failed);
        delete finished;
        delete failed;
    };
    // A single panel gets the window's size: its dock floats on its own for the picture.
    if (const auto which = panels::panelByName(panelId.toStdString())) {
        const Panel& p = panel(*which);
        // A panel behind another's tab has only the tab's size, or none: it floats as well.
        if (p.dock && (!p.exportable || !tabifiedDockWidgets(p.dock).isEmpty())) {
            p.dock->setFloating(true);
            p.dock->resize(size() * 2 / 3);
        }
    }
    // Motion is shown by standing one step before and stepping onto `position` with the animation
    // held at the requested progress.
    const bool animate = animationProgress && position > 0 && position != SessionController::kEnd;
    *finished = connect(
        m_session, &SessionController::runFinished, this,
        [this, path, panelId, disconnectBoth, animate, animationProgress, position]() {
            disconnectBoth();
            if (position != SessionController::kEnd && position > m_session->stepCount()) {
                Q_EMIT screenshotDone(false, tr("--at %1 is past the end of the trace (it has %2 steps)")
                                                 .arg(position)
                                                 .arg(m_session->stepCount()));
                return;
            }
            if (animate) {
                m_animator->setFrozenProgress(*animationProgress);
                m_session->seek(position);
            }
            // Let layouts settle (one turn of the event loop) before painting.
            QTimer::singleShot(0, this, [this, path, panelId, animate]() {
                const bool ok = exportPanel(panelId, path);
                if (animate)
                    m_animator->setFrozenProgress(std::nullopt);
                Q_EMIT screenshotDone(ok, ok ? QString() : tr("could not write %1").arg(path));
            });
        });
    *failed = connect(m_session, &SessionController::runFailed, this,
                      [this, disconnectBoth](const QString& errors) {
                          disconnectBoth();
                          Q_EMIT screenshotDone(false, errors.trimmed());
                      });
    loadScenario(text, name, animate ? position - 1 : position);
}

} // namespace vmviz::ui
