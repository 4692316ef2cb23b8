#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rullering {

// One schema step: the statements that take a database from version - 1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// Schema versions are kept by the engine (SQLite: PRAGMA user_version; PostgreSQL: a one-row table). Upgrading an
// existing register, each step runs in its own transaction together with the version bump, so a failed step leaves
// the database at the previous version, untouched. A new register gets all its steps in one transaction: it is
// either made whole or left empty. The steps are the same on both engines; where the SQL differs, Engine picks the
// engine's variant. An engine may make a new register from one script at a released version instead of replaying the
// steps up to it (SQLite: sqliteNewRegisterSchema()); the steps after that version run as usual.
class SchemaManager
{
public:
    static const QList<Migration>& migrations();
    static int currentVersion();

    static int version(const QSqlDatabase& db);
    // Brings db up to the newest version in steps; refuses a database from a newer Rullering.
    static Status migrate(const QSqlDatabase& db);
    // The same with an explicit list of steps, always replayed (tests use it for partial upgrades and failing steps).
    static Status migrate(const QSqlDatabase& db, const QList<Migration>& steps, int targetVersion);
};

// A new SQLite register's schema in one script (SqliteNewRegister.cpp): what steps 1-14 leave, text for text.
Migration sqliteNewRegisterSchema();

} // namespace rullering
