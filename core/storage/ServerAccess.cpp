#include "ServerAccess.h"

#include "Database.h"
#include "PostgresEngine.h"
#include "ServerAddress.h"
#include "Sql.h"
#include "Transaction.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace rullering {
namespace {

QStringList serverRoles()
{
    QStringList names;
    for (TeamRole role : TeamRoles::all())
        names.append(TeamRoles::serverRole(role));
    return names;
}

// "'rullering_coordinator', ..." for IN lists: fixed names, never user text.
QString quotedServerRoles()
{
    return u'\'' + serverRoles().join(QStringLiteral("', '")) + u'\'';
}

QString createRole(const QString& role)
{
    // Roles are the cluster's: another database's init may be creating the same one at this moment.
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                          " CREATE ROLE %1 NOLOGIN; END IF;"
                          " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
        .arg(role);
}

// Coordinators grant the other three roles (server grant) without CREATEROLE: ADMIN OPTION, which in PostgreSQL 15
// also makes them members (harmless: a coordinator may do everything the others may).
QString coordinatorAdministers(const QString& role)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_auth_members a"
                          " JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member"
                          " WHERE r.rolname = '%1' AND m.rolname = '%2' AND a.admin_option) THEN"
                          " GRANT %1 TO %2 WITH ADMIN OPTION; END IF;"
                          " EXCEPTION WHEN unique_violation THEN NULL; END $$")
        .arg(role, TeamRoles::serverRole(TeamRole::Coordinator));
}

// Every right from scratch (a right an older Rullering granted and this one does not is taken back), for every
// table in the schema now, and by default for tables the owner's later schema steps create.
QStringList grantStatements()
{
    const QString schema = PostgresEngine::schemaName();
    const QString everyone = serverRoles().join(QStringLiteral(", "));
    const QString coordinator = TeamRoles::serverRole(TeamRole::Coordinator);
    const QString technician = TeamRoles::serverRole(TeamRole::Technician);
    return {
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, everyone),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, everyone),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, everyone),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, everyone),
        // Coordinator: every write, but the audit log only grows and the schema's version is the owner's.
        QStringLiteral("GRANT INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %1 TO %2")
            .arg(schema, coordinator),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %1.audit, %1.schema_version FROM %2")
            .arg(schema, coordinator),
        QStringLiteral("GRANT INSERT ON %1.audit TO %2").arg(schema, coordinator),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, coordinator),
        // Technician: a swap registers the new device and updates both; the row rule of schema step 12
        // (device_guard) keeps the update to what a swap and a note change, and an undo to one's own swaps.
        QStringLiteral("GRANT INSERT, UPDATE ON %1.device TO %2").arg(schema, technician),
        QStringLiteral("GRANT INSERT ON %1.audit, %1.device_model_name TO %2").arg(schema, technician),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, technician),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2").arg(schema, everyone),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO %2")
            .arg(schema, coordinator),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %2")
            .arg(schema, coordinator),
        // A site may have taken CONNECT and TEMPORARY (work tables of bulk edits) from PUBLIC.
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %1',"
                       " current_database()); END $$")
            .arg(everyone),
    };
}

} // namespace

ServerAccess::ServerAccess(Connection db)
    : m_db(std::move(db))
{}

Status ServerAccess::prepareTeam()
{
    // Only the owner's GRANTs take effect (anyone else's are warnings PostgreSQL lets pass): say so instead.
    Result<QSqlQuery> owner = runQuery(m_db,
                                       QStringLiteral("SELECT pg_has_role(current_user, nspowner, 'USAGE'),"
                                                      " pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = ?"),
                                       {PostgresEngine::schemaName()});
    if (!owner)
        return owner.error();
    if (owner.value().next() && !owner.value().value(0).toBool())
        return Error(QCoreApplication::translate("ServerAccess",
                                                 "Only the register's owner (%1) or a superuser can set up the "
                                                 "team's roles and rights.")
                         .arg(owner.value().value(1).toString()),
                     Error::Code::Refused);
    owner.value().finish();
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    QStringList statements;
    for (const QString& role : serverRoles())
        statements.append(createRole(role));
    for (TeamRole role : {TeamRole::Technician, TeamRole::Procurement, TeamRole::Reader})
        statements.append(coordinatorAdministers(TeamRoles::serverRole(role)));
    statements += grantStatements();
    if (Status done = execStatements(m_db, statements); !done)
        return Error(QCoreApplication::translate("ServerAccess",
                                                 "Cannot set up the team's roles: %1. The register's owner, allowed "
                                                 "to create roles (CREATEROLE), must run server init.")
                         .arg(done.errorMessage().simplified()),
                     Error::Code::Refused);
    return tx.commit();
}

Result<TeamRole> ServerAccess::checkedRole(const QString& roleKey) const
{
    const std::optional<TeamRole> role = TeamRoles::fromKey(roleKey);
    if (!role)
        return Error(QCoreApplication::translate("ServerAccess", "Unknown role \"%1\": give coordinator, "
                                                                 "technician, procurement or reader.")
                         .arg(roleKey),
                     Error::Code::Invalid);
    Result<QSqlQuery> found =
        runQuery(m_db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {TeamRoles::serverRole(*role)});
    if (!found)
        return found.error();
    if (!found.value().next())
        return Error(QCoreApplication::translate("ServerAccess", "The server has no role %1 yet: run server init "
                                                                 "first.")
                         .arg(TeamRoles::serverRole(*role)),
                     Error::Code::NotFound);
    return *role;
}

Status ServerAccess::checkLogin(const QString& login) const
{
    if (serverRoles().contains(login))
        return Error(
            QCoreApplication::translate("ServerAccess", "%1 is one of Rullering's own roles, not a login.").arg(login),
            Error::Code::Invalid);
    Result<QSqlQuery> found = runQuery(m_db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {login});
    if (!found)
        return found.error();
    if (!found.value().next())
        return Error(QCoreApplication::translate("ServerAccess", "There is no login \"%1\" on the server.").arg(login),
                     Error::Code::NotFound);
    return {};
}

Result<bool> ServerAccess::holds(const QString& login, TeamRole role) const
{
    Result<QSqlQuery> found = runQuery(m_db,
                                       QStringLiteral("SELECT 1 FROM pg_auth_members a"
                                                      " JOIN pg_roles r ON r.oid = a.roleid"
                                                      " JOIN pg_roles m ON m.oid = a.member"
                                                      " WHERE r.rolname = ? AND m.rolname = ?"),
                                       {TeamRoles::serverRole(role), login});
    if (!found)
        return found.error();
    return found.value().next();
}

Status ServerAccess::changeMembership(const QString& statementTemplate, const QString& login, TeamRole role)
{
    // Role names cannot be bound: the server quotes them (format's %I), so no name is ever spliced in by hand.
    Result<QSqlQuery> built = runQuery(m_db, QStringLiteral("SELECT format(?, CAST(? AS text), CAST(? AS text))"),
                                       {statementTemplate, TeamRoles::serverRole(role), login});
    if (!built)
        return built.error();
    if (!built.value().next())
        return Error(QCoreApplication::translate("ServerAccess", "Cannot build the statement."));
    const QString statement = built.value().value(0).toString();
    built.value().finish();
    return execStatements(m_db, {statement});
}

Result<bool> ServerAccess::grant(const QString& login, const QString& roleKey)
{
    Result<TeamRole> role = checkedRole(roleKey);
    if (!role)
        return role.error();
    if (Status known = checkLogin(login); !known)
        return known.error();
    Result<bool> held = holds(login, role.value());
    if (!held || held.value())
        return held ? Result<bool>(false) : Result<bool>(held.error());
    if (Status done = changeMembership(QStringLiteral("GRANT %I TO %I"), login, role.value()); !done)
        return Error(QCoreApplication::translate("ServerAccess", "Cannot give %1 the %2 role: %3")
                         .arg(login, roleKey, done.errorMessage().simplified()),
                     Error::Code::Refused);
    return true;
}

Result<bool> ServerAccess::revoke(const QString& login, const QString& roleKey)
{
    Result<TeamRole> role = checkedRole(roleKey);
    if (!role)
        return role.error();
    if (Status known = checkLogin(login); !known)
        return known.error();
    Result<bool> held = holds(login, role.value());
    if (!held || !held.value())
        return held ? Result<bool>(false) : Result<bool>(held.error());
    if (Status done = changeMembership(QStringLiteral("REVOKE %I FROM %I"), login, role.value()); !done)
        return Error(QCoreApplication::translate("ServerAccess", "Cannot take the %2 role from %1: %3")
                         .arg(login, roleKey, done.errorMessage().simplified()),
                     Error::Code::Refused);
    return true;
}

Result<QList<AccessEntry>> ServerAccess::list() const
{
    Result<QSqlQuery> rows = runQuery(m_db, QStringLiteral("SELECT m.rolname, r.rolname FROM pg_auth_members a"
                                                           " JOIN pg_roles r ON r.oid = a.roleid"
                                                           " JOIN pg_roles m ON m.oid = a.member"
                                                           " WHERE r.rolname IN (%1) AND m.rolname NOT IN (%1)")
                                                .arg(quotedServerRoles()));
    if (!rows)
        return rows.error();
    QList<AccessEntry> entries;
    while (rows.value().next()) {
        if (const std::optional<TeamRole> role = TeamRoles::fromServerRole(rows.value().value(1).toString()))
            entries.append({rows.value().value(0).toString(), *role});
    }
    std::sort(entries.begin(), entries.end(), [](const AccessEntry& a, const AccessEntry& b) {
        return a.user != b.user ? a.user < b.user : a.role < b.role;
    });
    return entries;
}

Result<TeamAccess> ServerAccess::signedIn(const Database& database)
{
    if (!database.isServer())
        return TeamAccess::everything(currentActor());
    // The owner of the register (and a superuser) may do everything a coordinator may, role or not.
    Result<QSqlQuery> row =
        runQuery(database.connection(),
                 QStringLiteral("SELECT session_user, current_database(), coalesce(host(inet_server_addr()), ''),"
                                " pg_has_role(current_user, n.nspowner, 'USAGE'),"
                                " (SELECT string_agg(rolname, ',') FROM pg_roles"
                                " WHERE rolname IN (%1) AND pg_has_role(current_user, oid, 'USAGE'))"
                                " FROM pg_namespace n WHERE n.nspname = ?")
                     .arg(quotedServerRoles()),
                 {PostgresEngine::schemaName()});
    if (!row)
        return row.error();
    QSqlQuery& query = row.value();
    if (!query.next())
        return Error(
            QCoreApplication::translate("ServerAccess", "%1 holds no Rullering register.").arg(database.displayPath()),
            Error::Code::NotFound);
    QList<TeamRole> roles;
    if (query.value(3).toBool())
        roles.append(TeamRole::Coordinator);
    for (const QString& name : query.value(4).toString().split(u',', Qt::SkipEmptyParts)) {
        if (const std::optional<TeamRole> role = TeamRoles::fromServerRole(name))
            roles.append(*role);
    }
    QString server = query.value(2).toString();
    if (const Result<ServerAddress> address = ServerAddress::parse(database.path());
        address && !address.value().host.isEmpty())
        server = address.value().host;
    if (server.isEmpty())
        server = QStringLiteral("localhost");
    return TeamAccess::onServer(query.value(0).toString(), server, query.value(1).toString(), roles);
}

} // namespace rullering
