#pragma once
// The step trace: every kernel call, return and state change, each owning the journal deltas it
// made. Steps are 1-based; position p means "the machine as step p left it" (p = 0: booted).
#include "base/Types.h"
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

enum class StepKind : std::uint8_t { Call, Return, Effect };

std::string_view stepKindName(StepKind kind);

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

class Trace
{
public:
    std::uint64_t size() const { return m_steps.size(); }
    bool empty() const { return m_steps.empty(); }
    /// 1-based.
    const Step& step(std::uint64_t index) const { return m_steps[index - 1]; }
    const std::vector<Step>& steps() const { return m_steps; }

    /// Deltas of step `index` (1-based): [deltaBegin, deltaEnd).
    std::uint64_t deltaBegin(std::uint64_t index) const { return index <= 1 ? 0 : m_steps[index - 2].deltaEnd; }

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

    /// Bytes the trace itself holds (steps and deltas are measured by the benchmarks).
    std::size_t stepBytes() const { return m_steps.capacity() * sizeof(Step); }

private:
    friend class Recorder;
    std::vector<Step> m_steps;
    std::vector<std::string> m_strings;
    std::unordered_map<std::string, std::uint32_t> m_stringIds;
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

    void call(Fn fn, std::uint64_t a0 = 0, std::uint64_t a1 = 0, std::uint64_t a2 = 0);
    void ret(Fn fn, std::uint64_t value = 0);
    void effect(Ev ev, std::uint64_t a0 = 0, std::uint64_t a1 = 0, std::uint64_t a2 = 0);
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
