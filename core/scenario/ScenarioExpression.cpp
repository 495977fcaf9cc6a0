// SPDX-License-Identifier: GPL-2.0-only
// Sizes that depend on a loop index, indexed variable names, and the seeded random sizes of the
// scenario language's `repeat` and `random` forms.
#include "scenario/ScenarioSyntax.h"

#include <algorithm>

namespace vmviz::scenario::syntax {

namespace {

bool isOperator(char c)
{
    return c == '+' || c == '-' || c == '*' || c == '(' || c == ')';
}

/// Recursive descent over one token: expr := term (('+'|'-') term)*, term := factor ('*' factor)*,
/// factor := SIZE | INDEX | '(' expr ')'.
class Evaluator
{
public:
    Evaluator(std::string_view text, std::string_view noun, const std::vector<LoopBinding>& loops)
        : m_text(text), m_noun(noun), m_loops(loops)
    {
    }

    std::uint64_t run()
    {
        const std::uint64_t value = expr(0);
        if (m_pos != m_text.size())
            bad("unexpected " + quoted(m_text.substr(m_pos, 1)));
        return value;
    }

private:
    [[noreturn]] void bad(const std::string& why) const
    {
        fail(std::string(m_noun) + " " + quoted(m_text) + ": " + why +
             " (sizes with a loop index look like (i+1)*4K, with no spaces)");
    }

    std::uint64_t expr(int depth)
    {
        std::uint64_t value = term(depth);
        while (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
            const char op = m_text[m_pos++];
            const std::uint64_t rhs = term(depth);
            if (op == '+' ? __builtin_add_overflow(value, rhs, &value)
                          : __builtin_sub_overflow(value, rhs, &value))
                bad(op == '+' ? "does not fit in 64 bits" : "is negative");
        }
        return value;
    }

    std::uint64_t term(int depth)
    {
        std::uint64_t value = factor(depth);
        while (m_pos < m_text.size() && m_text[m_pos] == '*') {
            ++m_pos;
            if (__builtin_mul_overflow(value, factor(depth), &value))
                bad("does not fit in 64 bits");
        }
        return value;
    }

    std::uint64_t factor(int depth)
    {
        if (depth > 32)
            bad("is nested too deeply");
        if (m_pos >= m_text.size())
            bad("ends where a number or an index was expected");
        if (m_text[m_pos] == '(') {
            ++m_pos;
            const std::uint64_t value = expr(depth + 1);
            if (m_pos >= m_text.size() || m_text[m_pos] != ')')
                bad("has a '(' without its ')'");
            ++m_pos;
            return value;
        }
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && !isOperator(m_text[m_pos]))
            ++m_pos;
        const std::string_view piece = m_text.substr(start, m_pos - start);
        if (piece.empty())
            bad("has an operator where a number or an index was expected");
        if (isIdentStart(piece.front())) {
            const auto it = std::find_if(m_loops.rbegin(), m_loops.rend(),
                                         [&](const LoopBinding& b) { return b.name == piece; });
            if (it == m_loops.rend())
                bad(quoted(piece) + " is not the index of an enclosing repeat");
            return it->value;
        }
        return sizeOrFail(piece, m_noun);
    }

    std::string_view m_text;
    std::string_view m_noun;
    const std::vector<LoopBinding>& m_loops;
    std::size_t m_pos = 0;
};

bool needsEvaluator(std::string_view text, const std::vector<LoopBinding>& loops)
{
    if (text.empty() || text.front() == '-')
        return false; // sizeOrFail says "empty" or "negative" as it always has
    if (text.find_first_of("()*-") != std::string_view::npos)
        return true;
    for (const LoopBinding& loop : loops) {
        std::size_t at = 0;
        while ((at = text.find(loop.name, at)) != std::string_view::npos) {
            const bool startsPiece = at == 0 || text[at - 1] == '+';
            const std::size_t end = at + loop.name.size();
            if (startsPiece && (end == text.size() || text[end] == '+'))
                return true;
            at = end;
        }
    }
    return false;
}

} // namespace

std::uint64_t sizeExprOrFail(std::string_view text, std::string_view noun,
                             const std::vector<LoopBinding>& loops)
{
    if (!needsEvaluator(text, loops))
        return sizeOrFail(text, noun);
    return Evaluator(text, noun, loops).run();
}

bool isVarSyntax(std::string_view text)
{
    const std::size_t open = text.find('[');
    if (open == std::string_view::npos)
        return isIdentifier(text);
    return text.back() == ']' && open + 2 < text.size() && isIdentifier(text.substr(0, open));
}

std::string varNameOrFail(std::string_view text, const std::vector<LoopBinding>& loops)
{
    const std::size_t open = text.find('[');
    if (open == std::string_view::npos)
        return std::string(text);
    if (!isVarSyntax(text))
        fail(quoted(text) + " is not a variable name (NAME or NAME[INDEX], e.g. p[i])");
    const std::string_view index = text.substr(open + 1, text.size() - open - 2);
    return std::string(text.substr(0, open)) + "[" + std::to_string(sizeExprOrFail(index, "index", loops)) +
           "]";
}

std::uint64_t SeededSizes::pick(std::uint64_t lo, std::uint64_t hi, std::uint64_t step)
{
    m_state += 0x9e3779b97f4a7c15ull;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    z ^= z >> 31;
    const std::uint64_t choices = (hi - lo) / step + 1; // hi - lo < 2^64 - 1 unless lo=0, hi=max, step=1
    return lo + (choices == 0 ? z : (z % choices) * step);
}

} // namespace vmviz::scenario::syntax
