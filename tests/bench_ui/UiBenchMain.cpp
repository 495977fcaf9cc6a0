// SPDX-License-Identifier: GPL-2.0-only
// Main of vmviz_ui_bench: the views need a QApplication, and it must exist before any benchmark
// runs, so this replaces benchmark_main. Same deterministic set-up as the GUI tests (offscreen
// platform, 96 DPI, no high-DPI scaling, DejaVu Sans 9), so the views lay out identically in every
// run and on every host.
#include <QApplication>
#include <QFont>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

#include <cstdlib>

int main(int argc, char** argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    ::setenv("QT_FONT_DPI", "96", 1);
    ::setenv("QT_ENABLE_HIGHDPI_SCALING", "0", 1);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
