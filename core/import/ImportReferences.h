#pragma once

#include "ImportReport.h"
#include "ImportRow.h"
#include "domain/Device.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"
#include "util/Result.h"
#include "util/TextHash.h"

#include <QHash>
#include <QPair>
#include <QSqlDatabase>

#include <array>
#include <functional>
#include <tuple>

namespace rullering {

// The municipalities, locations, departments and networks an import names, by id and by name: read once, then
// a small cache per kind and municipality in front of ReferenceRepository (most rows repeat a few names), which
// creates the names the register does not have yet. A municipality, location or department whose name differs from
// a stored one only by case, spacing or (municipalities) a " kommune" suffix is that one: "Ålesund kommune" in an
// Intune export is the register's "Ålesund", not a second municipality.
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
    // The names this import created, and the names it read as another spelling of a stored one, into the report.
    void report(ImportReport& report) const;

private:
    Status checkMunicipality(const ImportRow& row, const Device& after) const;
    struct Name // one of a row's names
    {
        const QString& text;
        NameKind kind = NameKind::Municipality;
        quint32 token = 0; // ImportRow::nameTokens
        bool empty = false;
    };
    Status resolveName(const Name& name, bool clear, qint64 scope, QHash<qint64, QString>& names,
                       const std::function<Result<qint64>(const QString&)>& ensure, qint64& id, QString& display);
    Status resolveText(const QString& name, qint64 scope, QHash<qint64, QString>& names,
                       const std::function<Result<qint64>(const QString&)>& ensure, qint64& id, QString& display);

    QSqlDatabase m_db;
    QString m_defaultMunicipality;
    ReferenceRepository m_repository;
    QHash<qint64, QString> m_municipalityNames, m_locationNames, m_departmentNames, m_networkNames;
    QHash<QPair<const void*, qint64>, TextMap<qint64>> m_cache; // (kind, municipality) -> name -> id
    // The names resolved before, by kind and number (ImportRow::nameTokens): the municipality they were resolved
    // under, the id and the name shown. A row's name is found without reading its text (which the reading thread
    // wrote: each string a cache miss here) or hashing it.
    struct TokenSlot
    {
        qint64 scope = 0;
        qint64 id = 0;
        QString display;
    };
    std::array<std::vector<TokenSlot>, 4> m_tokenSlots;
    QHash<QPair<const void*, qint64>, QHash<QString, qint64>> m_byKey; // (kind, municipality) -> matchKey -> id
    qsizetype m_municipalitiesAtStart = 0;
    QHash<QPair<const void*, qint64>, qint64> m_unitMunicipality; // (kind, unit id) -> its municipality's id
    QList<QPair<const void*, qint64>> m_created;                  // (kind, id) in the order the import met them
    QList<std::tuple<const void*, QString, qint64>> m_respelt;    // (kind, the file's name, the stored one's id)
};

} // namespace rullering
