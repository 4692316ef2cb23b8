#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rullering {

// A prepared statement for hot paths on either engine: bulk inserts (the demo fleet) and forward-only readers that
// step through many rows (the plan's counting passes and its device list). On an SQLite connection it is a raw
// sqlite3_stmt on Qt's own handle (SqliteStatement: QSqlQuery's per-row binding and QVariant per value cost about
// four times as much); on another engine a forward-only QSqlQuery (QPSQL then fetches rows as they come).
//
// Parameters are numbered from 1. The SQL may name them "?1", "?2" (one value used in several places) or "?" (the
// next number), as SQLite reads them; for PostgreSQL they become "$1", "$2".
//
//   SqlStatement read(db, "SELECT id, serial FROM device WHERE last_seen < ?1");
//   read.text(1, cutoff);
//   if (!read.start()) ...;
//   while (read.next()) use(read.integer(0), read.text(0));
//   if (read.failed()) ... read.errorText()
class SqlStatement
{
public:
    // What an INSERT hands back: nothing, or the id of the row it made (read with insert()).
    enum class Returning
    {
        Nothing,
        Id,
    };

    SqlStatement(const QSqlDatabase& db, const QByteArray& sql, Returning returning = Returning::Nothing);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

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

    // Runs a statement that returns no rows; ready for the next values afterwards. False when it failed.
    bool execute();
    // Runs an INSERT made with Returning::Id: the new row's id, or 0 when it failed.
    qint64 insert();

    // Reading: start() runs the query with the values bound (again, after a previous run), next() moves to each
    // row in turn and returns false after the last one or on failure (then failed() is true).
    bool start();
    bool next();
    bool failed() const;

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
