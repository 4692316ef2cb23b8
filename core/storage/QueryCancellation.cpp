#include "QueryCancellation.h"

#include "LibPq.h"
#include "PostgresCopyText.h"
#include "Sql.h"

#include <sqlite3.h>

namespace rullering {
namespace {

// Often enough that a cancelled query stops within a millisecond or so, rarely enough to cost nothing measurable.
constexpr int StepsBetweenChecks = 1000;

int stopWhenCancelled(void* cancellation)
{
    return static_cast<const QueryCancellation*>(cancellation)->isCancelled() ? 1 : 0;
}

} // namespace

QueryCancellation::~QueryCancellation()
{
    const std::lock_guard lock(m_serverMutex);
    if (m_serverCancel)
        libpq::PQfreeCancel(m_serverCancel); // a Scope outlived by its cancellation: never (scopes are inner)
}

void QueryCancellation::cancel() noexcept
{
    m_cancelled.store(true, std::memory_order_relaxed);
    const std::lock_guard lock(m_serverMutex);
    if (m_serverCancel) {
        // A short connection of its own to the server, which signals the statement's backend; the statement then
        // fails (57014) and the caller, seeing isCancelled(), reports it as cancelled. Nothing to do if it fails:
        // the superseded statement merely runs to its end.
        char error[256];
        libpq::PQcancel(m_serverCancel, error, sizeof error);
    }
}

QueryCancellation::Scope::Scope(const QSqlDatabase& db, const QueryCancellation* cancellation)
{
    if (!cancellation)
        return;
    if (sqlite3* handle = sqliteHandle(db)) {
        m_sqlite = handle;
        sqlite3_progress_handler(m_sqlite, StepsBetweenChecks, stopWhenCancelled,
                                 const_cast<QueryCancellation*>(cancellation));
        return;
    }
    if (PGconn* conn = postgresHandle(db)) {
        PGcancel* handle = libpq::PQgetCancel(conn);
        if (!handle)
            return;
        const std::lock_guard lock(cancellation->m_serverMutex);
        if (cancellation->m_serverCancel) { // another scope of this cancellation is alive: leave it its handle
            libpq::PQfreeCancel(handle);
            return;
        }
        cancellation->m_serverCancel = handle;
        m_server = cancellation;
    }
}

QueryCancellation::Scope::~Scope()
{
    if (m_sqlite)
        sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
    if (m_server) {
        // Under the lock: a cancel() running now finishes sending first. Its signal reaching the server after the
        // statement ended finds the session idle, where PostgreSQL ignores it.
        const std::lock_guard lock(m_server->m_serverMutex);
        libpq::PQfreeCancel(m_server->m_serverCancel);
        m_server->m_serverCancel = nullptr;
    }
}

} // namespace rullering
