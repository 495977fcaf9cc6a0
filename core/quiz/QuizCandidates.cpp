// SPDX-License-Identifier: GPL-2.0-only
#include "quiz/QuizCandidates.h"

#include "steps/StepFocus.h"
#include "trace/StepRoles.h"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

namespace vmviz::quiz {

namespace {

struct OpenCall
{
    std::uint64_t index;
    Fn function;
};

bool isVmallocApi(Fn fn)
{
    return fn == Fn::vmalloc || fn == Fn::vmalloc_32 || fn == Fn::vmalloc_user || fn == Fn::__vmalloc;
}

/// vmalloc: the reservation of the address it returns (the nested page-array area is reserved
/// later, inside __vmalloc_area_node, at another address).
std::optional<Candidate> vmallocCandidate(const Trace& trace, std::uint64_t call, std::uint64_t ret)
{
    const std::uint64_t returned = returnedValue(trace.step(StepIndex{ret}));
    if (returned == 0)
        return std::nullopt;
    for (std::uint64_t i = call + 1; i < ret; ++i) {
        const Step s = trace.step(StepIndex{i});
        if (s.kind == StepKind::Effect && s.event == Ev::VmapReserve &&
            focusOf(s).address == VirtAddr{returned})
            return Candidate{QuestionKind::VmallocAddress, call, i, ret, returned, 0};
    }
    return std::nullopt;
}

/// alloc_page(s): the last list move of the frame it returns is where it was taken.
std::optional<Candidate> allocPageCandidate(const Trace& trace, std::uint64_t call, std::uint64_t ret)
{
    const auto pfn = argWith<ArgRole::Frame>(trace.step(StepIndex{ret}));
    if (!pfn || pfn->value() == 0)
        return std::nullopt;
    std::optional<std::uint64_t> proof;
    for (std::uint64_t i = call + 1; i < ret; ++i) {
        const auto move = frameListMoveOf(trace.step(StepIndex{i}));
        if (move && move->frame == *pfn && move->leaves != FreeList::None)
            proof = i;
    }
    if (!proof)
        return std::nullopt;
    return Candidate{QuestionKind::AllocPagePfn, call, *proof, ret, pfn->value(), 0};
}

/// map_vm_area: the page-table pages taken under it. The proof is the last table taken, or the
/// last entry written when every table was there already.
std::optional<Candidate> tablePagesCandidate(const Trace& trace, std::uint64_t call, std::uint64_t ret)
{
    std::uint64_t tables = 0;
    std::optional<std::uint64_t> lastTable;
    std::optional<std::uint64_t> lastWrite;
    for (std::uint64_t i = call + 1; i < ret; ++i) {
        const Step s = trace.step(StepIndex{i});
        if (s.kind != StepKind::Effect)
            continue;
        if (s.event == Ev::TableAlloc) {
            ++tables;
            lastTable = i;
        } else if (s.event == Ev::EntryWrite) {
            lastWrite = i;
        }
    }
    const auto proof = lastTable ? lastTable : lastWrite;
    if (!proof)
        return std::nullopt;
    return Candidate{QuestionKind::TablePages, call, *proof, ret, tables, 0};
}

/// __free_page(s): the first list the freed frame joins.
std::optional<Candidate> freeListCandidate(const Trace& trace, std::uint64_t call, std::uint64_t ret)
{
    const auto freed = argWith<ArgRole::Frame>(trace.step(StepIndex{call}));
    if (!freed)
        return std::nullopt;
    for (std::uint64_t i = call + 1; i < ret; ++i) {
        const Step s = trace.step(StepIndex{i});
        const auto move = frameListMoveOf(s);
        if (!move || move->frame != *freed || move->joins == FreeList::None)
            continue;
        std::uint64_t code = kPerCpuHead;
        if (move->joins == FreeList::Buddy)
            code = buddyFreeListCode(static_cast<unsigned>(argWith<ArgRole::Order>(s).value_or(0)));
        else if (s.event != Ev::PcpAdd)
            code = kPerCpuTail;
        return Candidate{QuestionKind::FreeList, call, i, ret, code, freed->value()};
    }
    return std::nullopt;
}

std::optional<KmemleakVerdict> verdictOf(Ev event)
{
    switch (event) {
    case Ev::KmlReported:
        return KmemleakVerdict::Reported;
    case Ev::KmlTooYoung:
        return KmemleakVerdict::TooYoung;
    case Ev::KmlChecksumChanged:
        return KmemleakVerdict::ChecksumChanged;
    case Ev::KmlRootRefGray:
    case Ev::KmlObjectRefGray:
        return KmemleakVerdict::Referenced;
    default:
        return std::nullopt;
    }
}

} // namespace

std::vector<Candidate> findCandidates(const Machine& machine)
{
    const Trace& trace = machine.trace;
    std::vector<Candidate> out;
    std::vector<OpenCall> open;
    // kmemleak: the first verdict on each object in each scan decides it.
    std::set<std::pair<std::uint64_t, std::uint64_t>> judged;
    std::vector<Candidate> pendingScan;
    const std::uint64_t n = trace.size();
    for (std::uint64_t i = 1; i <= n; ++i) {
        const Step s = trace.step(StepIndex{i});
        if (s.kind == StepKind::Call) {
            open.push_back({i, s.function});
            continue;
        }
        if (s.kind == StepKind::Effect) {
            if (s.event == Ev::EntryWrite)
                out.push_back(Candidate{QuestionKind::EntryValue, i, i, i,
                                        rawArgWith(s, ArgRole::EntryValue).value_or(0), 0});
            const auto verdict = verdictOf(s.event);
            const auto scan = std::find_if(open.rbegin(), open.rend(),
                                           [](const OpenCall& c) { return c.function == Fn::kmemleak_scan; });
            const auto object = focusOf(s).kmemleakObject;
            if (verdict && scan != open.rend() && object &&
                judged.insert({scan->index, object->value()}).second)
                pendingScan.push_back(Candidate{QuestionKind::KmemleakReport, scan->index, i, 0,
                                                static_cast<std::uint64_t>(*verdict), object->value()});
            continue;
        }
        // A return closes the innermost open call (an oops abandons calls: they never return).
        while (!open.empty() && open.back().function != s.function)
            open.pop_back();
        if (open.empty())
            continue;
        const std::uint64_t call = open.back().index;
        open.pop_back();
        std::optional<Candidate> found;
        if (isVmallocApi(s.function))
            found = vmallocCandidate(trace, call, i);
        else if (s.function == Fn::alloc_page || s.function == Fn::alloc_pages)
            found = allocPageCandidate(trace, call, i);
        else if (s.function == Fn::map_vm_area)
            found = tablePagesCandidate(trace, call, i);
        else if (s.function == Fn::__free_page || s.function == Fn::__free_pages)
            found = freeListCandidate(trace, call, i);
        else if (s.function == Fn::kmemleak_scan) {
            for (Candidate& c : pendingScan) {
                c.callEnd = i;
                out.push_back(c);
            }
            pendingScan.clear();
        }
        if (found)
            out.push_back(*found);
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return std::pair(a.askBefore, a.proofStep) < std::pair(b.askBefore, b.proofStep);
    });
    return out;
}

} // namespace vmviz::quiz
