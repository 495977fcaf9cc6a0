// SPDX-License-Identifier: GPL-2.0-only
#include "scenario/CatalogueTexts.h"

#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioParser.h"

#include <set>

namespace vmviz::scenario {

std::vector<std::string> catalogueTexts()
{
    std::vector<std::string> texts;
    std::set<std::string> seen;
    const auto add = [&](const std::string& text) {
        if (!text.empty() && seen.insert(text).second)
            texts.push_back(text);
    };
    for (const CatalogueEntry& entry : scenarioCatalogue()) {
        add(entry.header.title);
        add(entry.header.about);
        const ParseResult parsed = parseScenario(entry.text, entry.fileName());
        if (!parsed.ok())
            continue; // the catalogue test reports it
        for (const Chapter& chapter : parsed.scenario->chapters) {
            add(chapter.title);
            add(chapter.say);
            add(chapter.ask);
            add(chapter.note);
        }
    }
    return texts;
}

} // namespace vmviz::scenario
