#include "ReferenceRepository.h"

#include "Sql.h"
#include "SqliteStatement.h"

#include <QCoreApplication>

namespace rullering {

ReferenceRepository::ReferenceRepository(Connection db)
    : m_db(std::move(db))
{}

void ReferenceRepository::clearCache()
{
    m_municipalities.clear();
    m_locations.clear();
    m_departments.clear();
    m_networks.clear();
    m_pools.clear();
}

Result<qint64> ReferenceRepository::ensure(Transaction& tx, const QString& table, qint64 municipalityId,
                                           const QString& rawName, QHash<QString, qint64>& cache)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return qint64(0);
    const QString key = municipalityId > 0 ? QString::number(municipalityId) + u'\n' + name : name;
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    if (sqliteHandle(tx.database())) {
        Result<qint64> id = ensureOnSqlite(tx, table, municipalityId, name);
        if (id)
            cache.insert(key, id.value());
        return id;
    }

    const bool scoped = municipalityId > 0;
    const QString where =
        scoped ? QStringLiteral(" WHERE municipality_id = ? AND name = ?") : QStringLiteral(" WHERE name = ?");
    const QVariantList keyValues = scoped ? QVariantList{municipalityId, name} : QVariantList{name};
    Result<QSqlQuery> found = runQuery(tx.database(), QStringLiteral("SELECT id FROM ") + table + where, keyValues);
    if (!found)
        return found.error();
    if (found.value().next()) {
        const qint64 id = found.value().value(0).toLongLong();
        cache.insert(key, id);
        return id;
    }
    const QString insert = scoped ? QStringLiteral("INSERT INTO %1 (municipality_id, name) VALUES (?, ?)").arg(table)
                                  : QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(table);
    Result<qint64> inserted = insertReturningId(tx.database(), insert, keyValues);
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    cache.insert(key, id);
    return id;
}

Result<qint64> ReferenceRepository::ensureOnSqlite(Transaction& tx, const QString& table, qint64 municipalityId,
                                                   const QString& name)
{
    sqlite3* handle = sqliteHandle(tx.database());
    const bool scoped = municipalityId > 0;
    auto prepared = [&](const QString& sql) -> Result<SqliteStatement*> {
        CachedStatement& cached = m_statements[sql];
        if (!cached.statement || cached.connection != handle) {
            cached.statement = std::make_shared<SqliteStatement>(handle, sql.toUtf8().constData());
            cached.connection = handle;
        }
        if (!cached.statement->ok()) {
            const QString error = cached.statement->errorText();
            m_statements.remove(sql);
            return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(error));
        }
        return cached.statement.get();
    };
    auto bindKey = [&](SqliteStatement& statement) {
        int next = 1;
        if (scoped)
            statement.integer(next++, municipalityId);
        statement.text(next, name);
    };
    const QString where =
        scoped ? QStringLiteral(" WHERE municipality_id = ?1 AND name = ?2") : QStringLiteral(" WHERE name = ?1");
    Result<SqliteStatement*> find = prepared(QStringLiteral("SELECT id FROM ") + table + where);
    if (!find)
        return find.error();
    SqliteStatement& select = *find.value();
    bindKey(select);
    const int rc = sqlite3_step(select.handle());
    const qint64 found = rc == SQLITE_ROW ? select.columnInt(0) : 0;
    select.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(select.errorText()));
    if (found > 0)
        return found;
    Result<SqliteStatement*> add =
        prepared(scoped ? QStringLiteral("INSERT INTO %1 (municipality_id, name) VALUES (?1, ?2)").arg(table)
                        : QStringLiteral("INSERT INTO %1 (name) VALUES (?1)").arg(table));
    if (!add)
        return add.error();
    SqliteStatement& insert = *add.value();
    bindKey(insert);
    if (const int done = insert.execute(); done != SQLITE_DONE)
        return Error(QCoreApplication::translate("Sql", "Database error: %1").arg(insert.errorText()));
    return insert.lastInsertId();
}

Result<qint64> ReferenceRepository::ensureMunicipality(Transaction& tx, const QString& name)
{
    return ensure(tx, QStringLiteral("municipality"), 0, name, m_municipalities);
}

Result<qint64> ReferenceRepository::ensureLocation(Transaction& tx, qint64 municipalityId, const QString& name)
{
    if (municipalityId <= 0 && !name.trimmed().isEmpty())
        return Error(QCoreApplication::translate("ReferenceRepository", "The location \"%1\" needs a municipality.")
                         .arg(name.trimmed()),
                     Error::Code::Invalid);
    return ensure(tx, QStringLiteral("location"), municipalityId, name, m_locations);
}

Result<qint64> ReferenceRepository::ensureDepartment(Transaction& tx, qint64 municipalityId, const QString& name)
{
    if (municipalityId <= 0 && !name.trimmed().isEmpty())
        return Error(QCoreApplication::translate("ReferenceRepository", "The department \"%1\" needs a municipality.")
                         .arg(name.trimmed()),
                     Error::Code::Invalid);
    return ensure(tx, QStringLiteral("department"), municipalityId, name, m_departments);
}

Result<qint64> ReferenceRepository::ensureNetwork(Transaction& tx, const QString& name)
{
    return ensure(tx, QStringLiteral("network"), 0, name, m_networks);
}

Result<qint64> ReferenceRepository::ensurePool(Transaction& tx, const QString& name, const QDate& availableFrom)
{
    Result<qint64> id = ensure(tx, QStringLiteral("pool"), 0, name, m_pools);
    if (!id || id.value() == 0 || !availableFrom.isValid())
        return id;
    if (Status updated = runStatement(tx.database(), QStringLiteral("UPDATE pool SET available_from = ? WHERE id = ?"),
                                      {availableFrom.toString(Qt::ISODate), id.value()});
        !updated)
        return updated.error();
    return id;
}

Status ReferenceRepository::setOrdersPerDepartment(Transaction& tx, qint64 municipalityId, bool perDepartment)
{
    if (Status begun = tx.begin(); !begun)
        return begun;
    return runStatement(tx.database(), QStringLiteral("UPDATE municipality SET orders_per_department = ? WHERE id = ?"),
                        {perDepartment ? 1 : 0, municipalityId});
}

Result<QList<Municipality>> ReferenceRepository::municipalities() const
{
    Result<QSqlQuery> query =
        runQuery(m_db, QStringLiteral("SELECT id, name, orders_per_department FROM municipality ORDER BY name"));
    if (!query)
        return query.error();
    QList<Municipality> result;
    while (query.value().next())
        result.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                       query.value().value(2).toInt() != 0});
    return result;
}

Result<QList<MunicipalUnit>> ReferenceRepository::units(const QString& table, qint64 municipalityId) const
{
    const QString sql = QStringLiteral("SELECT id, municipality_id, name FROM ") + table +
                        (municipalityId > 0 ? QStringLiteral(" WHERE municipality_id = ?") : QString()) +
                        QStringLiteral(" ORDER BY name");
    Result<QSqlQuery> query = municipalityId > 0 ? runQuery(m_db, sql, {municipalityId}) : runQuery(m_db, sql);
    if (!query)
        return query.error();
    QList<MunicipalUnit> result;
    while (query.value().next())
        result.append({query.value().value(0).toLongLong(), query.value().value(1).toLongLong(),
                       query.value().value(2).toString()});
    return result;
}

Result<QList<MunicipalUnit>> ReferenceRepository::locations(qint64 municipalityId) const
{
    return units(QStringLiteral("location"), municipalityId);
}

Result<QList<MunicipalUnit>> ReferenceRepository::departments(qint64 municipalityId) const
{
    return units(QStringLiteral("department"), municipalityId);
}

Result<QList<Network>> ReferenceRepository::networks() const
{
    Result<QSqlQuery> query = runQuery(m_db, QStringLiteral("SELECT id, name FROM network ORDER BY name"));
    if (!query)
        return query.error();
    QList<Network> result;
    while (query.value().next())
        result.append({query.value().value(0).toLongLong(), query.value().value(1).toString()});
    return result;
}

Result<QList<Pool>> ReferenceRepository::pools() const
{
    Result<QSqlQuery> query = runQuery(m_db, QStringLiteral("SELECT id, name, available_from FROM pool ORDER BY name"));
    if (!query)
        return query.error();
    QList<Pool> result;
    while (query.value().next())
        result.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                       QDate::fromString(query.value().value(2).toString(), Qt::ISODate)});
    return result;
}

} // namespace rullering
