#include "QueryCancellation.h"

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

QueryCancellation::Scope::Scope(sqlite3* db, const QueryCancellation* cancellation)
{
    if (!db || !cancellation)
        return;
    m_db = db;
    sqlite3_progress_handler(m_db, StepsBetweenChecks, stopWhenCancelled, const_cast<QueryCancellation*>(cancellation));
}

QueryCancellation::Scope::~Scope()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

} // namespace rullering
