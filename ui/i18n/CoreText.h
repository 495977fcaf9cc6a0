// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The core's teaching text (narration, plain-language lines, level summaries, chapter labels,
// the glossary) in the window's language. The core stays Qt-free: it asks a TextTranslator for
// each of its formats (core/base/TextTranslator.h); this one answers from the catalogue
// vmviz_text_<lang> that installLanguage (Language.h) installed, under the core's own contexts.
#include "base/TextTranslator.h"

#include <QString>

#include <string_view>

namespace vmviz::ui {

/// QCoreApplication::translate over the installed catalogues; English when none is installed.
/// Safe from any thread (the snapshot builder calls it on its worker).
const TextTranslator& coreTextTranslator();

/// One marked core text, translated: `context` as the core marks it ("Glossary", "DetailLevel" …).
QString coreText(const char* context, std::string_view english);

} // namespace vmviz::ui
