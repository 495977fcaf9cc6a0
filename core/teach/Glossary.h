// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The words a student meets in vmviz's narration, each with a short definition and the place in
// the kernel (2.6.36) where it lives. The GUI shows them as hover definitions on the step text and
// in Help → Glossary; findGlossaryTerms says where a term occurs in a sentence.
#include "base/TextTranslator.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz::teach {

struct GlossaryTerm
{
    std::string_view term;       ///< as a heading: "PFN"
    std::string_view definition; ///< one or two sentences for someone who knows C, not the kernel
    std::string_view where;      ///< the kernel place: "include/linux/mm_types.h: struct page"
    /// Words that stand for the term in a sentence, '|'-separated, matched as whole words and
    /// case-sensitively ("pfn|PFN|pfns").
    std::string_view matches;
};
// The heading, the definition (context "Glossary") and the words (context "GlossaryMatches") are
// marked for translation; the kernel place is not. A translated word list adds the words that
// stand for the term in that language's sentences: the English words are matched too, since a
// translated sentence keeps the kernel's identifiers.

/// A term in the reader's language.
struct LocalizedGlossaryTerm
{
    std::string term;
    std::string definition;
    std::string where;
};
LocalizedGlossaryTerm localizedGlossaryTerm(const GlossaryTerm& term, const TextTranslator& translator);

/// Every term, in the order a course meets them.
std::span<const GlossaryTerm> glossary();

/// The term with this heading, or nullptr.
const GlossaryTerm* findGlossaryTerm(std::string_view term);

/// One occurrence of a glossary term in a text.
struct GlossaryHit
{
    std::size_t offset = 0; ///< in bytes
    std::size_t length = 0;
    std::size_t term = 0; ///< index into glossary()
    bool operator==(const GlossaryHit&) const = default;
};

/// The glossary terms in `text`, in order, not overlapping; where two match at one place the
/// longer one wins ("struct page" over "page frame"'s "page").
std::vector<GlossaryHit> findGlossaryTerms(std::string_view text);
/// The same in a translated text: each term's English words and its translated words.
std::vector<GlossaryHit> findGlossaryTerms(std::string_view text, const TextTranslator& translator);

} // namespace vmviz::teach
