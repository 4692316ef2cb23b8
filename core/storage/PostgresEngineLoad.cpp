// PostgresEngine: a first load into an empty table with its indexes, reference checks and derived-table trigger set
// aside, as SQLite's IndexSuspension does (issue 17, point 7: the yardstick is psql's \copy into a bare table
// followed by the same indexes).
#include "PostgresEngine.h"
#include "Sql.h"

#include <QSqlQuery>

namespace rullering {
namespace {

// The first columns of every row as text, or the query's error.
Result<QList<QStringList>> rows(const QSqlDatabase& db, const QString& sql, const QVariantList& values, int columns)
{
    Result<QSqlQuery> query = runQuery(db, sql, values);
    if (!query)
        return query.error();
    QList<QStringList> found;
    while (query.value().next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row.append(query.value().value(i).toString());
        found.append(row);
    }
    return found;
}

constexpr char Savepoint[] = "rullering_first_load";

} // namespace

Result<QStringList> PostgresEngine::setAsideForFirstLoad(const QSqlDatabase& db, const QString& table,
                                                         const QStringList& keepIndexes) const
{
    Result<QStringList> restore = setAsideIfEmpty(db, table, keepIndexes);
    if (!restore || restore.value().isEmpty() || table != QLatin1String("device"))
        return restore;
    // A first load of devices also writes a sighting of each (1M rows: 51 s, a reference check per row): their
    // table's references are set aside likewise when it is empty too, and put back after the device table's.
    Result<QStringList> sightings = setAsideIfEmpty(db, QStringLiteral("device_seen"), {});
    if (!sightings)
        return sightings.error();
    return restore.value() + sightings.value();
}

Result<QStringList> PostgresEngine::setAsideIfEmpty(const QSqlDatabase& db, const QString& table,
                                                    const QStringList& keepIndexes)
{
    // Only the table's owner may drop its indexes and constraints: anyone else loads through them, as before.
    Result<QList<QStringList>> owner =
        rows(db,
             QStringLiteral("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class"
                            " WHERE oid = to_regclass(?)"),
             {table}, 1);
    if (!owner)
        return owner.error();
    if (owner.value().isEmpty() || owner.value().constFirst().constFirst() != QLatin1String("true"))
        return QStringList();
    // Dropping an index locks the whole table until the commit: only a table nobody holds a lock on (NOWAIT: never
    // queue behind a reader, which would queue every other reader behind this import) and that is still empty, so
    // no technician has a device in it to swap meanwhile. Otherwise the savepoint gives the lock back.
    const QString savepoint = QString::fromLatin1(Savepoint);
    if (Status set = execStatements(db, {QStringLiteral("SAVEPOINT ") + savepoint}); !set)
        return set.error();
    const auto giveBack = [&]() -> Result<QStringList> {
        if (Status back = execStatements(db, {QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint,
                                              QStringLiteral("RELEASE SAVEPOINT ") + savepoint});
            !back)
            return back.error();
        return QStringList();
    };
    if (Status locked =
            execStatements(db, {QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE NOWAIT").arg(table)});
        !locked)
        return giveBack();
    Result<QList<QStringList>> used = rows(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table), {}, 1);
    if (!used)
        return used.error();
    if (used.value().isEmpty() || used.value().constFirst().constFirst() != QLatin1String("false"))
        return giveBack();
    if (Status released = execStatements(db, {QStringLiteral("RELEASE SAVEPOINT ") + savepoint}); !released)
        return released.error();

    // Indexes a constraint owns (the primary key, which other tables' references need) stay.
    Result<QList<QStringList>> indexes =
        rows(db,
             QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                            " JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass(?)"
                            " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
                            " ORDER BY c.relname"),
             {table}, 2);
    if (!indexes)
        return indexes.error();
    Result<QList<QStringList>> references =
        rows(db,
             QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                            " WHERE conrelid = to_regclass(?) AND contype = 'f' ORDER BY conname"),
             {table}, 2);
    if (!references)
        return references.error();
    // The model names (device_model_name) are kept by a trigger per inserted row: filled once afterwards instead.
    Result<QList<QStringList>> modelNames =
        rows(db,
             QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass(?)"
                            " AND tgname = 'device_model_name_insert' AND tgenabled <> 'D'"),
             {table}, 1);
    if (!modelNames)
        return modelNames.error();

    QStringList setAside;
    QStringList restore;
    for (const QStringList& index : indexes.value()) {
        if (keepIndexes.contains(index[0]))
            continue;
        setAside.append(QStringLiteral("DROP INDEX %1").arg(index[0]));
        restore.append(index[1]);
    }
    for (const QStringList& reference : references.value()) {
        setAside.append(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, reference[0]));
        restore.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, reference[0], reference[1]));
    }
    if (!modelNames.value().isEmpty()) {
        setAside.append(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER device_model_name_insert").arg(table));
        restore.append(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER device_model_name_insert").arg(table));
        restore.append(QStringLiteral("INSERT INTO device_model_name (name) SELECT DISTINCT model FROM %1"
                                      " WHERE model IS NOT NULL ON CONFLICT DO NOTHING")
                           .arg(table));
    }
    // The planner's statistics: an empty table's would make it read a million rows as if they were none.
    restore.append(QStringLiteral("ANALYZE %1").arg(table));
    if (Status done = execStatements(db, setAside); !done)
        return done.error();
    return restore;
}

} // namespace rullering
