#pragma once

#include "DeviceType.h"
#include "Lifecycle.h"
#include "YearSource.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rullering {

// One physical device as the register holds it. Reference entities (municipality, location, department,
// network, pool) are held by id; their names are filled in when a device is read, for display and export.
struct Device
{
    qint64 id = 0;
    QString serial; // normalised (trimmed, upper case); empty when the source had none or a junk one
    QString assetTag;
    QString hostname;
    DeviceType type = DeviceType::Other;
    QString manufacturer;
    QString model;
    int productionYear = 0; // 0 = unknown
    YearSource yearSource = YearSource::Unknown;
    QDate purchaseDate;
    qint64 municipalityId = 0;
    qint64 locationId = 0;
    qint64 departmentId = 0;
    qint64 networkId = 0;
    QString primaryUser;
    QDateTime lastSeen; // UTC; invalid = never seen
    LifecycleState state = LifecycleState::InUse;
    qint64 replacedById = 0; // the device that replaced this one
    QDate replacedOn;        // the swap date
    QString replacedByTechnician;
    QDate inServiceFrom; // for a device put into use by a swap: the swap date
    bool keep = false;   // excluded from replacement planning
    qint64 poolId = 0;
    QString notes;
    int version = 0; // row version, for detecting a change made by someone else since it was read

    // Display names, filled in by DeviceRepository when reading; ignored when writing.
    QString municipalityName;
    QString locationName;
    QString departmentName;
    QString networkName;
    QString poolName;

    bool operator==(const Device&) const = default;
};

// The fields a person or an import can change, in the order the audit log and exports use.
enum class DeviceField
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
    Municipality,
    Location,
    Department,
    Network,
    PrimaryUser,
    LastSeen,
    State,
    ReplacedBy,
    ReplacedOn,
    ReplacedByTechnician,
    InServiceFrom,
    Keep,
    Pool,
    Notes,
};

QList<DeviceField> allDeviceFields();
QString deviceFieldKey(DeviceField field);  // "serial", "production_year", ... (also the audit log's field column)
QString deviceFieldName(DeviceField field); // translated column title
// The field's value as text for the audit log and exports; reference fields give the id (names live elsewhere).
QString deviceFieldValue(const Device& device, DeviceField field);
// A value as deviceFieldValue() gives it (and the audit log keeps it) in a person's words: types, states and year
// sources by their translated names, dates and times in the locale's format, the keep flag as yes or no. Names and
// ids are given back as they are.
QString deviceFieldValueText(DeviceField field, const QString& stored);
std::optional<DeviceField> parseDeviceFieldKey(const QString& key);

} // namespace rullering
