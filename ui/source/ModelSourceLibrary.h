// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The engine's own code for the kernel functions the 2010 walkthrough does not quote: the C++
// function in core/ that models each one (embedded as Qt resources, so what is shown is what the
// binary runs), and the line of it that produced a step. Found from the recorder calls the code
// makes: a "// Models x()" comment names it; else the function whose first recorded event is
// `call(Fn::x` models x; else x is recorded inline in another model, from its call to its return.
// The line recording an effect names its `Ev::` event; a return is a `ret(Fn::x` line. Shown
// labelled as vmviz's model, never as kernel source.
#include "trace/Trace.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace vmviz::ui {

struct ModelFunction
{
    QString file;      ///< "core/paging/PageTables.cpp"
    int firstLine = 0; ///< 1-based line of the first line shown, in that file
    QStringList lines; ///< signature through closing brace, or the inline excerpt
};

class ModelSourceLibrary
{
public:
    /// The engine sources embedded under :/model.
    ModelSourceLibrary();
    /// From (file name, text) pairs (tests).
    explicit ModelSourceLibrary(const std::vector<std::pair<QString, QString>>& files);

    const ModelFunction* function(Fn fn) const;
    /// The 0-based line inside function(fn) to highlight: the effect's `Ev::` line or the
    /// call/return line when `step` belongs to `fn`; the line naming `callee` when the step is in
    /// an inner frame; nothing when it cannot tell. `previousLine`, the line this frame's previous
    /// step lit, picks among several returns the first one after it (a WARN's early return).
    std::optional<int> lineFor(Fn fn, const Step* step, Fn callee,
                               std::optional<int> previousLine = std::nullopt) const;

private:
    void index(const QString& file, const QString& text);

    std::vector<ModelFunction> m_functions;
    std::map<Fn, std::size_t> m_byFn;
    std::map<Fn, int> m_rank; ///< how the model was found: 0 marker, 1 whole function, 2 inline excerpt
};

} // namespace vmviz::ui
