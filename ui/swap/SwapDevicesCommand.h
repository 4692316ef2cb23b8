#pragma once

#include "register/SwapService.h"

#include <QUndoCommand>

namespace rullering {

class AppSession;

// A swap on the undo stack: redo() records it (push runs it once), undo() puts both devices back.
class SwapDevicesCommand : public QUndoCommand
{
public:
    SwapDevicesCommand(AppSession& session, SwapRequest request);

    // Runs the change once, before the command is pushed (push's own redo() then does nothing), so a failure can
    // be shown and the command discarded instead of entering the history. False: see error().
    bool run();
    void redo() override;
    void undo() override;

    const Error& error() const { return m_error; }
    bool succeeded() const { return m_succeeded; }
    const SwapOutcome& outcome() const { return m_outcome; }
    const SwapRequest& request() const { return m_request; }

private:
    AppSession& m_session;
    SwapRequest m_request;
    SwapOutcome m_outcome;
    Error m_error;
    bool m_succeeded = false;
    bool m_skipNextRedo = false;
};

} // namespace rullering
