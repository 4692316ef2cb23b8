#include "BulkLoadConnection.h"

#include "Engine.h"
#include "Sql.h"

#include <QSqlQuery>

namespace rullering {
namespace {

QString pragmaText(const QSqlDatabase& db, const QString& sql)
{
    Result<QSqlQuery> query = runQuery(db, sql);
    if (!query || !query.value().next())
        return {};
    return query.value().value(0).toString().toLower();
}

} // namespace

BulkLoadConnection::BulkLoadConnection(const QSqlDatabase& db, const Options& options)
    : m_db(db)
{
    // The settings below are SQLite's connection PRAGMAs; an engine that keeps its indexes through bulk loads is a
    // server with none of them.
    if (!Engine::of(db).setsIndexesAsideForBulkLoads())
        return;
    if (options.withoutReferenceChecks && pragmaNumber(db, QStringLiteral("foreign_keys")).valueOr(0) != 0)
        m_foreignKeysOff = runStatement(db, QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
    if (options.rollbackJournal && pragmaText(db, QStringLiteral("PRAGMA journal_mode")) == QLatin1String("wal"))
        m_journalSwitched = pragmaText(db, QStringLiteral("PRAGMA journal_mode = DELETE")) == QLatin1String("delete");
    if (options.statementJournalsInMemory) {
        m_tempStoreBefore = pragmaNumber(db, QStringLiteral("temp_store")).valueOr(0);
        if (m_tempStoreBefore != 2)
            m_tempStoreSet = runStatement(db, QStringLiteral("PRAGMA temp_store = MEMORY")).ok();
    }
}

BulkLoadConnection::~BulkLoadConnection()
{
    if (m_tempStoreSet)
        static_cast<void>(runStatement(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStoreBefore)));
    if (m_journalSwitched)
        static_cast<void>(pragmaText(m_db, QStringLiteral("PRAGMA journal_mode = WAL")));
    if (m_foreignKeysOff)
        static_cast<void>(runStatement(m_db, QStringLiteral("PRAGMA foreign_keys = ON")));
}

} // namespace rullering
