// SPDX-License-Identifier: GPL-2.0-only
#include "kmemleak/KmemleakScanGraph.h"

#include "trace/StepRoles.h"

#include <algorithm>

namespace vmviz {

namespace {

bool isScanCall(const Step& s)
{
    return s.kind == StepKind::Call && s.function == Fn::kmemleak_scan;
}

} // namespace

KmemleakScanGraph scanGraphAt(const Trace& trace, StepIndex position)
{
    KmemleakScanGraph graph;
    const std::uint64_t last = std::min(position.value(), trace.size());
    std::uint64_t call = last;
    while (call >= 1 && !isScanCall(trace.step(StepIndex{call})))
        --call;
    if (call == 0)
        return graph;
    graph.callStep = call;
    const std::uint8_t depth = trace.step(StepIndex{call}).depth;
    for (std::uint64_t i = call + 1; i <= last; ++i) {
        const Step s = trace.step(StepIndex{i});
        if (s.kind == StepKind::Return && s.function == Fn::kmemleak_scan && s.depth == depth) {
            graph.returnStep = i;
            break;
        }
        if (s.kind != StepKind::Effect)
            continue;
        switch (s.event) {
        case Ev::KmlScanStart:
            graph.scanJiffies = s.args[0];
            break;
        case Ev::KmlRootRef:
        case Ev::KmlRootRefGray:
        case Ev::KmlObjectRef:
        case Ev::KmlObjectRefGray: {
            ScanEdge e;
            e.step = i;
            e.fromRoot = s.event == Ev::KmlRootRef || s.event == Ev::KmlRootRefGray;
            e.madeGray = s.event == Ev::KmlRootRefGray || s.event == Ev::KmlObjectRefGray;
            if (e.fromRoot) {
                e.root = trace.string(s.args[0]);
                if (std::find(graph.roots.begin(), graph.roots.end(), e.root) == graph.roots.end())
                    graph.roots.push_back(e.root);
            } else {
                e.from = s.args[0];
            }
            e.to = s.args[1];
            const CountMinCount c = unpackCountMinCount(s.args[2]);
            e.count = c.count;
            e.minCount = c.minCount;
            graph.edges.push_back(std::move(e));
            break;
        }
        case Ev::KmlScanObject:
            graph.scanned.push_back(s.args[0]);
            break;
        case Ev::KmlChecksumChanged:
            graph.verdicts.push_back({i, s.args[0], ScanVerdict::ChecksumChanged});
            break;
        case Ev::KmlTooYoung:
            graph.verdicts.push_back({i, s.args[0], ScanVerdict::TooYoung});
            break;
        case Ev::KmlReported:
            graph.verdicts.push_back({i, s.args[0], ScanVerdict::Reported});
            break;
        default:
            break;
        }
    }
    return graph;
}

} // namespace vmviz
