// SPDX-License-Identifier: GPL-2.0-only
#include "trace/Trace.h"

#include <algorithm>
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

static_assert(static_cast<unsigned>(Ev::Count) < 256, "Trace stores events in one byte");
static_assert(static_cast<unsigned>(Fn::Count) < 256, "Trace stores functions in one byte");

std::uint32_t Trace::intern(std::string_view text)
{
    auto it = m_stringIds.find(text);
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

namespace {
inline std::uint8_t* putVarint(std::uint8_t* out, std::uint64_t v)
{
    while (v >= 0x80) {
        *out++ = static_cast<std::uint8_t>(v | 0x80);
        v >>= 7;
    }
    *out++ = static_cast<std::uint8_t>(v);
    return out;
}
} // namespace

void Trace::append(StepKind kind, Fn fn, Ev ev, std::uint8_t depth, std::uint64_t deltaEnd, std::uint64_t a0,
                   std::uint64_t a1, std::uint64_t a2)
{
    const std::uint64_t i = m_headers.size();
    if ((i & ((1u << kBlockBits) - 1)) == 0) [[unlikely]] {
        // A block's arguments stay in one chunk, so step() can read them through one pointer.
        const std::uint64_t argBase = m_args.ensureContiguous(kMaxArgBytes << kBlockBits);
        m_blocks.push_back(Block{m_lastDeltaEnd, argBase});
    }
    const std::uint64_t count = deltaEnd - m_lastDeltaEnd;
    m_lastDeltaEnd = deltaEnd;
    std::uint8_t countByte = static_cast<std::uint8_t>(count);
    if (count >= kManyDeltas) [[unlikely]] {
        countByte = kManyDeltas;
        m_bigDeltaCounts.emplace_back(i, count);
    }
    std::uint8_t* const start = m_args.tail();
    std::uint8_t* out = start;
    // Trailing zero arguments are left out; a reader fills them in as 0.
    const int n = a2 ? 3 : a1 ? 2 : a0 ? 1 : 0;
    if (n > 0)
        out = putVarint(out, a0);
    if (n > 1)
        out = putVarint(out, a1);
    if (n > 2)
        out = putVarint(out, a2);
    const auto argBytes = static_cast<std::size_t>(out - start);
    m_args.advance(argBytes);
    m_headers.push_back(Header{static_cast<std::uint8_t>(fn), static_cast<std::uint8_t>(ev),
                               static_cast<std::uint8_t>(kind), depth, countByte,
                               static_cast<std::uint8_t>(argBytes)});
}

std::uint64_t Trace::deltaCount(std::uint64_t i, const Header& h) const
{
    if (h.deltas != kManyDeltas) [[likely]]
        return h.deltas;
    const auto it = std::lower_bound(m_bigDeltaCounts.begin(), m_bigDeltaCounts.end(),
                                     std::pair<std::uint64_t, std::uint64_t>{i, 0});
    assert(it != m_bigDeltaCounts.end() && it->first == i);
    return it->second;
}

Trace::Header Trace::locate(std::uint64_t i, std::uint64_t& deltaEnd, std::uint64_t& argOffset) const
{
    const std::uint64_t first = (i >> kBlockBits) << kBlockBits;
    const Block block = m_blocks[i >> kBlockBits];
    std::uint64_t d = block.deltaBase;
    std::uint64_t a = block.argBase;
    const Header* h = m_headers.ptr(first); // a block never spans two header chunks
    for (std::uint64_t j = first; j < i; ++j, ++h) {
        d += deltaCount(j, *h);
        a += h->argBytes;
    }
    deltaEnd = d + deltaCount(i, *h);
    argOffset = a;
    return *h;
}

std::uint64_t Trace::deltaEnd(std::uint64_t index) const
{
    if (index == 0)
        return 0;
    std::uint64_t d = 0;
    std::uint64_t a = 0;
    locate(index - 1, d, a);
    return d;
}

Step Trace::step(StepIndex stepIndex) const
{
    const std::uint64_t index = stepIndex.value();
    assert(index >= 1 && index <= size() && "step index out of range");
    Step s;
    std::uint64_t argOffset = 0;
    const Header h = locate(index - 1, s.deltaEnd, argOffset);
    s.function = static_cast<Fn>(h.function);
    s.event = static_cast<Ev>(h.event);
    s.kind = static_cast<StepKind>(h.kind);
    s.depth = h.depth;
    if (h.argBytes) {
        const std::uint8_t* in = m_args.ptr(argOffset);
        const std::uint8_t* const end = in + h.argBytes;
        for (std::size_t k = 0; k < 3 && in < end; ++k) {
            std::uint64_t v = 0;
            unsigned shift = 0;
            std::uint8_t byte = 0;
            do {
                byte = *in++;
                v |= std::uint64_t{byte & 0x7fu} << shift;
                shift += 7;
            } while (byte & 0x80);
            s.args[k] = v;
        }
    }
    return s;
}

void Recorder::push(StepKind kind, Fn fn, Ev ev, std::uint64_t a0, std::uint64_t a1, std::uint64_t a2)
{
    m_trace.append(kind, fn, ev, m_depth, m_journal.size(), a0, a1, a2);
    if (m_afterStep)
        m_afterStep(m_trace.size());
}

void Recorder::recordCall(Fn fn, std::uint64_t a0, std::uint64_t a1, std::uint64_t a2)
{
    push(StepKind::Call, fn, Ev::Count, a0, a1, a2);
    m_stack.push_back(fn);
    ++m_depth;
}

void Recorder::recordReturn(Fn fn, std::uint64_t value)
{
    (void)fn;
    assert(!m_stack.empty() && m_stack.back() == fn && "return does not match the open call");
    m_stack.pop_back();
    --m_depth;
    push(StepKind::Return, fn, Ev::Count, value, 0, 0);
}

void Recorder::recordEffect(Ev ev, std::uint64_t a0, std::uint64_t a1, std::uint64_t a2)
{
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
    const std::uint64_t stepIndex = m_trace.size() + 1;
    for (const std::string& line : lines)
        m_trace.m_log.push_back(LogLine{stepIndex, m_clock ? (*m_clock)[0] : 0, line});
    effect(ev, m_trace.intern(headline));
}

} // namespace vmviz
