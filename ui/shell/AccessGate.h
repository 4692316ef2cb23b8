#pragma once

#include "domain/TeamAccess.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace rullering {

class AppSession;

// Who is signed in to the session's register and what they may do (a file: its user, everything; a server: the
// user's team roles, read once per opened register through ServerAccess::signedIn). One per AppSession, its child;
// changed() follows every register opened, after the roles are read.
class TeamSession : public QObject
{
    Q_OBJECT

public:
    static TeamSession& of(AppSession& session);
    const TeamAccess& access() const { return m_access; }

signals:
    void changed();

private:
    explicit TeamSession(AppSession& session);
    void read();

    AppSession& m_session;
    TeamAccess m_access = TeamAccess::everything(QString());
};

// The signed-in user's access on the session's register.
const TeamAccess& teamAccess(AppSession& session);

// Keeps an action or a widget disabled while the signed-in user's role does not allow what it does, with a tooltip
// (and an action's status tip) naming the role needed, whatever else enables it meanwhile (a page enabling its button
// when a row is selected, AppSession::enableWhileOpen when a register opens). When a register that allows it opens,
// the control gets back the enabled state the gate took and its own tooltip. The gate is the control's child.
void requireCapability(AppSession& session, QAction* action, Capability capability);
void requireCapability(AppSession& session, QWidget* widget, Capability capability);

class AccessGate : public QObject
{
    Q_OBJECT

public:
    AccessGate(AppSession& session, QAction* action, Capability capability);
    AccessGate(AppSession& session, QWidget* widget, Capability capability);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void ownerChanged(); // something else set the control's state: it decides while the role allows
    void apply();
    bool allowed() const;
    bool isEnabled() const;
    void setEnabled(bool enabled);
    void setToolTip(const QString& text, const QString& statusTip);

    AppSession& m_session;
    TeamSession& m_team;
    QPointer<QAction> m_action;
    QPointer<QWidget> m_widget;
    Capability m_capability;
    QString m_ownToolTip;
    QString m_ownStatusTip;
    bool m_tookEnabled = false; // the gate disabled it; give it back when allowed again
    bool m_showsNeed = false;   // the tooltip names the role needed
    bool m_lastEnabled = false;
    bool m_applying = false;
};

} // namespace rullering
