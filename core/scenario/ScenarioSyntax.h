// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What the scenario parser and formatter share: size units, PROT names, UTF-8 checks, and the
// lexing and number reading of ScenarioLexer.cpp.
// Internal to core/scenario.
#include "base/Constants.h"
#include "base/KernelNames.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vmviz::scenario::syntax {

inline constexpr std::uint64_t kKiB = 1ull << 10;
inline constexpr std::uint64_t kMiB = 1ull << 20;
inline constexpr std::uint64_t kGiB = 1ull << 30;

// x86-64 pgprot values (arch/x86/include/asm/pgtable_types.h), built from the bits in Constants.h.
inline constexpr std::uint64_t kPageKernelExec = k::__PAGE_KERNEL_EXEC;
inline constexpr std::uint64_t kPageKernelRo = k::PAGE_KERNEL & ~k::_PAGE_RW;
inline constexpr std::uint64_t kPageKernelNocache = k::PAGE_KERNEL | k::_PAGE_PCD | k::_PAGE_PWT;

inline constexpr std::array<NamedValue, 4> kProtNames = {{
    {"PAGE_KERNEL", k::PAGE_KERNEL},
    {"PAGE_KERNEL_EXEC", kPageKernelExec},
    {"PAGE_KERNEL_RO", kPageKernelRo},
    {"PAGE_KERNEL_NOCACHE", kPageKernelNocache},
}};

/// Length of the well-formed UTF-8 sequence starting at s[i], or 0 if there is none (RFC 3629:
/// no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8SequenceLength(std::string_view s, std::size_t i);

// ---- lexing and numbers ------------------------------------------------------------------------

inline constexpr std::uint64_t kU64Max = std::numeric_limits<std::uint64_t>::max();
inline constexpr std::uint64_t kMsPerJiffy = 1000 / k::HZ;
inline constexpr std::uint64_t kMaxSleepMs = 24ull * 60 * 60 * 1000;
// Long enough to show what went wrong, short enough that a 4 KiB token cannot flood the error list.
inline constexpr std::size_t kQuoteLimit = 48;
// The GFP names are shared with the narration (base/KernelNames.h).
inline const auto& kGfpNames = gfpNames();

struct LineError
{
    std::string message;
};

enum class NumberStatus
{
    Ok,
    NotANumber,
    Overflow,
};

struct Token
{
    std::string_view raw; // as written; a string literal includes its quotes
    bool isString = false;
    std::string value; // string literals only: the decoded bytes
};

[[noreturn]] void fail(std::string message);
bool isSpace(char c);
bool isDigit(char c);
bool isAlpha(char c);
bool isIdentStart(char c);
bool isIdentChar(char c);
int hexValue(char c);
std::string_view trim(std::string_view s);
bool isIdentifier(std::string_view s);
std::string printable(std::string_view s);
std::string quoted(std::string_view s);
std::string checkText(std::string_view line);
NumberStatus readNumber(std::string_view s, std::uint64_t& value, std::size_t& used);
std::optional<std::uint64_t> parseSizeAs(std::string_view text, std::string_view noun, std::string& error);
std::uint64_t sizeOrFail(std::string_view text, std::string_view noun);
std::uint64_t numberOrFail(std::string_view text, std::string_view noun);
std::uint8_t hexByteOrFail(std::string_view text);
std::uint64_t durationOrFail(std::string_view text, std::string_view separateUnit);
std::uint32_t gfpOrFail(std::string_view expr);
std::uint64_t protOrFail(std::string_view text);
std::size_t lex(std::string_view line, std::vector<Token>& tokens);

// ---- loops and random sizes (ScenarioExpression.cpp) ---------------------------------------------

/// The index of an enclosing `repeat N as NAME {` block and its value in the current pass.
struct LoopBinding
{
    std::string name;
    std::uint64_t value = 0;
};

/// SIZE where loop indices may appear: `+ - *` and parentheses over sizes (4K, 0x1000, 2M) and
/// indices, no spaces: `(i+1)*4K`. A plain size goes through sizeOrFail, so its messages stay the same.
std::uint64_t sizeExprOrFail(std::string_view text, std::string_view noun,
                             const std::vector<LoopBinding>& loops);
/// A variable as written: `p`, or `p[EXPR]` naming one of a family (`p[3]`), EXPR as in sizeExprOrFail.
/// Returns the name with the index evaluated; fails with the reason otherwise.
std::string varNameOrFail(std::string_view text, const std::vector<LoopBinding>& loops);
/// A variable name as varNameOrFail accepts it, without evaluating the index.
bool isVarSyntax(std::string_view text);

/// splitmix64: the same `config seed=` gives the same sizes on every machine and compiler.
class SeededSizes
{
public:
    explicit SeededSizes(std::uint64_t seed) : m_state(seed) {}
    /// Uniform among lo, lo+step, ... <= hi (step >= 1, lo <= hi).
    std::uint64_t pick(std::uint64_t lo, std::uint64_t hi, std::uint64_t step);

private:
    std::uint64_t m_state;
};

class Cursor
{
public:
    Cursor(std::vector<Token> tokens, std::string_view code) : m_tokens(std::move(tokens)), m_code(code) {}

    bool atEnd() const { return m_next >= m_tokens.size(); }
    const Token& peek() const { return m_tokens[m_next]; }
    const Token& take() { return m_tokens[m_next++]; }

    /// The next token, which must be a word (not a string literal), or a failure saying what was wanted.
    std::string_view word(std::string_view wanted)
    {
        if (atEnd())
            fail(std::string(wanted));
        const Token& token = take();
        if (token.isString)
            fail(std::string(wanted) + ", not the string " + quoted(token.raw));
        return token.raw;
    }

    void expectEnd() const
    {
        if (atEnd())
            return;
        const char* from = peek().raw.data();
        const std::string_view rest(from, static_cast<std::size_t>(m_code.data() + m_code.size() - from));
        fail("trailing junk " + quoted(trim(rest)) + " after a complete operation");
    }

private:
    std::vector<Token> m_tokens;
    std::string_view m_code;
    std::size_t m_next = 0;
};

} // namespace vmviz::scenario::syntax
