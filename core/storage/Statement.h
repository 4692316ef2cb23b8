#pragma once

#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace rullering {

// A statement prepared once and run many times, on either engine, with SqliteStatement's interface: parameters
// numbered ?1, ?2, ... (or plain ?), bound by number, then execute() or step() through the rows. On SQLite it is a
// SqliteStatement on Qt's own handle (the hot paths keep their speed: one predictable branch per call); on
// PostgreSQL a prepared QSqlQuery, the numbers becoming $1, $2, ... (every number up to the highest must occur in
// the SQL, so the server can tell its type). The SQL itself must be valid on both (see Engine for what differs).
class Statement
{
public:
    Statement(const QSqlDatabase& db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_sqlite ? m_sqlite->ok() : m_prepared; }
    QString errorText() const;

    void text(int index, const QString& value)
    {
        if (m_sqlite)
            m_sqlite->text(index, value);
        else
            bind(index, value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value));
    }
    void utf8(int index, const QByteArray& value)
    {
        if (m_sqlite)
            m_sqlite->utf8(index, value);
        else
            bind(index,
                 value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(value)));
    }
    void staticText(int index, const QByteArray& value)
    {
        if (m_sqlite)
            m_sqlite->staticText(index, value);
        else
            bind(index, QVariant(QString::fromUtf8(value)));
    }
    void integer(int index, qint64 value)
    {
        if (m_sqlite)
            m_sqlite->integer(index, value);
        else
            bind(index, QVariant(qlonglong(value)));
    }
    void idOrNull(int index, qint64 value)
    {
        if (m_sqlite)
            m_sqlite->idOrNull(index, value);
        else
            bind(index, value > 0 ? QVariant(qlonglong(value)) : QVariant(QMetaType::fromType<qlonglong>()));
    }

    // Runs a statement that returns no rows, ready for the next use; false when it failed (errorText()).
    bool execute();
    // A unique key refused the last execute().
    bool violatedUniqueKey() const;
    // Rows the last execute() inserted, changed or deleted.
    qint64 changes() const;

    // For queries: step() until it returns false, read the columns, then reset(). failed() tells an error from
    // the end of the rows.
    bool step();
    void reset();
    bool failed() const { return m_failed; }
    qint64 columnInt(int index) const
    {
        return m_sqlite ? m_sqlite->columnInt(index) : m_query->value(index).toLongLong();
    }
    QString columnText(int index) const
    {
        return m_sqlite ? m_sqlite->columnText(index) : m_query->value(index).toString();
    }
    // The column's text as UTF-8; on SQLite without a copy (valid until the next step() or reset()), for hot loops
    // that look rows up by their bytes.
    QByteArray columnUtf8(int index) const
    {
        if (!m_sqlite)
            return m_query->value(index).toString().toUtf8();
        sqlite3_stmt* s = m_sqlite->handle();
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, index));
        return QByteArray::fromRawData(text, sqlite3_column_bytes(s, index));
    }

private:
    void bind(int index, const QVariant& value);
    bool run();

    std::unique_ptr<SqliteStatement> m_sqlite;
    sqlite3* m_sqliteDb = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QSqlDatabase m_db;     // PostgreSQL: to end a bulk stream before each run (BulkStream)
    QString m_streamError; // why ending it failed
    QVariantList m_values; // PostgreSQL: by number - 1
    bool m_prepared = false;
    bool m_running = false;
    bool m_failed = false;
    int m_extendedRc = 0;
    qint64 m_changes = 0;
};

} // namespace rullering
