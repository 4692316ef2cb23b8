#include "ImportProfile.h"

#include "ImportHeaderTables.h"

#include <QCoreApplication>
#include <QSet>

namespace rullering {
namespace {

const ImportProfileDefinition& definitionOf(ImportProfile profile)
{
    const auto& definitions = importProfileDefinitions();
    for (const ImportProfileDefinition& definition : definitions) {
        if (definition.profile == profile)
            return definition;
    }
    return definitions.back(); // Generic
}

bool endsInDigit(const QString& name)
{
    return !name.isEmpty() && name.back().isDigit();
}

QString withoutTrailingDigits(QString name)
{
    while (endsInDigit(name))
        name.chop(1);
    return name;
}

// The names a profile compares: normalised, and for Configuration Manager's view columns without their digits.
QStringList comparedNames(const ImportProfileDefinition& definition, const QStringList& header)
{
    QStringList names;
    for (const QString& cell : header) {
        const QString name = normaliseHeader(cell);
        names.append(definition.trailingDigits ? withoutTrailingDigits(name) : name);
    }
    return names;
}

} // namespace

QList<ImportProfile> allImportProfiles()
{
    // Generic first (the wizard's list), then the exports in the table's order.
    QList<ImportProfile> result = {ImportProfile::Generic};
    for (const ImportProfileDefinition& definition : importProfileDefinitions()) {
        if (definition.profile != ImportProfile::Generic)
            result.append(definition.profile);
    }
    return result;
}

QString importProfileKey(ImportProfile profile)
{
    return QString::fromLatin1(definitionOf(profile).key);
}

QString importProfileName(ImportProfile profile)
{
    return QCoreApplication::translate("ImportProfile", definitionOf(profile).name);
}

std::optional<ImportProfile> parseImportProfile(const QString& key)
{
    for (ImportProfile profile : allImportProfiles()) {
        if (key.compare(importProfileKey(profile), Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

ImportProfile detectImportProfile(const QStringList& header)
{
    for (const ImportProfileDefinition& definition : importProfileDefinitions()) {
        QSet<QString> names;
        for (const QString& cell : header) {
            const QString name = normaliseHeader(cell);
            // A sheet's "Name" and "Serial number" are not view columns: only names that end in digits count.
            if (!definition.trailingDigits)
                names.insert(name);
            else if (endsInDigit(name))
                names.insert(withoutTrailingDigits(name));
        }
        for (const auto& signature : definition.signatures) {
            if (std::all_of(signature.begin(), signature.end(),
                            [&names](const char* name) { return names.contains(QString::fromUtf8(name)); }))
                return definition.profile;
        }
    }
    return ImportProfile::Generic;
}

ColumnMapping mappingForProfile(ImportProfile profile, const QStringList& header)
{
    const ImportProfileDefinition& definition = definitionOf(profile);
    ColumnMapping mapping;
    mapping.profileKey = importProfileKey(profile);
    const QStringList normalised = comparedNames(definition, header);
    QList<bool> used(header.size(), false);
    // A sheet's columns are one per field; only the export profiles list fall-back columns on purpose.
    const bool oneColumnPerField = profile == ImportProfile::Generic;
    for (const auto& [field, names] : definition.headers) {
        for (const char* name : names) {
            if (oneColumnPerField && mapping.isMapped(field))
                break;
            const QString wanted = QString::fromUtf8(name);
            for (int i = 0; i < header.size(); ++i) {
                if (!used[i] && normalised[i] == wanted) {
                    mapping[field].append(header[i]);
                    used[i] = true;
                }
            }
        }
    }
    // These exports write ISO dates whatever the locale: nothing to decide, and no need to read the file twice.
    if (definition.isoDates) {
        for (const QStringList& columns : mapping.columns) {
            for (const QString& column : columns)
                mapping.dateOrders.insert(column, DateOrder::DayFirst);
        }
    }
    return mapping;
}

QStringList ignoredColumns(const ColumnMapping& mapping, const QStringList& header)
{
    const ResolvedMapping resolved = resolveMapping(mapping, header);
    QList<bool> read(header.size(), false);
    for (const QList<int>& columns : resolved.columns) {
        for (int column : columns)
            read[column] = true;
    }
    QStringList result;
    for (int i = 0; i < header.size(); ++i) {
        if (!read[i] && !header[i].trimmed().isEmpty())
            result.append(header[i]);
    }
    return result;
}

ColumnMapping suggestedMapping(const ColumnMapping& mapping, const QStringList& header)
{
    ColumnMapping suggested;
    suggested.profileKey = mapping.profileKey;
    const QStringList ignored = ignoredColumns(mapping, header);
    for (const QString& column : ignored) {
        const QString name = normaliseHeader(column);
        for (const auto& [word, field] : headerSuggestionWords()) {
            if (!name.contains(QString::fromUtf8(word)))
                continue;
            if (!mapping.isMapped(field) && !suggested.isMapped(field))
                suggested[field].append(column);
            break; // the first word decides the column's field, taken or not
        }
    }
    return suggested;
}

} // namespace rullering
