// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The kernel source the app can show: the functions quoted by the 2010 seed walkthrough
// (resources/seed/vmalloc-walkthrough-2010.c, embedded as a Qt resource), and for a frame at a
// given step the line it is on: its signature when entered, the statement an effect models, the
// call to the next frame, or its return.
#include "trace/Trace.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace vmviz::ui {

class SourceLibrary
{
public:
    /// Loads the embedded seed code.
    SourceLibrary();
    /// From text (tests).
    explicit SourceLibrary(const QString& text);

    const QString& text() const { return m_text; }
    bool hasFunction(Fn fn) const;
    /// 0-based [first, last] lines of a function's definition.
    std::optional<std::pair<int, int>> functionLines(Fn fn) const;

    /// The 0-based line to highlight in `fn`: `step` is the current step; `callee` is the next
    /// inner frame's function (Fn::Count for the innermost frame).
    std::optional<int> lineFor(Fn fn, const Step* step, Fn callee) const;

private:
    void index();
    std::optional<int> findInBody(Fn fn, const QString& needle, bool last = false) const;

    QString m_text;
    QStringList m_lines;
    std::map<Fn, std::pair<int, int>> m_functions;
};

} // namespace vmviz::ui
