#pragma once

#include <QDeadlineTimer>

#include <atomic>

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

    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    // cancel() was called or the budget has run out.
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed) || m_deadline.hasExpired(); }

    // While alive, the connection's running statement is interrupted (SQLITE_INTERRUPT) once the cancellation is
    // raised: SQLite's progress handler asks every 1,000 virtual-machine steps. One scope per connection at a time;
    // a null cancellation or handle makes the scope do nothing.
    class Scope
    {
        Q_DISABLE_COPY_MOVE(Scope)

    public:
        Scope(sqlite3* db, const QueryCancellation* cancellation);
        ~Scope();

    private:
        sqlite3* m_db = nullptr;
    };

private:
    std::atomic<bool> m_cancelled{false};
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
};

} // namespace rullering
