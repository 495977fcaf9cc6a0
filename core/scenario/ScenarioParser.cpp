#include "scenario/ScenarioParser.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "base/KernelNames.h"

#include <algorithm>
#include <array>
#include <exception>
#include <limits>
#include <new>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace vmviz::scenario {

namespace {

constexpr std::uint64_t kKiB = 1ull << 10;
constexpr std::uint64_t kMiB = 1ull << 20;
constexpr std::uint64_t kGiB = 1ull << 30;
constexpr std::uint64_t kU64Max = std::numeric_limits<std::uint64_t>::max();

constexpr std::uint64_t kMinRam = 32 * kMiB; // the kernel image sits at 16..26 MiB
constexpr std::uint64_t kMaxRam = 64 * kGiB;
constexpr std::uint64_t kMaxCpus = 256;
constexpr std::uint64_t kPidMaxLimit = 4 * 1024 * 1024; // PID_MAX_LIMIT on 64-bit
constexpr std::size_t kCommMax = 15;                    // TASK_COMM_LEN minus the NUL
constexpr std::size_t kModuleNameMax = 55;              // MODULE_NAME_LEN (64 - sizeof(long)) minus the NUL
constexpr std::uint64_t kMsPerJiffy = 1000 / k::HZ;
constexpr std::uint64_t kMaxSleepMs = 24ull * 60 * 60 * 1000;
// Long enough to show what went wrong, short enough that a 4 KiB token cannot flood the error list.
constexpr std::size_t kQuoteLimit = 48;

// x86-64 pgprot values (arch/x86/include/asm/pgtable_types.h), built from the bits in Constants.h.
constexpr std::uint64_t kPageKernelExec = k::__PAGE_KERNEL_EXEC;
constexpr std::uint64_t kPageKernelRo = k::PAGE_KERNEL & ~k::_PAGE_RW;
constexpr std::uint64_t kPageKernelNocache = k::PAGE_KERNEL | k::_PAGE_PCD | k::_PAGE_PWT;

// The GFP names are shared with the narration (base/KernelNames.h).
const auto& kGfpNames = gfpNames();

constexpr std::array<NamedValue, 4> kProtNames = {{
    {"PAGE_KERNEL", k::PAGE_KERNEL},
    {"PAGE_KERNEL_EXEC", kPageKernelExec},
    {"PAGE_KERNEL_RO", kPageKernelRo},
    {"PAGE_KERNEL_NOCACHE", kPageKernelNocache},
}};

constexpr std::string_view kKnownOperations =
    "vmalloc, vmalloc_32, vmalloc_user, __vmalloc, vfree, fail, leak, purge, sleep, write, kmemleak, config";

constexpr std::string_view kVzallocMessage =
    "vzalloc does not exist in Linux 2.6.36 (it arrived in 2.6.37); use vmalloc_user or __vmalloc SIZE "
    "GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO PAGE_KERNEL";

// One bad line: thrown inside the parser, caught per line, never out of the API.
struct LineError
{
    std::string message;
};

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

enum class NumberStatus
{
    Ok,
    NotANumber,
    Overflow,
};

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
        else {
            error = std::string(noun) + " '" + shown + "' has an unknown suffix " + quoted(suffix) +
                    " (use K, M, G, KiB, MiB or GiB)";
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
    return numberOrFail(text, "a pgprot value");
}

// ---- lexing -------------------------------------------------------------------------------------

struct Token
{
    std::string_view raw; // as written; a string literal includes its quotes
    bool isString = false;
    std::string value; // string literals only: the decoded bytes
};

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

// ---- formatting ---------------------------------------------------------------------------------

std::string formatDuration(std::uint64_t ms)
{
    if (ms != 0 && ms % 60000 == 0)
        return std::to_string(ms / 60000) + "m";
    if (ms != 0 && ms % 1000 == 0)
        return std::to_string(ms / 1000) + "s";
    return std::to_string(ms) + "ms";
}

std::string formatStringLiteral(const std::vector<std::uint8_t>& bytes)
{
    const std::string_view raw(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    std::string out = "\"";
    for (std::size_t i = 0; i < raw.size();) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == 0)
            out += "\\0";
        else if (c >= 0x20 && c < 0x7f)
            out += static_cast<char>(c);
        else if (const std::size_t n = c >= 0x80 ? utf8SequenceLength(raw, i) : 0; n != 0) {
            // Valid UTF-8 stays readable (and no longer than it was written).
            out.append(raw.substr(i, n));
            i += n;
            continue;
        } else
            out += fmt::printf("\\x%02x", static_cast<unsigned>(c));
        ++i;
    }
    return out + "\"";
}

// ---- the parser ---------------------------------------------------------------------------------

class Parser
{
public:
    explicit Parser(std::string_view fileName) : m_file(fileName.empty() ? "<input>" : fileName) {}

    ParseResult run(std::string_view text);

private:
    void parseLine(int lineNo, std::string_view line);
    void parseConfig(int lineNo, Cursor& cursor);
    AllocOp parseAlloc(std::string var, AllocApi api, Cursor& cursor);
    FreeOp parseFree(Cursor& cursor);
    FailOp parseFail(Cursor& cursor);
    LeakOp parseLeak(Cursor& cursor);
    SleepOp parseSleep(Cursor& cursor);
    WriteOp parseWrite(Cursor& cursor);
    KmemleakOp parseKmemleak(Cursor& cursor);

    /// A variable an operation uses; `what` ("vfree of") starts the message if no earlier line assigns it.
    std::string usedVar(std::string_view name, std::string_view what) const;
    /// Records an error; false once the cap is passed and parsing should stop.
    bool addError(int lineNo, std::string message);

    std::string m_file;
    Config m_config;
    std::unordered_map<std::string, int> m_configKeyLine; // key -> line that first set it
    std::unordered_set<std::string> m_assigned;
    // Set by any line that names an operation, even a malformed one, so one typo does not also turn
    // every later config line into an error.
    bool m_sawOperation = false;
    std::vector<Operation> m_operations;
    std::vector<ParseError> m_errors;
    bool m_truncated = false;
};

bool Parser::addError(int lineNo, std::string message)
{
    if (m_errors.size() >= kMaxParseErrors) {
        m_truncated = true;
        return false;
    }
    m_errors.push_back(ParseError{Location{m_file, lineNo}, std::move(message)});
    return true;
}

ParseResult Parser::run(std::string_view text)
{
    // A UTF-8 byte order mark is what some Windows editors put first; it is not part of line 1.
    if (text.substr(0, 3) == "\xef\xbb\xbf")
        text.remove_prefix(3);

    int lineNo = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        // find() is a memchr, so a 100 MB line costs one fast pass and nothing else.
        const std::size_t newline = text.find('\n', pos);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
        std::string_view line = text.substr(pos, end - pos);
        pos = newline == std::string_view::npos ? text.size() : newline + 1;
        if (lineNo == std::numeric_limits<int>::max())
            break; // 2^31 lines cannot come from a file anyone means to run
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);

        std::string error;
        if (line.size() > kMaxLineLength) {
            // A binary file often has no newline for megabytes; "not text" is the better diagnosis,
            // and one more memchr pass is cheap.
            if (line.find('\0') != std::string_view::npos)
                error = "not text (NUL byte)";
            else
                error = "line is too long (" + std::to_string(line.size()) + " characters; the limit is " +
                        std::to_string(kMaxLineLength) + ")";
        } else {
            error = checkText(line);
            if (error.empty()) {
                try {
                    parseLine(lineNo, line);
                } catch (const LineError& e) {
                    error = e.message;
                }
            }
        }
        if (!error.empty() && !addError(lineNo, std::move(error)))
            break;
        if (m_operations.size() > kMaxOperations) {
            m_operations.pop_back();
            addError(lineNo, "too many operations (the limit is " + std::to_string(kMaxOperations) + ")");
            break;
        }
    }

    ParseResult result;
    result.errorsTruncated = m_truncated;
    if (!m_errors.empty()) {
        result.errors = std::move(m_errors);
        return result;
    }
    Scenario scenario;
    std::string_view name = m_file;
    if (const std::size_t slash = name.find_last_of("/\\"); slash != std::string_view::npos)
        name.remove_prefix(slash + 1);
    if (const std::size_t dot = name.rfind('.'); dot != std::string_view::npos && dot != 0)
        name = name.substr(0, dot);
    scenario.name = name;
    scenario.config = std::move(m_config);
    scenario.operations = std::move(m_operations);
    result.scenario = std::move(scenario);
    return result;
}

std::string Parser::usedVar(std::string_view name, std::string_view what) const
{
    if (!isIdentifier(name))
        fail(quoted(name) + " is not a variable name");
    std::string var(name);
    if (!m_assigned.count(var))
        fail(std::string(what) + " " + quoted(name) + ", which no earlier line assigns");
    return var;
}

void Parser::parseLine(int lineNo, std::string_view line)
{
    std::vector<Token> tokens;
    const std::size_t codeEnd = lex(line, tokens);
    if (tokens.empty())
        return; // blank or comment-only
    const std::string_view code = trim(line.substr(0, codeEnd));

    // `p = vmalloc 4K`, `p=vmalloc 4K`, `p= vmalloc`, `p =vmalloc`: the = may touch either side.
    std::optional<std::string_view> assignedVar;
    if (!tokens[0].isString) {
        if (const std::size_t eq = tokens[0].raw.find('='); eq != std::string_view::npos) {
            assignedVar = tokens[0].raw.substr(0, eq);
            tokens[0].raw.remove_prefix(eq + 1);
            if (tokens[0].raw.empty())
                tokens.erase(tokens.begin());
        } else if (tokens.size() > 1 && !tokens[1].isString && tokens[1].raw.starts_with('=')) {
            assignedVar = tokens[0].raw;
            tokens.erase(tokens.begin());
            tokens[0].raw.remove_prefix(1);
            if (tokens[0].raw.empty())
                tokens.erase(tokens.begin());
        }
    }
    if (assignedVar) {
        const std::string_view name = *assignedVar;
        // `ram=1G` on its own line: a config setting that lost its keyword, not an assignment.
        static constexpr std::array<std::string_view, 7> kConfigKeys = {"ram", "cpus",   "seed",   "comm",
                                                                        "pid", "module", "vmalloc"};
        if (std::find(kConfigKeys.begin(), kConfigKeys.end(), name) != kConfigKeys.end() &&
            (tokens.empty() || tokens[0].isString || !allocApiFromName(tokens[0].raw))) {
            std::string suggestion = "config " + std::string(name) + "=";
            for (std::size_t i = 0; i < tokens.size(); ++i)
                suggestion += (i == 0 ? "" : " ") + std::string(tokens[i].raw);
            fail(quoted(code) + " looks like a config setting; write " + printable(suggestion));
        }
        m_sawOperation = true;
        if (name.empty())
            fail("missing variable name before '='");
        if (!isIdentifier(name))
            fail(quoted(name) +
                 " is not a valid variable name (letters, digits and _, not starting with a digit)");
        if (name.size() > kMaxVarNameLength)
            fail("variable name " + quoted(name) + " is longer than " + std::to_string(kMaxVarNameLength) +
                 " characters");
        if (name == "NULL")
            fail("'NULL' cannot be a variable name; vfree NULL means the null pointer");
        if (tokens.empty())
            fail("nothing after '" + std::string(name) +
                 " ='; expected vmalloc, vmalloc_32, vmalloc_user or __vmalloc");
    }

    Cursor cursor(std::move(tokens), code);
    const Token& head = cursor.take();
    if (head.isString)
        fail("unknown operation " + quoted(head.raw) + "; expected one of " + std::string(kKnownOperations));
    const std::string_view keyword = head.raw;

    if (keyword == "vzalloc") {
        m_sawOperation = true;
        fail(std::string(kVzallocMessage));
    }
    if (const auto api = allocApiFromName(keyword)) {
        m_sawOperation = true;
        std::string var(assignedVar.value_or(std::string_view{}));
        if (!var.empty())
            m_assigned.insert(var); // even if the arguments are bad: later uses are not errors too
        m_operations.push_back(
            Operation{Location{m_file, lineNo}, std::string(code), parseAlloc(std::move(var), *api, cursor)});
        return;
    }

    static constexpr std::array<std::string_view, 7> kOthers = {"vfree", "fail",  "leak",    "purge",
                                                                "sleep", "write", "kmemleak"};
    bool known = keyword == "config";
    for (std::string_view other : kOthers)
        known = known || keyword == other;
    if (!known) {
        std::string message =
            "unknown operation " + quoted(keyword) + "; expected one of " + std::string(kKnownOperations);
        // VMALLOC, Vfree: say why a word that looks right is refused.
        std::string lower(keyword);
        for (char& c : lower)
            c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != keyword && (lower == "config" || allocApiFromName(lower) ||
                                 std::find(kOthers.begin(), kOthers.end(), lower) != kOthers.end()))
            message += " (keywords are case-sensitive: " + lower + ")";
        fail(std::move(message));
    }
    if (assignedVar)
        fail(quoted(keyword) +
             " cannot be assigned to a variable; only vmalloc, vmalloc_32, vmalloc_user and "
             "__vmalloc return a pointer");
    if (keyword == "config") {
        parseConfig(lineNo, cursor);
        return;
    }

    m_sawOperation = true;
    OpVariant op;
    if (keyword == "vfree")
        op = parseFree(cursor);
    else if (keyword == "fail")
        op = parseFail(cursor);
    else if (keyword == "leak")
        op = parseLeak(cursor);
    else if (keyword == "purge") {
        cursor.expectEnd();
        op = PurgeOp{};
    } else if (keyword == "sleep")
        op = parseSleep(cursor);
    else if (keyword == "write")
        op = parseWrite(cursor);
    else
        op = parseKmemleak(cursor);
    m_operations.push_back(Operation{Location{m_file, lineNo}, std::string(code), std::move(op)});
}

void Parser::parseConfig(int lineNo, Cursor& cursor)
{
    if (m_sawOperation)
        fail("config must come before the first operation");
    if (cursor.atEnd())
        fail("config needs KEY=VALUE settings (ram, cpus, seed, comm, pid, module, vmalloc)");
    while (!cursor.atEnd()) {
        const std::string_view setting = cursor.word("config settings are KEY=VALUE");
        const std::size_t eq = setting.find('=');
        const std::string_view key = setting.substr(0, eq);
        if (key != "ram" && key != "cpus" && key != "seed" && key != "comm" && key != "pid" && key != "module" &&
            key != "vmalloc")
            fail("unknown config key " + quoted(key) + " (use ram, cpus, seed, comm, pid, module or vmalloc)");
        if (eq == std::string_view::npos)
            fail("config key '" + std::string(key) + "' needs =VALUE");
        const auto [it, inserted] = m_configKeyLine.emplace(std::string(key), lineNo);
        if (!inserted)
            fail("config key '" + std::string(key) + "' is given twice (first on line " +
                 std::to_string(it->second) + ")");
        const std::string_view value = setting.substr(eq + 1);
        const std::string shown = std::string(key) + "=" + printable(value);
        if (value.empty())
            fail("config key '" + std::string(key) + "' needs a value after '='");

        const auto ranged = [&](std::uint64_t lo, std::uint64_t hi) {
            const std::uint64_t n = numberOrFail(value, std::string(key));
            if (n < lo || n > hi)
                fail(shown + " is out of range (" + std::to_string(lo) + " to " + std::to_string(hi) + ")");
            return n;
        };
        const auto name = [&](std::size_t maxLength, bool allowDotDash) {
            bool good = value.size() <= maxLength;
            for (char c : value)
                good = good && (isIdentChar(c) || (allowDotDash && (c == '.' || c == '-')));
            if (!good)
                fail(shown + " must be 1 to " + std::to_string(maxLength) + " characters from A-Z a-z 0-9 _" +
                     (allowDotDash ? " . -" : ""));
            return std::string(value);
        };
        if (key == "ram") {
            const std::uint64_t ram = sizeOrFail(value, "size");
            if (ram % k::PAGE_SIZE != 0)
                fail(shown + " is not a multiple of the 4 KiB page size");
            if (ram < kMinRam || ram > kMaxRam)
                fail(shown + " is out of range (32M to 64G)");
            m_config.ramBytes = ram;
        } else if (key == "vmalloc") {
            const std::uint64_t bytes = sizeOrFail(value, "size");
            if (bytes % k::PAGE_SIZE != 0)
                fail(shown + " is not a multiple of the 4 KiB page size");
            if (bytes < kMiB || bytes > k::VMALLOC_END - k::VMALLOC_START + 1)
                fail(shown + " is out of range (1M to 32768G, the x86-64 vmalloc range)");
            m_config.vmallocBytes = bytes;
        } else if (key == "cpus") {
            m_config.cpus = static_cast<unsigned>(ranged(1, kMaxCpus));
        } else if (key == "seed") {
            m_config.seed = numberOrFail(value, "seed");
        } else if (key == "comm") {
            m_config.comm = name(kCommMax, true);
        } else if (key == "pid") {
            m_config.pid = static_cast<unsigned>(ranged(1, kPidMaxLimit));
        } else {
            m_config.module = name(kModuleNameMax, false);
        }
    }
}

AllocOp Parser::parseAlloc(std::string var, AllocApi api, Cursor& cursor)
{
    AllocOp op;
    op.var = std::move(var);
    op.api = api;
    const std::string apiName(allocApiName(api));
    if (api != AllocApi::Vmalloc_) {
        op.size = sizeOrFail(cursor.word(apiName + " needs a SIZE"), "size");
        cursor.expectEnd();
        return op;
    }
    const std::string usage =
        "__vmalloc needs SIZE GFP PROT, e.g. __vmalloc 8K GFP_KERNEL|__GFP_HIGHMEM PAGE_KERNEL";
    op.size = sizeOrFail(cursor.word(usage), "size");
    // Let `GFP_KERNEL | __GFP_ZERO` through as well: spaces around | are how C code is written.
    std::string gfp(cursor.word(usage));
    while (!cursor.atEnd() && !cursor.peek().isString &&
           (gfp.ends_with('|') || cursor.peek().raw.starts_with('|')))
        gfp += cursor.take().raw;
    op.gfp = gfpOrFail(gfp);
    op.prot = protOrFail(cursor.word(usage));
    cursor.expectEnd();
    return op;
}

FreeOp Parser::parseFree(Cursor& cursor)
{
    const std::string_view target = cursor.word("vfree needs a variable, an address or NULL");
    FreeOp op;
    if (target == "NULL")
        op.address = 0;
    else if (isDigit(target.front()) || target.front() == '-' || target.front() == '+')
        op.address = sizeOrFail(target, "address"); // any value: bad addresses are the kernel's to WARN about
    else if (isIdentifier(target))
        op.var = usedVar(target, "vfree of");
    else
        fail(quoted(target) + " is not a variable, an address or NULL");
    cursor.expectEnd();
    return op;
}

FailOp Parser::parseFail(Cursor& cursor)
{
    static const std::string usage =
        "fail needs SITE and after N, every N or off (e.g. fail alloc_page after 3)";
    const std::string_view siteName = cursor.word(usage);
    const auto site = faultSiteFromName(siteName);
    if (!site)
        fail("unknown fault site " + quoted(siteName) +
             " (use alloc_page, kmalloc, vmap_area, pte_alloc, pmd_alloc or pud_alloc)");
    FailOp op;
    op.site = *site;
    const std::string_view mode = cursor.word(usage);
    if (mode == "off") {
        op.mode = FailOp::Mode::Off;
    } else if (mode == "after" || mode == "every") {
        op.mode = mode == "after" ? FailOp::Mode::After : FailOp::Mode::Every;
        op.n = numberOrFail(
            cursor.word("fail " + std::string(siteName) + " " + std::string(mode) + " needs a count N"),
            "a count");
        if (op.mode == FailOp::Mode::Every && op.n == 0)
            fail("fail " + std::string(siteName) + " every 0: N must be at least 1");
    } else {
        fail("expected after N, every N or off after 'fail " + std::string(siteName) + "', not " +
             quoted(mode));
    }
    cursor.expectEnd();
    return op;
}

LeakOp Parser::parseLeak(Cursor& cursor)
{
    LeakOp op;
    op.var = usedVar(cursor.word("leak needs a variable"), "leak of");
    cursor.expectEnd();
    return op;
}

SleepOp Parser::parseSleep(Cursor& cursor)
{
    const std::string_view amount =
        cursor.word("sleep needs a duration (e.g. 10s, 500ms, 1.5s, 2m or 25 jiffies)");
    // `25 jiffies` reads best with a space; allow it for the other units too.
    static constexpr std::array<std::string_view, 6> kUnits = {"ms", "s", "m", "j", "jiffies", "jiffy"};
    std::string_view unit;
    if (!cursor.atEnd() && !cursor.peek().isString &&
        std::find(kUnits.begin(), kUnits.end(), cursor.peek().raw) != kUnits.end())
        unit = cursor.take().raw;
    SleepOp op;
    op.milliseconds = durationOrFail(amount, unit);
    cursor.expectEnd();
    return op;
}

WriteOp Parser::parseWrite(Cursor& cursor)
{
    static const std::string usage =
        "write needs VAR[+OFFSET] and data: \"string\", bytes HH ... or fill BYTE COUNT";
    const std::string_view target = cursor.word(usage);
    WriteOp op;
    const std::size_t plus = target.find('+');
    op.var = usedVar(target.substr(0, plus), "write to");
    if (plus != std::string_view::npos)
        op.offset = sizeOrFail(target.substr(plus + 1), "offset");
    if (cursor.atEnd())
        fail(usage);
    if (cursor.peek().isString) {
        const std::string& value = cursor.take().value;
        if (value.empty())
            fail("nothing to write: the string is empty");
        op.form = WriteOp::Form::String;
        op.bytes.assign(value.begin(), value.end());
    } else {
        const std::string_view form = cursor.take().raw;
        if (form == "bytes") {
            op.form = WriteOp::Form::Bytes;
            while (!cursor.atEnd())
                op.bytes.push_back(hexByteOrFail(cursor.word("bytes are hex, like 41 0a ff")));
            if (op.bytes.empty())
                fail("write ... bytes needs at least one hex byte");
        } else if (form == "fill") {
            op.form = WriteOp::Form::Fill;
            op.bytes.push_back(
                hexByteOrFail(cursor.word("write ... fill needs BYTE COUNT (e.g. fill aa 4K)")));
            op.length = sizeOrFail(cursor.word("write ... fill needs BYTE COUNT (e.g. fill aa 4K)"), "count");
            if (op.length == 0)
                fail("nothing to write: the fill count is 0");
        } else {
            fail(usage + ", not " + quoted(form));
        }
    }
    if (op.form != WriteOp::Form::Fill)
        op.length = op.bytes.size();
    if (op.offset > kU64Max - (op.length - 1))
        fail("the write runs past the end of the 64-bit address space");
    cursor.expectEnd();
    return op;
}

KmemleakOp Parser::parseKmemleak(Cursor& cursor)
{
    static const std::string usage = "kmemleak needs a command: scan, clear or dump=ADDR";
    const std::string_view command = cursor.word(usage);
    KmemleakOp op;
    if (command == "scan") {
        op.command = KmemleakOp::Command::Scan;
    } else if (command == "clear") {
        op.command = KmemleakOp::Command::Clear;
    } else if (command.starts_with("dump=")) {
        op.command = KmemleakOp::Command::Dump;
        const std::string_view target = command.substr(5);
        if (target.empty())
            fail("kmemleak dump= needs an address or a variable");
        if (isDigit(target.front()) || target.front() == '-')
            op.address = sizeOrFail(target, "address");
        else
            op.var = usedVar(target, "kmemleak dump of");
    } else if (command == "dump") {
        fail("kmemleak dump needs =ADDR with no spaces: kmemleak dump=ADDR or dump=VAR");
    } else {
        fail("kmemleak " + quoted(command) + " is not modelled; use scan, clear or dump=ADDR");
    }
    cursor.expectEnd();
    return op;
}

} // namespace

ParseResult parseScenario(std::string_view text, std::string_view fileName)
{
    // Never throw: the only thing left to go wrong after the per-line handling is memory.
    try {
        return Parser(fileName).run(text);
    } catch (const std::exception& e) {
        ParseResult result;
        try {
            result.errors.push_back(
                ParseError{Location{std::string(fileName), 0}, std::string("cannot parse: ") + e.what()});
        } catch (...) {
        }
        return result;
    } catch (...) {
        return ParseResult{};
    }
}

std::optional<std::uint64_t> parseSize(std::string_view text, std::string* error)
{
    try {
        std::string message;
        const auto value = parseSizeAs(text, "size", message);
        if (!value && error)
            *error = std::move(message);
        return value;
    } catch (...) {
        if (error)
            error->clear();
        return std::nullopt;
    }
}

std::string formatSize(std::uint64_t bytes)
{
    if (bytes == 0 || bytes % kKiB != 0)
        return std::to_string(bytes);
    std::string out;
    const auto part = [&](std::uint64_t count, const char* suffix) {
        if (count == 0)
            return;
        if (!out.empty())
            out += '+';
        out += std::to_string(count) + suffix;
    };
    part(bytes / kGiB, "G");
    part(bytes % kGiB / kMiB, "M");
    part(bytes % kMiB / kKiB, "K");
    return out;
}

std::string formatGfp(std::uint32_t gfp) { return gfpFlagsName(gfp, "GFP_NOWAIT"); }

std::string formatProt(std::uint64_t prot)
{
    for (const NamedValue& entry : kProtNames) {
        if (entry.value == prot)
            return std::string(entry.name);
    }
    return fmt::hex(prot);
}

std::string formatOperation(const Operation& operation)
{
    struct Visitor
    {
        std::string operator()(const AllocOp& op) const
        {
            std::string out = op.var.empty() ? std::string() : op.var + " = ";
            out += std::string(allocApiName(op.api)) + " " + formatSize(op.size);
            if (op.api == AllocApi::Vmalloc_)
                out += " " + formatGfp(op.gfp) + " " + formatProt(op.prot);
            return out;
        }
        std::string operator()(const FreeOp& op) const
        {
            if (!op.var.empty())
                return "vfree " + op.var;
            return op.address == 0 ? std::string("vfree NULL") : "vfree " + fmt::hex(op.address);
        }
        std::string operator()(const FailOp& op) const
        {
            std::string out = "fail " + std::string(faultSiteName(op.site));
            switch (op.mode) {
            case FailOp::Mode::After:
                return out + " after " + std::to_string(op.n);
            case FailOp::Mode::Every:
                return out + " every " + std::to_string(op.n);
            case FailOp::Mode::Off:
                break;
            }
            return out + " off";
        }
        std::string operator()(const LeakOp& op) const { return "leak " + op.var; }
        std::string operator()(const PurgeOp&) const { return "purge"; }
        std::string operator()(const SleepOp& op) const { return "sleep " + formatDuration(op.milliseconds); }
        std::string operator()(const WriteOp& op) const
        {
            std::string out = "write " + op.var;
            if (op.offset != 0)
                out += "+" + formatSize(op.offset);
            switch (op.form) {
            case WriteOp::Form::String:
                return out + " " + formatStringLiteral(op.bytes);
            case WriteOp::Form::Bytes:
                out += " bytes";
                for (std::uint8_t b : op.bytes)
                    out += fmt::printf(" %02x", static_cast<unsigned>(b));
                return out;
            case WriteOp::Form::Fill:
                break;
            }
            return out + fmt::printf(" fill 0x%02x ", op.bytes.empty() ? 0u : unsigned{op.bytes[0]}) +
                   formatSize(op.length);
        }
        std::string operator()(const KmemleakOp& op) const
        {
            switch (op.command) {
            case KmemleakOp::Command::Scan:
                return "kmemleak scan";
            case KmemleakOp::Command::Clear:
                return "kmemleak clear";
            case KmemleakOp::Command::Dump:
                break;
            }
            return "kmemleak dump=" + (op.var.empty() ? fmt::hex(op.address) : op.var);
        }
    };
    return std::visit(Visitor{}, operation.op);
}

std::string formatConfig(const Config& config)
{
    std::string out;
    const auto add = [&](std::string_view key, const std::string& value) {
        out += (out.empty() ? "config " : " ") + std::string(key) + "=" + value;
    };
    if (config.ramBytes)
        add("ram", formatSize(*config.ramBytes));
    if (config.cpus)
        add("cpus", std::to_string(*config.cpus));
    if (config.seed)
        add("seed", std::to_string(*config.seed));
    if (config.comm)
        add("comm", *config.comm);
    if (config.pid)
        add("pid", std::to_string(*config.pid));
    if (config.module)
        add("module", *config.module);
    if (config.vmallocBytes)
        add("vmalloc", formatSize(*config.vmallocBytes));
    return out;
}

std::string formatScenario(const Scenario& scenario)
{
    std::string out;
    if (const std::string config = formatConfig(scenario.config); !config.empty())
        out += config + "\n";
    for (const Operation& operation : scenario.operations)
        out += formatOperation(operation) + "\n";
    return out;
}

} // namespace vmviz::scenario
