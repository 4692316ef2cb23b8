#include "SqliteEngine.h"

#include "SchemaManager.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rullering {

QString SqliteEngine::beginStatement() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

int SqliteEngine::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int SqliteEngine::lockSchemaVersion(const QSqlDatabase& db) const
{
    return schemaVersion(db); // BEGIN IMMEDIATE already holds the file's write lock
}

Status SqliteEngine::recordSchemaVersion(const QSqlDatabase& db, int version) const
{
    QSqlQuery bump(db);
    if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Error(QCoreApplication::translate("SchemaManager", "Cannot record schema version %1: %2")
                         .arg(version)
                         .arg(sqlErrorText(bump)));
    return {};
}

QStringList SqliteEngine::migrationStatements(const Migration& step) const
{
    return step.statements;
}

Status SqliteEngine::finishNewRegister(const QSqlDatabase& db) const
{
    // A new file built step by step holds the pages of what later steps dropped. Rewritten while it is still a few
    // pages, it starts with no free page, so a bulk load may spill its index pages early (IndexSuspension).
    if (QSqlQuery vacuum(db); !vacuum.exec(QStringLiteral("VACUUM")))
        return Error(QCoreApplication::translate("SchemaManager", "Cannot compact the new database: %1")
                         .arg(sqlErrorText(vacuum)));
    return {};
}

QString SqliteEngine::newerSchemaMessage(int found, int understood) const
{
    return QCoreApplication::translate(
               "SchemaManager", "The database was written by a newer version of Rullering (schema %1; this version "
                                "understands up to %2). Update Rullering to open it; the file has not been changed.")
        .arg(found)
        .arg(understood);
}

} // namespace rullering
