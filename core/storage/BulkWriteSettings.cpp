#include "BulkWriteSettings.h"

#include "Engine.h"
#include "Sql.h"

namespace rullering {
namespace {

void setPragma(const QSqlDatabase& db, const QString& pragma, qint64 value)
{
    static_cast<void>(runStatement(db, QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(value)));
}

} // namespace

BulkWriteSettings::BulkWriteSettings(const QSqlDatabase& db, qint64 cacheKiB)
    : m_db(db)
    , m_sqlite(Engine::of(db).setsIndexesAsideForBulkLoads())
{
    if (!m_sqlite)
        return; // PostgreSQL: memory is the server's
    m_cacheBefore = pragmaNumber(db, QStringLiteral("cache_size")).valueOr(0);
    m_mmapBefore = pragmaNumber(db, QStringLiteral("mmap_size")).valueOr(0);
    setPragma(m_db, QStringLiteral("cache_size"), -cacheKiB);
    setPragma(m_db, QStringLiteral("mmap_size"), 0);
}

BulkWriteSettings::~BulkWriteSettings()
{
    if (!m_sqlite)
        return;
    setPragma(m_db, QStringLiteral("cache_size"), m_cacheBefore);
    setPragma(m_db, QStringLiteral("mmap_size"), m_mmapBefore);
}

} // namespace rullering
