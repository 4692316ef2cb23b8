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

void appendCopyText(QByteArray& out, const char* data, qsizetype size)
{
    const char* end = data + size;
    const char* run = data;
    for (const char* p = data; p != end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        out.append(run, p - run);
        out.append('\\');
        out.append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
        run = p + 1;
    }
    out.append(run, end - run);
}

} // namespace rullering
