// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The classroom window. It creates the controllers and panels and wires actions between them;
// it does not simulate, parse, paint or export by itself.
#include "panels/PanelTable.h"
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"

#include <QMainWindow>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSpinBox;
class QToolBar;
class QToolButton;

namespace vmviz::ui {

class AddressInspector;
class MappingArrowOverlay;
class StepAnimator;
class CallStackPanel;
class ChapterOutline;
class ChangeListPanel;
class ExportablePanel;
class KernelTextPanel;
class LessonPanel;
class FreeListsPanel;
class KmemleakGraphView;
class KmemleakPanel;
class PageTablePanel;
class PhysicalMemoryView;
class Playback;
class ProgramPanel;
class ScenarioEditor;
class SelectionController;
class SessionController;
class StepTextBox;
class StepView;
class TimelineWidget;
class VmallocRibbonView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool restoreSettings = true; ///< off for tests and screenshots: fixed layout, no user state
    };

    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionController& session() const { return *m_session; }
    SelectionController& selection() const { return *m_selection; }
    Playback& playback() const { return *m_playback; }
    StepAnimator& animator() const { return *m_animator; }
    MappingArrowOverlay* mappingArrow() const { return m_arrow; }

    PhysicalMemoryView* physicalView() const { return m_phys; }
    VmallocRibbonView* ribbonView() const { return m_ribbon; }
    PageTablePanel* pageTablePanel() const { return m_tables; }
    KmemleakPanel* kmemleakPanel() const { return m_kmemleak; }
    CallStackPanel* callStackPanel() const { return m_callStack; }
    TimelineWidget* timeline() const { return m_timeline; }
    ScenarioEditor* scenarioEditor() const { return m_editor; }
    AddressInspector* addressInspector() const { return m_address; }
    KernelTextPanel* kernelTextPanel() const { return m_kernelText; }
    ChangeListPanel* changeListPanel() const { return m_changes; }
    QAction* pinAction() const { return m_actPin; }
    LessonPanel* lessonPanel() const { return m_lesson; }
    ProgramPanel* programPanel() const { return m_program; }
    ChapterOutline* chapterOutline() const { return m_outline; }
    QComboBox* detailLevelBox() const { return m_levelBox; }

    /// Loads a scenario into the editor and runs it; the cursor goes to `position` when done.
    void loadScenario(const QString& text, const QString& name, std::uint64_t position = 0);
    /// Writes a session file (core/scenario/Session.h): the editor's scenario name and text, the
    /// current step and Playback's breakpoints. Returns an error message, empty on success.
    QString saveSessionFile(const QString& path) const;
    /// Reads a session file, restores its breakpoints, loads its scenario into the editor and runs
    /// it; the cursor goes to the saved step when the run finishes. Returns loadSession's error
    /// message (or why the file could not be read), empty on success; shows nothing itself.
    QString openSessionFile(const QString& path);
    /// The names (panels::kPanels) of the panels File → Export offers as pictures of their own.
    QStringList panelIds() const;
    /// PNG or SVG (by extension) of a panel by its panels::kPanels name, or of the whole window for
    /// "window"; false for any other name or when the file cannot be written.
    bool exportPanel(const QString& id, const QString& path);
    /// A panel's title as the window shows it (translated).
    static QString panelTitle(panels::PanelId id);
    /// The machine at the current step as a JSON snapshot file; false if it cannot be written.
    bool exportStateJson(const QString& path) const;
    /// Exports steps first..last of panel `id` as numbered PNGs (`<id>-step000123.png`) into `dir`,
    /// one step per event-loop turn so the window stays live; `seriesFinished` reports the count.
    /// The cursor returns to where it was. Esc cancels.
    void exportStepSeries(const QString& id, std::uint64_t first, std::uint64_t last, const QString& dir);
    bool exportingSeries() const { return m_series.active; }

    void setTheme(Theme theme, Scheme scheme);
    /// Presentation mode: every text and cell × presentationScale(), the Lecture layout, a slower
    /// default speed. Leaving it restores the layout and speed it found.
    void setPresentationMode(bool on);
    /// The factor presentation mode uses (typography::kMinPresentationScale…kMaxPresentationScale);
    /// applied at once while presentation mode is on.
    void setPresentationScale(double factor);
    double presentationScale() const { return m_presentationFactor; }

    /// Explore shows every panel. Lecture is for a projector: the step's narration and plain line
    /// in a large band across the top, the call stack and source, the physical view, the timeline
    /// and, in one tab group, the panels a step can be about, raising the one the current step is
    /// about (lecturePanelOf). In a short window (lectureIsCompact) the timeline and the call
    /// stack's rows step aside and the ribbon joins the tab group, so the band, the source and the
    /// step's panel keep their room.
    enum class LayoutPreset
    {
        Explore,
        Lecture
    };
    void setLayoutPreset(LayoutPreset preset);
    LayoutPreset layoutPreset() const { return m_preset; }
    /// The panel beside the always-shown ones that `step` is about, if any: the page tables for an
    /// entry write, kmemleak for an object. A new panel that shows a kind of subject adds its row.
    static std::optional<panels::PanelId> lecturePanelOf(const SnapshotPtr& snapshot);
    /// Lecture's narration band (hidden outside Lecture).
    StepTextBox* narrationBand() const { return m_band; }
    /// Whether Lecture, at this window height, hides the timeline and the call stack's rows and
    /// tabs the ribbon with the step's panels.
    bool lectureIsCompact() const;
    /// Explore on a short window (a 720p projector): one tab group per side column, so no panel
    /// is a sliver; taller, the columns split again.
    void arrangeExplore(bool compact);
    /// "Step 60 / 153", large: readable from the back of a room.
    QLabel* stepCounter() const { return m_stepCounter; }
    /// Step animation length in ms (0 = off; StepAnimator clamps it to at most 300 ms).
    void setAnimationDuration(int ms);
    bool presentationMode() const { return m_presentation; }

Q_SIGNALS:
    /// After a screenshot request: the file was written (or not: `problem` says why — the scenario\'s errors,
    /// a step past the end, or the file).
    void screenshotDone(bool ok, const QString& problem);
    /// After exportStepSeries: how many files were written, and whether every one was.
    void seriesFinished(int written, bool ok);

public:
    /// Runs `text` and, once the cursor stands at `position`, writes `path` (window or one panel).
    /// With `animationProgress`, the picture shows step `position` happening, frozen at that
    /// progress (0 = before the step, 1 = after): motion for slides and docs.
    void screenshotWhenReady(const QString& text, const QString& name, std::uint64_t position,
                             const QString& path, const QString& panelId,
                             std::optional<double> animationProgress = std::nullopt);

    /// View → Language: saves `languageOrSystem` (a language or kSystemLanguage) and switches the
    /// window to it at once (MainWindowLanguage.cpp).
    void setLanguage(const QString& languageOrSystem);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Panel
    {
        panels::PanelId id;
        QDockWidget* dock = nullptr; ///< null for the centre and for a tab inside another panel
        QWidget* widget = nullptr;   ///< what a widget export grabs
        ExportablePanel* exportable = nullptr;
    };

    QSize initialSize() const;
    void createPanels();
    /// Accessible names and descriptions, keyboard focus for painted views, the focused panel's
    /// title highlighted (MainWindowPresentation.cpp).
    void setUpAccessibility();
    void addPresentationControls(QToolBar* bar);
    void applyPlaybackIcons();
    /// After each step: the step counter, the screen reader's announcement, Lecture's raised panel.
    void presentStep(const SnapshotPtr& snapshot);
    void focusNextPanel(int direction);
    void applyLecturePreset();
    /// Lecture's bands across the window: the narration tall enough for the step's words at its
    /// width, the ribbon for its rows (the page-array strip comes and goes).
    void fitLectureBands();
    /// The timeline dock tall enough for the scrubber, its phase names and its caption.
    void fitTimelineDock();
    void updateBreakpointRow();
    QWidget* createTimelineBox();
    const Panel& panel(panels::PanelId id) const;
    QDockWidget* dockOf(panels::PanelId id) const;
    void defaultLayout();
    void createActions();
    void createMenus();
    void wire();
    void updateTitle();
    void updateActions();
    void applyPalette();
    void updatePlaybackInterval();
    void openScenario();
    void saveScenario();
    void openSession();
    void saveSession();
    void exportInteractive(const QString& id, const QString& format);
    void exportStateInteractive();
    void exportSeriesInteractive();
    void exportNextSeriesStep();
    void addBreakpointFromUi();
    void refreshBreakpoints();
    void saveSettings();
    void restoreSettings();
    void addHelpActions(QMenu* help);
    void addLanguageMenu(QMenu* view);
    void applyLanguageChange();
    // MainWindowLevels.cpp: the detail level, the chapters and the program panel.
    QWidget* createLevelColumn(QWidget* parent);
    void createLevelActions();
    void wireLevels();

    Options m_options;
    bool m_languageChangePending = false;
    SessionController* m_session;
    SelectionController* m_selection;
    Playback* m_playback;
    StepAnimator* m_animator;
    MappingArrowOverlay* m_arrow = nullptr;
    SnapshotPtr m_shown; ///< the snapshot the views show, so the next one can be animated from it

    PhysicalMemoryView* m_phys = nullptr;
    VmallocRibbonView* m_ribbon = nullptr;
    PageTablePanel* m_tables = nullptr;
    KmemleakPanel* m_kmemleak = nullptr;
    CallStackPanel* m_callStack = nullptr;
    TimelineWidget* m_timeline = nullptr;
    ScenarioEditor* m_editor = nullptr;
    AddressInspector* m_address = nullptr;
    KernelTextPanel* m_kernelText = nullptr;
    ChangeListPanel* m_changes = nullptr;
    QLabel* m_pinIndicator = nullptr;
    QToolButton* m_unpin = nullptr;
    QAction* m_actPin = nullptr;
    LessonPanel* m_lesson = nullptr;
    FreeListsPanel* m_freeLists = nullptr;
    KmemleakGraphView* m_kmemleakGraph = nullptr;
    ProgramPanel* m_program = nullptr;
    ChapterOutline* m_outline = nullptr;
    StepTextBox* m_band = nullptr;
    QDockWidget* m_bandDock = nullptr;
    bool m_lectureCompact = false; ///< how Lecture was last laid out
    bool m_exploreCompact = false; ///< how Explore was last laid out
    QComboBox* m_levelBox = nullptr;
    std::array<QToolButton*, 2> m_chapterButtons{}; ///< previous, next chapter
    QComboBox* m_breakpointInput = nullptr;
    QWidget* m_breakpointRow = nullptr;
    QLabel* m_breakpointList = nullptr;
    QSpinBox* m_stepBox = nullptr;
    QComboBox* m_speed = nullptr;
    QLabel* m_status = nullptr;
    std::vector<Panel> m_panels; ///< in panels::kPanels order
    /// Every view told of a new snapshot, palette, selection, animation frame or scale: the panels'
    /// and the mapping arrow over the window.
    std::vector<StepView*> m_views;

    struct SeriesExport
    {
        bool active = false;
        QString id;
        QString dir;
        std::uint64_t next = 0;
        std::uint64_t last = 0;
        std::uint64_t returnTo = 0;
        int written = 0;
        bool ok = true;
    };
    SeriesExport m_series;

    QAction* m_actPlay = nullptr;
    QAction* m_actStepInto = nullptr;
    QAction* m_actStepOver = nullptr;
    QAction* m_actStepOut = nullptr;
    QAction* m_actStepBack = nullptr;
    QAction* m_actHome = nullptr;
    QAction* m_actEnd = nullptr;
    QAction* m_actContinue = nullptr;
    QAction* m_actPresentation = nullptr;
    QAction* m_actDark = nullptr;
    QAction* m_actColourBlind = nullptr;
    QAction* m_actLens = nullptr;
    QAction* m_actLecture = nullptr;
    QToolBar* m_playbackBar = nullptr;
    QLabel* m_stepCounter = nullptr;
    std::vector<QAction*> m_animationActions; ///< View → Step animation, data() = ms

    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    bool m_presentation = false;
    double m_presentationFactor = 1.5;
    LayoutPreset m_preset = LayoutPreset::Explore;
    QByteArray m_exploreState; ///< the docks as Explore left them, restored on leaving Lecture
    LayoutPreset m_presetBeforePresentation = LayoutPreset::Explore;
    int m_speedBeforePresentation = -1; ///< the speed box's index, restored on leaving presentation
};

} // namespace vmviz::ui
