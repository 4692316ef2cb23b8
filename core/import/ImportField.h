#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rullering {

// What a column of an import file can be mapped to. Besides the device's own fields there is the evidence used to
// estimate the production year (warranty start, OS install, BIOS release) and source-specific helpers (the AD OU
// path naming municipality and location, the operating system that tells a tablet from a PC).
enum class ImportField
{
    Serial,
    AssetTag,
    Hostname,
    Type,
    Manufacturer,
    Model,
    ProductionYear,
    YearSource,
    PurchaseDate,
    WarrantyStart,
    OsInstallDate,
    BiosReleaseDate,
    Municipality,
    Location,
    Department,
    Network,
    PrimaryUser,
    LastSeen,
    State,
    Notes,
    OuPath,
    OperatingSystem,
    // The swap and planning fields of a device, so Rullering's own export comes back whole.
    InServiceFrom,
    ReplacedOn,
    ReplacedBy, // the serial number (or, without one, the device name) of the device that took over
    ReplacedByTechnician,
    Keep,
};

inline constexpr int ImportFieldCount = int(ImportField::Keep) + 1;

QList<ImportField> allImportFields();
// The fields read as dates, whose day/month order a mapping may fix per column.
bool isDateField(ImportField field);
QList<ImportField> dateImportFields();
QString importFieldKey(ImportField field);  // "serial", "last_seen", ... (saved mappings, the CLI)
QString importFieldName(ImportField field); // translated, for the mapping step
std::optional<ImportField> parseImportField(const QString& key);

// A header cell reduced for comparison: lower case, without spaces, '_', '-', '.', '/' and '(' ')'.
QString normaliseHeader(QStringView header);

} // namespace rullering
