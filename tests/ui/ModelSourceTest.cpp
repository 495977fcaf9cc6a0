// SPDX-License-Identifier: GPL-2.0-only
// The source panel's two libraries: the seed's quotes and the engine's models. Every kernel
// function the engine runs has one of them, and the model's highlighted line is the one that
// recorded the step.
#include "TestSupport.h"

#include "controller/SessionController.h"
#include "source/ModelSourceLibrary.h"
#include "source/SourceLibrary.h"
#include "teach/SourceCard.h"
#include "trace/Event.h"
#include "trace/KernelFunction.h"

#include <QDir>
#include <QFile>

#include <set>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

TEST(ModelSource, EveryFunctionTheGoldenRunsEnterHasSeedOrModelCode)
{
    const SourceLibrary seed;
    const ModelSourceLibrary model;
    const QDir golden(QStringLiteral(QT_TESTCASE_SOURCEDIR "/golden"));
    const QStringList cases = golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_GE(cases.size(), 10);
    std::set<Fn> entered;
    for (const QString& c : cases) {
        QFile f(golden.filePath(c + QStringLiteral("/scenario.vmviz")));
        if (!f.exists())
            continue; // not a scenario case (golden/compare holds vmviz-cli compare runs)
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << c.toStdString();
        const QString text = QString::fromUtf8(f.readAll());
        SessionController session;
        ASSERT_TRUE(test::runAndWait(session, text, 0, 300)) << c.toStdString();
        const auto index = session.runIndex();
        for (std::uint64_t s = 1; s <= index->stepCount(); ++s) {
            if (index->kind(StepIndex{s}) == StepKind::Call)
                entered.insert(index->function(StepIndex{s}));
        }
    }
    EXPECT_GE(entered.size(), 30u);
    for (const Fn fn : entered) {
        if (fn == Fn::Caller)
            continue; // the scenario line, not the kernel
        const auto n = functionInfo(fn).name;
        const QString name = QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
        // The 6.18 path's model code is one file whose recorder calls go through helpers the
        // excerpt finder does not follow yet; its functions have 6.18 source cards instead.
        if (fn >= Fn::vmalloc_noprof || fn == Fn::p4d_alloc) {
            const teach::SourceCard* card = teach::sourceCard(fn);
            ASSERT_TRUE(card) << n;
            EXPECT_GT(card->line, 0) << n;
            continue;
        }
        const ModelFunction* m = model.function(fn);
        EXPECT_TRUE(seed.hasFunction(fn) || m) << n;
        if (!m)
            continue;
        EXPECT_TRUE(m->file.startsWith(QStringLiteral("core/"))) << n;
        EXPECT_GT(m->firstLine, 0) << n;
        const QString text = m->lines.join(QLatin1Char('\n'));
        EXPECT_TRUE(
            text.contains(QStringLiteral("call(Fn::") + name) ||
            (text.contains(QStringLiteral("// Models ")) && text.contains(name + QStringLiteral("()"))))
            << n << ": a model is code that records entering the function, or says which functions it models";
    }
}

/// A tiny engine file in the house style, to check the line choice without depending on core/.
const QString kFile = QStringLiteral("long Demo::vmapPageRange(std::uint64_t start)\n"    // 0
                                     "{\n"                                                // 1
                                     "    m_recorder.call(Fn::vmap_page_range, start);\n" // 2
                                     "    if (bad) {\n"                                   // 3
                                     "        m_recorder.ret(Fn::vmap_page_range, 0);\n"  // 4
                                     "        return 0;\n"                                // 5
                                     "    }\n"                                            // 6
                                     "    m_recorder.effect(Ev::EntryWrite, v, i, p);\n"  // 7
                                     "    m_recorder.effect(Ev::EntryBusy, v, i, p);\n"   // 8
                                     "    m_pages.allocate(Fn::alloc_pages);\n"           // 9
                                     "    m_recorder.ret(Fn::vmap_page_range, nr);\n"     // 10
                                     "    return nr;\n"                                   // 11
                                     "}\n"
                                     "\n"
                                     "// Models pmd_alloc(), told by `fn`.\n" // 14
                                     "void Demo::helper(Fn fn)\n"
                                     "{\n"
                                     "    m_recorder.effect(Ev::Note, 0);\n"
                                     "    m_recorder.call(Fn::pud_alloc, 0);\n"
                                     "    m_recorder.call(Fn::alloc_page, 0);\n"
                                     "    page = take();\n"
                                     "    m_recorder.ret(Fn::alloc_page, page);\n"
                                     "}\n");

TEST(ModelSource, HighlightsTheLineThatRecordedTheStep)
{
    const ModelSourceLibrary model({{QStringLiteral("core/demo/Demo.cpp"), kFile}});
    ASSERT_TRUE(model.function(Fn::vmap_page_range));
    EXPECT_EQ(model.function(Fn::vmap_page_range)->firstLine, 1);
    ASSERT_TRUE(model.function(Fn::pmd_alloc)) << "named by a Models comment";
    EXPECT_EQ(model.function(Fn::pmd_alloc)->firstLine, 15) << "from its Models comment, 1-based";
    ASSERT_TRUE(model.function(Fn::alloc_page)) << "recorded inline";
    EXPECT_EQ(model.function(Fn::alloc_page)->lines.size(), 3);
    EXPECT_FALSE(model.function(Fn::pud_alloc)) << "helper records a note first, and pud_alloc never returns";

    const auto step = [](StepKind kind, Ev event, std::uint64_t arg0) {
        return Step{.args = {arg0, 0, 0}, .function = Fn::vmap_page_range, .event = event, .kind = kind};
    };
    struct Case
    {
        const char* what;
        Step step;
        Fn callee;
        std::optional<int> line;
    };
    const Case cases[] = {
        {"the call", step(StepKind::Call, Ev::Count, 0), Fn::Count, 2},
        {"an effect", step(StepKind::Effect, Ev::EntryWrite, 0), Fn::Count, 7},
        {"another effect", step(StepKind::Effect, Ev::EntryBusy, 0), Fn::Count, 8},
        {"a failing return", step(StepKind::Return, Ev::Count, 0), Fn::Count, 4},
        {"the normal return", step(StepKind::Return, Ev::Count, 5), Fn::Count, 10},
        {"an inner frame named in the body", step(StepKind::Call, Ev::Count, 0), Fn::alloc_pages, 9},
        {"an inner frame not named", step(StepKind::Call, Ev::Count, 0), Fn::pmd_alloc, std::nullopt},
        {"an effect it does not record", step(StepKind::Effect, Ev::Rmqueue, 0), Fn::Count, std::nullopt},
    };
    for (const Case& c : cases)
        EXPECT_EQ(model.lineFor(Fn::vmap_page_range, &c.step, c.callee), c.line) << c.what;
    // After the frame's previous step lit the EntryWrite line, its return is the last one; after
    // the call line, the early one.
    const Step ret = step(StepKind::Return, Ev::Count, 7);
    EXPECT_EQ(model.lineFor(Fn::vmap_page_range, &ret, Fn::Count, 7), 10);
    EXPECT_EQ(model.lineFor(Fn::vmap_page_range, &ret, Fn::Count, 2), 4);
}

} // namespace
