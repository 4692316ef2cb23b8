// PostgresEngine: what live updates need from the server (ChangeFeed).

#include "LibPq.h"
#include "PostgresChangeSource.h"
#include "PostgresCopyText.h"
#include "PostgresEngine.h"

namespace rullering {

std::unique_ptr<ChangeSource> PostgresEngine::changeSource(const QSqlDatabase&, const QString& path) const
{
    return std::make_unique<PostgresChangeSource>(path);
}

qint64 PostgresEngine::sessionId(const QSqlDatabase& db) const
{
    pg_conn* conn = postgresHandle(db);
    return conn && libpq::PQstatus(conn) == CONNECTION_OK ? libpq::PQbackendPID(conn) : 0;
}

bool PostgresEngine::isConnectionLost(const QSqlDatabase& db) const
{
    pg_conn* conn = postgresHandle(db);
    return !conn || libpq::PQstatus(conn) == CONNECTION_BAD;
}

} // namespace rullering
