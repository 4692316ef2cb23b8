#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rullering {

// A query for hot read paths on either engine, read forward only: the plan's counting passes and its device list step
// through up to a million rows. On an SQLite connection it is a raw sqlite3_stmt on Qt's own handle (SqliteStatement:
// QSqlQuery's QVariant per value costs several times as much); on another engine a forward-only QSqlQuery (QPSQL then
// fetches rows as they come). Writes go through Statement and BulkInsert.
//
// Parameters are numbered from 1. The SQL may name them "?1", "?2" (one value used in several places) or "?" (the
// next number), as SQLite reads them; for PostgreSQL they become "$1", "$2".
//
//   RowReader read(db, "SELECT id, serial FROM device WHERE last_seen < ?1");
//   read.text(1, cutoff);
//   if (!read.start()) ...;
//   while (read.next()) use(read.integer(0), read.text(0));
//   if (read.failed()) ... read.errorText()
class RowReader
{
public:
    // How a query's rows are read: streamed as they come, or, for statements read alongside others on the same
    // connection (a merge of several ordered queries), held whole by the client where the engine cannot stream
    // two at once (libpq: one result in flight per connection). SQLite steps any number of statements at once.
    enum class Reading
    {
        Streamed,
        Alongside,
    };

    RowReader(const QSqlDatabase& db, const QByteArray& sql, Reading reading = Reading::Streamed);
    ~RowReader();
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    // Prepared; errorText() says why not.
    bool ok() const;
    // The engine's words for the last failure (preparing, running or reading).
    QString errorText() const;

    // Binding. Text and UTF-8 bind NULL when empty, as optional columns stay NULL rather than ''.
    void text(int index, const QString& value);
    void utf8(int index, const QByteArray& value);
    void integer(int index, qint64 value);
    // NULL for 0 (no id).
    void idOrNull(int index, qint64 value);
    void null(int index);

    // Reading: start() runs the query with the values bound (again, after a previous run), next() moves to each
    // row in turn and returns false after the last one or on failure (then failed() is true).
    bool start();
    bool next();
    bool failed() const;
    // Lets go of the rows not read (until the next start()).
    void finish();

    // Columns of the current row, from 0. NULL reads as 0 or empty.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QByteArray utf8(int column) const;
    QString text(int column) const;

    class Backend;

private:
    std::unique_ptr<Backend> m_backend;
};

} // namespace rullering
