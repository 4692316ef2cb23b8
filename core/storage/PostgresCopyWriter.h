#pragma once

#include "TableWriter.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

struct pg_conn;

namespace rullering {

// Rows into one PostgreSQL table with COPY ... FROM STDIN in text format, through libpq on the QPSQL connection's own
// handle (QSqlDriver::handle(), "PGconn*", named "pg_conn*" by Qt 6.4): the same session, so inside the transaction Qt
// began on it. Qt never sees the COPY; no Qt query may be running on the connection meanwhile. It streams whole rows of
// any table for the register copy; PostgresCopy (BulkInsert) is the typed, batched writer of the import and generate;
// both send text made by PostgresCopyText.
class PostgresCopyWriter final : public TableWriter
{
    Q_DISABLE_COPY_MOVE(PostgresCopyWriter)

public:
    // table is schema-qualified already or found on the session's search_path; columns as named in the catalogue.
    PostgresCopyWriter(QSqlDatabase db, QString table, QStringList columns);
    ~PostgresCopyWriter() override;

    Status start() override;
    Status write(const QVariantList& row) override;
    Status finish() override;

    // One value in COPY's text format: \N for NULL, backslash, tab, newline and carriage return escaped.
    static void appendValue(QByteArray& line, const QVariant& value);

private:
    Status flush();
    Error failure(const QString& libpqText) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    pg_conn* m_conn = nullptr;
    bool m_copying = false;
    QByteArray m_buffer;
};

} // namespace rullering
