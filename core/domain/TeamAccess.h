#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rullering {

// The four roles of a team sharing a register on a server (issue 18). The server enforces them (grants, and the
// register's triggers: storage/ServerAccess, PostgresMigrations step 12); the application reads the signed-in
// user's roles only to disable what the server would refuse and to say why.
enum class TeamRole
{
    Coordinator, // everything: import, policies, pools, bulk edit, swap, reports, exports, access
    Technician,  // reads everything; records swaps (and undoes their own); edits a device's notes
    Procurement, // reads everything; plans and scenarios read-only; all exports
    Reader,      // reads and exports
};

// What a page or a command is about to do, for the question "may the signed-in user do it?".
enum class Capability
{
    Import,       // import devices, save column mappings
    EditDevices,  // edit any field of a device, bulk edit, generate, estimate years
    EditNotes,    // a device's notes
    Swap,         // record a swap and undo one's own
    EditPlans,    // save or delete policies, pools and scenarios
    TakeSnapshot, // store a status snapshot
    SaveViews,    // save or delete a saved view of the register
    Export,       // every export
    ManageAccess, // the access list (Tools > Access)
};

namespace TeamRoles {
QList<TeamRole> all();
// The short name the CLI and JSON use: coordinator, technician, procurement, reader.
QString key(TeamRole role);
std::optional<TeamRole> fromKey(const QString& key);
// The server's group role: rullering_coordinator, ... (a prefix no site's own roles use).
QString serverRole(TeamRole role);
std::optional<TeamRole> fromServerRole(const QString& name);
// The name shown to people, translated.
QString displayName(TeamRole role);
bool allows(TeamRole role, Capability capability);
// The role a person needs for it, to name in a tooltip or a refusal (the least one that allows it).
TeamRole neededFor(Capability capability);
} // namespace TeamRoles

// Who is signed in to a register and what they may do. A file has one user who may do everything; on a server the
// user is the server's (session_user) and may do what their roles allow.
class TeamAccess
{
public:
    static TeamAccess everything(const QString& user); // a register file
    static TeamAccess onServer(const QString& user, const QString& server, const QString& database,
                               QList<TeamRole> roles);

    bool isServer() const { return m_server; }
    const QString& user() const { return m_user; }
    const QString& serverName() const { return m_serverName; }
    const QString& databaseName() const { return m_databaseName; }
    const QList<TeamRole>& roles() const { return m_roles; }

    bool may(Capability capability) const;
    // The roles worth naming: those no other role held includes ("coordinator", "technician, procurement"), or
    // "no role".
    QString roleText() const;
    // "Needs the coordinator role." for a tooltip; empty when the user may.
    QString neededText(Capability capability) const;
    // A one-line refusal naming the user, their roles and the role needed.
    QString refusal(Capability capability) const;

private:
    bool m_server = false;
    QString m_user;
    QString m_serverName;
    QString m_databaseName;
    QList<TeamRole> m_roles;
};

} // namespace rullering
