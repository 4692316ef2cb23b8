// PostgresEngine: a first load into an empty table with its indexes, reference checks and derived-table trigger set
// aside, as SQLite's IndexSuspension does (issue 17, point 7: the yardstick is psql's \copy into a bare table
// followed by the same indexes), and the table emptied in the load's transaction so that COPY writes its rows frozen.
#include "PostgresEngine.h"
#include "PostgresFirstLoad.h"
#include "Sql.h"

#include <QSqlQuery>

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

// Whether a query's one value is true (false when it returns no row).
Result<bool> isTrue(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    Result<QList<QStringList>> found = rows(db, sql, values, 1);
    if (!found)
        return found.error();
    return !found.value().isEmpty() && found.value().constFirst().constFirst() == QLatin1String("true");
}

// Whether the user owns every one of the tables (or is a member of the owning role): only an owner may drop a
// table's indexes and constraints, or empty it.
Result<bool> ownsAll(const QSqlDatabase& db, const QStringList& tables)
{
    return isTrue(db,
                  QStringLiteral("SELECT bool_and(pg_has_role(current_user, relowner, 'USAGE')) FROM pg_class"
                                 " WHERE oid = ANY(CAST(? AS regclass[]))"),
                  {QVariant(QString(u'{' + tables.join(u',') + u'}'))});
}

// rows() of a catalogue query about one table (its one placeholder), into out.
Status readInto(QList<QStringList>& out, const QSqlDatabase& db, const QString& table, const QString& sql, int columns)
{
    Result<QList<QStringList>> read = rows(db, sql, {table}, columns);
    if (!read)
        return read.error();
    out = std::move(read).value();
    return {};
}

// The memory each index build of a first load may sort in (maintenance_work_mem, for the import's transaction only;
// the server's default is 64 MB). B-trees sort their keys: at 1M devices their builds took 34.3 s with 256 MB and
// 37.4 s with 64 MB, both with the server's two parallel workers (a build gets a worker per 32 MB). The word index
// (GIN) gathers its words in that memory and merges them into the index each time it is full, and the larger that
// gathering the slower: whole loads 29.9-35.3 s with 16 MB, 33.0-44.6 s with 64 MB, 42.6 s with 256 MB (interleaved
// runs, load average 8, 2026-12-05); the word index alone at 1M devices 4.7-5.5 s with 16 MB, 4.1-5.0 s with 4 MB,
// 4.0-4.7 s with 1 MB, the least PostgreSQL allows (five interleaved rounds, 2026-12-06). Its size is the same.
constexpr char SortMemory[] = "256MB";
constexpr char WordIndexMemory[] = "4MB";

QString setBuildMemory(const QString& value)
{
    QString quoted = value;
    quoted.replace(u'\'', QLatin1String("''"));
    return QStringLiteral("SET LOCAL maintenance_work_mem TO '%1'").arg(quoted);
}

// What a first load sets aside of a table it holds locked, as the catalogue tells it.
struct SetAside
{
    QList<QStringList> indexes;    // name, definition, access method: those no constraint owns
    QList<QStringList> keys;       // name, definition: primary and unique keys no reference leans on
    QList<QStringList> references; // name, definition
    QList<QStringList> incoming;   // table, name, definition: other tables' references to this one
    QStringList triggers;          // device_model_name_insert and device_guard, those that are on
    QString memory;                // maintenance_work_mem before
    bool emptied = false;          // the other tables are held too: the table is emptied (TRUNCATE)
};

// The indexes and keys of SetAside.
Status readIndexes(const QSqlDatabase& db, const QString& table, SetAside& found)
{
    // Indexes a constraint owns are put back with their constraint (below). Its access method tells the word index.
    if (Status read =
            readInto(found.indexes, db, table,
                     QStringLiteral("SELECT c.relname, pg_get_indexdef(i.indexrelid), m.amname FROM pg_index i"
                                    " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am m ON m.oid = c.relam"
                                    " WHERE i.indrelid = to_regclass(?) AND NOT EXISTS"
                                    " (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
                                    " ORDER BY c.relname"),
                     3);
        !read)
        return read;
    // A primary or unique key no reference leans on (device_seen's, unlike the device table's) is dropped and added
    // again too: built once by sorting instead of entry by entry, and a load's ON CONFLICT DO NOTHING then checks
    // nothing (100k sightings: 1.3-1.5 s with the key, 0.26 s without and 0.36 s to add it back). Adding it back
    // checks that the keys are still unique.
    return readInto(found.keys, db, table,
                    QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint k"
                                   " WHERE conrelid = to_regclass(?) AND contype IN ('p', 'u')"
                                   " AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f'"
                                   " AND f.conindid = k.conindid) ORDER BY conname"),
                    2);
}

// The rest of SetAside: references, triggers, settings.
Status readTheRest(const QSqlDatabase& db, const QString& table, SetAside& found)
{
    Result<QList<QStringList>> settings =
        rows(db, QStringLiteral("SELECT current_setting('maintenance_work_mem')"), {}, 1);
    if (!settings)
        return settings.error();
    QList<QStringList> triggers;
    Status read = readInto(found.references, db, table,
                           QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                                          " WHERE conrelid = to_regclass(?) AND contype = 'f' ORDER BY conname"),
                           2);
    if (read)
        read = readInto(found.incoming, db, table,
                        QStringLiteral("SELECT CAST(CAST(conrelid AS regclass) AS TEXT), conname,"
                                       " pg_get_constraintdef(oid) FROM pg_constraint WHERE confrelid = to_regclass(?)"
                                       " AND conrelid <> confrelid AND contype = 'f' ORDER BY 1, 2"),
                        3);
    if (read)
        read = readInto(triggers, db, table,
                        QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass(?)"
                                       " AND tgname IN ('device_model_name_insert', 'device_guard')"
                                       " AND tgenabled <> 'D' ORDER BY tgname"),
                        1);
    if (!read)
        return read;
    found.memory = settings.value().value(0).value(0);
    for (const QStringList& trigger : std::as_const(triggers))
        found.triggers.append(trigger.constFirst());
    return {};
}

using Statements = std::pair<QStringList, QStringList>; // those that set aside, those that put back

// What setAsideIfEmpty runs, and whether it empties the table.
struct FirstLoad
{
    Statements statements;
    bool emptied = false;
};

// Dropping and building again the indexes and keys (the memory set for the builds, and put back after them).
void composeIndexes(const SetAside& found, const QString& table, const QStringList& keepIndexes, Statements& out)
{
    out.second.append(setBuildMemory(QLatin1String(SortMemory)));
    for (const QStringList& index : found.indexes) {
        if (keepIndexes.contains(index[0]))
            continue;
        out.first.append(QStringLiteral("DROP INDEX %1").arg(index[0]));
        if (index[2] == QLatin1String("gin"))
            out.second << setBuildMemory(QLatin1String(WordIndexMemory)) << index[1]
                       << setBuildMemory(QLatin1String(SortMemory));
        else
            out.second.append(index[1]);
    }
    for (const QStringList& key : found.keys) {
        if (keepIndexes.contains(key[0]))
            continue;
        out.first.append(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, key[0]));
        out.second.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, key[0], key[1]));
    }
    out.second.append(setBuildMemory(found.memory));
}

// The statistics, the references, the triggers, and the table emptied.
void composeTheRest(const SetAside& found, const QString& table, Statements& out)
{
    // The planner's statistics, before the references are checked: an empty table's would make it read a million
    // rows as if they were none, and with the pages known to be all-visible (frozen, below) a check reads the
    // referencing column from its index instead of the whole table.
    out.second.append(QStringLiteral("ANALYZE %1").arg(table));
    for (const QStringList& reference : found.references) {
        out.first.append(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, reference[0]));
        out.second.append(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(table, reference[0], reference[1]));
    }
    // Emptied in this transaction (TRUNCATE of a table holding no rows, which other tables' references forbid while
    // they are on), the table takes a COPY's rows frozen: visible to every later transaction and the pages marked
    // all-visible as they are written, so no later pass sets hint bits on them, and the index builds, the reference
    // checks and the status snapshot read what they need from the indexes (docs/postgresql.md, 2026-12-06: 1M rows,
    // four pairs alternating with the build before, 26.5-28.9 s -> 25.3-26.6 s). The references into it are checked
    // again with the rest; the tables they are on (the history, the sightings) stay locked until the commit, as the
    // device table does.
    if (found.emptied) {
        for (const QStringList& reference : found.incoming) {
            out.first.append(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(reference[0], reference[1]));
            out.second.append(
                QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(reference[0], reference[1], reference[2]));
        }
        out.first.append(QStringLiteral("TRUNCATE ONLY %1").arg(table));
    }
    // The technicians' row rule (device_guard, step 12) lets the table's owner through, as this load's user is
    // (setAsideIfEmpty), and nobody else can write the locked table; but it costs a function call for each row the
    // load updates afterwards (its links and model years, 11-14 us a row): off too, until the indexes are back.
    if (found.triggers.contains(QLatin1String("device_guard"))) {
        out.first.append(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER device_guard").arg(table));
        out.second.append(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER device_guard").arg(table));
    }
    // The model names (device_model_name) are kept by a trigger per inserted row: filled once afterwards instead.
    if (found.triggers.contains(QLatin1String("device_model_name_insert"))) {
        out.first.append(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER device_model_name_insert").arg(table));
        out.second.append(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER device_model_name_insert").arg(table));
        out.second.append(QStringLiteral("INSERT INTO device_model_name (name) SELECT DISTINCT model FROM %1"
                                         " WHERE model IS NOT NULL ON CONFLICT DO NOTHING")
                              .arg(table));
    }
    // The pages are filled (no fillfactor for the load): a first load writes its links and year estimates with the
    // rows, and the few rows updated afterwards did not pay for a quarter more pages in every pass over the table
    // (docs/postgresql.md, 2026-12-06: 1M rows 30.8 -> 28.7 s).
}

// What a first load sets aside of a table it holds locked, read from the catalogue.
Result<FirstLoad> firstLoadStatements(const QSqlDatabase& db, const QString& table, const QStringList& keepIndexes)
{
    SetAside found;
    if (Status read = readIndexes(db, table, found); !read)
        return read.error();
    if (Status read = readTheRest(db, table, found); !read)
        return read.error();
    // Emptying the table needs the tables whose references point into it held too (their references are dropped
    // until the end); one this user does not own, or another session uses, leaves the table as it is, its rows
    // loaded the ordinary way.
    QStringList referencing;
    for (const QStringList& reference : std::as_const(found.incoming)) {
        if (!referencing.contains(reference[0]))
            referencing.append(reference[0]);
    }
    Result<bool> held = referencing.isEmpty()
                            ? Result<bool>(true)
                            : firstload::holdAlone(db, referencing, [&] { return ownsAll(db, referencing); });
    if (!held)
        return held.error();
    found.emptied = held.value();
    FirstLoad load;
    load.emptied = found.emptied;
    composeIndexes(found, table, keepIndexes, load.statements);
    composeTheRest(found, table, load.statements);
    return load;
}

} // namespace

Result<QStringList> PostgresEngine::setAsideForFirstLoad(const QSqlDatabase& db, const QString& table,
                                                         const QStringList& keepIndexes) const
{
    const bool devices = table == QLatin1String("device");
    Result<QStringList> restore = setAsideIfEmpty(db, table, keepIndexes);
    if (!restore || restore.value().isEmpty() || !devices)
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
    Result<bool> owner = ownsAll(db, {table});
    if (!owner)
        return owner.error();
    if (!owner.value())
        return QStringList();
    // Dropping an index locks the whole table until the commit: only a table nobody holds a lock on (holdAlone) and
    // that is still empty, so no technician has a device in it to swap meanwhile.
    Result<bool> held = firstload::holdAlone(
        db, {table}, [&] { return isTrue(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(table)); });
    if (!held)
        return held.error();
    if (!held.value())
        return QStringList();

    Result<FirstLoad> load = firstLoadStatements(db, table, keepIndexes);
    if (!load)
        return load.error();
    if (Status done = execStatements(db, load.value().statements.first); !done)
        return done.error();
    if (load.value().emptied) {
        if (Status remembered = firstload::rememberEmptied(db, table); !remembered)
            return remembered.error();
    }
    return load.value().statements.second;
}

} // namespace rullering
