#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace rullering {

// Many rows into one table inside the caller's open transaction, by each engine's fast path: on SQLite a prepared
// statement on the raw handle (SqliteStatement, as fast as before), on PostgreSQL COPY ... FROM STDIN through libpq
// on the connection's own PGconn, with the ids reserved from the table's identity sequence in blocks so insert()
// can give each row its id at once (the rows are sent in batches). Chosen by open() from the connection's engine:
// a feature writes rows the same way on both.
//
//   auto devices = BulkInsert::open(db, "device", {"serial", "hostname", ...});
//   devices->text(1, serial); ...; const qint64 id = devices->insert();   // 0: failed, see errorText()
//   ... devices->finish();                                                 // before anything reads the rows
//
// Values are bound by 1-based column index as in the column list; an empty text, and 0 for idOrNull, is NULL.
// Every column is set for every row.
class BulkInsert
{
public:
    virtual ~BulkInsert() = default;
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    // dependsOn: a writer whose rows this one's point at (audit rows at their devices): on an engine that sends rows
    // in batches, its pending rows are sent first. withIds: insert() returns the new row's id (the table has an
    // integer id column filled by the engine); without it, insert() returns 1 on success.
    static Result<std::unique_ptr<BulkInsert>> open(const QSqlDatabase& db, const QString& table,
                                                    const QStringList& columns, BulkInsert* dependsOn = nullptr,
                                                    bool withIds = true);

    virtual void text(int column, const QString& value) = 0;
    virtual void utf8(int column, const QByteArray& value) = 0; // already UTF-8 (util/IsoTime)
    virtual void integer(int column, qint64 value) = 0;
    virtual void idOrNull(int column, qint64 value) = 0; // NULL for 0 and below
    // Stores the row (or queues it for the next batch): its id, or 0 when it failed (errorText()). After a failure
    // the caller's transaction is to be rolled back.
    virtual qint64 insert() = 0;
    // Sends the rows still queued. Call before reading the table or committing.
    virtual Status finish() = 0;
    virtual QString errorText() const = 0;
    // A unique key refused the last insert() (an engine that sends rows in batches finds out only at finish(),
    // and then the whole batch fails: never true there).
    virtual bool violatedUniqueKey() const = 0;
    // insert() only queues the row: queries see it, and a repeat of its unique keys fails, only after finish().
    // The caller keeps what it must find again among its own rows (DeviceImportWriter's FirstLoadKeys).
    virtual bool sendsInBatches() const = 0;

protected:
    BulkInsert() = default;
};

} // namespace rullering
