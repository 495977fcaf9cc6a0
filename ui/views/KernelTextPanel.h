// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// "What would the kernel print right now": dmesg, /proc/vmallocinfo, the kmemleak report, ptdump,
// /proc/meminfo and /proc/buddyinfo at the snapshot's step, as plain text in a fixed font. The text
// is the snapshot's (MachineSnapshot::kernelText), so the panel shows the step it was given even
// after the session moved on. Only a panel that can be seen asks for a file (formatWanted): during
// playback the controller would otherwise render a file nobody reads at every step.
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QPlainTextEdit;

namespace vmviz::ui {

class KernelTextPanel : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit KernelTextPanel(QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setViewPalette(const ViewPalette& palette) override;
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
    /// The file this panel needs snapshots to carry: format() while it can be seen, else empty.
    QString wantedFormat() const { return m_wanted; }
    /// Writes the text on screen to `path`; false if it cannot be written.
    bool saveText(const QString& path) const;

Q_SIGNALS:
    /// wantedFormat() changed; the window passes it to SessionController::setKernelTextFormat.
    void formatWanted(const QString& format);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Key
    {
        std::uint64_t generation = 0;
        std::uint64_t position = 0;
        bool operator==(const Key&) const = default;
    };

    void refresh();
    void showNothing();
    static QString noTextYet();
    void highlightNewLines();
    void saveInteractive();

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
    QString m_wanted;
    bool m_exposed = true;
};

} // namespace vmviz::ui
