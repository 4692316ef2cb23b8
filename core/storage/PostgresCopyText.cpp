#include "PostgresCopyText.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace rullering {

pg_conn* postgresHandle(const QSqlDatabase& db)
{
    return db.isValid() ? postgresHandle(db.driver()) : nullptr;
}

pg_conn* postgresHandle(const QSqlDriver* driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        return *static_cast<PGconn* const*>(handle.constData());
    return nullptr;
}

} // namespace rullering
