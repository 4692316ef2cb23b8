#pragma once

#include "register/BulkEditService.h"

#include <QUndoCommand>

namespace rullering {

class AppSession;

// An inline edit or a bulk edit on the undo stack. The first redo() (run by QUndoStack::push) applies the edit;
// when it fails the command marks itself obsolete, so the stack drops it, and error() says why.
class EditDevicesCommand : public QUndoCommand
{
public:
    EditDevicesCommand(AppSession& session, QList<DeviceStamp> selection, BulkEdit edit,
                       BulkEditService::ConflictPolicy policy = BulkEditService::ConflictPolicy::Refuse);

    // Runs the change once, before the command is pushed (push's own redo() then does nothing), so a failure can
    // be shown and the command discarded instead of entering the history. False: see error().
    bool run();
    void redo() override;
    void undo() override;

    const Error& error() const { return m_error; }
    bool succeeded() const { return m_succeeded; }
    const BulkEditOutcome& outcome() const { return m_outcome; }

private:
    AppSession& m_session;
    QList<DeviceStamp> m_selection;
    BulkEdit m_edit;
    BulkEditService::ConflictPolicy m_policy;
    BulkEditOutcome m_outcome;
    Error m_error;
    bool m_succeeded = false;
    bool m_skipNextRedo = false;
    bool m_firstRun = true;
};

} // namespace rullering
