#include "PreparedStatements.h"

#include "BulkStream.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace rullering {

PreparedStatements::PreparedStatements(const QSqlDatabase& db)
    : m_db(db)
{}

Result<QSqlQuery*> PreparedStatements::run(const QString& sql, const QVariantList& values)
{
    if (Status settled = settleBulkStream(m_db); !settled)
        return settled.error();
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(sqlErrorText(*query)));
        found = m_queries.emplace(sql, std::move(query)).first;
    }
    QSqlQuery& query = *found->second;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (query.exec())
        return &query;
    // As runQuery: a transaction the server undid for another (40001, 40P01) is a conflict, to be run again.
    const QString state = query.lastError().nativeErrorCode();
    const bool retryable = m_db.driver() && m_db.driver()->dbmsType() == QSqlDriver::PostgreSQL &&
                           (state == QLatin1String("40001") || state == QLatin1String("40P01"));
    Error error(QCoreApplication::translate("Sql", "Database error: %1").arg(sqlErrorText(query)),
                retryable ? Error::Code::Conflict : Error::Code::Failed);
    m_queries.erase(found);
    return error;
}

} // namespace rullering
