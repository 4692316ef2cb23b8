#include "EditDevicesCommand.h"

#include "shell/AppSession.h"

#include <QCoreApplication>

namespace rullering {

EditDevicesCommand::EditDevicesCommand(AppSession& session, QList<DeviceStamp> selection, BulkEdit edit,
                                       BulkEditService::ConflictPolicy policy)
    : m_session(session)
    , m_selection(std::move(selection))
    , m_edit(std::move(edit))
    , m_policy(policy)
{
    const QList<DeviceField> fields = m_edit.fields();
    const QString what = fields.size() == 1 ? deviceFieldName(fields.constFirst())
                                            : QCoreApplication::translate("EditDevicesCommand", "%n field(s)", nullptr,
                                                                          int(fields.size()));
    setText(m_selection.size() == 1 ? QCoreApplication::translate("EditDevicesCommand", "Edit %1").arg(what)
                                    : QCoreApplication::translate("EditDevicesCommand", "Edit %1 of %n device(s)",
                                                                  nullptr, int(m_selection.size()))
                                          .arg(what));
}

bool EditDevicesCommand::run()
{
    redo();
    m_skipNextRedo = m_succeeded;
    return m_succeeded;
}

void EditDevicesCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (!m_session.database())
        return;
    QList<DeviceStamp> selection = m_selection;
    if (!m_firstRun) {
        // After an undo the rows carry new versions; redo re-applies the same change to the same devices.
        for (DeviceStamp& stamp : selection)
            stamp.version = 0;
    }
    m_firstRun = false;
    Result<BulkEditOutcome> outcome = BulkEditService(*m_session.database()).apply(selection, m_edit, m_policy);
    if (!outcome) {
        m_error = outcome.error();
        m_succeeded = false;
        setObsolete(true); // a redo that fails (someone else changed the devices) leaves the history
        return;
    }
    m_outcome = std::move(outcome).value();
    m_succeeded = true;
    m_session.notifyDataChanged();
}

void EditDevicesCommand::undo()
{
    if (!m_session.database() || !m_succeeded)
        return;
    if (Status undone = BulkEditService(*m_session.database()).undo(m_outcome); !undone) {
        m_error = undone.error();
        setObsolete(true);
        return;
    }
    m_session.notifyDataChanged();
}

} // namespace rullering
