#include "Device.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace rullering {
namespace {

struct FieldInfo
{
    DeviceField field;
    const char* key;
    const char* name;
};

constexpr std::array<FieldInfo, 23> Fields = {{
    {DeviceField::Serial, "serial", QT_TRANSLATE_NOOP("DeviceField", "Serial number")},
    {DeviceField::AssetTag, "asset_tag", QT_TRANSLATE_NOOP("DeviceField", "Asset tag")},
    {DeviceField::Hostname, "hostname", QT_TRANSLATE_NOOP("DeviceField", "Device name")},
    {DeviceField::Type, "type", QT_TRANSLATE_NOOP("DeviceField", "Type")},
    {DeviceField::Manufacturer, "manufacturer", QT_TRANSLATE_NOOP("DeviceField", "Manufacturer")},
    {DeviceField::Model, "model", QT_TRANSLATE_NOOP("DeviceField", "Model")},
    {DeviceField::ProductionYear, "production_year", QT_TRANSLATE_NOOP("DeviceField", "Production year")},
    {DeviceField::YearSource, "year_source", QT_TRANSLATE_NOOP("DeviceField", "Source of production year")},
    {DeviceField::PurchaseDate, "purchase_date", QT_TRANSLATE_NOOP("DeviceField", "Purchase date")},
    {DeviceField::Municipality, "municipality", QT_TRANSLATE_NOOP("DeviceField", "Municipality")},
    {DeviceField::Location, "location", QT_TRANSLATE_NOOP("DeviceField", "Location")},
    {DeviceField::Department, "department", QT_TRANSLATE_NOOP("DeviceField", "Department")},
    {DeviceField::Network, "network", QT_TRANSLATE_NOOP("DeviceField", "Network")},
    {DeviceField::PrimaryUser, "primary_user", QT_TRANSLATE_NOOP("DeviceField", "Primary user")},
    {DeviceField::LastSeen, "last_seen", QT_TRANSLATE_NOOP("DeviceField", "Last seen")},
    {DeviceField::State, "state", QT_TRANSLATE_NOOP("DeviceField", "State")},
    {DeviceField::ReplacedBy, "replaced_by", QT_TRANSLATE_NOOP("DeviceField", "Replaced by")},
    {DeviceField::ReplacedOn, "replaced_on", QT_TRANSLATE_NOOP("DeviceField", "Replaced on")},
    {DeviceField::ReplacedByTechnician, "replaced_by_technician", QT_TRANSLATE_NOOP("DeviceField", "Swapped by")},
    {DeviceField::InServiceFrom, "in_service_from", QT_TRANSLATE_NOOP("DeviceField", "In service from")},
    {DeviceField::Keep, "keep", QT_TRANSLATE_NOOP("DeviceField", "Keep (exclude from plan)")},
    {DeviceField::Pool, "pool", QT_TRANSLATE_NOOP("DeviceField", "Pool")},
    {DeviceField::Notes, "notes", QT_TRANSLATE_NOOP("DeviceField", "Notes")},
}};

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

} // namespace

QList<DeviceField> allDeviceFields()
{
    QList<DeviceField> result;
    result.reserve(static_cast<qsizetype>(Fields.size()));
    for (const FieldInfo& info : Fields)
        result.append(info.field);
    return result;
}

QString deviceFieldKey(DeviceField field)
{
    return QString::fromLatin1(Fields[static_cast<size_t>(field)].key);
}

QString deviceFieldName(DeviceField field)
{
    return QCoreApplication::translate("DeviceField", Fields[static_cast<size_t>(field)].name);
}

QString deviceFieldValue(const Device& device, DeviceField field)
{
    switch (field) {
    case DeviceField::Serial:
        return device.serial;
    case DeviceField::AssetTag:
        return device.assetTag;
    case DeviceField::Hostname:
        return device.hostname;
    case DeviceField::Type:
        return deviceTypeKey(device.type);
    case DeviceField::Manufacturer:
        return device.manufacturer;
    case DeviceField::Model:
        return device.model;
    case DeviceField::ProductionYear:
        return device.productionYear > 0 ? QString::number(device.productionYear) : QString();
    case DeviceField::YearSource:
        return yearSourceKey(device.yearSource);
    case DeviceField::PurchaseDate:
        return dateText(device.purchaseDate);
    case DeviceField::Municipality:
        return device.municipalityName.isEmpty() ? idText(device.municipalityId) : device.municipalityName;
    case DeviceField::Location:
        return device.locationName.isEmpty() ? idText(device.locationId) : device.locationName;
    case DeviceField::Department:
        return device.departmentName.isEmpty() ? idText(device.departmentId) : device.departmentName;
    case DeviceField::Network:
        return device.networkName.isEmpty() ? idText(device.networkId) : device.networkName;
    case DeviceField::PrimaryUser:
        return device.primaryUser;
    case DeviceField::LastSeen:
        return device.lastSeen.isValid() ? device.lastSeen.toUTC().toString(Qt::ISODate) : QString();
    case DeviceField::State:
        return lifecycleStateKey(device.state);
    case DeviceField::ReplacedBy:
        return idText(device.replacedById);
    case DeviceField::ReplacedOn:
        return dateText(device.replacedOn);
    case DeviceField::ReplacedByTechnician:
        return device.replacedByTechnician;
    case DeviceField::InServiceFrom:
        return dateText(device.inServiceFrom);
    case DeviceField::Keep:
        return device.keep ? QStringLiteral("1") : QStringLiteral("0");
    case DeviceField::Pool:
        return device.poolName.isEmpty() ? idText(device.poolId) : device.poolName;
    case DeviceField::Notes:
        return device.notes;
    }
    return QString();
}

std::optional<DeviceField> parseDeviceFieldKey(const QString& key)
{
    for (const FieldInfo& info : Fields) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

QString deviceFieldValueText(DeviceField field, const QString& stored)
{
    if (stored.isEmpty())
        return stored;
    // Older audit rows hold a type or state by its number.
    bool isNumber = false;
    const int number = stored.toInt(&isNumber);
    const QLocale locale;
    switch (field) {
    case DeviceField::Type:
        if (isNumber && number >= 0 && number < DeviceTypeCount)
            return deviceTypeName(static_cast<DeviceType>(number));
        if (const std::optional<DeviceType> type = parseDeviceType(stored))
            return deviceTypeName(*type);
        break;
    case DeviceField::State:
        if (isNumber && number >= int(LifecycleState::Ordered) && number <= int(LifecycleState::Lost))
            return lifecycleStateName(static_cast<LifecycleState>(number));
        if (const std::optional<LifecycleState> state = parseLifecycleState(stored))
            return lifecycleStateName(*state);
        break;
    case DeviceField::YearSource:
        if (const std::optional<YearSource> source = parseYearSource(stored))
            return yearSourceName(*source);
        break;
    case DeviceField::PurchaseDate:
    case DeviceField::ReplacedOn:
    case DeviceField::InServiceFrom:
        if (const QDate date = QDate::fromString(stored, Qt::ISODate); date.isValid())
            return locale.toString(date, QLocale::ShortFormat);
        break;
    case DeviceField::LastSeen:
        if (const QDateTime at = QDateTime::fromString(stored, Qt::ISODate); at.isValid())
            return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        break;
    case DeviceField::Keep:
        if (stored == QLatin1String("1") || stored == QLatin1String("0"))
            return stored == QLatin1String("1") ? QCoreApplication::translate("DeviceField", "Yes")
                                                : QCoreApplication::translate("DeviceField", "No");
        break;
    default:
        break;
    }
    return stored;
}

} // namespace rullering
