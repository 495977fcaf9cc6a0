// SPDX-License-Identifier: GPL-2.0-only
#include "source/ModelSourceLibrary.h"

#include "UiResources.h"
#include "trace/Event.h"
#include "trace/KernelFunction.h"
#include "trace/StepRoles.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace vmviz::ui {

namespace {

/// The engine files that record kernel calls, as listed in ui/vmviz_ui.qrc under /model.
const char* const kModelFiles[] = {
    "core/vmalloc/Vmalloc.cpp",
    "core/vmalloc/Vmalloc618.cpp",
    "core/paging/PageTables.cpp",
    "core/phys/PhysicalMemory.cpp",
    "core/slab/Slab.cpp",
    "core/kmemleak/Kmemleak.cpp",
    "core/kmemleak/KmemleakScan.cpp",
    "core/vmalloc/VmapNodes618.cpp",
};

QString nameOf(Fn fn)
{
    const auto n = functionInfo(fn).name;
    return QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
}

QString nameOf(Ev ev)
{
    const auto n = eventInfo(ev).name;
    return QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
}

/// `Fn::name` as a whole word (so Fn::alloc_page does not match Fn::alloc_pages).
QRegularExpression fnPattern(const QString& prefix, Fn fn)
{
    return QRegularExpression(QRegularExpression::escape(prefix + nameOf(fn)) + QStringLiteral("\\b"));
}

/// An excerpt from inside a function, moved left by its smallest indentation (nesting kept).
QStringList dedented(QStringList lines)
{
    const auto indentOf = [](const QString& line) {
        qsizetype n = 0;
        while (n < line.size() && line[n] == QLatin1Char(' '))
            ++n;
        return n;
    };
    qsizetype indent = -1;
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            indent = indent < 0 ? indentOf(line) : std::min(indent, indentOf(line));
    }
    for (QString& line : lines)
        line.remove(0, std::min(std::max<qsizetype>(indent, 0), indentOf(line)));
    return lines;
}

std::optional<int> firstMatch(const QStringList& lines, const QRegularExpression& re, bool last = false)
{
    std::optional<int> found;
    for (int i = 0; i < lines.size(); ++i) {
        if (re.match(lines[i]).hasMatch()) {
            found = i;
            if (!last)
                break;
        }
    }
    return found;
}

} // namespace

ModelSourceLibrary::ModelSourceLibrary()
{
    ensureResources();
    for (const char* name : kModelFiles) {
        QFile f(QStringLiteral(":/model/") + QLatin1String(name));
        if (f.open(QIODevice::ReadOnly))
            index(QLatin1String(name), QString::fromUtf8(f.readAll()));
    }
}

ModelSourceLibrary::ModelSourceLibrary(const std::vector<std::pair<QString, QString>>& files)
{
    for (const auto& [name, text] : files)
        index(name, text);
}

void ModelSourceLibrary::index(const QString& file, const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression callRe(QStringLiteral("\\bcall\\(Fn::(\\w+)"));
    static const QRegularExpression anyRecord(QStringLiteral("m_recorder\\.\\w+\\("));
    static const QRegularExpression named(QStringLiteral("(\\w+)\\(\\)"));
    const auto add = [this](Fn fn, int rank, ModelFunction f) {
        const auto it = m_byFn.find(fn);
        if (it != m_byFn.end() && m_rank[fn] <= rank)
            return;
        m_rank[fn] = rank;
        if (it != m_byFn.end()) {
            m_functions[it->second] = std::move(f);
            return;
        }
        m_byFn[fn] = m_functions.size();
        m_functions.push_back(std::move(f));
    };
    // House style (clang-format): a function body opens with "{" alone in column 0 and closes with
    // "}" alone in column 0; its signature is the non-blank lines just above the brace, and its
    // doc comment the "//" lines above that.
    for (int open = 0; open < lines.size(); ++open) {
        if (lines[open] != QStringLiteral("{"))
            continue;
        int close = open + 1;
        while (close < lines.size() && lines[close] != QStringLiteral("}"))
            ++close;
        if (close >= lines.size())
            break;
        int start = open;
        while (start > 0 && !lines[start - 1].trimmed().isEmpty() &&
               !lines[start - 1].startsWith(QStringLiteral("//")) && lines[start - 1] != QStringLiteral("}"))
            --start;
        int doc = start;
        while (doc > 0 && lines[doc - 1].startsWith(QStringLiteral("//")))
            --doc;
        const ModelFunction whole{file, doc + 1, lines.mid(doc, close - doc + 1)};

        // 1. "// Models x(), y() and z(): …" above the signature, for code told which one it is by
        //    a parameter.
        for (int c = doc; c < start; ++c) {
            const int at = lines[c].indexOf(QStringLiteral("Models "));
            if (at < 0)
                continue;
            for (auto it = named.globalMatch(lines[c].mid(at)); it.hasNext();) {
                const Fn fn = functionByName(it.next().captured(1).toStdString());
                if (fn != Fn::Count)
                    add(fn, 0, whole);
            }
        }
        // 2. The function whose first recorded event is entering x models x. 3. A call recorded
        //    inside another function's model: the lines from that call to its return.
        bool first = true;
        for (int i = open + 1; i < close; ++i) {
            if (!anyRecord.match(lines[i]).hasMatch())
                continue;
            const auto m = callRe.match(lines[i]);
            if (m.hasMatch()) {
                const Fn fn = functionByName(m.captured(1).toStdString());
                if (fn != Fn::Count && first) {
                    add(fn, 1, whole);
                } else if (fn != Fn::Count) {
                    const QRegularExpression ret(
                        QRegularExpression::escape(QStringLiteral("ret(Fn::") + m.captured(1)) +
                        QStringLiteral("\\b"));
                    int end = i;
                    while (end < close && !ret.match(lines[end]).hasMatch())
                        ++end;
                    if (end < close)
                        add(fn, 2, ModelFunction{file, i + 1, dedented(lines.mid(i, end - i + 1))});
                }
            }
            first = false;
        }
        open = close;
    }
}

const ModelFunction* ModelSourceLibrary::function(Fn fn) const
{
    const auto it = m_byFn.find(fn);
    return it == m_byFn.end() ? nullptr : &m_functions[it->second];
}

std::optional<int> ModelSourceLibrary::lineFor(Fn fn, const Step* step, Fn callee,
                                               std::optional<int> previousLine) const
{
    const ModelFunction* f = function(fn);
    if (!f || !step)
        return std::nullopt;
    if (callee != Fn::Count) // an outer frame: where it goes into the inner one, if it says so
        return firstMatch(f->lines, fnPattern(QStringLiteral("Fn::"), callee));
    if (step->function != fn)
        return std::nullopt;
    switch (step->kind) {
    case StepKind::Call:
        return firstMatch(f->lines, fnPattern(QStringLiteral("call(Fn::"), fn));
    case StepKind::Return: {
        // The first return after the line the frame's previous step lit is the one taken.
        if (previousLine) {
            const QRegularExpression ret = fnPattern(QStringLiteral("ret(Fn::"), fn);
            for (int i = *previousLine + 1; i < f->lines.size(); ++i) {
                if (ret.match(f->lines[i]).hasMatch())
                    return i;
            }
        }
        // Without one: a failing return (NULL, 0) is usually an early `ret(Fn::x, 0)`; otherwise
        // the last one.
        if (returnedValue(*step) == 0) {
            const QRegularExpression failing(
                QRegularExpression::escape(QStringLiteral("ret(Fn::") + nameOf(fn)) +
                QStringLiteral(", 0\\)"));
            if (const auto line = firstMatch(f->lines, failing))
                return line;
        }
        return firstMatch(f->lines, fnPattern(QStringLiteral("ret(Fn::"), fn), true);
    }
    case StepKind::Effect:
        return firstMatch(f->lines, QRegularExpression(QRegularExpression::escape(QStringLiteral("Ev::") +
                                                                                  nameOf(step->event)) +
                                                       QStringLiteral("\\b")));
    }
    return std::nullopt;
}

} // namespace vmviz::ui
