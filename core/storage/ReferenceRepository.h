#pragma once

#include "storage/Connection.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace rullering {

class SqliteStatement;

struct Municipality
{
    qint64 id = 0;
    QString name;
    bool ordersPerDepartment = false; // purchases paid from each department's budget (e-handel)
};

// A location (building) or department (cost centre); both belong to one municipality.
struct MunicipalUnit
{
    qint64 id = 0;
    qint64 municipalityId = 0;
    QString name;
};

struct Network
{
    qint64 id = 0;
    QString name;
};

struct Pool
{
    qint64 id = 0;
    QString name;
    QDate availableFrom; // supply from this date (the election pool: after the election)
};

// Municipalities, locations, departments, networks and pools. ensure*() finds by name or creates, and keeps
// a cache so that bulk callers (import, generator) do not ask the database once per row.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Connection db);

    Result<qint64> ensureMunicipality(Transaction& tx, const QString& name);
    Result<qint64> ensureLocation(Transaction& tx, qint64 municipalityId, const QString& name);
    Result<qint64> ensureDepartment(Transaction& tx, qint64 municipalityId, const QString& name);
    Result<qint64> ensureNetwork(Transaction& tx, const QString& name);
    Result<qint64> ensurePool(Transaction& tx, const QString& name, const QDate& availableFrom);
    Status setOrdersPerDepartment(Transaction& tx, qint64 municipalityId, bool perDepartment);

    Result<QList<Municipality>> municipalities() const;
    Result<QList<MunicipalUnit>> locations(qint64 municipalityId = 0) const; // 0: all
    Result<QList<MunicipalUnit>> departments(qint64 municipalityId = 0) const;
    Result<QList<Network>> networks() const;
    Result<QList<Pool>> pools() const;

    // Forget cached ids, e.g. after a rollback that removed rows the cache had seen created.
    void clearCache();

private:
    Result<qint64> ensure(Transaction& tx, const QString& table, qint64 municipalityId, const QString& name,
                          QHash<QString, qint64>& cache);
    // SQLite: the find and insert of ensure() on the raw handle, prepared once per repository and table (an import
    // creates hundreds of locations and departments; preparing two statements for each cost 7 % of a 12k import).
    // Empty on a server, where ensure() keeps its QSqlQuery path.
    Result<qint64> ensureOnSqlite(Transaction& tx, const QString& table, qint64 municipalityId, const QString& name);
    Result<QList<MunicipalUnit>> units(const QString& table, qint64 municipalityId) const;

    Connection m_db;
    QHash<QString, qint64> m_municipalities;
    QHash<QString, qint64> m_locations; // key: municipalityId + '\n' + name
    QHash<QString, qint64> m_departments;
    QHash<QString, qint64> m_networks;
    QHash<QString, qint64> m_pools;
    struct CachedStatement
    {
        void* connection = nullptr; // the sqlite3 handle it was prepared on
        std::shared_ptr<SqliteStatement> statement;
    };
    QHash<QString, CachedStatement> m_statements; // by SQL
};

} // namespace rullering
