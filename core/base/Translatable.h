// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// Marks an English literal of the core as translatable without the core knowing Qt. The literal
// stays what the core uses (the CLI, the goldens and the exports are English); Qt Linguist's
// lupdate reads the macro as QT_TRANSLATE_NOOP (translations/CMakeLists.txt), and the window
// looks the same text up in its catalogue, under `context`, when it shows it. The text is the
// message's id: a catalogue entry is found by the exact English, so change both together.
#define VMVIZ_TRANSLATE_NOOP(context, text) text
