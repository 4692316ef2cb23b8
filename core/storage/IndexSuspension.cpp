#include "IndexSuspension.h"

#include "Sql.h"

namespace rullering {

Result<IndexSuspension> IndexSuspension::suspend(Transaction& tx, const QStringList& tables)
{
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    IndexSuspension suspension;
    QStringList names;
    for (const QString& table : tables) {
        // sql IS NULL for the automatic indexes of PRIMARY KEY/UNIQUE constraints: those stay.
        Result<QSqlQuery> query =
            runQuery(tx.database(),
                     QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                    "AND sql IS NOT NULL ORDER BY name"),
                     {table});
        if (!query)
            return query.error();
        while (query.value().next()) {
            names.append(query.value().value(0).toString());
            suspension.m_createStatements.append(query.value().value(1).toString());
        }
    }
    for (const QString& name : names) {
        if (Status dropped = runStatement(tx.database(), QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped)
            return dropped.error();
    }
    return suspension;
}

Status IndexSuspension::restore(Transaction& tx)
{
    for (const QString& statement : std::as_const(m_createStatements)) {
        if (Status created = runStatement(tx.database(), statement); !created)
            return created;
    }
    m_createStatements.clear();
    return {};
}

} // namespace rullering
