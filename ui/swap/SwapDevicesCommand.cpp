#include "SwapDevicesCommand.h"

#include "shell/AppSession.h"

#include <QCoreApplication>

namespace rullering {

SwapDevicesCommand::SwapDevicesCommand(AppSession& session, SwapRequest request)
    : m_session(session)
    , m_request(std::move(request))
{
    if (!m_request.date.isValid())
        m_request.date = QDate::currentDate(); // a redo tomorrow still records the day of the swap
    setText(
        QCoreApplication::translate("SwapDevicesCommand", "Swap %1 for %2")
            .arg(SwapService::normaliseSerial(m_request.oldSerial), SwapService::normaliseSerial(m_request.newSerial)));
}

bool SwapDevicesCommand::run()
{
    redo();
    m_skipNextRedo = m_succeeded;
    return m_succeeded;
}

void SwapDevicesCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (!m_session.database())
        return;
    Result<SwapOutcome> outcome = SwapService(*m_session.database()).swap(m_request);
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

void SwapDevicesCommand::undo()
{
    if (!m_session.database() || !m_succeeded)
        return;
    if (Status undone = SwapService(*m_session.database()).undo(m_outcome); !undone) {
        m_error = undone.error();
        setObsolete(true);
        return;
    }
    m_succeeded = false;
    m_session.notifyDataChanged();
}

} // namespace rullering
