// SPDX-License-Identifier: GPL-2.0-only
// The scenario language below the grammar: characters, numbers and sizes, durations, GFP and PROT
// expressions, and splitting a line into tokens. Every function reports a bad line with fail().
#include "scenario/ScenarioSyntax.h"

#include "base/Format.h"

#include <algorithm>

namespace vmviz::scenario::syntax {

/// Length of the well-formed UTF-8 sequence starting at s[i], or 0 if there is none (RFC 3629:
/// no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t j) { return static_cast<unsigned char>(s[j]); };
    const auto cont = [&](std::size_t j, unsigned lo = 0x80, unsigned hi = 0xbf) {
        return j < s.size() && byte(j) >= lo && byte(j) <= hi;
    };
    const unsigned c = byte(i);
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(i + 1) ? 2 : 0;
    if (c == 0xe0)
        return cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0;
    if ((c >= 0xe1 && c <= 0xec) || c == 0xee || c == 0xef)
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    if (c == 0xed)
        return cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0;
    if (c == 0xf0)
        return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c >= 0xf1 && c <= 0xf3)
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (c == 0xf4)
        return cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    return 0;
}

[[noreturn]] void fail(std::string message)
{
    throw LineError{std::move(message)};
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isIdentStart(char c)
{
    return isAlpha(c) || c == '_';
}
bool isIdentChar(char c)
{
    return isIdentStart(c) || isDigit(c);
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

bool isIdentifier(std::string_view s)
{
    if (s.empty() || !isIdentStart(s.front()))
        return false;
    for (char c : s) {
        if (!isIdentChar(c))
            return false;
    }
    return true;
}

/// User text made safe to put in a message: escapes what a terminal should not see, cuts it short.
std::string printable(std::string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (out.size() >= kQuoteLimit) {
            out += "...";
            break;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
            ++i;
        } else if (const std::size_t n = c >= 0x80 ? utf8SequenceLength(s, i) : 0; n != 0) {
            out.append(s.substr(i, n));
            i += n;
        } else {
            out += fmt::printf("\\x%02x", static_cast<unsigned>(c));
            ++i;
        }
    }
    return out;
}

std::string quoted(std::string_view s)
{
    return "'" + printable(s) + "'";
}

/// Why a line is not scenario text, or empty if it is.
std::string checkText(std::string_view line)
{
    // NUL first: it is the mark of a binary file, whatever else the line holds.
    if (line.find('\0') != std::string_view::npos)
        return "not text (NUL byte)";
    for (std::size_t i = 0; i < line.size();) {
        const auto c = static_cast<unsigned char>(line[i]);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return fmt::printf("not text (control byte 0x%02x)", static_cast<unsigned>(c));
        if (c < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8SequenceLength(line, i);
        if (n == 0)
            return "not text (invalid UTF-8)";
        i += n;
    }
    return {};
}

// ---- numbers ------------------------------------------------------------------------------------

/// Reads a leading decimal or 0x-hex number from s; `used` is how many characters it took.
NumberStatus readNumber(std::string_view s, std::uint64_t& value, std::size_t& used)
{
    value = 0;
    used = 0;
    unsigned base = 10;
    std::size_t i = 0;
    if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        i = 2;
    }
    const std::size_t digitsStart = i;
    bool overflow = false;
    for (; i < s.size(); ++i) {
        const int digit = base == 16 ? hexValue(s[i]) : (isDigit(s[i]) ? s[i] - '0' : -1);
        if (digit < 0)
            break;
        // Keep scanning after an overflow so the caller sees the whole token as one number.
        if (value > (kU64Max - static_cast<unsigned>(digit)) / base)
            overflow = true;
        else
            value = value * base + static_cast<unsigned>(digit);
    }
    if (i == digitsStart)
        return NumberStatus::NotANumber;
    used = i;
    return overflow ? NumberStatus::Overflow : NumberStatus::Ok;
}

std::optional<std::uint64_t> parseSizeAs(std::string_view text, std::string_view noun, std::string& error)
{
    const std::string shown = printable(text);
    const auto notA = [&] {
        error = "'" + shown + "' is not a " + std::string(noun) +
                " (expected a number like 4096, 0x1000, 4K or 2M+4K)";
        return std::nullopt;
    };
    if (text.empty()) {
        error = "empty " + std::string(noun);
        return std::nullopt;
    }
    if (text.front() == '-') {
        error = std::string(noun) + " " + shown + " is negative";
        return std::nullopt;
    }
    std::uint64_t total = 0;
    bool overflow = false;
    std::string_view rest = text;
    while (true) {
        const std::size_t plus = rest.find('+');
        const std::string_view term = rest.substr(0, plus);
        std::uint64_t value = 0;
        std::size_t used = 0;
        const NumberStatus status = readNumber(term, value, used);
        if (status == NumberStatus::NotANumber)
            return notA();
        const std::string_view suffix = term.substr(used);
        std::uint64_t scale = 1;
        if (suffix.empty())
            scale = 1;
        else if (suffix == "K" || suffix == "k" || suffix == "KiB")
            scale = kKiB;
        else if (suffix == "M" || suffix == "m" || suffix == "MiB")
            scale = kMiB;
        else if (suffix == "G" || suffix == "g" || suffix == "GiB")
            scale = kGiB;
        else if (suffix == "T" || suffix == "t" || suffix == "TiB") // vmalloc= goes up to 32T
            scale = kGiB << 10;
        else if (const std::size_t minus = suffix.find('-'); minus != std::string_view::npos) {
            // Sizes add but never subtract: 4K-8K would be negative, and one operator reads plainer.
            error = std::string(noun) + " '" + shown + "': sizes add with '+' but do not subtract (write " +
                    "the difference, e.g. 2044K for 2M-4K)";
            return std::nullopt;
        } else {
            error = std::string(noun) + " '" + shown + "' has an unknown suffix " + quoted(suffix) +
                    " (use K, M, G, T, KiB, MiB, GiB or TiB)";
            return std::nullopt;
        }
        std::uint64_t scaled = 0;
        if (status == NumberStatus::Overflow || __builtin_mul_overflow(value, scale, &scaled) ||
            __builtin_add_overflow(total, scaled, &total))
            overflow = true;
        if (plus == std::string_view::npos)
            break;
        rest = rest.substr(plus + 1);
    }
    if (overflow) {
        error = std::string(noun) + " " + shown + " does not fit in 64 bits";
        return std::nullopt;
    }
    return total;
}

std::uint64_t sizeOrFail(std::string_view text, std::string_view noun)
{
    std::string error;
    const auto value = parseSizeAs(text, noun, error);
    if (!value)
        fail(std::move(error));
    return *value;
}

/// A plain count or id: decimal or 0x-hex, no suffix.
std::uint64_t numberOrFail(std::string_view text, std::string_view noun)
{
    if (!text.empty() && text.front() == '-')
        fail(std::string(noun) + " " + printable(text) + " is negative");
    std::uint64_t value = 0;
    std::size_t used = 0;
    const NumberStatus status = readNumber(text, value, used);
    if (status == NumberStatus::NotANumber || used != text.size())
        fail(quoted(text) + " is not a number (expected " + std::string(noun) + " in decimal or 0x-hex)");
    if (status == NumberStatus::Overflow)
        fail(std::string(noun) + " " + printable(text) + " does not fit in 64 bits");
    return value;
}

/// A byte as in `bytes HH HH`: one or two hex digits, 0x optional. Hex even without the prefix, so
/// `fill 41` means 0x41 like `bytes 41` does.
std::uint8_t hexByteOrFail(std::string_view text)
{
    std::string_view digits = text;
    if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        digits.remove_prefix(2);
    if (digits.empty() || digits.size() > 2 || hexValue(digits[0]) < 0 ||
        (digits.size() == 2 && hexValue(digits[1]) < 0))
        fail(quoted(text) + " is not a hex byte (00 to ff)");
    int value = 0;
    for (char c : digits)
        value = value * 16 + hexValue(c);
    return static_cast<std::uint8_t>(value);
}

/// DURATION: 10s, 500ms, 1.5s, 2m, 25j, or a bare number followed by the word `jiffies`.
std::uint64_t durationOrFail(std::string_view text, std::string_view separateUnit)
{
    const std::string shown = printable(text);
    std::size_t i = 0;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    const std::string_view whole = text.substr(0, i);
    std::string_view fraction;
    if (i < text.size() && text[i] == '.') {
        const std::size_t start = ++i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        fraction = text.substr(start, i - start);
    }
    if (whole.empty() && fraction.empty()) {
        if (!text.empty() && text.front() == '-')
            fail("sleep " + shown + " is negative");
        fail(quoted(text) + " is not a duration (e.g. 10s, 500ms, 1.5s, 2m or 25 jiffies)");
    }
    std::string_view unit = text.substr(i);
    if (!separateUnit.empty()) {
        if (!unit.empty())
            fail("unexpected " + quoted(separateUnit) + " after the duration " + quoted(text));
        unit = separateUnit;
    }
    std::uint64_t unitMs = 0;
    if (unit == "ms")
        unitMs = 1;
    else if (unit == "s")
        unitMs = 1000;
    else if (unit == "m")
        unitMs = 60 * 1000;
    else if (unit == "j" || unit == "jiffies" || unit == "jiffy")
        unitMs = kMsPerJiffy;
    else if (unit.empty())
        fail("sleep " + shown + " needs a unit: ms, s, m (minutes) or jiffies");
    else
        fail("unknown time unit " + quoted(unit) + " (use ms, s, m (minutes) or jiffies)");
    if (unitMs == kMsPerJiffy && !fraction.empty())
        fail("sleep " + shown + ": jiffies are whole ticks");

    // Anything past a day is refused, so the arithmetic can saturate instead of overflowing.
    const auto tooLong = [&] { fail("sleep " + shown + " is longer than one day"); };
    std::uint64_t ms = 0;
    for (char c : whole) {
        ms = ms * 10 + static_cast<unsigned>(c - '0');
        if (ms > kMaxSleepMs)
            tooLong();
    }
    if (__builtin_mul_overflow(ms, unitMs, &ms) || ms > kMaxSleepMs)
        tooLong();
    // fraction * unitMs / 10^digits must come out whole: a sleep is a number of milliseconds.
    std::uint64_t numerator = 0;
    std::uint64_t denominator = 1;
    for (char c : fraction) {
        if (denominator >= 1'000'000'000) {
            if (c != '0')
                fail("sleep " + shown + " is not a whole number of milliseconds");
            continue;
        }
        numerator = numerator * 10 + static_cast<unsigned>(c - '0');
        denominator *= 10;
    }
    if ((numerator * unitMs) % denominator != 0)
        fail("sleep " + shown + " is not a whole number of milliseconds");
    ms += numerator * unitMs / denominator;
    if (ms > kMaxSleepMs)
        tooLong();
    if (ms == 0)
        fail("sleep " + shown + " is not longer than zero");
    return ms;
}

std::uint32_t gfpOrFail(std::string_view expr)
{
    std::uint64_t flags = 0;
    std::string_view rest = expr;
    while (true) {
        const std::size_t bar = rest.find('|');
        const std::string_view part = rest.substr(0, bar);
        if (part.empty())
            fail("empty flag in the GFP mask " + quoted(expr));
        bool named = false;
        for (const NamedValue& entry : kGfpNames) {
            if (entry.name == part) {
                flags |= entry.value;
                named = true;
                break;
            }
        }
        if (!named) {
            if (!isDigit(part.front()))
                fail("unknown GFP flag " + quoted(part) +
                     " (use GFP_KERNEL, GFP_ATOMIC, GFP_NOWAIT, GFP_DMA32, __GFP_* bits such as __GFP_ZERO, "
                     "or a number)");
            const std::uint64_t value = numberOrFail(part, "a GFP mask");
            if (value > std::numeric_limits<std::uint32_t>::max())
                fail("GFP mask " + printable(part) + " does not fit in 32 bits (gfp_t)");
            flags |= value;
        }
        if (bar == std::string_view::npos)
            break;
        rest = rest.substr(bar + 1);
    }
    return static_cast<std::uint32_t>(flags);
}

std::uint64_t protOrFail(std::string_view text)
{
    for (const NamedValue& entry : kProtNames) {
        if (entry.name == text)
            return entry.value;
    }
    if (text.empty() || !isDigit(text.front()))
        fail("unknown page protection " + quoted(text) +
             " (use PAGE_KERNEL, PAGE_KERNEL_EXEC, PAGE_KERNEL_RO, PAGE_KERNEL_NOCACHE or a number)");
    const std::uint64_t prot = numberOrFail(text, "a pgprot value");
    // pfn_pte(pfn, prot) ORs prot into the entry: bits 12..62 would change the frame it maps
    // (arch/x86/include/asm/pgtable_types.h, 2.6.36: flags are bits 0..11 and _PAGE_NX, bit 63).
    constexpr std::uint64_t kFlagBits = 0xfff | k::_PAGE_NX;
    if (prot & ~kFlagBits)
        fail("page protection " + std::string(text) +
             " is not a pgprot: only bits 0-11 and _PAGE_NX (bit 63) are page flags; the others would "
             "change the frame each PTE maps");
    return prot;
}

// ---- lexing -------------------------------------------------------------------------------------

/// Splits a line into words and string literals, stopping at a `#` outside a string. Returns where
/// the code part of the line ends.
std::size_t lex(std::string_view line, std::vector<Token>& tokens)
{
    std::size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == '#')
            return i;
        if (c == '"') {
            const std::size_t start = i++;
            Token token;
            token.isString = true;
            bool closed = false;
            while (i < line.size()) {
                const char d = line[i];
                if (d == '"') {
                    closed = true;
                    ++i;
                    break;
                }
                if (d != '\\') {
                    token.value += d;
                    ++i;
                    continue;
                }
                if (i + 1 >= line.size())
                    break;
                const char e = line[i + 1];
                i += 2;
                switch (e) {
                case 'n':
                    token.value += '\n';
                    break;
                case 't':
                    token.value += '\t';
                    break;
                case '\\':
                    token.value += '\\';
                    break;
                case '"':
                    token.value += '"';
                    break;
                case '0':
                    token.value += '\0';
                    break;
                case 'x': {
                    // Exactly two digits, so "\x41" followed by "2" stays 'A' '2' and formatOperation
                    // can print any byte without looking at its neighbour.
                    const int hi = i < line.size() ? hexValue(line[i]) : -1;
                    const int lo = i + 1 < line.size() ? hexValue(line[i + 1]) : -1;
                    if (hi < 0 || lo < 0)
                        fail("\\x in a string literal needs two hex digits (\\xHH)");
                    token.value += static_cast<char>(hi * 16 + lo);
                    i += 2;
                    break;
                }
                default:
                    fail("unknown escape " + quoted(std::string("\\") + e) +
                         " in a string literal (use \\n \\t \\\\ \\\" \\xHH or \\0)");
                }
            }
            if (!closed)
                fail("unterminated string literal");
            token.raw = line.substr(start, i - start);
            tokens.push_back(std::move(token));
            continue;
        }
        const std::size_t start = i;
        while (i < line.size() && !isSpace(line[i]) && line[i] != '"' && line[i] != '#')
            ++i;
        tokens.push_back(Token{line.substr(start, i - start), false, {}});
    }
    return i;
}

/// Reads the tokens of one line front to back.

} // namespace vmviz::scenario::syntax
