// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// A short "what and why" line for every step, written for a reader who knows C but not the
// kernel. The narration (Narration.h) says precisely what happened in the kernel's words; this
// says what it means and why the kernel does it. One sentence per kernel function (call and
// return) and per effect, with the narration's placeholders filled from the step's arguments;
// failures (NULL, -errno) get their own sentence, chosen by the return role, never by a format.
#include "base/TextTranslator.h"
#include "trace/Trace.h"

#include <string>
#include <string_view>

namespace vmviz {

/// The plain-language line of `step`. Never empty.
std::string plainLanguage(const Trace& trace, const Step& step);
/// The same line with its sentence first looked up through `translator` (context "PlainLanguage").
std::string plainLanguage(const Trace& trace, const Step& step, const TextTranslator& translator);

/// The unexpanded English sentences, marked for translation (tests check that every function
/// and event has one).
std::string_view plainCallFormat(Fn fn);
std::string_view plainReturnFormat(Fn fn);
std::string_view plainEventFormat(Ev ev);

/// A step the class should see as a failure: a function returning NULL or -errno, a failed
/// allocation, a WARN, an oops, an injected fault.
bool stepIsFailure(const Step& step);

} // namespace vmviz
