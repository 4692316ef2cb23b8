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

namespace {

// One step's statements, its reference check and its version bump, inside the caller's transaction; a step at or
// below current (run by another client meanwhile) is skipped. The error says the version the database stays at.
Status runStep(const QSqlDatabase& db, const Engine& engine, const Migration& step, int current)
{
    if (current >= step.version)
        return {};
    for (const QString& statement : engine.migrationStatements(step)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            return Error(QCoreApplication::translate("SchemaManager",
                                                     "Upgrading the database to schema %1 (%2) failed: %3. "
                                                     "The database is unchanged at schema %4.")
                             .arg(step.version)
                             .arg(step.description, sqlErrorText(query))
                             .arg(current));
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
                         .arg(current));
    }
    return engine.recordSchemaVersion(db, step.version);
}

// newRegister: the engine's whole schema in one step (null: none), run instead of the steps up to its version when
// the database is new.
Status migrateFrom(const QSqlDatabase& db, const QList<Migration>& steps, int targetVersion,
                   const Migration* newRegister)
{
    const Engine& engine = Engine::of(db);
    const int from = SchemaManager::version(db);
    if (from < 0)
        return Error(QCoreApplication::translate("SchemaManager", "The file cannot be read as a database."));
    if (from > targetVersion)
        return Error(engine.newerSchemaMessage(from, targetVersion));
    Result<bool> checksWereOn = from < targetVersion ? engine.suspendReferenceChecks(db) : Result<bool>(false);
    if (!checksWereOn)
        return checksWereOn.error();
    const auto restore =
        qScopeGuard([&db, &engine, wereOn = checksWereOn.value()] { engine.restoreReferenceChecks(db, wereOn); });
    // A new register is made in one transaction, all its steps and their version bumps: a crash or a failing step
    // leaves the empty file it was (which the next open makes again), never a register of a middle version; and one
    // commit instead of one per step (a new file's fixed cost, part of every first import). An existing register is
    // upgraded step by step, so a failing step keeps the steps before it.
    QList<QList<const Migration*>> batches;
    const bool fromScript = from == 0 && newRegister && newRegister->version <= targetVersion;
    if (fromScript)
        batches.append({newRegister});
    const int stepsFrom = fromScript ? newRegister->version : from;
    // A step of the list ran statements on a new register (what it dropped is compacted after). A step with none on
    // this engine (a server's index on SQLite) drops nothing: the compaction would only rewrite and sync the file.
    bool replayed = false;
    for (const Migration& step : steps) {
        if (step.version <= stepsFrom || step.version > targetVersion)
            continue;
        replayed = replayed || (from == 0 && !engine.migrationStatements(step).isEmpty());
        if (batches.isEmpty() || from > 0)
            batches.append(QList<const Migration*>());
        batches.last().append(&step);
    }
    for (const QList<const Migration*>& batch : std::as_const(batches)) {
        Transaction tx(db);
        if (Status begun = tx.begin(); !begun)
            return begun;
        // Another client opening the same register may have run these steps meanwhile (on a server): then they are
        // done.
        const int current = engine.lockSchemaVersion(db);
        if (current < 0)
            return Error(QCoreApplication::translate("SchemaManager", "The file cannot be read as a database."));
        for (const Migration* step : batch) {
            if (Status ran = runStep(db, engine, *step, current); !ran)
                return ran;
        }
        if (Status committed = tx.commit(); !committed)
            return committed;
    }
    if (replayed)
        return engine.finishNewRegister(db);
    return {};
}

} // namespace

Status SchemaManager::migrate(const QSqlDatabase& db)
{
    return migrateFrom(db, migrations(), currentVersion(), Engine::of(db).newRegisterSchema());
}

Status SchemaManager::migrate(const QSqlDatabase& db, const QList<Migration>& steps, int targetVersion)
{
    return migrateFrom(db, steps, targetVersion, nullptr);
}

} // namespace rullering
