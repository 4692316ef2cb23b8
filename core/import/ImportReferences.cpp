#include "ImportReferences.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>

namespace rullering {
namespace {

// What two spellings of one name share: case and runs of spaces do not count, nor a municipality's " kommune".
QString matchKey(bool municipality, const QString& name)
{
    QString key = name.simplified().toCaseFolded();
    static const QString suffix = QStringLiteral(" kommune");
    if (municipality && key.endsWith(suffix) && key.size() > suffix.size())
        key.chop(suffix.size());
    return key;
}

} // namespace

ImportReferences::ImportReferences(const QSqlDatabase& db)
    : m_db(db)
    , m_repository(db)
{}

Status ImportReferences::load()
{
    // The municipality column is 0 for the kinds that belong to none, so one query shape reads all four.
    const std::pair<const char*, QHash<qint64, QString>*> names[] = {
        {"SELECT id, name, 0 FROM municipality", &m_municipalityNames},
        {"SELECT id, name, municipality_id FROM location", &m_locationNames},
        {"SELECT id, name, municipality_id FROM department", &m_departmentNames},
        {"SELECT id, name, 0 FROM network", &m_networkNames},
    };
    for (const auto& [sql, target] : names) {
        Result<QSqlQuery> query = runQuery(m_db, QString::fromLatin1(sql));
        if (!query)
            return query.error();
        while (query.value().next()) {
            const qint64 id = query.value().value(0).toLongLong();
            const QString name = query.value().value(1).toString();
            const qint64 scope = query.value().value(2).toLongLong();
            target->insert(id, name);
            if (scope > 0)
                m_unitMunicipality.insert({target, id}, scope);
            m_byKey[{target, scope}].insert(matchKey(target == &m_municipalityNames, name), id);
        }
    }
    m_municipalitiesAtStart = m_municipalityNames.size();
    return {};
}

void ImportReferences::fillNames(Device& d) const
{
    d.municipalityName = m_municipalityNames.value(d.municipalityId);
    d.locationName = m_locationNames.value(d.locationId);
    d.departmentName = m_departmentNames.value(d.departmentId);
    d.networkName = m_networkNames.value(d.networkId);
}

Status ImportReferences::resolveName(const Name& name, bool clear, qint64 scope, QHash<qint64, QString>& names,
                                     const std::function<Result<qint64>(const QString&)>& ensure, qint64& id,
                                     QString& display)
{
    if (name.text.isEmpty()) {
        if (clear && name.empty) {
            id = 0;
            display.clear();
        }
        return {};
    }
    if (name.token == 0)
        return resolveText(name.text, scope, names, ensure, id, display);
    std::vector<TokenSlot>& known = m_tokenSlots[size_t(name.kind)];
    if (name.token < known.size()) {
        const TokenSlot& slot = known[name.token];
        if (slot.id != 0 && slot.scope == scope) {
            id = slot.id;
            display = slot.display;
            return {};
        }
    } else {
        known.resize(name.token + 1);
    }
    if (Status resolved = resolveText(name.text, scope, names, ensure, id, display); !resolved)
        return resolved;
    known[name.token] = {scope, id, display};
    return {};
}

Status ImportReferences::resolveText(const QString& name, qint64 scope, QHash<qint64, QString>& names,
                                     const std::function<Result<qint64>(const QString&)>& ensure, qint64& id,
                                     QString& display)
{
    TextMap<qint64>& cache = m_cache[{&names, scope}];
    if (const auto it = cache.find(name); it != cache.end()) {
        id = it->second;
        display = names.value(id);
        return {};
    }
    const bool municipality = &names == &m_municipalityNames;
    if (&names != &m_networkNames) {
        QHash<QString, qint64>& byKey = m_byKey[{&names, scope}];
        if (const auto it = byKey.constFind(matchKey(municipality, name)); it != byKey.constEnd()) {
            id = *it;
            display = names.value(id);
            if (display != name.trimmed())
                m_respelt.append({&names, name.trimmed(), id});
            cache.emplace(name, id);
            return {};
        }
    }
    Result<qint64> ensured = ensure(name);
    if (!ensured)
        return ensured.error();
    id = ensured.value();
    display = name.trimmed();
    if (!names.contains(id)) {
        m_created.append({&names, id});
        if (scope > 0)
            m_unitMunicipality.insert({&names, id}, scope);
    }
    names.insert(id, display);
    cache.emplace(name, id);
    m_byKey[{&names, scope}].insert(matchKey(municipality, name), id);
    return {};
}

Status ImportReferences::resolve(Transaction& tx, const ImportRow& row, bool emptyClears, Device& after)
{
    const auto ensureMunicipality = [&](const QString& n) {
        return m_repository.ensureMunicipality(tx, n);
    };
    const auto name = [&row](const QString& text, NameKind kind, ImportField field) {
        return Name{text, kind, row.nameTokens[size_t(kind)], row.isEmpty(field)};
    };
    if (Status s =
            resolveName(name(row.municipality, NameKind::Municipality, ImportField::Municipality), emptyClears, 0,
                        m_municipalityNames, ensureMunicipality, after.municipalityId, after.municipalityName);
        !s)
        return s;
    if (after.municipalityId == 0 && !m_defaultMunicipality.isEmpty()) {
        if (Status s = resolveName(Name{m_defaultMunicipality}, false, 0, m_municipalityNames, ensureMunicipality,
                                   after.municipalityId, after.municipalityName);
            !s)
            return s;
    }
    if (Status named = checkMunicipality(row, after); !named)
        return named;
    const qint64 municipality = after.municipalityId;
    if (Status s = resolveName(
            name(row.location, NameKind::Location, ImportField::Location), emptyClears, municipality, m_locationNames,
            [&](const QString& n) { return m_repository.ensureLocation(tx, municipality, n); }, after.locationId,
            after.locationName);
        !s)
        return s;
    if (Status s = resolveName(
            name(row.department, NameKind::Department, ImportField::Department), emptyClears, municipality,
            m_departmentNames, [&](const QString& n) { return m_repository.ensureDepartment(tx, municipality, n); },
            after.departmentId, after.departmentName);
        !s)
        return s;
    return resolveName(
        name(row.network, NameKind::Network, ImportField::Network), emptyClears, 0, m_networkNames,
        [&](const QString& n) { return m_repository.ensureNetwork(tx, n); }, after.networkId, after.networkName);
}

void ImportReferences::report(ImportReport& report) const
{
    constexpr int listed = 10; // in a warning; the JSON lists them all
    const auto names = [](const QStringList& all) {
        QStringList shown = all.mid(0, listed);
        if (all.size() > listed)
            shown.append(QCoreApplication::translate("ImportReferences", "and %1 more").arg(all.size() - listed));
        return shown.join(QStringLiteral(", "));
    };
    // Warned only beside what the register held: a first load creates every name, and a new municipality's
    // locations come with it. The JSON lists them all.
    QSet<qint64> newMunicipalities;
    QStringList locations, departments;
    for (const auto& [kind, id] : m_created) {
        if (kind == &m_municipalityNames) {
            report.newMunicipalities.append(m_municipalityNames.value(id));
            newMunicipalities.insert(id);
            continue;
        }
        const bool location = kind == &m_locationNames;
        if (!location && kind != &m_departmentNames)
            continue;
        const NewReference unit{m_municipalityNames.value(m_unitMunicipality.value({kind, id})),
                                static_cast<const QHash<qint64, QString>*>(kind)->value(id)};
        (location ? report.newLocations : report.newDepartments).append(unit);
        if (m_municipalitiesAtStart > 0 && !newMunicipalities.contains(m_unitMunicipality.value({kind, id})))
            (location ? locations : departments).append(QStringLiteral("%1 (%2)").arg(unit.name, unit.municipality));
    }
    if (!report.newMunicipalities.isEmpty() && m_municipalitiesAtStart > 0)
        report.warnings.append(QCoreApplication::translate("ImportReferences",
                                                           "%n municipality(ies) not in the register yet, created "
                                                           "by this import (check the spelling): %1",
                                                           nullptr, int(report.newMunicipalities.size()))
                                   .arg(names(report.newMunicipalities)));
    if (!locations.isEmpty())
        report.warnings.append(QCoreApplication::translate("ImportReferences",
                                                           "%n location(s) not in the register yet, created by this "
                                                           "import: %1",
                                                           nullptr, int(locations.size()))
                                   .arg(names(locations)));
    if (!departments.isEmpty())
        report.warnings.append(QCoreApplication::translate("ImportReferences",
                                                           "%n department(s) not in the register yet, created by "
                                                           "this import: %1",
                                                           nullptr, int(departments.size()))
                                   .arg(names(departments)));
    for (const auto& [kind, spelling, id] : m_respelt) {
        const auto* stored = static_cast<const QHash<qint64, QString>*>(kind);
        report.warnings.append(
            QCoreApplication::translate("ImportReferences", "\"%1\" in the file was read as the register's \"%2\".")
                .arg(spelling, stored->value(id)));
    }
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
