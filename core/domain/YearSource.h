#pragma once

#include <QString>

#include <optional>

namespace rullering {

// Where a device's production year came from, best evidence first (see docs/DOMAIN facts in shared/DOMAIN.md).
// Stored as its integer value: keep the numbers stable.
enum class YearSource
{
    Unknown = 0,
    Explicit = 1,     // a production-year column, or typed in by a person
    PurchaseDate = 2, // purchase or invoice date
    WarrantyStart = 3,
    OsInstall = 4,    // original OS install date
    BiosRelease = 5,  // BIOS release date (a BIOS update makes a machine look newer)
    ModelTypical = 6, // the usual year of the same model among other devices
};

QString yearSourceKey(YearSource source);
QString yearSourceName(YearSource source);
std::optional<YearSource> parseYearSource(QStringView key);

} // namespace rullering
