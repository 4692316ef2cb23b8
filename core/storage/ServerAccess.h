#pragma once

#include "domain/TeamAccess.h"
#include "storage/Connection.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace rullering {

class Database;

// One holder of a team role, as the server's catalogue says: a login (or a group of the site's own) granted it.
struct AccessEntry
{
    QString user;
    TeamRole role = TeamRole::Reader;
};

// A team's access to a register on a PostgreSQL server (issue 18): the four group roles (NOLOGIN,
// TeamRoles::serverRole), their rights on the register's schema, who holds them, and what the signed-in user may
// do. The server enforces the rights itself (GRANTs here, the row rules of schema step 12), so direct SQL is held to
// them as the application is. Everything here is for a server; signedIn() also answers for a file (everything).
class ServerAccess
{
public:
    explicit ServerAccess(Connection db);

    // Creates the four roles when missing (needs CREATEROLE) and grants their rights on the register again from
    // scratch, in one transaction: idempotent, and covers tables later schema steps added. The owner of the register
    // runs it (it grants on the owner's tables); coordinators are given the right to grant the other three roles.
    Status prepareTeam();

    // Grants or revokes a team role (its short name: coordinator, technician, procurement, reader) for an existing
    // login. An unknown role or login is refused (Invalid / NotFound) with a one-line message; the result says
    // whether anything changed (false: already held / not held).
    Result<bool> grant(const QString& login, const QString& roleKey);
    Result<bool> revoke(const QString& login, const QString& roleKey);

    // Who holds which team role directly, by user then role.
    Result<QList<AccessEntry>> list() const;

    // The signed-in user and their roles; on a file, its one user with every right.
    static Result<TeamAccess> signedIn(const Database& database);

private:
    Result<TeamRole> checkedRole(const QString& roleKey) const;
    Status checkLogin(const QString& login) const;
    Result<bool> holds(const QString& login, TeamRole role) const;
    Status changeMembership(const QString& statementTemplate, const QString& login, TeamRole role);

    Connection m_db;
};

} // namespace rullering
