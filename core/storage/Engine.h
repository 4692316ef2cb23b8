#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace rullering {

class BulkInsert;
class ChangeSource;
struct Migration;
class TableWriter;

// One table of a register as the engine's catalogue describes it, for copying a register (RegisterCopy).
struct RegisterTable
{
    QString name;
    QStringList columns;    // in the table's order
    QStringList references; // the other tables its foreign keys point at (itself left out)
};

// What differs between the two database engines a register can live in: an SQLite file (the default, embedded)
// and a PostgreSQL server. Everything engine-specific that storage needs goes through here, so features do not
// grow "if (postgres)" branches; docs/postgresql.md lists what still has to move here.
class Engine
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres,
    };

    virtual ~Engine() = default;

    // The engine behind a connection (by its Qt driver).
    static const Engine& of(const QSqlDatabase& db);

    virtual Kind kind() const = 0;

    // Starts a write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE) so two writers queue on
    // the busy timeout instead of deadlocking; PostgreSQL locks row by row.
    virtual QString beginStatement() const = 0;

    // The connection was opened for reading only: a write transaction is refused before it begins.
    virtual bool isReadOnly(const QSqlDatabase& db) const = 0;

    // The register's schema version; -1 when it cannot be read.
    virtual int schemaVersion(const QSqlDatabase& db) const = 0;
    // The same inside a schema step's transaction, locked until it ends, so two clients opening the same register
    // at once run each step once: the second waits, then finds the step done.
    virtual int lockSchemaVersion(const QSqlDatabase& db) const = 0;
    virtual Status recordSchemaVersion(const QSqlDatabase& db, int version) const = 0;
    // The statements of a step for this engine: its own variant where the SQL differs, else the shared ones.
    virtual QStringList migrationStatements(const Migration& step) const = 0;
    // A new register's whole schema as one step at its version, when the engine has one (then only the steps
    // after it run); null: a new register replays every step.
    virtual const Migration* newRegisterSchema() const { return nullptr; }
    // Once, after a new register got its whole schema by replaying steps.
    virtual Status finishNewRegister(const QSqlDatabase& db) const = 0;
    // A step that rebuilds a table (SQLite's way to change a constraint) drops rows other tables point at until the
    // new table takes its name: such an engine turns its reference checks off while steps run (returns whether they
    // were on, for restoreReferenceChecks) and checks every step before it commits (danglingReference).
    virtual Result<bool> suspendReferenceChecks(const QSqlDatabase& db) const = 0;
    virtual void restoreReferenceChecks(const QSqlDatabase& db, bool wereOn) const = 0;
    // The table of a row pointing at a missing row, or an empty string when there is none.
    virtual Result<QString> danglingReference(const QSqlDatabase& db) const = 0;
    // Why a register from a newer Rullering is refused (it has not been changed).
    virtual QString newerSchemaMessage(int found, int understood) const = 0;

    // The engine's fast path for many rows into one table, inside the open transaction (BulkInsert::open).
    virtual Result<std::unique_ptr<BulkInsert>> bulkInsert(const QSqlDatabase& db, const QString& table,
                                                           const QStringList& columns, BulkInsert* dependsOn,
                                                           bool withIds) const = 0;
    // A bulk load is faster with the tables' indexes and triggers set aside and rebuilt once (IndexSuspension,
    // SearchIndexBatch) and with the connection tuned for it (BulkWriteSettings). SQLite: yes. PostgreSQL keeps its
    // indexes (COPY maintains them; the word index is an expression index that needs no trigger).
    virtual bool setsIndexesAsideForBulkLoads() const = 0;
    // A load into an empty table (a first import) on an engine that keeps its indexes otherwise: sets aside, inside
    // the open transaction, what each row would pay for (the table's indexes but keepIndexes, its reference checks,
    // a trigger keeping a derived table) and returns the statements that put it back and analyse the table (run
    // before the commit; a rollback restores everything). Nothing where it cannot be done safely: a table not
    // empty, not the user's, or in use by another session. SQLite: nothing (IndexSuspension does its own).
    virtual Result<QStringList> setAsideForFirstLoad(const QSqlDatabase& db, const QString& table,
                                                     const QStringList& keepIndexes) const = 0;
    // A temporary table of this connection, by name, as statements name it (SQLite: temp.name; PostgreSQL:
    // pg_temp.name), and the column type of its integer key (SQLite's rowid; PostgreSQL's bigint).
    virtual QString temporaryTable(const QString& name) const = 0;
    virtual QString integerKeyType() const = 0;
    // The type of a work table's text column compared with the register's text: byte order and ASCII-only lower(),
    // as every text column of the register (SQLite: TEXT; PostgreSQL: TEXT COLLATE "C").
    virtual QString textType() const = 0;
    // Copying a whole register (RegisterCopy) ---------------------------------------------------------------------
    // Every table of the register, read from the engine's catalogue (derived indexes such as SQLite's word index
    // and the engine's own bookkeeping left out), so a table added by a later schema step is copied too.
    virtual Result<QList<RegisterTable>> registerTables(const QSqlDatabase& db) const = 0;
    // Starts a read transaction that sees one moment of the register throughout, whatever others write meanwhile.
    // The target is written with its reference checks suspended (suspendReferenceChecks) and checked once before it
    // commits (danglingReference): rows pointing at later rows of the same table load, and SQLite does not search
    // a table for every row inserted while such a reference is outstanding.
    virtual QString snapshotStatement() const = 0;
    // Empties the tables (given parents first) inside the transaction.
    virtual Status clearTables(const QSqlDatabase& db, const QStringList& tables) const = 0;
    virtual std::unique_ptr<TableWriter> tableWriter(const QSqlDatabase& db, const QString& table,
                                                     const QStringList& columns) const = 0;
    // After the last row: ids handed out from now on follow the highest copied (PostgreSQL's identity sequences).
    virtual Status finishBulkCopy(const QSqlDatabase& db, const QStringList& tables) const = 0;
    // After a bulk load has committed (generate, copy, a first import), outside any transaction: the planner's
    // statistics, and PostgreSQL's visibility map that index-only scans need, brought up to date at once rather
    // than whenever autovacuum comes round (VACUUM (ANALYZE) of every table; skipped quietly for a table the user
    // does not own). SQLite: nothing (its planner works without statistics, as it always has here).
    virtual Status refreshStatistics(const QSqlDatabase& db) const = 0;

    // Live updates (ChangeFeed) ------------------------------------------------------------------------------------
    // How a window hears of other clients' changes to the register at path, whose window connection is db (a file:
    // its commit count polled on db; a server: a listening connection of its own).
    virtual std::unique_ptr<ChangeSource> changeSource(const QSqlDatabase& db, const QString& path) const = 0;
    // The server session of a connection, as the server's notifications name the writer; 0 where there is none.
    virtual qint64 sessionId(const QSqlDatabase& db) const = 0;
    // The connection to the server is known to be gone (no I/O: what the last statement found). Never for a file.
    virtual bool isConnectionLost(const QSqlDatabase& db) const = 0;

    // Pieces of queries whose SQL differs, so a feature writes one query for both engines.
    // After a table (and its alias) in FROM: SQLite's " INDEXED BY index" where its planner needs telling; empty
    // where an engine has no hints.
    virtual QString indexHint(const QString& index) const = 0;
    // A column in a condition that must not be answered through its index (SQLite's unary +), so the query walks
    // the index of its sort order instead.
    virtual QString withoutIndex(const QString& column) const = 0;
    // A text column ordered and compared without ASCII case (SQLite's NOCASE): the device-name index is on it.
    virtual QString caseless(const QString& column) const = 0;
    // LIKE that ignores ASCII case, as SQLite's LIKE does.
    virtual QString caselessLike() const = 0;
    // An ORDER BY term (column or expression) sorting NULL as SQLite does: before every value ascending, after
    // every value descending.
    virtual QString orderTerm(const QString& expression, bool descending) const = 0;
    // The word search (today's meaning: every word typed begins a word of the serial, device name or primary user,
    // in any case): the query of the matching device ids, with one placeholder, and the value bound to it for
    // what was typed; an empty value when the text holds no letter or digit (then nothing matches by words).
    virtual QString wordSearchIdsSql() const = 0;
    virtual QString wordSearchValue(const QString& text) const = 0;
    // How a filter that may use its indexes tests the search's two sources of matches on the rows whose columns are
    // named with prefix ("d." or empty): the
    // word index (with wordSearchValue's placeholder first, when withWords) and the models whose names modelNames
    // selects (its placeholders after). SQLite: "(d.id IN (word matches) OR d.model IN (models))", answered
    // through two indexes. PostgreSQL: "(device_words(…) @@ ? OR d.model = ANY(ARRAY(models)))", one bitmap of
    // both indexes and each row read once; "id IN (word matches UNION ALL devices of those models)" joined the
    // matches back to the table (a surname, 20k devices: 2.5 s → 0.6 s), and the OR with "model IN (models)" tested
    // every row of the register. The same devices either way.
    virtual QString searchCondition(const QString& prefix, bool withWords, const QString& modelNames) const = 0;
    // Whether a search alone is counted in parts (DeviceCount): the devices of the matching models, from the model
    // index alone, plus the word matches of other models. PostgreSQL: yes (a quarter of the register for
    // "ThinkPad" otherwise collected, made distinct and joined back: 2.6 s); SQLite counts its filter's own form
    // faster.
    virtual bool countsSearchInParts() const = 0;
    // The rows of table (as alias) that match where (" WHERE …" over alias), as a table in FROM that is collected
    // before anything sorts it, so a sorted window of few matches reads the matches rather than walking the sort
    // order's index. PostgreSQL's planner walks that index whenever it expects the matches spread evenly over it;
    // where they cluster (a municipality's devices under its name prefix) it read most of the register: "(SELECT *
    // FROM table alias WHERE … OFFSET 0) AS alias". Empty where the engine is steered otherwise (SQLite: the
    // filter's FilterIndexUse).
    virtual QString collectedRows(const QString& table, const QString& alias, const QString& where) const = 0;
    // A condition that the integer columns hold one of rowCount rows of values, bound row by row in the columns'
    // order (a due year: one type and production year per type). SQLite: "((a = ? AND b = ?) OR …)", each term
    // read through an index; PostgreSQL: "(a, b) IN (VALUES (?, ?), …)", each row one index-only scan, where its OR
    // read every page of the table for a count (1.4 s instead of 22 ms at 1M devices).
    virtual QString integerRowsIn(const QStringList& columns, int rowCount) const = 0;
    // A condition that a text column is one of many texts bound as one value (placeholder "?1" or "?"), and that
    // value: a batch of keys looked up by one statement instead of one each (SQLite: IN json_each(); PostgreSQL:
    // = ANY(text[]), read through the column's index).
    virtual QString inTextList(const QString& column, const QString& placeholder) const = 0;
    virtual QString textListValue(const QStringList& values) const = 0;
    // Ids read once and tested by several later statements as one bound value (the Status page's search matches),
    // instead of each statement running their query again. idListQuery: a query of one row giving the ids of
    // idsSql (its first column) as that value and their number; empty where the engine tests ids otherwise (SQLite:
    // storage/IdSetFunction). inIdList: the condition that column is one of them, one placeholder; many: the ids
    // are a large share of the register, so each row read is tested against them (PostgreSQL hashes the list) rather
    // than each id looked up in the key's index (250k lookups at 1M devices: 5.4 s; a scan testing rows: 2.0 s).
    virtual QString idListQuery(const QString& idsSql) const = 0;
    virtual QString inIdList(const QString& column, bool many) const = 0;
    // The condition that the import history (device_seen) holds a sighting of the device whose id is idColumn at or
    // after a time bound to its one placeholder (the status's "seen after X"). SQLite probes the history's key per
    // device (EXISTS); PostgreSQL reads the sightings after X once into a hash (IN): a correlated probe cost it
    // ~6 us a device (the 33k devices not seen lately at 1M: 200 of 266 ms at load 8, 50 ms so).
    virtual QString seenFromSql(const QString& idColumn) const = 0;
    // The same for a sighting at or after a time and before another, bound to its two placeholders in that order
    // (the status's "seen in the window", asked of the devices not seen lately). SQLite probes the history's key per
    // device (EXISTS): its IN read every sighting of the window into a list first (the status after a 12k import:
    // 11,912 sightings read for 392 devices, 8 -> 1 ms in the shell); PostgreSQL hashes them once (IN, see above).
    virtual QString seenBetweenSql(const QString& idColumn) const = 0;

    // Ends a SELECT inside a write transaction that reads rows it will write (a swap's two devices): the rows stay
    // locked until the transaction ends, so a second writer of one of them waits and then reads what the first
    // stored instead of the row as it was (PostgreSQL: FOR UPDATE OF alias). Empty on SQLite, whose write
    // transaction holds the whole file from BEGIN IMMEDIATE on.
    virtual QString lockRowsForUpdate(const QString& alias) const = 0;

protected:
    // The words of what was typed as both word indexes split text: runs of letters and digits, everything else a
    // separator.
    static QStringList typedWords(const QString& text);
};

} // namespace rullering
