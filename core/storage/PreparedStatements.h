#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>

namespace rullering {

// Statements kept prepared on one connection, for a service that runs the same few again and again (a swap: a
// technician scans device after device). On a server a run is then one round trip (EXECUTE) instead of runQuery's
// three (PREPARE, EXECUTE, DEALLOCATE). A statement that failed is prepared afresh the next time: a server that was
// restarted in between has forgotten it. Keep it no longer than the connection (a service holding both does).
class PreparedStatements
{
public:
    explicit PreparedStatements(const QSqlDatabase& db);

    // As runQuery: the query positioned before its first row, read it before the next run of the same SQL. A
    // failure is Error::Code::Conflict when the server undid the transaction for another (40001, 40P01).
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values);

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace rullering
