#pragma once

#include "ImportRow.h"
#include "domain/Device.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QHash>
#include <QPair>
#include <QSqlDatabase>

namespace rullering {

// The municipalities, locations, departments and networks an import names, by id and by name: read once, then
// a small cache per kind and municipality in front of ReferenceRepository (most rows repeat a few names), which
// creates the names the register does not have yet.
class ImportReferences
{
public:
    explicit ImportReferences(const QSqlDatabase& db);

    Status load();
    // The municipality of rows that name none, where the device has none stored (import --municipality).
    void setDefaultMunicipality(const QString& name) { m_defaultMunicipality = name.trimmed(); }
    // The display names of the ids a stored device holds.
    void fillNames(Device& device) const;
    // The row's names as ids (and names) in after; an empty cell clears the stored one only with emptyClears.
    Status resolve(Transaction& tx, const ImportRow& row, bool emptyClears, Device& after);

private:
    Status checkMunicipality(const ImportRow& row, const Device& after) const;

    QSqlDatabase m_db;
    QString m_defaultMunicipality;
    ReferenceRepository m_repository;
    QHash<qint64, QString> m_municipalityNames, m_locationNames, m_departmentNames, m_networkNames;
    QHash<QPair<const void*, qint64>, QHash<QString, qint64>> m_cache; // (kind, municipality) -> name -> id
};

} // namespace rullering
