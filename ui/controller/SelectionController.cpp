// SPDX-License-Identifier: GPL-2.0-only
#include "controller/SelectionController.h"

#include "controller/SessionController.h"

namespace vmviz::ui {

SelectionController::SelectionController(SessionController& session, QObject* parent)
    : QObject(parent), m_session(session)
{
    connect(&m_session, &SessionController::snapshotChanged, this, &SelectionController::resolve);
    connect(&m_session, &SessionController::runFinished, this, [this]() { selectArea(std::nullopt); });
}

void SelectionController::selectArea(std::optional<AreaId> area)
{
    m_area = area;
    resolve();
}

bool SelectionController::selectAddress(std::uint64_t vaddr)
{
    const SnapshotPtr snapshot = m_session.snapshot();
    if (!snapshot || !snapshot->areas)
        return false;
    if (const AreaInfo* area = snapshot->areas->containing(vaddr)) {
        selectArea(area->id);
        return true;
    }
    return false;
}

void SelectionController::resolve()
{
    const SnapshotPtr snapshot = m_session.snapshot();
    if (!m_area || !snapshot) {
        if (m_linked) {
            m_linked.reset();
            Q_EMIT selectionChanged(m_linked);
        }
        return;
    }
    m_linked = std::make_shared<const LinkedSelection>(linkSelection(*snapshot, *m_area));
    Q_EMIT selectionChanged(m_linked);
}

} // namespace vmviz::ui
