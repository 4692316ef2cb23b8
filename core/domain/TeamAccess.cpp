#include "TeamAccess.h"

#include <QCoreApplication>

#include <algorithm>

namespace rullering {
namespace {

const char* const Keys[] = {"coordinator", "technician", "procurement", "reader"};

QString actionName(Capability capability)
{
    switch (capability) {
    case Capability::Import:
        return QCoreApplication::translate("TeamAccess", "Importing");
    case Capability::EditDevices:
        return QCoreApplication::translate("TeamAccess", "Editing devices");
    case Capability::EditNotes:
        return QCoreApplication::translate("TeamAccess", "Editing a device's notes");
    case Capability::Swap:
        return QCoreApplication::translate("TeamAccess", "Recording a swap");
    case Capability::EditPlans:
        return QCoreApplication::translate("TeamAccess", "Changing policies, pools and scenarios");
    case Capability::TakeSnapshot:
        return QCoreApplication::translate("TeamAccess", "Storing a status snapshot");
    case Capability::SaveViews:
        return QCoreApplication::translate("TeamAccess", "Saving a view");
    case Capability::Export:
        return QCoreApplication::translate("TeamAccess", "Exporting");
    case Capability::ManageAccess:
        return QCoreApplication::translate("TeamAccess", "Managing access");
    }
    return {};
}

} // namespace

QList<TeamRole> TeamRoles::all()
{
    return {TeamRole::Coordinator, TeamRole::Technician, TeamRole::Procurement, TeamRole::Reader};
}

QString TeamRoles::key(TeamRole role)
{
    return QString::fromLatin1(Keys[static_cast<int>(role)]);
}

std::optional<TeamRole> TeamRoles::fromKey(const QString& key)
{
    for (TeamRole role : all()) {
        if (TeamRoles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString TeamRoles::serverRole(TeamRole role)
{
    return QStringLiteral("rullering_") + key(role);
}

std::optional<TeamRole> TeamRoles::fromServerRole(const QString& name)
{
    if (!name.startsWith(QLatin1String("rullering_")))
        return std::nullopt;
    return fromKey(name.mid(10));
}

QString TeamRoles::displayName(TeamRole role)
{
    switch (role) {
    case TeamRole::Coordinator:
        return QCoreApplication::translate("TeamAccess", "coordinator");
    case TeamRole::Technician:
        return QCoreApplication::translate("TeamAccess", "technician");
    case TeamRole::Procurement:
        return QCoreApplication::translate("TeamAccess", "procurement");
    case TeamRole::Reader:
        return QCoreApplication::translate("TeamAccess", "reader");
    }
    return {};
}

bool TeamRoles::allows(TeamRole role, Capability capability)
{
    switch (role) {
    case TeamRole::Coordinator:
        return true;
    case TeamRole::Technician:
        return capability == Capability::Swap || capability == Capability::EditNotes ||
               capability == Capability::Export;
    case TeamRole::Procurement:
    case TeamRole::Reader:
        return capability == Capability::Export;
    }
    return false;
}

TeamRole TeamRoles::neededFor(Capability capability)
{
    // all() runs from the most to the least allowed: the last that allows it is the least one needed.
    TeamRole needed = TeamRole::Coordinator;
    for (TeamRole role : all()) {
        if (allows(role, capability))
            needed = role;
    }
    return needed;
}

TeamAccess TeamAccess::everything(const QString& user)
{
    TeamAccess access;
    access.m_user = user;
    access.m_roles = {TeamRole::Coordinator};
    return access;
}

TeamAccess TeamAccess::onServer(const QString& user, const QString& server, const QString& database,
                                QList<TeamRole> roles)
{
    TeamAccess access;
    access.m_server = true;
    access.m_user = user;
    access.m_serverName = server;
    access.m_databaseName = database;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    access.m_roles = roles;
    return access;
}

bool TeamAccess::may(Capability capability) const
{
    return std::any_of(m_roles.cbegin(), m_roles.cend(),
                       [capability](TeamRole role) { return TeamRoles::allows(role, capability); });
}

QString TeamAccess::roleText() const
{
    // A coordinator on a server is also a member of the other roles (to grant them); a technician or procurement
    // can do all a reader can: name only the roles that add something.
    QStringList names;
    for (TeamRole role : m_roles) {
        if (role == TeamRole::Reader && m_roles.size() > 1)
            continue;
        if (role != TeamRole::Coordinator && m_roles.contains(TeamRole::Coordinator))
            continue;
        names.append(TeamRoles::displayName(role));
    }
    if (names.isEmpty())
        return QCoreApplication::translate("TeamAccess", "no role");
    return names.join(QStringLiteral(", "));
}

QString TeamAccess::neededText(Capability capability) const
{
    if (may(capability))
        return {};
    return QCoreApplication::translate("TeamAccess", "Needs the %1 role.")
        .arg(TeamRoles::displayName(TeamRoles::neededFor(capability)));
}

QString TeamAccess::refusal(Capability capability) const
{
    return QCoreApplication::translate("TeamAccess", "%1 needs the %2 role; %3 has %4.")
        .arg(actionName(capability), TeamRoles::displayName(TeamRoles::neededFor(capability)), m_user, roleText());
}

} // namespace rullering
