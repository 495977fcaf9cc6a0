// SPDX-License-Identifier: GPL-2.0-only
// The Qt Linguist catalogues in translations/: every entry translated, every translation keeping
// its source's placeholders, and every catalogue holding exactly what lupdate finds in the
// sources today (so a new tr() without a translation fails here, not in a classroom).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             ///< the translation's type attribute: "", unfinished, obsolete, vanished
    QStringList translations; ///< one, or one per numerus form
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString where() const { return context + QStringLiteral(": \"") + source.left(60) + QLatin1Char('"'); }
};

std::vector<Message> readCatalogue(const QString& path)
{
    std::vector<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context"))
            context.clear();
        else if (name == QLatin1String("name") && context.isEmpty())
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            m.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
            out.push_back(m); // a plural's forms follow as <numerusform> elements
        } else if (name == QLatin1String("numerusform") && !out.empty())
            out.back().translations << xml.readElementText();
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return out;
}

QStringList catalogues()
{
    QStringList out;
    for (const QFileInfo& f :
         QDir(QStringLiteral(VMVIZ_TS_DIR)).entryInfoList({QStringLiteral("*.ts")}, QDir::Files))
        out << f.absoluteFilePath();
    return out;
}

/// What a translator must carry over: %1…%9 and %n (and their %L forms), {0}… ({1:a} too), and
/// the number of & accelerators (an HTML entity such as &amp; or &nbsp; is not one).
std::multiset<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%L?[1-9n]|\{\d+(?::[^}]*)?\})"));
    std::multiset<QString> out;
    for (const QRegularExpressionMatch& m : pattern.globalMatch(text))
        out.insert(m.captured(0).remove(QLatin1Char('L')));
    static const QRegularExpression accelerator(QStringLiteral(R"(&(?!&|#?\w+;)(?=\S))"));
    for (qsizetype i = 0, n = text.count(accelerator); i < n; ++i)
        out.insert(QStringLiteral("&"));
    return out;
}

QString joined(const std::multiset<QString>& set)
{
    QStringList out;
    for (const QString& s : set)
        out << s;
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST(TranslationFiles, TheCataloguesExist)
{
    const QStringList files = catalogues();
    EXPECT_TRUE(std::any_of(files.begin(), files.end(),
                            [](const QString& f) { return f.endsWith(QLatin1String("vmviz_ui_zh_CN.ts")); }));
}

TEST(TranslationFiles, EveryEntryIsTranslated)
{
    for (const QString& path : catalogues()) {
        SCOPED_TRACE(path.toStdString());
        std::map<QString, int> counts{{QStringLiteral("unfinished"), 0},
                                      {QStringLiteral("obsolete"), 0},
                                      {QStringLiteral("vanished"), 0},
                                      {QStringLiteral("empty"), 0}};
        QStringList problems;
        for (const Message& m : readCatalogue(path)) {
            QString why;
            if (!m.type.isEmpty())
                why = m.type;
            else if (m.translations.isEmpty() || std::any_of(m.translations.begin(), m.translations.end(),
                                                             [](const QString& t) { return t.isEmpty(); }))
                why = QStringLiteral("empty");
            if (why.isEmpty())
                continue;
            ++counts[why];
            problems << why + QStringLiteral(": ") + m.where();
        }
        for (const auto& [kind, n] : counts)
            EXPECT_EQ(n, 0) << QFileInfo(path).fileName().toStdString() << " has " << n << " "
                            << kind.toStdString() << " entries";
        EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    }
}

TEST(TranslationFiles, TranslationsKeepTheSourcesPlaceholders)
{
    // The checker itself, on cases that must pass and cases that must not.
    struct Case
    {
        const char* source;
        const char* translation;
        bool same;
    };
    const Case cases[] = {
        {"&File", "文件(&F)", true},
        {"Step %1 of %2", "第 %1 步，共 %2 步", true},
        {"Step %1 of %2", "第 %1 步", false},
        {"%n difference(s)", "%n 处差异", true},
        {"%n difference(s)", "差异", false},
        {"&Open scenario…", "打开场景…", false},
        {"a &amp; b", "a 和 b", true},
        {"{0} pages, {1:a}", "{0} 页，{1:a}", true},
        {"{0} pages, {1:a}", "{0} 页，{1}", false},
        {"Kernel source &tree…", "内核源码树(&T)…", true},
    };
    for (const Case& c : cases)
        EXPECT_EQ(placeholders(QString::fromUtf8(c.source)) == placeholders(QString::fromUtf8(c.translation)),
                  c.same)
            << c.source << " → " << c.translation;

    for (const QString& path : catalogues()) {
        QStringList problems;
        for (const Message& m : readCatalogue(path)) {
            const auto wanted = placeholders(m.source);
            for (const QString& t : m.translations) {
                if (!t.isEmpty() && placeholders(t) != wanted)
                    problems << m.where() + QStringLiteral(" wants [") + joined(wanted) +
                                    QStringLiteral("], has [") + joined(placeholders(t)) + QLatin1Char(']');
            }
        }
        EXPECT_TRUE(problems.isEmpty()) << QFileInfo(path).fileName().toStdString() << ":\n"
                                        << problems.join(QLatin1Char('\n')).toStdString();
    }
}

// lupdate run on a copy of each catalogue must find the same messages the catalogue holds: a tr()
// added or changed in the sources without `cmake --build --preset dev --target vmviz_lupdate` and a
// translation fails here. The options are translations/CMakeLists.txt's.
TEST(TranslationFiles, CataloguesMatchTheSources)
{
    struct Catalogue
    {
        QString prefix;        ///< vmviz_ui_, vmviz_text_ …
        QStringList arguments; ///< what lupdate reads, besides the common options
    };
    const QString root = QStringLiteral(VMVIZ_SOURCE_DIR);
    const std::vector<Catalogue> table = {
        {QStringLiteral("vmviz_ui_"), {root + QStringLiteral("/ui"), root + QStringLiteral("/app/gui")}},
        {QStringLiteral("vmviz_text_"),
         {QStringLiteral("-tr-function-alias"), QStringLiteral("QT_TRANSLATE_NOOP+=VMVIZ_TRANSLATE_NOOP"),
          root + QStringLiteral("/core")}},
    };
    const QStringList options = {QStringLiteral("-locations"), QStringLiteral("none"),
                                 QStringLiteral("-no-obsolete"), QStringLiteral("-no-ui-lines"),
                                 QStringLiteral("-silent")};
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    int checked = 0;
    for (const QString& path : catalogues()) {
        const QString name = QFileInfo(path).fileName();
        const auto row = std::find_if(table.begin(), table.end(),
                                      [&](const Catalogue& c) { return name.startsWith(c.prefix); });
        if (row == table.end())
            continue; // a catalogue whose lupdate command this table does not know yet
        SCOPED_TRACE(name.toStdString());
        const QString copy = temp.filePath(name);
        ASSERT_TRUE(QFile::copy(path, copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(VMVIZ_LUPDATE),
                      options + row->arguments + QStringList{QStringLiteral("-ts"), copy});
        ASSERT_TRUE(lupdate.waitForFinished(120000)) << "lupdate did not finish";
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().toStdString();

        std::set<QString> before;
        std::set<QString> after;
        std::map<QString, QString> where;
        for (const Message& m : readCatalogue(path))
            before.insert(m.key());
        for (const Message& m : readCatalogue(copy)) {
            after.insert(m.key());
            where[m.key()] = m.where();
        }
        QStringList added;
        QStringList gone;
        for (const QString& k : after)
            if (!before.count(k))
                added << where[k];
        for (const QString& k : before)
            if (!after.count(k))
                gone << k.section(QLatin1Char('\x1f'), 0, 1)
                            .replace(QLatin1Char('\x1f'), QStringLiteral(": "));
        EXPECT_TRUE(added.isEmpty()) << "in the sources, not in " << name.toStdString()
                                     << " (run the vmviz_lupdate target and translate):\n"
                                     << added.join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(gone.isEmpty()) << "in " << name.toStdString() << ", no longer in the sources:\n"
                                    << gone.join(QLatin1Char('\n')).toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 1);
}
