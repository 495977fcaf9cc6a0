// SPDX-License-Identifier: GPL-2.0-only
// The core's teaching text in the window's language (ui/i18n/CoreText.h): with zh_CN installed,
// the seed's PTE write is explained in Chinese with the step's own numbers; every format the core
// asks for over the seed has a zh_CN translation; and every translation in vmviz_text_zh_CN.ts is
// finished and keeps exactly the placeholders of its English.
#include "TestSupport.h"

#include "i18n/CoreText.h"
#include "i18n/Language.h"
#include "scenario/ScenarioCatalogue.h"
#include "scenario/ScenarioRunner.h"
#include "snapshot/SnapshotBuilder.h"
#include "steps/DetailLevel.h"
#include "steps/Narration.h"
#include "steps/PlainLanguage.h"
#include "steps/RunIndex.h"
#include "teach/Glossary.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

std::unique_ptr<Machine> runSeed()
{
    const scenario::CatalogueEntry* entry = scenario::findInCatalogue("seed-walkthrough");
    EXPECT_TRUE(entry);
    if (!entry)
        return {};
    scenario::RunOptions options;
    options.invariants = scenario::InvariantChecks::Off;
    auto result = scenario::runScenarioText(entry->text, entry->fileName(), options);
    EXPECT_TRUE(result.machine) << result.error;
    return std::move(result.machine);
}

bool hasChinese(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

/// Installs a language for one test and puts English back after it.
class WithLanguage
{
public:
    explicit WithLanguage(const QString& language)
    {
        m_ok = installLanguage(*QCoreApplication::instance(), language);
    }
    ~WithLanguage() { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
};

} // namespace

TEST(CoreText, TheSeedsPteWriteIsExplainedInChineseWithItsOwnNumbers)
{
    auto machine = runSeed();
    ASSERT_TRUE(machine);
    const RunIndex index(machine->trace);
    constexpr std::uint64_t kPteWrite = 112; // PTE[0] = 0x8000000007803163 (P RW A D G NX)
    const Step& step = machine->trace.step(StepIndex{kPteWrite});
    ASSERT_EQ(step.kind, StepKind::Effect);
    ASSERT_EQ(step.event, Ev::EntryWrite);
    machine->seek(StepIndex{kPteWrite});

    const StepState english = buildStepState(*machine, index);
    EXPECT_EQ(english.plain, plainLanguage(machine->trace, step)) << "no catalogue: the core's English";

    const WithLanguage chinese(QStringLiteral("zh_CN"));
    ASSERT_TRUE(chinese.ok());
    const StepState translated = buildStepState(*machine, index);
    const QString plain = QString::fromStdString(translated.plain);
    EXPECT_TRUE(hasChinese(plain)) << translated.plain;
    EXPECT_TRUE(plain.contains(QStringLiteral("页框 0x7803"))) << translated.plain;
    EXPECT_TRUE(plain.contains(QStringLiteral("vmalloc"))) << translated.plain;
    // The narration of a PTE write is code: the same entry, value and decoded flags in any language.
    EXPECT_EQ(translated.narration, english.narration);
    EXPECT_NE(translated.narration.find("0x8000000007803163 (P RW A D G NX)"), std::string::npos);
    // The stack's calls are code too; their returns and the effects around them are not.
    const Step& pagesMapped = machine->trace.step(StepIndex{kPteWrite + 1});
    EXPECT_EQ(narrate(machine->trace, pagesMapped, coreTextTranslator()),
              "vmap_page_range 返回已映射的页数 1");
    // Hover definitions find the Chinese word for the term.
    bool frameLinked = false;
    const std::string text = translated.plain;
    for (const teach::GlossaryHit& hit : teach::findGlossaryTerms(text, coreTextTranslator()))
        frameLinked = frameLinked || teach::glossary()[hit.term].term == "page frame";
    EXPECT_TRUE(frameLinked) << text;
    EXPECT_EQ(
        teach::localizedGlossaryTerm(*teach::findGlossaryTerm("buddy allocator"), coreTextTranslator()).term,
        "伙伴分配器");
}

TEST(CoreText, EveryFormatTheSeedAsksForHasAChineseTranslation)
{
    auto machine = runSeed();
    ASSERT_TRUE(machine);
    QTranslator catalogue;
    ASSERT_TRUE(catalogue.load(QStringLiteral("vmviz_text_zh_CN"), QStringLiteral(":/i18n")));
    std::set<std::pair<std::string, std::string>> asked;
    const TextTranslator recording = [&asked](std::string_view context, std::string_view english) {
        asked.emplace(std::string(context), std::string(english));
        return std::string(english);
    };
    const Trace& trace = machine->trace;
    for (std::uint64_t s = 1; s <= trace.size(); ++s) {
        const Step step = trace.step(StepIndex{s});
        narrate(trace, step, recording);
        plainLanguage(trace, step, recording);
    }
    const DetailIndex index(trace);
    for (const DetailLevel level : {DetailLevel::Overview, DetailLevel::Standard})
        for (std::uint64_t i = 0; i < index.unitCount(level); ++i)
            summarizeUnit(trace, index.unit(level, i), recording);
    for (const ChapterMark& chapter : index.chapters())
        chapterLabel(chapter, recording);
    for (std::size_t p = 0; p < kPhaseCount; ++p)
        phaseTitle(static_cast<Phase>(p), recording);
    for (const teach::GlossaryTerm& term : teach::glossary())
        teach::localizedGlossaryTerm(term, recording);
    teach::findGlossaryTerms("page frame", recording);
    EXPECT_GT(asked.size(), 150u);
    for (const auto& [context, english] : asked)
        EXPECT_FALSE(catalogue.translate(context.c_str(), english.c_str()).isEmpty())
            << context << ": \"" << english
            << "\" has no zh_CN translation (run vmviz_lupdate, translate it)";
}

TEST(CoreText, EveryTranslationIsFinishedAndKeepsExactlyTheEnglishPlaceholders)
{
    QFile file(QStringLiteral(VMVIZ_TS_DIR "/vmviz_text_zh_CN.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    // {0}, {1:a}, {0:t} …: the core's placeholders (core/steps/Narration.h).
    static const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}"));
    const auto placeholders = [](const QString& text) {
        std::multiset<QString> out;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            out.insert(it.next().captured());
        return out;
    };
    QString context, source;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString translation = xml.readElementText();
            ++messages;
            SCOPED_TRACE((context + QStringLiteral(": ") + source).toStdString());
            EXPECT_TRUE(type.isEmpty()) << "a " << type.toStdString() << " entry";
            EXPECT_FALSE(translation.isEmpty());
            EXPECT_EQ(placeholders(translation), placeholders(source)) << translation.toStdString();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 500);
}
