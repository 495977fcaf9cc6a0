// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The step trace: every kernel call, return and state change, each owning the journal deltas it
// made. Steps are 1-based; position p means "the machine as step p left it" (p = 0: booted).
#include "base/Types.h"
#include "trace/Chunked.h"
#include "trace/Event.h"
#include "trace/Journal.h"
#include "trace/KernelFunction.h"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vmviz {

enum class StepKind : std::uint8_t
{
    Call,
    Return,
    Effect
};

std::string_view stepKindName(StepKind kind);

/// A step as readers see it. The trace stores it compactly (see Trace) and rebuilds this on access.
struct Step
{
    std::uint64_t deltaEnd = 0; ///< this step's deltas are [previous step's deltaEnd, deltaEnd)
    std::array<std::uint64_t, 3> args{};
    Fn function = Fn::Caller;
    Ev event = Ev::Count; ///< Ev::Count for calls and returns
    StepKind kind = StepKind::Effect;
    std::uint8_t depth = 0;
};

/// One line of the kernel log, tied to the step that printed it.
struct LogLine
{
    std::uint64_t step;
    std::uint64_t jiffies; ///< when it was printed (printk timestamps)
    std::string text;
};

/// Steps are stored in about 13 bytes each instead of sizeof(Step) = 40:
///  * a 6-byte header: function, event, kind, depth, the number of deltas the step made (255 =
///    look it up in a side list) and the length of its arguments;
///  * the arguments as LEB128 varints in a byte stream, trailing zero arguments left out;
///  * every 32 steps, a block entry with the absolute delta and argument-byte positions, so
///    step(i) sums at most 31 headers.
/// All streams are chunked (no copy on growth).
class Trace
{
public:
    Trace() = default;
    Trace(const Trace&) = delete;
    Trace& operator=(const Trace&) = delete;

    std::uint64_t size() const { return m_headers.size(); }
    bool empty() const { return m_headers.empty(); }
    /// 1-based; the step rebuilt from its compact form.
    Step step(StepIndex index) const;
    /// The end of step `index`'s deltas (index 0: 0), without decoding its arguments.
    std::uint64_t deltaEnd(std::uint64_t index) const;

    /// Deltas of step `index` (1-based): [deltaBegin, deltaEnd).
    std::uint64_t deltaBegin(std::uint64_t index) const { return index <= 1 ? 0 : deltaEnd(index - 1); }

    std::uint32_t intern(std::string_view text);
    const std::string& string(std::uint64_t id) const { return m_strings.at(static_cast<std::size_t>(id)); }
    std::size_t stringCount() const { return m_strings.size(); }

    const std::vector<LogLine>& log() const { return m_log; }
    /// For a machine loaded from a snapshot: its log so far, printed before any step.
    void restoreLog(std::vector<LogLine> lines) { m_log = std::move(lines); }

    /// Call stacks saved for kmemleak backtraces, innermost last.
    std::uint32_t internStack(const std::vector<Fn>& stack);
    const std::vector<Fn>& stack(std::uint32_t id) const { return m_stacks.at(id); }
    std::size_t stackCount() const { return m_stacks.size(); }

    /// Bytes the step storage holds (headers, argument bytes, block index; chunk slack included).
    std::size_t stepBytes() const
    {
        return m_headers.capacityBytes() + m_args.capacityBytes() + m_blocks.capacityBytes() +
               m_bigDeltaCounts.capacity() * sizeof(m_bigDeltaCounts[0]);
    }
    /// The same, counting only what is filled.
    std::size_t stepBytesUsed() const
    {
        return m_headers.size() * sizeof(Header) + m_args.size() + m_blocks.size() * sizeof(Block) +
               m_bigDeltaCounts.size() * sizeof(m_bigDeltaCounts[0]);
    }

private:
    friend class Recorder;
    struct Header
    {
        std::uint8_t function;
        std::uint8_t event;
        std::uint8_t kind;
        std::uint8_t depth;
        std::uint8_t deltas;   ///< deltas this step made; kManyDeltas: see m_bigDeltaCounts
        std::uint8_t argBytes; ///< length of its arguments in m_args
    };
    static_assert(sizeof(Header) == 6);
    struct Block
    {
        std::uint64_t deltaBase; ///< deltaEnd of the step before the block's first
        std::uint64_t argBase;   ///< offset in m_args of the block's first step's arguments
    };
    static constexpr unsigned kBlockBits = 5;
    static constexpr std::uint8_t kManyDeltas = 255;
    static constexpr std::size_t kMaxArgBytes = 30; ///< 3 x 10-byte varints

    void append(StepKind kind, Fn fn, Ev ev, std::uint8_t depth, std::uint64_t deltaEnd, std::uint64_t a0,
                std::uint64_t a1, std::uint64_t a2);
    std::uint64_t deltaCount(std::uint64_t i, const Header& h) const;
    /// Walks block of step i (0-based) up to i: returns its header, deltaEnd and argument offset.
    Header locate(std::uint64_t i, std::uint64_t& deltaEnd, std::uint64_t& argOffset) const;

    ChunkedVector<Header, 17> m_headers;
    ChunkedVector<std::uint8_t, 20> m_args;
    ChunkedVector<Block, 14> m_blocks;
    std::vector<std::pair<std::uint64_t, std::uint64_t>>
        m_bigDeltaCounts; ///< (0-based step, count), ascending
    std::uint64_t m_lastDeltaEnd = 0;

    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::string> m_strings;
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> m_stringIds;
    std::vector<LogLine> m_log;
    std::vector<std::vector<Fn>> m_stacks;
};

/// Writes steps while the engine runs. With recording off (boot, bare-engine benchmarks) every
/// call is a no-op and the journal logs nothing.
class Recorder
{
public:
    Recorder(Journal& journal, Trace& trace) : m_journal(journal), m_trace(trace) {}

    void setRecording(bool on)
    {
        m_recording = on;
        m_journal.setRecording(on);
    }
    bool recording() const { return m_recording; }

    // Inline so that with recording off (the bare engine) they cost one predictable test each.
    void call(Fn fn, std::uint64_t a0 = 0, std::uint64_t a1 = 0, std::uint64_t a2 = 0)
    {
        if (m_recording) [[unlikely]]
            recordCall(fn, a0, a1, a2);
    }
    void ret(Fn fn, std::uint64_t value = 0)
    {
        if (m_recording) [[unlikely]]
            recordReturn(fn, value);
    }
    void effect(Ev ev, std::uint64_t a0 = 0, std::uint64_t a1 = 0, std::uint64_t a2 = 0)
    {
        if (m_recording) [[unlikely]]
            recordEffect(ev, a0, a1, a2);
    }
    /// An effect whose first argument is a string (narration or a log line).
    void note(Ev ev, std::string_view text, std::uint64_t a1 = 0, std::uint64_t a2 = 0);
    /// printk: a LogLine step carrying `lines` (one step for a multi-line block such as a WARN).
    void printk(Ev ev, std::string_view headline, const std::vector<std::string>& lines);

    std::uint32_t intern(std::string_view text) { return m_trace.intern(text); }
    /// An oops killed the running task: the open calls never return. Records `ev` and drops them.
    void abandonCalls(Ev ev);
    std::uint8_t depth() const { return m_depth; }
    /// The open calls, outermost first; saved by kmemleak as an object's backtrace.
    std::uint32_t saveStack() { return m_trace.internStack(m_stack); }
    const std::vector<Fn>& openCalls() const { return m_stack; }
    std::uint64_t nextStep() const { return m_trace.size() + 1; }

    /// Runs after every recorded step (the invariant checker in debug and test builds).
    void setAfterStep(std::function<void(std::uint64_t step)> hook) { m_afterStep = std::move(hook); }
    /// The jiffies counter log lines are stamped with.
    void setClock(const Column<std::uint64_t>* jiffies) { m_clock = jiffies; }

private:
    void recordCall(Fn fn, std::uint64_t a0, std::uint64_t a1, std::uint64_t a2);
    void recordReturn(Fn fn, std::uint64_t value);
    void recordEffect(Ev ev, std::uint64_t a0, std::uint64_t a1, std::uint64_t a2);
    void push(StepKind kind, Fn fn, Ev ev, std::uint64_t a0, std::uint64_t a1, std::uint64_t a2);

    Journal& m_journal;
    Trace& m_trace;
    std::function<void(std::uint64_t)> m_afterStep;
    const Column<std::uint64_t>* m_clock = nullptr;
    std::vector<Fn> m_stack;
    std::uint8_t m_depth = 0;
    bool m_recording = false;
};

} // namespace vmviz
