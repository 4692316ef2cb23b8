#pragma once

#include <QDeadlineTimer>

#include <atomic>
#include <mutex>

class QSqlDatabase;
struct pg_cancel;
struct sqlite3;

namespace rullering {

// Stops a read that is no longer wanted: cancel() from any thread (a newer search supersedes this one), or a time
// budget that runs out (a count that is slow on the window's thread moves to a background one). A query run under
// a Scope notices within a few thousand SQLite steps and fails with Error::Code::Cancelled.
class QueryCancellation
{
    Q_DISABLE_COPY_MOVE(QueryCancellation)

public:
    QueryCancellation() = default;
    // Cancelled by itself once budgetMs milliseconds have passed.
    explicit QueryCancellation(int budgetMs)
        : m_deadline(budgetMs)
    {}

    ~QueryCancellation();
    void cancel() noexcept;
    // cancel() was called or the budget has run out.
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed) || m_deadline.hasExpired(); }

    // While alive, the connection's running statement is interrupted once the cancellation is raised: on SQLite
    // (SQLITE_INTERRUPT) by the progress handler, which asks every 1,000 virtual-machine steps; on PostgreSQL by
    // the server, told by cancel(). One scope per connection and per cancellation at a time; a null cancellation
    // makes the scope do nothing.
    class Scope
    {
        Q_DISABLE_COPY_MOVE(Scope)

    public:
        Scope(const QSqlDatabase& db, const QueryCancellation* cancellation);
        ~Scope();

    private:
        sqlite3* m_sqlite = nullptr;
        const QueryCancellation* m_server = nullptr; // whose m_serverCancel this scope set
    };

private:
    std::atomic<bool> m_cancelled{false};
    // The running server statement's cancel handle while a Scope on a server connection is alive.
    mutable std::mutex m_serverMutex;
    mutable pg_cancel* m_serverCancel = nullptr;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
};

} // namespace rullering
