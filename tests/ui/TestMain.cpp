// SPDX-License-Identifier: GPL-2.0-only
// Deterministic main for the GUI tests (hotspot's testutils pattern): the offscreen platform, a
// fixed DPI and font, the application created before any test, settings kept out of the user's.
#include <QApplication>
#include <QFont>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char** argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    ::setenv("QT_FONT_DPI", "96", 1);
    ::setenv("QT_ENABLE_HIGHDPI_SCALING", "0", 1);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
