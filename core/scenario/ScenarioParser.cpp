// SPDX-License-Identifier: GPL-2.0-only
#include "scenario/ScenarioParser.h"

#include "scenario/ScenarioSyntax.h"

#include "base/Constants.h"
#include "base/Format.h"
#include "base/KernelNames.h"
#include "kernel/KernelProfile.h"
#include "machine/Machine.h"

#include <algorithm>
#include <array>
#include <exception>
#include <limits>
#include <new>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace vmviz::scenario {

using namespace syntax;

namespace {

constexpr std::uint64_t kMinRam = 32 * kMiB; // the kernel image sits at 16..26 MiB
constexpr std::uint64_t kMaxRam = 64 * kGiB;
constexpr std::uint64_t kMaxCpus = 256;
constexpr std::uint64_t kPidMaxLimit = 4 * 1024 * 1024; // PID_MAX_LIMIT on 64-bit
constexpr std::size_t kCommMax = 15;                    // TASK_COMM_LEN minus the NUL
constexpr std::size_t kModuleNameMax = 55;              // MODULE_NAME_LEN (64 - sizeof(long)) minus the NUL

constexpr std::string_view kKnownOperations = "vmalloc, vmalloc_32, vmalloc_user, __vmalloc, vmalloc_huge, "
                                              "kvmalloc, vfree, kvfree, fail, leak, purge, sleep, write, "
                                              "kmemleak, config, "
                                              "repeat, chapter, say, ask, note";

// Deep enough for a loop over loops over loops; shallow enough that nesting cannot exhaust the stack.
constexpr std::size_t kMaxRepeatNesting = 8;
// Passes of repeat blocks in one file, so nested repeats of empty bodies cannot spin for hours.
constexpr std::uint64_t kMaxRepeatPasses = 2 * kMaxOperations;

constexpr std::string_view kVzallocMessage =
    "vzalloc does not exist in Linux 2.6.36 (it arrived in 2.6.37); use vmalloc_user or __vmalloc SIZE "
    "GFP_KERNEL|__GFP_HIGHMEM|__GFP_ZERO PAGE_KERNEL";

// One bad line: thrown inside the parser, caught per line, never out of the API.
// ---- the parser ---------------------------------------------------------------------------------

class Parser
{
public:
    explicit Parser(std::string_view fileName) : m_file(fileName.empty() ? "<input>" : fileName) {}

    ParseResult run(std::string_view text);

private:
    /// The lines of a `repeat` block while it is being read; depth counts the blocks still open.
    struct Block
    {
        int line = 0;
        std::uint64_t count = 0;
        std::string index;
        std::vector<std::pair<int, std::string_view>> body;
        int depth = 0;
    };

    void feed(Block& block, int lineNo, std::string_view line);
    void feedCaught(Block& block, int lineNo, std::string_view line);
    void openBlock(Block& block, std::vector<Token> header, std::string_view code);
    void expand(const Block& block);
    void parseLesson(int lineNo, std::string_view keyword, Cursor& cursor);
    std::uint64_t sizeArgument(Cursor& cursor, const std::string& wanted);
    void parseLine(int lineNo, std::string_view line);
    void parseConfig(int lineNo, Cursor& cursor);
    AllocOp parseAlloc(std::string var, AllocApi api, Cursor& cursor);
    FreeOp parseFree(Cursor& cursor, std::string_view verb);
    FailOp parseFail(Cursor& cursor);
    LeakOp parseLeak(Cursor& cursor);
    SleepOp parseSleep(Cursor& cursor);
    WriteOp parseWrite(Cursor& cursor);
    KmemleakOp parseKmemleak(Cursor& cursor);

    /// A variable an operation uses; `what` ("vfree of") starts the message if no earlier line assigns it.
    std::string usedVar(std::string_view name, std::string_view what) const;
    /// Records an error; false once the cap is passed and parsing should stop.
    bool addError(int lineNo, std::string message);
    void checkPagingAllowed();
    void checkHugeAllowed();

    std::string m_file;
    std::vector<int> m_hugeLines; // lines that call vmalloc_huge, checked against the kernel at the end
    std::vector<std::pair<int, std::string_view>> m_kvLines; // kvmalloc / kvfree lines, likewise
    Config m_config;
    std::unordered_map<std::string, int> m_configKeyLine; // key -> line that first set it
    std::unordered_set<std::string> m_assigned;
    // Set by any line that names an operation, even a malformed one, so one typo does not also turn
    // every later config line into an error.
    bool m_sawOperation = false;
    std::vector<Operation> m_operations;
    std::vector<Chapter> m_chapters;
    std::vector<LoopBinding> m_loops; // the enclosing repeat blocks while one is expanded
    std::optional<SeededSizes> m_random;
    Block m_top;
    bool m_stop = false; // the error cap or the operation limit was reached inside a repeat
    std::uint64_t m_repeatPasses = 0;
    std::vector<ParseError> m_errors;
    bool m_truncated = false;
    std::size_t m_charactersLexed = 0;
};

bool Parser::addError(int lineNo, std::string message)
{
    if (m_errors.size() >= kMaxParseErrors) {
        m_truncated = true;
        return false;
    }
    // A bad line inside a repeat fails in every pass; say it once.
    for (const ParseError& e : m_errors) {
        if (e.where.line == lineNo && e.message == message)
            return true;
    }
    m_errors.push_back(ParseError{Location{m_file, lineNo}, std::move(message)});
    return true;
}

// paging=5 is LA57, which the kernel profile must have (not 2.6.36). Checked once every config
// line is read, so the key that names the kernel may come after it.
void Parser::checkPagingAllowed()
{
    if (m_config.pagingLevels.value_or(4) != 5)
        return;
    // The default kernel, or the one a `kernel=` key names.
    const auto profile = makeKernelProfile(m_config.kernel.value_or("2.6.36"));
    if (profile && !profile->supportsFiveLevelPaging())
        addError(m_configKeyLine["paging"],
                 "paging=5 needs kernel=6.18 (Linux " + std::string(profile->name()) +
                     " has 4-level page tables only; 5-level paging came in 4.14)");
}

// vmalloc_huge() came with huge vmalloc mappings (5.13); 2.6.36 never had it. Checked at the end,
// like paging=5, so the kernel= key may come after the call.
void Parser::checkHugeAllowed()
{
    const auto profile = makeKernelProfile(m_config.kernel.value_or("2.6.36"));
    if (!profile || profile->vmallocPath() == VmallocPath::Linux618)
        return;
    for (const int line : m_hugeLines)
        addError(line, "vmalloc_huge is not in " + std::string(profile->name()) +
                           " (huge vmalloc mappings came in 5.13); use config kernel=6.18");
    // kvmalloc() came in 4.12 (mm/util.c, "mm: introduce kv[mz]alloc helpers"); kvfree() in 3.15.
    for (const auto& [line, verb] : m_kvLines)
        addError(line, std::string(verb) + " does not exist in Linux " + std::string(profile->name()) +
                           (verb == "kvmalloc" ? " (added in 4.12)" : " (added in 3.15)") +
                           "; use config kernel=6.18");
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
            m_charactersLexed += line.size();
            error = checkText(line);
            if (error.empty()) {
                try {
                    feed(m_top, lineNo, line);
                } catch (const LineError& e) {
                    error = e.message;
                }
            }
        }
        if (!error.empty() && !addError(lineNo, std::move(error)))
            break;
        if (m_stop)
            break;
        if (m_operations.size() > kMaxOperations) {
            m_operations.resize(kMaxOperations);
            addError(lineNo, "too many operations (the limit is " + std::to_string(kMaxOperations) + ")");
            break;
        }
    }
    checkPagingAllowed();
    checkHugeAllowed();
    const bool headerFailed = std::any_of(m_errors.begin(), m_errors.end(),
                                          [&](const ParseError& e) { return e.where.line == m_top.line; });
    if (m_top.depth > 0 && !m_stop && !headerFailed)
        addError(m_top.line, "this repeat block is never closed with a '}' line");

    ParseResult result;
    result.errorsTruncated = m_truncated;
    result.charactersLexed = m_charactersLexed;
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
    scenario.chapters = std::move(m_chapters);
    result.scenario = std::move(scenario);
    return result;
}

void Parser::feed(Block& block, int lineNo, std::string_view line)
{
    std::vector<Token> tokens;
    const std::size_t codeEnd = lex(line, tokens);
    const auto is = [&](std::size_t i, std::string_view word) {
        return i < tokens.size() && !tokens[i].isString && tokens[i].raw == word;
    };
    const bool opens = is(0, "repeat");
    if (block.depth > 0) {
        if (opens && is(tokens.size() - 1, "{"))
            ++block.depth;
        if (tokens.size() == 1 && is(0, "}") && --block.depth == 0) {
            const Block done = std::exchange(block, Block{});
            expand(done);
            return;
        }
        block.body.emplace_back(lineNo, line);
        return;
    }
    if (!opens) {
        parseLine(lineNo, line);
        return;
    }
    m_sawOperation = true;
    const std::string_view code = trim(line.substr(0, codeEnd));
    // The one-line form, `repeat 8 { p[i] = vmalloc 4K }`: one operation between the braces.
    std::size_t brace = 0;
    while (brace < tokens.size() && !is(brace, "{"))
        ++brace;
    const bool oneLine = brace + 2 < tokens.size() && is(tokens.size() - 1, "}");
    std::string_view inner;
    if (oneLine) {
        const char* from = tokens[brace + 1].raw.data();
        inner = std::string_view(from, static_cast<std::size_t>(tokens.back().raw.data() - from));
        tokens.resize(brace + 1);
    }
    // Opened before the header is read, so a bad header does not also make its '}' an error.
    block = Block{lineNo, 0, "i", {}, oneLine ? 0 : 1};
    openBlock(block, std::move(tokens), code);
    if (oneLine) {
        block.body.emplace_back(lineNo, inner);
        const Block done = std::exchange(block, Block{});
        expand(done);
    }
}

void Parser::openBlock(Block& block, std::vector<Token> header, std::string_view code)
{
    static const std::string usage = "repeat needs COUNT [as INDEX] and then '{', e.g. repeat 8 as i {";
    Cursor cursor(std::move(header), code);
    cursor.take();
    if (m_loops.size() >= kMaxRepeatNesting)
        fail("repeat blocks nest at most " + std::to_string(kMaxRepeatNesting) + " deep");
    const std::uint64_t count = sizeExprOrFail(cursor.word(usage), "repeat count", m_loops);
    if (count > kMaxOperations)
        fail("repeat " + std::to_string(count) + " is over the operation limit (" +
             std::to_string(kMaxOperations) + ")");
    std::string index = "i";
    if (!cursor.atEnd() && !cursor.peek().isString && cursor.peek().raw == "as") {
        cursor.take();
        const std::string_view name = cursor.word(usage);
        if (!isIdentifier(name) || name.size() > kMaxVarNameLength)
            fail(quoted(name) + " is not a valid index name (letters, digits and _)");
        index = name;
    }
    if (cursor.atEnd() || cursor.peek().isString || cursor.peek().raw != "{")
        fail(usage);
    cursor.take();
    cursor.expectEnd();
    block.count = count;
    block.index = std::move(index);
}

void Parser::feedCaught(Block& block, int lineNo, std::string_view line)
{
    try {
        feed(block, lineNo, line);
    } catch (const LineError& e) {
        if (!addError(lineNo, e.message))
            m_stop = true;
    }
    if (m_operations.size() > kMaxOperations) {
        m_operations.resize(kMaxOperations);
        addError(lineNo, "too many operations (the limit is " + std::to_string(kMaxOperations) + ")");
        m_stop = true;
    }
}

void Parser::expand(const Block& block)
{
    // `repeat 0` still checks its body once, then drops what it made.
    const std::size_t operationsBefore = m_operations.size();
    const std::size_t errorsBefore = m_errors.size();
    const std::uint64_t passes = std::max<std::uint64_t>(block.count, 1);
    m_loops.push_back(LoopBinding{block.index, 0});
    for (std::uint64_t pass = 0; pass < passes && !m_stop && m_errors.size() == errorsBefore; ++pass) {
        if (++m_repeatPasses > kMaxRepeatPasses) {
            addError(block.line, "repeat blocks make more than " + std::to_string(kMaxRepeatPasses) +
                                     " passes in this file");
            m_stop = true;
            break;
        }
        m_loops.back().value = pass;
        Block inner;
        for (const auto& [lineNo, text] : block.body) {
            feedCaught(inner, lineNo, text);
            if (m_stop)
                break;
        }
    }
    m_loops.pop_back();
    if (block.count == 0)
        m_operations.resize(std::min(m_operations.size(), operationsBefore));
}

void Parser::parseLesson(int lineNo, std::string_view keyword, Cursor& cursor)
{
    const std::string word(keyword);
    if (!m_loops.empty())
        fail(word + " cannot be inside a repeat block");
    if (cursor.atEnd() || !cursor.peek().isString)
        fail(word + " needs its text in double quotes, e.g. " + word + " \"...\"");
    std::string value = cursor.take().value;
    cursor.expectEnd();
    if (value.empty())
        fail(word + " has an empty text");
    if (keyword == "chapter") {
        m_chapters.push_back(
            Chapter{Location{m_file, lineNo}, std::move(value), {}, {}, {}, m_operations.size()});
        return;
    }
    if (m_chapters.empty())
        fail(word + " must come after a chapter line (chapter \"Title\")");
    Chapter& chapter = m_chapters.back();
    std::string& field = keyword == "say" ? chapter.say : keyword == "ask" ? chapter.ask : chapter.note;
    if (!field.empty())
        field += ' ';
    field += value;
}

std::uint64_t Parser::sizeArgument(Cursor& cursor, const std::string& wanted)
{
    const std::string_view word = cursor.word(wanted);
    if (word != "random")
        return sizeExprOrFail(word, "size", m_loops);
    static const std::string usage = "random needs LOW..HIGH [step STEP], e.g. random 4K..64K step 4K";
    const std::string_view range = cursor.word(usage);
    const std::size_t dots = range.find("..");
    if (dots == std::string_view::npos)
        fail(usage + ", not " + quoted(range));
    const std::uint64_t low = sizeExprOrFail(range.substr(0, dots), "size", m_loops);
    const std::uint64_t high = sizeExprOrFail(range.substr(dots + 2), "size", m_loops);
    if (low > high)
        fail("random " + printable(range) + ": LOW is above HIGH");
    std::uint64_t step = 1;
    if (!cursor.atEnd() && !cursor.peek().isString && cursor.peek().raw == "step") {
        cursor.take();
        step = sizeExprOrFail(cursor.word(usage), "step", m_loops);
        if (step == 0)
            fail("random ... step 0: the step must be at least 1");
    }
    if (!m_random)
        m_random.emplace(m_config.seed.value_or(0));
    return m_random->pick(low, high, step);
}

std::string Parser::usedVar(std::string_view name, std::string_view what) const
{
    if (!isVarSyntax(name))
        fail(quoted(name) + " is not a variable name");
    std::string var = varNameOrFail(name, m_loops);
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
        static constexpr std::array<std::string_view, 10> kConfigKeys = {
            "ram", "cpus", "seed", "comm", "pid", "module", "vmalloc", "kernel", "paging", "uptime"};
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
        if (!isVarSyntax(name))
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
    std::string text(code);
    for (std::size_t i = 0; i < m_loops.size(); ++i)
        text += (i == 0 ? "  (" : ", ") + m_loops[i].name + "=" + std::to_string(m_loops[i].value) +
                (i + 1 == m_loops.size() ? ")" : "");

    if (keyword == "chapter" || keyword == "say" || keyword == "ask" || keyword == "note") {
        if (assignedVar)
            fail(quoted(keyword) + " cannot be assigned to a variable");
        parseLesson(lineNo, keyword, cursor);
        return;
    }
    if (keyword == "repeat" || keyword == "}")
        fail(keyword == "repeat" ? "repeat needs COUNT [as INDEX] and a '{' at the end of the line"
                                 : "'}' without a repeat block to close");
    if (keyword == "vzalloc") {
        m_sawOperation = true;
        fail(std::string(kVzallocMessage));
    }
    if (const auto api = allocApiFromName(keyword)) {
        m_sawOperation = true;
        std::string var = varNameOrFail(assignedVar.value_or(std::string_view{}), m_loops);
        if (!var.empty())
            m_assigned.insert(var); // even if the arguments are bad: later uses are not errors too
        if (*api == AllocApi::VmallocHuge &&
            std::find(m_hugeLines.begin(), m_hugeLines.end(), lineNo) == m_hugeLines.end())
            m_hugeLines.push_back(lineNo);
        if (*api == AllocApi::Kvmalloc && (m_kvLines.empty() || m_kvLines.back().first != lineNo))
            m_kvLines.emplace_back(lineNo, "kvmalloc");
        m_operations.push_back(
            Operation{Location{m_file, lineNo}, std::move(text), parseAlloc(std::move(var), *api, cursor)});
        return;
    }

    static constexpr std::array<std::string_view, 8> kOthers = {"vfree", "kvfree", "fail",  "leak",
                                                                "purge", "sleep",  "write", "kmemleak"};
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
    if (keyword == "vfree" || keyword == "kvfree") {
        op = parseFree(cursor, keyword);
        if (keyword == "kvfree" && (m_kvLines.empty() || m_kvLines.back().first != lineNo))
            m_kvLines.emplace_back(lineNo, "kvfree");
    } else if (keyword == "fail")
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
    m_operations.push_back(Operation{Location{m_file, lineNo}, std::move(text), std::move(op)});
}

void Parser::parseConfig(int lineNo, Cursor& cursor)
{
    if (m_sawOperation)
        fail("config must come before the first operation");
    if (cursor.atEnd())
        fail("config needs KEY=VALUE settings (ram, cpus, seed, comm, pid, module, vmalloc, kernel, paging, "
             "uptime)");
    while (!cursor.atEnd()) {
        const std::string_view setting = cursor.word("config settings are KEY=VALUE");
        const std::size_t eq = setting.find('=');
        const std::string_view key = setting.substr(0, eq);
        if (key != "ram" && key != "cpus" && key != "seed" && key != "comm" && key != "pid" &&
            key != "module" && key != "vmalloc" && key != "kernel" && key != "paging" && key != "uptime")
            fail("unknown config key " + quoted(key) +
                 " (use ram, cpus, seed, comm, pid, module, vmalloc, kernel, paging or uptime)");
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
            const std::uint64_t ram = sizeExprOrFail(value, "size", m_loops);
            if (ram % k::PAGE_SIZE != 0)
                fail(shown + " is not a multiple of the 4 KiB page size");
            if (ram < kMinRam || ram > kMaxRam)
                fail(shown + " is out of range (32M to 64G)");
            m_config.ramBytes = ram;
        } else if (key == "vmalloc") {
            const std::uint64_t bytes = sizeExprOrFail(value, "size", m_loops);
            if (bytes % k::PAGE_SIZE != 0)
                fail(shown + " is not a multiple of the 4 KiB page size");
            if (bytes < kMiB || bytes > k::VMALLOC_END - k::VMALLOC_START + 1)
                fail(shown + " is out of range (1M to 32768G, the x86-64 vmalloc range)");
            m_config.vmallocBytes = bytes;
        } else if (key == "paging") {
            if (value != "4" && value != "5")
                fail(shown + ": paging is 4 or 5 (levels of page tables; 5 is LA57)");
            m_config.pagingLevels = value == "5" ? 5 : 4;
        } else if (key == "cpus") {
            m_config.cpus = static_cast<unsigned>(ranged(1, kMaxCpus));
        } else if (key == "seed") {
            m_config.seed = numberOrFail(value, "seed");
        } else if (key == "comm") {
            m_config.comm = name(kCommMax, true);
        } else if (key == "pid") {
            m_config.pid = static_cast<unsigned>(ranged(1, kPidMaxLimit));
        } else if (key == "uptime") {
            std::string problem;
            const auto micros = parseUptime(value, problem);
            if (!micros)
                fail(std::string(shown).append(": ").append(problem));
            m_config.uptimeMicros = *micros;
        } else if (key == "kernel") {
            if (!makeKernelProfile(value))
                fail("unknown kernel " + quoted(value) + " (known: " + knownKernelProfiles() + ")");
            m_config.kernel = std::string(value);
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
        op.size = sizeArgument(cursor, apiName + " needs a SIZE");
        cursor.expectEnd();
        return op;
    }
    const std::string usage =
        "__vmalloc needs SIZE GFP PROT, e.g. __vmalloc 8K GFP_KERNEL|__GFP_HIGHMEM PAGE_KERNEL";
    op.size = sizeArgument(cursor, usage);
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

FreeOp Parser::parseFree(Cursor& cursor, std::string_view verb)
{
    const std::string_view target = cursor.word(std::string(verb) + " needs a variable, an address or NULL");
    FreeOp op;
    op.kvfree = verb == "kvfree";
    if (target == "NULL")
        op.address = 0;
    else if (isDigit(target.front()) || target.front() == '-' || target.front() == '+')
        op.address = sizeOrFail(target, "address"); // any value: bad addresses are the kernel's to WARN about
    else if (isVarSyntax(target))
        op.var = usedVar(target, verb == "kvfree" ? "kvfree of" : "vfree of");
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
    const std::size_t close = target.find(']');
    const std::size_t plus = target.find('+', close == std::string_view::npos ? 0 : close);
    op.var = usedVar(target.substr(0, plus), "write to");
    if (plus != std::string_view::npos)
        op.offset = sizeExprOrFail(target.substr(plus + 1), "offset", m_loops);
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
            op.length = sizeExprOrFail(cursor.word("write ... fill needs BYTE COUNT (e.g. fill aa 4K)"),
                                       "count", m_loops);
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

std::optional<std::uint64_t> parseUptime(std::string_view text, std::string& error)
{
    if (text.ends_with('s'))
        text.remove_suffix(1);
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    const auto digits = [](std::string_view s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (whole.empty() || !digits(whole) || !digits(fraction) ||
        (dot != std::string_view::npos && fraction.empty())) {
        error = "uptime is seconds since boot, e.g. 5, 12.345678 or 90s";
        return std::nullopt;
    }
    if (fraction.size() > 6) {
        error = "uptime has at most six decimals (printk prints microseconds)";
        return std::nullopt;
    }
    constexpr std::uint64_t kMaxSeconds = MachineConfig::kMaxUptimeMicros / 1'000'000;
    if (whole.size() > 9 || std::stoull(std::string(whole)) > kMaxSeconds) {
        error = "uptime is at most a year (" + std::to_string(kMaxSeconds) + " s)";
        return std::nullopt;
    }
    std::uint64_t micros = std::stoull(std::string(whole)) * 1'000'000;
    std::uint64_t scale = 100'000;
    for (const char c : fraction) {
        micros += static_cast<std::uint64_t>(c - '0') * scale;
        scale /= 10;
    }
    if (micros > MachineConfig::kMaxUptimeMicros) {
        error = "uptime is at most a year (" + std::to_string(kMaxSeconds) + " s)";
        return std::nullopt;
    }
    return micros;
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

} // namespace vmviz::scenario
