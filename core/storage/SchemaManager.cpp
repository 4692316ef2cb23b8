#include "SchemaManager.h"

#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>

namespace rullering {

int SchemaManager::currentVersion()
{
    return migrations().constLast().version;
}

int SchemaManager::version(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status SchemaManager::migrate(const QSqlDatabase& db)
{
    return migrate(db, migrations(), currentVersion());
}

Status SchemaManager::migrate(const QSqlDatabase& db, const QList<Migration>& steps, int targetVersion)
{
    const int from = version(db);
    if (from < 0)
        return Error(QCoreApplication::translate("SchemaManager", "The file cannot be read as a database."));
    if (from > targetVersion) {
        return Error(QCoreApplication::translate(
                         "SchemaManager",
                         "The database was written by a newer version of Rullering (schema %1; this version "
                         "understands up to %2). Update Rullering to open it; the file has not been changed.")
                         .arg(from)
                         .arg(targetVersion));
    }
    // A step that rebuilds a table (SQLite's way to change a constraint) drops rows other tables point at until the
    // new table takes its name. As SQLite's documentation prescribes, foreign keys are off while steps run (the
    // setting cannot change inside a transaction) and every step is checked before it commits.
    const bool foreignKeys = pragmaNumber(db, QStringLiteral("foreign_keys")).valueOr(0) != 0;
    if (foreignKeys && from < targetVersion) {
        if (QSqlQuery off(db); !off.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return Error(sqlErrorText(off));
    }
    const auto restore = qScopeGuard([&db, foreignKeys] {
        if (foreignKeys)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    for (const Migration& step : steps) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        Transaction tx(db);
        if (Status begun = tx.begin(); !begun)
            return begun;
        for (const QString& statement : step.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                return Error(QCoreApplication::translate("SchemaManager",
                                                         "Upgrading the database to schema %1 (%2) failed: %3. "
                                                         "The database is unchanged at schema %4.")
                                 .arg(step.version)
                                 .arg(step.description, sqlErrorText(query))
                                 .arg(step.version - 1));
            }
        }
        if (QSqlQuery check(db); !check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next()) {
            return Error(QCoreApplication::translate("SchemaManager",
                                                     "Upgrading the database to schema %1 (%2) would leave a row of "
                                                     "\"%3\" pointing at a missing row. The database is unchanged at "
                                                     "schema %4.")
                             .arg(step.version)
                             .arg(step.description, check.isActive() ? check.value(0).toString() : sqlErrorText(check))
                             .arg(step.version - 1));
        }
        {
            QSqlQuery bump(db);
            if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
                return Error(QCoreApplication::translate("SchemaManager", "Cannot record schema version %1: %2")
                                 .arg(step.version)
                                 .arg(sqlErrorText(bump)));
        }
        if (Status committed = tx.commit(); !committed)
            return committed;
    }
    // A new file built step by step holds the pages of what later steps dropped. Rewritten while it is still a few
    // pages, it starts with no free page, so a bulk load may spill its index pages early (IndexSuspension).
    if (from == 0 && targetVersion > 0) {
        if (QSqlQuery vacuum(db); !vacuum.exec(QStringLiteral("VACUUM")))
            return Error(QCoreApplication::translate("SchemaManager", "Cannot compact the new database: %1")
                             .arg(sqlErrorText(vacuum)));
    }
    return {};
}

} // namespace rullering
