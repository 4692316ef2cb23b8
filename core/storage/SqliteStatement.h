#pragma once

#include "Sql.h"
#include "util/VectorState.h"

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

#include <sqlite3.h>
#include <vector>

namespace rullering {

// A prepared statement on the raw handle of Qt's own connection, for bulk hot paths (import, demo fleet) (QSqlQuery's
// per-row binding costs about four times as much). Finalised on scope exit. The step() result says whether the
// statement ran; errorText() gives SQLite's words (sqliteErrorText).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
        m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    QString errorText() const
    {
        return sqliteErrorText(m_db, sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    // Each parameter's text is encoded into a buffer of its own that the statement keeps, and bound without a
    // copy (SQLITE_STATIC): the buffer lives until the parameter is bound again, and it keeps its capacity, so a
    // bulk insert binds its text without allocating (QString::toUtf8 and SQLite's own copy each did, per value).
    void text(int index, const QString& value)
    {
        if (value.isEmpty() || size_t(index) >= m_text.size()) {
            sqlite3_bind_null(m_stmt, index);
            return;
        }
        QByteArray& buffer = m_text[size_t(index)];
        buffer.resize(m_encoder.requiredSpace(value.size()));
        const char* end = m_encoder.appendToBuffer(buffer.data(), value);
        sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
    }
    // Text already in UTF-8 (util/IsoTime's dates); NULL when empty. Kept (shared, not copied) like text().
    void utf8(int index, const QByteArray& value)
    {
        if (value.isEmpty() || size_t(index) >= m_text.size()) {
            sqlite3_bind_null(m_stmt, index);
            return;
        }
        QByteArray& buffer = m_text[size_t(index)];
        buffer = value;
        sqlite3_bind_text(m_stmt, index, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
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
        clearUpperVectorState();
        const int rc = sqlite3_step(m_stmt);
        m_extendedRc = sqlite3_extended_errcode(m_db);
        sqlite3_reset(m_stmt); // every use binds every parameter: no clear_bindings needed
        return rc;
    }
    int extendedResult() const { return m_extendedRc; }
    // The rowid of the connection's last INSERT (this statement's, right after execute()).
    qint64 lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

    // The statement itself, for readers that step it and read its columns in their own loop (the plan's
    // counting passes need SQLITE_DONE told apart from an error).
    sqlite3_stmt* handle() const { return m_stmt; }

    // For queries: step() until it returns false, read the columns, then reset().
    bool step()
    {
        clearUpperVectorState();
        return sqlite3_step(m_stmt) == SQLITE_ROW;
    }
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
    std::vector<QByteArray> m_text; // by parameter index
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace rullering
