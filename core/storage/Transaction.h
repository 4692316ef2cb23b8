#pragma once

#include "storage/Connection.h"
#include "util/Result.h"

namespace rullering {

// RAII write transaction: BEGIN IMMEDIATE on construction (so two writers queue on the busy timeout instead of
// deadlocking), ROLLBACK in the destructor unless commit() succeeded. Repository write methods take a
// Transaction& so that no write can happen outside one.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    // False when BEGIN failed (database locked past the timeout, read-only file, ...); see error().
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Status begin() const; // the outcome of BEGIN, for early returns: if (auto s = tx.begin(); !s) return s;

    Status commit();
    void rollback();
    const QSqlDatabase& database() const { return m_db; }

private:
    Connection m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace rullering
