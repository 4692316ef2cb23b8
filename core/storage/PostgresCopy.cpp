#include "PostgresCopy.h"

#include "LibPq.h"
#include "PostgresCopyText.h"
#include "PostgresEngine.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <cerrno>
#include <charconv>
#include <poll.h>

namespace rullering {
namespace {

QString resultError(PGresult* result, PGconn* conn)
{
    const char* message = result ? libpq::PQresultErrorMessage(result) : libpq::PQerrorMessage(conn);
    const char* state = result ? libpq::PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return serverErrorText(QString::fromLatin1(state ? state : ""), QString::fromUtf8(message).trimmed());
}

} // namespace

Result<std::unique_ptr<BulkInsert>> PostgresEngine::bulkInsert(const QSqlDatabase& db, const QString& table,
                                                               const QStringList& columns, BulkInsert* dependsOn,
                                                               bool withIds) const
{
    return PostgresCopy::open(db, table, columns, dependsOn, withIds);
}

Result<std::unique_ptr<BulkInsert>> PostgresCopy::open(const QSqlDatabase& db, const QString& table,
                                                       const QStringList& columns, BulkInsert* dependsOn, bool withIds)
{
    if (!postgresHandle(db))
        return Error(QCoreApplication::translate("BulkInsert", "The database connection is not open."));
    return std::unique_ptr<BulkInsert>(
        new PostgresCopy(db, table, columns, static_cast<PostgresCopy*>(dependsOn), withIds));
}

PostgresCopy::PostgresCopy(QSqlDatabase db, QString table, const QStringList& columns, PostgresCopy* dependsOn,
                           bool withIds)
    : m_db(std::move(db))
    , m_table(table.contains(u'.') ? table : PostgresEngine::schemaName() + u'.' + table) // pg_temp.x as given
    , m_dependsOn(dependsOn)
    , m_withIds(withIds)
    , m_ids(m_db, m_table)
    , m_fields(size_t(columns.size()))
{
    m_copySql = "COPY " + m_table.toUtf8() + " (" + (withIds ? QByteArray("id,") : QByteArray()) +
                columns.join(u',').toUtf8() + ") FROM STDIN";
    m_batch.reserve(size_t(ChunkBytes) + 64 * 1024);
}

PostgresCopy::~PostgresCopy()
{
    abandonStream();
}

void PostgresCopy::setNull(int column)
{
    if (column >= 1 && size_t(column) <= m_fields.size())
        m_fields[size_t(column - 1)].assign("\\N", 2);
}

void PostgresCopy::text(int column, const QString& value)
{
    if (value.isEmpty() || column < 1 || size_t(column) > m_fields.size())
        return setNull(column);
    m_utf8.resize(size_t(m_encoder.requiredSpace(value.size())));
    const qsizetype size = m_encoder.appendToBuffer(m_utf8.data(), value) - m_utf8.data();
    std::string& field = m_fields[size_t(column - 1)];
    field.clear();
    appendCopyText(field, m_utf8.data(), size);
}

void PostgresCopy::utf8(int column, const QByteArray& value)
{
    if (value.isEmpty() || column < 1 || size_t(column) > m_fields.size())
        return setNull(column);
    std::string& field = m_fields[size_t(column - 1)];
    field.clear();
    appendCopyText(field, value.constData(), value.size());
}

void PostgresCopy::integer(int column, qint64 value)
{
    if (column < 1 || size_t(column) > m_fields.size())
        return;
    char digits[24];
    m_fields[size_t(column - 1)].assign(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

void PostgresCopy::idOrNull(int column, qint64 value)
{
    if (value > 0)
        integer(column, value);
    else
        setNull(column);
}

qint64 PostgresCopy::insert()
{
    if (!m_error.isEmpty())
        return 0;
    qint64 id = 1;
    if (m_withIds) {
        Result<qint64> next = m_ids.next();
        if (!next) {
            m_error = next.errorMessage();
            return 0;
        }
        id = next.value();
        char digits[24];
        m_batch.append(digits, std::to_chars(digits, digits + sizeof digits, id).ptr);
        m_batch += '\t';
    }
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (i > 0)
            m_batch += '\t';
        m_batch += m_fields[i];
    }
    m_batch += '\n';
    if (qsizetype(m_batch.size()) >= ChunkBytes) {
        if (Status sent = push(); !sent) {
            m_error = sent.errorMessage();
            return 0;
        }
    } else if (m_sending && ++m_rowsSinceFlush >= FlushEveryRows) {
        if (Status passed = passOn(); !passed) {
            abandonStream();
            m_error = QCoreApplication::translate("Sql", "Database error: %1").arg(passed.errorMessage());
            return 0;
        }
    }
    return id;
}

Status PostgresCopy::finish()
{
    if (!m_error.isEmpty())
        return Error(m_error);
    Status done = push();
    if (done)
        done = endStream();
    if (!done)
        m_error = done.errorMessage();
    return done;
}

Status PostgresCopy::push()
{
    if (m_batch.empty())
        return {};
    // The rows of the writer this one points at go first, each time it has queued some since.
    if (m_dependsOn && (m_dependsOn->m_streaming || !m_dependsOn->m_batch.empty())) {
        if (Status ended = endStream(); !ended)
            return ended;
        if (Status first = m_dependsOn->finish(); !first)
            return first;
    }
    if (!m_streaming) {
        if (Status started = startStream(); !started)
            return started;
    }
    // The chunk waits in line here, not in libpq's buffer: libpq moves what it has not sent yet to the front of
    // its buffer after each send, and with 8 MB waiting there that was most of the client's copying.
    m_waiting.push_back(std::move(m_batch));
    m_batch = takeSpare();
    Status passed = passOn();
    if (passed && qsizetype(m_waiting.size()) > MaxChunksAhead)
        passed = waitFlushed(MaxChunksAhead / 2);
    if (!passed) {
        abandonStream();
        return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(passed.errorMessage()));
    }
    return {};
}

Status PostgresCopy::startStream()
{
    if (Status settled = settleBulkStream(m_db); !settled) // another writer's COPY on this connection
        return settled;
    PGconn* conn = postgresHandle(m_db);
    if (!conn)
        return Error(QCoreApplication::translate("BulkInsert", "The database connection is not open."));
    // Into a table this transaction emptied for a first load, the rows go in frozen (PostgresEngineLoad.cpp). Asked
    // until it is so, then kept: a bulk insert lives inside one transaction, and its stream starts again after every
    // other statement on the connection (9 times in a 40k-row first load).
    if (!m_frozen) {
        Result<bool> emptied = PostgresEngine::emptiedInThisTransaction(m_db, m_table);
        if (!emptied)
            return emptied.error();
        m_frozen = emptied.value();
    }
    const QByteArray sql = m_frozen ? m_copySql + " WITH (FREEZE)" : m_copySql;
    PGresult* started = libpq::PQexec(conn, sql.constData());
    if (libpq::PQresultStatus(started) != PGRES_COPY_IN) {
        const QString error = resultError(started, conn);
        libpq::PQclear(started);
        return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(error));
    }
    libpq::PQclear(started);
    libpq::PQsetnonblocking(conn, 1);
    m_streaming = true;
    m_sending = false;
    openBulkStream(m_db, this);
    return {};
}

std::string PostgresCopy::takeSpare()
{
    std::string spare;
    if (!m_spare.empty()) {
        spare = std::move(m_spare.back());
        m_spare.pop_back();
    }
    spare.clear();
    spare.reserve(size_t(ChunkBytes) + 64 * 1024);
    return spare;
}

// Passes what libpq holds to the server as far as the socket takes it, and the next chunk waiting each time libpq
// has sent everything, without waiting. The error is libpq's own words (the caller ends the stream).
Status PostgresCopy::passOn()
{
    m_rowsSinceFlush = 0;
    PGconn* conn = postgresHandle(m_db);
    for (;;) {
        const int flushed = libpq::PQflush(conn);
        if (flushed < 0)
            break;
        m_sending = flushed == 1 || !m_waiting.empty();
        if (flushed == 1 || m_waiting.empty())
            return {};
        std::string& next = m_waiting.front();
        if (libpq::PQputCopyData(conn, next.data(), int(next.size())) != 1)
            break;
        m_spare.push_back(std::move(next));
        m_waiting.pop_front();
    }
    return Error(QString::fromUtf8(libpq::PQerrorMessage(conn)).trimmed());
}

// Waits until at most `left` chunks wait here and, if none, libpq holds nothing more to send (reading what the
// server says meanwhile, as libpq does itself). The error is libpq's own words.
Status PostgresCopy::waitFlushed(int left)
{
    PGconn* conn = postgresHandle(m_db);
    for (;;) {
        if (Status passed = passOn(); !passed)
            return passed;
        if (left > 0 ? qsizetype(m_waiting.size()) <= left : !m_sending)
            return {};
        pollfd socket{libpq::PQsocket(conn), POLLOUT | POLLIN, 0};
        if (poll(&socket, 1, -1) < 0 && errno != EINTR)
            break;
        if ((socket.revents & POLLIN) && libpq::PQconsumeInput(conn) == 0)
            break;
    }
    return Error(QString::fromUtf8(libpq::PQerrorMessage(conn)).trimmed());
}

Status PostgresCopy::endStream()
{
    if (!m_streaming)
        return {};
    closeBulkStream(this);
    m_streaming = false;
    PGconn* conn = postgresHandle(m_db);
    QString error;
    if (Status flushed = waitFlushed(); !flushed)
        error = flushed.errorMessage();
    libpq::PQsetnonblocking(conn, 0);
    if (libpq::PQputCopyEnd(conn, error.isEmpty() ? nullptr : "the client could not send the rows") != 1 &&
        error.isEmpty())
        error = QString::fromUtf8(libpq::PQerrorMessage(conn)).trimmed();
    // Read every result, so the connection is free for Qt's next query.
    while (PGresult* result = libpq::PQgetResult(conn)) {
        if (libpq::PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = resultError(result, conn);
        libpq::PQclear(result);
    }
    if (!error.isEmpty())
        return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(error));
    return m_ids.streamEnded();
}

// A stream left open by a failure or a writer dropped unfinished: ended as failed, so none of its rows is stored.
void PostgresCopy::abandonStream()
{
    if (!m_streaming)
        return;
    closeBulkStream(this);
    m_streaming = false;
    m_sending = false;
    for (std::string& chunk : m_waiting)
        m_spare.push_back(std::move(chunk));
    m_waiting.clear();
    if (PGconn* conn = postgresHandle(m_db)) {
        libpq::PQsetnonblocking(conn, 0);
        libpq::PQputCopyEnd(conn, "the rows were abandoned");
        while (PGresult* result = libpq::PQgetResult(conn))
            libpq::PQclear(result);
    }
}

} // namespace rullering
