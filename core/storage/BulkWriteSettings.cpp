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
    if (!m_sqlite) {
        // PostgreSQL: memory is the server's; the load's commit waits for its WAL (see the header).
        // (Not prepared: PostgreSQL prepares no SET, and a failed statement would end the caller's transaction.)
        static_cast<void>(execStatements(m_db, {QStringLiteral("SET synchronous_commit TO on")}));
        return;
    }
    m_cacheBefore = pragmaNumber(db, QStringLiteral("cache_size")).valueOr(0);
    m_mmapBefore = pragmaNumber(db, QStringLiteral("mmap_size")).valueOr(0);
    setPragma(m_db, QStringLiteral("cache_size"), -cacheKiB);
    setPragma(m_db, QStringLiteral("mmap_size"), 0);
}

BulkWriteSettings::~BulkWriteSettings()
{
    if (!m_sqlite) {
        static_cast<void>(execStatements(m_db, {QStringLiteral("RESET synchronous_commit")}));
        return;
    }
    setPragma(m_db, QStringLiteral("cache_size"), m_cacheBefore);
    setPragma(m_db, QStringLiteral("mmap_size"), m_mmapBefore);
}

} // namespace rullering
