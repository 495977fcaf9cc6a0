// SPDX-License-Identifier: GPL-2.0-only
#include "ImportWindow.h"

#include "snapshot/ImportSnapshot.h"
#include "views/VmallocRibbonView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vmviz::ui {

ImportWindow::ImportWindow(const import::VmallocInfo& info, const ViewPalette& palette, QWidget* parent)
    : QWidget(parent)
{
    const QString file = QString::fromStdString(info.fileName);
    setWindowTitle(tr("%1 — a real kernel's vmalloc range (read-only)").arg(file));
    const import::ImportSummary summary = import::summarize(info);
    // The summary's opening lines: what was read, whether the addresses are real, the VA figures.
    const QString text = QString::fromStdString(import::summaryText(info, summary));
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto* header =
        new QLabel(lines.mid(0, std::min<qsizetype>(lines.size(), 7)).join(QLatin1Char('\n')), this);
    header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    header->setFont(mono);
    if (info.addressesHidden())
        header->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(palette.text.name()));
    m_ribbon = new VmallocRibbonView(this);
    m_ribbon->setViewPalette(palette);
    m_ribbon->setSnapshot(snapshotOfImport(info));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_ribbon, 1);
    resize(1280, 480);
}

} // namespace vmviz::ui
