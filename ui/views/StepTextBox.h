// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What a step says in words: the step line, the precise narration (bold), the plain-language "what
// and why" line, and the dmesg lines the step printed; glossary terms show their definition on
// hover, and a failure is marked red and in words. The call-stack panel holds one; Lecture holds a
// larger one across the window (the narration band), so a class reads the step from anywhere.
#include "snapshot/MachineSnapshot.h"
#include "style/ViewPalette.h"
#include "views/StepView.h"

#include <QWidget>

class QLabel;

namespace vmviz::ui {

class StepTextBox : public QWidget, public StepView
{
    Q_OBJECT
public:
    enum class Size
    {
        Panel, ///< inside the call-stack panel
        Band   ///< across the window in Lecture: the narration half as large again
    };
    explicit StepTextBox(Size size, QWidget* parent = nullptr);

    void setSnapshot(const SnapshotPtr& snapshot) override;
    void setViewPalette(const ViewPalette& palette) override;

    QString narration() const { return m_narrationText; }
    QString plainLine() const { return m_plainText; }
    QString printedLines() const;
    bool showsFailure() const { return m_failed; }

private:
    void showStepText(const StepState& s);

    bool m_band;
    SnapshotPtr m_snapshot;
    ViewPalette m_palette = ViewPalette::make(Theme::Light, Scheme::Standard);
    QLabel* m_step;
    QLabel* m_narration;
    QLabel* m_plain;
    QLabel* m_printed;
    QString m_narrationText;
    QString m_plainText;
    bool m_failed = false;
};

} // namespace vmviz::ui
