#include "ImportReferences.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace rullering {

ImportReferences::ImportReferences(const QSqlDatabase& db)
    : m_db(db)
    , m_repository(db)
{}

Status ImportReferences::load()
{
    const std::pair<const char*, QHash<qint64, QString>*> names[] = {
        {"SELECT id, name FROM municipality", &m_municipalityNames},
        {"SELECT id, name FROM location", &m_locationNames},
        {"SELECT id, name FROM department", &m_departmentNames},
        {"SELECT id, name FROM network", &m_networkNames},
    };
    for (const auto& [sql, target] : names) {
        Result<QSqlQuery> query = runQuery(m_db, QString::fromLatin1(sql));
        if (!query)
            return query.error();
        while (query.value().next())
            target->insert(query.value().value(0).toLongLong(), query.value().value(1).toString());
    }
    return {};
}

void ImportReferences::fillNames(Device& d) const
{
    d.municipalityName = m_municipalityNames.value(d.municipalityId);
    d.locationName = m_locationNames.value(d.locationId);
    d.departmentName = m_departmentNames.value(d.departmentId);
    d.networkName = m_networkNames.value(d.networkId);
}

Status ImportReferences::resolve(Transaction& tx, const ImportRow& row, bool emptyClears, Device& after)
{
    const bool clear = emptyClears;
    auto resolve = [&](const QString& name, bool empty, qint64& id, QString& display, QHash<qint64, QString>& names,
                       qint64 scope, auto ensure) -> Status {
        if (name.isEmpty()) {
            if (clear && empty) {
                id = 0;
                display.clear();
            }
            return {};
        }
        QHash<QString, qint64>& cache = m_cache[{&names, scope}];
        if (const auto it = cache.constFind(name); it != cache.constEnd()) {
            id = *it;
            display = names.value(id);
            return {};
        }
        Result<qint64> ensured = ensure(name);
        if (!ensured)
            return ensured.error();
        id = ensured.value();
        display = name.trimmed();
        names.insert(id, display);
        cache.insert(name, id);
        return {};
    };
    if (Status s = resolve(row.municipality, row.isEmpty(ImportField::Municipality), after.municipalityId,
                           after.municipalityName, m_municipalityNames, 0,
                           [&](const QString& n) { return m_repository.ensureMunicipality(tx, n); });
        !s)
        return s;
    if (after.municipalityId == 0 && !m_defaultMunicipality.isEmpty()) {
        if (Status s =
                resolve(m_defaultMunicipality, false, after.municipalityId, after.municipalityName, m_municipalityNames,
                        0, [&](const QString& n) { return m_repository.ensureMunicipality(tx, n); });
            !s)
            return s;
    }
    if (Status named = checkMunicipality(row, after); !named)
        return named;
    const qint64 municipality = after.municipalityId;
    if (Status s = resolve(row.location, row.isEmpty(ImportField::Location), after.locationId, after.locationName,
                           m_locationNames, municipality,
                           [&](const QString& n) { return m_repository.ensureLocation(tx, municipality, n); });
        !s)
        return s;
    if (Status s = resolve(row.department, row.isEmpty(ImportField::Department), after.departmentId,
                           after.departmentName, m_departmentNames, municipality,
                           [&](const QString& n) { return m_repository.ensureDepartment(tx, municipality, n); });
        !s)
        return s;
    return resolve(row.network, row.isEmpty(ImportField::Network), after.networkId, after.networkName, m_networkNames,
                   0, [&](const QString& n) { return m_repository.ensureNetwork(tx, n); });
}

// Locations and departments belong to a municipality: a row without one is told the two ways to give it.
Status ImportReferences::checkMunicipality(const ImportRow& row, const Device& after) const
{
    if (after.municipalityId > 0)
        return {};
    const QString unit = !row.location.isEmpty() ? row.location : row.department;
    if (unit.isEmpty())
        return {};
    return Error(QCoreApplication::translate(
                     "ImportReferences",
                     "\"%1\" needs a municipality, and the row names none: add a municipality column, or give the "
                     "municipality of rows without one (import --municipality NAME, or \"Municipality for rows "
                     "without one\" in the import's mapping step).")
                     .arg(unit.trimmed()),
                 Error::Code::Invalid);
}

} // namespace rullering
