#pragma once

#include "ColumnMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rullering {

// The export formats Rullering knows by their headers (see shared/DOMAIN.md), and the generic profile that maps
// English and Norwegian header names.
enum class ImportProfile
{
    Generic,
    Intune,
    ActiveDirectory,
    ConfigMgr,
    Rullering, // Rullering's own device export (round trip)
    Autopilot,
    ServiceNow,
    AssetSystem, // a web asset-management system (Snipe-IT and similar)
};

QList<ImportProfile> allImportProfiles();
QString importProfileKey(ImportProfile profile);  // "generic", "intune", "ad", "configmgr", "rullering", ...
QString importProfileName(ImportProfile profile); // translated
std::optional<ImportProfile> parseImportProfile(const QString& key);

// The profile whose signature columns the header has; Generic when none does.
ImportProfile detectImportProfile(const QStringList& header);

// The mapping a profile makes of this header: for each field, the columns that hold it, best first.
ColumnMapping mappingForProfile(ImportProfile profile, const QStringList& header);

// The columns no field reads, in the file's order.
QStringList ignoredColumns(const ColumnMapping& mapping, const QStringList& header);
// For each ignored column whose name suggests a field nothing reads yet ("Asset Make" -> manufacturer): the
// column under that field, in the shape of a mapping file's "columns".
ColumnMapping suggestedMapping(const ColumnMapping& mapping, const QStringList& header);

} // namespace rullering
