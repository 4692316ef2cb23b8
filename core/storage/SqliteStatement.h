#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace rullering {

// A prepared statement on the raw handle of Qt's own connection, for bulk hot paths (import, demo fleet) (QSqlQuery's
// per-row binding costs about four times as much). Finalised on scope exit. The step() result says whether the
// statement ran; errorText() gives SQLite's words.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    QString errorText() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    void text(int index, const QString& value)
    {
        if (value.isEmpty()) {
            sqlite3_bind_null(m_stmt, index);
            return;
        }
        m_utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, m_utf8.constData(), int(m_utf8.size()), SQLITE_TRANSIENT);
    }
    // Text already in UTF-8 (util/IsoTime's dates); NULL when empty.
    void utf8(int index, const QByteArray& value)
    {
        if (value.isEmpty())
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    // For values that outlive the statement's use (the import's timestamp and user): no copy.
    void staticText(int index, const QByteArray& utf8)
    {
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void integer(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void idOrNull(int index, qint64 value)
    {
        if (value > 0)
            sqlite3_bind_int64(m_stmt, index, value);
        else
            sqlite3_bind_null(m_stmt, index);
    }

    // Runs a statement that returns no rows; resets it for the next use. Returns the SQLite result code.
    int execute()
    {
        const int rc = sqlite3_step(m_stmt);
        m_extendedRc = sqlite3_extended_errcode(m_db);
        sqlite3_reset(m_stmt); // every use binds every parameter: no clear_bindings needed
        return rc;
    }
    int extendedResult() const { return m_extendedRc; }

    // The statement itself, for readers that step it and read its columns in their own loop (the plan's
    // counting passes need SQLITE_DONE told apart from an error).
    sqlite3_stmt* handle() const { return m_stmt; }

    // For queries: step() until it returns false, read the columns, then reset().
    bool step() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 columnInt(int index) const { return sqlite3_column_int64(m_stmt, index); }
    QString columnText(int index) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, index)) : QString();
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
    int m_extendedRc = SQLITE_OK;
    QByteArray m_utf8;
};

} // namespace rullering
