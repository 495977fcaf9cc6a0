// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// "What is this address?": the page-table walk and what the address is, for any kernel virtual
// address, answered from the snapshot the panel was given (snapshot/AddressReport.h).
#include "snapshot/MachineSnapshot.h"
#include "views/StepView.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QLineEdit;
class QPlainTextEdit;

namespace vmviz::ui {

class AddressInspector : public QWidget, public StepView
{
    Q_OBJECT
public:
    explicit AddressInspector(QWidget* parent = nullptr);

    /// Parses "0xffffc90000001000", "ffffc90000001000" or decimal.
    static std::optional<std::uint64_t> parseAddress(const QString& text);
    /// Explains `vaddr`; with `selectArea`, also asks for the area holding it to be selected.
    void inspect(std::uint64_t vaddr, bool selectArea);
    QString result() const;

    void setSnapshot(const SnapshotPtr& snapshot) override;
    /// A newly selected area the shown address is not in: explain the area's start instead.
    void setLinkedSelection(const std::shared_ptr<const LinkedSelection>& linked) override;

Q_SIGNALS:
    /// The user asked about `vaddr`: the window selects the area holding it everywhere.
    void selectAreaRequested(std::uint64_t vaddr);

private:
    void refresh();

    SnapshotPtr m_snapshot;
    QLineEdit* m_input;
    QPlainTextEdit* m_output;
    std::optional<std::uint64_t> m_address;
};

} // namespace vmviz::ui
