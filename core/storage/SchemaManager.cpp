#include "SchemaManager.h"

#include "Engine.h"
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
    return Engine::of(db).schemaVersion(db);
}

Status SchemaManager::migrate(const QSqlDatabase& db)
{
    return migrate(db, migrations(), currentVersion());
}

Status SchemaManager::migrate(const QSqlDatabase& db, const QList<Migration>& steps, int targetVersion)
{
    const Engine& engine = Engine::of(db);
    const int from = version(db);
    if (from < 0)
        return Error(QCoreApplication::translate("SchemaManager", "The file cannot be read as a database."));
    if (from > targetVersion)
        return Error(engine.newerSchemaMessage(from, targetVersion));
    Result<bool> checksWereOn = from < targetVersion ? engine.suspendReferenceChecks(db) : Result<bool>(false);
    if (!checksWereOn)
        return checksWereOn.error();
    const auto restore =
        qScopeGuard([&db, &engine, wereOn = checksWereOn.value()] { engine.restoreReferenceChecks(db, wereOn); });
    for (const Migration& step : steps) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        Transaction tx(db);
        if (Status begun = tx.begin(); !begun)
            return begun;
        // Another client opening the same register may have run this step meanwhile (on a server): then it is done.
        const int current = engine.lockSchemaVersion(db);
        if (current < 0)
            return Error(QCoreApplication::translate("SchemaManager", "The file cannot be read as a database."));
        if (current >= step.version)
            continue;
        for (const QString& statement : engine.migrationStatements(step)) {
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
        Result<QString> dangling = engine.danglingReference(db);
        if (!dangling || !dangling.value().isEmpty()) {
            return Error(QCoreApplication::translate("SchemaManager",
                                                     "Upgrading the database to schema %1 (%2) would leave a row of "
                                                     "\"%3\" pointing at a missing row. The database is unchanged at "
                                                     "schema %4.")
                             .arg(step.version)
                             .arg(step.description, dangling ? dangling.value() : dangling.errorMessage())
                             .arg(step.version - 1));
        }
        if (Status recorded = engine.recordSchemaVersion(db, step.version); !recorded)
            return recorded;
        if (Status committed = tx.commit(); !committed)
            return committed;
    }
    if (from == 0 && targetVersion > 0)
        return engine.finishNewRegister(db);
    return {};
}

} // namespace rullering
