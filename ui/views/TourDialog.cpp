// SPDX-License-Identifier: GPL-2.0-only
#include "views/TourDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace vmviz::ui {

namespace {

struct Card
{
    const char* title;
    const char* body;
};

constexpr std::array kCards = {
    Card{QT_TRANSLATE_NOOP("vmviz::ui::TourDialog", "What vmviz shows"),
         QT_TRANSLATE_NOOP(
             "vmviz::ui::TourDialog",
             "A model of an x86-64 machine running Linux 2.6.36. A small program (the scenario) calls "
             "vmalloc() and vfree(); vmviz records every kernel call, return and change, and lets you "
             "walk through them one step at a time.")},
    Card{QT_TRANSLATE_NOOP("vmviz::ui::TourDialog", "Step through it"),
         QT_TRANSLATE_NOOP(
             "vmviz::ui::TourDialog",
             "→ steps into the next step, ← goes back, ↓ steps over a call, ↑ steps out of one. Space "
             "plays and pauses; Home and End jump to the start and the end. Press ? for every key.")},
    Card{QT_TRANSLATE_NOOP("vmviz::ui::TourDialog", "Read each step"),
         QT_TRANSLATE_NOOP(
             "vmviz::ui::TourDialog",
             "The Call stack panel says what the step did in the kernel's words, then in plain words "
             "what it means and why. Underlined terms show a definition when you point at them; Help "
             "→ Glossary lists them all. A failure is marked red, with what the kernel printed.")},
    Card{QT_TRANSLATE_NOOP("vmviz::ui::TourDialog", "See the kernel's code"),
         QT_TRANSLATE_NOOP(
             "vmviz::ui::TourDialog",
             "The source view shows the 2010 walkthrough's code where it quotes the function, "
             "otherwise a card with the function's real place in 2.6.36 and an outline with the "
             "step's line marked. Point vmviz at a kernel tree (Help → Kernel source tree…) to see "
             "the real file.")},
    Card{QT_TRANSLATE_NOOP("vmviz::ui::TourDialog", "Watch the machine"),
         QT_TRANSLATE_NOOP(
             "vmviz::ui::TourDialog",
             "The other panels draw physical memory, the vmalloc address range, the page tables and "
             "kmemleak; whatever the step changed is highlighted. File → Examples has more scenarios "
             "and lessons.")},
};

} // namespace

QString TourDialog::seenKey()
{
    return QStringLiteral("tour/seen");
}

TourDialog::TourDialog(QWidget* parent)
    : QDialog(parent), m_title(new QLabel(this)), m_body(new QLabel(this)), m_counter(new QLabel(this)),
      m_back(new QPushButton(tr("&Back"), this)), m_next(new QPushButton(this))
{
    setWindowTitle(tr("Welcome to vmviz"));
    setObjectName(QStringLiteral("tourDialog"));
    auto* layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_body->setWordWrap(true);
    m_body->setMinimumWidth(420);
    m_body->setMinimumHeight(m_body->fontMetrics().height() * 6);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_counter);
    buttons->addStretch(1);
    auto* skip = new QPushButton(tr("&Skip"), this);
    buttons->addWidget(skip);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    m_next->setDefault(true);
    connect(skip, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_back, &QPushButton::clicked, this, [this]() { showCard(m_card - 1); });
    connect(m_next, &QPushButton::clicked, this, [this]() {
        if (m_card + 1 >= cardCount())
            accept();
        else
            showCard(m_card + 1);
    });
    showCard(0);
}

int TourDialog::cardCount() const
{
    return static_cast<int>(kCards.size());
}

void TourDialog::showCard(int index)
{
    m_card = std::clamp(index, 0, cardCount() - 1);
    const Card& card = kCards[static_cast<std::size_t>(m_card)];
    m_title->setText(tr(card.title));
    m_body->setText(tr(card.body));
    m_counter->setText(tr("%1 of %2").arg(m_card + 1).arg(cardCount()));
    m_back->setEnabled(m_card > 0);
    m_next->setText(m_card + 1 >= cardCount() ? tr("&Start") : tr("&Next"));
}

} // namespace vmviz::ui
