#include "AccessGate.h"

#include "AppSession.h"
#include "storage/ServerAccess.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace rullering {

TeamSession::TeamSession(AppSession& session)
    : QObject(&session)
    , m_session(session)
{
    setObjectName(QStringLiteral("teamSession"));
    connect(&session, &AppSession::databaseOpened, this, &TeamSession::read);
    connect(&session, &AppSession::databaseClosed, this, [this] {
        m_access = TeamAccess::everything(QString());
        emit changed();
    });
    read();
}

TeamSession& TeamSession::of(AppSession& session)
{
    if (auto* existing = session.findChild<TeamSession*>(QStringLiteral("teamSession"), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new TeamSession(session);
}

void TeamSession::read()
{
    Database* database = m_session.database();
    if (!database) {
        m_access = TeamAccess::everything(QString());
    } else {
        // A server that cannot say the roles allows nothing but reading (it would refuse the writes anyway).
        Result<TeamAccess> access = ServerAccess::signedIn(*database);
        m_access = access ? access.value() : TeamAccess::onServer(QString(), QString(), QString(), {});
    }
    emit changed();
}

const TeamAccess& teamAccess(AppSession& session)
{
    return TeamSession::of(session).access();
}

void requireCapability(AppSession& session, QAction* action, Capability capability)
{
    new AccessGate(session, action, capability);
}

void requireCapability(AppSession& session, QWidget* widget, Capability capability)
{
    new AccessGate(session, widget, capability);
}

AccessGate::AccessGate(AppSession& session, QAction* action, Capability capability)
    : QObject(action)
    , m_session(session)
    , m_team(TeamSession::of(session))
    , m_action(action)
    , m_capability(capability)
    , m_ownToolTip(action->toolTip())
    , m_ownStatusTip(action->statusTip())
{
    connect(action, &QAction::changed, this, &AccessGate::ownerChanged);
    connect(&m_team, &TeamSession::changed, this, &AccessGate::apply);
    apply();
}

AccessGate::AccessGate(AppSession& session, QWidget* widget, Capability capability)
    : QObject(widget)
    , m_session(session)
    , m_team(TeamSession::of(session))
    , m_widget(widget)
    , m_capability(capability)
    , m_ownToolTip(widget->toolTip())
{
    widget->installEventFilter(this);
    connect(&m_team, &TeamSession::changed, this, &AccessGate::apply);
    apply();
}

bool AccessGate::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget && event->type() == QEvent::EnabledChange)
        ownerChanged();
    return QObject::eventFilter(watched, event);
}

bool AccessGate::allowed() const
{
    // Without a register nothing is refused by role: the control's own rules (enableWhileOpen) decide.
    return !m_session.isOpen() || m_team.access().may(m_capability);
}

bool AccessGate::isEnabled() const
{
    if (m_action)
        return m_action->isEnabled();
    return m_widget && !m_widget->testAttribute(Qt::WA_ForceDisabled);
}

void AccessGate::setEnabled(bool enabled)
{
    if (m_action)
        m_action->setEnabled(enabled);
    else if (m_widget)
        m_widget->setEnabled(enabled);
}

void AccessGate::setToolTip(const QString& text, const QString& statusTip)
{
    if (m_action) {
        m_action->setToolTip(text);
        m_action->setStatusTip(statusTip);
    } else if (m_widget) {
        m_widget->setToolTip(text);
    }
}

void AccessGate::ownerChanged()
{
    if (m_applying)
        return;
    const bool enabled = isEnabled();
    // Disabled by its owner meanwhile (no row selected, say): not the gate's to give back.
    if (!enabled && enabled != m_lastEnabled)
        m_tookEnabled = false;
    apply();
}

void AccessGate::apply()
{
    if (m_applying)
        return;
    m_applying = true;
    if (allowed()) {
        if (m_tookEnabled)
            setEnabled(true);
        m_tookEnabled = false;
        if (m_showsNeed)
            setToolTip(m_ownToolTip, m_ownStatusTip);
        m_showsNeed = false;
    } else {
        if (isEnabled()) {
            m_tookEnabled = true;
            setEnabled(false);
        }
        const QString need = m_team.access().neededText(m_capability);
        setToolTip(need, need);
        m_showsNeed = true;
    }
    m_lastEnabled = isEnabled();
    m_applying = false;
}

} // namespace rullering
