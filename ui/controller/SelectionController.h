// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The linked selection: one selected vmalloc area, resolved against every new snapshot into the
// frames, entries and kmemleak objects that belong to it (snapshot/LinkedSelection.h).
#include "snapshot/LinkedSelection.h"

#include <QObject>

#include <memory>
#include <optional>

namespace vmviz::ui {

class SessionController;

class SelectionController : public QObject
{
    Q_OBJECT
public:
    explicit SelectionController(SessionController& session, QObject* parent = nullptr);

    void selectArea(std::optional<AreaId> area);
    /// Selects the area containing `vaddr`, if any; returns whether one was found.
    bool selectAddress(std::uint64_t vaddr);
    std::optional<AreaId> selectedArea() const { return m_area; }
    std::shared_ptr<const LinkedSelection> linked() const { return m_linked; }

Q_SIGNALS:
    void selectionChanged(const std::shared_ptr<const vmviz::ui::LinkedSelection>& linked);

private:
    void resolve();

    SessionController& m_session;
    std::optional<AreaId> m_area;
    std::shared_ptr<const LinkedSelection> m_linked;
};

} // namespace vmviz::ui
