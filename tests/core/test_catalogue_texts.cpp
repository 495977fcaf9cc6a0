// SPDX-License-Identifier: GPL-2.0-only
// The catalogue's translatable texts (scenario/CatalogueTexts.h) are what the window looks up:
// every entry's title and about line and every lesson chapter's title, say, ask and note, as the
// parser yields them (several say lines joined), each once.
#include "scenario/CatalogueTexts.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioParser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace vmviz::scenario {
namespace {

TEST(CatalogueTexts, HoldEveryTitleAboutLineAndChapterTextOnce)
{
    const std::vector<std::string> texts = catalogueTexts();
    const std::set<std::string> unique(texts.begin(), texts.end());
    EXPECT_EQ(unique.size(), texts.size());
    EXPECT_EQ(unique.count(""), 0u);
    std::size_t chapters = 0;
    for (const CatalogueEntry& entry : scenarioCatalogue()) {
        SCOPED_TRACE(entry.name);
        EXPECT_TRUE(unique.count(entry.header.title));
        EXPECT_TRUE(unique.count(entry.header.about));
        const ParseResult parsed = parseScenario(entry.text, entry.fileName());
        ASSERT_TRUE(parsed.ok());
        for (const Chapter& chapter : parsed.scenario->chapters) {
            ++chapters;
            for (const std::string* text : {&chapter.title, &chapter.say, &chapter.ask, &chapter.note})
                EXPECT_TRUE(text->empty() || unique.count(*text)) << *text;
        }
    }
    EXPECT_GE(chapters, 13u * 2); // every lesson has two chapters or more
    // A say text is the joined lines, not each line: lesson 1's first chapter has two.
    const auto joined = std::find_if(texts.begin(), texts.end(), [](const std::string& t) {
        return t.starts_with("A module's init function calls vmalloc(100).") &&
               t.find(" Kernel memory comes in pages of 4096 bytes") != std::string::npos;
    });
    EXPECT_NE(joined, texts.end());
}

} // namespace
} // namespace vmviz::scenario
