// SPDX-License-Identifier: GPL-2.0-only
// The window's detail level, chapters and program panel: the level box and its keys, PageUp /
// PageDown through the chapters, the outline beside the timeline, and the program panel's
// variables selecting their areas.
#include "MainWindow.h"

#include "controller/Playback.h"
#include "controller/SelectionController.h"
#include "controller/SessionController.h"
#include "views/ChapterOutline.h"
#include "views/ProgramPanel.h"
#include "views/TimelineWidget.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace vmviz::ui {

QWidget* MainWindow::createLevelColumn(QWidget* parent)
{
    // Beside the timeline it drives: the detail level and the chapter outline, visible at 1280x720
    // where the toolbar has no room left.
    auto* column = new QWidget(parent);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Detail"), column);
    m_levelBox = new QComboBox(column);
    label->setBuddy(m_levelBox);
    m_levelBox->setAccessibleName(tr("Detail level"));
    m_levelBox->setToolTip(tr("Overview: one step per vmalloc phase (Ctrl+1) · Standard: buddy, per-CPU and "
                              "slab calls folded (Ctrl+2) · Full: every step (Ctrl+3)"));
    m_levelBox->addItem(tr("Overview"), static_cast<int>(DetailLevel::Overview));
    m_levelBox->addItem(tr("Standard"), static_cast<int>(DetailLevel::Standard));
    m_levelBox->addItem(tr("Full"), static_cast<int>(DetailLevel::Full));
    m_levelBox->setCurrentIndex(m_levelBox->findData(static_cast<int>(m_playback->detailLevel())));
    connect(m_levelBox, &QComboBox::currentIndexChanged, this, [this](int) {
        m_playback->setDetailLevel(static_cast<DetailLevel>(m_levelBox->currentData().toInt()));
    });
    row->addWidget(label);
    row->addWidget(m_levelBox, 1);
    m_chapterButtons = {new QToolButton(column), new QToolButton(column)};
    m_chapterButtons[0]->setText(QStringLiteral("▲"));
    m_chapterButtons[1]->setText(QStringLiteral("▼"));
    for (QToolButton* b : m_chapterButtons)
        row->addWidget(b);
    layout->addLayout(row);
    m_outline = new ChapterOutline(column);
    layout->addWidget(m_outline, 1);
    column->setMaximumWidth(300);
    return column;
}

void MainWindow::createLevelActions()
{
    const auto shortcut = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    const DetailLevel levels[] = {DetailLevel::Overview, DetailLevel::Standard, DetailLevel::Full};
    for (int i = 0; i < 3; ++i)
        shortcut(m_levelBox->itemText(i), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)),
                 [this, level = levels[i]]() { m_playback->setDetailLevel(level); });
    // A presenter's remote sends PageUp and PageDown.
    QAction* previous = shortcut(tr("Previous chapter"), QKeySequence(Qt::Key_PageUp),
                                 [this]() { m_playback->previousChapter(); });
    QAction* next =
        shortcut(tr("Next chapter"), QKeySequence(Qt::Key_PageDown), [this]() { m_playback->nextChapter(); });
    previous->setToolTip(tr("To the previous scenario line or chapter (PageUp)"));
    next->setToolTip(tr("To the next scenario line or chapter (PageDown)"));
    m_chapterButtons[0]->setDefaultAction(previous);
    m_chapterButtons[1]->setDefaultAction(next);
    m_chapterButtons[0]->setText(QStringLiteral("▲"));
    m_chapterButtons[1]->setText(QStringLiteral("▼"));
    m_views.push_back(m_outline);
}

void MainWindow::wireLevels()
{
    connect(m_playback, &Playback::detailLevelChanged, this, [this](DetailLevel level) {
        const QSignalBlocker block(m_levelBox);
        m_levelBox->setCurrentIndex(m_levelBox->findData(static_cast<int>(level)));
        m_timeline->setDetailLevel(level);
        m_program->setDetailLevel(level);
    });
    // The snapshot of a new run arrives before runFinished; hand it on again once the run is set.
    connect(m_session, &SessionController::runFinished, this, [this]() {
        m_outline->setRun(m_session->runIndex());
        m_outline->setSnapshot(m_session->snapshot());
        m_program->setScenario(m_session->scenarioText(), m_session->scenarioName());
        m_program->setSnapshot(m_session->snapshot());
    });
    connect(m_outline, &ChapterOutline::positionRequested, this, [this](std::uint64_t position) {
        m_playback->pause();
        m_session->seek(position);
    });
    connect(m_program, &ProgramPanel::variableActivated, this, [this](std::uint64_t address) {
        if (address != 0)
            m_selection->selectAddress(address);
    });
}

} // namespace vmviz::ui
