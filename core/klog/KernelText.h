#pragma once
// The kernel's own text: symbol+offset spellings from a small model kallsyms table, and the
// printk blocks vmalloc can produce (WARN, oops, allocation failures) in their 2.6.36 layout.
#include "trace/KernelFunction.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vmviz {

struct KernelSymbol
{
    std::string name;
    std::uint64_t address = 0; ///< start (model addresses; illustrative, stable across runs)
    std::uint32_t size = 0;
    std::string module; ///< empty for the core kernel
};

/// The symbol of a kernel function the engine runs, or of a helper on typical call chains
/// (warn_slowpath_common, do_one_initcall, sys_init_module, system_call_fastpath…).
KernelSymbol kernelSymbol(std::string_view name);
KernelSymbol kernelSymbol(Fn fn);
/// "__vunmap+0x5d/0x120" or "mymod_init+0x1c/0x40 [mymod]".
std::string symbolOffset(const KernelSymbol& symbol, std::uint32_t offset);
/// The return address inside `symbol` the model uses for a call site (a stable offset).
std::uint32_t callSiteOffset(const KernelSymbol& symbol, std::uint32_t salt = 0);

/// Who is running the scenario, as the kernel would print it.
struct KernelIdentity
{
    std::string comm = "insmod";
    unsigned pid = 1234;
    std::string module = "mymod";
    std::string release = "2.6.36";
    std::uint64_t seed = 0;
    std::uint32_t initSize = 0x40; ///< size of <module>_init, grown to hold every scenario call site
};

/// <module>_init, from which every scenario operation is called.
KernelSymbol moduleInitSymbol(const KernelIdentity& who);

/// Builds printk blocks; remembers taint (a WARN taints 'W', an oops 'D').
class KernelText
{
public:
    explicit KernelText(KernelIdentity who) : m_who(std::move(who)) {}
    const KernelIdentity& identity() const { return m_who; }

    /// warn_slowpath_common(): the "cut here" block for WARN(1, message) at file:line inside
    /// `where`, reached through `stack` (outermost first) from the module's init function.
    std::vector<std::string> warn(const char* file, int line, Fn where, const std::string& message,
                                  const std::vector<Fn>& stack, std::uint32_t callerOffset);
    /// A NULL pointer dereference oops inside `where`.
    std::vector<std::string> oopsNullDeref(Fn where, const std::vector<Fn>& stack, std::uint32_t callerOffset);
    /// A page fault oops for a write to `address` from the module's init function at callerOffset.
    /// `walk` is dump_pagetable()'s "PGD … PUD … PMD … PTE 0" line.
    std::vector<std::string> oopsModuleWrite(std::uint64_t address, const std::string& walk, std::uint32_t callerOffset);
    /// __alloc_pages_slowpath's "page allocation failure" header and stack.
    std::vector<std::string> pageAllocFailure(unsigned order, std::uint32_t gfp, const std::vector<Fn>& stack,
                                              std::uint32_t callerOffset);
    /// "Call Trace:" lines for a stack (innermost first), ending in the module's init call chain.
    std::vector<std::string> callTrace(const std::vector<Fn>& stack, std::uint32_t callerOffset) const;
    /// " [<ffffffff810f7a8d>] __vunmap+0x5d/0x120" for frame `fn`.
    static std::string traceLine(const KernelSymbol& symbol, std::uint32_t offset);
    std::string taintWord() const;

private:
    std::string modulesLine() const;
    std::string pidLine() const;
    std::string endMarker();
    KernelIdentity m_who;
    bool m_warned = false;
    bool m_died = false;
    unsigned m_oopsCount = 0;
    std::uint64_t m_oopsId = 0;
};

} // namespace vmviz
