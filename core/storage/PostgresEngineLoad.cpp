// PostgresEngine: a first load into an empty table with its indexes, reference checks and derived-table trigger set
// aside, as SQLite's IndexSuspension does (issue 17, point 7: the yardstick is psql's \copy into a bare table
// followed by the same indexes).
#include "PostgresEngine.h"
#include "Sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <utility>

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

// The memory each index build of a first load may sort in (maintenance_work_mem, for the import's transaction only;
// the server's default is 64 MB). B-trees sort their keys: at 1M devices their builds took 34.3 s with 256 MB and
// 37.4 s with 64 MB, both with the server's two parallel workers (a build gets a worker per 32 MB). The word index
// (GIN) gathers its words in that memory and merges them into the index each time it is full, and the larger that
// gathering the slower: 29.9-35.3 s with 16 MB, 33.0-44.6 s with 64 MB, 42.6 s with 256 MB (interleaved runs, load
// average 8, 2026-12-05).
constexpr char SortMemory[] = "256MB";
constexpr char WordIndexMemory[] = "16MB";

QString setBuildMemory(const QString& value)
{
    QString quoted = value;
    quoted.replace(u'\'', QLatin1String("''"));
    return QStringLiteral("SET LOCAL maintenance_work_mem TO '%1'").arg(quoted);
}

// What a first load sets aside of a table it holds locked, read from the catalogue: the statements that set it
// aside (first) and those that put it back (second), in order.
Result<std::pair<QStringList, QStringList>> firstLoadStatements(const QSqlDatabase& db, const QString& table,
                                                                const QStringList& keepIndexes)
{
    // Indexes a constraint owns are put back with their constraint (below). Its access method tells the word index.
    Result<QList<QStringList>> indexes =
        rows(db,
             QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid), m.amname FROM pg_index i"
                            " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am m ON m.oid = c.relam"
                            " WHERE i.indrelid = to_regclass(?)"
                            " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
                            " ORDER BY c.relname"),
             {table}, 3);
    if (!indexes)
        return indexes.error();
    // A primary or unique key no reference leans on (device_seen's, unlike the device table's) is dropped and added
    // again too: built once by sorting instead of entry by entry, and a load's ON CONFLICT DO NOTHING then checks
    // nothing (100k sightings: 1.3-1.5 s with the key, 0.26 s without and 0.36 s to add it back). Adding it back
    // checks that the keys are still unique.
    Result<QList<QStringList>> keys =
        rows(db,
             QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint k"
                            " WHERE conrelid = to_regclass(?) AND contype IN ('p', 'u')"
                            " AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f'"
                            " AND f.conindid = k.conindid) ORDER BY conname"),
             {table}, 2);
    if (!keys)
        return keys.error();
    Result<QList<QStringList>> memory =
        rows(db, QStringLiteral("SELECT current_setting('maintenance_work_mem')"), {}, 1);
    if (!memory)
        return memory.error();
    Result<QList<QStringList>> references =
        rows(db,
             QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                            " WHERE conrelid = to_regclass(?) AND contype = 'f' ORDER BY conname"),
             {table}, 2);
    if (!references)
        return references.error();
    // The model names (device_model_name) are kept by a trigger per inserted row: filled once afterwards instead.
    // The technicians' row rule (device_guard, step 12) lets the table's owner through, as this load's user is
    // (setAsideIfEmpty), and nobody else can write the locked table; but it costs a function call for each row the
    // load updates afterwards (its links and model years, 11-14 us a row): off too, until the indexes are back.
    Result<QList<QStringList>> triggers =
        rows(db,
             QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass(?)"
                            " AND tgname IN ('device_model_name_insert', 'device_guard') AND tgenabled <> 'D'"
                            " ORDER BY tgname"),
             {table}, 1);
    if (!triggers)
        return triggers.error();
    const auto hasTrigger = [&triggers](const char* name) {
        return std::any_of(triggers.value().cbegin(), triggers.value().cend(),
                           [name](const QStringList& row) { return row.constFirst() == QLatin1String(name); });
    };

    QStringList setAside;
    QStringList restore{setBuildMemory(QLatin1String(SortMemory))};
    for (const QStringList& index : indexes.value()) {
        if (keepIndexes.contains(index[0]))
            continue;
        setAside.append(QStringLiteral("DROP INDEX %1").arg(index[0]));
        if (index[2] == QLatin1String("gin"))
            restore << setBuildMemory(QLatin1String(WordIndexMemory)) << index[1]
                    << setBuildMemory(QLatin1String(SortMemory));
        else
            restore.append(index[1]);
    }
    for (const QStringList& key : keys.value()) {
        if (keepIndexes.contains(key[0]))
            continue;
        setAside.append(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, key[0]));
        restore.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, key[0], key[1]));
    }
    restore.append(setBuildMemory(memory.value().value(0).value(0)));
    for (const QStringList& reference : references.value()) {
        setAside.append(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, reference[0]));
        restore.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, reference[0], reference[1]));
    }
    if (hasTrigger("device_guard")) {
        setAside.append(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER device_guard").arg(table));
        restore.append(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER device_guard").arg(table));
    }
    if (hasTrigger("device_model_name_insert")) {
        setAside.append(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER device_model_name_insert").arg(table));
        restore.append(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER device_model_name_insert").arg(table));
        restore.append(QStringLiteral("INSERT INTO device_model_name (name) SELECT DISTINCT model FROM %1"
                                      " WHERE model IS NOT NULL ON CONFLICT DO NOTHING")
                           .arg(table));
    }
    // The planner's statistics: an empty table's would make it read a million rows as if they were none.
    restore.append(QStringLiteral("ANALYZE %1").arg(table));
    return std::pair{setAside, restore};
}

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

    Result<std::pair<QStringList, QStringList>> statements = firstLoadStatements(db, table, keepIndexes);
    if (!statements)
        return statements.error();
    if (Status done = execStatements(db, statements.value().first); !done)
        return done.error();
    return statements.value().second;
}

} // namespace rullering
