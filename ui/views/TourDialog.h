// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A short first-run tour: a few cards saying what the window shows and how to step through it.
// MainWindow shows it once (remembered in QSettings), never for screenshots or tests; Help → Tour
// shows it again.
#include <QDialog>

class QLabel;
class QPushButton;

namespace vmviz::ui {

class TourDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TourDialog(QWidget* parent = nullptr);

    int cardCount() const;
    int currentCard() const { return m_card; }
    void showCard(int index);

    /// The QSettings key that says the tour was seen.
    static QString seenKey();

private:
    QLabel* m_title;
    QLabel* m_body;
    QLabel* m_counter;
    QPushButton* m_back;
    QPushButton* m_next;
    int m_card = 0;
};

} // namespace vmviz::ui
