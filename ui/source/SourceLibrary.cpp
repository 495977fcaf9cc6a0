// SPDX-License-Identifier: GPL-2.0-only
#include "source/SourceLibrary.h"

#include "UiResources.h"

#include <QFile>
#include <QRegularExpression>

namespace vmviz::ui {

namespace {

QString fnName(Fn fn)
{
    const auto n = functionInfo(fn).name;
    return QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
}

/// The statement each effect models, as the seed spells it.
QString statementOf(Ev ev)
{
    switch (ev) {
    case Ev::PageAlign:
        return QStringLiteral("size = PAGE_ALIGN(size)");
    case Ev::TooBig:
    case Ev::SizeZero:
        return QStringLiteral("totalram_pages");
    case Ev::GuardPage:
        return QStringLiteral("size += PAGE_SIZE");
    case Ev::NrPages:
        return QStringLiteral("area->nr_pages = nr_pages");
    case Ev::SetVpages:
        return QStringLiteral("area->flags |= VM_VPAGES");
    case Ev::PagesArray:
        return QStringLiteral("area->pages = pages");
    case Ev::PageStore:
        return QStringLiteral("area->pages[i] = page");
    case Ev::NrPagesCut:
        return QStringLiteral("area->nr_pages = i");
    case Ev::KmemleakCreate:
        return QStringLiteral("create_object(");
    default:
        return {};
    }
}

} // namespace

SourceLibrary::SourceLibrary()
{
    ensureResources();
    QFile file(QStringLiteral(":/seed/vmalloc-walkthrough-2010.c"));
    if (file.open(QIODevice::ReadOnly))
        m_text = QString::fromUtf8(file.readAll());
    index();
}

SourceLibrary::SourceLibrary(const QString& text) : m_text(text)
{
    index();
}

void SourceLibrary::index()
{
    m_lines = m_text.split(QLatin1Char('\n'));
    // A definition starts at column 0 with a return type and the name followed by '(' and ends at
    // the next '}' in column 0.
    static const QRegularExpression definition(
        QStringLiteral(R"(^[A-Za-z_].*?\b([A-Za-z_][A-Za-z0-9_]*)\()"));
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString& line = m_lines[i];
        const auto match = definition.match(line);
        if (!match.hasMatch() || line.trimmed().endsWith(QLatin1Char(';')) ||
            line.startsWith(QStringLiteral("EXPORT")))
            continue;
        const Fn fn = functionByName(match.captured(1).toStdString());
        if (fn == Fn::Count)
            continue;
        int end = i;
        while (end + 1 < m_lines.size() && !m_lines[end].startsWith(QLatin1Char('}')))
            ++end;
        m_functions[fn] = {i, end};
        i = end;
    }
}

bool SourceLibrary::hasFunction(Fn fn) const
{
    return m_functions.count(fn) != 0;
}

std::optional<std::pair<int, int>> SourceLibrary::functionLines(Fn fn) const
{
    const auto it = m_functions.find(fn);
    if (it == m_functions.end())
        return std::nullopt;
    return it->second;
}

std::optional<int> SourceLibrary::findInBody(Fn fn, const QString& needle, bool last) const
{
    const auto range = functionLines(fn);
    if (!range || needle.isEmpty())
        return std::nullopt;
    std::optional<int> found;
    for (int i = range->first + 1; i <= range->second; ++i) {
        if (m_lines[i].contains(needle)) {
            found = i;
            if (!last)
                break;
        }
    }
    return found;
}

std::optional<int> SourceLibrary::lineFor(Fn fn, const Step* step, Fn callee) const
{
    const auto range = functionLines(fn);
    if (!range)
        return std::nullopt;
    if (callee != Fn::Count) {
        // An outer frame stands on its call to the next frame ("__vmalloc_node(" also matches the
        // recursion inside __vmalloc_area_node).
        const QString name = fnName(callee);
        static const QRegularExpression identifierChar(QStringLiteral("[A-Za-z0-9_]"));
        for (int i = range->first + 1; i <= range->second; ++i) {
            const qsizetype at = m_lines[i].indexOf(name + QLatin1Char('('));
            if (at >= 0 && (at == 0 || !identifierChar.match(m_lines[i].mid(at - 1, 1)).hasMatch()))
                return i;
        }
        return range->first;
    }
    if (!step)
        return range->first;
    switch (step->kind) {
    case StepKind::Call:
        return range->first;
    case StepKind::Return:
        if (const auto line = findInBody(fn, QStringLiteral("return"), true))
            return line;
        return range->second;
    case StepKind::Effect:
        if (const auto line = findInBody(fn, statementOf(step->event)))
            return line;
        return range->first;
    }
    return range->first;
}

} // namespace vmviz::ui
