// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The core's teaching text in the reader's language, without the core knowing who translates.
// Every sentence the core builds for a reader starts from a format marked VMVIZ_TRANSLATE_NOOP
// (Translatable.h); a caller that wants another language passes a TextTranslator, and the core
// asks it for each FORMAT before it fills in the placeholders, so numbers, addresses and kernel
// names are formatted the same in every language. Without a translator the core uses its English
// formats as they are: the CLI, the exports and the goldens never change with the language.
#include <functional>
#include <string>
#include <string_view>

namespace vmviz {

/// The translation of `english` (a marked format, byte for byte) under `context`; "" or the
/// English itself when there is none.
using TextTranslator = std::function<std::string(std::string_view context, std::string_view english)>;

/// `english` in the translator's language: `english` itself when `translator` is null or has no
/// translation; else the translation, kept in `storage`, which must outlive the view.
inline std::string_view localizeFormat(const TextTranslator* translator, std::string_view context,
                                       std::string_view english, std::string& storage)
{
    if (translator == nullptr || !*translator)
        return english;
    storage = (*translator)(context, english);
    return storage.empty() ? english : std::string_view(storage);
}

} // namespace vmviz
