#include "trace/Trace.h"

#include <cassert>

namespace vmviz {

std::string_view stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Call:
        return "call";
    case StepKind::Return:
        return "return";
    case StepKind::Effect:
        return "effect";
    }
    return "?";
}

std::uint32_t Trace::intern(std::string_view text)
{
    auto it = m_stringIds.find(std::string(text));
    if (it != m_stringIds.end())
        return it->second;
    const auto id = static_cast<std::uint32_t>(m_strings.size());
    m_strings.emplace_back(text);
    m_stringIds.emplace(std::string(text), id);
    return id;
}

std::uint32_t Trace::internStack(const std::vector<Fn>& stack)
{
    for (std::size_t i = m_stacks.size(); i > 0; --i)
        if (m_stacks[i - 1] == stack)
            return static_cast<std::uint32_t>(i - 1);
    m_stacks.push_back(stack);
    return static_cast<std::uint32_t>(m_stacks.size() - 1);
}

void Recorder::push(StepKind kind, Fn fn, Ev ev, std::uint64_t a0, std::uint64_t a1, std::uint64_t a2)
{
    Step s;
    s.deltaEnd = m_journal.size();
    s.args = {a0, a1, a2};
    s.function = fn;
    s.event = ev;
    s.kind = kind;
    s.depth = m_depth;
    m_trace.m_steps.push_back(s);
    if (m_afterStep)
        m_afterStep(m_trace.m_steps.size());
}

void Recorder::call(Fn fn, std::uint64_t a0, std::uint64_t a1, std::uint64_t a2)
{
    if (!m_recording)
        return;
    push(StepKind::Call, fn, Ev::Count, a0, a1, a2);
    m_stack.push_back(fn);
    ++m_depth;
}

void Recorder::ret(Fn fn, std::uint64_t value)
{
    if (!m_recording)
        return;
    assert(!m_stack.empty() && m_stack.back() == fn && "return does not match the open call");
    m_stack.pop_back();
    --m_depth;
    push(StepKind::Return, fn, Ev::Count, value, 0, 0);
}

void Recorder::effect(Ev ev, std::uint64_t a0, std::uint64_t a1, std::uint64_t a2)
{
    if (!m_recording)
        return;
    push(StepKind::Effect, m_stack.empty() ? Fn::Caller : m_stack.back(), ev, a0, a1, a2);
}

void Recorder::abandonCalls(Ev ev)
{
    if (!m_recording)
        return;
    effect(ev, m_stack.size());
    m_stack.clear();
    m_depth = 0;
}

void Recorder::note(Ev ev, std::string_view text, std::uint64_t a1, std::uint64_t a2)
{
    if (!m_recording)
        return;
    effect(ev, m_trace.intern(text), a1, a2);
}

void Recorder::printk(Ev ev, std::string_view headline, const std::vector<std::string>& lines)
{
    if (!m_recording)
        return;
    const std::uint64_t stepIndex = m_trace.m_steps.size() + 1;
    for (const std::string& line : lines)
        m_trace.m_log.push_back(LogLine{stepIndex, m_clock ? (*m_clock)[0] : 0, line});
    effect(ev, m_trace.intern(headline));
}

} // namespace vmviz
