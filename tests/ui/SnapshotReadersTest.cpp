// SPDX-License-Identifier: GPL-2.0-only
// Views answer from the snapshot they were given, never from the live machine: the address report
// says what exports::translateText says for the machine at the snapshot's step, and the address
// and kernel-text panels keep showing their snapshot's step after the session has moved on.
#include "TestSupport.h"

#include "base/Constants.h"
#include "export/Exports.h"
#include "machine/Machine.h"
#include "scenario/ScenarioRunner.h"
#include "snapshot/AddressReport.h"
#include "snapshot/KernelTextSnapshot.h"
#include "snapshot/SnapshotBuilder.h"
#include "views/AddressInspector.h"
#include "views/KernelTextPanel.h"

#include <set>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

/// Areas with kmalloc'ed page arrays, a lazy free, a WARN.
const std::string kBusy = "config ram=128M\n"
                          "a = vmalloc 20K\n"
                          "b = vmalloc 64K\n"
                          "c = vmalloc 4K\n"
                          "vfree a\n"
                          "vfree 0xffffc90000003000\n";

/// Every kind of address the report tells apart, at this snapshot.
std::set<std::uint64_t> addressesToAsk(const MachineSnapshot& s)
{
    std::set<std::uint64_t> out = {
        0x1000,                // user space
        0xffff800000000000ull, // a hole
        k::PAGE_OFFSET,        // direct map of pfn 0
        k::PAGE_OFFSET + (s.phys->frameCount - 1) * k::PAGE_SIZE,
        k::PAGE_OFFSET + s.phys->frameCount * k::PAGE_SIZE, // beyond RAM
        k::VMALLOC_START,
        k::VMALLOC_END,
        k::VMEMMAP_START + 0x40,
        k::MODULES_VADDR + 0x1000,
        k::KERNEL_TEXT_START + 0x1234,
    };
    for (const AreaInfo& a : s.areas->areas) {
        out.insert({a.vaStart, a.vaStart + 0x10, a.vaEnd - 1, a.vaEnd, a.vaEnd + k::PAGE_SIZE});
        for (std::size_t i = 0; i < a.pagePfns.size(); i += 97) // a sample of the data pages
            out.insert(k::directMapAddress(a.pagePfns[i] << k::PAGE_SHIFT) + 8);
    }
    for (const KmemleakObject& o : s.kmemleak->objects)
        out.insert({o.pointer, o.pointer + o.size - 1, o.pointer + o.size});
    for (const TableSnapshot& t : s.tables->tables)
        out.insert(k::directMapAddress(t.pfn << k::PAGE_SHIFT) + 0x18);
    return out;
}

/// Whether kmemleak has a record of every kmalloc'ed object at this step. It has except at the one
/// step inside kmalloc between taking the object and kmemleak_alloc, and inside kfree between
/// kmemleak_free and putting it back.
bool kmemleakKeepsUpWithSlab(const Machine& m)
{
    std::uint64_t records = 0;
    for (const KmemleakObject& o : m.kmemleak.objects())
        records += o.kind == TrackedKind::Kmalloc ? 1 : 0;
    return records == m.slab.liveObjects();
}

/// A report without the slab object it names: what must still agree at a lag step.
std::string withoutSlabObject(std::string text)
{
    const auto at = text.find(", inside kmalloc-");
    if (at != std::string::npos)
        text.erase(at, text.find('\n', at) - at);
    return text;
}

TEST(AddressReport, SaysWhatTranslateSaysForTheMachineAtThatStep)
{
    auto result = scenario::runScenarioText(kBusy, "busy.vmviz");
    ASSERT_TRUE(result.machine) << result.error;
    Machine& m = *result.machine;
    const RunIndex index(m.trace);
    const SnapshotBuilder builder(m);
    SnapshotPtr previous;
    int asked = 0;
    std::uint64_t lagSteps = 0;
    for (std::uint64_t p = 0; p <= m.stepCount(); ++p) {
        m.seek(StepIndex{p});
        const SnapshotPtr s = builder.build(m, index, previous.get(), 1);
        previous = s;
        const bool exact = kmemleakKeepsUpWithSlab(m);
        lagSteps += exact ? 0 : 1;
        for (const std::uint64_t vaddr : addressesToAsk(*s)) {
            const std::string expected = exports::translateText(m, VirtAddr{vaddr});
            const std::string report = describeAddress(*s, vaddr);
            if (exact)
                ASSERT_EQ(report, expected) << "step " << p << ", address " << std::hex << vaddr;
            else
                ASSERT_EQ(withoutSlabObject(report), withoutSlabObject(expected))
                    << "step " << p << ", address " << std::hex << vaddr;
            ++asked;
        }
    }
    EXPECT_GT(asked, 1000);
    // A step inside kmalloc or kfree now and then, not a kmemleak that stopped keeping up.
    EXPECT_GT(lagSteps, 0u);
    EXPECT_LT(lagSteps * 10, m.stepCount());
}

TEST(AddressInspector, AnswersForItsSnapshotAfterTheSessionMovedOn)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kSeed, SessionController::kEnd));
    session.seek(session.stepCount() / 2);
    const SnapshotPtr middle = session.snapshot();
    ASSERT_FALSE(middle->areas->areas.empty());
    const std::uint64_t vaddr = middle->areas->areas.front().vaStart;

    AddressInspector inspector;
    inspector.setSnapshot(middle);
    session.goToStart(); // no area at all any more
    inspector.inspect(vaddr, false);
    EXPECT_EQ(inspector.result().toStdString(), describeAddress(*middle, vaddr));
    EXPECT_TRUE(inspector.result().contains(QStringLiteral("vmalloc area")))
        << inspector.result().toStdString();
}

TEST(KernelTextPanel, ShowsItsSnapshotsTextAfterTheSessionMovedOn)
{
    SessionController session;
    session.setKernelTextFormat(QStringLiteral("dmesg"));
    ASSERT_TRUE(test::runAndWait(
        session, QStringLiteral("config ram=128M\na = vmalloc 100\nvfree 0xffffc90000003000\n"),
        SessionController::kEnd));
    const SnapshotPtr end = session.snapshot();
    ASSERT_TRUE(end->kernelText && end->kernelText->find("dmesg"));
    const QString warned = session.kernelText(QStringLiteral("dmesg"));
    ASSERT_TRUE(warned.contains(QStringLiteral("WARNING")));

    session.goToStart();
    ASSERT_NE(session.kernelText(QStringLiteral("dmesg")), warned);
    KernelTextPanel panel; // nobody answers its requests: it has only the snapshot it is given
    panel.show();
    panel.setSnapshot(end);
    EXPECT_EQ(panel.text(), warned);

    // Given a snapshot that carries other files only, it shows nothing rather than another step's text.
    panel.setFormat(QStringLiteral("ptdump"));
    EXPECT_TRUE(panel.text().isEmpty());
    panel.setFormat(QStringLiteral("dmesg"));
    EXPECT_EQ(panel.text(), warned);
}

TEST(KernelTextSnapshot, OnlyTheFilesAskedForAreRendered)
{
    SessionController session;
    ASSERT_TRUE(test::runAndWait(session, test::kSeed, SessionController::kEnd));
    EXPECT_FALSE(session.snapshot()->kernelText) << "nobody asked: stepping renders no text";
    session.stepBack();
    EXPECT_FALSE(session.snapshot()->kernelText);
    EXPECT_EQ(session.kernelTextRenderCount(), 0);

    const SnapshotPtr before = session.snapshot();
    QSignalSpy added(&session, &SessionController::kernelTextAdded);
    session.setKernelTextFormat(QStringLiteral("vmallocinfo"));
    ASSERT_EQ(added.size(), 1);
    const SnapshotPtr withFile = session.snapshot();
    ASSERT_TRUE(withFile->kernelText);
    EXPECT_EQ(*withFile->kernelText->find("vmallocinfo"),
              session.kernelText(QStringLiteral("vmallocinfo")).toStdString());
    EXPECT_EQ(withFile->kernelText->find("dmesg"), nullptr);
    EXPECT_NE(withFile, before);
    EXPECT_EQ(withFile->phys, before->phys) << "the same step: every part shared";
    EXPECT_EQ(withFile->step.position, before->step.position);

    session.stepBack();
    ASSERT_TRUE(session.snapshot()->kernelText);
    EXPECT_EQ(session.snapshot()->kernelText->files.size(), 1u);
    EXPECT_EQ(session.kernelTextRenderCount(), 2);

    session.setKernelTextFormat(QString());
    session.stepInto();
    EXPECT_FALSE(session.snapshot()->kernelText);
    EXPECT_EQ(session.kernelTextRenderCount(), 2);
}

} // namespace
