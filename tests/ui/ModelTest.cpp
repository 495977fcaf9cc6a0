// SPDX-License-Identifier: GPL-2.0-only
// Every item model passes QAbstractItemModelTester while the cursor moves through a run and the
// selection changes (models are reset, partially updated and re-highlighted along the way).
#include "TestSupport.h"

#include "controller/SelectionController.h"
#include "models/CallStackModel.h"
#include "models/KmemleakModel.h"
#include "models/PageTableModel.h"

#include <QAbstractItemModelTester>

using namespace vmviz;
using namespace vmviz::ui;

namespace {

class ModelTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(test::runAndWait(m_session, test::kRecursion)); }

    /// Walks the cursor through positions that exercise resets and highlight-only updates.
    template <typename Model> void walk(Model& model)
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const std::uint64_t n = m_session.stepCount();
        for (const std::uint64_t p : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{65}, n / 3, n / 2,
                                      n / 2 + 1, n - 1, n, n / 4, std::uint64_t{0}}) {
            m_session.seek(p);
            model.setSnapshot(m_session.snapshot());
        }
        // Stepping one by one through a stretch with page-table writes.
        m_session.seek(n / 2);
        for (int i = 0; i < 40; ++i) {
            m_session.stepInto();
            model.setSnapshot(m_session.snapshot());
        }
    }

    SessionController m_session;
};

TEST_F(ModelTest, PageTableModel)
{
    PageTableModel model;
    walk(model);
    // At the end the tree holds PGD → PUD → PMD → PTE entries for 513 + 2 pages.
    m_session.goToEnd();
    model.setSnapshot(m_session.snapshot());
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex pgd = model.index(0, 0);
    ASSERT_GE(model.rowCount(pgd), 1);
    const QModelIndex pgdEntry = model.index(0, 0, pgd);
    EXPECT_TRUE(model.data(pgdEntry).toString().startsWith(QStringLiteral("PGD[")));
    const QModelIndex pud = model.index(0, 0, pgdEntry);
    const QModelIndex pmd = model.index(0, 0, pud);
    ASSERT_TRUE(pmd.isValid());
    EXPECT_EQ(model.rowCount(pmd), 512); // the first PTE table is full: 513 + 1 + 2 pages were mapped
}

TEST_F(ModelTest, PageTableModelWithSelection)
{
    PageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SelectionController selection(m_session);
    QObject::connect(&selection, &SelectionController::selectionChanged, &model,
                     &PageTableModel::setLinkedSelection);
    m_session.goToEnd();
    model.setSnapshot(m_session.snapshot());
    ASSERT_TRUE(selection.selectAddress(k::VMALLOC_START));
    selection.selectArea(std::nullopt);
}

TEST_F(ModelTest, KmemleakModel)
{
    KmemleakModel model;
    walk(model);
    m_session.goToEnd();
    model.setSnapshot(m_session.snapshot());
    // vm_struct, vmap_area of both areas, and both vmalloc objects are tracked.
    EXPECT_GE(model.rowCount(), 5);
    bool sawVmalloc = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, KmemleakModel::KindColumn)).toString() == QStringLiteral("vmalloc")) {
            sawVmalloc = true;
            EXPECT_EQ(model.data(model.index(row, KmemleakModel::MinCountColumn)).toInt(), 3);
        }
    }
    EXPECT_TRUE(sawVmalloc);
}

TEST_F(ModelTest, CallStackModel)
{
    CallStackModel model;
    walk(model);
    m_session.seek(0);
    model.setSnapshot(m_session.snapshot());
    EXPECT_EQ(model.rowCount(), 0);
    m_session.seek(3);
    model.setSnapshot(m_session.snapshot());
    EXPECT_EQ(model.functionNames(), (QStringList{QStringLiteral("__vmalloc_node"), QStringLiteral("vmalloc"),
                                                  QStringLiteral("caller")}));
}

} // namespace
