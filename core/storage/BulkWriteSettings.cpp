#include "BulkWriteSettings.h"

#include "Sql.h"

namespace rullering {
namespace {

void setPragma(const QSqlDatabase& db, const QString& pragma, qint64 value)
{
    if (!sqliteHandle(db)) // SQLite's page cache: a server keeps its memory settings itself
        return;
    static_cast<void>(runStatement(db, QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(value)));
}

} // namespace

BulkWriteSettings::BulkWriteSettings(const QSqlDatabase& db, qint64 cacheKiB)
    : m_db(db)
    , m_cacheBefore(sqliteHandle(db) ? pragmaNumber(db, QStringLiteral("cache_size")).valueOr(0) : 0)
    , m_mmapBefore(sqliteHandle(db) ? pragmaNumber(db, QStringLiteral("mmap_size")).valueOr(0) : 0)
{
    setPragma(m_db, QStringLiteral("cache_size"), -cacheKiB);
    setPragma(m_db, QStringLiteral("mmap_size"), 0);
}

BulkWriteSettings::~BulkWriteSettings()
{
    setPragma(m_db, QStringLiteral("cache_size"), m_cacheBefore);
    setPragma(m_db, QStringLiteral("mmap_size"), m_mmapBefore);
}

} // namespace rullering
