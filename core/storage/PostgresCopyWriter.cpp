#include "PostgresCopyWriter.h"

#include "LibPq.h"
#include "PostgresCopyText.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace rullering {
namespace {

// libpq is given the rows in chunks of this size: few calls, little memory.
constexpr qsizetype ChunkBytes = 256 * 1024;

// libpq's and the server's words, on one line (a COPY error adds a CONTEXT line naming the row and column).
QString oneLine(const char* text)
{
    return QString::fromUtf8(text).simplified();
}

} // namespace

PostgresCopyWriter::PostgresCopyWriter(QSqlDatabase db, QString table, QStringList columns)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{}

PostgresCopyWriter::~PostgresCopyWriter()
{
    // Given up half-way (an error elsewhere): end the COPY as failed so the session can roll back.
    if (m_copying) {
        libpq::PQputCopyEnd(m_conn, "copy abandoned");
        while (PGresult* result = libpq::PQgetResult(m_conn))
            libpq::PQclear(result);
    }
}

Error PostgresCopyWriter::failure(const QString& libpqText) const
{
    return Error(QCoreApplication::translate("PostgresCopyWriter", "Cannot write the table %1 on the server: %2")
                     .arg(m_table, libpqText));
}

Status PostgresCopyWriter::start()
{
    if (!(m_conn = postgresHandle(m_db)))
        return failure(QCoreApplication::translate("PostgresCopyWriter", "the connection is not PostgreSQL's"));
    // A copy keeps the names of who wrote each row (the audit's "who" and the like), which the register's triggers
    // otherwise set to the signed-in user (schema 12); they honour this only for the register's owner.
    PGresult* keep = libpq::PQexec(m_conn, "SELECT set_config('rullering.keep_who', 'on', true)");
    const bool kept = libpq::PQresultStatus(keep) == PGRES_TUPLES_OK;
    const QString keepText = oneLine(libpq::PQresultErrorMessage(keep));
    libpq::PQclear(keep);
    if (!kept)
        return failure(keepText);
    QStringList columns;
    for (const QString& column : std::as_const(m_columns))
        columns.append(quoteIdentifier(column));
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_table, columns.join(u',')).toUtf8();
    PGresult* result = libpq::PQexec(m_conn, sql.constData());
    const bool started = libpq::PQresultStatus(result) == PGRES_COPY_IN;
    const QString text = oneLine(libpq::PQresultErrorMessage(result));
    libpq::PQclear(result);
    if (!started)
        return failure(text.isEmpty() ? oneLine(libpq::PQerrorMessage(m_conn)) : text);
    m_copying = true;
    m_buffer.reserve(ChunkBytes + 4096);
    return {};
}

void PostgresCopyWriter::appendValue(QByteArray& line, const QVariant& value)
{
    if (value.isNull()) {
        line.append("\\N");
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    appendCopyText(line, text.constData(), text.size());
}

Status PostgresCopyWriter::write(const QVariantList& row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_buffer.append('\t');
        appendValue(m_buffer, row.at(i));
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= ChunkBytes)
        return flush();
    return {};
}

Status PostgresCopyWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (libpq::PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
        return failure(oneLine(libpq::PQerrorMessage(m_conn)));
    m_buffer.clear();
    return {};
}

Status PostgresCopyWriter::finish()
{
    if (!m_copying)
        return failure(QCoreApplication::translate("PostgresCopyWriter", "the copy was not started"));
    if (Status flushed = flush(); !flushed)
        return flushed;
    m_copying = false;
    if (libpq::PQputCopyEnd(m_conn, nullptr) != 1) {
        const QString text = oneLine(libpq::PQerrorMessage(m_conn));
        while (PGresult* result = libpq::PQgetResult(m_conn))
            libpq::PQclear(result);
        return failure(text);
    }
    // The server checks each row as it arrives, and reports the first bad one here.
    QString error;
    while (PGresult* result = libpq::PQgetResult(m_conn)) {
        if (libpq::PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = oneLine(libpq::PQresultErrorMessage(result));
        libpq::PQclear(result);
    }
    if (!error.isEmpty())
        return failure(error);
    return {};
}

} // namespace rullering
