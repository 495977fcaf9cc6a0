#pragma once
// "What would the kernel print right now": dmesg, /proc/vmallocinfo, the kmemleak report, ptdump,
// /proc/meminfo and /proc/buddyinfo at the current step, as plain text in a fixed font. The text
// comes from a renderer (SessionController::kernelText in the window), so the widget holds no
// engine logic. It renders only while it can be seen: during playback it would otherwise rebuild
// a file nobody reads at every step, on the GUI thread.
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>

class QComboBox;
class QPlainTextEdit;

namespace vmviz::ui {

class KernelTextPanel : public QWidget
{
    Q_OBJECT
public:
    /// Renders one exports::snapshotFormats() name ("dmesg", "vmallocinfo", …) at the current step.
    using Renderer = std::function<QString(const QString& format)>;

    explicit KernelTextPanel(Renderer renderer, QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot);
    void setViewPalette(const ViewPalette& palette);
    /// Whether the panel can be seen, beyond isVisible(): a dock tabbed behind another stays
    /// visible in Qt 6 (QDockAreaLayoutInfo::apply only moves it off-screen and emits
    /// QDockWidget::visibilityChanged), so its window forwards that signal here. On by default.
    void setExposed(bool exposed);
    bool isExposed() const { return m_exposed && isVisible(); }

    /// The formats offered, in combo-box order.
    QStringList formats() const;
    QString format() const;
    void setFormat(const QString& format);

    /// The text on screen.
    QString text() const;
    /// The dmesg lines printed since the previous step the panel was given (0-based line numbers,
    /// [first, first + count)); -1 and 0 when another file is shown or that step was not rendered.
    int firstNewLine() const;
    int newLineCount() const;
    /// How many times the renderer ran (tests: nothing is rendered while the panel is hidden).
    int renderCount() const { return m_renderCount; }
    /// Writes the text on screen to `path`; false if it cannot be written.
    bool saveText(const QString& path) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Key
    {
        std::uint64_t generation = 0;
        std::uint64_t position = 0;
        bool operator==(const Key&) const = default;
    };

    void refresh();
    void highlightNewLines();
    void saveInteractive();

    Renderer m_renderer;
    SnapshotPtr m_snapshot;
    std::optional<Key> m_previous; ///< the snapshot before m_snapshot, if any in the same run
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    QComboBox* m_choice;
    QPlainTextEdit* m_output;

    std::optional<Key> m_shownKey; ///< what the editor shows: m_shownFormat at this step
    QString m_shownFormat;
    QString m_shownText;
    /// The last dmesg rendered, kept so the next step can tell which of its lines are new.
    std::optional<Key> m_dmesgKey;
    QString m_dmesg;
    int m_newFrom = -1;
    int m_newEnd = -1;
    int m_renderCount = 0;
    bool m_exposed = true;
};

} // namespace vmviz::ui
