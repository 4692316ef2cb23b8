#include "Engine.h"

#include "PostgresEngine.h"
#include "SqliteEngine.h"

namespace rullering {

const Engine& Engine::of(const QSqlDatabase& db)
{
    static const SqliteEngine sqlite;
    static const PostgresEngine postgres;
    if (db.driverName() == QLatin1String("QPSQL"))
        return postgres;
    return sqlite;
}

} // namespace rullering
